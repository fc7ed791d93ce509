import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { WhyHow } from '../../ui/WhyHow';
import { AlignmentSection } from './AlignmentSection';
import { FindingsSection } from './FindingsSection';
import { FunnelAlignmentSection } from './FunnelAlignmentSection';
import { GuidedPathPanel } from './GuidedPathPanel';
import { KeyFigures } from './KeyFigures';

/**
 * The plan's overview tab: the path through the method (its four stages as a checklist), key
 * figures (health, budget, KPIs, late actions), the funnel check per business goal, the findings
 * to act on (each linked to the entity at fault) and the alignment tree from business goals down
 * to actions and KPIs, with its gaps.
 */
export function PlanOverviewPage() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { workspaceId = '', planId = '' } = useParams();
  return (
    <Stack gap="xl">
      <WhyHow section="overview" />
      <GuidedPathPanel workspaceId={workspaceId} planId={planId} language={language} />
      <KeyFigures planId={planId} language={language} />
      <FunnelAlignmentSection workspaceId={workspaceId} planId={planId} language={language} />
      <FindingsSection workspaceId={workspaceId} planId={planId} language={language} />
      <AlignmentSection workspaceId={workspaceId} planId={planId} />
    </Stack>
  );
}

import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCollectionQuery } from '../../api/collections';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { planPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { ChartIcon, LockIcon } from '../../ui/icons';
import { ImportWizard } from './ImportWizard';
import './texts';

/**
 * Importing KPI measurements from a file (a spreadsheet, or an export of Google Analytics, Google
 * Ads, Meta Ads, Search Console, Business Profile): editors only, into the KPIs of the plan.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const kpis = useCollectionQuery(planId, 'kpis');
  const backToPlan = (
    <Button component={Link} to={planPath(workspaceId, planId)} variant="light">
      {t('imports.backToPlan')}
    </Button>
  );

  let content;
  if (!canEdit) {
    content = (
      <EmptyPanel
        title={t('imports.readOnly.title')}
        description={t('imports.readOnly.description')}
        icon={<LockIcon />}
        order={3}
      >
        {backToPlan}
      </EmptyPanel>
    );
  } else if (kpis.isPending) {
    content = <PageSkeleton blocks={[{ height: 24, width: '40%' }, 180]} />;
  } else if (kpis.isError) {
    content = <LoadError title={t('imports.loadError')} queries={[kpis]} />;
  } else if (kpis.data.length === 0) {
    content = (
      <EmptyPanel
        title={t('imports.noKpis.title')}
        description={t('imports.noKpis.description')}
        icon={<ChartIcon />}
        order={3}
      >
        {backToPlan}
      </EmptyPanel>
    );
  } else {
    content = <ImportWizard workspaceId={workspaceId} planId={planId} kpis={kpis.data} />;
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} fz="xl">
          {t('imports.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('imports.intro')}
        </Text>
      </div>
      {content}
    </Stack>
  );
}

import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlignmentStatus } from '../../../core/funnel/index.js';
import { useCollectionQuery } from '../../api/collections';
import { ErrorState } from '../../ui/ErrorState';
import { planPath } from '../plan/planPaths';
import { useFunnelAlignmentQuery } from './usePlanOverview';

const STATUS_COLORS: Record<AlignmentStatus, string> = {
  covered: 'green',
  shortfall: 'red',
  incomplete: 'yellow',
  no_funnel: 'gray',
};

interface FunnelAlignmentSectionProps {
  workspaceId: string;
  planId: string;
  language: 'fr' | 'en';
}

/** Does each business goal's funnel add up? One line per goal, linked to it on the goals tab. */
export function FunnelAlignmentSection({ workspaceId, planId, language }: FunnelAlignmentSectionProps) {
  const { t } = useTranslation();
  const alignment = useFunnelAlignmentQuery(planId);
  const goals = useCollectionQuery(planId, 'business-goals');
  const reports = alignment.data?.items ?? [];
  if (alignment.isSuccess && reports.length === 0) return null;

  const titleOf = (key: string) => goals.data?.find((g) => g.key === key)?.title ?? key;
  const goalsPath = planPath(workspaceId, planId, 'goals');

  return (
    <section aria-labelledby="funnel-title">
      <Title order={2} fz="lg" mb="sm" id="funnel-title">
        {t('overview.funnel.title')}
      </Title>
      {alignment.isPending && (
        <Stack gap="xs" role="status" aria-label={t('app.loading')}>
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      )}
      {alignment.isError && (
        <ErrorState
          title={t('overview.funnel.error')}
          error={alignment.error}
          onRetry={() => void alignment.refetch()}
        />
      )}
      {reports.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {reports.map((report) => (
            <Paper withBorder p="sm" component="li" key={report.businessGoal}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Badge color={STATUS_COLORS[report.status]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`overview.funnel.status.${report.status}`)}
                </Badge>
                <div>
                  <Anchor
                    component={Link}
                    to={`${goalsPath}#entity-${encodeURIComponent(report.businessGoal)}`}
                    size="sm"
                    fw={600}
                  >
                    {titleOf(report.businessGoal)}
                  </Anchor>
                  <Text size="sm">{report.summary[language]}</Text>
                </div>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

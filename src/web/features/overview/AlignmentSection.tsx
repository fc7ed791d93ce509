import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { ErrorState } from '../../ui/ErrorState';
import { planPath } from '../plan/planPaths';
import { AlignmentTreeView } from './AlignmentTreeView';
import { useAlignmentTree } from './useAlignmentTree';

/** The alignment tree, business goals down to actions and KPIs, with its gaps and orphans. */
export function AlignmentSection({ workspaceId, planId }: { workspaceId: string; planId: string }) {
  const { t } = useTranslation();
  const { tree, isPending, error, refetch } = useAlignmentTree(planId);

  return (
    <section aria-labelledby="alignment-tree-title">
      <Title order={2} fz="lg" mb={4} id="alignment-tree-title">
        {t('overview.tree.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('overview.tree.intro')}
      </Text>
      {isPending && (
        <Stack gap="xs" role="status" aria-label={t('app.loading')}>
          <Skeleton height={24} width="60%" />
          <Skeleton height={24} width="50%" ml="lg" />
          <Skeleton height={24} width="40%" ml="xl" />
        </Stack>
      )}
      {error !== null && <ErrorState title={t('overview.tree.error')} error={error} onRetry={refetch} />}
      {tree && error === null && (
        <Stack gap="md">
          {tree.goals.length === 0 ? (
            <EmptyPanel
              title={t('overview.tree.emptyTitle')}
              description={t('overview.tree.emptyDescription')}
              icon={<TargetIcon />}
              order={3}
            >
              <Button component={Link} to={planPath(workspaceId, planId, 'goals')}>
                {t('overview.tree.emptyAction')}
              </Button>
            </EmptyPanel>
          ) : (
            <>
              <Alert color={tree.gapCount > 0 ? 'orange' : 'green'} variant="light" py="xs" role="status">
                {tree.gapCount > 0 ? t('overview.tree.gapCount', { count: tree.gapCount }) : t('overview.tree.noGap')}
              </Alert>
              <Paper withBorder p="md">
                <AlignmentTreeView
                  nodes={tree.goals}
                  label={t('overview.tree.title')}
                  idPrefix="alignment"
                  workspaceId={workspaceId}
                  planId={planId}
                  withToolbar
                />
              </Paper>
            </>
          )}
          {tree.orphanObjectives.length > 0 && (
            <section aria-labelledby="orphans-title">
              <Title order={3} fz="md" mb={4} id="orphans-title">
                {t('overview.tree.orphansTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('overview.tree.orphansIntro')}
              </Text>
              <Paper withBorder p="md">
                <AlignmentTreeView
                  nodes={tree.orphanObjectives}
                  label={t('overview.tree.orphansTitle')}
                  idPrefix="orphans"
                  workspaceId={workspaceId}
                  planId={planId}
                />
              </Paper>
            </section>
          )}
        </Stack>
      )}
    </section>
  );
}

function TargetIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="12" cy="12" r="1.5" fill="currentColor" />
    </svg>
  );
}

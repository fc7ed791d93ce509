import { Alert, Anchor, Badge, Button, Group, ScrollArea, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import type { PlanStatus } from '../../api/types';
import { formatDate } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { ExportMenu } from '../exports/ExportMenu';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { usePlanQuery } from '../overview/usePlanOverview';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { PLAN_SECTIONS, pageOfPath, planPath, type PlanPage, type PlanSection } from './planPaths';

const STATUS_COLORS: Record<PlanStatus, string> = { draft: 'gray', active: 'green', archived: 'dark' };

/** A plan's header and section tabs; the section's page renders below. */
export function PlanLayout() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const { workspaceId = '', planId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const plan = usePlanQuery(planId);
  const { canEdit } = useWorkspaceRole(workspaceId);
  const page: PlanPage = pageOfPath(location.pathname);

  useDocumentTitle([t(`planNav.${page}`), plan.data?.name, t('app.name')].filter(Boolean).join(' · '));

  const backLink = (
    <Anchor component={Link} to={`/w/${encodeURIComponent(workspaceId)}/plans`} size="sm">
      {t('overview.back')}
    </Anchor>
  );

  if (plan.isPending) {
    return (
      <Stack gap="md" py="md" role="status" aria-label={t('app.loading')}>
        <Skeleton height={36} width="50%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (plan.isError) {
    return (
      <Stack gap="md" py="md">
        {backLink}
        <ErrorState title={t('overview.loadError')} error={plan.error} onRetry={() => void plan.refetch()} />
      </Stack>
    );
  }

  const { data } = plan;
  const period =
    data.startDate && data.endDate
      ? t('plans.period', { start: formatDate(data.startDate, language), end: formatDate(data.endDate, language) })
      : t('plans.noPeriod');

  return (
    <Stack gap="md" py="md">
      {backLink}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={28}>
            {data.name}
          </Title>
          <Text c="dimmed" size="sm">
            {period}
          </Text>
        </div>
        <Group gap="sm">
          <Badge color={STATUS_COLORS[data.status]} variant="light" size="lg">
            {t(`plans.status.${data.status}`)}
          </Badge>
          {canEdit && (
            <Button component={Link} to={planPath(workspaceId, planId, 'imports')} variant="default" size="sm">
              {t('planNav.imports')}
            </Button>
          )}
          <ExportMenu planId={planId} canEdit={canEdit} />
        </Group>
      </Group>
      <ScrollArea type="auto" offsetScrollbars>
        <Tabs
          value={page === 'imports' ? null : page}
          onChange={(value) => value && void navigate(planPath(workspaceId, planId, value as PlanSection))}
          aria-label={t('planNav.label')}
        >
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            {PLAN_SECTIONS.map((s) => (
              <Tabs.Tab key={s} value={s}>
                {t(`planNav.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      </ScrollArea>
      {!canEdit && (
        <Alert color="gray" variant="light" py="xs">
          {t('common.readOnly')}
        </Alert>
      )}
      <Suspense fallback={<FullPageLoader />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}

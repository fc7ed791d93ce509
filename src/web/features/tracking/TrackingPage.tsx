import { Button, Chip, Group, Pagination, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { KpiEntity } from '../../../contract/entity-types.js';
import { useCollectionQuery, useDeleteEntity } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { WhyHow } from '../../ui/WhyHow';
import { ChartIcon, PlusIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { CorrectiveActionsSection } from '../corrective/CorrectiveActionsSection';
import { OffTrackAlerts } from '../corrective/OffTrackAlerts';
import { languageOf } from '../objectives/format';
import { kpiPath } from '../plan/planPaths';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { KpiCard } from './KpiCard';
import { KpiEditorModal } from './KpiEditorModal';
import { KpiTargetsModal } from './KpiTargetsModal';
import { STATUS_ORDER, type StatusFilter } from './status';
import { useKpiDashboard, type DashboardItem } from './trackingApi';
import './texts';

/** Cards per page: a screenful or two; 200 KPIs make 9 pages, not 200 cards in the page. */
export const CARDS_PER_PAGE = 24;

type Dialog = { kind: 'edit'; entity: KpiEntity | null } | { kind: 'targets'; entity: KpiEntity };

/**
 * The method's tracking step: every KPI against its expected path (status, actual against
 * target, trend, probability of reaching the target), filtered by status, each leading to its
 * own page; the off-track alerts on top and the corrective actions below.
 */
export function TrackingPage() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { workspaceId = '', planId = '' } = useParams();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const today = todayLocal();
  const dashboard = useKpiDashboard(planId, today);
  const kpis = useCollectionQuery(planId, 'kpis');
  const remove = useDeleteEntity(planId, 'kpis');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deletion, setDeletion] = useState<KpiEntity | null>(null);
  const items = dashboard.data?.items;
  const kpiById = useMemo(() => new Map((kpis.data ?? []).map((kpi) => [kpi.id, kpi])), [kpis.data]);
  const shown = useMemo(
    () => (items ?? []).filter((item) => filter === 'all' || item.status === filter),
    [items, filter],
  );
  const pageCount = Math.max(1, Math.ceil(shown.length / CARDS_PER_PAGE));
  const currentPage = Math.min(page, pageCount);
  const pageItems = shown.slice((currentPage - 1) * CARDS_PER_PAGE, currentPage * CARDS_PER_PAGE);
  useScrollToHash(items !== undefined);

  if (dashboard.isError) return <LoadError title={t('tracking.loadError')} queries={[dashboard]} />;
  if (!dashboard.data) {
    return <PageSkeleton columns={{ base: 1, sm: 2, lg: 3 }} blocks={[140, 140, 140, 140, 140, 140]} />;
  }

  const { counts } = dashboard.data;
  const all = dashboard.data.items;
  const entityOf = (item: DashboardItem) => (item.id ? kpiById.get(item.id) : undefined);
  const addButton = canEdit && (
    <Button leftSection={<PlusIcon />} onClick={() => setDialog({ kind: 'edit', entity: null })}>
      {t('tracking.add')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <OffTrackAlerts workspaceId={workspaceId} planId={planId} />
      <PageHeader title={t('tracking.title')} intro={t('tracking.intro')} action={all.length > 0 && addButton} />
      <WhyHow section="tracking" />

      {all.length === 0 ? (
        <EmptyPanel
          title={t('tracking.empty.title')}
          description={t('tracking.empty.description')}
          icon={<ChartIcon />}
        >
          {addButton}
        </EmptyPanel>
      ) : (
        <>
          <Chip.Group
            multiple={false}
            value={filter}
            onChange={(value) => {
              setFilter(value as StatusFilter);
              setPage(1);
            }}
          >
            <Group gap="xs" role="radiogroup" aria-label={t('tracking.filter.label')}>
              <Chip value="all" type="radio" variant="outline">
                {t('tracking.filter.all', { count: all.length })}
              </Chip>
              {STATUS_ORDER.map((status) => (
                <Chip key={status} value={status} type="radio" variant="outline" disabled={counts[status] === 0}>
                  {t('tracking.filter.status', { status: t(`tracking.status.${status}`), count: counts[status] })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Text size="sm" role="status">
            {t('tracking.shown', { count: shown.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="section" aria-label={t('tracking.grid')}>
            {pageItems.map((item) => {
              const entity = canEdit ? entityOf(item) : undefined;
              return (
                <KpiCard
                  key={item.key}
                  item={item}
                  href={kpiPath(workspaceId, planId, item.id ?? item.key)}
                  language={language}
                  onEdit={entity && (() => setDialog({ kind: 'edit', entity }))}
                  onTargets={entity && (() => setDialog({ kind: 'targets', entity }))}
                  onDelete={
                    entity &&
                    (() => {
                      remove.reset();
                      setDeletion(entity);
                    })
                  }
                />
              );
            })}
          </SimpleGrid>
          {pageCount > 1 && (
            <nav aria-label={t('tracking.pagination')}>
              <Pagination
                total={pageCount}
                value={currentPage}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
              />
            </nav>
          )}
        </>
      )}

      <CorrectiveActionsSection workspaceId={workspaceId} planId={planId} />

      {dialog?.kind === 'edit' && (
        <KpiEditorModal planId={planId} entity={dialog.entity} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'targets' && (
        <KpiTargetsModal planId={planId} kpi={dialog.entity} onClose={() => setDialog(null)} />
      )}
      <ConfirmDeleteModal
        name={deletion?.name ?? null}
        detail={t('tracking.deleteDetail')}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeletion(null)}
        onConfirm={() => deletion && remove.mutate({ id: deletion.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Stack>
  );
}

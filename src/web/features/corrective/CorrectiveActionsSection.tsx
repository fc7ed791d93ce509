import { Alert, Button, Group, NativeSelect, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveActionEntity } from '../../../contract/entity-types.js';
import { useDeleteEntity } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { ErrorState } from '../../ui/ErrorState';
import { PlusIcon, TargetIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { CorrectiveActionEditorModal } from './CorrectiveActionEditorModal';
import { CorrectiveActionsTable } from './CorrectiveActionsTable';
import {
  buildCorrectiveRows,
  countByFilter,
  filterRows,
  reportsByKpiId,
  sortRows,
  STATUS_FILTERS,
  type CorrectiveRow,
  type SortDirection,
  type StatusFilter,
} from './correctiveModel';
import { StatusChangeError, useInlineStatus } from './inlineStatus';
import { useCorrectiveData } from './useCorrectiveData';
import './texts';

export interface CorrectiveActionsSectionProps {
  workspaceId: string;
  planId: string;
  /** Only this KPI's corrective actions, and new ones preset to it (the KPI's own page). */
  kpiId?: string;
}

type Dialog = { entity: CorrectiveActionEntity | null };

/**
 * The method's « KPI / objectif / résultat réel / actions correctives » table: for each action
 * taken on a drifting KPI, where the KPI stands, who acts, by when, and what came of it.
 */
export function CorrectiveActionsSection({ workspaceId, planId, kpiId }: CorrectiveActionsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { canEdit } = useWorkspaceRole(workspaceId);
  const today = todayLocal();
  const { actions, kpis, statuses, people } = useCorrectiveData(workspaceId, planId, today);
  const remove = useDeleteEntity(planId, 'corrective-actions');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [deletion, setDeletion] = useState<CorrectiveRow | null>(null);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<SortDirection>('asc');
  const statusChange = useInlineStatus(planId);

  const allRows = useMemo(
    () =>
      buildCorrectiveRows({
        actions: actions.data ?? [],
        kpis: kpis.data ?? [],
        reports: statuses.data?.items ?? [],
        people: people.data ?? [],
        today,
        kpiId,
      }),
    [actions.data, kpis.data, statuses.data, people.data, today, kpiId],
  );
  const counts = useMemo(() => countByFilter(allRows), [allRows]);
  const rows = useMemo(() => sortRows(filterRows(allRows, filter), sort), [allRows, filter, sort]);
  const reports = useMemo(
    () => reportsByKpiId(kpis.data ?? [], statuses.data?.items ?? []),
    [kpis.data, statuses.data],
  );

  const queries = [actions, kpis, people];
  const ready = queries.every((query) => query.data !== undefined);
  useScrollToHash(ready);

  const heading = (
    <Title order={3} fz="lg" id={headingId}>
      {t('corrective.title')}
    </Title>
  );

  if (queries.some((query) => query.isError)) {
    return (
      <Stack component="section" gap="sm" aria-labelledby={headingId}>
        {heading}
        <ErrorState
          title={t('corrective.loadError')}
          error={queries.find((query) => query.isError)?.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      </Stack>
    );
  }
  if (!ready) {
    return (
      <Stack component="section" gap="sm" aria-labelledby={headingId}>
        {heading}
        <Stack gap="xs" role="status" aria-label={t('corrective.loading')}>
          <Skeleton height={28} width="40%" />
          <Skeleton height={120} />
        </Stack>
      </Stack>
    );
  }

  const kpiList = kpis.data ?? [];
  const canAdd = canEdit && (kpiId === undefined ? kpiList.length > 0 : kpiList.some((kpi) => kpi.id === kpiId));
  const addButton = canAdd && (
    <Button leftSection={<PlusIcon />} onClick={() => setDialog({ entity: null })}>
      {t('corrective.add')}
    </Button>
  );

  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: '1 1 24rem' }}>
          {heading}
          <Text size="sm" c="dimmed" maw={760}>
            {t('corrective.intro')}
          </Text>
        </div>
        {allRows.length > 0 && addButton}
      </Group>

      {statuses.isError && (
        <Alert color="yellow" variant="light" role="alert">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{t('corrective.statusError')}</Text>
            <Button size="xs" variant="white" color="yellow" onClick={() => void statuses.refetch()}>
              {t('errors.retry')}
            </Button>
          </Group>
        </Alert>
      )}

      {statusChange.error !== null && (
        <StatusChangeError
          error={statusChange.error}
          onReload={() => {
            statusChange.clear();
            void actions.refetch();
          }}
          onClose={statusChange.clear}
        />
      )}

      {allRows.length === 0 ? (
        <EmptyPanel
          order={3}
          title={t(kpiId === undefined ? 'corrective.empty.title' : 'corrective.empty.kpiTitle')}
          description={t('corrective.empty.description')}
          icon={<TargetIcon />}
        >
          {addButton}
          {canEdit && kpiList.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('corrective.empty.noKpi')}
            </Text>
          )}
        </EmptyPanel>
      ) : (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <NativeSelect
              label={t('corrective.filter.label')}
              value={filter}
              w={260}
              data={STATUS_FILTERS.map((value) => ({
                value,
                label: t('corrective.filter.option', {
                  label: t(`corrective.filter.${value}`),
                  count: counts[value],
                }),
              }))}
              onChange={(event) => setFilter(event.currentTarget.value as StatusFilter)}
            />
            <Summary rows={allRows} />
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed" role="status">
              {t('corrective.filter.none')}
            </Text>
          ) : (
            <CorrectiveActionsTable
              rows={rows}
              workspaceId={workspaceId}
              planId={planId}
              showKpi={kpiId === undefined}
              canEdit={canEdit}
              reportsPending={statuses.isPending}
              sort={sort}
              onToggleSort={() => setSort((current) => (current === 'asc' ? 'desc' : 'asc'))}
              savingId={statusChange.savingId}
              onStatusChange={statusChange.change}
              onEdit={(row) => setDialog({ entity: row.action })}
              onDelete={(row) => {
                remove.reset();
                setDeletion(row);
              }}
            />
          )}
        </>
      )}

      {dialog && (
        <CorrectiveActionEditorModal
          planId={planId}
          entity={dialog.entity}
          presetKpiId={kpiId ?? null}
          kpis={kpiList}
          reports={reports}
          people={people.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDeleteModal
        name={deletion?.action.title ?? null}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeletion(null)}
        onConfirm={() => deletion && remove.mutate({ id: deletion.action.id }, { onSuccess: () => setDeletion(null) })}
      />
    </Stack>
  );
}

/** « 3 open, 1 overdue »: what needs attention, whatever the filter. */
function Summary({ rows }: { rows: readonly CorrectiveRow[] }) {
  const { t } = useTranslation();
  const open = rows.filter((row) => row.open).length;
  const overdue = rows.filter((row) => row.overdue).length;
  return (
    <Text size="sm" c={overdue > 0 ? 'red' : 'dimmed'}>
      {t('corrective.summary.open', { count: open })}
      {overdue > 0 && <> · {t('corrective.summary.overdue', { count: overdue })}</>}
    </Text>
  );
}

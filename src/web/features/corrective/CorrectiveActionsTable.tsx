import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { languageOf, type Language } from '../objectives/format';
import { kpiPath } from '../plan/planPaths';
import { CORRECTIVE_STATUSES, type CorrectiveRow, type CorrectiveStatus, type SortDirection } from './correctiveModel';
import { formatKpiValue, formatVariance } from './format';
import { CorrectiveStatusBadge, KpiStatusBadge } from './StatusBadges';
import './texts';

/** Past this many rows the table only renders the rows in view. */
const VIRTUALISE_FROM = 80;
const ESTIMATED_ROW_HEIGHT = 64;

interface CorrectiveActionsTableProps {
  rows: readonly CorrectiveRow[];
  workspaceId: string;
  planId: string;
  /** The KPI columns; off when the table is one KPI's. */
  showKpi: boolean;
  canEdit: boolean;
  /** The KPI status report is still being computed. */
  reportsPending: boolean;
  sort: SortDirection;
  onToggleSort: () => void;
  /** The action whose status is being saved. */
  savingId: string | null;
  onStatusChange: (row: CorrectiveRow, status: CorrectiveStatus) => void;
  onEdit: (row: CorrectiveRow) => void;
  onDelete: (row: CorrectiveRow) => void;
}

/** The method's table: KPI, target to date, actual, KPI status, corrective action, owner, deadline, status, outcome. */
export function CorrectiveActionsTable(props: CorrectiveActionsTableProps) {
  const { rows, showKpi, canEdit, sort } = props;
  const { t } = useTranslation();
  // A state, not a ref: the rows' virtualizer reads it in a layout effect that runs before a
  // parent's ref is attached, and must render again once the scroll box exists.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const virtual = rows.length >= VIRTUALISE_FROM;
  const columns = (showKpi ? 9 : 5) + (canEdit ? 1 : 0);

  return (
    <Table.ScrollContainer
      ref={setScrollElement}
      minWidth={showKpi ? 1150 : 760}
      maxHeight={virtual ? '70vh' : undefined}
      type="native"
    >
      <Table verticalSpacing="xs" stickyHeader={virtual} aria-label={t('corrective.table.caption')}>
        <Table.Thead>
          <Table.Tr>
            {showKpi && (
              <>
                <Table.Th scope="col">{t('corrective.table.kpi')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('corrective.table.target')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('corrective.table.actual')}
                </Table.Th>
                <Table.Th scope="col">{t('corrective.table.kpiStatus')}</Table.Th>
              </>
            )}
            <Table.Th scope="col">{t('corrective.table.action')}</Table.Th>
            <Table.Th scope="col">{t('corrective.table.owner')}</Table.Th>
            <Table.Th scope="col" aria-sort={sort === 'asc' ? 'ascending' : 'descending'}>
              <UnstyledButton onClick={props.onToggleSort} fw={700} fz="sm">
                {t('corrective.table.deadline')} <span aria-hidden="true">{sort === 'asc' ? '↑' : '↓'}</span>
                <VisuallyHidden>{t(`corrective.table.sorted.${sort}`)}</VisuallyHidden>
              </UnstyledButton>
            </Table.Th>
            <Table.Th scope="col">{t('corrective.table.status')}</Table.Th>
            <Table.Th scope="col">{t('corrective.table.outcome')}</Table.Th>
            {canEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('corrective.table.controls')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {virtual ? (
            <VirtualRows rows={rows} scrollElement={scrollElement} columns={columns} table={props} />
          ) : (
            rows.map((row) => <CorrectiveRowView key={row.action.id} row={row} table={props} />)
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface VirtualRowsProps {
  rows: readonly CorrectiveRow[];
  scrollElement: HTMLDivElement | null;
  columns: number;
  table: CorrectiveActionsTableProps;
}

/** Only the rows in view, with spacer rows keeping the scroll height of the whole table. */
function VirtualRows({ rows, scrollElement, columns, table }: VirtualRowsProps) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      {top > 0 && <Spacer height={top} columns={columns} />}
      {items.map((item) => {
        const row = rows[item.index];
        return row ? (
          <CorrectiveRowView
            key={row.action.id}
            row={row}
            table={table}
            index={item.index}
            measure={virtualizer.measureElement}
          />
        ) : null;
      })}
      {bottom > 0 && <Spacer height={bottom} columns={columns} />}
    </>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

interface CorrectiveRowViewProps {
  row: CorrectiveRow;
  table: CorrectiveActionsTableProps;
  /** Position and measuring callback, when the table is virtualised. */
  index?: number;
  measure?: (el: Element | null) => void;
}

function CorrectiveRowView({ row, table, index, measure }: CorrectiveRowViewProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const { action, kpi } = row;
  const titleId = `corrective-title-${action.id}`;

  return (
    <Table.Tr id={`entity-${action.key}`} ref={measure} data-index={index} aria-labelledby={titleId}>
      {table.showKpi && <KpiCells row={row} table={table} language={language} />}
      <Table.Th scope="row" fw={400}>
        <Stack gap={2}>
          <Text size="sm" fw={600} id={titleId}>
            {action.title}
          </Text>
          {action.description && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {action.description}
            </Text>
          )}
          {!table.showKpi && kpi === null && (
            <Text size="xs" c="dimmed">
              {t('corrective.table.kpiMissing')}
            </Text>
          )}
        </Stack>
      </Table.Th>
      <Table.Td>
        {row.owner ? (
          row.owner.name
        ) : (
          <Text span size="sm" c="dimmed">
            {t('corrective.table.noOwner')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Stack gap={2} align="flex-start">
          <Text span size="sm">
            {action.deadline ? formatDate(action.deadline, language) : '—'}
          </Text>
          {row.overdue && (
            <Badge color="red" variant="filled" size="sm">
              {t('corrective.table.overdue')}
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        {table.canEdit ? (
          <NativeSelect
            size="xs"
            aria-label={t('corrective.table.statusOf', { name: action.title })}
            value={action.status}
            disabled={table.savingId === action.id}
            data={CORRECTIVE_STATUSES.map((status) => ({ value: status, label: t(`corrective.status.${status}`) }))}
            onChange={(event) => table.onStatusChange(row, event.currentTarget.value as CorrectiveStatus)}
          />
        ) : (
          <CorrectiveStatusBadge status={action.status} />
        )}
      </Table.Td>
      <Table.Td>
        {action.outcome ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {action.outcome}
          </Text>
        ) : (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      {table.canEdit && (
        <Table.Td>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            <ActionIcon
              variant="subtle"
              aria-label={t('corrective.table.edit', { name: action.title })}
              onClick={() => table.onEdit(row)}
            >
              <PencilIcon />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('corrective.table.delete', { name: action.title })}
              onClick={() => table.onDelete(row)}
            >
              <TrashIcon />
            </ActionIcon>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function KpiCells({
  row,
  table,
  language,
}: {
  row: CorrectiveRow;
  table: CorrectiveActionsTableProps;
  language: Language;
}) {
  const { t } = useTranslation();
  const { kpi, report } = row;
  const pending = table.reportsPending && report === null;
  const unit = kpi?.unit ?? null;
  const placeholder = (
    <Text span size="sm" c="dimmed">
      {pending ? '…' : '—'}
    </Text>
  );
  return (
    <>
      <Table.Td>
        {kpi ? (
          <Anchor component={Link} to={kpiPath(table.workspaceId, table.planId, kpi.id)} size="sm">
            {kpi.name}
          </Anchor>
        ) : (
          <Text span size="sm" c="dimmed">
            {t('corrective.table.kpiMissing')}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {report && report.expected !== null ? (
          <Stack gap={0} align="flex-end">
            <Text span size="sm">
              {formatKpiValue(report.expected, unit, language)}
            </Text>
            {report.latestMeasurementDate && (
              <Text span size="xs" c="dimmed">
                {t('corrective.table.asOf', { date: formatDate(report.latestMeasurementDate, language) })}
              </Text>
            )}
          </Stack>
        ) : (
          placeholder
        )}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {report && report.actual !== null ? (
          <Stack gap={0} align="flex-end">
            <Text span size="sm" fw={500}>
              {formatKpiValue(report.actual, unit, language)}
            </Text>
            {report.variance && (
              <Text span size="xs" c="dimmed">
                {t('corrective.table.variance', { variance: formatVariance(report.variance, unit, language) })}
              </Text>
            )}
          </Stack>
        ) : (
          placeholder
        )}
      </Table.Td>
      <Table.Td>{report ? <KpiStatusBadge status={report.status} /> : placeholder}</Table.Td>
    </>
  );
}

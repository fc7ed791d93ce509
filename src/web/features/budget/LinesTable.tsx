import { ActionIcon, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type {
  BudgetLineEntity,
  SpendEntryEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import type { BudgetLineSummary } from '../../../core/budget/index.js';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { varianceColor, type BudgetFormat } from './format';
import { scrollBoxStyle, useVirtualRows } from './useVirtualRows';
import './texts';

interface LinesTableProps {
  lines: readonly BudgetLineEntity[];
  summaries: readonly BudgetLineSummary[];
  entries: readonly SpendEntryEntity[];
  strategies: readonly StrategyEntity[];
  tactics: readonly TacticEntity[];
  canEdit: boolean;
  fmt: BudgetFormat;
  onSpend: (line: BudgetLineEntity) => void;
  onEdit: (line: BudgetLineEntity) => void;
  onDelete: (line: BudgetLineEntity) => void;
}

interface Row {
  line: BudgetLineEntity;
  where: string;
  planned: number;
  committed: number;
  actual: number;
  variance: number;
  expectedReturn: number | null;
  entryCount: number;
}

/**
 * Every budget line with its planned, committed and actual amounts, variance and expected return.
 * The engine's summary gives the figures; a line it does not know yet (just added) is summed here.
 */
function buildRows(props: Pick<LinesTableProps, 'lines' | 'summaries' | 'entries' | 'strategies' | 'tactics'>): Row[] {
  const summaryByKey = new Map(props.summaries.map((summary) => [summary.key, summary]));
  const strategyName = new Map(props.strategies.map((strategy) => [strategy.id, strategy.name]));
  const tactic = new Map(props.tactics.map((item) => [item.id, item]));
  const spend = new Map<string, { committed: number; actual: number; count: number }>();
  for (const entry of props.entries) {
    const sums = spend.get(entry.budgetLineId) ?? { committed: 0, actual: 0, count: 0 };
    sums[entry.kind] += entry.amount;
    sums.count += 1;
    spend.set(entry.budgetLineId, sums);
  }
  return props.lines.map((line) => {
    const sums = spend.get(line.id) ?? { committed: 0, actual: 0, count: 0 };
    const summary = summaryByKey.get(line.key);
    const lineTactic = line.tacticId ? tactic.get(line.tacticId) : undefined;
    const strategyId = line.strategyId ?? lineTactic?.strategyId ?? null;
    const where = [strategyId ? strategyName.get(strategyId) : undefined, lineTactic?.name].filter(Boolean).join(' › ');
    const planned = summary?.planned ?? line.plannedAmount;
    const actual = summary?.actual ?? sums.actual;
    return {
      line,
      where,
      planned,
      committed: summary?.committed ?? line.committedAmount + sums.committed,
      actual,
      variance: summary?.variance ?? actual - planned,
      expectedReturn:
        summary?.expectedReturn ?? (line.expectedRoi == null ? null : Math.round(planned * line.expectedRoi)),
      entryCount: sums.count,
    };
  });
}

export function LinesTable(props: LinesTableProps) {
  const { canEdit, fmt } = props;
  const { t } = useTranslation();
  const { lines, summaries, entries, strategies, tactics } = props;
  const rows = useMemo(
    () => buildRows({ lines, summaries, entries, strategies, tactics }),
    [lines, summaries, entries, strategies, tactics],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = useVirtualRows(rows.length, scrollRef, 49);
  const { hash } = useLocation();
  const target = hash.startsWith('#entity-') ? rows.findIndex((row) => `#entity-${row.line.key}` === hash) : -1;
  const { virtualizer, enabled } = windowed;
  useEffect(() => {
    if (enabled && target >= 0) virtualizer.scrollToIndex(target, { align: 'start' });
  }, [enabled, target, virtualizer]);
  useScrollToHash(target < 0 || windowed.indexes.includes(target));

  const columns = 10;
  return (
    <div
      ref={scrollRef}
      style={scrollBoxStyle(windowed.enabled)}
      tabIndex={windowed.enabled ? 0 : undefined}
      aria-label={windowed.enabled ? t('budget.lines.tableLabel') : undefined}
      role={windowed.enabled ? 'region' : undefined}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader={windowed.enabled}
        aria-label={t('budget.lines.tableLabel')}
        aria-rowcount={rows.length + 1}
        miw={980}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th scope="col">{t('budget.lines.label')}</Table.Th>
            <Table.Th scope="col">{t('budget.lines.category')}</Table.Th>
            <Table.Th scope="col">{t('budget.lines.where')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.planned')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.committed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.actual')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.variance')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.roi')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budget.columns.expectedReturn')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('budget.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {windowed.before > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: windowed.before, padding: 0 }} />
            </tr>
          )}
          {windowed.indexes.map((index) => {
            const row = rows[index];
            if (!row) return null;
            const { line } = row;
            return (
              <Table.Tr key={line.id} id={`entity-${line.key}`} aria-rowindex={index + 2}>
                <Table.Th scope="row" fw={500}>
                  {line.label}
                </Table.Th>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {t(`budget.categories.${line.category}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={row.where ? undefined : 'dimmed'}>
                    {row.where || t('budget.lines.unlinked')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{fmt.money(row.planned)}</Table.Td>
                <Table.Td ta="right">{fmt.money(row.committed)}</Table.Td>
                <Table.Td ta="right">{fmt.money(row.actual)}</Table.Td>
                <Table.Td ta="right" c={varianceColor(row.variance)}>
                  {fmt.signedMoney(row.variance)}
                </Table.Td>
                <Table.Td ta="right">{line.expectedRoi == null ? '—' : fmt.roi(line.expectedRoi)}</Table.Td>
                <Table.Td ta="right">{row.expectedReturn == null ? '—' : fmt.money(row.expectedReturn)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t('budget.lines.spend', { name: line.label, count: row.entryCount })}
                      onClick={() => props.onSpend(line)}
                    >
                      {t('budget.lines.spendShort', { count: row.entryCount })}
                    </Button>
                    {canEdit && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          aria-label={t('budget.lines.edit', { name: line.label })}
                          onClick={() => props.onEdit(line)}
                        >
                          <PencilIcon />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          color="red"
                          aria-label={t('budget.lines.delete', { name: line.label })}
                          onClick={() => props.onDelete(line)}
                        >
                          <TrashIcon />
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {windowed.after > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: windowed.after, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}

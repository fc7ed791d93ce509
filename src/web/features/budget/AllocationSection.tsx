import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetGroup, BudgetSummary, MonthTotals } from '../../../core/budget/index.js';
import type { BudgetCategory } from './budgetForm';
import { varianceColor, type BudgetFormat } from './format';
import './texts';

export const ALLOCATION_VIEWS = ['strategy', 'tactic', 'category', 'month'] as const;
export type AllocationView = (typeof ALLOCATION_VIEWS)[number];

/** "2026-03" → « mars 2026 » / "March 2026". */
export function monthLabel(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(
    new Date(year, monthNumber - 1, 1),
  );
}

/** How the budget splits by strategy, tactic, category or month, from the engine's summary. */
export function AllocationSection({ summary, fmt }: { summary: BudgetSummary; fmt: BudgetFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [view, setView] = useState<AllocationView>('strategy');
  const groups: Record<Exclude<AllocationView, 'month'>, BudgetGroup[]> = {
    strategy: summary.byStrategy,
    tactic: summary.byTactic,
    category: summary.byCategory,
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={headingId}>
          {t('budget.allocation.title')}
        </Title>
        <SegmentedControl
          aria-label={t('budget.allocation.viewLabel')}
          value={view}
          onChange={(value) => setView(value as AllocationView)}
          data={ALLOCATION_VIEWS.map((value) => ({ value, label: t(`budget.allocation.views.${value}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
        {view === 'month' ? (
          <MonthTable months={summary.byMonth} fmt={fmt} />
        ) : (
          <GroupTable view={view} groups={groups[view]} totals={summary.totals} fmt={fmt} />
        )}
      </Stack>
    </Paper>
  );
}

interface GroupTableProps {
  view: Exclude<AllocationView, 'month'>;
  groups: readonly BudgetGroup[];
  totals: BudgetSummary['totals'];
  fmt: BudgetFormat;
}

function GroupTable({ view, groups, totals, fmt }: GroupTableProps) {
  const { t } = useTranslation();
  const caption = t(`budget.allocation.caption.${view}`);
  const variance = (value: number, percent: number | null) =>
    percent === null
      ? fmt.signedMoney(value)
      : `${fmt.signedMoney(value)} (${percent > 0 ? '+' : ''}${fmt.percent(percent)})`;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`budget.allocation.views.${view}`)}</Table.Th>
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
              {t('budget.columns.expectedReturn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.key ?? '—'}>
              <Table.Th scope="row" fw={500}>
                {group.key !== null && view === 'category'
                  ? t(`budget.categories.${group.key as BudgetCategory}`)
                  : group.label[fmt.language]}
              </Table.Th>
              <Table.Td ta="right">{fmt.money(group.planned)}</Table.Td>
              <Table.Td ta="right">{fmt.money(group.committed)}</Table.Td>
              <Table.Td ta="right">{fmt.money(group.actual)}</Table.Td>
              <Table.Td ta="right" c={varianceColor(group.variance)}>
                {variance(group.variance, group.variancePercent)}
              </Table.Td>
              <Table.Td ta="right">{fmt.money(group.expectedReturn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('budget.columns.total')}</Table.Th>
            <Table.Td ta="right">{fmt.money(totals.planned)}</Table.Td>
            <Table.Td ta="right">{fmt.money(totals.committed)}</Table.Td>
            <Table.Td ta="right">{fmt.money(totals.actual)}</Table.Td>
            <Table.Td ta="right" c={varianceColor(totals.variance)}>
              {variance(totals.variance, totals.variancePercent)}
            </Table.Td>
            <Table.Td ta="right">{fmt.money(totals.expectedReturn)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function MonthTable({ months, fmt }: { months: readonly MonthTotals[]; fmt: BudgetFormat }) {
  const { t } = useTranslation();
  const committed = months.reduce((sum, month) => sum + month.committed, 0);
  const actual = months.reduce((sum, month) => sum + month.actual, 0);
  if (months.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('budget.allocation.noMonth')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('budget.allocation.monthHint')}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped aria-label={t('budget.allocation.caption.month')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('budget.allocation.views.month')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.columns.committed')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.columns.actual')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((month) => (
              <Table.Tr key={month.month}>
                <Table.Th scope="row" fw={500}>
                  {monthLabel(month.month, fmt.language)}
                </Table.Th>
                <Table.Td ta="right">{fmt.money(month.committed)}</Table.Td>
                <Table.Td ta="right">{fmt.money(month.actual)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('budget.columns.total')}</Table.Th>
              <Table.Td ta="right">{fmt.money(committed)}</Table.Td>
              <Table.Td ta="right">{fmt.money(actual)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '../../../core/budget/index.js';
import { EChart, type EChartOption } from '../../ui/EChart';
import type { BudgetFormat } from './format';
import './texts';

/** Bars in the chart and rows in its table: the best ones, so that a large plan stays readable. */
export const ROI_CHART_LIMIT = 25;

export interface RoiEntry {
  key: string;
  label: string;
  roi: number;
  planned: number;
  expectedReturn: number;
}

/**
 * The method's « prioriser les actions en fonction du ROI potentiel »: lines by expected ROI (the
 * engine's ranking), or strategies by the return their lines expect per unit planned.
 */
export function roiEntries(summary: BudgetSummary, by: 'line' | 'strategy', language: 'fr' | 'en'): RoiEntry[] {
  if (by === 'line') {
    const lines = new Map(summary.lines.map((line) => [line.key, line]));
    return summary.roiRanking.flatMap((key) => {
      const line = lines.get(key);
      if (!line || line.expectedRoi === null) return [];
      return [
        {
          key,
          label: line.label,
          roi: line.expectedRoi,
          planned: line.planned,
          expectedReturn: line.expectedReturn ?? 0,
        },
      ];
    });
  }
  return summary.byStrategy
    .filter((group) => group.planned > 0 && group.expectedReturn > 0)
    .map((group) => ({
      key: group.key ?? '—',
      label: group.label[language],
      roi: Math.round((group.expectedReturn / group.planned) * 100) / 100,
      planned: group.planned,
      expectedReturn: group.expectedReturn,
    }))
    .sort((a, b) => b.roi - a.roi || a.label.localeCompare(b.label, language));
}

export function RoiSection({ summary, fmt }: { summary: BudgetSummary; fmt: BudgetFormat }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [by, setBy] = useState<'line' | 'strategy'>('line');
  const all = useMemo(() => roiEntries(summary, by, fmt.language), [summary, by, fmt.language]);
  const shown = useMemo(() => all.slice(0, ROI_CHART_LIMIT), [all]);
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => fmt.roi(value) } },
      // Best first, at the top.
      yAxis: { type: 'category', inverse: true, data: shown.map((entry) => entry.label) },
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => fmt.roi(value) },
      series: [
        {
          type: 'bar',
          name: t('budget.columns.roi'),
          data: shown.map((entry) => entry.roi),
          label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => fmt.roi(value) },
          itemStyle: { color: '#228be6' },
        },
      ],
    }),
    [shown, fmt, t],
  );
  const caption = t(by === 'line' ? 'budget.roi.captionLines' : 'budget.roi.captionStrategies');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={headingId}>
          {t('budget.roi.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          {t('budget.roi.intro')}
        </Text>
        <SegmentedControl
          aria-label={t('budget.roi.byLabel')}
          value={by}
          onChange={(value) => setBy(value as 'line' | 'strategy')}
          data={[
            { value: 'line', label: t('budget.roi.byLine') },
            { value: 'strategy', label: t('budget.roi.byStrategy') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {all.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('budget.roi.none')}
          </Text>
        ) : (
          <>
            <EChart option={option} label={caption} height={Math.max(160, shown.length * 28 + 40)} />
            {all.length > shown.length && (
              <Text size="xs" c="dimmed">
                {t('budget.roi.limited', { shown: shown.length, total: all.length })}
              </Text>
            )}
            <Table.ScrollContainer minWidth={560}>
              <Table striped aria-label={caption}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('budget.roi.rank')}</Table.Th>
                    <Table.Th scope="col">
                      {t(by === 'line' ? 'budget.lines.label' : 'budget.allocation.views.strategy')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('budget.columns.roi')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('budget.columns.planned')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('budget.columns.expectedReturn')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((entry, index) => (
                    <Table.Tr key={entry.key}>
                      <Table.Td>{index + 1}</Table.Td>
                      <Table.Th scope="row" fw={500}>
                        {entry.label}
                      </Table.Th>
                      <Table.Td ta="right">{fmt.roi(entry.roi)}</Table.Td>
                      <Table.Td ta="right">{fmt.money(entry.planned)}</Table.Td>
                      <Table.Td ta="right">{fmt.money(entry.expectedReturn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Paper>
  );
}

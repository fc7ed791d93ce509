import { Alert, List, Stack, Table } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLineEntity } from '../../../contract/entity-types.js';
import type { OptimisedLine } from '../../../core/budget/index.js';
import { Figure, FigureList } from '../../ui/FigureList';
import { deltaColor, type BudgetFormat } from './format';
import type { OptimiserAnswer } from './useBudgetData';
import { scrollBoxStyle, useVirtualRows } from './useVirtualRows';
import './texts';

type OkResult = Extract<OptimiserAnswer, { ok: true }>;

export function OptimiserResultView({
  result,
  lines,
  fmt,
}: {
  result: OkResult;
  lines: readonly BudgetLineEntity[];
  fmt: BudgetFormat;
}) {
  const { t } = useTranslation();
  const roiByKey = new Map(lines.map((line) => [line.key, line.expectedRoi]));
  // The current allocation's return per line is the method's planned × ROI, which is also where
  // the optimiser's curves are calibrated: both columns are read on the same scale.
  const currentReturn = (line: OptimisedLine) => {
    const roi = roiByKey.get(line.key);
    return roi == null ? null : Math.round(line.plannedAmount * roi);
  };
  const gain = result.expectedReturn.curve - result.plannedExpectedReturn;
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = useVirtualRows(result.lines.length, scrollRef, 41);

  return (
    <Stack gap="sm">
      <FigureList>
        <Figure label={t('budget.optimiser.reserve')} value={fmt.money(result.reserve)} />
        <Figure label={t('budget.envelope.allocatable')} value={fmt.money(result.allocatable)} />
        <Figure label={t('budget.optimiser.allocated')} value={fmt.money(result.allocated)} />
        <Figure label={t('budget.optimiser.currentReturn')} value={fmt.money(result.plannedExpectedReturn)} />
        <Figure label={t('budget.optimiser.optimisedReturn')} value={fmt.money(result.expectedReturn.curve)} />
        <Figure label={t('budget.optimiser.gain')} value={fmt.signedMoney(gain)} color={deltaColor(gain)} />
      </FigureList>
      {result.notes.length > 0 && (
        <Alert color="yellow" variant="light" p="sm">
          <List size="sm">
            {result.notes.map((note) => (
              <List.Item key={note.en}>{note[fmt.language]}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div ref={scrollRef} style={scrollBoxStyle(windowed.enabled)} tabIndex={windowed.enabled ? 0 : undefined}>
        <Table striped aria-label={t('budget.optimiser.tableLabel')} aria-rowcount={result.lines.length + 1} miw={820}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('budget.lines.label')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.optimiser.current')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.optimiser.optimised')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.optimiser.difference')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.optimiser.currentReturn')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.optimiser.optimisedReturn')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {windowed.before > 0 && (
              <tr aria-hidden="true">
                <td colSpan={6} style={{ height: windowed.before, padding: 0 }} />
              </tr>
            )}
            {windowed.indexes.map((index) => {
              const line = result.lines[index];
              if (!line) return null;
              const before = currentReturn(line);
              return (
                <Table.Tr key={line.key} aria-rowindex={index + 2}>
                  <Table.Th scope="row" fw={500}>
                    {line.label}
                  </Table.Th>
                  <Table.Td ta="right">{fmt.money(line.plannedAmount)}</Table.Td>
                  <Table.Td ta="right">{fmt.money(line.amount)}</Table.Td>
                  <Table.Td ta="right" c={deltaColor(line.change)}>
                    {fmt.signedMoney(line.change)}
                  </Table.Td>
                  <Table.Td ta="right">{before === null ? '—' : fmt.money(before)}</Table.Td>
                  <Table.Td ta="right">{line.modelled ? fmt.money(line.expectedReturn.curve) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
            {windowed.after > 0 && (
              <tr aria-hidden="true">
                <td colSpan={6} style={{ height: windowed.after, padding: 0 }} />
              </tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('budget.columns.total')}</Table.Th>
              <Table.Td ta="right">
                {fmt.money(result.lines.reduce((sum, line) => sum + line.plannedAmount, 0))}
              </Table.Td>
              <Table.Td ta="right">{fmt.money(result.allocated)}</Table.Td>
              <Table.Td ta="right">
                {fmt.signedMoney(result.lines.reduce((sum, line) => sum + line.change, 0))}
              </Table.Td>
              <Table.Td ta="right">{fmt.money(result.plannedExpectedReturn)}</Table.Td>
              <Table.Td ta="right">{fmt.money(result.expectedReturn.curve)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
    </Stack>
  );
}

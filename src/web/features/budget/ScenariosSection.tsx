import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetScenarioEntity } from '../../../contract/entity-types.js';
import type { ScenarioComparison } from '../../../core/budget/index.js';
import { ErrorState } from '../../ui/ErrorState';
import { PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons';
import { useScrollToHash } from '../../ui/useScrollToHash';
import { deltaColor, type BudgetFormat } from './format';
import { useScenarioComparison } from './useBudgetData';
import { scrollBoxStyle, useVirtualRows } from './useVirtualRows';
import './texts';

interface ScenariosSectionProps {
  planId: string;
  scenarios: readonly BudgetScenarioEntity[];
  canEdit: boolean;
  fmt: BudgetFormat;
  onCreate: () => void;
  onEdit: (scenario: BudgetScenarioEntity) => void;
  onDelete: (scenario: BudgetScenarioEntity) => void;
}

/** What-if scenarios: the list, and the chosen ones side by side with the current budget. */
export function ScenariosSection(props: ScenariosSectionProps) {
  const { planId, scenarios, canEdit, fmt } = props;
  const { t } = useTranslation();
  const headingId = useId();
  // Scenarios left out of the comparison; every scenario is compared by default.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const compared = useMemo(
    () => scenarios.filter((scenario) => !hidden.has(scenario.key)).map((scenario) => scenario.key),
    [scenarios, hidden],
  );
  const comparison = useScenarioComparison(planId, compared);
  useScrollToHash(true);
  const toggle = (key: string, on: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="lg" id={headingId}>
            {t('budget.scenarios.title')}
          </Title>
          {canEdit && (
            <Button leftSection={<PlusIcon />} variant="light" onClick={props.onCreate}>
              {t('budget.scenarios.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('budget.scenarios.intro')}
        </Text>
        {scenarios.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('budget.scenarios.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('budget.scenarios.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('budget.scenarios.compare')}</Table.Th>
                  <Table.Th scope="col">{t('budget.scenarios.name')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('budget.scenarios.totalColumn')}
                  </Table.Th>
                  {canEdit && (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('budget.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scenarios.map((scenario) => (
                  <Table.Tr key={scenario.id} id={`entity-${scenario.key}`}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('budget.scenarios.compareOne', { name: scenario.name })}
                        checked={!hidden.has(scenario.key)}
                        onChange={(event) => toggle(scenario.key, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {scenario.name}
                      {scenario.description && (
                        <Text size="xs" c="dimmed" fw={400}>
                          {scenario.description}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td ta="right">
                      {scenario.totalAmount == null ? t('budget.scenarios.planTotal') : fmt.money(scenario.totalAmount)}
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            aria-label={t('budget.scenarios.edit', { name: scenario.name })}
                            onClick={() => props.onEdit(scenario)}
                          >
                            <PencilIcon />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            size="sm"
                            color="red"
                            aria-label={t('budget.scenarios.delete', { name: scenario.name })}
                            onClick={() => props.onDelete(scenario)}
                          >
                            <TrashIcon />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {compared.length > 0 && comparison.isPending && <Skeleton height={160} />}
        {comparison.isError && (
          <ErrorState
            title={t('budget.scenarios.compareError')}
            error={comparison.error}
            onRetry={() => void comparison.refetch()}
          />
        )}
        {compared.length > 0 && comparison.data && <ComparisonTable comparison={comparison.data} fmt={fmt} />}
      </Stack>
    </Paper>
  );
}

function ComparisonTable({ comparison, fmt }: { comparison: ScenarioComparison; fmt: BudgetFormat }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = useVirtualRows(comparison.lines.length, scrollRef, 53);
  const columns = 3 + comparison.scenarios.length;
  const delta = (value: number | null) =>
    value === null || value === 0 ? null : (
      <Text span size="xs" c={deltaColor(value)} display="block">
        {fmt.signedMoney(value)}
      </Text>
    );
  const overAllocated = [
    ...(comparison.current.overAllocation ? [{ name: t('budget.scenarios.current'), totals: comparison.current }] : []),
    ...comparison.scenarios
      .filter((column) => column.overAllocation)
      .map((column) => ({ name: column.name, totals: column })),
  ];

  return (
    <Stack gap="xs">
      <Title order={4} fz="md">
        {t('budget.scenarios.comparisonTitle')}
      </Title>
      <div ref={scrollRef} style={scrollBoxStyle(windowed.enabled)} tabIndex={windowed.enabled ? 0 : undefined}>
        <Table
          striped
          aria-label={t('budget.scenarios.comparisonTitle')}
          aria-rowcount={comparison.lines.length + 4}
          miw={560 + 160 * comparison.scenarios.length}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('budget.lines.label')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.columns.roi')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('budget.scenarios.current')}
              </Table.Th>
              {comparison.scenarios.map((column) => (
                <Table.Th scope="col" ta="right" key={column.key}>
                  {column.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {windowed.before > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns} style={{ height: windowed.before, padding: 0 }} />
              </tr>
            )}
            {windowed.indexes.map((index) => {
              const line = comparison.lines[index];
              if (!line) return null;
              return (
                <Table.Tr key={line.key} aria-rowindex={index + 2}>
                  <Table.Th scope="row" fw={500}>
                    {line.label}
                  </Table.Th>
                  <Table.Td ta="right">{line.expectedRoi === null ? '—' : fmt.roi(line.expectedRoi)}</Table.Td>
                  <Table.Td ta="right">{fmt.money(line.current.amount)}</Table.Td>
                  {line.scenarios.map((cell) => (
                    <Table.Td ta="right" key={cell.scenario}>
                      {fmt.money(cell.amount)}
                      {delta(cell.delta)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {windowed.after > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns} style={{ height: windowed.after, padding: 0 }} />
              </tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={2}>
                {t('budget.scenarios.allocated')}
              </Table.Th>
              <Table.Td ta="right">{fmt.money(comparison.current.allocated)}</Table.Td>
              {comparison.scenarios.map((column) => (
                <Table.Td ta="right" key={column.key} c={column.overAllocation ? 'red' : undefined}>
                  {fmt.money(column.allocated)}
                  {delta(column.delta)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={2}>
                {t('budget.columns.expectedReturn')}
              </Table.Th>
              <Table.Td ta="right">{fmt.money(comparison.current.expectedReturn)}</Table.Td>
              {comparison.scenarios.map((column) => (
                <Table.Td ta="right" key={column.key}>
                  {fmt.money(column.expectedReturn)}
                  {delta(column.returnDelta)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
      {overAllocated.map(({ name, totals }) => (
        <Alert key={name} color="red" variant="light" p="xs">
          <Text size="sm">
            <strong>{name}</strong> — {totals.overAllocation?.message[fmt.language]}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

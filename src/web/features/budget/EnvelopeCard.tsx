import { useSingletonForm } from '../../forms/useSingletonForm';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSettingsRecord } from '../../../contract/entity-types.js';
import { allocatableAmount, contingencyReserve, type BudgetSummary } from '../../../core/budget/index.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { parseDecimal } from '../../forms/values';
import { Figure, FigureList } from '../../ui/FigureList';
import { compact } from '../auth/validation';
import { numberInputSeparators } from '../objectives/format';
import { centsOf, settingsErrors, unitsOf, type SettingsValues } from './budgetForm';
import type { BudgetFormat } from './format';
import { RefusalAlert } from './RefusalAlert';
import './texts';

const FIELDS = ['totalAmount', 'contingencyPercent'] as const;

interface EnvelopeCardProps {
  planId: string;
  canEdit: boolean;
  settings: BudgetSettingsRecord;
  summary: BudgetSummary;
  fmt: BudgetFormat;
  reload: () => Promise<BudgetSettingsRecord | undefined>;
}

const valuesOf = (record: BudgetSettingsRecord): SettingsValues => ({
  totalAmount: unitsOf(record.totalAmount),
  contingencyPercent: record.contingencyPercent,
});

/**
 * The budget's envelope: the total, the contingency reserve the method keeps for the unexpected,
 * what the lines may share, and whether they plan more than that.
 */
export function EnvelopeCard({ planId, canEdit, settings, summary, fmt, reload }: EnvelopeCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useSingletonForm({
    planId,
    name: 'budget-settings',
    record: settings,
    valuesOf,
    fields: FIELDS,
    reload,
  });
  const { values, setValue, dirty, errors, formError, conflict, reloading, saved } = form;

  // The figures follow what is typed, so the reserve is seen before it is saved.
  const typedTotal = centsOf(values.totalAmount);
  const typedPercent = parseDecimal(values.contingencyPercent);
  const preview =
    typedTotal !== null && typedPercent !== null && typedPercent >= 0 && typedPercent <= 100
      ? { totalAmount: typedTotal, contingencyPercent: typedPercent }
      : settings;
  const reserve = contingencyReserve(preview);
  const allocatable = allocatableAmount(preview);
  const planned = summary.totals.planned;
  const unallocated = allocatable - planned;
  const hasEnvelope = settings.version > 0 || dirty;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(settingsErrors(t, values));
    form.setErrors(found);
    form.setFormError(null);
    if (Object.keys(found).length > 0) return;
    form.submit({
      totalAmount: centsOf(values.totalAmount) ?? 0,
      contingencyPercent: parseDecimal(values.contingencyPercent) ?? 0,
    });
  };

  const separators = numberInputSeparators(fmt.language);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} fz="lg" id={headingId}>
          {t('budget.envelope.title')}
        </Title>
        {!hasEnvelope && (
          <Text size="sm" c="dimmed">
            {t('budget.envelope.none')}
          </Text>
        )}
        <FigureList cols={{ base: 2, sm: 3, lg: 5 }}>
          {hasEnvelope && (
            <>
              <Figure label={t('budget.envelope.total')} value={fmt.money(preview.totalAmount)} />
              <Figure
                label={t('budget.envelope.reserve', { percent: fmt.percent(preview.contingencyPercent) })}
                value={fmt.money(reserve)}
              />
              <Figure label={t('budget.envelope.allocatable')} value={fmt.money(allocatable)} />
            </>
          )}
          <Figure label={t('budget.envelope.planned')} value={fmt.money(planned)} />
          {hasEnvelope &&
            (unallocated >= 0 ? (
              <Figure label={t('budget.envelope.unallocated')} value={fmt.money(unallocated)} />
            ) : (
              <Figure label={t('budget.envelope.excess')} value={fmt.money(-unallocated)} color="red" />
            ))}
        </FigureList>
        {hasEnvelope && unallocated < 0 && (
          <Alert color="red" variant="light" role="alert" title={t('budget.envelope.overTitle')}>
            {!dirty && summary.overAllocation
              ? summary.overAllocation.message[fmt.language]
              : t('budget.envelope.over', { excess: fmt.money(-unallocated), allocatable: fmt.money(allocatable) })}
          </Alert>
        )}
        {canEdit && (
          <form onSubmit={submit} noValidate aria-label={t('budget.envelope.formLabel')}>
            <Stack gap="sm">
              <ConflictNotice state={conflict} reloading={reloading} onReload={() => void form.reloadLatest()} />
              <RefusalAlert error={formError} />
              <Group align="flex-start" gap="md" wrap="wrap">
                <NumberInput
                  label={t('budget.envelope.totalInput', { currency: fmt.currency })}
                  name="totalAmount"
                  hideControls
                  min={0}
                  decimalScale={2}
                  {...separators}
                  value={values.totalAmount}
                  error={errors.totalAmount}
                  onChange={(value) => setValue('totalAmount', value)}
                  w={220}
                />
                <NumberInput
                  label={t('budget.envelope.percentInput')}
                  description={t('budget.envelope.percentHint')}
                  name="contingencyPercent"
                  hideControls
                  min={0}
                  max={100}
                  {...separators}
                  value={values.contingencyPercent}
                  error={errors.contingencyPercent}
                  onChange={(value) => setValue('contingencyPercent', value)}
                  w={220}
                />
              </Group>
              <Group gap="md">
                <Button type="submit" loading={form.saving}>
                  {t('budget.envelope.save')}
                </Button>
                {saved && (
                  <Text size="sm" c="teal" role="status">
                    {t('budget.envelope.saved')}
                  </Text>
                )}
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormError } from '../../forms/FormError';
import { parseDecimal, textOrNull, todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { compact, serverFieldErrors, type FieldErrors } from '../auth/validation';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { validateMeasurement, type MeasurementValues } from './kpiForm';
import { useSaveMeasurement, type ChartResponse } from './trackingApi';
import './texts';

interface MeasurementFormProps {
  planId: string;
  kpiId: string;
  kpi: Pick<ChartResponse, 'name' | 'unit' | 'aggregation'>;
}

const FIELDS = ['date', 'value', 'note'] as const;

/**
 * Types a KPI's value for a day. One manual value per day: entering a day already entered
 * corrects it (the server upserts by KPI, date and source), and the status and forecast follow.
 */
export function MeasurementForm({ planId, kpiId, kpi }: MeasurementFormProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = languageOf(i18n.resolvedLanguage);
  const save = useSaveMeasurement(planId, kpiId);
  const [values, setValues] = useState<MeasurementValues>({ date: todayLocal(), value: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof MeasurementValues>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const set = <K extends keyof MeasurementValues>(name: K, value: MeasurementValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
    setDone(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = compact(validateMeasurement(t, values));
    setErrors(found);
    setFormError(null);
    setDone(null);
    if (Object.keys(found).length > 0) return;
    const item = { date: values.date, value: parseDecimal(values.value) as number, note: textOrNull(values.note) };
    save.mutate(item, {
      onSuccess: (result) => {
        const outcome = result.inserted > 0 ? 'added' : result.updated > 0 ? 'updated' : 'unchanged';
        setDone(t(`tracking.entry.${outcome}`, { date: formatDate(item.date, language) }));
        setValues((current) => ({ ...current, value: '', note: '' }));
      },
      onError: (error) => {
        const byField = isApiError(error) ? serverFieldErrors(t, error, FIELDS) : {};
        setErrors(byField);
        if (Object.keys(byField).length === 0) setFormError(error);
      },
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="md" id={titleId}>
            {t('tracking.entry.title')}
          </Title>
          <FormError error={formError} />
          {done && (
            <Alert color="green" variant="light" role="status">
              {done}
            </Alert>
          )}
          <Group align="flex-start" grow preventGrowOverflow={false}>
            <TextInput
              type="date"
              label={t('tracking.entry.date')}
              required
              name="date"
              value={values.date}
              error={errors.date}
              onChange={(event) => set('date', event.currentTarget.value)}
            />
            <NumberInput
              label={t('tracking.entry.value')}
              description={t(`tracking.aggregationHint.${kpi.aggregation}`)}
              required
              hideControls
              name="value"
              rightSection={kpi.unit ? <span aria-hidden="true">{kpi.unit}</span> : undefined}
              rightSectionWidth={kpi.unit ? 'auto' : undefined}
              value={values.value}
              error={errors.value}
              onChange={(value) => set('value', value)}
              {...numberInputSeparators(language)}
            />
            <TextInput
              label={t('tracking.entry.note')}
              name="note"
              maxLength={500}
              value={values.note}
              error={errors.note}
              onChange={(event) => set('note', event.currentTarget.value)}
            />
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('tracking.entry.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { todayLocal } from '../../forms/values';
import { formatDate } from '../../i18n/format';
import { languageOf, numberInputSeparators, type Language } from '../objectives/format';
import { useSaveResults, type AnalysisArm } from './experimentsApi';
import { PasteResultsModal } from './PasteResultsModal';
import { formatCount, formatMean, formatPercent, versionLabel } from './format';
import { experimentRefusal } from './refusal';
import {
  dateError,
  emptyEntry,
  entryFields,
  resultRows,
  serverEntryErrors,
  validateEntries,
  type ArmEntry,
  type EntryErrors,
  type EntryField,
} from './resultsForm';
import './texts';

interface ResultsSectionProps {
  planId: string;
  experiment: ExperimentEntity;
  variants: readonly ExperimentVariantEntity[];
  arms: readonly AnalysisArm[];
  canEdit: boolean;
}

/** The results so far, arm by arm, and (for editors) the day's figures of every arm, entered in one go. */
export function ResultsSection({ planId, experiment, variants, arms, canEdit }: ResultsSectionProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const language = languageOf(i18n.resolvedLanguage);
  const editable = canEdit && experiment.status !== 'decided';
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState<number | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} fz="md" id={titleId}>
            {t('experiments.results.title')}
          </Title>
          {editable && (
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setPasted(null);
                setPasting(true);
              }}
            >
              {t('experiments.paste.open')}
            </Button>
          )}
        </Group>
        {pasted !== null && (
          <Alert
            color="green"
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setPasted(null)}
            closeButtonLabel={t('common.close')}
          >
            {t('experiments.paste.saved', { count: pasted })}
          </Alert>
        )}
        <ArmTotals metricType={experiment.metricType} arms={arms} language={language} />
        {editable && <ResultsForm planId={planId} experiment={experiment} variants={variants} language={language} />}
      </Stack>
      {pasting && (
        <PasteResultsModal
          planId={planId}
          experiment={experiment}
          variants={variants}
          onSaved={setPasted}
          onClose={() => setPasting(false)}
        />
      )}
    </Paper>
  );
}

function ArmTotals({
  metricType,
  arms,
  language,
}: {
  metricType: ExperimentEntity['metricType'];
  arms: readonly AnalysisArm[];
  language: Language;
}) {
  const { t } = useTranslation();
  const conversion = metricType === 'conversion';
  if (arms.every((arm) => arm.days === 0)) {
    return (
      <Text size="sm" c="dimmed">
        {t('experiments.results.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520} type="native">
      <Table aria-label={t('experiments.results.totals')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('experiments.results.arm')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('experiments.results.days')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('experiments.results.users')}
            </Table.Th>
            {conversion ? (
              <>
                <Table.Th scope="col" ta="right">
                  {t('experiments.results.conversions')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experiments.results.rate')}
                </Table.Th>
              </>
            ) : (
              <>
                <Table.Th scope="col" ta="right">
                  {t('experiments.results.mean')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('experiments.results.sd')}
                </Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {arms.map((arm) => (
            <Table.Tr key={arm.variantId}>
              <Table.Th scope="row">{versionLabel(arm.name, arm.isControl, t('experiments.form.control'))}</Table.Th>
              <Table.Td ta="right">{formatCount(arm.days, language)}</Table.Td>
              <Table.Td ta="right">{formatCount(arm.users, language)}</Table.Td>
              {conversion ? (
                <>
                  <Table.Td ta="right">{formatCount(arm.conversions, language)}</Table.Td>
                  <Table.Td ta="right">
                    {arm.users > 0 && arm.conversions !== null
                      ? formatPercent(arm.conversions / arm.users, language, 2)
                      : '—'}
                  </Table.Td>
                </>
              ) : (
                <>
                  <Table.Td ta="right">{formatMean(arm.mean, language)}</Table.Td>
                  <Table.Td ta="right">{formatMean(arm.sd, language)}</Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ResultsFormProps {
  planId: string;
  experiment: ExperimentEntity;
  variants: readonly ExperimentVariantEntity[];
  language: Language;
}

/** A day's figures per arm; entering a day already entered replaces it (the server upserts by arm and date). */
function ResultsForm({ planId, experiment, variants, language }: ResultsFormProps) {
  const { t, i18n } = useTranslation();
  const save = useSaveResults(planId, experiment.id);
  const [date, setDate] = useState(todayLocal());
  const [entries, setEntries] = useState<Record<string, ArmEntry>>(() =>
    Object.fromEntries(variants.map((variant) => [variant.id, emptyEntry()])),
  );
  const [errors, setErrors] = useState<EntryErrors>({});
  const [dateMessage, setDateMessage] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const fields = entryFields(experiment.metricType);

  const change = (variantId: string, field: EntryField, value: ArmEntry[EntryField]) => {
    setEntries((current) => ({ ...current, [variantId]: { ...(current[variantId] ?? emptyEntry()), [field]: value } }));
    setErrors((current) => ({ ...current, [variantId]: { ...current[variantId], [field]: undefined } }));
    setDone(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateEntries(t, experiment.metricType, entries);
    const badDate = dateError(t, date);
    const rows = resultRows(
      experiment.metricType,
      date,
      variants.map((variant) => variant.id),
      entries,
    );
    setErrors(found);
    setDateMessage(badDate);
    setDone(null);
    setFormError(null);
    if (Object.keys(found).length > 0 || badDate) return;
    if (rows.length === 0) {
      setFormError(t('experiments.results.errors.empty'));
      return;
    }
    save.mutate(rows, {
      onSuccess: () => {
        setDone(t('experiments.results.saved', { count: rows.length, date: formatDate(date, language) }));
        setEntries(Object.fromEntries(variants.map((variant) => [variant.id, emptyEntry()])));
      },
      onError: (error) => {
        const byArm = isApiError(error) ? serverEntryErrors(t, error, rows, i18n.resolvedLanguage) : {};
        setErrors(byArm);
        if (Object.keys(byArm).length === 0) setFormError(error);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('experiments.results.formTitle')}>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('experiments.results.formTitle')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('experiments.results.formHint')}
        </Text>
        {formError !== null && (
          <Alert color="red" variant="light" role="alert">
            {typeof formError === 'string' ? formError : experimentRefusal(t, formError, i18n.resolvedLanguage)}
          </Alert>
        )}
        {done && (
          <Alert color="green" variant="light" role="status">
            {done}
          </Alert>
        )}
        <TextInput
          type="date"
          w={200}
          label={t('experiments.results.date')}
          required
          name="date"
          value={date}
          error={dateMessage}
          onChange={(event) => {
            setDate(event.currentTarget.value);
            setDateMessage(undefined);
          }}
        />
        <Table.ScrollContainer minWidth={520} type="native">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('experiments.results.arm')}</Table.Th>
                {fields.map((field) => (
                  <Table.Th scope="col" key={field}>
                    {t(`experiments.results.${field}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {variants.map((variant) => (
                <Table.Tr key={variant.id}>
                  <Table.Th scope="row">{variant.name}</Table.Th>
                  {fields.map((field) => (
                    <Table.Td key={field}>
                      <NumberInput
                        aria-label={t(`experiments.results.fieldLabel.${field}`, { name: variant.name })}
                        hideControls
                        min={0}
                        value={entries[variant.id]?.[field] ?? ''}
                        error={errors[variant.id]?.[field]}
                        onChange={(value) => change(variant.id, field, value)}
                        {...numberInputSeparators(language)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('experiments.results.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

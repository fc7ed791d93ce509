import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview, PreviewTable } from '../../../contract/imports.js';
import type { KpiEntity } from '../../../contract/entity-types.js';
import { formatDate } from '../../i18n/format';
import { importErrorMessage, languageOf } from './messages';
import {
  DATE_FORMATS,
  filterErrorKey,
  kpiErrorKey,
  mappableColumns,
  mappingFromDraft,
  validateDraft,
  type DraftErrors,
  type DraftProblem,
  type MappingDraft,
} from './mappingDraft';
import { kindLabel, tableName } from './PreviewStep';
import { LoadSavedMapping, SaveMapping, type SavedBase } from './SavedMappingsPanel';
import './texts';

/** A refusal of the server that sent the user back to the mapping. */
export interface MappingProblem {
  error: unknown;
  fields: DraftErrors;
}

interface MappingStepProps {
  planId: string;
  preview: ImportPreview;
  table: PreviewTable;
  kpis: readonly KpiEntity[];
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  savedBase: SavedBase | null;
  onSavedBaseChange: (base: SavedBase | null) => void;
  problem: MappingProblem | null;
  onBack: () => void;
  onSubmit: (mapping: ImportMapping) => void;
}

export function draftProblemText(t: TFunction, problem: DraftProblem | undefined): string | undefined {
  return problem ? t(`imports.mapping.errors.${problem}`) : undefined;
}

/**
 * Step 3: where the date comes from, how numbers are written, which column feeds which KPI, the
 * source recorded, optional filters; saved mappings can be applied and the current one saved.
 */
export function MappingStep(props: MappingStepProps) {
  const { planId, preview, table, kpis, draft, onChange, problem, onBack, onSubmit } = props;
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const formId = useId();
  const [errors, setErrors] = useState<DraftErrors>(problem?.fields ?? {});
  const [showAll, setShowAll] = useState(false);
  const [nextFilterId, setNextFilterId] = useState(() => Math.max(0, ...draft.filters.map((f) => f.id)) + 1);

  const update = (changes: Partial<MappingDraft>, clear: string[] = []) => {
    onChange({ ...draft, ...changes });
    if (clear.some((key) => errors[key])) {
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clear.includes(key))));
    }
  };

  /** Runs the checks and shows what to fix; true when the draft can be sent. */
  const check = (): boolean => {
    const found = validateDraft(table, draft);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check()) onSubmit(mappingFromDraft(table, draft));
  };

  const columns = mappableColumns(table, draft, showAll);
  const hidden = mappableColumns(table, draft, true).length - mappableColumns(table, draft).length;
  const dateColumns = [...table.columns].sort((a, b) => Number(b.kind === 'date') - Number(a.kind === 'date'));
  const kpiOptions = [
    { value: '', label: t('imports.mapping.ignore') },
    ...kpis.map((kpi) => ({ value: kpi.key, label: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name })),
  ];
  const columnOptions = (withEmpty: boolean) => [
    ...(withEmpty ? [{ value: '', label: t('imports.mapping.chooseColumn') }] : []),
    ...table.columns.map((column) => ({ value: column.name, label: column.name })),
  ];
  const fixedDateHint = table.period ?? preview.period;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {preview.tables.length > 1 && `${t('imports.mapping.chosenTable', { table: tableName(t, table) })} `}
        {t('imports.mapping.intro')}
      </Text>

      <LoadSavedMapping
        planId={planId}
        table={table}
        kpis={kpis}
        draft={draft}
        onApply={(applied) => {
          onChange(applied);
          setErrors({});
          setNextFilterId(Math.max(0, ...applied.filters.map((f) => f.id)) + 1);
        }}
        onBaseChange={props.onSavedBaseChange}
      />

      <form id={formId} noValidate onSubmit={submit}>
        <Stack gap="lg">
          {problem && (
            <Alert color="red" variant="light" role="alert" title={t('imports.mapping.refusedTitle')}>
              {importErrorMessage(t, problem.error, language)}
            </Alert>
          )}

          <Fieldset legend={t('imports.mapping.dateLegend')}>
            <Stack gap="sm">
              <Radio.Group
                label={t('imports.mapping.dateMode')}
                value={draft.dateMode}
                onChange={(value) =>
                  update({ dateMode: value === 'fixed' ? 'fixed' : 'column' }, ['dateColumn', 'fixedDate'])
                }
              >
                <Group gap="lg" mt={4}>
                  <Radio value="column" label={t('imports.mapping.dateFromColumn')} />
                  <Radio value="fixed" label={t('imports.mapping.dateFixed')} />
                </Group>
              </Radio.Group>
              {draft.dateMode === 'column' ? (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <NativeSelect
                    label={t('imports.mapping.dateColumn')}
                    required
                    value={draft.dateColumn}
                    data={[
                      ...(draft.dateColumn ? [] : [{ value: '', label: t('imports.mapping.chooseColumn') }]),
                      ...dateColumns.map((column) => ({
                        value: column.name,
                        label: `${column.name} — ${kindLabel(t, column)}`,
                      })),
                    ]}
                    error={draftProblemText(t, errors.dateColumn)}
                    onChange={(event) => {
                      const name = event.currentTarget.value;
                      const column = table.columns.find((c) => c.name === name);
                      update({ dateColumn: name, dateFormat: column?.dateFormat ?? draft.dateFormat }, ['dateColumn']);
                    }}
                  />
                  <NativeSelect
                    label={t('imports.mapping.dateFormat')}
                    description={
                      table.columns.find((c) => c.name === draft.dateColumn)?.dateAmbiguous
                        ? t('imports.mapping.dateAmbiguous')
                        : undefined
                    }
                    value={draft.dateFormat}
                    data={[
                      { value: '', label: t('imports.mapping.detect') },
                      ...DATE_FORMATS.map((format) => ({ value: format, label: t(`imports.dateFormats.${format}`) })),
                    ]}
                    onChange={(event) =>
                      update({ dateFormat: event.currentTarget.value as MappingDraft['dateFormat'] })
                    }
                  />
                </SimpleGrid>
              ) : (
                <TextInput
                  type="date"
                  label={t('imports.mapping.fixedDate')}
                  description={
                    fixedDateHint
                      ? t('imports.mapping.fixedDateHintPeriod', { end: formatDate(fixedDateHint.end, language) })
                      : t('imports.mapping.fixedDateHint')
                  }
                  required
                  maw={320}
                  value={draft.fixedDate}
                  error={draftProblemText(t, errors.fixedDate)}
                  onChange={(event) => update({ fixedDate: event.currentTarget.value }, ['fixedDate'])}
                />
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('imports.mapping.columnsLegend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('imports.mapping.columnsHint')}
              </Text>
              {columns.length === 0 && (
                <Alert color="orange" variant="light">
                  {t('imports.mapping.noNumericColumn')}
                </Alert>
              )}
              {(hidden > 0 || showAll) && (
                <Checkbox
                  label={t('imports.mapping.showAllColumns')}
                  description={t('imports.mapping.showAllColumnsHint')}
                  checked={showAll}
                  onChange={(event) => setShowAll(event.currentTarget.checked)}
                />
              )}
              {columns.length > 0 && (
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  {columns.map((column) => (
                    <NativeSelect
                      key={column.index}
                      label={t('imports.mapping.kpiFor', { column: column.name })}
                      description={`${kindLabel(t, column)} · ${column.samples.slice(0, 3).join(', ')}`}
                      value={draft.kpiByColumn[column.name] ?? ''}
                      data={kpiOptions}
                      error={draftProblemText(t, errors[kpiErrorKey(column.name)])}
                      onChange={(event) =>
                        update({ kpiByColumn: { ...draft.kpiByColumn, [column.name]: event.currentTarget.value } }, [
                          'columns',
                          ...columns.map((c) => kpiErrorKey(c.name)),
                        ])
                      }
                    />
                  ))}
                </SimpleGrid>
              )}
              {errors.columns && (
                <Text size="sm" c="red" role="alert">
                  {draftProblemText(t, errors.columns)}
                </Text>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('imports.mapping.readingLegend')}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NativeSelect
                label={t('imports.mapping.decimalSeparator')}
                value={draft.decimalSeparator}
                data={[
                  { value: '', label: t('imports.mapping.detectPerColumn') },
                  { value: '.', label: t('imports.mapping.decimalPoint') },
                  { value: ',', label: t('imports.mapping.decimalComma') },
                ]}
                onChange={(event) =>
                  update({ decimalSeparator: event.currentTarget.value as MappingDraft['decimalSeparator'] })
                }
              />
              <TextInput
                label={t('imports.mapping.source')}
                description={t('imports.mapping.sourceHint')}
                required
                maxLength={100}
                value={draft.source}
                error={draftProblemText(t, errors.source)}
                onChange={(event) => update({ source: event.currentTarget.value }, ['source'])}
              />
            </SimpleGrid>
            <Checkbox
              mt="md"
              label={t('imports.mapping.sumDuplicates')}
              description={t('imports.mapping.sumDuplicatesHint')}
              checked={draft.sumDuplicates}
              onChange={(event) => update({ sumDuplicates: event.currentTarget.checked })}
            />
          </Fieldset>

          <Fieldset legend={t('imports.mapping.filtersLegend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('imports.mapping.filtersHint')}
              </Text>
              {draft.filters.map((filter, index) => (
                <Group key={filter.id} align="flex-end" gap="sm" wrap="wrap">
                  <NativeSelect
                    label={t('imports.mapping.filterColumn', { number: index + 1 })}
                    value={filter.column}
                    data={columnOptions(!filter.column)}
                    error={draftProblemText(t, errors[filterErrorKey(filter.id)])}
                    style={{ flex: '1 1 12rem' }}
                    onChange={(event) =>
                      update(
                        {
                          filters: draft.filters.map((f) =>
                            f.id === filter.id ? { ...f, column: event.currentTarget.value } : f,
                          ),
                        },
                        [filterErrorKey(filter.id)],
                      )
                    }
                  />
                  <TextInput
                    label={t('imports.mapping.filterValue', { number: index + 1 })}
                    value={filter.equals}
                    maxLength={1000}
                    style={{ flex: '1 1 12rem' }}
                    onChange={(event) =>
                      update({
                        filters: draft.filters.map((f) =>
                          f.id === filter.id ? { ...f, equals: event.currentTarget.value } : f,
                        ),
                      })
                    }
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      update({ filters: draft.filters.filter((f) => f.id !== filter.id) }, [filterErrorKey(filter.id)])
                    }
                  >
                    {t('imports.mapping.removeFilter', { number: index + 1 })}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  disabled={draft.filters.length >= 20}
                  onClick={() => {
                    update({ filters: [...draft.filters, { id: nextFilterId, column: '', equals: '' }] });
                    setNextFilterId((id) => id + 1);
                  }}
                >
                  {t('imports.mapping.addFilter')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        </Stack>
      </form>

      <SaveMapping
        planId={planId}
        table={table}
        draft={draft}
        check={check}
        base={props.savedBase}
        onBaseChange={props.onSavedBaseChange}
      />

      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('imports.mapping.back')}
        </Button>
        <Button type="submit" form={formId}>
          {t('imports.mapping.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Group, NativeSelect, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CorrectiveActionEntity, KpiEntity, PersonEntity } from '../../../contract/entity-types.js';
import type { KpiStatusReport } from '../../../core/kpi/index.js';
import { isApiError } from '../../api/client';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { formatDate } from '../../i18n/format';
import { languageOf } from '../objectives/format';
import { correctiveBody, correctiveValues, validateCorrective, type CorrectiveValues } from './correctiveForm';
import { CORRECTIVE_STATUSES, type CorrectiveStatus } from './correctiveModel';
import { formatKpiValue, formatVariance } from './format';
import { KpiStatusBadge } from './StatusBadges';
import './texts';

interface CorrectiveActionEditorModalProps {
  planId: string;
  /** The action to edit, or null to create one. */
  entity: CorrectiveActionEntity | null;
  /** The KPI a new action is about (from an alert, or the KPI page). */
  presetKpiId?: string | null | undefined;
  kpis: readonly KpiEntity[];
  /** The engine's status of each KPI, by KPI id. */
  reports: ReadonlyMap<string, KpiStatusReport>;
  people: readonly PersonEntity[];
  onClose: () => void;
}

/** Create or edit a corrective action: the KPI it answers, what is done, who, by when, and the outcome. */
export function CorrectiveActionEditorModal(props: CorrectiveActionEditorModalProps) {
  const { planId, entity, kpis, people, reports, onClose } = props;
  const { t } = useTranslation();
  const editor = useEntityEditor<'corrective-actions', CorrectiveValues>({
    planId,
    collection: 'corrective-actions',
    entity,
    initialValues: correctiveValues(entity, props.presetKpiId ?? null),
    validate: (values) => validateCorrective(t, values),
    toBody: correctiveBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field } = editor;
  // The shared frame words a refusal by its status; the server's own reason is more precise.
  const refusal = isApiError(editor.formError) ? editor.formError.detail : undefined;
  const none = { value: '', label: t('corrective.form.none') };
  const selectedKpi = kpis.find((kpi) => kpi.id === values.kpiId) ?? null;
  const report = values.kpiId ? (reports.get(values.kpiId) ?? null) : null;

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'corrective.form.editTitle' : 'corrective.form.createTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      {refusal && (
        <Text size="sm" c="red.8">
          {refusal}
        </Text>
      )}
      <NativeSelect
        label={t('corrective.form.kpi')}
        name="kpiId"
        required
        value={values.kpiId ?? ''}
        error={errors.kpiId}
        data={[
          { value: '', label: t('corrective.form.chooseKpi') },
          ...kpis.map((kpi) => ({ value: kpi.id, label: kpi.name })),
        ]}
        onChange={(event) => setValue('kpiId', event.currentTarget.value || null)}
      />
      {selectedKpi && report && <KpiSituation kpi={selectedKpi} report={report} />}
      <TextInput
        label={t('corrective.form.title')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('corrective.form.titlePlaceholder')}
        {...field('title')}
      />
      <Textarea label={t('corrective.form.description')} rows={2} {...field('description')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('corrective.form.owner')}
          name="ownerId"
          description={people.length === 0 ? t('corrective.form.ownerNone') : undefined}
          value={values.ownerId ?? ''}
          error={errors.ownerId}
          data={[none, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          onChange={(event) => setValue('ownerId', event.currentTarget.value || null)}
        />
        <TextInput type="date" label={t('corrective.form.deadline')} {...field('deadline')} />
        <NativeSelect
          label={t('corrective.form.status')}
          name="status"
          value={values.status}
          error={errors.status}
          data={CORRECTIVE_STATUSES.map((status) => ({ value: status, label: t(`corrective.status.${status}`) }))}
          onChange={(event) => setValue('status', event.currentTarget.value as CorrectiveStatus)}
        />
      </SimpleGrid>
      <Textarea
        label={t('corrective.form.outcome')}
        description={t('corrective.form.outcomeHint')}
        rows={2}
        {...field('outcome')}
      />
    </EntityFormModal>
  );
}

/** Where the chosen KPI stands, so the action is decided against the numbers. */
function KpiSituation({ kpi, report }: { kpi: KpiEntity; report: KpiStatusReport }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <KpiStatusBadge status={report.status} />
      <Text size="sm" c="dimmed">
        {report.latestMeasurementDate && report.expected !== null
          ? t('corrective.form.situation', {
              actual: formatKpiValue(report.actual, kpi.unit, language),
              expected: formatKpiValue(report.expected, kpi.unit, language),
              date: formatDate(report.latestMeasurementDate, language),
              variance: report.variance ? formatVariance(report.variance, kpi.unit, language) : '—',
            })
          : report.note
            ? report.note[language]
            : null}
      </Text>
    </Group>
  );
}

import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import { kpiDirections } from '../../../contract/enums.js';
import { useCollectionQuery } from '../../api/collections';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { kpiBody, kpiValues, validateKpi, type KpiValues } from './kpiForm';
import './texts';

interface KpiEditorModalProps {
  planId: string;
  /** The KPI to edit, or null to create one. */
  entity: KpiEntity | null;
  onClose: () => void;
}

/** Create or edit a KPI: what is measured, how days add up, where it should go, and what it serves. */
export function KpiEditorModal({ planId, entity, onClose }: KpiEditorModalProps) {
  const { t, i18n } = useTranslation();
  const separators = numberInputSeparators(languageOf(i18n.resolvedLanguage));
  const objectives = useCollectionQuery(planId, 'objectives');
  const keyResults = useCollectionQuery(planId, 'key-results');
  const strategies = useCollectionQuery(planId, 'strategies');
  const editor = useEntityEditor<'kpis', KpiValues>({
    planId,
    collection: 'kpis',
    entity,
    initialValues: kpiValues(entity),
    validate: (values) => validateKpi(t, values),
    toBody: kpiBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field, numberField } = editor;
  const none = { value: '', label: t('tracking.form.none') };
  const link = (name: 'objectiveId' | 'keyResultId' | 'strategyId', options: { value: string; label: string }[]) => (
    <NativeSelect
      label={t(`tracking.form.${name}`)}
      name={name}
      value={values[name] ?? ''}
      error={errors[name]}
      data={[none, ...options]}
      onChange={(event) => setValue(name, event.currentTarget.value || null)}
    />
  );

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'tracking.form.editTitle' : 'tracking.form.createTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('tracking.form.name')}
          required
          data-autofocus
          maxLength={300}
          placeholder={t('tracking.form.namePlaceholder')}
          {...field('name')}
        />
        <TextInput
          label={t('tracking.form.unit')}
          maxLength={40}
          placeholder={t('tracking.form.unitPlaceholder')}
          {...field('unit')}
        />
      </SimpleGrid>
      <Textarea label={t('tracking.form.description')} rows={2} {...field('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('tracking.form.direction')}
          name="direction"
          value={values.direction}
          data={kpiDirections.map((value) => ({
            value,
            label: t(`tracking.direction.${value}`),
          }))}
          onChange={(event) => setValue('direction', event.currentTarget.value as KpiValues['direction'])}
        />
        <NativeSelect
          label={t('tracking.form.aggregation')}
          name="aggregation"
          description={t(`tracking.aggregationHint.${values.aggregation}`)}
          value={values.aggregation}
          data={(['last', 'average', 'sum'] as const).map((value) => ({
            value,
            label: t(`tracking.aggregation.${value}`),
          }))}
          onChange={(event) => setValue('aggregation', event.currentTarget.value as KpiValues['aggregation'])}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={t('tracking.form.baseline')} hideControls {...separators} {...numberField('baseline')} />
        <NumberInput label={t('tracking.form.target')} hideControls {...separators} {...numberField('target')} />
        <TextInput type="date" label={t('tracking.form.targetDate')} {...field('targetDate')} />
      </SimpleGrid>
      <NumberInput
        label={t('tracking.form.tolerancePercent')}
        description={t('tracking.form.toleranceHint')}
        min={0}
        max={100}
        {...separators}
        {...numberField('tolerancePercent')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {link(
          'objectiveId',
          (objectives.data ?? []).map((o) => ({ value: o.id, label: o.title })),
        )}
        {link(
          'keyResultId',
          (keyResults.data ?? []).map((kr) => ({ value: kr.id, label: kr.title })),
        )}
        {link(
          'strategyId',
          (strategies.data ?? []).map((s) => ({ value: s.id, label: s.name })),
        )}
      </SimpleGrid>
    </EntityFormModal>
  );
}

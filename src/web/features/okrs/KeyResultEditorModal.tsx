import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyResultEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { parseDecimal } from '../../forms/values';
import { requiredError } from '../auth/validation';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { keyResultBody, keyResultValues, type KeyResultValues } from './okrForm';
import './texts';

interface KeyResultEditorModalProps {
  planId: string;
  okrObjectiveId: string;
  /** The key result to edit, or null to add one to the OKR. */
  entity: KeyResultEntity | null;
  onClose: () => void;
}

/** Add or edit a key result: what is measured, from where to where, and how much it weighs. */
export function KeyResultEditorModal({ planId, okrObjectiveId, entity, onClose }: KeyResultEditorModalProps) {
  const { t, i18n } = useTranslation();
  const separators = numberInputSeparators(languageOf(i18n.resolvedLanguage));
  const editor = useEntityEditor<'key-results', KeyResultValues>({
    planId,
    collection: 'key-results',
    entity,
    initialValues: keyResultValues(entity),
    validate: (values) => {
      const weight = parseDecimal(values.weight);
      return {
        title: requiredError(t, values.title),
        targetValue: parseDecimal(values.targetValue) === null ? t('form.required') : undefined,
        weight: weight !== null && (weight < 0 || weight > 100) ? t('okrs.form.weightRange') : undefined,
      };
    },
    toBody: (values) => keyResultBody(values, okrObjectiveId),
    onSaved: onClose,
  });
  const { field, numberField } = editor;

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'okrs.form.krEditTitle' : 'okrs.form.krCreateTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('okrs.form.title')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('okrs.form.krTitlePlaceholder')}
        {...field('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('okrs.form.metric')} {...field('metric')} />
        <TextInput label={t('okrs.form.unit')} maxLength={40} {...field('unit')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('okrs.form.startValue')} hideControls {...separators} {...numberField('startValue')} />
        <NumberInput
          label={t('okrs.form.targetValue')}
          required
          hideControls
          {...separators}
          {...numberField('targetValue')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('okrs.form.currentValue')}
          description={t('okrs.form.currentValueHint')}
          hideControls
          {...separators}
          {...numberField('currentValue')}
        />
        <NumberInput
          label={t('okrs.form.weight')}
          description={t('okrs.form.weightHint')}
          min={0}
          max={100}
          hideControls
          {...separators}
          {...numberField('weight')}
        />
      </SimpleGrid>
    </EntityFormModal>
  );
}

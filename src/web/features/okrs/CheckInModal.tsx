import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyResultEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { parseDecimal, todayLocal } from '../../forms/values';
import { requiredError } from '../auth/validation';
import { formatQuantity, languageOf, numberInputSeparators } from '../objectives/format';
import { checkInBody, checkInValues, type CheckInValues } from './okrForm';
import './texts';

interface CheckInModalProps {
  planId: string;
  keyResult: KeyResultEntity;
  /** Where the key result stands now, shown as a reminder. */
  currentValue: number | null;
  onClose: () => void;
}

/** Records where a key result stands on a date, and how confident the team is to reach it. */
export function CheckInModal({ planId, keyResult, currentValue, onClose }: CheckInModalProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const separators = numberInputSeparators(language);
  const editor = useEntityEditor<'check-ins', CheckInValues>({
    planId,
    collection: 'check-ins',
    entity: null,
    initialValues: checkInValues(todayLocal()),
    validate: (values) => {
      const confidence = parseDecimal(values.confidence);
      return {
        date: requiredError(t, values.date),
        value: parseDecimal(values.value) === null ? t('form.required') : undefined,
        confidence:
          confidence !== null && (confidence < 0 || confidence > 100) ? t('okrs.checkIn.confidenceRange') : undefined,
      };
    },
    toBody: (values) => checkInBody(values, keyResult.id),
    onSaved: onClose,
  });
  const { field, numberField } = editor;

  return (
    <EntityFormModal
      editor={editor}
      title={t('okrs.checkIn.title', { name: keyResult.title })}
      size="md"
      gap="sm"
      onClose={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('okrs.checkIn.date')} required {...field('date')} />
        <NumberInput
          label={t('okrs.checkIn.value')}
          required
          data-autofocus
          description={
            currentValue === null
              ? undefined
              : t('okrs.checkIn.valueHint', { value: formatQuantity(currentValue, keyResult.unit, language) })
          }
          rightSection={keyResult.unit ? <span aria-hidden="true">{keyResult.unit}</span> : undefined}
          rightSectionWidth={keyResult.unit ? 'auto' : undefined}
          hideControls
          {...separators}
          {...numberField('value')}
        />
      </SimpleGrid>
      <NumberInput
        label={t('okrs.checkIn.confidence')}
        description={t('okrs.checkIn.confidenceHint')}
        min={0}
        max={100}
        {...separators}
        {...numberField('confidence')}
      />
      <Textarea label={t('okrs.checkIn.note')} rows={3} {...field('note')} />
    </EntityFormModal>
  );
}

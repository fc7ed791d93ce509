import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyResultEntity } from '../../../contract/entity-types.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { formatQuantity, languageOf, numberInputSeparators } from '../objectives/format';
import { parseDecimal, todayLocal } from '../objectives/objectiveForm';
import { checkInBody, checkInValues, type CheckInValues } from './okrForm';

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
  const { values, setValue, errors } = editor;

  return (
    <Modal opened onClose={onClose} title={t('okrs.checkIn.title', { name: keyResult.title })} size="md">
      <form onSubmit={editor.submit} noValidate>
        <Stack gap="sm">
          <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
          <FormError error={editor.formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('okrs.checkIn.date')}
              name="date"
              required
              value={values.date}
              error={errors.date}
              onChange={(event) => setValue('date', event.currentTarget.value)}
            />
            <NumberInput
              label={t('okrs.checkIn.value')}
              name="value"
              required
              data-autofocus
              description={
                currentValue === null
                  ? undefined
                  : t('okrs.checkIn.valueHint', { value: formatQuantity(currentValue, keyResult.unit, language) })
              }
              rightSection={keyResult.unit ? <span aria-hidden="true">{keyResult.unit}</span> : undefined}
              rightSectionWidth={keyResult.unit ? 'auto' : undefined}
              value={values.value}
              error={errors.value}
              onChange={(value) => setValue('value', value)}
              hideControls
              {...separators}
            />
          </SimpleGrid>
          <NumberInput
            label={t('okrs.checkIn.confidence')}
            name="confidence"
            description={t('okrs.checkIn.confidenceHint')}
            min={0}
            max={100}
            value={values.confidence}
            error={errors.confidence}
            onChange={(value) => setValue('confidence', value)}
            {...separators}
          />
          <Textarea
            label={t('okrs.checkIn.note')}
            name="note"
            rows={3}
            value={values.note}
            error={errors.note}
            onChange={(event) => setValue('note', event.currentTarget.value)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={editor.saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

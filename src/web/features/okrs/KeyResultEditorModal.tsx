import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeyResultEntity } from '../../../contract/entity-types.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { languageOf, numberInputSeparators } from '../objectives/format';
import { parseDecimal } from '../objectives/objectiveForm';
import { keyResultBody, keyResultValues, type KeyResultValues } from './okrForm';

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
  const { values, setValue, errors } = editor;
  const numberField = (
    field: 'startValue' | 'targetValue' | 'currentValue' | 'weight',
    label: string,
    extra: { description?: string; required?: boolean; min?: number; max?: number } = {},
  ) => (
    <NumberInput
      label={label}
      name={field}
      value={values[field]}
      error={errors[field]}
      onChange={(value) => setValue(field, value)}
      hideControls
      {...separators}
      {...extra}
    />
  );

  return (
    <Modal opened onClose={onClose} title={t(entity ? 'okrs.form.krEditTitle' : 'okrs.form.krCreateTitle')} size="lg">
      <form onSubmit={editor.submit} noValidate>
        <Stack gap="sm">
          <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
          <FormError error={editor.formError} />
          <TextInput
            label={t('okrs.form.title')}
            name="title"
            required
            data-autofocus
            maxLength={500}
            placeholder={t('okrs.form.krTitlePlaceholder')}
            value={values.title}
            error={errors.title}
            onChange={(event) => setValue('title', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('okrs.form.metric')}
              name="metric"
              value={values.metric}
              error={errors.metric}
              onChange={(event) => setValue('metric', event.currentTarget.value)}
            />
            <TextInput
              label={t('okrs.form.unit')}
              name="unit"
              maxLength={40}
              value={values.unit}
              error={errors.unit}
              onChange={(event) => setValue('unit', event.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {numberField('startValue', t('okrs.form.startValue'))}
            {numberField('targetValue', t('okrs.form.targetValue'), { required: true })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {numberField('currentValue', t('okrs.form.currentValue'), {
              description: t('okrs.form.currentValueHint'),
            })}
            {numberField('weight', t('okrs.form.weight'), { description: t('okrs.form.weightHint'), min: 0, max: 100 })}
          </SimpleGrid>
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

import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectiveEntity, OkrObjectiveEntity, PersonEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { okrBody, okrValues, type OkrValues } from './okrForm';
import './texts';

interface OkrEditorModalProps {
  planId: string;
  /** The OKR to edit, or null to create one. */
  entity: OkrObjectiveEntity | null;
  objectives: readonly ObjectiveEntity[];
  people: readonly PersonEntity[];
  onClose: () => void;
}

/** Create or edit an OKR objective: its title, period, owner and the SMART objective it serves. */
export function OkrEditorModal({ planId, entity, objectives, people, onClose }: OkrEditorModalProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor<'okr-objectives', OkrValues>({
    planId,
    collection: 'okr-objectives',
    entity,
    initialValues: okrValues(entity),
    validate: (values) => ({
      title: requiredError(t, values.title),
      periodEnd:
        values.periodStart && values.periodEnd && values.periodEnd < values.periodStart
          ? t('okrs.form.periodOrder')
          : undefined,
    }),
    toBody: okrBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field } = editor;
  const none = { value: '', label: t('okrs.form.none') };

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'okrs.form.editTitle' : 'okrs.form.createTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('okrs.form.title')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('okrs.form.titlePlaceholder')}
        {...field('title')}
      />
      <Textarea label={t('okrs.form.description')} rows={2} {...field('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('okrs.form.periodStart')} {...field('periodStart')} />
        <TextInput type="date" label={t('okrs.form.periodEnd')} {...field('periodEnd')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('okrs.form.owner')}
          name="ownerId"
          description={people.length === 0 ? t('okrs.form.ownerNone') : undefined}
          value={values.ownerId ?? ''}
          error={errors.ownerId}
          data={[none, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          onChange={(event) => setValue('ownerId', event.currentTarget.value || null)}
        />
        <NativeSelect
          label={t('okrs.form.objective')}
          name="objectiveId"
          value={values.objectiveId ?? ''}
          error={errors.objectiveId}
          data={[none, ...objectives.map((objective) => ({ value: objective.id, label: objective.title }))]}
          onChange={(event) => setValue('objectiveId', event.currentTarget.value || null)}
        />
      </SimpleGrid>
    </EntityFormModal>
  );
}

import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectiveEntity, OkrObjectiveEntity, PersonEntity } from '../../../contract/entity-types.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { okrBody, okrValues, type OkrValues } from './okrForm';

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
  const { values, setValue, errors } = editor;
  const none = { value: '', label: t('okrs.form.none') };

  return (
    <Modal opened onClose={onClose} title={t(entity ? 'okrs.form.editTitle' : 'okrs.form.createTitle')} size="lg">
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
            placeholder={t('okrs.form.titlePlaceholder')}
            value={values.title}
            error={errors.title}
            onChange={(event) => setValue('title', event.currentTarget.value)}
          />
          <Textarea
            label={t('okrs.form.description')}
            name="description"
            rows={2}
            value={values.description}
            error={errors.description}
            onChange={(event) => setValue('description', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('okrs.form.periodStart')}
              name="periodStart"
              value={values.periodStart}
              error={errors.periodStart}
              onChange={(event) => setValue('periodStart', event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t('okrs.form.periodEnd')}
              name="periodEnd"
              value={values.periodEnd}
              error={errors.periodEnd}
              onChange={(event) => setValue('periodEnd', event.currentTarget.value)}
            />
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

import { Autocomplete, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActionEntity, ContentItemEntity, PersonaEntity, PersonEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { CONTENT_STATUSES, type ContentStatus } from './calendarModel';
import { contentBody, contentValues, validateContent, type ContentValues } from './contentForm';
import './texts';

interface ContentItemEditorProps {
  planId: string;
  /** The item to edit, or null to create one. */
  entity: ContentItemEntity | null;
  /** The publish date of a new item (the day clicked in the grid). */
  day: string | null;
  actions: readonly ActionEntity[];
  personas: readonly PersonaEntity[];
  people: readonly PersonEntity[];
  channels: readonly string[];
  onClose: () => void;
}

/** Create or edit a content item: what is published, when, on which channel, for which persona and action. */
export function ContentItemEditor(props: ContentItemEditorProps) {
  const { planId, entity, day, actions, personas, people, channels, onClose } = props;
  const { t } = useTranslation();
  const editor = useEntityEditor<'content-items', ContentValues>({
    planId,
    collection: 'content-items',
    entity,
    initialValues: contentValues(entity, day),
    validate: (values) => validateContent(t, values),
    toBody: contentBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field } = editor;
  const none = { value: '', label: t('calendar.form.none') };

  return (
    <EntityFormModal
      editor={editor}
      title={entity ? t('calendar.form.editTitle', { title: entity.title }) : t('calendar.form.createTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
      disableSaveWhenGone
    >
      <TextInput
        label={t('calendar.form.title')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('calendar.form.titlePlaceholder')}
        {...field('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('calendar.form.publishDate')}
          description={t('calendar.form.publishDateHint')}
          {...field('publishDate')}
        />
        <NativeSelect
          label={t('calendar.form.status')}
          name="status"
          value={values.status}
          error={errors.status}
          data={CONTENT_STATUSES.map((status) => ({ value: status, label: t(`calendar.status.${status}`) }))}
          onChange={(event) => setValue('status', event.currentTarget.value as ContentStatus)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete
          label={t('calendar.form.channel')}
          name="channel"
          maxLength={100}
          placeholder={t('calendar.form.channelPlaceholder')}
          data={[...channels]}
          value={values.channel}
          error={errors.channel}
          onChange={(value) => setValue('channel', value)}
        />
        <TextInput
          label={t('calendar.form.format')}
          maxLength={100}
          placeholder={t('calendar.form.formatPlaceholder')}
          {...field('format')}
        />
      </SimpleGrid>
      <NativeSelect
        label={t('calendar.form.action')}
        name="actionId"
        description={actions.length === 0 ? t('calendar.form.actionNone') : undefined}
        value={values.actionId ?? ''}
        error={errors.actionId}
        data={[none, ...actions.map((action) => ({ value: action.id, label: action.title }))]}
        onChange={(event) => setValue('actionId', event.currentTarget.value || null)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('calendar.form.persona')}
          name="personaId"
          value={values.personaId ?? ''}
          error={errors.personaId}
          data={[none, ...personas.map((persona) => ({ value: persona.id, label: persona.name }))]}
          onChange={(event) => setValue('personaId', event.currentTarget.value || null)}
        />
        <NativeSelect
          label={t('calendar.form.owner')}
          name="ownerId"
          value={values.ownerId ?? ''}
          error={errors.ownerId}
          data={[none, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          onChange={(event) => setValue('ownerId', event.currentTarget.value || null)}
        />
      </SimpleGrid>
      <Textarea label={t('calendar.form.notes')} rows={3} autosize maxRows={8} {...field('notes')} />
    </EntityFormModal>
  );
}

import { Fieldset, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonaEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import {
  MAX_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  personaBody,
  personaValues,
  splitEntries,
  type PersonaListField,
  type PersonaTextField,
} from './personaForm';
import './texts';

interface PersonaEditorProps {
  planId: string;
  /** The persona to edit, or null to create one. */
  persona: PersonaEntity | null;
  onClose: () => void;
}

/** Create or edit a persona, field by field in the method's groups. Mounted while open. */
export function PersonaEditor({ planId, persona, onClose }: PersonaEditorProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor({
    planId,
    collection: 'personas',
    entity: persona,
    initialValues: personaValues(persona),
    validate: (values) => ({ name: requiredError(t, values.name) }),
    toBody: personaBody,
    onSaved: onClose,
  });
  const { values, errors, setValue, field } = editor;

  const text = (name: PersonaTextField, extra: { placeholder?: string; description?: string } = {}) => (
    <TextInput label={t(`personas.fields.${name}`)} maxLength={MAX_LENGTH[name]} {...field(name)} {...extra} />
  );
  const paragraph = (name: PersonaTextField, description?: string) => (
    <Textarea
      label={t(`personas.fields.${name}`)}
      description={description}
      autosize
      minRows={2}
      maxRows={8}
      maxLength={MAX_LENGTH[name]}
      {...field(name)}
    />
  );
  const list = (name: PersonaListField, description = t('personas.hints.list')) => (
    <TagsInput
      label={t(`personas.fields.${name}`)}
      name={name}
      description={description}
      maxTags={MAX_TAGS}
      maxLength={MAX_TAG_LENGTH}
      splitChars={[',', ';']}
      value={values[name]}
      error={errors[name]}
      onChange={(next) => setValue(name, splitEntries(next))}
    />
  );

  return (
    <EntityFormModal
      editor={editor}
      title={persona ? t('personas.editor.editTitle', { name: persona.name }) : t('personas.editor.createTitle')}
      size="xl"
      onClose={onClose}
      disableSaveWhenGone
    >
      <TextInput
        label={t('personas.fields.name')}
        required
        data-autofocus
        maxLength={MAX_LENGTH.name}
        placeholder={t('personas.placeholders.name')}
        {...field('name')}
      />
      {paragraph('summary', t('personas.hints.summary'))}
      <Fieldset legend={t('personas.groups.demographics')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('ageRange', { placeholder: t('personas.placeholders.ageRange') })}
          {text('gender')}
          {text('income', { placeholder: t('personas.placeholders.income') })}
          {text('location', { placeholder: t('personas.placeholders.location') })}
          {text('occupation', { placeholder: t('personas.placeholders.occupation') })}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('personas.groups.psychographics')}>
        <Stack gap="sm">
          {paragraph('lifestyle')}
          {list('values')}
          {list('interests')}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('personas.groups.motivations')}>
        <Stack gap="sm">
          {list('motivations')}
          {list('painPoints')}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('personas.groups.channels')}>
        <Stack gap="sm">
          {list('preferredChannels')}
          {list('sources', t('personas.hints.sources'))}
        </Stack>
      </Fieldset>
    </EntityFormModal>
  );
}

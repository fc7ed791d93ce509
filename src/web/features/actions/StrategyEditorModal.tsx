import { MultiSelect, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectiveEntity, PersonaEntity, StrategyEntity, SwotItemEntity } from '../../../contract/entity-types.js';
import { swotQuadrants } from '../../../contract/enums.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { STRATEGY_CHANNELS, strategyBody, strategyValues, type StrategyValues } from './actionForms';
import './texts';

interface StrategyEditorModalProps {
  planId: string;
  /** The strategy to edit, or null to create one. */
  entity: StrategyEntity | null;
  objectives: readonly ObjectiveEntity[];
  personas: readonly PersonaEntity[];
  swotItems: readonly SwotItemEntity[];
  onClose: () => void;
}

/** Create or edit a strategy: its name, channel, and the objectives, personas and SWOT items it serves. */
export function StrategyEditorModal({
  planId,
  entity,
  objectives,
  personas,
  swotItems,
  onClose,
}: StrategyEditorModalProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor<'strategies', StrategyValues>({
    planId,
    collection: 'strategies',
    entity,
    initialValues: strategyValues(entity),
    validate: (values) => ({ name: requiredError(t, values.name) }),
    toBody: strategyBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field } = editor;
  const swotData = swotQuadrants
    .map((quadrant) => ({
      group: t(`actions.form.quadrant.${quadrant}`),
      items: swotItems
        .filter((item) => item.quadrant === quadrant)
        .map((item) => ({ value: item.id, label: item.title })),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'actions.form.strategyEdit' : 'actions.form.strategyCreate')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('actions.form.name')}
        required
        data-autofocus
        maxLength={300}
        placeholder={t('actions.form.strategyNamePlaceholder')}
        {...field('name')}
      />
      <NativeSelect
        label={t('actions.form.channel')}
        name="channel"
        value={values.channel}
        error={errors.channel}
        data={STRATEGY_CHANNELS.map((channel) => ({ value: channel, label: t(`actions.channel.${channel}`) }))}
        onChange={(event) => setValue('channel', event.currentTarget.value as StrategyValues['channel'])}
      />
      <Textarea label={t('actions.form.description')} rows={2} {...field('description')} />
      <MultiSelect
        label={t('actions.form.objectives')}
        name="objectiveIds"
        description={objectives.length === 0 ? t('actions.form.objectivesNone') : t('actions.form.objectivesHint')}
        data={objectives.map((objective) => ({ value: objective.id, label: objective.title }))}
        value={values.objectiveIds}
        error={errors.objectiveIds}
        onChange={(ids) => setValue('objectiveIds', ids)}
        searchable
        clearable
        nothingFoundMessage={t('actions.form.nothingFound')}
      />
      <MultiSelect
        label={t('actions.form.personas')}
        name="personaIds"
        data={personas.map((persona) => ({ value: persona.id, label: persona.name }))}
        value={values.personaIds}
        error={errors.personaIds}
        onChange={(ids) => setValue('personaIds', ids)}
        searchable
        clearable
        nothingFoundMessage={t('actions.form.nothingFound')}
      />
      <MultiSelect
        label={t('actions.form.swot')}
        name="swotItemIds"
        data={swotData}
        value={values.swotItemIds}
        error={errors.swotItemIds}
        onChange={(ids) => setValue('swotItemIds', ids)}
        searchable
        clearable
        nothingFoundMessage={t('actions.form.nothingFound')}
      />
    </EntityFormModal>
  );
}

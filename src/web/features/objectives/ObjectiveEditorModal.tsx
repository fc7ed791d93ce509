import { MultiSelect, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessGoalEntity, ObjectiveEntity } from '../../../contract/entity-types.js';
import { lintObjective } from '../../../core/smart/index.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { todayLocal } from '../../forms/values';
import { requiredError } from '../auth/validation';
import { languageOf, numberInputSeparators } from './format';
import {
  draftObjective,
  OBJECTIVE_TYPES,
  objectiveBody,
  objectiveValues,
  type ObjectiveType,
  type ObjectiveValues,
} from './objectiveForm';
import { SmartLintPanel } from './SmartCheck';
import './texts';

/** How long typing pauses before the SMART check runs again. */
export const LINT_DEBOUNCE_MS = 200;

interface ObjectiveEditorModalProps {
  planId: string;
  /** The objective to edit, or null to create one of `initialType`. */
  entity: ObjectiveEntity | null;
  initialType: ObjectiveType;
  goals: readonly BusinessGoalEntity[];
  onClose: () => void;
}

/** Create or edit a SMART objective, with the SMART check updated as the user types. */
export function ObjectiveEditorModal({ planId, entity, initialType, goals, onClose }: ObjectiveEditorModalProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const editor = useEntityEditor<'objectives', ObjectiveValues>({
    planId,
    collection: 'objectives',
    entity,
    initialValues: objectiveValues(entity, initialType),
    validate: (values) => ({ title: requiredError(t, values.title) }),
    toBody: objectiveBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field, numberField } = editor;

  const goalKeyById = useMemo(() => new Map(goals.map((goal) => [goal.id, goal.key])), [goals]);
  const [draft] = useDebouncedValue(values, LINT_DEBOUNCE_MS);
  const report = useMemo(() => {
    if (!draft.title.trim()) return null;
    return lintObjective(draftObjective(draft, goalKeyById), {
      today: todayLocal(),
      businessGoalKeys: new Set(goalKeyById.values()),
      businessGoalTitles: new Map(goals.map((goal) => [goal.key, goal.title])),
    });
  }, [draft, goalKeyById, goals]);

  const separators = numberInputSeparators(language);

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'objectives.form.editTitle' : 'objectives.form.createTitle')}
      size="64rem"
      gap="sm"
      onClose={onClose}
      aside={<SmartLintPanel report={report} language={language} />}
    >
      <TextInput
        label={t('objectives.form.title')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('objectives.form.titlePlaceholder')}
        {...field('title')}
      />
      <NativeSelect
        label={t('objectives.form.type')}
        name="type"
        description={t(`objectives.typeHelp.${values.type}`)}
        value={values.type}
        error={errors.type}
        data={OBJECTIVE_TYPES.map((type) => ({ value: type, label: t(`objectives.types.${type}`) }))}
        onChange={(event) => setValue('type', event.currentTarget.value as ObjectiveType)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('objectives.form.metric')}
          placeholder={t('objectives.form.metricPlaceholder')}
          {...field('metric')}
        />
        <TextInput
          label={t('objectives.form.unit')}
          maxLength={40}
          placeholder={t('objectives.form.unitPlaceholder')}
          {...field('unit')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('objectives.form.baseline')} hideControls {...separators} {...numberField('baseline')} />
        <NumberInput label={t('objectives.form.target')} hideControls {...separators} {...numberField('target')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('objectives.form.startDate')} {...field('startDate')} />
        <TextInput type="date" label={t('objectives.form.deadline')} {...field('deadline')} />
      </SimpleGrid>
      <MultiSelect
        label={t('objectives.form.goals')}
        name="businessGoalIds"
        placeholder={values.businessGoalIds.length === 0 ? t('objectives.form.goalsPlaceholder') : undefined}
        description={goals.length === 0 ? t('objectives.form.goalsNone') : undefined}
        data={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
        value={values.businessGoalIds}
        error={errors.businessGoalIds}
        onChange={(ids) => setValue('businessGoalIds', ids)}
        searchable
        clearable
        nothingFoundMessage={t('objectives.form.goalsNothingFound')}
      />
      <Textarea label={t('objectives.form.description')} rows={3} {...field('description')} />
    </EntityFormModal>
  );
}

import {
  Button,
  Grid,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessGoalEntity, ObjectiveEntity } from '../../../contract/entity-types.js';
import { lintObjective } from '../../../core/smart/index.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { languageOf, numberInputSeparators } from './format';
import {
  draftObjective,
  OBJECTIVE_TYPES,
  objectiveBody,
  objectiveValues,
  todayLocal,
  type ObjectiveType,
  type ObjectiveValues,
} from './objectiveForm';
import { SmartLintPanel } from './SmartCheck';

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
  const { values, setValue, errors } = editor;

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
  const numberField = (field: 'baseline' | 'target', label: string) => (
    <NumberInput
      label={label}
      name={field}
      value={values[field]}
      error={errors[field]}
      onChange={(value) => setValue(field, value)}
      hideControls
      {...separators}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(entity ? 'objectives.form.editTitle' : 'objectives.form.createTitle')}
      size="64rem"
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form onSubmit={editor.submit} noValidate>
            <Stack gap="sm">
              <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
              <FormError error={editor.formError} />
              <TextInput
                label={t('objectives.form.title')}
                name="title"
                required
                data-autofocus
                maxLength={500}
                placeholder={t('objectives.form.titlePlaceholder')}
                value={values.title}
                error={errors.title}
                onChange={(event) => setValue('title', event.currentTarget.value)}
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
                  name="metric"
                  placeholder={t('objectives.form.metricPlaceholder')}
                  value={values.metric}
                  error={errors.metric}
                  onChange={(event) => setValue('metric', event.currentTarget.value)}
                />
                <TextInput
                  label={t('objectives.form.unit')}
                  name="unit"
                  maxLength={40}
                  placeholder={t('objectives.form.unitPlaceholder')}
                  value={values.unit}
                  error={errors.unit}
                  onChange={(event) => setValue('unit', event.currentTarget.value)}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {numberField('baseline', t('objectives.form.baseline'))}
                {numberField('target', t('objectives.form.target'))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  type="date"
                  label={t('objectives.form.startDate')}
                  name="startDate"
                  value={values.startDate}
                  error={errors.startDate}
                  onChange={(event) => setValue('startDate', event.currentTarget.value)}
                />
                <TextInput
                  type="date"
                  label={t('objectives.form.deadline')}
                  name="deadline"
                  value={values.deadline}
                  error={errors.deadline}
                  onChange={(event) => setValue('deadline', event.currentTarget.value)}
                />
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
              <Textarea
                label={t('objectives.form.description')}
                name="description"
                rows={3}
                value={values.description}
                error={errors.description}
                onChange={(event) => setValue('description', event.currentTarget.value)}
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
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: 'sticky', top: 0 }}>
            <SmartLintPanel report={report} language={language} />
          </div>
        </Grid.Col>
      </Grid>
    </Modal>
  );
}

import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import { businessGoalKinds } from '../../../contract/enums.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { isCalendarDate, isNumberOrEmpty, parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import { requiredError } from '../auth/validation';
import { AlignmentPreview } from './AlignmentSummary';
import { DRAFT_ID, formatRelativeChange, previewGoal, type GoalInput, type Language } from './alignment';
import './texts';

type GoalKind = BusinessGoalEntity['kind'];

type GoalValues = {
  title: string;
  kind: GoalKind;
  metric: string;
  unit: string;
  baseline: NumberField;
  target: NumberField;
  deadline: string;
  description: string;
};

function initialValues(goal: BusinessGoalEntity | null): GoalValues {
  return {
    title: goal?.title ?? '',
    kind: goal?.kind ?? 'revenue',
    metric: goal?.metric ?? '',
    unit: goal?.unit ?? '',
    baseline: goal?.baseline ?? '',
    target: goal?.target ?? '',
    deadline: goal?.deadline ?? '',
    description: goal?.description ?? '',
  };
}

/** Number inputs in the UI language: decimal comma and spaced thousands in French. */
export function numberFormat(lang: Language) {
  return lang === 'fr'
    ? { decimalSeparator: ',', thousandSeparator: ' ' }
    : { decimalSeparator: '.', thousandSeparator: ',' };
}

interface GoalFormProps {
  planId: string;
  goal: BusinessGoalEntity | null;
  goals: readonly BusinessGoalEntity[];
  stages: readonly FunnelStageEntity[];
  lang: Language;
  onClose: () => void;
}

/** Creates or edits a business goal, with the funnel check recomputed as the values are typed. */
export function GoalForm({ planId, goal, goals, stages, lang, onClose }: GoalFormProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor({
    planId,
    collection: 'business-goals',
    entity: goal,
    initialValues: initialValues(goal),
    validate: (values) => ({
      title: requiredError(t, values.title),
      baseline: isNumberOrEmpty(values.baseline) ? undefined : t('goals.form.notANumber'),
      target: isNumberOrEmpty(values.target) ? undefined : t('goals.form.notANumber'),
      deadline: !values.deadline || isCalendarDate(values.deadline) ? undefined : t('goals.form.invalidDate'),
    }),
    toBody: (values) => ({
      title: values.title.trim(),
      kind: values.kind,
      metric: textOrNull(values.metric),
      unit: textOrNull(values.unit),
      baseline: parseDecimal(values.baseline),
      target: parseDecimal(values.target),
      deadline: values.deadline || null,
      description: textOrNull(values.description),
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue, field, numberField } = editor;

  const draft: GoalInput = {
    id: goal?.id ?? DRAFT_ID,
    key: goal?.key ?? DRAFT_ID,
    title: values.title.trim() || goal?.title || '…',
    description: null,
    kind: values.kind,
    metric: textOrNull(values.metric),
    unit: textOrNull(values.unit),
    baseline: parseDecimal(values.baseline),
    target: parseDecimal(values.target),
    deadline: null,
  };
  // A handful of goals and stages: recomputed on every keystroke.
  const preview = previewGoal(goals, stages, draft);
  const change = formatRelativeChange(draft.baseline, draft.target, lang);

  return (
    <EntityFormModal
      editor={editor}
      title={goal ? t('goals.form.editTitle') : t('goals.form.createTitle')}
      size="lg"
      onClose={onClose}
    >
      <TextInput
        label={t('goals.form.title')}
        placeholder={t('goals.form.titlePlaceholder')}
        required
        data-autofocus
        maxLength={300}
        {...field('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('goals.form.kind')}
          name="kind"
          value={values.kind}
          error={errors.kind}
          data={businessGoalKinds.map((kind) => ({ value: kind, label: t(`goals.kind.${kind}`) }))}
          onChange={(event) => setValue('kind', event.currentTarget.value as GoalKind)}
        />
        <TextInput
          label={t('goals.form.metric')}
          placeholder={t('goals.form.metricPlaceholder')}
          {...field('metric')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput
          label={t('goals.form.baseline')}
          hideControls
          {...numberFormat(lang)}
          {...numberField('baseline')}
        />
        <NumberInput label={t('goals.form.target')} hideControls {...numberFormat(lang)} {...numberField('target')} />
        <TextInput
          label={t('goals.form.unit')}
          placeholder={t('goals.form.unitPlaceholder')}
          maxLength={40}
          {...field('unit')}
        />
      </SimpleGrid>
      <TextInput type="date" label={t('goals.form.deadline')} {...field('deadline')} />
      <Textarea label={t('goals.form.description')} autosize minRows={2} {...field('description')} />
      <AlignmentPreview report={preview} lang={lang} change={change} />
    </EntityFormModal>
  );
}

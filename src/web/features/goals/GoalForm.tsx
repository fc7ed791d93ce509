import { Button, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { AlignmentPreview } from './AlignmentSummary';
import {
  DRAFT_ID,
  draftNumber,
  formatRelativeChange,
  isCalendarDate,
  isNumberOrEmpty,
  previewGoal,
  type GoalInput,
  type Language,
} from './alignment';

type GoalKind = BusinessGoalEntity['kind'];
const GOAL_KINDS: readonly GoalKind[] = ['revenue', 'market', 'awareness', 'profit', 'other'];

type GoalValues = {
  title: string;
  kind: GoalKind;
  metric: string;
  unit: string;
  baseline: number | string;
  target: number | string;
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

const textOrNull = (value: string) => (value.trim() ? value.trim() : null);

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
      baseline: draftNumber(values.baseline),
      target: draftNumber(values.target),
      deadline: values.deadline || null,
      description: textOrNull(values.description),
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue } = editor;

  const draft: GoalInput = {
    id: goal?.id ?? DRAFT_ID,
    key: goal?.key ?? DRAFT_ID,
    title: values.title.trim() || goal?.title || '…',
    description: null,
    kind: values.kind,
    metric: textOrNull(values.metric),
    unit: textOrNull(values.unit),
    baseline: draftNumber(values.baseline),
    target: draftNumber(values.target),
    deadline: null,
  };
  // A handful of goals and stages: recomputed on every keystroke.
  const preview = previewGoal(goals, stages, draft);
  const change = formatRelativeChange(draft.baseline, draft.target, lang);

  return (
    <Modal opened onClose={onClose} title={goal ? t('goals.form.editTitle') : t('goals.form.createTitle')} size="lg">
      <form onSubmit={editor.submit} noValidate>
        <Stack gap="md">
          <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
          <FormError error={editor.formError} />
          <TextInput
            label={t('goals.form.title')}
            placeholder={t('goals.form.titlePlaceholder')}
            name="title"
            required
            data-autofocus
            maxLength={300}
            value={values.title}
            error={errors.title}
            onChange={(event) => setValue('title', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('goals.form.kind')}
              name="kind"
              value={values.kind}
              error={errors.kind}
              data={GOAL_KINDS.map((kind) => ({ value: kind, label: t(`goals.kind.${kind}`) }))}
              onChange={(event) => setValue('kind', event.currentTarget.value as GoalKind)}
            />
            <TextInput
              label={t('goals.form.metric')}
              placeholder={t('goals.form.metricPlaceholder')}
              name="metric"
              value={values.metric}
              error={errors.metric}
              onChange={(event) => setValue('metric', event.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('goals.form.baseline')}
              name="baseline"
              hideControls
              {...numberFormat(lang)}
              value={values.baseline}
              error={errors.baseline}
              onChange={(value) => setValue('baseline', value)}
            />
            <NumberInput
              label={t('goals.form.target')}
              name="target"
              hideControls
              {...numberFormat(lang)}
              value={values.target}
              error={errors.target}
              onChange={(value) => setValue('target', value)}
            />
            <TextInput
              label={t('goals.form.unit')}
              placeholder={t('goals.form.unitPlaceholder')}
              name="unit"
              maxLength={40}
              value={values.unit}
              error={errors.unit}
              onChange={(event) => setValue('unit', event.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            type="date"
            label={t('goals.form.deadline')}
            name="deadline"
            value={values.deadline}
            error={errors.deadline}
            onChange={(event) => setValue('deadline', event.currentTarget.value)}
          />
          <Textarea
            label={t('goals.form.description')}
            name="description"
            autosize
            minRows={2}
            value={values.description}
            error={errors.description}
            onChange={(event) => setValue('description', event.currentTarget.value)}
          />
          <AlignmentPreview report={preview} lang={lang} change={change} />
          <Group justify="flex-end">
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

import { NativeSelect, NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import { funnelStageKinds } from '../../../contract/enums.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { isNumberOrEmpty, parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import { requiredError } from '../auth/validation';
import { AlignmentPreview } from './AlignmentSummary';
import {
  DRAFT_ID,
  formatRelativeChange,
  nextPosition,
  previewStage,
  type Language,
  type StageInput,
} from './alignment';
import { numberFormat } from './GoalForm';
import './texts';

type StageKind = FunnelStageEntity['kind'];

type StageValues = {
  name: string;
  kind: StageKind;
  unit: string;
  baselineValue: NumberField;
  targetValue: NumberField;
};

function initialValues(stage: FunnelStageEntity | null): StageValues {
  return {
    name: stage?.name ?? '',
    kind: stage?.kind ?? 'volume',
    unit: stage?.unit ?? '',
    baselineValue: stage?.baselineValue ?? '',
    targetValue: stage?.targetValue ?? '',
  };
}

interface StageFormProps {
  planId: string;
  goal: BusinessGoalEntity;
  stage: FunnelStageEntity | null;
  goals: readonly BusinessGoalEntity[];
  stages: readonly FunnelStageEntity[];
  lang: Language;
  onClose: () => void;
}

/** Creates or edits a funnel stage of `goal`; the goal's check is recomputed as values are typed. */
export function StageForm({ planId, goal, stage, goals, stages, lang, onClose }: StageFormProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor({
    planId,
    collection: 'funnel-stages',
    entity: stage,
    initialValues: initialValues(stage),
    validate: (values) => ({
      name: requiredError(t, values.name),
      baselineValue: isNumberOrEmpty(values.baselineValue) ? undefined : t('goals.form.notANumber'),
      targetValue: isNumberOrEmpty(values.targetValue) ? undefined : t('goals.form.notANumber'),
    }),
    toBody: (values) => ({
      businessGoalId: goal.id,
      name: values.name.trim(),
      kind: values.kind,
      unit: textOrNull(values.unit),
      baselineValue: parseDecimal(values.baselineValue),
      targetValue: parseDecimal(values.targetValue),
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue, field, numberField } = editor;

  const draft: StageInput = {
    id: stage?.id ?? DRAFT_ID,
    key: stage?.key ?? DRAFT_ID,
    position: stage?.position ?? nextPosition(stages),
    businessGoalId: goal.id,
    name: values.name.trim() || stage?.name || '…',
    kind: values.kind,
    unit: textOrNull(values.unit),
    baselineValue: parseDecimal(values.baselineValue),
    targetValue: parseDecimal(values.targetValue),
  };
  const preview = previewStage(goals, stages, draft);

  const onKindChange = (kind: StageKind) => {
    setValue('kind', kind);
    // A conversion rate is almost always written in %: offer it when no unit is set yet.
    if (kind === 'rate' && !values.unit.trim()) setValue('unit', '%');
  };

  return (
    <EntityFormModal
      editor={editor}
      title={stage ? t('goals.form.stageEditTitle') : t('goals.form.stageCreateTitle')}
      size="lg"
      onClose={onClose}
      intro={
        <Text size="sm" c="dimmed">
          {t('goals.form.stageGoal', { goal: goal.title })}
        </Text>
      }
    >
      <TextInput
        label={t('goals.form.stageName')}
        placeholder={t('goals.form.stageNamePlaceholder')}
        required
        data-autofocus
        maxLength={200}
        {...field('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('goals.form.stageKind')}
          name="kind"
          value={values.kind}
          error={errors.kind}
          data={funnelStageKinds.map((kind) => ({ value: kind, label: t(`goals.stageKindOption.${kind}`) }))}
          onChange={(event) => onKindChange(event.currentTarget.value as StageKind)}
        />
        <TextInput
          label={t('goals.form.unit')}
          description={t('goals.form.stageUnitHint')}
          maxLength={40}
          {...field('unit')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('goals.form.baseline')}
          hideControls
          {...numberFormat(lang)}
          {...numberField('baselineValue')}
        />
        <NumberInput
          label={t('goals.form.target')}
          hideControls
          {...numberFormat(lang)}
          {...numberField('targetValue')}
        />
      </SimpleGrid>
      <AlignmentPreview report={preview} lang={lang} change={formatRelativeChange(goal.baseline, goal.target, lang)} />
    </EntityFormModal>
  );
}

import { Button, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
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
  isNumberOrEmpty,
  nextPosition,
  previewStage,
  type Language,
  type StageInput,
} from './alignment';
import { numberFormat } from './GoalForm';

type StageKind = FunnelStageEntity['kind'];
const STAGE_KINDS: readonly StageKind[] = ['volume', 'rate', 'value'];

type StageValues = {
  name: string;
  kind: StageKind;
  unit: string;
  baselineValue: number | string;
  targetValue: number | string;
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

const textOrNull = (value: string) => (value.trim() ? value.trim() : null);

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
      baselineValue: draftNumber(values.baselineValue),
      targetValue: draftNumber(values.targetValue),
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue } = editor;

  const draft: StageInput = {
    id: stage?.id ?? DRAFT_ID,
    key: stage?.key ?? DRAFT_ID,
    position: stage?.position ?? nextPosition(stages),
    businessGoalId: goal.id,
    name: values.name.trim() || stage?.name || '…',
    kind: values.kind,
    unit: textOrNull(values.unit),
    baselineValue: draftNumber(values.baselineValue),
    targetValue: draftNumber(values.targetValue),
  };
  const preview = previewStage(goals, stages, draft);

  const onKindChange = (kind: StageKind) => {
    setValue('kind', kind);
    // A conversion rate is almost always written in %: offer it when no unit is set yet.
    if (kind === 'rate' && !values.unit.trim()) setValue('unit', '%');
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={stage ? t('goals.form.stageEditTitle') : t('goals.form.stageCreateTitle')}
      size="lg"
    >
      <form onSubmit={editor.submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('goals.form.stageGoal', { goal: goal.title })}
          </Text>
          <ConflictNotice state={editor.conflict} reloading={editor.reloading} onReload={editor.reloadLatest} />
          <FormError error={editor.formError} />
          <TextInput
            label={t('goals.form.stageName')}
            placeholder={t('goals.form.stageNamePlaceholder')}
            name="name"
            required
            data-autofocus
            maxLength={200}
            value={values.name}
            error={errors.name}
            onChange={(event) => setValue('name', event.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('goals.form.stageKind')}
              name="kind"
              value={values.kind}
              error={errors.kind}
              data={STAGE_KINDS.map((kind) => ({ value: kind, label: t(`goals.stageKindOption.${kind}`) }))}
              onChange={(event) => onKindChange(event.currentTarget.value as StageKind)}
            />
            <TextInput
              label={t('goals.form.unit')}
              description={t('goals.form.stageUnitHint')}
              name="unit"
              maxLength={40}
              value={values.unit}
              error={errors.unit}
              onChange={(event) => setValue('unit', event.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('goals.form.baseline')}
              name="baselineValue"
              hideControls
              {...numberFormat(lang)}
              value={values.baselineValue}
              error={errors.baselineValue}
              onChange={(value) => setValue('baselineValue', value)}
            />
            <NumberInput
              label={t('goals.form.target')}
              name="targetValue"
              hideControls
              {...numberFormat(lang)}
              value={values.targetValue}
              error={errors.targetValue}
              onChange={(value) => setValue('targetValue', value)}
            />
          </SimpleGrid>
          <AlignmentPreview
            report={preview}
            lang={lang}
            change={formatRelativeChange(goal.baseline, goal.target, lang)}
          />
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

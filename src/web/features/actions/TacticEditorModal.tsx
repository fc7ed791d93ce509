import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { tacticBody, tacticValues, type TacticValues } from './actionForms';
import './texts';

interface TacticEditorModalProps {
  planId: string;
  /** The tactic to edit, or null to create one in `strategyId`. */
  entity: TacticEntity | null;
  strategyId: string;
  strategies: readonly StrategyEntity[];
  onClose: () => void;
}

/** Create or edit a tactic: a means of a strategy (and move it to another strategy). */
export function TacticEditorModal({ planId, entity, strategyId, strategies, onClose }: TacticEditorModalProps) {
  const { t } = useTranslation();
  const editor = useEntityEditor<'tactics', TacticValues>({
    planId,
    collection: 'tactics',
    entity,
    initialValues: tacticValues(entity, strategyId),
    validate: (values) => ({ name: requiredError(t, values.name), strategyId: requiredError(t, values.strategyId) }),
    toBody: tacticBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field } = editor;

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'actions.form.tacticEdit' : 'actions.form.tacticCreate')}
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('actions.form.name')}
        required
        data-autofocus
        maxLength={300}
        placeholder={t('actions.form.tacticNamePlaceholder')}
        {...field('name')}
      />
      <NativeSelect
        label={t('actions.form.strategy')}
        name="strategyId"
        required
        value={values.strategyId}
        error={errors.strategyId}
        data={strategies.map((strategy) => ({ value: strategy.id, label: strategy.name }))}
        onChange={(event) => setValue('strategyId', event.currentTarget.value)}
      />
      <Textarea label={t('actions.form.description')} rows={3} {...field('description')} />
    </EntityFormModal>
  );
}

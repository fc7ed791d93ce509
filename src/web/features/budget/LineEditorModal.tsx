import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetLineEntity, StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { numberInputSeparators } from '../objectives/format';
import {
  BUDGET_CATEGORIES,
  lineBody,
  lineErrors,
  lineValues,
  type BudgetCategory,
  type LineValues,
} from './budgetForm';
import type { Language } from './format';
import './texts';

interface LineEditorModalProps {
  planId: string;
  /** The line to edit, or null to add one. */
  entity: BudgetLineEntity | null;
  strategies: readonly StrategyEntity[];
  tactics: readonly TacticEntity[];
  currency: string;
  language: Language;
  onClose: () => void;
}

/** Add or edit a budget line: what it pays for, where it belongs, how much, and what it should return. */
export function LineEditorModal({
  planId,
  entity,
  strategies,
  tactics,
  currency,
  language,
  onClose,
}: LineEditorModalProps) {
  const { t } = useTranslation();
  const separators = numberInputSeparators(language);
  const editor = useEntityEditor<'budget-lines', LineValues>({
    planId,
    collection: 'budget-lines',
    entity,
    initialValues: lineValues(entity),
    validate: (values) => lineErrors(t, values, tactics),
    toBody: lineBody,
    onSaved: onClose,
  });
  const { values, setValue, errors, field, numberField } = editor;
  const none = { value: '', label: t('budget.form.none') };
  // A tactic is offered under the strategy chosen, or all of them when none is.
  const tacticChoices = values.strategyId
    ? tactics.filter((tactic) => tactic.strategyId === values.strategyId)
    : tactics;
  const money = (name: 'plannedAmount' | 'committedAmount' | 'minAmount' | 'maxAmount', required = false) => (
    <NumberInput
      label={t(`budget.form.${name}`, { currency })}
      required={required}
      hideControls
      min={0}
      decimalScale={2}
      {...separators}
      {...numberField(name)}
    />
  );

  return (
    <EntityFormModal
      editor={editor}
      title={t(entity ? 'budget.form.editLine' : 'budget.form.createLine')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('budget.form.label')}
        required
        data-autofocus
        maxLength={300}
        placeholder={t('budget.form.labelPlaceholder')}
        {...field('label')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('budget.form.category')}
          name="category"
          value={values.category}
          error={errors.category}
          data={BUDGET_CATEGORIES.map((category) => ({ value: category, label: t(`budget.categories.${category}`) }))}
          onChange={(event) => setValue('category', event.currentTarget.value as BudgetCategory)}
        />
        <NativeSelect
          label={t('budget.form.strategy')}
          name="strategyId"
          value={values.strategyId ?? ''}
          error={errors.strategyId}
          data={[none, ...strategies.map((strategy) => ({ value: strategy.id, label: strategy.name }))]}
          onChange={(event) => {
            const strategyId = event.currentTarget.value || null;
            setValue('strategyId', strategyId);
            const tactic = tactics.find((item) => item.id === values.tacticId);
            if (tactic && strategyId && tactic.strategyId !== strategyId) setValue('tacticId', null);
          }}
        />
        <NativeSelect
          label={t('budget.form.tactic')}
          name="tacticId"
          value={values.tacticId ?? ''}
          error={errors.tacticId}
          data={[none, ...tacticChoices.map((tactic) => ({ value: tactic.id, label: tactic.name }))]}
          onChange={(event) => setValue('tacticId', event.currentTarget.value || null)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {money('plannedAmount', true)}
        {money('committedAmount')}
        <NumberInput
          label={t('budget.form.expectedRoi')}
          description={t('budget.form.expectedRoiHint')}
          hideControls
          min={0}
          decimalScale={2}
          {...separators}
          {...numberField('expectedRoi')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {money('minAmount')}
        {money('maxAmount')}
      </SimpleGrid>
    </EntityFormModal>
  );
}

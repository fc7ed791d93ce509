import { NativeSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetScenarioEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { compact } from '../auth/validation';
import { numberInputSeparators } from '../objectives/format';
import { scenarioBody, scenarioErrors, scenarioValues, uniqueKey, type ScenarioValues } from './budgetForm';
import type { Language } from './format';
import { RefusalAlert } from './RefusalAlert';
import { useScenarioCopy } from './useBudgetData';
import './texts';

interface ScenarioEditorModalProps {
  planId: string;
  /** The scenario to rename, or null to create one. */
  entity: BudgetScenarioEntity | null;
  scenarios: readonly BudgetScenarioEntity[];
  currency: string;
  language: Language;
  onClose: () => void;
}

const BLANK = '';
const CURRENT = '@current';

/**
 * Create a what-if scenario (empty, a copy of the current budget, or a copy of another scenario),
 * or rename one. An empty scenario changes nothing yet: every line keeps its planned amount.
 */
export function ScenarioEditorModal({
  planId,
  entity,
  scenarios,
  currency,
  language,
  onClose,
}: ScenarioEditorModalProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState(BLANK);
  const copy = useScenarioCopy(planId);
  const editor = useEntityEditor<'budget-scenarios', ScenarioValues>({
    planId,
    collection: 'budget-scenarios',
    entity,
    initialValues: scenarioValues(entity),
    validate: (values) => scenarioErrors(t, values),
    toBody: scenarioBody,
    onSaved: onClose,
  });
  const { field, numberField, values } = editor;
  const copying = entity === null && source !== BLANK;

  const status = {
    ...editor,
    saving: editor.saving || copy.isPending,
    submit: (event?: React.FormEvent) => {
      if (!copying) return editor.submit(event);
      event?.preventDefault();
      // The editor shows the client-side errors; only a valid form goes to the copy route.
      if (Object.keys(compact(scenarioErrors(t, values))).length > 0) return editor.submit();
      copy.mutate(
        {
          from: source === CURRENT ? null : source,
          key: uniqueKey(
            values.name,
            scenarios.map((scenario) => scenario.key),
          ),
          name: values.name.trim(),
          description: values.description.trim() || null,
        },
        { onSuccess: onClose },
      );
    },
  };

  return (
    <EntityFormModal
      editor={status}
      title={t(entity ? 'budget.scenarios.editTitle' : 'budget.scenarios.createTitle')}
      size="lg"
      gap="sm"
      onClose={onClose}
      intro={<RefusalAlert error={copy.error} />}
    >
      <TextInput
        label={t('budget.scenarios.name')}
        required
        data-autofocus
        maxLength={200}
        placeholder={t('budget.scenarios.namePlaceholder')}
        {...field('name')}
      />
      <Textarea label={t('budget.scenarios.description')} rows={2} {...field('description')} />
      {entity === null && (
        <NativeSelect
          label={t('budget.scenarios.source')}
          description={t('budget.scenarios.sourceHint')}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          data={[
            { value: BLANK, label: t('budget.scenarios.sourceBlank') },
            { value: CURRENT, label: t('budget.scenarios.sourceCurrent') },
            ...scenarios.map((scenario) => ({
              value: scenario.key,
              label: t('budget.scenarios.sourceScenario', { name: scenario.name }),
            })),
          ]}
        />
      )}
      {!copying && (
        <NumberInput
          label={t('budget.scenarios.total', { currency })}
          description={t('budget.scenarios.totalHint')}
          hideControls
          min={0}
          decimalScale={2}
          {...numberInputSeparators(language)}
          {...numberField('totalAmount')}
        />
      )}
    </EntityFormModal>
  );
}

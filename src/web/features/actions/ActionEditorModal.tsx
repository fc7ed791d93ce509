import { Checkbox, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDependencyEntity, ActionEntity } from '../../../contract/entity-types.js';
import { invalidatePlanContent } from '../../api/collections';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import { numberInputSeparators, type Language } from '../objectives/format';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  actionBody,
  actionValues,
  amountProblem,
  currencySymbol,
  dueBeforeStart,
  type ActionValues,
} from './actionForms';
import type { StrategyNode } from './actionTree';
import {
  cycleRefusalText,
  cycleText,
  dependencyCycle,
  isCycleRefusal,
  predecessorsOf,
  savePredecessors,
} from './dependencies';
import './texts';

/** Options shown at once in the « depends on » list: typing narrows down a 2,000-action plan. */
const PREDECESSOR_OPTIONS_SHOWN = 60;

interface ActionEditorModalProps {
  planId: string;
  /** The action to edit, or null to create one in `tacticId`. */
  entity: ActionEntity | null;
  tacticId: string;
  tree: readonly StrategyNode[];
  dependencies: readonly ActionDependencyEntity[];
  currency: string;
  language: Language;
  onClose: () => void;
}

/**
 * Create or edit an action: its fields, then the actions it depends on (rows of
 * `action-dependencies`, written once the action is saved). A loop of dependencies is caught
 * here when the plan as loaded shows it, and otherwise by the server, whose refusal names it.
 */
export function ActionEditorModal(props: ActionEditorModalProps) {
  const { planId, entity, tree, dependencies, currency, language, onClose } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The action as last saved here: a new action saved once is edited from then on.
  const [saved, setSaved] = useState<ActionEntity | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [dependencyError, setDependencyError] = useState<unknown>(null);
  const current = useRef<Map<string, string> | null>(null);
  current.current ??= predecessorsOf(dependencies, entity?.id ?? null);

  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of tree) for (const { actions } of node.tactics) for (const a of actions) map.set(a.id, a.title);
    return map;
  }, [tree]);
  const actionId = saved?.id ?? entity?.id ?? null;

  const editor = useEntityEditor<'actions', ActionValues>({
    planId,
    collection: 'actions',
    entity: saved ?? entity,
    initialValues: actionValues(entity, props.tacticId, [...current.current.keys()]),
    validate: (values) => {
      const cost = amountProblem(values.estimatedCost);
      const effort = amountProblem(values.effortHours);
      const cycle = actionId ? dependencyCycle(dependencies, actionId, values.predecessorIds) : null;
      return {
        title: requiredError(t, values.title),
        tacticId: requiredError(t, values.tacticId),
        dueDate: dueBeforeStart(values.startDate, values.dueDate) ? t('actions.form.dueBeforeStart') : undefined,
        estimatedCost: cost ? t(`actions.form.${cost}`) : undefined,
        effortHours: effort ? t(`actions.form.${effort}`) : undefined,
        predecessorIds: cycle ? cycleText(cycle, (id) => titles.get(id) ?? id, language) : undefined,
      };
    },
    toBody: actionBody,
    onSaved: (action) => {
      setSaved(action);
      void writePredecessors(action.id);
    },
  });
  const { values, setValue, errors, field, numberField } = editor;

  async function writePredecessors(id: string) {
    setSyncing(true);
    setDependencyError(null);
    try {
      await savePredecessors(planId, id, current.current ?? new Map(), editor.values.predecessorIds);
      onClose();
    } catch (error) {
      setDependencyError(error);
    } finally {
      setSyncing(false);
      void invalidatePlanContent(queryClient, planId);
    }
  }

  const cycleRefused = isCycleRefusal(dependencyError);
  const predecessorError =
    errors.predecessorIds ??
    (cycleRefused ? (cycleRefusalText(dependencyError, language) ?? t('form.rejected')) : undefined);

  const tacticData = tree.map((node) => ({
    group: node.strategy.name,
    items: node.tactics.map(({ tactic }) => ({ value: tactic.id, label: tactic.name })),
  }));
  const predecessorData = useMemo(
    () =>
      tree.flatMap((node) =>
        node.tactics
          .map(({ tactic, actions }) => ({
            group: `${node.strategy.name} › ${tactic.name}`,
            items: actions.filter((a) => a.id !== actionId).map((a) => ({ value: a.id, label: a.title })),
          }))
          .filter((group) => group.items.length > 0),
      ),
    [tree, actionId],
  );
  const separators = numberInputSeparators(language);

  return (
    <EntityFormModal
      editor={{
        ...editor,
        saving: editor.saving || syncing,
        formError: editor.formError ?? (cycleRefused ? null : dependencyError),
      }}
      title={t(entity ? 'actions.form.actionEdit' : 'actions.form.actionCreate')}
      size="lg"
      gap="sm"
      onClose={onClose}
    >
      <TextInput
        label={t('actions.form.actionTitle')}
        required
        data-autofocus
        maxLength={500}
        placeholder={t('actions.form.actionTitlePlaceholder')}
        {...field('title')}
      />
      <NativeSelect
        label={t('actions.form.tactic')}
        name="tacticId"
        required
        value={values.tacticId}
        error={errors.tacticId}
        data={tacticData}
        onChange={(event) => setValue('tacticId', event.currentTarget.value)}
      />
      <Textarea label={t('actions.form.description')} rows={2} {...field('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('actions.form.status')}
          name="status"
          value={values.status}
          data={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}`) }))}
          onChange={(event) => setValue('status', event.currentTarget.value as ActionValues['status'])}
        />
        <NativeSelect
          label={t('actions.form.priority')}
          name="priority"
          value={values.priority}
          data={ACTION_PRIORITIES.map((priority) => ({ value: priority, label: t(`actions.priority.${priority}`) }))}
          onChange={(event) => setValue('priority', event.currentTarget.value as ActionValues['priority'])}
        />
        <TextInput type="date" label={t('actions.form.startDate')} {...field('startDate')} />
        <TextInput type="date" label={t('actions.form.dueDate')} {...field('dueDate')} />
        <NumberInput
          label={t('actions.form.estimatedCost', { currency: currencySymbol(currency, language) })}
          allowNegative={false}
          decimalScale={2}
          {...separators}
          {...numberField('estimatedCost')}
        />
        <NumberInput
          label={t('actions.form.effortHours')}
          allowNegative={false}
          decimalScale={2}
          {...separators}
          {...numberField('effortHours')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('actions.form.milestone')}
        name="isMilestone"
        checked={values.isMilestone}
        onChange={(event) => setValue('isMilestone', event.currentTarget.checked)}
      />
      <MultiSelect
        label={t('actions.form.predecessors')}
        name="predecessorIds"
        description={t('actions.form.predecessorsHint')}
        placeholder={values.predecessorIds.length === 0 ? t('actions.form.predecessorsPlaceholder') : undefined}
        data={predecessorData}
        value={values.predecessorIds}
        error={predecessorError}
        onChange={(ids) => {
          setValue('predecessorIds', ids);
          setDependencyError(null);
        }}
        searchable
        clearable
        limit={PREDECESSOR_OPTIONS_SHOWN}
        nothingFoundMessage={t('actions.form.nothingFound')}
      />
    </EntityFormModal>
  );
}

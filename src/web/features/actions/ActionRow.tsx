import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Text,
  TextInput,
} from '@mantine/core';
import { useId } from '@mantine/hooks';
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionEntity } from '../../../contract/entity-types.js';
import { isApiError } from '../../api/client';
import { parseDecimal, type NumberField } from '../../forms/values';
import { formatDate, refusalText } from '../../i18n/format';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { numberInputSeparators } from '../objectives/format';
import {
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  amountProblem,
  currencySymbol,
  dueBeforeStart,
  formatMoney,
  fromMinorUnits,
  toMinorUnits,
} from './actionForms';
import type { TreeHandlers } from './treeParts';
import type { RowProblem } from './useActionPatch';
import './texts';

const STATUS_COLORS: Record<ActionEntity['status'], string> = {
  todo: 'gray',
  in_progress: 'blue',
  done: 'green',
  blocked: 'red',
  cancelled: 'dark',
};

interface ActionRowProps {
  action: ActionEntity;
  predecessors: number;
  problem: RowProblem | null;
  h: TreeHandlers;
}

/**
 * An action, with its schedule fields edited in place (one PATCH per change). Memoised: a
 * change to one row of a long list re-renders that row only.
 */
export const ActionRow = memo(function ActionRow({ action, predecessors, problem, h }: ActionRowProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const name = action.title;
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      ml={48}
      id={`entity-${action.key}`}
      role="listitem"
      aria-level={3}
      aria-labelledby={titleId}
      data-kind="action"
    >
      <Group gap="sm" wrap="wrap" align="center">
        <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
          <Text size="sm" fw={500} id={titleId}>
            {name}
          </Text>
          {(predecessors > 0 || (action.isMilestone && !h.canEdit)) && (
            <Group gap={4} mt={2}>
              {action.isMilestone && !h.canEdit && (
                <Badge size="sm" color="grape" variant="light" tt="none">
                  {t('actions.action.milestoneBadge')}
                </Badge>
              )}
              {predecessors > 0 && (
                <Badge size="sm" color="gray" variant="outline" tt="none">
                  {t('actions.action.predecessors', { count: predecessors })}
                </Badge>
              )}
            </Group>
          )}
        </div>
        {h.canEdit ? (
          <InlineFields action={action} problem={problem} h={h} />
        ) : (
          <ReadOnlyFields action={action} h={h} />
        )}
        {h.canEdit && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={t('actions.action.edit', { name })}
              onClick={() => h.editAction(action)}
            >
              <PencilIcon />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              color="red"
              aria-label={t('actions.action.delete', { name })}
              onClick={() => h.deleteAction(action)}
            >
              <TrashIcon />
            </ActionIcon>
          </Group>
        )}
      </Group>
      {problem && <ProblemNotice action={action} problem={problem} h={h} />}
    </Paper>
  );
});

function ReadOnlyFields({ action, h }: { action: ActionEntity; h: TreeHandlers }) {
  const { t } = useTranslation();
  const date = (value: string | null) => (value ? formatDate(value, h.language) : t('actions.action.noDate'));
  return (
    <Group gap="sm" wrap="wrap">
      <Badge color={STATUS_COLORS[action.status]} variant="light" tt="none">
        {t(`actions.status.${action.status}`)}
      </Badge>
      <Text size="sm">{t('actions.action.dates', { start: date(action.startDate), due: date(action.dueDate) })}</Text>
      <Text size="sm" c="dimmed">
        {t('actions.action.priorityValue', { priority: t(`actions.priority.${action.priority}`) })}
      </Text>
      {action.estimatedCost !== null && (
        <Text size="sm">{formatMoney(action.estimatedCost, h.currency, h.language)}</Text>
      )}
    </Group>
  );
}

/**
 * A value typed into a field, until the saved value changes under it or the row reports a
 * problem (a refused change put back before the field ever showed it).
 */
function useDraft<T>(value: T, problem: RowProblem | null) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState({ value, problem });
  if (!Object.is(seen.value, value) || seen.problem !== problem) {
    setSeen({ value, problem });
    setDraft(value);
  }
  return [draft, setDraft] as const;
}

/** Enter commits, Escape puts the saved value back; leaving the field commits too. */
function commitKeys(commit: () => void, revert: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') revert();
  };
}

function InlineFields({ action, problem, h }: { action: ActionEntity; problem: RowProblem | null; h: TreeHandlers }) {
  const { t } = useTranslation();
  const name = action.title;
  const date = (value: string) => formatDate(value, h.language);

  /** Refuses a due date before the start date here, with both dates in the message. */
  const commitDate = (field: 'startDate' | 'dueDate', value: string | null): boolean => {
    const startDate = field === 'startDate' ? value : action.startDate;
    const dueDate = field === 'dueDate' ? value : action.dueDate;
    if (startDate && dueDate && dueBeforeStart(startDate, dueDate)) {
      h.setProblem(action.id, {
        kind: 'invalid',
        message: t('actions.action.dueBeforeStart', { start: date(startDate), due: date(dueDate) }),
      });
      return false;
    }
    h.patch(action.id, { [field]: value });
    return true;
  };

  return (
    <Group gap="xs" wrap="wrap" align="center">
      <NativeSelect
        size="xs"
        w={130}
        aria-label={t('actions.action.status', { name })}
        value={action.status}
        data={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.status.${status}`) }))}
        onChange={(event) => h.patch(action.id, { status: event.currentTarget.value as ActionEntity['status'] })}
      />
      <DateField
        label={t('actions.action.startDate', { name })}
        value={action.startDate}
        problem={problem}
        onCommit={(value) => commitDate('startDate', value)}
      />
      <DateField
        label={t('actions.action.dueDate', { name })}
        value={action.dueDate}
        problem={problem}
        onCommit={(value) => commitDate('dueDate', value)}
      />
      <Checkbox
        size="xs"
        label={t('actions.action.milestoneBadge')}
        aria-label={t('actions.action.milestone', { name })}
        checked={action.isMilestone}
        onChange={(event) => h.patch(action.id, { isMilestone: event.currentTarget.checked })}
      />
      <NativeSelect
        size="xs"
        w={100}
        aria-label={t('actions.action.priority', { name })}
        value={action.priority}
        data={ACTION_PRIORITIES.map((priority) => ({ value: priority, label: t(`actions.priority.${priority}`) }))}
        onChange={(event) => h.patch(action.id, { priority: event.currentTarget.value as ActionEntity['priority'] })}
      />
      <CostField action={action} problem={problem} h={h} />
    </Group>
  );
}

interface DateFieldProps {
  label: string;
  value: string | null;
  problem: RowProblem | null;
  /** False when the value is refused here: the field then shows the saved value again. */
  onCommit: (value: string | null) => boolean;
}

function DateField(props: DateFieldProps) {
  const [draft, setDraft] = useDraft(props.value ?? '', props.problem);
  const revert = () => setDraft(props.value ?? '');
  const commit = () => {
    const next = draft || null;
    if (next === props.value) return;
    if (!props.onCommit(next)) revert();
  };
  return (
    <TextInput
      type="date"
      size="xs"
      w={140}
      aria-label={props.label}
      value={draft}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={commitKeys(commit, revert)}
    />
  );
}

function CostField({ action, problem, h }: { action: ActionEntity; problem: RowProblem | null; h: TreeHandlers }) {
  const { t } = useTranslation();
  const saved: NumberField = action.estimatedCost === null ? '' : fromMinorUnits(action.estimatedCost);
  const [draft, setDraft] = useDraft<NumberField>(saved, problem);
  const revert = () => setDraft(saved);
  const commit = () => {
    if (amountProblem(draft)) {
      h.setProblem(action.id, { kind: 'invalid', message: t('actions.action.costInvalid') });
      revert();
      return;
    }
    const major = parseDecimal(draft);
    const next = major === null ? null : toMinorUnits(major);
    if (next !== action.estimatedCost) h.patch(action.id, { estimatedCost: next });
  };
  const symbol = currencySymbol(h.currency, h.language);
  return (
    <NumberInput
      size="xs"
      w={130}
      aria-label={t('actions.action.cost', { name: action.title, currency: symbol })}
      rightSection={<Text size="xs">{symbol}</Text>}
      hideControls
      allowNegative={false}
      decimalScale={2}
      {...numberInputSeparators(h.language)}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onKeyDown={commitKeys(commit, revert)}
    />
  );
}

function ProblemNotice({ action, problem, h }: { action: ActionEntity; problem: RowProblem; h: TreeHandlers }) {
  const { t } = useTranslation();
  const conflict = problem.kind === 'refused' && isApiError(problem.error, 409);
  const message =
    problem.kind === 'invalid'
      ? problem.message
      : conflict
        ? t('actions.action.conflict')
        : t('actions.action.refused', { reason: refusalText(t, problem.error, h.language) });
  return (
    <Alert
      mt="xs"
      p="xs"
      color={conflict ? 'orange' : 'red'}
      variant="light"
      role="alert"
      withCloseButton
      closeButtonLabel={t('actions.action.dismiss')}
      onClose={() => h.setProblem(action.id, null)}
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm">{message}</Text>
        {conflict && (
          <Button
            size="compact-xs"
            variant="white"
            color="orange"
            onClick={() => {
              h.setProblem(action.id, null);
              h.reloadActions();
            }}
          >
            {t('actions.action.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

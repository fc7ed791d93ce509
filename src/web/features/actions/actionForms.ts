import type { ActionEntity, StrategyEntity, TacticEntity } from '../../../contract/entity-types.js';
import { actionPriorities, actionStatuses, strategyChannels } from '../../../contract/enums.js';
import type { CreateBody } from '../../api/collections';
import { parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import type { Language } from '../objectives/format';

/** The lists of choices, in the order the method presents them (the contract's enums). */
export const STRATEGY_CHANNELS = strategyChannels;
export const ACTION_STATUSES = actionStatuses;
export const ACTION_PRIORITIES = actionPriorities;

// ── Money ───────────────────────────────────────────────────────────────────────────────────────

/** Money travels in minor units (cents) of the plan's currency; people type major units. */
export const MINOR_PER_MAJOR = 100;

export function toMinorUnits(major: number): number {
  return Math.round(major * MINOR_PER_MAJOR);
}

export function fromMinorUnits(minor: number): number {
  return minor / MINOR_PER_MAJOR;
}

/** « 1 500,50 € » / "€1,500.50"; whole amounts without decimals. */
export function formatMoney(minor: number, currency: string, language: Language): string {
  const major = fromMinorUnits(minor);
  const digits = Number.isInteger(major) ? 0 : 2;
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: 2,
    }).format(major);
  } catch {
    return `${major} ${currency}`;
  }
}

/** The currency's symbol in the language (« € », "$"), or its code when it has none. */
export function currencySymbol(currency: string, language: Language): string {
  try {
    const parts = new Intl.NumberFormat(language, { style: 'currency', currency }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

// ── Strategies ──────────────────────────────────────────────────────────────────────────────────

export type StrategyValues = {
  name: string;
  channel: StrategyEntity['channel'];
  description: string;
  objectiveIds: string[];
  personaIds: string[];
  swotItemIds: string[];
};

export function strategyValues(entity: StrategyEntity | null): StrategyValues {
  return {
    name: entity?.name ?? '',
    channel: entity?.channel ?? 'content',
    description: entity?.description ?? '',
    objectiveIds: entity?.objectiveIds ?? [],
    personaIds: entity?.personaIds ?? [],
    swotItemIds: entity?.swotItemIds ?? [],
  };
}

export function strategyBody(values: StrategyValues): CreateBody<'strategies'> {
  return {
    name: values.name.trim(),
    channel: values.channel,
    description: textOrNull(values.description),
    objectiveIds: values.objectiveIds,
    personaIds: values.personaIds,
    swotItemIds: values.swotItemIds,
  };
}

// ── Tactics ─────────────────────────────────────────────────────────────────────────────────────

export type TacticValues = { name: string; description: string; strategyId: string };

export function tacticValues(entity: TacticEntity | null, strategyId: string): TacticValues {
  return {
    name: entity?.name ?? '',
    description: entity?.description ?? '',
    strategyId: entity?.strategyId ?? strategyId,
  };
}

export function tacticBody(values: TacticValues): CreateBody<'tactics'> {
  return { name: values.name.trim(), description: textOrNull(values.description), strategyId: values.strategyId };
}

// ── Actions ─────────────────────────────────────────────────────────────────────────────────────

export type ActionValues = {
  title: string;
  description: string;
  tacticId: string;
  status: ActionEntity['status'];
  priority: ActionEntity['priority'];
  startDate: string;
  dueDate: string;
  isMilestone: boolean;
  /** In major units of the plan's currency. */
  estimatedCost: NumberField;
  effortHours: NumberField;
  /** Not a field of the action: the `action-dependencies` rows written after it. */
  predecessorIds: string[];
};

export function actionValues(entity: ActionEntity | null, tacticId: string, predecessorIds: string[]): ActionValues {
  return {
    title: entity?.title ?? '',
    description: entity?.description ?? '',
    tacticId: entity?.tacticId ?? tacticId,
    status: entity?.status ?? 'todo',
    priority: entity?.priority ?? 'medium',
    startDate: entity?.startDate ?? '',
    dueDate: entity?.dueDate ?? '',
    isMilestone: entity?.isMilestone ?? false,
    estimatedCost: entity?.estimatedCost == null ? '' : fromMinorUnits(entity.estimatedCost),
    effortHours: entity?.effortHours ?? '',
    predecessorIds,
  };
}

export function actionBody(values: ActionValues): CreateBody<'actions'> {
  const cost = parseDecimal(values.estimatedCost);
  return {
    title: values.title.trim(),
    description: textOrNull(values.description),
    tacticId: values.tacticId,
    status: values.status,
    priority: values.priority,
    startDate: values.startDate || null,
    dueDate: values.dueDate || null,
    isMilestone: values.isMilestone,
    estimatedCost: cost === null ? null : toMinorUnits(cost),
    effortHours: parseDecimal(values.effortHours),
  };
}

/** Whether the due date comes before the start date (both set): the plan could not hold it. */
export function dueBeforeStart(startDate: string | null, dueDate: string | null): boolean {
  return Boolean(startDate && dueDate && dueDate < startDate);
}

/** Why an amount or a number of hours is refused, or null: it must be a number, not negative. */
export function amountProblem(value: NumberField): 'notANumber' | 'negative' | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const parsed = parseDecimal(value);
  if (parsed === null) return 'notANumber';
  return parsed < 0 ? 'negative' : null;
}

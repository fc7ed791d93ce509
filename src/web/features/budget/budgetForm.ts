import type { TFunction } from 'i18next';
import type {
  BudgetLineEntity,
  BudgetScenarioEntity,
  SpendEntryEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import { budgetCategories, type BudgetCategory } from '../../../contract/enums.js';
import type { CreateBody } from '../../api/collections';
import { isCalendarDate, parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import './texts';

/**
 * Budget form values between what the inputs hand over and what the API takes. Amounts are typed
 * in units of the plan's currency (euros) and travel in minor units (cents).
 */

export const BUDGET_CATEGORIES = budgetCategories;
export type { BudgetCategory };

const MAX_AMOUNT = 1e13;

/** « 10 000,50 » (euros) → 1000050 (cents); null when empty or not a number. */
export function centsOf(value: NumberField | null | undefined): number | null {
  const units = parseDecimal(value);
  return units === null ? null : Math.round(units * 100);
}

/** Cents → the number a money input shows (1000050 → 10000.5). */
export function unitsOf(cents: number | null | undefined): NumberField {
  return cents == null ? '' : cents / 100;
}

const isEmpty = (value: NumberField) => typeof value === 'string' && value.trim() === '';

/**
 * The message for a money field: a positive amount with at most two decimals, or empty when
 * `optional`. Undefined when the value is fine.
 */
export function moneyError(t: TFunction, value: NumberField, optional: boolean): string | undefined {
  if (isEmpty(value)) return optional ? undefined : t('form.required');
  const units = parseDecimal(value);
  if (units === null) return t('budget.form.notANumber');
  if (units < 0) return t('budget.form.negative');
  if (Math.abs(units * 100 - Math.round(units * 100)) > 1e-6) return t('budget.form.cents');
  if (units * 100 > MAX_AMOUNT) return t('budget.form.tooBig');
  return undefined;
}

// ── Settings ────────────────────────────────────────────────────────────────────────────────────

export type SettingsValues = { totalAmount: NumberField; contingencyPercent: NumberField };

export function settingsErrors(t: TFunction, values: SettingsValues) {
  const percent = parseDecimal(values.contingencyPercent);
  return {
    totalAmount: moneyError(t, values.totalAmount, false),
    contingencyPercent: isEmpty(values.contingencyPercent)
      ? t('form.required')
      : percent === null || percent < 0 || percent > 100
        ? t('budget.form.percentRange')
        : undefined,
  };
}

// ── Budget lines ────────────────────────────────────────────────────────────────────────────────

export type LineValues = {
  label: string;
  category: BudgetCategory;
  strategyId: string | null;
  tacticId: string | null;
  plannedAmount: NumberField;
  committedAmount: NumberField;
  expectedRoi: NumberField;
  minAmount: NumberField;
  maxAmount: NumberField;
};

export function lineValues(entity: BudgetLineEntity | null): LineValues {
  return {
    label: entity?.label ?? '',
    category: entity?.category ?? 'advertising',
    strategyId: entity?.strategyId ?? null,
    tacticId: entity?.tacticId ?? null,
    plannedAmount: entity ? unitsOf(entity.plannedAmount) : '',
    committedAmount: entity ? unitsOf(entity.committedAmount) : '',
    expectedRoi: entity?.expectedRoi ?? '',
    minAmount: unitsOf(entity?.minAmount),
    maxAmount: unitsOf(entity?.maxAmount),
  };
}

export function lineErrors(t: TFunction, values: LineValues, tactics: readonly TacticEntity[]) {
  const roi = parseDecimal(values.expectedRoi);
  const min = centsOf(values.minAmount);
  const max = centsOf(values.maxAmount);
  const tactic = tactics.find((item) => item.id === values.tacticId);
  return {
    label: values.label.trim() ? undefined : t('form.required'),
    plannedAmount: moneyError(t, values.plannedAmount, false),
    committedAmount: moneyError(t, values.committedAmount, true),
    expectedRoi: isEmpty(values.expectedRoi)
      ? undefined
      : roi === null || roi < 0
        ? t('budget.form.roiInvalid')
        : undefined,
    minAmount: moneyError(t, values.minAmount, true),
    maxAmount:
      moneyError(t, values.maxAmount, true) ??
      (min !== null && max !== null && max < min ? t('budget.form.maxBelowMin') : undefined),
    tacticId:
      tactic && values.strategyId && tactic.strategyId !== values.strategyId
        ? t('budget.form.tacticOfOtherStrategy')
        : undefined,
  };
}

export function lineBody(values: LineValues): CreateBody<'budget-lines'> {
  return {
    label: values.label.trim(),
    category: values.category,
    strategyId: values.strategyId || null,
    tacticId: values.tacticId || null,
    plannedAmount: centsOf(values.plannedAmount) ?? 0,
    committedAmount: centsOf(values.committedAmount) ?? 0,
    expectedRoi: parseDecimal(values.expectedRoi),
    minAmount: centsOf(values.minAmount),
    maxAmount: centsOf(values.maxAmount),
  };
}

// ── Spend entries ───────────────────────────────────────────────────────────────────────────────

export type SpendValues = { date: string; kind: 'committed' | 'actual'; amount: NumberField; note: string };

export function spendValues(entity: SpendEntryEntity | null, today: string): SpendValues {
  return {
    date: entity?.date ?? today,
    kind: entity?.kind ?? 'actual',
    amount: entity ? unitsOf(entity.amount) : '',
    note: entity?.note ?? '',
  };
}

export function spendErrors(t: TFunction, values: SpendValues) {
  return {
    date: !values.date ? t('form.required') : isCalendarDate(values.date) ? undefined : t('budget.form.dateInvalid'),
    amount: moneyError(t, values.amount, false),
  };
}

export function spendBody(values: SpendValues, budgetLineId: string): CreateBody<'spend-entries'> {
  return {
    budgetLineId,
    date: values.date,
    kind: values.kind,
    amount: centsOf(values.amount) ?? 0,
    note: textOrNull(values.note),
  };
}

// ── Scenarios ───────────────────────────────────────────────────────────────────────────────────

/** `blank`: an empty scenario (every line keeps its planned amount); `current`: a snapshot of the plan. */
export type ScenarioSource = 'blank' | 'current' | { scenario: string };

export type ScenarioValues = { name: string; description: string; totalAmount: NumberField };

export function scenarioValues(entity: BudgetScenarioEntity | null): ScenarioValues {
  return {
    name: entity?.name ?? '',
    description: entity?.description ?? '',
    totalAmount: unitsOf(entity?.totalAmount),
  };
}

export function scenarioErrors(t: TFunction, values: ScenarioValues) {
  return {
    name: values.name.trim() ? undefined : t('form.required'),
    totalAmount: moneyError(t, values.totalAmount, true),
  };
}

export function scenarioBody(values: ScenarioValues): CreateBody<'budget-scenarios'> {
  return {
    name: values.name.trim(),
    description: textOrNull(values.description),
    totalAmount: centsOf(values.totalAmount),
  };
}

/** A slug for a new key ("Plan B — Été" → "plan-b-ete"), made unique among `taken` with a suffix. */
export function uniqueKey(name: string, taken: Iterable<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60)
      .replace(/^-+|-+$/g, '') || 'scenario';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

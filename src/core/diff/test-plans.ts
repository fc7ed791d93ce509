import type { Action, BudgetLine, Kpi, Measurement, Objective, Person, PlanFacts, Strategy, Tactic } from '../plan.js';
import { emptyPlan } from '../shared/empty-plan.js';

/**
 * Small hand-written plans for the diff's tests: the shared empty plan, a few entity builders
 * with neutral defaults, and `edit` to derive the next version of a plan.
 */
export { emptyPlan };

/** A copy of `plan` changed by `change`: the next revision. */
export function edit(plan: PlanFacts, change: (next: PlanFacts) => void): PlanFacts {
  const next = structuredClone(plan);
  change(next);
  return next;
}

export const person = (key: string, name: string): Person => ({ key, name, weeklyCapacityHours: 35 });

export const objective = (key: string, title: string, extra: Partial<Objective> = {}): Objective => ({
  key,
  title,
  type: 'acquisition',
  businessGoals: [],
  ...extra,
});

export const strategy = (key: string, name: string, extra: Partial<Strategy> = {}): Strategy => ({
  key,
  name,
  channel: 'other',
  objectives: [],
  personas: [],
  swotItems: [],
  ...extra,
});

export const tactic = (key: string, strategyKey: string, name: string): Tactic => ({
  key,
  strategy: strategyKey,
  name,
});

export const action = (key: string, title: string, extra: Partial<Action> = {}): Action => ({
  key,
  tactic: 'tactique',
  title,
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  ...extra,
});

export const budgetLine = (key: string, label: string, plannedAmount: number): BudgetLine => ({
  key,
  label,
  category: 'advertising',
  plannedAmount,
  committedAmount: 0,
});

export const kpi = (key: string, name: string, extra: Partial<Kpi> = {}): Kpi => ({
  key,
  name,
  direction: 'increase',
  aggregation: 'sum',
  tolerancePercent: 10,
  ...extra,
});

/** `count` daily measurements of one KPI from `firstDay` of January 2027 on. */
export function dailyMeasurements(kpiKey: string, firstDay: number, count: number, value = 100): Measurement[] {
  return Array.from({ length: count }, (_, i) => ({
    kpi: kpiKey,
    date: `2027-01-${String(firstDay + i).padStart(2, '0')}`,
    value,
    source: 'ga4',
  }));
}

import type { BudgetScenario, BudgetSettings, Localized, PlanFacts, ScenarioAllocation } from '../plan.js';
import { budgetEnvelope, overAllocation, type BudgetEnvelope, type OverAllocation } from './envelope.js';
import { expectedReturnOf } from './roi.js';

/**
 * A what-if scenario only lists the lines it changes: a line absent from it keeps its planned
 * amount. So a scenario stays meaningful when lines are added to the plan later, and "move
 * 1 000 € from social to email" is two allocations, not a copy of the whole budget. When a
 * scenario lists a line twice, the last allocation wins (as a later edit would).
 */
export interface ScenarioLineAmount {
  budgetLine: string;
  amount: number;
  /** Where the amount comes from: the scenario's own allocation, or the line's planned amount. */
  source: 'scenario' | 'plan';
}

/** Explicit allocations of a scenario, one per line (the last wins), for lines that exist. */
function explicitAllocations(facts: PlanFacts, scenarioKey: string): Map<string, number> {
  const lineKeys = new Set(facts.budgetLines.map((line) => line.key));
  const amounts = new Map<string, number>();
  for (const allocation of facts.scenarioAllocations) {
    if (allocation.scenario === scenarioKey && lineKeys.has(allocation.budgetLine)) {
      amounts.set(allocation.budgetLine, allocation.amount);
    }
  }
  return amounts;
}

/** The amount of every budget line under a scenario, in the plan's line order. */
export function buildScenarioAllocation(facts: PlanFacts, scenarioKey: string): ScenarioLineAmount[] {
  const explicit = explicitAllocations(facts, scenarioKey);
  return facts.budgetLines.map((line) => {
    const amount = explicit.get(line.key);
    return amount === undefined
      ? { budgetLine: line.key, amount: line.plannedAmount, source: 'plan' }
      : { budgetLine: line.key, amount, source: 'scenario' };
  });
}

/** One line in one column of the comparison. Deltas are against the current plan. */
export interface ScenarioCell {
  scenario: string;
  amount: number;
  source: 'scenario' | 'plan';
  /** amount × expected ROI, as in the method's table; null without an ROI. */
  expectedReturn: number | null;
  delta: number;
  returnDelta: number | null;
}

export interface ScenarioComparisonLine {
  key: string;
  label: string;
  expectedRoi: number | null;
  current: { amount: number; expectedReturn: number | null };
  /** One cell per compared scenario, in the order of `ScenarioComparison.scenarios`. */
  scenarios: ScenarioCell[];
}

export interface ScenarioTotals {
  allocated: number;
  expectedReturn: number;
  /**
   * The scenario's own total (or the plan's when it has none) with the plan's contingency
   * percentage; null when neither the scenario nor the plan has a total.
   */
  envelope: BudgetEnvelope | null;
  overAllocation: OverAllocation | null;
}

export interface ScenarioColumn extends ScenarioTotals {
  key: string;
  name: string;
  description: string | null;
  delta: number;
  returnDelta: number;
}

export interface ScenarioComparison {
  currency: string;
  current: ScenarioTotals;
  scenarios: ScenarioColumn[];
  lines: ScenarioComparisonLine[];
  /** Requested keys that match no scenario of the plan (left out of the comparison). */
  unknownScenarioKeys: string[];
}

function scenarioTotals(allocated: number, expectedReturn: number, settings: BudgetSettings | null, currency: string) {
  const envelope = settings ? budgetEnvelope(settings, allocated) : null;
  const totals: ScenarioTotals = {
    allocated,
    expectedReturn,
    envelope,
    overAllocation: envelope ? overAllocation(envelope, currency) : null,
  };
  return totals;
}

function scenarioSettings(facts: PlanFacts, scenario: BudgetScenario): BudgetSettings | null {
  const totalAmount = scenario.totalAmount ?? facts.budget?.totalAmount;
  if (totalAmount == null) return null;
  return { totalAmount, contingencyPercent: facts.budget?.contingencyPercent ?? 0 };
}

function comparisonLines(facts: PlanFacts, scenarios: readonly BudgetScenario[]): ScenarioComparisonLine[] {
  const allocations = scenarios.map((scenario) => buildScenarioAllocation(facts, scenario.key));
  return facts.budgetLines.map((line, index) => {
    const roi = line.expectedRoi ?? null;
    const currentReturn = expectedReturnOf(line.plannedAmount, roi);
    const cells = scenarios.map((scenario, column): ScenarioCell => {
      const cell = allocations[column]?.[index] ?? { amount: line.plannedAmount, source: 'plan' as const };
      const cellReturn = expectedReturnOf(cell.amount, roi);
      return {
        scenario: scenario.key,
        amount: cell.amount,
        source: cell.source,
        expectedReturn: cellReturn,
        delta: cell.amount - line.plannedAmount,
        returnDelta: cellReturn === null || currentReturn === null ? null : cellReturn - currentReturn,
      };
    });
    return {
      key: line.key,
      label: line.label,
      expectedRoi: roi,
      current: { amount: line.plannedAmount, expectedReturn: currentReturn },
      scenarios: cells,
    };
  });
}

/** The current plan and the given scenarios side by side, line by line, with totals and deltas. */
export function compareScenarios(facts: PlanFacts, scenarioKeys: readonly string[]): ScenarioComparison {
  const byKey = new Map(facts.budgetScenarios.map((scenario) => [scenario.key, scenario]));
  const scenarios = scenarioKeys.flatMap((key) => byKey.get(key) ?? []);
  const lines = comparisonLines(facts, scenarios);
  const currency = facts.plan.currency;
  const sumOver = (pick: (line: ScenarioComparisonLine) => number | null) =>
    lines.reduce((total, line) => total + (pick(line) ?? 0), 0);
  const current = scenarioTotals(
    sumOver((line) => line.current.amount),
    sumOver((line) => line.current.expectedReturn),
    facts.budget ?? null,
    currency,
  );
  const columns = scenarios.map((scenario, column): ScenarioColumn => {
    const totals = scenarioTotals(
      sumOver((line) => line.scenarios[column]?.amount ?? null),
      sumOver((line) => line.scenarios[column]?.expectedReturn ?? null),
      scenarioSettings(facts, scenario),
      currency,
    );
    return {
      key: scenario.key,
      name: scenario.name,
      description: scenario.description ?? null,
      ...totals,
      delta: totals.allocated - current.allocated,
      returnDelta: totals.expectedReturn - current.expectedReturn,
    };
  });
  const unknownScenarioKeys = scenarioKeys.filter((key) => !byKey.has(key));
  return { currency, current, scenarios: columns, lines, unknownScenarioKeys };
}

export type CopyScenarioResult =
  { ok: true; scenario: BudgetScenario; allocations: ScenarioAllocation[] } | { ok: false; error: Localized };

/**
 * A new scenario made from an existing one (`sourceKey`) or from the current plan (null).
 * Copying a scenario copies its total and its explicit allocations only, so the copy keeps
 * following the plan on the lines the source did not change. Copying the current plan writes
 * every line's planned amount: a snapshot to edit, which no longer follows later plan changes.
 * Nothing is changed in `facts`; the caller stores the returned rows.
 */
export function copyScenario(
  facts: PlanFacts,
  sourceKey: string | null,
  target: { key: string; name: string; description?: string | null },
): CopyScenarioResult {
  if (facts.budgetScenarios.some((scenario) => scenario.key === target.key)) {
    return {
      ok: false,
      error: {
        fr: `Un scénario porte déjà la clé « ${target.key} ».`,
        en: `A scenario already has the key "${target.key}".`,
      },
    };
  }
  if (sourceKey === null) {
    const description = target.description ?? null;
    const scenario = {
      key: target.key,
      name: target.name,
      description,
      totalAmount: facts.budget?.totalAmount ?? null,
    };
    const allocations = facts.budgetLines.map((line) => ({
      scenario: target.key,
      budgetLine: line.key,
      amount: line.plannedAmount,
    }));
    return { ok: true, scenario, allocations };
  }
  const source = facts.budgetScenarios.find((scenario) => scenario.key === sourceKey);
  if (!source) {
    return {
      ok: false,
      error: { fr: `Aucun scénario n'a la clé « ${sourceKey} ».`, en: `No scenario has the key "${sourceKey}".` },
    };
  }
  const description = target.description ?? source.description ?? null;
  const scenario = { key: target.key, name: target.name, description, totalAmount: source.totalAmount ?? null };
  const allocations = [...explicitAllocations(facts, source.key)].map(([budgetLine, amount]) => ({
    scenario: target.key,
    budgetLine,
    amount,
  }));
  return { ok: true, scenario, allocations };
}

import type { BudgetLine, PlanFacts, SpendEntry } from '../plan.js';
import { budgetEnvelope, overAllocation, type BudgetEnvelope, type OverAllocation } from './envelope.js';
import { formatRoi } from './money.js';
import { spendTotals, type SpendTotals } from './totals.js';
import { expectedReturn, rankByExpectedRoi } from './roi.js';
import { groupByCategory, groupByStrategy, groupByTactic, strategyOfLine, type BudgetGroup } from './summary-groups.js';

export interface BudgetLineSummary extends SpendTotals {
  key: string;
  label: string;
  category: BudgetLine['category'];
  /** The line's strategy, or its tactic's strategy when the line names only a tactic. */
  strategy: string | null;
  tactic: string | null;
  expectedRoi: number | null;
  /** "3:1", or null without an expected ROI. */
  roiLabel: string | null;
  /** planned × expected ROI, in cents; null without an expected ROI. */
  expectedReturn: number | null;
  /** 1 for the best expected ROI; null for lines without one. */
  roiRank: number | null;
}

/**
 * Committed and actual spend of one month, from spend entries' dates. Planned amounts have no
 * date, so they are not spread over months: a month shows only what was committed or spent in
 * it. A line's own `committedAmount` is undated too and appears in no month.
 */
export interface MonthTotals {
  month: string;
  committed: number;
  actual: number;
}

export interface BudgetSummary {
  currency: string;
  /** Null when the plan has no budget settings (no total, so no reserve and no over-allocation). */
  envelope: BudgetEnvelope | null;
  overAllocation: OverAllocation | null;
  totals: SpendTotals & { expectedReturn: number };
  lines: BudgetLineSummary[];
  byStrategy: BudgetGroup[];
  byTactic: BudgetGroup[];
  byCategory: BudgetGroup[];
  byMonth: MonthTotals[];
  /** Keys of the lines with an expected ROI, best first (ties by label). */
  roiRanking: string[];
}

/** Sum of committed and actual spend entries per budget line key. */
function spendByLine(entries: readonly SpendEntry[]): Map<string, { committed: number; actual: number }> {
  const byLine = new Map<string, { committed: number; actual: number }>();
  for (const entry of entries) {
    const sums = byLine.get(entry.budgetLine) ?? { committed: 0, actual: 0 };
    sums[entry.kind] += entry.amount;
    byLine.set(entry.budgetLine, sums);
  }
  return byLine;
}

/** Spend entries of lines that do not exist are left out, as they are of every other total. */
function monthTotals(entries: readonly SpendEntry[], lineKeys: ReadonlySet<string>): MonthTotals[] {
  const byMonth = new Map<string, MonthTotals>();
  for (const entry of entries) {
    if (!lineKeys.has(entry.budgetLine)) continue;
    const month = entry.date.slice(0, 7);
    const totals = byMonth.get(month) ?? { month, committed: 0, actual: 0 };
    totals[entry.kind] += entry.amount;
    byMonth.set(month, totals);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function summariseLines(facts: PlanFacts, ranking: readonly string[]): BudgetLineSummary[] {
  const ranks = new Map(ranking.map((key, index) => [key, index + 1]));
  const spend = spendByLine(facts.spendEntries);
  return facts.budgetLines.map((line) => {
    const sums = spend.get(line.key) ?? { committed: 0, actual: 0 };
    const rank = ranks.get(line.key);
    const roi = line.expectedRoi ?? null;
    return {
      key: line.key,
      label: line.label,
      category: line.category,
      strategy: strategyOfLine(line, facts.tactics),
      tactic: line.tactic ?? null,
      ...spendTotals(line.plannedAmount, line.committedAmount + sums.committed, sums.actual),
      expectedRoi: roi,
      roiLabel: roi === null ? null : formatRoi(roi, facts.plan.locale),
      expectedReturn: expectedReturn(line),
      roiRank: rank ?? null,
    };
  });
}

/** The budget as the method's table shows it, plus tracking totals and the reserve check. */
export function summariseBudget(facts: PlanFacts): BudgetSummary {
  const ranking = rankByExpectedRoi(facts.budgetLines);
  const lines = summariseLines(facts, ranking);
  const sum = (pick: (line: BudgetLineSummary) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const planned = sum((line) => line.planned);
  const envelope = facts.budget ? budgetEnvelope(facts.budget, planned) : null;
  const currency = facts.plan.currency;
  return {
    currency,
    envelope,
    overAllocation: envelope ? overAllocation(envelope, currency) : null,
    totals: {
      ...spendTotals(
        planned,
        sum((line) => line.committed),
        sum((line) => line.actual),
      ),
      expectedReturn: sum((line) => line.expectedReturn ?? 0),
    },
    lines,
    byStrategy: groupByStrategy(lines, facts.strategies),
    byTactic: groupByTactic(lines, facts.tactics),
    byCategory: groupByCategory(lines),
    byMonth: monthTotals(facts.spendEntries, new Set(lines.map((line) => line.key))),
    roiRanking: ranking,
  };
}

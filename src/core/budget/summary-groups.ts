import type { BudgetLine, Localized, Strategy, Tactic } from '../plan.js';
import { spendTotals, type SpendTotals } from './totals.js';

/** Totals of the lines sharing a strategy, a tactic or a category. */
export interface BudgetGroup extends SpendTotals {
  /** Strategy key, tactic key or category; null for lines that have none. */
  key: string | null;
  label: Localized;
  /** Sum of the expected returns of the group's lines that have an expected ROI. */
  expectedReturn: number;
}

/** The fields of a line summary that group totals are made of. */
interface GroupableLine {
  strategy: string | null;
  tactic: string | null;
  category: BudgetLine['category'];
  planned: number;
  committed: number;
  actual: number;
  expectedReturn: number | null;
}

const categoryLabels: Record<BudgetLine['category'], Localized> = {
  staff: { fr: 'Personnel', en: 'Staff' },
  advertising: { fr: 'Publicité', en: 'Advertising' },
  tools: { fr: 'Outils', en: 'Tools' },
  content: { fr: 'Création de contenu', en: 'Content creation' },
  events: { fr: 'Événements', en: 'Events' },
  other: { fr: 'Autres', en: 'Other' },
};

const categoryOrder = Object.keys(categoryLabels) as BudgetLine['category'][];

/**
 * A line's strategy: the one it names, else its tactic's. A line naming both keeps the strategy
 * it names (a mismatch is for the plan health check to report, not for totals to guess).
 */
export function strategyOfLine(
  line: Pick<BudgetLine, 'strategy' | 'tactic'>,
  tactics: readonly Tactic[],
): string | null {
  if (line.strategy) return line.strategy;
  if (!line.tactic) return null;
  return tactics.find((tactic) => tactic.key === line.tactic)?.strategy ?? null;
}

function groupTotals(key: string | null, label: Localized, lines: readonly GroupableLine[]): BudgetGroup {
  const sum = (pick: (line: GroupableLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    key,
    label,
    ...spendTotals(
      sum((line) => line.planned),
      sum((line) => line.committed),
      sum((line) => line.actual),
    ),
    expectedReturn: sum((line) => line.expectedReturn ?? 0),
  };
}

/**
 * One group per key in `order` that has lines, in that order, then the lines without a key.
 * Only groups with lines are listed: a strategy without budget is the health check's business.
 */
function groupBy(
  lines: readonly GroupableLine[],
  keyOf: (line: GroupableLine) => string | null,
  order: readonly { key: string; label: Localized }[],
  noneLabel: Localized,
): BudgetGroup[] {
  const known = new Set(order.map((entry) => entry.key));
  const members = new Map<string | null, GroupableLine[]>();
  for (const line of lines) {
    const key = keyOf(line);
    const bucket = key !== null && known.has(key) ? key : null;
    const bucketLines = members.get(bucket) ?? [];
    bucketLines.push(line);
    members.set(bucket, bucketLines);
  }
  const groups: BudgetGroup[] = [];
  for (const { key, label } of order) {
    const group = members.get(key);
    if (group) groups.push(groupTotals(key, label, group));
  }
  const orphans = members.get(null) ?? [];
  if (orphans.length > 0) groups.push(groupTotals(null, noneLabel, orphans));
  return groups;
}

const sameInBothLanguages = (text: string): Localized => ({ fr: text, en: text });

export function groupByStrategy(lines: readonly GroupableLine[], strategies: readonly Strategy[]): BudgetGroup[] {
  const order = strategies.map((strategy) => ({ key: strategy.key, label: sameInBothLanguages(strategy.name) }));
  return groupBy(lines, (line) => line.strategy, order, { fr: 'Sans stratégie', en: 'No strategy' });
}

export function groupByTactic(lines: readonly GroupableLine[], tactics: readonly Tactic[]): BudgetGroup[] {
  const order = tactics.map((tactic) => ({ key: tactic.key, label: sameInBothLanguages(tactic.name) }));
  return groupBy(lines, (line) => line.tactic, order, { fr: 'Sans tactique', en: 'No tactic' });
}

export function groupByCategory(lines: readonly GroupableLine[]): BudgetGroup[] {
  const order = categoryOrder.map((category) => ({ key: category, label: categoryLabels[category] }));
  return groupBy(lines, (line) => line.category, order, { fr: 'Sans catégorie', en: 'No category' });
}

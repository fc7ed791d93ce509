import type { Ctx, Item, TacticRef } from './context.js';
import { Keys } from './keys.js';
import { cents, round } from './numbers.js';
import { list } from './text.js';
import {
  budgetCategoryLabels,
  budgetRanges,
  channelCategories,
  scenarios,
  type BudgetCategory,
} from './vocabulary.budget.js';

export interface BudgetLineRef {
  key: string;
  category: BudgetCategory;
  planned: number;
  committed: number;
}

const suppliers: Record<BudgetCategory, string[]> = {
  staff: list('Refacturation interne|Cabinet de recrutement Alto'),
  advertising: list('Google Ireland|Meta Platforms Ireland|LinkedIn Ireland'),
  tools: list('HubSpot|Semrush|Canva|Brevo'),
  content: list('Studio Kairos|Agence Hêtre|Rédaction freelance'),
  events: list('Comexposium|Traiteur Dupré|Location Stand Pro'),
  other: list('Imprimerie Rivoire|La Poste|Goodies & Cie'),
};

export function buildBudgetLines(ctx: Ctx, tactics: TacticRef[]): { items: Item[]; refs: BudgetLineRef[] } {
  const { rng } = ctx;
  const keys = new Keys();
  const labels = new Map<string, number>();
  const items: Item[] = [];
  const refs: BudgetLineRef[] = [];
  for (let l = 0; l < ctx.spec.budgetLines; l++) {
    const tactic = tactics[l % tactics.length] as TacticRef;
    const lap = Math.floor(l / tactics.length);
    const preferred = channelCategories[tactic.strategy.channel];
    const category = lap < preferred.length ? (preferred[lap] as BudgetCategory) : rng.pick(preferred);
    let label = `${budgetCategoryLabels[category]} — ${tactic.name}`;
    const seen = labels.get(label) ?? 0;
    labels.set(label, seen + 1);
    if (seen > 0) label += ` (lot ${seen + 1})`;
    const [min, max] = budgetRanges[category];
    const plannedEuros = rng.float(min, max);
    const planned = cents(plannedEuros);
    const committed = Math.min(planned, cents(plannedEuros * rng.float(0.2, 1)));
    const key = keys.make(label, 48);
    const item: Item = {
      key,
      label,
      category,
      strategy: tactic.strategy.key,
      tactic: tactic.key,
      plannedAmount: planned,
      committedAmount: committed,
      expectedRoi: round(rng.float(0.5, 6), 1),
    };
    if (rng.chance(0.4)) {
      item.minAmount = cents(plannedEuros * 0.5);
      item.maxAmount = cents(plannedEuros * 1.5);
    }
    items.push(item);
    refs.push({ key, category, planned, committed });
  }
  return { items, refs };
}

export function buildSpendEntries(ctx: Ctx, lines: BudgetLineRef[]): Item[] {
  const { rng } = ctx;
  const rows: Item[] = [];
  const [least, most] = ctx.spec.budgetLines > 50 ? [2, 6] : [1, 3];
  for (const line of lines) {
    const count = rng.int(least, most);
    const spent = (line.committed / 100) * rng.float(0.4, 1);
    const days = Array.from({ length: count }, () => rng.int(0, ctx.asOf)).sort((a, b) => a - b);
    const weights = days.map(() => rng.float(0.5, 1.5));
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    days.forEach((day, n) => {
      const date = ctx.cal.date(day);
      const kind = n === 0 && rng.chance(0.3) ? 'committed' : 'actual';
      const number = `${date.slice(0, 4)}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
      rows.push({
        budgetLine: line.key,
        date,
        amount: cents((spent * (weights[n] as number)) / totalWeight, 1),
        kind,
        note: `${kind === 'committed' ? 'Bon de commande' : 'Facture'} ${rng.pick(suppliers[line.category])} n° ${number}`,
      });
    });
  }
  return rows;
}

export function buildScenarios(ctx: Ctx, lines: BudgetLineRef[]): { items: Item[]; allocations: Item[] } {
  const keys = new Keys();
  const items: Item[] = [];
  const allocations: Item[] = [];
  for (const scenario of scenarios.slice(0, ctx.spec.scenarios)) {
    const key = keys.make(scenario.name);
    let total = 0;
    for (const line of lines) {
      const amount = cents((line.planned / 100) * scenario.factor(line.category), 10);
      total += amount;
      allocations.push({ scenario: key, budgetLine: line.key, amount });
    }
    items.push({ key, name: scenario.name, description: scenario.description, totalAmount: total });
  }
  return { items, allocations };
}

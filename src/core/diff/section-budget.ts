import type { DiffContext } from './context.js';
import { pairBudgetMoves, type AmountShift } from './budget-moves.js';
import { bothLocales, formatMoney, minorUnitsPerUnit } from './format.js';
import { movedMessage } from './phrases.js';
import type { SortableChange } from './rows.js';

/**
 * Replaces the planned-amount changes of budget lines that moved money to each other with
 * « 2 000 € déplacés de SEA vers Email » (see budget-moves.ts); lines with a remainder keep
 * their plain change too.
 */
export function explainBudgetMoves(entries: SortableChange[], ctx: DiffContext): SortableChange[] {
  const decreases: AmountShift[] = [];
  const increases: AmountShift[] = [];
  for (const { change } of entries) {
    if (change.field !== 'plannedAmount' || change.kind !== 'changed' || change.key === undefined) continue;
    const delta = Number(change.after ?? 0) - Number(change.before ?? 0);
    if (delta < 0) decreases.push({ key: change.key, amount: -delta });
    if (delta > 0) increases.push({ key: change.key, amount: delta });
  }
  const { moves, withRemainder } = pairBudgetMoves(decreases, increases);
  if (moves.length === 0) return entries;
  const explained = (entry: SortableChange) =>
    entry.change.field === 'plannedAmount' && entry.change.kind === 'changed' && !withRemainder.has(entry.change.key!);
  const currency = ctx.after.currency;
  const name = (key: string) => ctx.nameOf('budgetLines', key);
  const moveEntries = moves.map(({ from, to, amount }) => {
    const money = bothLocales((locale) => formatMoney(amount, currency, locale));
    // French agrees « 1 € déplacé » below two units, « 2 € déplacés » from two on.
    const singular = amount < 2 * minorUnitsPerUnit(currency);
    return {
      sortKey: from,
      change: {
        kind: 'moved' as const,
        collection: 'budgetLines' as const,
        key: from,
        field: 'plannedAmount',
        before: from,
        after: to,
        amount,
        message: movedMessage(money, singular, name(from), name(to)),
      },
    };
  });
  return [...entries.filter((entry) => !explained(entry)), ...moveEntries];
}

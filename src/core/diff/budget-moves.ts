/**
 * Budget reallocations. When, in one diff, some budget lines' planned amounts went down and
 * others went up, the money most likely moved from the former to the latter, and a person says
 * so: « 2 000 € déplacés de SEA vers Email » rather than two unrelated changes.
 *
 * The pairing, on the magnitudes of the changes (minor units):
 * 1. Exact matches first: each decrease, largest first, takes the first remaining increase of
 *    exactly the same amount (ties between lines go to the smaller key).
 * 2. Then greedily, largest first: the largest remaining decrease feeds the largest remaining
 *    increase with as much as both allow, until one side runs out.
 * Whatever is left on a line (a budget cut, new money) is its remainder: that line's change is
 * also reported as a plain change, with its real before and after amounts.
 */

export interface AmountShift {
  key: string;
  /** How much the line went down (a decrease) or up (an increase): positive, in minor units. */
  amount: number;
}

export interface BudgetMove {
  from: string;
  to: string;
  amount: number;
}

export interface MovePairing {
  moves: BudgetMove[];
  /** Lines whose change the moves do not fully explain. */
  withRemainder: Set<string>;
}

const largestFirst = (a: AmountShift, b: AmountShift): number =>
  b.amount - a.amount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function pairExactAmounts(decreases: AmountShift[], increases: AmountShift[]) {
  const increasesByAmount = new Map<number, AmountShift[]>();
  for (const increase of increases) {
    const queue = increasesByAmount.get(increase.amount) ?? [];
    queue.push(increase);
    increasesByAmount.set(increase.amount, queue);
  }
  const moves: BudgetMove[] = [];
  const unmatchedDecreases: AmountShift[] = [];
  const matchedIncreases = new Set<AmountShift>();
  for (const decrease of decreases) {
    const increase = increasesByAmount.get(decrease.amount)?.shift();
    if (increase) {
      moves.push({ from: decrease.key, to: increase.key, amount: decrease.amount });
      matchedIncreases.add(increase);
    } else {
      unmatchedDecreases.push(decrease);
    }
  }
  return { moves, unmatchedDecreases, unmatchedIncreases: increases.filter((i) => !matchedIncreases.has(i)) };
}

export function pairBudgetMoves(decreases: AmountShift[], increases: AmountShift[]): MovePairing {
  const exact = pairExactAmounts(
    decreases.filter((d) => d.amount > 0).sort(largestFirst),
    increases.filter((i) => i.amount > 0).sort(largestFirst),
  );
  const moves = exact.moves;
  const sources = exact.unmatchedDecreases.map((d) => ({ ...d }));
  const sinks = exact.unmatchedIncreases.map((i) => ({ ...i }));
  let s = 0;
  let t = 0;
  while (s < sources.length && t < sinks.length) {
    const source = sources[s]!;
    const sink = sinks[t]!;
    const amount = Math.min(source.amount, sink.amount);
    moves.push({ from: source.key, to: sink.key, amount });
    source.amount -= amount;
    sink.amount -= amount;
    if (source.amount === 0) s++;
    if (sink.amount === 0) t++;
  }
  const withRemainder = new Set([...sources, ...sinks].filter((shift) => shift.amount > 0).map((shift) => shift.key));
  return { moves, withRemainder };
}

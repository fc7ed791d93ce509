import { nextUnitSlope, type Segment } from './response-curve.js';

/** A line's continuous LP amount and what bounds its whole-cent amount. */
export interface ContinuousAmount {
  amount: number;
  min: number;
  max: number;
  segments: readonly Segment[];
}

/** LP solutions sit within a tolerance of their bounds: 4 999.9999999 cents means 5 000. */
const solverTolerance = 1e-6;

/**
 * Whole cents from the LP's continuous amounts: each line is rounded down, then the cents lost
 * (the rounded sum of the LP amounts minus the sum of the floors, never past `allocatable`) go
 * one at a time to the line whose next cent returns the most (ties to the earlier line). So the
 * total stays ≤ allocatable, each line within its bounds, and no cent the LP spent is dropped.
 */
export function wholeCents(amounts: readonly ContinuousAmount[], allocatable: number): number[] {
  const cents = amounts.map(({ amount, min, max }) =>
    Math.min(max, Math.max(min, Math.floor(amount + solverTolerance))),
  );
  const lpTotal = amounts.reduce((total, { amount }) => total + amount, 0);
  const target = Math.min(allocatable, Math.round(lpTotal));
  let remainder = target - cents.reduce((total, value) => total + value, 0);
  while (remainder > 0) {
    const best = bestNextCent(amounts, cents);
    if (best < 0) break;
    cents[best] = (cents[best] ?? 0) + 1;
    remainder--;
  }
  return cents;
}

/** Index of the line whose next cent returns the most, or −1 when every line is at its max. */
function bestNextCent(amounts: readonly ContinuousAmount[], cents: readonly number[]): number {
  let best = -1;
  let bestSlope = -Infinity;
  amounts.forEach(({ max, segments }, index) => {
    const current = cents[index] ?? 0;
    if (current >= max) return;
    const slope = nextUnitSlope(segments, current);
    if (slope > bestSlope || best < 0) {
      best = index;
      bestSlope = slope;
    }
  });
  return best;
}

import { describe, expect, it } from 'vitest';
import { combineDailyResults, type DailyResultRow } from './combine.js';

/** Mean and sample standard deviation (n − 1) of raw values, computed directly. */
function describeValues(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(squares / (values.length - 1)) };
}

/** Deterministic pseudo-random order values (a linear congruential generator, skewed like baskets). */
function orderValues(count: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 20 + 200 * (state / 2147483648) ** 3;
  });
}

describe('combineDailyResults', () => {
  it('sums conversion rows', () => {
    const rows: DailyResultRow[] = [
      { users: 120, conversions: 7 },
      { users: 0, conversions: 0 },
      { users: 95, conversions: 11 },
    ];
    expect(combineDailyResults('proportion', rows)).toEqual({
      users: 215,
      conversions: 18,
      mean: null,
      sd: null,
      days: 3,
      ignoredRows: 0,
    });
  });

  it('gives the mean and sd of all units together, from each day’s own', () => {
    // The reference is the direct computation on the raw values, never split into days.
    const days = [orderValues(37, 1), orderValues(1, 2), orderValues(250, 3), orderValues(2, 4), orderValues(0, 5)];
    const rows = days.map((values) => ({
      users: values.length,
      ...(values.length ? describeValues(values) : { mean: 0, sd: 0 }),
    }));
    // A day with a single unit has no sample sd; whatever was stored must not count.
    (rows[1] as DailyResultRow).sd = 123;
    const all = describeValues(days.flat());
    const combined = combineDailyResults('mean', rows);
    expect(combined.users).toBe(290);
    expect(combined.mean).toBeCloseTo(all.mean, 10);
    expect(combined.sd).toBeCloseTo(all.sd, 10);
    expect(combined.days).toBe(5);
  });

  it('leaves out, and counts, rows without the metric’s fields', () => {
    const rows: DailyResultRow[] = [
      { users: 10, conversions: 2, mean: null, sd: null },
      { users: 10, mean: 5, sd: 1 },
      { users: 10, mean: 7, sd: 1 },
    ];
    expect(combineDailyResults('proportion', rows)).toMatchObject({
      users: 10,
      conversions: 2,
      days: 1,
      ignoredRows: 2,
    });
    // Two days of 10 units, means 5 and 7, sd 1: s² = (9 + 9 + 10·1 + 10·1) / 19 = 2.
    const means = combineDailyResults('mean', rows);
    expect(means).toMatchObject({ users: 20, conversions: null, mean: 6, days: 2, ignoredRows: 1 });
    expect(means.sd).toBeCloseTo(Math.sqrt(2), 12);
  });

  it('has no mean without units and no sd below 2 units', () => {
    expect(combineDailyResults('mean', [])).toMatchObject({ users: 0, mean: null, sd: null, days: 0 });
    expect(combineDailyResults('mean', [{ users: 1, mean: 4, sd: 0 }])).toMatchObject({ users: 1, mean: 4, sd: null });
  });
});

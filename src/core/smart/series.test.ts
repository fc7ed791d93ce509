import { describe, expect, it } from 'vitest';
import { dayNumber, daysBetween, latestValue, leastSquaresSlopePerDay } from './series.js';

describe('dayNumber and daysBetween', () => {
  // Counted on a calendar: January has 31 days, 2028 is a leap year, 2027 is not.
  it.each([
    ['1970-01-01', '1970-01-02', 1],
    ['2027-01-21', '2027-02-20', 30],
    ['2027-02-28', '2027-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2027-02-28', '2027-12-31', 306],
    ['2027-03-31', '2027-03-01', -30],
    ['2026-12-31', '2027-01-01', 1],
  ])('%s → %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('counts from the epoch', () => {
    expect(dayNumber('1970-01-11')).toBe(10);
  });

  it.each(['2027-3-1', '31/03/2027', ''])('rejects %j', (bad) => {
    expect(() => dayNumber(bad)).toThrow(RangeError);
  });
});

describe('leastSquaresSlopePerDay', () => {
  // Worked by hand with x = days from the first date: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)².
  it.each([
    // x = 0,1,2; y = 1,3,2; x̄ = 1, ȳ = 2; Σ = (−1)(−1) + 0 + (1)(0) = 1; Σ(x−x̄)² = 2 → 0.5
    [
      [
        ['2027-01-01', 1],
        ['2027-01-02', 3],
        ['2027-01-03', 2],
      ],
      0.5,
    ],
    // points on a line rising 20 every 10 days → 2 per day
    [
      [
        ['2027-01-01', 100],
        ['2027-01-11', 120],
        ['2027-01-21', 140],
      ],
      2,
    ],
    // same line, rows in another order
    [
      [
        ['2027-01-21', 140],
        ['2027-01-01', 100],
        ['2027-01-11', 120],
      ],
      2,
    ],
    // falling 0.6 over 28 days
    [
      [
        ['2027-01-31', 12.6],
        ['2027-02-28', 12],
      ],
      -0.6 / 28,
    ],
    // x = 0,10,10; y = 100,110,130: x̄ = 20/3, ȳ = 340/3; Σxy-dev = 400/3, Σx-dev² = 200/3 → 2
    [
      [
        ['2027-01-01', 100],
        ['2027-01-11', 110],
        ['2027-01-11', 130],
      ],
      2,
    ],
  ] as const)('%j → %d per day', (rows, slope) => {
    const points = rows.map(([date, value]) => ({ date, value }));
    expect(leastSquaresSlopePerDay(points)).toBeCloseTo(slope, 12);
  });

  it.each([
    [[]],
    [[['2027-01-01', 5]]],
    [
      [
        ['2027-01-01', 5],
        ['2027-01-01', 7],
      ],
    ],
  ] as const)('has no slope without two distinct dates: %j', (rows) => {
    expect(leastSquaresSlopePerDay(rows.map(([date, value]) => ({ date, value })))).toBeNull();
  });
});

describe('latestValue', () => {
  // Several readings on the latest date are averaged: (110 + 130) / 2 = 120.
  it.each([
    [[], null],
    [[['2027-01-01', 5]], { date: '2027-01-01', value: 5, readings: 1 }],
    [
      [
        ['2027-01-11', 110],
        ['2027-01-01', 100],
        ['2027-01-11', 130],
      ],
      { date: '2027-01-11', value: 120, readings: 2 },
    ],
    [
      [
        ['2027-03-01', 1],
        ['2027-02-01', 9],
      ],
      { date: '2027-03-01', value: 1, readings: 1 },
    ],
  ] as const)('%j → %j', (rows, expected) => {
    expect(latestValue(rows.map(([date, value]) => ({ date, value })))).toEqual(expected);
  });
});

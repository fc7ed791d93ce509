import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../plan.js';
import { confidenceTrend } from './confidence.js';

const checkIns = (...rows: [string, number | null][]): CheckIn[] =>
  rows.map(([date, confidence]) => ({ keyResult: 'kr', date, value: 0, confidence }));

describe('confidenceTrend', () => {
  // Slopes by hand with x = days from the first check-in: Σ(x−x̄)(y−ȳ) / Σ(x−x̄)²; the direction
  // is flat when slope × (last − first date) is under 0.05 in absolute value.
  it.each([
    // 0.5, 0.6, 0.7 at x = 0, 10, 20: slope 0.01, change 0.2
    ['steady rise', checkIns(['2027-01-01', 0.5], ['2027-01-11', 0.6], ['2027-01-21', 0.7]), 0.7, 'rising', 0.01],
    // 0.8 → 0.6 in 10 days
    ['fall', checkIns(['2027-01-01', 0.8], ['2027-01-11', 0.6]), 0.6, 'falling', -0.02],
    // 0.7, 0.72, 0.7: x̄ = 10, deviations −10, 0, 10 against −0.0067, 0.0133, −0.0067 → 0
    ['up and back', checkIns(['2027-01-01', 0.7], ['2027-01-11', 0.72], ['2027-01-21', 0.7]), 0.7, 'flat', 0],
    // 0.70 → 0.74 in 30 days: change 0.04 < 0.05
    ['small rise', checkIns(['2027-01-01', 0.7], ['2027-01-31', 0.74]), 0.74, 'flat', 0.04 / 30],
    // 0.3, 0.5, 0.9, 0.8 at x = 0, 10, 20, 30: x̄ = 15, ȳ = 0.625,
    // Σ = 4.875 + 0.625 + 1.375 + 2.625 = 9.5, Σx² = 500 → 0.019: rising, though the last step falls
    [
      'rising overall, last step down',
      checkIns(['2027-01-01', 0.3], ['2027-01-11', 0.5], ['2027-01-21', 0.9], ['2027-01-31', 0.8]),
      0.8,
      'rising',
      0.019,
    ],
    // rows out of order give the same answer
    ['order does not matter', checkIns(['2027-01-11', 0.6], ['2027-01-01', 0.8]), 0.6, 'falling', -0.02],
  ])('%s', (_label, rows, latest, direction, slope) => {
    const trend = confidenceTrend(rows);
    expect(trend?.latest).toBeCloseTo(latest, 12);
    expect(trend?.direction).toBe(direction);
    expect(trend?.slopePerDay).toBeCloseTo(slope, 12);
  });

  it('skips check-ins without a confidence and counts the others', () => {
    const trend = confidenceTrend(checkIns(['2027-01-01', 0.5], ['2027-01-11', null], ['2027-01-21', 0.9]));
    expect(trend).toMatchObject({ latest: 0.9, latestDate: '2027-01-21', checkIns: 2, direction: 'rising' });
  });

  it('is flat with a single check-in', () => {
    expect(confidenceTrend(checkIns(['2027-02-01', 0.7]))).toEqual({
      latest: 0.7,
      latestDate: '2027-02-01',
      direction: 'flat',
      slopePerDay: null,
      checkIns: 1,
    });
  });

  it('averages two confidences given the same latest day: (0.6 + 0.8) / 2', () => {
    const trend = confidenceTrend(checkIns(['2027-01-01', 0.5], ['2027-02-01', 0.6], ['2027-02-01', 0.8]));
    expect(trend?.latest).toBeCloseTo(0.7, 12);
  });

  it('is null without any confidence', () => {
    expect(confidenceTrend(checkIns(['2027-01-01', null]))).toBeNull();
    expect(confidenceTrend([])).toBeNull();
  });
});

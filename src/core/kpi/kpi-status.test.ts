import { describe, expect, it } from 'vitest';
import { kpiPosition, type KpiStatus } from './kpi-status.js';

describe('kpiPosition', () => {
  // Each boundary of the threshold table, worked by hand: the band is tolerance % of |expected|,
  // a boundary belongs to the better status. Expected 100 at 10 %: band 10, double band 20.
  // Expected −50 at 10 %: band 5. Expected 100/3 at 15 %: band exactly 5 (rounding must not tip it).
  it.each<[number, number, 'increase' | 'decrease', number, KpiStatus]>([
    [100, 120, 'increase', 10, 'on_track'],
    [100, 100, 'increase', 10, 'on_track'],
    [100, 90, 'increase', 10, 'on_track'],
    [100, 89.99, 'increase', 10, 'at_risk'],
    [100, 80, 'increase', 10, 'at_risk'],
    [100, 79.99, 'increase', 10, 'off_track'],
    [100, 80, 'decrease', 10, 'on_track'],
    [100, 110, 'decrease', 10, 'on_track'],
    [100, 110.01, 'decrease', 10, 'at_risk'],
    [100, 120, 'decrease', 10, 'at_risk'],
    [100, 120.01, 'decrease', 10, 'off_track'],
    [-50, -55, 'increase', 10, 'on_track'],
    [-50, -55.01, 'increase', 10, 'at_risk'],
    [-50, -60, 'increase', 10, 'at_risk'],
    [-50, -60.01, 'increase', 10, 'off_track'],
    [100 / 3, 85 / 3, 'increase', 15, 'on_track'],
    [100 / 3, 70 / 3, 'increase', 15, 'at_risk'],
    [100, 100, 'increase', 0, 'on_track'],
    [100, 99.99, 'increase', 0, 'off_track'],
    [0, 0, 'increase', 10, 'on_track'],
    [0, -0.01, 'increase', 10, 'off_track'],
  ])('expected %f, actual %f, %s at %i %% → %s', (expected, actual, direction, tolerance, status) => {
    expect(kpiPosition(expected, actual, direction, tolerance).status).toBe(status);
  });

  // Variance = actual − expected, and that over |expected|.
  it.each([
    [100, 90, -10, -0.1],
    [-50, -55, -5, -0.1],
    [200, 250, 50, 0.25],
    [0, 3, 3, null],
  ])('expected %f, actual %f → variance %f (%s)', (expected, actual, absolute, relative) => {
    const variance = kpiPosition(expected, actual, 'increase', 10).variance;
    expect(variance?.absolute).toBeCloseTo(absolute, 12);
    if (relative === null) expect(variance?.relative).toBeNull();
    else expect(variance?.relative).toBeCloseTo(relative, 12);
  });

  it.each([
    [100, null, 'no_data'],
    [null, null, 'no_data'],
    [null, 5, 'no_target'],
  ] as const)('expected %s, actual %s → %s', (expected, actual, status) => {
    expect(kpiPosition(expected, actual, 'increase', 10)).toEqual({ status, variance: null });
  });
});

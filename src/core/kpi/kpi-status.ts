/**
 * Where a KPI stands against its expected path.
 *
 * The shortfall is how far the actual falls short of the expected value in the KPI's direction
 * (expected − actual for a KPI that should increase, actual − expected for one that should
 * decrease); a negative shortfall means ahead of the path. The tolerance band is
 * `tolerancePercent` % of the expected value (its absolute value). Boundaries belong to the
 * better status.
 *
 * | Shortfall against the expected value         | Status      |
 * |----------------------------------------------|-------------|
 * | none (at or beyond expected)                 | `on_track`  |
 * | at most tolerance % of expected              | `on_track`  |
 * | over tolerance %, at most 2 × tolerance %    | `at_risk`   |
 * | over 2 × tolerance %                         | `off_track` |
 * | no measurement on or before the date         | `no_data`   |
 * | no expected value (no baseline nor target)   | `no_target` |
 *
 * Example: expected 100, tolerance 10 %, KPI to increase: 95 → on track, 90 → on track,
 * 85 → at risk, 80 → at risk, 79 → off track; for a KPI to decrease, 110 → on track, 120 → at risk.
 */
import type { Kpi } from '../plan.js';

export type KpiStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';

export interface KpiVariance {
  /** actual − expected. */
  absolute: number;
  /** (actual − expected) / |expected|; null when expected is 0. */
  relative: number | null;
}

export interface KpiPosition {
  status: KpiStatus;
  variance: KpiVariance | null;
}

export function kpiPosition(
  expected: number | null,
  actual: number | null,
  direction: Kpi['direction'],
  tolerancePercent: number,
): KpiPosition {
  if (actual === null) return { status: 'no_data', variance: null };
  if (expected === null) return { status: 'no_target', variance: null };
  const absolute = actual - expected;
  const variance = { absolute, relative: expected === 0 ? null : absolute / Math.abs(expected) };
  const shortfall = direction === 'increase' ? -absolute : absolute;
  // Compared as shortfall × 100 ≤ tolerance × |expected| so that a boundary such as 90 against
  // 100 at 10 % is not lost to a division; the guard absorbs rounding in an interpolated expected.
  const scaled = shortfall * 100;
  const band = Math.max(0, tolerancePercent) * Math.abs(expected);
  const guard = 1e-9 * Math.max(1, Math.abs(expected)) * 100;
  if (scaled <= band + guard) return { status: 'on_track', variance };
  if (scaled <= 2 * band + guard) return { status: 'at_risk', variance };
  return { status: 'off_track', variance };
}

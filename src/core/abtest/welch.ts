/**
 * Unpooled (Welch) estimates: the absolute difference of two arms' means and the relative lift,
 * each with a Welch–Satterthwaite Student-t interval and two-sided p-value.
 *
 * An arm is summarised by its number of units n, its mean m and its per-unit variance v (sd² for
 * a continuous metric, p(1 − p) for a conversion rate). With a = v_A/n_A and b = v_B/n_B:
 * - absolute: m_B − m_A, se² = a + b;
 * - relative: (m_B − m_A)/|m_A|, delta-method se² = v_B/(n_B·m_A²) + v_A·m_B²/(n_A·m_A⁴);
 * - both use the Welch–Satterthwaite df = (a + b)² / (a²/(n_A − 1) + b²/(n_B − 1)).
 */
import { studentQuantile, studentTwoSidedP } from './distributions.js';
import type { TEstimate } from './types.js';

export interface ArmSummary {
  units: number;
  mean: number;
  /** Per-unit variance. */
  variance: number;
}

export const emptyEstimate: TEstimate = { estimate: null, se: null, df: null, ci: null, pValue: null };

/** Welch–Satterthwaite degrees of freedom; both arms need n ≥ 2 and one a positive variance. */
export function welchDf(control: ArmSummary, variant: ArmSummary): number {
  const a = control.variance / control.units;
  const b = variant.variance / variant.units;
  return (a + b) ** 2 / (a ** 2 / (control.units - 1) + b ** 2 / (variant.units - 1));
}

/** An estimate with its t interval at 1 − alpha and its two-sided p-value. */
export function tEstimate(estimate: number, se: number, df: number, alpha: number): TEstimate {
  const half = studentQuantile(1 - alpha / 2, df) * se;
  return { estimate, se, df, ci: [estimate - half, estimate + half], pValue: studentTwoSidedP(estimate / se, df) };
}

export function absoluteDifference(control: ArmSummary, variant: ArmSummary, alpha: number): TEstimate {
  const se = Math.sqrt(control.variance / control.units + variant.variance / variant.units);
  return tEstimate(variant.mean - control.mean, se, welchDf(control, variant), alpha);
}

/** The relative lift's estimate and delta-method variance (the control's mean must not be 0). */
export function relativeLiftMoments(control: ArmSummary, variant: ArmSummary): { estimate: number; variance: number } {
  const mA = control.mean;
  return {
    estimate: (variant.mean - mA) / Math.abs(mA),
    variance:
      variant.variance / (variant.units * mA ** 2) + (control.variance * variant.mean ** 2) / (control.units * mA ** 4),
  };
}

export function relativeLift(control: ArmSummary, variant: ArmSummary, alpha: number): TEstimate {
  const { estimate, variance } = relativeLiftMoments(control, variant);
  return tEstimate(estimate, Math.sqrt(variance), welchDf(control, variant), alpha);
}

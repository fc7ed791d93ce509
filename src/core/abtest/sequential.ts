/**
 * Always-valid (safe to peek) interval and p-value of the relative lift: the asymptotic
 * confidence sequence of the normal-mixture kind (Waudby-Smith et al., "Time-uniform central limit
 * theory and asymptotic confidence sequences"), as GrowthBook's sequential testing uses it. With
 * N units so far, a tuning N* (the number of units the test expects: the sequence is tuned to be
 * tight there), ρ² = (−2 ln α + ln(−2 ln α + 1)) / N* and s² = var·N:
 *   half-width = s · √( 2(Nρ² + 1)/(N²ρ²) · ln(√(Nρ² + 1)/α) ),
 *   p-value    = min(1, √(Nρ² + 1) · exp(−N²ρ²·est² / (2s²(Nρ² + 1)))).
 * The p-value is the smallest α whose interval excludes 0, so the two always agree.
 */
export const defaultTuning = 5000;

export function alwaysValid(
  estimate: number,
  variance: number,
  units: number,
  alpha: number,
  tuning: number = defaultTuning,
): { ci: [number, number]; pValue: number } {
  const logAlpha = Math.log(alpha);
  const rho2 = (-2 * logAlpha + Math.log(-2 * logAlpha + 1)) / tuning;
  const s2 = variance * units;
  const spread = units * rho2 + 1;
  const half = Math.sqrt(s2) * Math.sqrt(((2 * spread) / (units * units * rho2)) * (0.5 * Math.log(spread) - logAlpha));
  // In log space: the exponent reaches −10⁶ for clear effects in large samples.
  const logP = 0.5 * Math.log(spread) - (units * units * rho2 * estimate * estimate) / (2 * s2 * spread);
  return { ci: [estimate - half, estimate + half], pValue: Math.min(1, Math.exp(logP)) };
}

/**
 * Planning a conversion test, by the formula of Evan Miller's widely used sample-size calculator,
 * so that a marketer who checks Jalon against it finds the same number. With z_a = Φ⁻¹(1 − α/2),
 * z_b = Φ⁻¹(power), a baseline p and an absolute effect δ:
 *   n = (z_a·√(2p(1 − p)) + z_b·√(p(1 − p) + (p + δ)(1 − p − δ)))² / δ²  per arm, rounded up.
 * Like the calculator, a baseline above 50 % is reflected to 1 − p while δ keeps the value it has
 * on the original baseline (a relative effect is a share of the original p).
 */
import type { Localized } from '../plan.js';
import { formatFixed, inBothLanguages, withPercentSign, type Language } from '../shared/format.js';
import { normalQuantileOf } from './distributions.js';
import type { SampleSizeInput, SampleSizeResult } from './types.js';
import { AbTestInputError } from './validate.js';

interface Design {
  alpha: number;
  power: number;
}

/** The calculator's unrounded units per arm; null when a rate leaves (0, 1) or δ = 0. */
function unitsPerArm(baseline: number, delta: number, { alpha, power }: Design): number | null {
  if (!(delta !== 0 && baseline > 0 && baseline < 1 && baseline + delta > 0 && baseline + delta < 1)) return null;
  const p = baseline > 0.5 ? 1 - baseline : baseline;
  const target = p + delta;
  // From a baseline above 50 %, reflected, a large drop takes the calculator's p + δ below 0.
  if (target <= 0 || target >= 1) return null;
  const zA = normalQuantileOf(1 - alpha / 2);
  const zB = normalQuantileOf(power);
  const sd1 = Math.sqrt(2 * p * (1 - p));
  const sd2 = Math.sqrt(p * (1 - p) + target * (1 - target));
  return (zA * sd1 + zB * sd2) ** 2 / delta ** 2;
}

export function sampleSize(input: SampleSizeInput): SampleSizeResult {
  const { baseline } = input;
  if (!(baseline > 0 && baseline < 1)) return refusal('rate_out_of_range', baselineOutOfRange(baseline));
  const delta = input.absolute ? input.mde : input.mde * baseline;
  if (delta === 0 || !Number.isFinite(delta)) return refusal('no_effect', noEffect);
  const raw = unitsPerArm(baseline, delta, design(input.alpha, input.power));
  if (raw === null) return refusal('rate_out_of_range', targetOutOfRange(baseline, delta));
  // The formula's float can land a hair above a whole number (1030.0000000002): that is not a unit.
  const perArm = Math.ceil(raw - 1e-9);
  return { defined: true, perArm, total: perArm * (input.arms ?? 2) };
}

const isProbability = (value: number) => value > 0 && value < 1;

/** @throws AbTestInputError for an α or a power outside (0, 1): no test has them. */
function design(alpha = 0.05, power = 0.8): Design {
  if (!isProbability(alpha)) throw new AbTestInputError('alpha', 'must lie strictly between 0 and 1');
  if (!isProbability(power)) throw new AbTestInputError('power', 'must lie strictly between 0 and 1');
  return { alpha, power };
}

function refusal(
  reason: 'rate_out_of_range' | 'no_effect',
  explanation: Localized,
): Extract<SampleSizeResult, { defined: false }> {
  return { defined: false, reason, explanation };
}

const percent = (value: number, language: Language) =>
  withPercentSign(formatFixed(value * 100, language, 2, language === 'fr' ? ' ' : ','), language);

const noEffect: Localized = {
  fr: "Un effet minimal détectable nul ne se mesure pas : indiquez l'écart que le test doit pouvoir détecter.",
  en: 'A minimum detectable effect of zero cannot be measured: give the change the test must be able to detect.',
};

function baselineOutOfRange(baseline: number): Localized {
  return inBothLanguages((language) =>
    language === 'fr'
      ? `Le taux de référence (${percent(baseline, 'fr')}) doit être strictement compris entre 0 et 100 %.`
      : `The baseline rate (${percent(baseline, 'en')}) must lie strictly between 0 and 100%.`,
  );
}

function targetOutOfRange(baseline: number, delta: number): Localized {
  return inBothLanguages((language) =>
    language === 'fr'
      ? `Le taux de référence (${percent(baseline, 'fr')}) et l'effet visé (${percent(delta, 'fr')} en absolu) mènent hors de la plage que la formule sait traiter (un taux hors de 0 à 100 %) : choisissez un effet plus petit.`
      : `The baseline rate (${percent(baseline, 'en')}) and the effect (${percent(delta, 'en')} absolute) lead outside what the formula can handle (a rate outside 0 to 100%): choose a smaller effect.`,
  );
}

export interface DetectableEffectInput {
  baseline: number;
  /** Units per arm the test has (or will have). */
  perArm: number;
  alpha?: number;
  power?: number;
  /** Answer as an absolute difference of rates instead of a share of the baseline. */
  absolute?: boolean;
}

/**
 * The smallest increase the calculator's formula detects with `perArm` units per arm (relative to
 * the baseline unless `absolute`); null when no increase short of a 100 % rate is detectable. The
 * formula's n falls steadily as δ grows (for a reflected p ≤ 0.5), so bisection finds the δ where
 * it meets `perArm`.
 */
export function detectableEffect(input: DetectableEffectInput): number | null {
  const { baseline, perArm } = input;
  if (!(baseline > 0 && baseline < 1 && perArm > 0 && Number.isFinite(perArm))) return null;
  const { alpha = 0.05, power = 0.8 } = input;
  if (!(isProbability(alpha) && isProbability(power))) return null;
  const design = { alpha, power };
  let lo = 0;
  let hi = 1 - baseline;
  const largest = unitsPerArm(baseline, hi * (1 - 1e-12), design);
  if (largest === null || largest > perArm) return null;
  for (let step = 0; step < 200 && hi - lo > 1e-15 * hi; step++) {
    const middle = (lo + hi) / 2;
    if ((unitsPerArm(baseline, middle, design) as number) > perArm) lo = middle;
    else hi = middle;
  }
  return input.absolute ? hi : hi / baseline;
}

/**
 * Days until the arm with the smallest share of the traffic reaches `perArm` units, when
 * `dailyTraffic` units a day are split by `weights` (arms of weight 0 receive nothing and are not
 * waited for). Null without traffic or without an arm to wait for.
 */
export function testDurationDays(input: {
  perArm: number;
  weights: readonly number[];
  dailyTraffic: number;
}): number | null {
  const active = input.weights.filter((weight) => weight > 0);
  if (!(input.dailyTraffic > 0) || active.length === 0 || !(input.perArm >= 0)) return null;
  const smallestShare = Math.min(...active) / active.reduce((sum, weight) => sum + weight, 0);
  const days = input.perArm / smallestShare / input.dailyTraffic;
  // A third of the traffic divides with rounding dust (30.000000000000004 days is 30 days).
  return Math.ceil(days - 1e-9);
}

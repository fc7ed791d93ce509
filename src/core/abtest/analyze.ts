/**
 * The whole analysis of an A/B test: arm 0 is the control, every other arm is compared with it.
 * Each comparison computes what is honest for its data and leaves the rest null with a reason (see
 * explanations.ts), so the output never holds NaN, Infinity or a certainty the data cannot give.
 */
import { compareBetas, betaPosterior, probabilityBest } from './beta-bayes.js';
import { explainReason, undefinedReason, type ArmFacts } from './explanations.js';
import { defaultLiftPrior, gaussianBayes } from './gaussian-bayes.js';
import { benjaminiHochbergAdjust, holmAdjust } from './multiple-testing.js';
import { pooledZTest } from './proportion-tests.js';
import { alwaysValid, defaultTuning } from './sequential.js';
import { sampleRatioCheck } from './srm.js';
import type { AbTestAnalysis, AbTestInput, Comparison, LiftPrior, MeanArm, ProportionArm } from './types.js';
import { validateAbTestInput } from './validate.js';
import { absoluteDifference, emptyEstimate, relativeLift, relativeLiftMoments } from './welch.js';

export const defaultAlpha = 0.05;

interface Arm extends ArmFacts {
  weight: number;
}

interface Options {
  alpha: number;
  prior: LiftPrior;
  /** The sequential tuning N*, when the always-valid results were asked for. */
  tuning: number | null;
}

/** @throws AbTestInputError when the input is not valid data (see validate.ts). */
export function analyzeAbTest(input: AbTestInput): AbTestAnalysis {
  validateAbTestInput(input);
  const options: Options = {
    alpha: input.alpha ?? defaultAlpha,
    prior: input.prior ?? defaultLiftPrior,
    tuning: input.sequential ? (input.sequential.tuning ?? defaultTuning) : null,
  };
  const arms =
    input.metric === 'proportion' ? proportionArms(input.arms as ProportionArm[]) : meanArms(input.arms as MeanArm[]);
  const [control, ...variants] = arms as [Arm, ...Arm[]];
  const comparisons = variants.map((variant) => compareArms(control, variant, options));
  const analysis: AbTestAnalysis = {
    metric: input.metric,
    alpha: options.alpha,
    srm: sampleRatioCheck(arms.map((arm) => ({ units: arm.units, weight: arm.weight }))),
    comparisons,
  };
  if (arms.length >= 3) {
    const pValues = comparisons.map((comparison) => comparison.relative.pValue);
    analysis.adjusted = { holm: holmAdjust(pValues), bh: benjaminiHochbergAdjust(pValues) };
    if (input.metric === 'proportion') {
      const chances = probabilityBest(arms.map((arm) => betaPosterior(counts(arm))));
      analysis.probabilityBest = Object.fromEntries(arms.map((arm, i) => [arm.name, chances[i] as number]));
    }
  }
  return analysis;
}

function proportionArms(arms: ProportionArm[]): Arm[] {
  return arms.map((arm) => {
    // An arm without users has no rate; the reason checks stop at its unit count first.
    const rate = arm.users > 0 ? arm.conversions / arm.users : 0;
    return {
      name: arm.name,
      units: arm.users,
      mean: rate,
      variance: rate * (1 - rate),
      conversions: arm.conversions,
      weight: arm.weight ?? 1,
    };
  });
}

function meanArms(arms: MeanArm[]): Arm[] {
  return arms.map((arm) => ({
    name: arm.name,
    units: arm.n,
    mean: arm.mean,
    variance: arm.sd ** 2,
    conversions: null,
    weight: arm.weight ?? 1,
  }));
}

function counts(arm: Arm): { users: number; conversions: number } {
  return { users: arm.units, conversions: arm.conversions ?? 0 };
}

function compareArms(control: Arm, variant: Arm, options: Options): Comparison {
  const problem = undefinedReason(control, variant);
  const hasRates = control.units > 0 && variant.units > 0;
  const spreadKnown = problem === null || problem.reason === 'control_mean_zero';
  const lift = problem === null ? relativeLiftMoments(control, variant) : null;
  const isProportion = control.conversions !== null;
  return {
    variant: variant.name,
    defined: problem === null,
    ...(problem ? { reason: problem.reason, explanation: explainReason(problem.reason, problem.arm) } : {}),
    absolute: spreadKnown
      ? absoluteDifference(control, variant, options.alpha)
      : { ...emptyEstimate, estimate: hasRates ? variant.mean - control.mean : null },
    relative: lift
      ? relativeLift(control, variant, options.alpha)
      : {
          ...emptyEstimate,
          estimate: hasRates && control.mean !== 0 ? relativeLiftMoments(control, variant).estimate : null,
        },
    ...(isProportion
      ? {
          zTest: pooledZTest(counts(control), counts(variant)),
          bayes: compareBetas(betaPosterior(counts(control)), betaPosterior(counts(variant))),
        }
      : {}),
    gaussianBayes: lift ? gaussianBayes(lift.estimate, lift.variance, options.prior, options.alpha) : null,
    ...(options.tuning === null
      ? {}
      : {
          sequential: lift
            ? alwaysValid(lift.estimate, lift.variance, control.units + variant.units, options.alpha, options.tuning)
            : null,
        }),
  };
}

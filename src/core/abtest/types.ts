/**
 * The shapes of an A/B test's analysis, as `bin/jalon abtest analyze` reads and prints them and
 * as the API answers them. Arm 0 is the control; every other arm is compared with it.
 * Quantities that cannot be computed honestly are `null`, with `defined: false` and a reason:
 * never NaN, Infinity or a false certainty.
 */
import type { Localized } from '../plan.js';

export type AbMetric = 'proportion' | 'mean';

/** A conversion arm: how many units saw it and how many converted. */
export interface ProportionArm {
  name: string;
  users: number;
  conversions: number;
  /** Planned share of the traffic (any scale; 0 = not meant to receive traffic). Default 1. */
  weight?: number;
}

/** A continuous arm: number of units, mean and standard deviation of the metric. */
export interface MeanArm {
  name: string;
  n: number;
  mean: number;
  sd: number;
  weight?: number;
}

/** Prior on the relative lift for the Gaussian Bayesian analysis (default N(0, 0.3²)). */
export type LiftPrior = { mean: number; sd: number } | 'flat';

export interface AbTestInput {
  metric: AbMetric;
  /** Two-sided significance level, default 0.05. */
  alpha?: number;
  arms: ProportionArm[] | MeanArm[];
  /** Present: also compute the always-valid (safe to peek) interval and p-value. */
  sequential?: { tuning?: number };
  prior?: LiftPrior;
}

/** An estimate with its Welch–Satterthwaite t interval and two-sided p-value. */
export interface TEstimate {
  estimate: number | null;
  se: number | null;
  df: number | null;
  ci: [number, number] | null;
  pValue: number | null;
}

/** Why a comparison is not defined. */
export type UndefinedReason =
  | 'too_few_units' // an arm has fewer than 2 units
  | 'no_conversions' // an arm converted nobody: its variance estimate is 0
  | 'all_converted' // an arm converted everybody: same
  | 'zero_variance' // an arm's standard deviation is 0
  | 'control_mean_zero'; // the relative lift divides by the control's mean

export interface Comparison {
  /** The variant's name (arm 1, 2, … compared with arm 0). */
  variant: string;
  defined: boolean;
  reason?: UndefinedReason;
  explanation?: Localized;
  /** m_B − m_A. */
  absolute: TEstimate;
  /** (m_B − m_A) / |m_A|: the headline. */
  relative: TEstimate;
  /** Pooled two-proportion z-test (conversions only). */
  zTest?: { z: number | null; pValue: number | null };
  /** Beta(1,1) priors on each rate (conversions only). */
  bayes?: { chanceToBeatControl: number; expectedLossVariant: number; expectedLossControl: number };
  /** Normal posterior of the relative lift; null when the relative lift is not defined. */
  gaussianBayes: { chanceToWin: number; ci: [number, number]; riskControl: number; riskVariant: number } | null;
  /** Always-valid interval and p-value of the relative lift (when `sequential` was asked). */
  sequential?: { ci: [number, number]; pValue: number } | null;
}

export interface SampleRatioCheck {
  chi2: number;
  df: number;
  pValue: number;
  /** p-value below 0.001: the traffic split is not the one planned. */
  detected: boolean;
}

export interface AbTestAnalysis {
  metric: AbMetric;
  alpha: number;
  srm: SampleRatioCheck;
  comparisons: Comparison[];
  /** 3+ arms: adjusted p-values of the relative lifts, in the order of `comparisons`. */
  adjusted?: { holm: (number | null)[]; bh: (number | null)[] };
  /** 3+ conversion arms: the probability that each arm (by name) has the highest rate. */
  probabilityBest?: Record<string, number>;
}

export interface SampleSizeInput {
  /** The control's expected conversion rate, in (0, 1). */
  baseline: number;
  /** Minimum detectable effect: relative to the baseline (0.1 = +10 %), or absolute with `absolute`. */
  mde: number;
  absolute?: boolean;
  alpha?: number;
  power?: number;
  /** Number of arms, control included (default 2). */
  arms?: number;
}

export type SampleSizeResult =
  | { defined: true; perArm: number; total: number }
  | { defined: false; reason: 'rate_out_of_range' | 'no_effect'; explanation: Localized };

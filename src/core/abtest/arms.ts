/**
 * An experiment of the plan read as an A/B test: its variants' daily results added up (control
 * first) and analysed once there is something to compare. Shared by the API, which reads the
 * database, and the exports, which read the plan document.
 */
import type { Experiment, ExperimentResult, ExperimentVariant, Localized, PlanFacts } from '../plan.js';
import { analyzeAbTest } from './analyze.js';
import { combineDailyResults, type CombinedArmResult } from './combine.js';
import { AbTestInputError } from './validate.js';
import { describeAnalysis } from './verdict.js';
import type { AbMetric, AbTestAnalysis, LiftPrior } from './types.js';

export interface ArmResults {
  name: string;
  weight: number;
  totals: CombinedArmResult;
}

export const metricOfExperiment = (metricType: Experiment['metricType']): AbMetric =>
  metricType === 'continuous' ? 'mean' : 'proportion';

/** Variants with the control first, then in plan order. */
export function controlFirst<T extends { isControl: boolean }>(variants: readonly T[]): T[] {
  return [...variants.filter((v) => v.isControl), ...variants.filter((v) => !v.isControl)];
}

/** Arm names as the analysis keys them: a name given to two variants gets its rank added. */
function uniqueNames(arms: readonly ArmResults[]): string[] {
  const counts = new Map<string, number>();
  for (const arm of arms) counts.set(arm.name, (counts.get(arm.name) ?? 0) + 1);
  return arms.map((arm, index) => ((counts.get(arm.name) ?? 0) > 1 ? `${arm.name} (${index + 1})` : arm.name));
}

/**
 * The analysis of arms whose totals are known, arm 0 the control; null until the control and at
 * least one variant have results, or when the totals are impossible (more conversions than
 * users, from rows written one by one) — the caller says why.
 */
export function analyseArms(
  metric: AbMetric,
  alpha: number,
  arms: readonly ArmResults[],
  options: { sequential?: boolean; prior?: LiftPrior } = {},
): AbTestAnalysis | null {
  const withData = arms.filter((a) => a.totals.users > 0);
  if (arms.length < 2 || (arms[0]?.totals.users ?? 0) === 0 || withData.length < 2) return null;
  const names = uniqueNames(arms);
  const input =
    metric === 'proportion'
      ? arms.map((a, i) => ({
          name: names[i]!,
          users: a.totals.users,
          conversions: a.totals.conversions ?? 0,
          weight: a.weight,
        }))
      : arms.map((a, i) => ({
          name: names[i]!,
          n: a.totals.users,
          mean: a.totals.mean ?? 0,
          sd: a.totals.sd ?? 0,
          weight: a.weight,
        }));
  try {
    return analyzeAbTest({
      metric,
      alpha,
      arms: input,
      ...(options.sequential ? { sequential: {} } : {}),
      prior: options.prior,
    });
  } catch (error) {
    if (error instanceof AbTestInputError) return null;
    throw error;
  }
}

export interface PlanExperimentAnalysis {
  /** Control first. */
  arms: (ArmResults & { variant: ExperimentVariant })[];
  analysis: AbTestAnalysis | null;
  verdict: Localized | null;
}

/** An experiment of a plan document, analysed from its variants' results. */
export function analysePlanExperiment(facts: PlanFacts, experiment: Experiment): PlanExperimentAnalysis {
  const metric = metricOfExperiment(experiment.metricType);
  const variants = controlFirst(facts.experimentVariants.filter((v) => v.experiment === experiment.key));
  const rowsOf = (variant: ExperimentVariant): ExperimentResult[] =>
    facts.experimentResults.filter((r) => r.variant === variant.key);
  const arms = variants.map((variant) => ({
    variant,
    name: variant.name,
    weight: variant.weight,
    totals: combineDailyResults(metric, rowsOf(variant)),
  }));
  const analysis = analyseArms(metric, experiment.alpha, arms);
  return { arms, analysis, verdict: analysis ? describeAnalysis(analysis) : null };
}

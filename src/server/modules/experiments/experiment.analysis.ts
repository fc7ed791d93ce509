import type { Kysely } from 'kysely';
import {
  AbTestInputError,
  analyzeAbTest,
  combineDailyResults,
  describeAnalysis,
  detectableEffect,
  sampleSize,
  testDurationDays,
} from '../../../core/abtest/index.js';
import type { AbMetric, LiftPrior, MeanArm, ProportionArm } from '../../../core/abtest/types.js';
import type { Localized } from '../../../core/plan.js';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import type { ArmTotals, ExperimentAnalysis, ExperimentPlanning } from '../../../contract/experiment-answers.js';
import type { Database } from '../../db/schema.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { findResults, findVariants, type DailyResult } from './experiment.store.js';

/** Days of the traffic KPI's latest measurements averaged into a daily traffic. */
const TRAFFIC_WINDOW_DAYS = 28;

const tooFewArms: Localized = {
  fr: 'Pas encore d’analyse : il faut des résultats pour le témoin et au moins une variante.',
  en: 'No analysis yet: results are needed for the control and at least one variant.',
};

const impossibleTotals: Localized = {
  fr: 'Analyse impossible : les résultats d’une version comptent plus de conversions que de visiteurs. Corrigez les résultats saisis.',
  en: 'No analysis: one version’s results count more conversions than users. Correct the results entered.',
};

export const metricOf = (experiment: ExperimentEntity): AbMetric =>
  experiment.metricType === 'continuous' ? 'mean' : 'proportion';

/** Each variant's daily rows summed into its totals so far (rows missing the metric's fields are left out). */
export function armTotals(metric: AbMetric, variants: ExperimentVariantEntity[], rows: DailyResult[]): ArmTotals[] {
  return variants.map((variant) => {
    const combined = combineDailyResults(
      metric,
      rows.filter((r) => r.variantId === variant.id),
    );
    return {
      variantId: variant.id,
      name: variant.name,
      isControl: variant.isControl,
      weight: variant.weight,
      users: combined.users,
      conversions: combined.conversions,
      mean: combined.mean,
      sd: combined.sd,
      days: combined.days,
    };
  });
}

/** Arm names as the analysis keys them: a name given to two variants gets its rank added. */
function uniqueNames(arms: ArmTotals[]): string[] {
  const counts = new Map<string, number>();
  for (const arm of arms) counts.set(arm.name, (counts.get(arm.name) ?? 0) + 1);
  return arms.map((arm, index) => ((counts.get(arm.name) ?? 0) > 1 ? `${arm.name} (${index + 1})` : arm.name));
}

function analysisOf(metric: AbMetric, alpha: number, arms: ArmTotals[], sequential: boolean, prior?: LiftPrior) {
  const names = uniqueNames(arms);
  const armsInput =
    metric === 'proportion'
      ? arms.map((a, i): ProportionArm => ({
          name: names[i]!,
          users: a.users,
          conversions: a.conversions ?? 0,
          weight: a.weight,
        }))
      : arms.map((a, i): MeanArm => ({
          name: names[i]!,
          n: a.users,
          mean: a.mean ?? 0,
          sd: a.sd ?? 0,
          weight: a.weight,
        }));
  try {
    return analyzeAbTest({ metric, alpha, arms: armsInput, ...(sequential ? { sequential: {} } : {}), prior });
  } catch (error) {
    // Rows written one by one through the collection API may add up to impossible totals
    // (more conversions than users): say so rather than fail.
    if (error instanceof AbTestInputError) return null;
    throw error;
  }
}

/** The traffic KPI's mean daily value over its latest measured days (sources of one day averaged). */
async function dailyTrafficOf(db: Kysely<Database>, planId: string, kpiId: string | null): Promise<number | null> {
  if (!kpiId) return null;
  const rows = await (db as unknown as AnyDb)
    .selectFrom('measurements')
    .select((eb) => ['date', eb.fn.avg<number>('value').as('value')])
    .where('plan_id', '=', planId)
    .where('kpi_id', '=', kpiId)
    .groupBy('date')
    .orderBy('date', 'desc')
    .limit(TRAFFIC_WINDOW_DAYS)
    .execute();
  if (rows.length === 0) return null;
  const mean = rows.reduce((sum, r) => sum + Number(r.value), 0) / rows.length;
  return mean > 0 ? mean : null;
}

function planningOf(experiment: ExperimentEntity, arms: ArmTotals[], dailyTraffic: number | null): ExperimentPlanning {
  const { baselineRate, minimumEffect, power, alpha, plannedSampleSize } = experiment;
  const computed =
    baselineRate !== null && minimumEffect !== null
      ? sampleSize({ baseline: baselineRate, mde: minimumEffect, alpha, power, arms: Math.max(arms.length, 2) })
      : null;
  const perArm = plannedSampleSize ?? (computed?.defined ? computed.perArm : null);
  const weights = arms.map((a) => a.weight);
  const receiving = arms.filter((a) => a.weight > 0);
  const observedPerArm = receiving.length > 0 ? Math.min(...receiving.map((a) => a.users)) : 0;
  return {
    baselineRate,
    minimumEffect,
    power,
    alpha,
    perArm,
    total: perArm === null ? null : perArm * receiving.length,
    dailyTraffic,
    days: perArm === null || dailyTraffic === null ? null : testDurationDays({ perArm, weights, dailyTraffic }),
    observedPerArm,
    progress: perArm === null ? null : observedPerArm / perArm,
    detectableEffect:
      baselineRate !== null && observedPerArm > 0
        ? detectableEffect({ baseline: baselineRate, perArm: observedPerArm, alpha, power })
        : null,
  };
}

/** An experiment's results so far, their analysis in numbers and in words, and where its planning stands. */
export async function analyseExperiment(
  db: Kysely<Database>,
  planId: string,
  experiment: ExperimentEntity,
  options: { sequential: boolean; prior?: LiftPrior },
): Promise<ExperimentAnalysis> {
  const metric = metricOf(experiment);
  const variants = await findVariants(db, planId, experiment.id);
  const rows = await findResults(
    db,
    planId,
    variants.map((v) => v.id),
  );
  const arms = armTotals(metric, variants, rows);
  const withData = arms.filter((a) => a.users > 0);
  const analysable = arms.length >= 2 && arms[0]!.users > 0 && withData.length >= 2;
  const analysis = analysable ? analysisOf(metric, experiment.alpha, arms, options.sequential, options.prior) : null;
  return {
    experimentId: experiment.id,
    metric,
    alpha: experiment.alpha,
    arms,
    analysis,
    verdict: analysis ? describeAnalysis(analysis) : null,
    missing: analysis ? null : analysable ? impossibleTotals : tooFewArms,
    planning: planningOf(experiment, arms, await dailyTrafficOf(db, planId, experiment.trafficKpiId)),
  };
}

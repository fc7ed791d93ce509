import type { Kysely } from 'kysely';
import {
  analyseArms,
  combineDailyResults,
  controlFirst,
  describeAnalysis,
  detectableEffect,
  metricOfExperiment,
  sampleSize,
  testDurationDays,
  type ArmResults,
  type LiftPrior,
} from '../../../core/abtest/index.js';
import type { Localized } from '../../../core/plan.js';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { ArmTotals, ExperimentAnalysis, ExperimentPlanning } from '../../../contract/experiment-answers.js';
import type { Database } from '../../db/schema.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { findResults, findVariants } from './experiment.store.js';

const tooFewArms: Localized = {
  fr: 'Pas encore d’analyse : il faut des résultats pour le témoin et au moins une variante.',
  en: 'No analysis yet: results are needed for the control and at least one variant.',
};

const impossibleTotals: Localized = {
  fr: 'Analyse impossible : les résultats d’une version comptent plus de conversions que de visiteurs. Corrigez les résultats saisis.',
  en: 'No analysis: one version’s results count more conversions than users. Correct the results entered.',
};

/** Days of a traffic KPI's latest measurements averaged into its daily traffic. */
export const TRAFFIC_WINDOW_DAYS = 28;

/** A KPI's mean daily value over its latest measured days (the sources of one day averaged), as traffic. */
export async function dailyTrafficOf(
  db: Kysely<Database>,
  planId: string,
  kpiId: string | null,
): Promise<{ dailyTraffic: number | null; days: number }> {
  if (!kpiId) return { dailyTraffic: null, days: 0 };
  const rows = await (db as unknown as AnyDb)
    .selectFrom('measurements')
    .select((eb) => ['date', eb.fn.avg<number>('value').as('value')])
    .where('plan_id', '=', planId)
    .where('kpi_id', '=', kpiId)
    .groupBy('date')
    .orderBy('date', 'desc')
    .limit(TRAFFIC_WINDOW_DAYS)
    .execute();
  const mean = rows.reduce((sum, r) => sum + Number(r.value), 0) / Math.max(rows.length, 1);
  return { dailyTraffic: mean > 0 ? mean : null, days: rows.length };
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
  const metric = metricOfExperiment(experiment.metricType);
  const variants = controlFirst(await findVariants(db, planId, experiment.id));
  const rows = await findResults(
    db,
    planId,
    variants.map((v) => v.id),
  );
  const results: ArmResults[] = variants.map((variant) => ({
    name: variant.name,
    weight: variant.weight,
    totals: combineDailyResults(
      metric,
      rows.filter((r) => r.variantId === variant.id),
    ),
  }));
  const arms: ArmTotals[] = variants.map(({ id, isControl }, index) => {
    const { name, weight, totals } = results[index]!;
    const { users, conversions, mean, sd, days } = totals;
    return { variantId: id, name, isControl, weight, users, conversions, mean, sd, days };
  });
  const analysis = analyseArms(metric, experiment.alpha, results, options);
  const hasResults = (arms[0]?.users ?? 0) > 0 && arms.filter((a) => a.users > 0).length >= 2;
  return {
    experimentId: experiment.id,
    metric,
    alpha: experiment.alpha,
    arms,
    analysis,
    verdict: analysis ? describeAnalysis(analysis) : null,
    missing: analysis ? null : hasResults ? impossibleTotals : tooFewArms,
    planning: planningOf(experiment, arms, (await dailyTrafficOf(db, planId, experiment.trafficKpiId)).dailyTraffic),
  };
}

import type { CheckIn, KeyResult, Kpi, Measurement, OkrObjective, PlanFacts } from '../plan.js';
import { confidenceTrend } from './confidence.js';
import { currentValueOfKeyResult } from './current-value.js';
import { clampScore, gradeOf, isOnTarget, keyResultProgress, weightedScore } from './grading.js';
import type { KeyResultScore, OkrReport } from './types.js';
import { groupBy } from '../shared/group-by.js';

/** What is known about a key result beyond its own fields; rows of other key results are ignored. */
export interface KeyResultEvidence {
  checkIns: readonly CheckIn[];
  kpis: readonly Kpi[];
  measurements: readonly Measurement[];
}

/** Where a key result stands: current value, progress, 0–1 score, grade and confidence trend. */
export function scoreKeyResult(keyResult: KeyResult, evidence: KeyResultEvidence): KeyResultScore {
  const checkIns = evidence.checkIns.filter((c) => c.keyResult === keyResult.key);
  const kpis = evidence.kpis.filter((kpi) => kpi.keyResult === keyResult.key);
  const { value, origin } = currentValueOfKeyResult(keyResult, kpis, evidence.measurements, checkIns);
  // A KPI's direction tells whether a level to hold (start = target) may be exceeded upwards or downwards.
  const direction = origin.kind === 'kpi' ? kpis.find((kpi) => kpi.key === origin.kpi)?.direction : kpis[0]?.direction;
  const progress = keyResultProgress(keyResult.startValue, keyResult.targetValue, value, direction);
  const score = clampScore(progress);
  return {
    keyResult: keyResult.key,
    okrObjective: keyResult.okrObjective,
    weight: keyResult.weight,
    value,
    origin,
    progress,
    score,
    grade: gradeOf(score),
    confidence: confidenceTrend(checkIns),
  };
}

/** An OKR objective's score: the weighted mean of its key results' 0–1 scores. */
export function scoreOkrObjective(okrObjective: OkrObjective, keyResults: readonly KeyResultScore[]): OkrReport {
  const own = keyResults.filter((kr) => kr.okrObjective === okrObjective.key);
  const score = weightedScore(own);
  return {
    okrObjective: okrObjective.key,
    score,
    grade: score === null ? null : gradeOf(score),
    onTarget: score !== null && isOnTarget(score),
    keyResults: own,
  };
}

/**
 * Every OKR objective of a plan, in the plan's order, with its key results in the plan's order.
 * Rows are grouped once up front so that a plan with years of daily measurements stays linear.
 */
export function scorePlanOkrs(facts: PlanFacts): OkrReport[] {
  const checkInsByKeyResult = groupBy(facts.checkIns, (c) => c.keyResult);
  const kpisByKeyResult = groupBy(
    facts.kpis.filter((kpi) => kpi.keyResult != null),
    (kpi) => kpi.keyResult ?? '',
  );
  const measurementsByKpi = groupBy(facts.measurements, (m) => m.kpi);
  const scores = facts.keyResults.map((keyResult) => {
    const kpis = kpisByKeyResult.get(keyResult.key) ?? [];
    return scoreKeyResult(keyResult, {
      checkIns: checkInsByKeyResult.get(keyResult.key) ?? [],
      kpis,
      measurements: kpis.flatMap((kpi) => measurementsByKpi.get(kpi.key) ?? []),
    });
  });
  const scoresByObjective = groupBy(scores, (s) => s.okrObjective);
  return facts.okrObjectives.map((okr) => scoreOkrObjective(okr, scoresByObjective.get(okr.key) ?? []));
}

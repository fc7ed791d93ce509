import type {
  ExperimentEntity,
  ExperimentVariantEntity,
  ObjectiveEntity,
  StrategyEntity,
} from '../../../contract/entity-types.js';
import type { Comparison } from '../../../core/abtest/types.js';
import type { AnalysisArm, AnalysisResponse, Planning } from './experimentsApi';

/** Test doubles of the experiments API's answers, shaped like the server's. */

const stamp = { version: 1, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z' };

export function experiment(id: string, name: string, o: Partial<ExperimentEntity> = {}): ExperimentEntity {
  return {
    id,
    key: `exp-${id}`,
    position: 0,
    name,
    hypothesis: null,
    metricType: 'conversion',
    status: 'draft',
    startDate: null,
    endDate: null,
    alpha: 0.05,
    baselineRate: null,
    minimumEffect: null,
    power: 0.8,
    plannedSampleSize: null,
    decision: null,
    decisionNote: null,
    decidedAt: null,
    kpiId: null,
    objectiveId: null,
    strategyId: null,
    trafficKpiId: null,
    decidedById: null,
    ...stamp,
    ...o,
  };
}

export function variant(id: string, experimentId: string, name: string, isControl = false): ExperimentVariantEntity {
  return {
    id,
    key: `variant-${id}`,
    position: 0,
    name,
    isControl,
    weight: 1,
    description: null,
    experimentId,
    ...stamp,
  };
}

export function arm(
  variantId: string,
  name: string,
  users: number,
  conversions: number | null,
  o: Partial<AnalysisArm> = {},
): AnalysisArm {
  return { variantId, name, isControl: false, weight: 1, users, conversions, mean: null, sd: null, days: 7, ...o };
}

export const noPlanning: Planning = {
  baselineRate: null,
  minimumEffect: null,
  power: 0.8,
  alpha: 0.05,
  perArm: null,
  total: null,
  dailyTraffic: null,
  days: null,
  observedPerArm: 0,
  progress: null,
  detectableEffect: null,
};

/** The server's answer before any result: no analysis, and why. */
export function noAnalysis(arms: AnalysisArm[]): AnalysisResponse {
  return {
    experimentId: 'e1',
    metric: 'proportion',
    alpha: 0.05,
    arms,
    analysis: null,
    verdict: null,
    missing: {
      fr: 'Il faut des résultats pour au moins deux versions.',
      en: 'Results are needed for at least two versions.',
    },
    planning: noPlanning,
  };
}

/**
 * B against A: 580/10 000 against 500/10 000. The relative lift 0.16, its delta-method standard
 * error 0.06886 and the interval [0.02503, 0.29497] with p = 0.02015 come from scipy
 * (`stats.norm.ppf(0.975)`, `2 * stats.norm.sf(0.16 / se)`); the other figures are the engine's
 * kind of output, only displayed here.
 */
export const liftOfB: Comparison = {
  variant: 'B',
  defined: true,
  absolute: { estimate: 0.008, se: 0.00319, df: 19_900, ci: [0.00175, 0.01425], pValue: 0.0122 },
  relative: { estimate: 0.16, se: 0.06886, df: 19_900, ci: [0.02503, 0.29497], pValue: 0.02015 },
  zTest: { z: 2.5, pValue: 0.0122 },
  bayes: { chanceToBeatControl: 0.9938, expectedLossVariant: 0.00001, expectedLossControl: 0.008 },
  gaussianBayes: { chanceToWin: 0.99, ci: [0.03, 0.29], riskControl: 0.15, riskVariant: 0.0004 },
  sequential: { ci: [-0.03, 0.36], pValue: 0.2 },
};

/** C converted nobody: its variance is 0, so the engine refuses to compare it. */
export const undefinedC: Comparison = {
  variant: 'C',
  defined: false,
  reason: 'no_conversions',
  explanation: {
    fr: 'C n’a encore converti personne : sa variance est nulle, la comparaison n’est pas possible.',
    en: 'C has converted nobody yet: its variance is zero, so it cannot be compared.',
  },
  absolute: { estimate: null, se: null, df: null, ci: null, pValue: null },
  relative: { estimate: null, se: null, df: null, ci: null, pValue: null },
  gaussianBayes: null,
  sequential: null,
};

/** Three arms: 10 000 / 10 000 / 200 units for equal weights is a sample-ratio mismatch (scipy `chisquare`: p ≈ 0). */
export function threeArmAnalysis(): AnalysisResponse {
  return {
    experimentId: 'e1',
    metric: 'proportion',
    alpha: 0.05,
    arms: [
      arm('v1', 'A', 10_000, 500, { isControl: true }),
      arm('v2', 'B', 10_000, 580),
      arm('v3', 'C', 200, 0, { days: 1 }),
    ],
    analysis: {
      metric: 'proportion',
      alpha: 0.05,
      srm: { chi2: 9508.91, df: 2, pValue: 0, detected: true },
      comparisons: [liftOfB, undefinedC],
      adjusted: { holm: [0.0403, null], bh: [0.0403, null] },
      probabilityBest: { A: 0.006, B: 0.994, C: 0 },
    },
    verdict: {
      fr: 'B améliore la conversion de 16 % (IC à 95 % : 2,5 % à 29 %) ; probabilité de battre le témoin : 99 % ; déséquilibre de répartition détecté.',
      en: 'B improves conversion by 16 % (95 % CI 2.5 % to 29 %); chance to beat control 99 %; sample-ratio mismatch detected.',
    },
    missing: null,
    planning: {
      ...noPlanning,
      baselineRate: 0.05,
      minimumEffect: 0.2,
      perArm: 8158,
      total: 24_474,
      dailyTraffic: 3000,
      days: 9,
      observedPerArm: 200,
      progress: 200 / 8158,
      detectableEffect: 0.9,
    },
  };
}

export function objectiveEntity(id: string, key: string, title: string): ObjectiveEntity {
  return {
    id,
    key,
    position: 0,
    title,
    description: null,
    type: 'acquisition',
    metric: null,
    unit: null,
    baseline: null,
    target: null,
    startDate: null,
    deadline: null,
    businessGoalIds: [],
    ...stamp,
  };
}

export function strategyEntity(id: string, key: string, name: string): StrategyEntity {
  return {
    id,
    key,
    position: 0,
    name,
    channel: 'content',
    description: null,
    objectiveIds: [],
    personaIds: [],
    swotItemIds: [],
    ...stamp,
  };
}

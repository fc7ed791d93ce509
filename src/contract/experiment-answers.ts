/**
 * What the experiment endpoints answer, as types only: the server builds these shapes and the
 * web app reads them (this file imports nothing at run time, so the web bundle stays small).
 */
import type { AbMetric, AbTestAnalysis } from '../core/abtest/types.js';
import type { Localized } from '../core/plan.js';
import type { ExperimentEntity } from './entity-types.js';

/** One arm's totals so far: its daily results added up. */
export interface ArmTotals {
  variantId: string;
  name: string;
  isControl: boolean;
  weight: number;
  users: number;
  conversions: number | null;
  mean: number | null;
  sd: number | null;
  /** Days with a result row. */
  days: number;
}

/** Where the experiment's planning stands: the sample it needs, the days that takes, the progress. */
export interface ExperimentPlanning {
  baselineRate: number | null;
  minimumEffect: number | null;
  power: number;
  alpha: number;
  perArm: number | null;
  total: number | null;
  dailyTraffic: number | null;
  days: number | null;
  observedPerArm: number;
  progress: number | null;
  /** The relative effect detectable with the users so far. */
  detectableEffect: number | null;
}

/** `GET /plans/{plan}/experiments/{experiment}/analysis`. */
export interface ExperimentAnalysis {
  experimentId: string;
  metric: AbMetric;
  alpha: number;
  /** Control first. */
  arms: ArmTotals[];
  analysis: AbTestAnalysis | null;
  verdict: Localized | null;
  /** Why there is no analysis yet. */
  missing: Localized | null;
  planning: ExperimentPlanning;
}

/** `POST /abtest/size`. */
export interface SampleSizeAnswer {
  perArm: number;
  total: number;
  days: number | null;
}

/** `GET /plans/{plan}/kpis/{kpi}/traffic`: null without measurements. */
export interface KpiTrafficAnswer {
  dailyTraffic: number | null;
  /** Measured days the mean was taken over. */
  days: number;
}

/** `POST /plans/{plan}/experiments/{experiment}/decision`. */
export interface DecisionAnswer {
  experiment: ExperimentEntity;
  correctiveActionId: string | null;
  kpiUpdated: boolean;
}

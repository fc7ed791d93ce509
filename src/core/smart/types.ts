import type { Localized } from '../plan.js';
import type { DatedValue } from './series.js';

export type SmartCriterion = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** `warn` is advice: the objective is usable but would be better with the change suggested. */
export type SmartStatus = 'pass' | 'warn' | 'fail';

export interface SmartCheck {
  status: SmartStatus;
  /** What was found, or what is missing and how to fix it. */
  message: Localized;
}

export interface SmartReport {
  objective: string;
  criteria: Record<SmartCriterion, SmartCheck>;
  /** A sentence pattern to rewrite the objective, filled with what the objective already gives. */
  rewrite: Localized;
  /** True when no criterion fails (warnings allowed). */
  passed: boolean;
}

export interface SmartContext {
  /** `YYYY-MM-DD`: the day the lint judges the deadline against. */
  today: string;
  /** Keys of the plan's business goals, to check the objective's links. */
  businessGoalKeys: ReadonlySet<string>;
  /** Titles of those goals by key, to name them in messages (keys otherwise). */
  businessGoalTitles?: ReadonlyMap<string, string>;
  /** Measurements of the objective's KPI, as levels (not increments), any order. */
  kpiSeries?: readonly DatedValue[];
}

/** What the title and description say, found once and read by every criterion. */
export interface TextFindings {
  indicator: string | null;
  vagueConcept: string | null;
  vagueVerb: string | null;
  scope: string | null;
  lever: string | null;
  figure: string | null;
  timeExpression: string | null;
  asksForLess: boolean;
}

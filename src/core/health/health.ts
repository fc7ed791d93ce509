import { summariseBudget } from '../budget/index.js';
import { funnelAlignment } from '../funnel/index.js';
import { kpiStatuses } from '../kpi/index.js';
import type { PlanFacts } from '../plan.js';
import { analyseSchedule } from '../schedule/index.js';
import { lintPlanObjectives } from '../smart/index.js';
import { experimentFindings } from './experiment-rules.js';
import type { Finding, Severity } from './findings.js';
import { alignmentFindings, budgetFindings, kpiFindings, scheduleFindings, smartFindings } from './method-rules.js';
import { dateFindings, traceabilityFindings } from './structure-rules.js';

/**
 * Points a finding takes off the score of 100. An error breaks the method (an objective serving
 * no goal, an action without an Accountable, a budget over its envelope); a warning weakens it;
 * information costs nothing.
 */
export const PENALTY: Record<Severity, number> = { error: 10, warning: 3, info: 0 };

export interface PlanHealth {
  /** 0–100: 100 minus the penalties of the findings, never below 0. */
  score: number;
  counts: Record<Severity, number>;
  /** Errors first, then warnings, then information; in plan order within each. */
  findings: Finding[];
}

export function healthScore(findings: readonly Finding[]): number {
  const penalty = findings.reduce((sum, f) => sum + PENALTY[f.severity], 0);
  return Math.max(0, 100 - penalty);
}

/** Runs every rule of the method on the plan as of `today` (`YYYY-MM-DD`). */
export function planHealth(facts: PlanFacts, today: string): PlanHealth {
  const findings = [
    ...traceabilityFindings(facts),
    ...smartFindings(facts, lintPlanObjectives(facts, today)),
    ...alignmentFindings(funnelAlignment(facts)),
    ...scheduleFindings(analyseSchedule(facts, today)),
    ...dateFindings(facts),
    ...budgetFindings(summariseBudget(facts)),
    ...kpiFindings(facts, kpiStatuses(facts, today), today),
    ...experimentFindings(facts, today),
  ];
  const order: Severity[] = ['error', 'warning', 'info'];
  findings.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { score: healthScore(findings), counts, findings };
}

import type { Kpi, Objective, PlanFacts } from '../plan.js';
import { checkAchievable } from './achievable.js';
import { checkRelevant } from './relevant.js';
import { suggestRewrite } from './rewrite.js';
import type { DatedValue } from './series.js';
import { findInText } from './text-findings.js';
import { checkMeasurable, checkSpecific, checkTimeBound } from './text-criteria.js';
import type { SmartContext, SmartCriterion, SmartReport } from './types.js';

/** The SMART lint of one objective: each criterion judged, explained, and a rewrite pattern. */
export function lintObjective(objective: Objective, context: SmartContext): SmartReport {
  const found = findInText(objective);
  const criteria: SmartReport['criteria'] = {
    specific: checkSpecific(objective, found),
    measurable: checkMeasurable(objective, found),
    achievable: checkAchievable(objective, context),
    relevant: checkRelevant(objective, context.businessGoalKeys, context.businessGoalTitles),
    timeBound: checkTimeBound(objective, found),
  };
  const passed = (Object.keys(criteria) as SmartCriterion[]).every((name) => criteria[name].status !== 'fail');
  return { objective: objective.key, criteria, rewrite: suggestRewrite(objective, found), passed };
}

/** The SMART lint of every objective of a plan, in the plan's order. */
export function lintPlanObjectives(facts: PlanFacts, today: string): SmartReport[] {
  const businessGoalKeys = new Set(facts.businessGoals.map((goal) => goal.key));
  const businessGoalTitles = new Map(facts.businessGoals.map((goal) => [goal.key, goal.title]));
  const seriesByKpi = new Map<string, DatedValue[]>();
  for (const m of facts.measurements) {
    const series = seriesByKpi.get(m.kpi) ?? [];
    series.push({ date: m.date, value: m.value });
    seriesByKpi.set(m.kpi, series);
  }
  return facts.objectives.map((objective) => {
    const kpi = trackingKpi(objective, facts.kpis);
    const kpiSeries = kpi ? seriesByKpi.get(kpi.key) : undefined;
    return lintObjective(objective, { today, businessGoalKeys, businessGoalTitles, kpiSeries });
  });
}

/**
 * The KPI whose measurements tell how the objective is doing: its only KPI, or, when several
 * KPIs point to it, the only one with the same target. Otherwise there is no telling which one
 * the target is about, and the trend is not checked.
 */
export function trackingKpi(objective: Objective, kpis: readonly Kpi[]): Kpi | null {
  const linked = kpis.filter((kpi) => kpi.objective === objective.key);
  if (linked.length === 1) return linked[0] ?? null;
  const sameTarget = linked.filter((kpi) => objective.target != null && kpi.target === objective.target);
  return sameTarget.length === 1 ? (sameTarget[0] ?? null) : null;
}

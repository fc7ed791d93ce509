import { summariseBudget, type BudgetSummary } from '../../../core/budget/index.js';
import { funnelAlignment, type AlignmentReport } from '../../../core/funnel/index.js';
import { planHealth, type PlanHealth } from '../../../core/health/index.js';
import { kpiStatuses, type KpiStatusReport } from '../../../core/kpi/index.js';
import { scorePlanOkrs, type OkrReport } from '../../../core/okr/index.js';
import type { Action, PlanFacts } from '../../../core/plan.js';
import { analyseSchedule, type ScheduleReport } from '../../../core/schedule/index.js';
import { lintPlanObjectives, type SmartReport } from '../../../core/smart/index.js';

/** What the method's rules say about the plan on `today`: computed once, read by every section. */
export interface PlanAnalysis {
  health: PlanHealth;
  alignment: AlignmentReport[];
  smart: SmartReport[];
  okrs: OkrReport[];
  schedule: ScheduleReport;
  budget: BudgetSummary;
  kpis: KpiStatusReport[];
  /** Actions due before today that are neither done nor cancelled, earliest due first. */
  lateActions: Action[];
}

export function analysePlan(facts: PlanFacts, today: string): PlanAnalysis {
  return {
    health: planHealth(facts, today),
    alignment: funnelAlignment(facts),
    smart: lintPlanObjectives(facts, today),
    okrs: scorePlanOkrs(facts),
    schedule: analyseSchedule(facts, today),
    budget: summariseBudget(facts),
    kpis: kpiStatuses(facts, today),
    lateActions: lateActions(facts.actions, today),
  };
}

export function lateActions(actions: readonly Action[], today: string): Action[] {
  return actions
    .filter((a) => a.dueDate != null && a.dueDate < today && a.status !== 'done' && a.status !== 'cancelled')
    .sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string));
}

import type { PlanFacts } from '../plan.js';
import { computeCriticalPath, type CriticalPathReport } from './critical-path.js';
import { describeCycle, findCycles, type CycleFinding } from './cycles.js';
import { findDateConflicts, type DateConflict } from './date-conflicts.js';
import { parseToday } from './dates.js';
import { findMilestonesAtRisk, type MilestoneRisk } from './milestones.js';
import { checkRaci, type RaciFinding } from './raci.js';
import { computeWorkload, type WorkloadReport } from './workload.js';

/** The parts of a plan the schedule reads; a whole `PlanFacts` will do. */
export type ScheduleFacts = Pick<PlanFacts, 'plan' | 'people' | 'actions' | 'raciAssignments' | 'actionDependencies'>;

export interface ScheduleReport {
  today: string;
  raci: RaciFinding[];
  workload: WorkloadReport;
  cycles: CycleFinding[];
  dateConflicts: DateConflict[];
  criticalPath: CriticalPathReport;
  milestonesAtRisk: MilestoneRisk[];
}

/**
 * Responsibilities and deadlines of a plan in one report. Each part is also its own exported
 * function; each builds its indexes once, so the whole runs in time linear in the numbers of
 * actions, assignments and dependencies (plus the weeks each action spans).
 */
export function analyseSchedule(facts: ScheduleFacts, today: string): ScheduleReport {
  parseToday(today);
  const { plan, people, actions, raciAssignments, actionDependencies } = facts;
  return {
    today,
    raci: checkRaci(actions, raciAssignments, people),
    workload: computeWorkload(actions, raciAssignments, people),
    cycles: findCycles(actionDependencies).map(describeCycle),
    dateConflicts: findDateConflicts(actions, actionDependencies),
    criticalPath: computeCriticalPath(actions, actionDependencies, plan),
    milestonesAtRisk: findMilestonesAtRisk(actions, actionDependencies, today),
  };
}

/** Responsibilities and deadlines: RACI check, workload, dependencies, critical path, milestones. */
export { analyseSchedule, type ScheduleFacts, type ScheduleReport } from './schedule.js';
export { checkRaci, type RaciFinding, type RaciFindingCode } from './raci.js';
export { computeWorkload, type PersonWorkload, type WorkloadOverload, type WorkloadReport } from './workload.js';
export { spreadEffortOverWeeks } from './effort-spread.js';
export {
  cycleRefusalMessage,
  describeCycle,
  findCycles,
  wouldCreateCycle,
  type CycleFinding,
  type DependencyEdge,
} from './cycles.js';
export { findDateConflicts, type DateConflict } from './date-conflicts.js';
export {
  computeCriticalPath,
  maxCriticalChains,
  type ActionTiming,
  type CriticalPathReport,
  type ScheduleExclusionReason,
} from './critical-path.js';
export {
  findMilestonesAtRisk,
  type MilestoneRisk,
  type MilestoneRiskCode,
  type MilestoneRiskReason,
} from './milestones.js';

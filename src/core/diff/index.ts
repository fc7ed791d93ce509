export { diffPlans, summariseDiff } from './diff-plans.js';
export { fieldLabels, type SectionLabels } from './labels.js';
export type { Change, ChangeKind, ListSectionName, PlanDiff, SectionName } from './types.js';

/**
 * From the API's business goals and funnel stages to the funnel check of `core/funnel`, and back
 * to what the goals screen shows. Pure: the page passes the rows it read and, while a form is
 * open, the values being typed (a draft), so the result can be shown before anything is saved.
 */
import type { BusinessGoalEntity, FunnelStageEntity } from '../../../contract/entity-types.js';
import { formatChange, formatNumber, formatWithUnit } from '../../../core/funnel/format.js';
import { funnelAlignment, type AlignmentReport } from '../../../core/funnel/index.js';
import type { BusinessGoal, FunnelStage, PlanFacts } from '../../../core/plan.js';
import { emptyPlan } from '../../../core/shared/empty-plan.js';

export type Language = 'fr' | 'en';

/** What the check reads of a business goal (an entity, or a form's draft). */
export type GoalInput = Pick<
  BusinessGoalEntity,
  'id' | 'key' | 'title' | 'description' | 'kind' | 'metric' | 'unit' | 'baseline' | 'target' | 'deadline'
>;

/** What the check reads of a funnel stage (an entity, or a form's draft). */
export type StageInput = Pick<
  FunnelStageEntity,
  'id' | 'key' | 'position' | 'businessGoalId' | 'name' | 'kind' | 'unit' | 'baselineValue' | 'targetValue'
>;

/**
 * Id and key of an item that is being created: ids and keys from the server never contain "#"
 * (keys are slugs), so the draft cannot be taken for a saved row.
 */
export const DRAFT_ID = '#draft';

export function toCoreGoal(goal: GoalInput): BusinessGoal {
  return {
    key: goal.key,
    title: goal.title,
    description: goal.description,
    kind: goal.kind,
    metric: goal.metric,
    unit: goal.unit,
    baseline: goal.baseline,
    target: goal.target,
    deadline: goal.deadline,
  };
}

/** A stage in the core's shape; `businessGoal` is the key of its goal. */
export function toCoreStage(stage: StageInput, goalKey: string): FunnelStage {
  return {
    key: stage.key,
    businessGoal: goalKey,
    name: stage.name,
    kind: stage.kind,
    unit: stage.unit,
    baselineValue: stage.baselineValue,
    targetValue: stage.targetValue,
  };
}

/** A goal's stages in the plan's order (position, then id, as the API lists them). */
export function stagesOf<S extends StageInput>(goalId: string, stages: readonly S[]): S[] {
  return stages
    .filter((stage) => stage.businessGoalId === goalId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The facts the funnel check reads: the goals and their stages; the rest of the plan is empty. */
export function toPlanFacts(goals: readonly GoalInput[], stages: readonly StageInput[]): PlanFacts {
  return emptyPlan({
    plan: { key: 'plan', name: '', status: 'draft', currency: 'EUR', locale: 'fr' },
    businessGoals: goals.map(toCoreGoal),
    funnelStages: goals.flatMap((goal) => stagesOf(goal.id, stages).map((stage) => toCoreStage(stage, goal.key))),
  });
}

/** The funnel check of every goal, by goal id. */
export function alignmentByGoal(
  goals: readonly GoalInput[],
  stages: readonly StageInput[],
): Map<string, AlignmentReport> {
  const reports = funnelAlignment(toPlanFacts(goals, stages));
  return new Map(goals.map((goal, index) => [goal.id, reports[index] as AlignmentReport]));
}

/** The check of one goal as it would be with `draft` in place of the goal (or added, when new). */
export function previewGoal(
  goals: readonly GoalInput[],
  stages: readonly StageInput[],
  draft: GoalInput,
): AlignmentReport {
  const others = goals.filter((goal) => goal.id !== draft.id);
  const report = alignmentByGoal([...others, draft], stages).get(draft.id);
  if (!report) throw new Error('The draft goal has no report');
  return report;
}

/** The check of the draft stage's goal with `draft` in place of the stage (or added at the end, when new). */
export function previewStage(
  goals: readonly GoalInput[],
  stages: readonly StageInput[],
  draft: StageInput,
): AlignmentReport | null {
  const others = stages.filter((stage) => stage.id !== draft.id);
  return alignmentByGoal(goals, [...others, draft]).get(draft.businessGoalId) ?? null;
}

/** The position a new stage gets in the preview: after every stage listed. */
export function nextPosition(stages: readonly StageInput[]): number {
  return stages.reduce((max, stage) => Math.max(max, stage.position + 1), 0);
}

/** A value in its unit as the funnel check writes it: « 1 200 EUR », « 2,5 % », "2.5%". */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, lang: Language) {
  if (value === null || value === undefined) return null;
  return formatWithUnit(formatNumber(value, lang, 4), unit, lang);
}

/** The relative change from `baseline` to `target` (« +20 % »); null without a positive baseline and a target. */
export function formatRelativeChange(
  baseline: number | null | undefined,
  target: number | null | undefined,
  lang: Language,
): string | null {
  if (baseline === null || baseline === undefined || target === null || target === undefined) return null;
  if (!(baseline > 0)) return null;
  return formatChange(target / baseline - 1, lang);
}

import type { PlanFacts } from '../plan.js';
import { STEP_CHECKS } from './checks.js';
import { STAGE_TITLES, STEP_TEXTS } from './texts.js';
import type { GuidedPath, GuideStageId, GuideStep, GuideStepId } from './types.js';

/** The method's stages and their steps, in the order a plan is built. */
export const GUIDE_STAGES: readonly { id: GuideStageId; steps: readonly GuideStepId[] }[] = [
  { id: 'foundations', steps: ['business-goal', 'funnel', 'persona', 'swot', 'positioning'] },
  { id: 'objectives', steps: ['objectives-linked', 'smart-objectives', 'okr', 'kpis'] },
  { id: 'action-plan', steps: ['strategies', 'dated-actions', 'raci', 'budget'] },
  { id: 'tracking', steps: ['measurements', 'corrective-actions'] },
];

/**
 * The path through the method as a checklist: each step of the four stages, done or not on this
 * plan as of `today` (`YYYY-MM-DD`, which the SMART and KPI rules judge against), with why the
 * method asks for it and where to do it.
 */
export function guidedPath(facts: PlanFacts, today: string): GuidedPath {
  const stages = GUIDE_STAGES.map(({ id, steps }) => ({
    id,
    title: STAGE_TITLES[id],
    steps: steps.map((step): GuideStep => ({ id: step, ...STEP_CHECKS[step](facts, today), ...STEP_TEXTS[step] })),
  }));
  const all = stages.flatMap((s) => s.steps);
  const done = all.filter((s) => s.done).length;
  return { stages, done, total: all.length, complete: done === all.length };
}

import { kpiStatuses } from '../kpi/index.js';
import type { PlanFacts } from '../plan.js';
import { checkRaci } from '../schedule/index.js';
import { lintPlanObjectives } from '../smart/index.js';
import type { GuideProgress, GuideStepId } from './types.js';

/** Where a step stands on a plan. */
export interface StepCheck {
  done: boolean;
  progress: GuideProgress | null;
}

const flag = (done: boolean): StepCheck => ({ done, progress: null });

/** "Every one of them": done when all `of` are, and there is at least one to count. */
function every(done: number, of: number): StepCheck {
  return of === 0 ? { done: false, progress: null } : { done: done === of, progress: { done, of } };
}

const countWhere = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

const FUNNEL_KINDS = 3; // volume, rate, value
const SWOT_QUADRANTS = 4;

type Checks = Record<GuideStepId, (facts: PlanFacts, today: string) => StepCheck>;

/** One rule per step, read off the method; each asks for exactly what its title says. */
export const STEP_CHECKS: Checks = {
  'business-goal': (facts) =>
    flag(facts.businessGoals.some((g) => g.baseline != null && g.target != null && Boolean(g.deadline))),

  funnel: (facts) => {
    if (facts.businessGoals.length === 0) return flag(false);
    // The goal whose funnel goes furthest: one complete funnel is what the step asks for.
    const kinds = facts.businessGoals.map(
      (g) => new Set(facts.funnelStages.filter((s) => s.businessGoal === g.key).map((s) => s.kind)).size,
    );
    const best = Math.max(...kinds);
    return { done: best === FUNNEL_KINDS, progress: { done: best, of: FUNNEL_KINDS } };
  },

  persona: (facts) => flag(facts.personas.length > 0),

  swot: (facts) => {
    const filled = new Set(facts.swotItems.map((item) => item.quadrant)).size;
    return { done: filled === SWOT_QUADRANTS, progress: { done: filled, of: SWOT_QUADRANTS } };
  },

  positioning: (facts) => flag(Boolean(facts.positioning?.statement?.trim())),

  'objectives-linked': (facts) => {
    const goals = new Set(facts.businessGoals.map((g) => g.key));
    const linked = countWhere(facts.objectives, (o) => o.businessGoals.some((key) => goals.has(key)));
    return every(linked, facts.objectives.length);
  },

  'smart-objectives': (facts, today) => {
    const reports = lintPlanObjectives(facts, today);
    return every(
      countWhere(reports, (r) => r.passed),
      reports.length,
    );
  },

  okr: (facts) => {
    const withResults = new Set(facts.keyResults.map((kr) => kr.okrObjective));
    return every(
      countWhere(facts.okrObjectives, (o) => withResults.has(o.key)),
      facts.okrObjectives.length,
    );
  },

  kpis: (facts) => {
    const measured = new Set(facts.kpis.filter((k) => k.objective && k.target != null).map((k) => k.objective));
    return every(
      countWhere(facts.objectives, (o) => measured.has(o.key)),
      facts.objectives.length,
    );
  },

  strategies: (facts) => {
    const served = new Set(facts.strategies.flatMap((s) => s.objectives));
    return every(
      countWhere(facts.objectives, (o) => served.has(o.key)),
      facts.objectives.length,
    );
  },

  'dated-actions': (facts) => {
    // A tactic is ready when it has actions still to be done or done, and each has a due date.
    const live = facts.actions.filter((a) => a.status !== 'cancelled');
    const ready = (tactic: string) => {
      const own = live.filter((a) => a.tactic === tactic);
      return own.length > 0 && own.every((a) => Boolean(a.dueDate));
    };
    return every(
      countWhere(facts.tactics, (t) => ready(t.key)),
      facts.tactics.length,
    );
  },

  raci: (facts) => {
    // Cancelled actions need no one to answer for them (checkRaci skips them too).
    const live = facts.actions.filter((a) => a.status !== 'cancelled');
    const faulty = new Set(checkRaci(live, facts.raciAssignments).map((f) => f.action));
    return every(
      countWhere(live, (a) => !faulty.has(a.key)),
      live.length,
    );
  },

  budget: (facts) => flag((facts.budget?.totalAmount ?? 0) > 0 && facts.budgetLines.length > 0),

  measurements: (facts) => {
    const measured = new Set(facts.measurements.map((m) => m.kpi));
    return every(
      countWhere(facts.kpis, (k) => measured.has(k.key)),
      facts.kpis.length,
    );
  },

  'corrective-actions': (facts, today) => {
    // Same notion as the health check: an off-track KPI is acted on when a corrective action on it
    // is planned or under way. Nothing can be off track before a first measurement, hence the wait.
    const statuses = kpiStatuses(facts, today);
    if (!statuses.some((s) => s.latestMeasurementDate !== null)) return flag(false);
    const acted = new Set(
      facts.correctiveActions.filter((a) => a.status === 'planned' || a.status === 'in_progress').map((a) => a.kpi),
    );
    const offTrack = statuses.filter((s) => s.status === 'off_track');
    if (offTrack.length === 0) return flag(true);
    return every(
      countWhere(offTrack, (s) => acted.has(s.kpi)),
      offTrack.length,
    );
  },
};

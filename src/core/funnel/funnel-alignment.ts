/**
 * Does the funnel add up to the business goal? The method's example: revenue +20 %, qualified
 * leads +30 % and lead conversion +10 % imply 1.3 × 1.1 − 1 = +43 % of revenue: covered.
 *
 * The implied change (product of the stages at target over the product at baseline, minus 1; see
 * funnel-outcome.ts) is compared with the goal's own change, target / baseline − 1. A goal that
 * should rise is covered when the implied change is at least the required one; a goal that should
 * fall (target below baseline) when it is at most the required one. Otherwise the report gives the
 * gap in percentage points and in the goal's units (goal baseline × the difference of the two
 * changes: the funnel's own product may count another period or scale, so only its relative
 * change is carried over), and for each stage the value that stage alone would need:
 * its target × (1 + required) / (1 + implied).
 */
import type { BusinessGoal, FunnelStage, Localized, PlanFacts } from '../plan.js';
import { decimalsOf, formatChange, formatNumber, formatPoints, formatWithUnit } from './format.js';
import {
  funnelOutcome,
  isPercent,
  missingGoalValues,
  missingStageValues,
  type MissingValue,
} from './funnel-outcome.js';
import {
  comparisonSummary,
  coveredVerdict,
  incompleteSummary,
  noFunnelSummary,
  shortfallVerdict,
  stageNeedMessage,
} from './funnel-texts.js';

export type AlignmentStatus = 'covered' | 'shortfall' | 'no_funnel' | 'incomplete';

export interface StageNeed {
  stage: string;
  name: string;
  /** The stage's target value as set (in its own unit, % as written). */
  from: number;
  /** The value it would need, the other stages keeping their targets. */
  to: number;
  /** to / from − 1. */
  change: number;
  /** False when a rate in % would have to pass 100 %. */
  reachable: boolean;
  message: Localized;
}

export interface AlignmentReport {
  businessGoal: string;
  status: AlignmentStatus;
  /** The goal's change, target / baseline − 1; null when the goal lacks either. */
  requiredChange: number | null;
  /** The change the funnel's targets imply; null without a complete funnel. */
  impliedChange: number | null;
  /** Product of the stages at baseline and at target, in the funnel's outcome units. */
  funnelBaseline: number | null;
  funnelTarget: number | null;
  /** How far the funnel falls short (positive numbers), for a shortfall only. */
  gap: { points: number; outcome: number; unit: string | null } | null;
  /** One per stage, in the funnel's order, for a shortfall only. */
  stageNeeds: StageNeed[];
  /** What the comparison lacks, for an incomplete funnel only. */
  missing: MissingValue[];
  summary: Localized;
}

// Absorbs rounding when the funnel covers the goal exactly (60/50 − 1 against 120/100 − 1).
const epsilon = 1e-9;

/** One report per business goal, in the plan's order; a goal's stages in the order listed. */
export function funnelAlignment(facts: PlanFacts): AlignmentReport[] {
  return facts.businessGoals.map((goal) =>
    alignGoal(
      goal,
      facts.funnelStages.filter((stage) => stage.businessGoal === goal.key),
    ),
  );
}

function alignGoal(goal: BusinessGoal, stages: FunnelStage[]): AlignmentReport {
  const goalMissing = missingGoalValues(goal);
  const required = goalMissing.length === 0 ? (goal.target as number) / (goal.baseline as number) - 1 : null;
  const empty = { businessGoal: goal.key, requiredChange: required, gap: null, stageNeeds: [], missing: [] };
  const none = { impliedChange: null, funnelBaseline: null, funnelTarget: null };
  if (stages.length === 0) return { ...empty, ...none, status: 'no_funnel', summary: noFunnelSummary(goal) };
  const missing = [...goalMissing, ...missingStageValues(stages)];
  if (required === null || missing.length > 0) {
    return { ...empty, ...none, status: 'incomplete', missing, summary: incompleteSummary(goal, missing) };
  }
  const outcome = funnelOutcome(stages);
  const implied = outcome.impliedChange;
  const falling = (goal.target as number) < (goal.baseline as number);
  const covered = falling ? implied <= required + epsilon : implied >= required - epsilon;
  const changes = { implied: localizedChange(implied), required: localizedChange(required) };
  const found = { ...empty, impliedChange: implied, funnelBaseline: outcome.baseline, funnelTarget: outcome.target };
  if (covered) {
    return {
      ...found,
      status: 'covered',
      summary: comparisonSummary(goal, changes.implied, changes.required, coveredVerdict),
    };
  }
  const difference = Math.abs(required - implied);
  const gap = { points: difference * 100, outcome: (goal.baseline as number) * difference, unit: goal.unit ?? null };
  const verdict = shortfallVerdict(localizedPoints(gap.points), localizedAmount(gap.outcome, gap.unit));
  const factor = (1 + required) / (1 + implied);
  return {
    ...found,
    status: 'shortfall',
    gap,
    stageNeeds: stages.map((stage) => stageNeed(stage, factor)),
    summary: comparisonSummary(goal, changes.implied, changes.required, verdict),
  };
}

function stageNeed(stage: FunnelStage, factor: number): StageNeed {
  const from = stage.targetValue as number;
  const to = from * factor;
  const up = to > from;
  const reachable = !(stage.kind === 'rate' && isPercent(stage.unit) && to > 100);
  const decimals = Math.min(4, Math.max(decimalsOf(stage.baselineValue as number), decimalsOf(from), to < 100 ? 1 : 0));
  const shown = roundTowardCover(to, decimals, up);
  const text = (value: number, maxDecimals: number): Localized => ({
    fr: formatWithUnit(formatNumber(value, 'fr', maxDecimals), stage.unit, 'fr'),
    en: formatWithUnit(formatNumber(value, 'en', maxDecimals), stage.unit, 'en'),
  });
  return {
    stage: stage.key,
    name: stage.name,
    from,
    to,
    change: factor - 1,
    reachable,
    message: stageNeedMessage(stage.name, text(from, 4), text(shown, decimals), up, reachable),
  };
}

/**
 * The value shown is rounded toward covering the goal (up for a rise, down for a fall): a rounded
 * 2.3 where 2.36 is needed would leave the goal uncovered. The 1e-9 keeps an exact 2.4 at 2.4.
 */
function roundTowardCover(value: number, decimals: number, up: boolean): number {
  const scale = 10 ** decimals;
  return (up ? Math.ceil(value * scale - 1e-9) : Math.floor(value * scale + 1e-9)) / scale;
}

function localizedChange(change: number): Localized {
  return { fr: formatChange(change, 'fr'), en: formatChange(change, 'en') };
}

function localizedPoints(points: number): Localized {
  return { fr: formatPoints(points, 'fr'), en: formatPoints(points, 'en') };
}

function localizedAmount(amount: number, unit: string | null): Localized {
  const decimals = Math.abs(amount) >= 100 ? 0 : 2;
  return {
    fr: formatWithUnit(formatNumber(amount, 'fr', decimals), unit, 'fr'),
    en: formatWithUnit(formatNumber(amount, 'en', decimals), unit, 'en'),
  };
}

/**
 * The business outcome a funnel implies: the product of its stages, volume × rates × value
 * (sessions × conversion rate × average basket = revenue). A rate whose unit is "%" is read as
 * value / 100 (2.2 % → 0.022), so the product comes out in the outcome's own units; any other rate
 * is used as written (a fraction such as 0.022). The implied relative change,
 * target product / baseline product − 1, does not depend on that reading, since the 1/100 cancels
 * out; the outcome values in the report do.
 */
import type { BusinessGoal, FunnelStage } from '../plan.js';

/** A value the comparison needs and the plan lacks, or has but not usable (zero or negative). */
export interface MissingValue {
  /** The stage's key, or null for the business goal itself. */
  stage: string | null;
  name: string;
  field: 'baselineValue' | 'targetValue' | 'baseline' | 'target';
  problem: 'missing' | 'not_positive';
}

export interface FunnelOutcome {
  baseline: number;
  target: number;
  /** target / baseline − 1. */
  impliedChange: number;
}

/** The value a stage contributes to the product. */
export function stageFactor(stage: FunnelStage, value: number): number {
  return stage.kind === 'rate' && isPercent(stage.unit) ? value / 100 : value;
}

export function isPercent(unit: string | null | undefined): boolean {
  return unit?.trim() === '%';
}

/**
 * Every stage needs a positive baseline and target value: a product with a zero baseline has no
 * relative change, and a negative volume, rate or basket means nothing.
 */
export function missingStageValues(stages: FunnelStage[]): MissingValue[] {
  return stages.flatMap((stage) =>
    (['baselineValue', 'targetValue'] as const).flatMap((field): MissingValue[] => {
      const value = stage[field];
      if (value === null || value === undefined || !Number.isFinite(value)) {
        return [{ stage: stage.key, name: stage.name, field, problem: 'missing' }];
      }
      return value > 0 ? [] : [{ stage: stage.key, name: stage.name, field, problem: 'not_positive' }];
    }),
  );
}

/** The goal needs a baseline to measure a change from (positive) and a target (any number). */
export function missingGoalValues(goal: BusinessGoal): MissingValue[] {
  const missing: MissingValue[] = [];
  const { baseline, target } = goal;
  if (baseline === null || baseline === undefined || !Number.isFinite(baseline)) {
    missing.push({ stage: null, name: goal.title, field: 'baseline', problem: 'missing' });
  } else if (baseline <= 0) {
    missing.push({ stage: null, name: goal.title, field: 'baseline', problem: 'not_positive' });
  }
  if (target === null || target === undefined || !Number.isFinite(target)) {
    missing.push({ stage: null, name: goal.title, field: 'target', problem: 'missing' });
  }
  return missing;
}

/** Product of the stages at baseline and at target; call only when `missingStageValues` is empty. */
export function funnelOutcome(stages: FunnelStage[]): FunnelOutcome {
  let baseline = 1;
  let target = 1;
  for (const stage of stages) {
    baseline *= stageFactor(stage, stage.baselineValue as number);
    target *= stageFactor(stage, stage.targetValue as number);
  }
  return { baseline, target, impliedChange: target / baseline - 1 };
}

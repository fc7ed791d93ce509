import type { BudgetLine, BudgetSettings, Localized } from '../plan.js';
import { allocatableAmount, contingencyReserve, localizedMoney } from './money.js';
import {
  calibrateCurve,
  segmentCurve,
  type ResponseCurve,
  type ResponseModel,
  type Segment,
} from './response-curve.js';

/** One budget line as the optimiser sees it: bounds, true curve and its piecewise model. */
export interface ModelLine {
  line: BudgetLine;
  min: number;
  max: number;
  curve: ResponseCurve;
  segments: Segment[];
}

export interface OptimiserModel {
  reserve: number;
  allocatable: number;
  lines: ModelLine[];
}

export interface ModelSettings {
  budget: BudgetSettings;
  lines: readonly BudgetLine[];
  currency: string;
  response: ResponseModel;
  segments: number;
}

/** A line's bounds: minAmount (default 0) to maxAmount (default, and at most, the allocatable). */
function lineBounds(line: BudgetLine, allocatable: number): { min: number; max: number } {
  const min = Math.max(0, line.minAmount ?? 0);
  const max = Math.min(line.maxAmount ?? allocatable, allocatable);
  return { min, max };
}

/** Why no allocation can satisfy the bounds, in both languages; empty when one can. */
function infeasibilities(settings: ModelSettings, allocatable: number): Localized[] {
  const money = (cents: number) => localizedMoney(cents, settings.currency);
  const errors: Localized[] = [];
  for (const line of settings.lines) {
    if (line.maxAmount != null && (line.minAmount ?? 0) > line.maxAmount) {
      const min = money(line.minAmount ?? 0);
      const max = money(line.maxAmount);
      errors.push({
        fr: `La ligne « ${line.label} » a un minimum (${min.fr}) supérieur à son maximum (${max.fr}).`,
        en: `Line "${line.label}" has a minimum (${min.en}) above its maximum (${max.en}).`,
      });
    }
  }
  const minimums = settings.lines.reduce((total, line) => total + Math.max(0, line.minAmount ?? 0), 0);
  if (minimums > allocatable) {
    const sum = money(minimums);
    const room = money(allocatable);
    errors.push({
      fr: `La somme des minimums des lignes (${sum.fr}) dépasse le montant allouable (${room.fr}, réserve déduite).`,
      en: `The lines' minimums add up to ${sum.en}, more than the allocatable amount (${room.en}, after the reserve).`,
    });
  }
  return errors;
}

/** The model to optimise, or the reasons it has no feasible allocation. */
export function buildOptimiserModel(settings: ModelSettings): OptimiserModel | { errors: Localized[] } {
  const allocatable = allocatableAmount(settings.budget);
  const errors = infeasibilities(settings, allocatable);
  if (errors.length > 0) return { errors };
  const lines = settings.lines.map((line) => {
    const { min, max } = lineBounds(line, allocatable);
    const curve = calibrateCurve(line, settings.response);
    return { line, min, max, curve, segments: segmentCurve(curve, min, max, settings.segments) };
  });
  return { reserve: contingencyReserve(settings.budget), allocatable, lines };
}

/** LP-format numbers: fixed notation (no exponent), and negligible values written as 0. */
function lpNumber(value: number): string {
  if (Math.abs(value) < 1e-12) return '0';
  return value.toFixed(12).replace(/\.?0+$/, '');
}

export const segmentVariable = (lineIndex: number, segmentIndex: number) => `s${lineIndex}_${segmentIndex}`;

/**
 * The LP over segments, in CPLEX LP text: one variable per segment (what is spent in it, between
 * 0 and its length), maximising Σ slope × spend, with all spend above the minimums fitting in
 * what the minimums leave of the allocatable amount. Slopes fall along each line, so the optimum
 * fills a line's segments in order and the LP is exact for the piecewise model. Null when there
 * is no variable (nothing to decide).
 */
export function optimiserLp(model: OptimiserModel): string | null {
  const terms: string[] = [];
  const bounds: string[] = [];
  model.lines.forEach((modelLine, lineIndex) => {
    modelLine.segments.forEach((segment, segmentIndex) => {
      const name = segmentVariable(lineIndex, segmentIndex);
      terms.push(`${lpNumber(segment.slope)} ${name}`);
      bounds.push(` 0 <= ${name} <= ${lpNumber(segment.end - segment.start)}`);
    });
  });
  if (terms.length === 0) return null;
  const room = model.allocatable - model.lines.reduce((total, modelLine) => total + modelLine.min, 0);
  const variables = terms.map((term) => term.split(' ')[1]);
  // One term per text line: readers of the LP format may limit the length of a line.
  return [
    'Maximize',
    ` return: ${terms.join('\n  + ')}`,
    'Subject To',
    ` budget: ${variables.join('\n  + ')} <= ${lpNumber(room)}`,
    'Bounds',
    ...bounds,
    'End',
  ].join('\n');
}

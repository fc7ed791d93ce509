import type { BudgetLine } from '../plan.js';

/**
 * How a line's expected return grows with its spend, for the optimiser.
 * - `diminishing` (default): each extra euro brings less than the one before —
 *   return(s) = ceiling · (1 − e^(−s/scale)), calibrated so that spending the planned amount p
 *   returns exactly what the plan expects (p × ROI): scale = p and ceiling = ROI·p / (1 − e^(−1)).
 *   So the first euro returns ROI / (1 − e^(−1)) ≈ 1.58 × ROI, the euro at p ≈ 0.58 × ROI, and
 *   no amount ever returns more than ≈ 1.58 × ROI × p.
 * - `linear`: return(s) = ROI · s, the method's table taken literally (no saturation).
 */
export type ResponseModel = 'diminishing' | 'linear';

export type ResponseCurve =
  | { kind: 'saturating'; ceiling: number; scale: number }
  | { kind: 'linear'; roi: number }
  /** No usable expected ROI (or, for `diminishing`, no planned amount to calibrate on). */
  | { kind: 'none' };

/** A stretch of spend over which the piecewise model returns `slope` per unit spent. */
export interface Segment {
  start: number;
  end: number;
  slope: number;
}

export function calibrateCurve(
  line: Pick<BudgetLine, 'plannedAmount' | 'expectedRoi'>,
  model: ResponseModel,
): ResponseCurve {
  const roi = line.expectedRoi ?? 0;
  if (roi <= 0) return { kind: 'none' };
  if (model === 'linear') return { kind: 'linear', roi };
  const planned = line.plannedAmount;
  if (planned <= 0) return { kind: 'none' };
  return { kind: 'saturating', ceiling: (roi * planned) / (1 - Math.exp(-1)), scale: planned };
}

/** Expected return (cents, unrounded) of spending `spend` cents on the true curve. */
export function curveReturn(curve: ResponseCurve, spend: number): number {
  switch (curve.kind) {
    case 'saturating':
      return curve.ceiling * (1 - Math.exp(-spend / curve.scale));
    case 'linear':
      return curve.roi * spend;
    case 'none':
      return 0;
  }
}

/** The spend that returns `target` (the curve's inverse); Infinity past a saturating ceiling. */
function spendForReturn(curve: ResponseCurve, target: number): number {
  switch (curve.kind) {
    case 'saturating': {
      const spend = -curve.scale * Math.log(1 - target / curve.ceiling);
      return Number.isFinite(spend) ? spend : Infinity;
    }
    case 'linear':
      return target / curve.roi;
    case 'none':
      return Infinity;
  }
}

/**
 * Cuts the curve between `from` (the line's minimum) and `to` (its maximum) into at most `count`
 * segments that each add the same return: short segments where the curve bends most (near zero),
 * long ones in its flat tail, so few segments follow it closely. Breakpoints are whole cents, and
 * each slope is the chord between two points of the curve, so the model is exact at breakpoints
 * and, the curve being concave, slopes never rise from one segment to the next.
 */
export function segmentCurve(curve: ResponseCurve, from: number, to: number, count: number): Segment[] {
  if (curve.kind === 'none' || to <= from) return [];
  const low = curveReturn(curve, from);
  const high = curveReturn(curve, to);
  const breakpoints = [from];
  for (let k = 1; k < count; k++) {
    const spend = Math.round(spendForReturn(curve, low + ((high - low) * k) / count));
    const last = breakpoints[breakpoints.length - 1] ?? from;
    if (spend > last && spend < to) breakpoints.push(spend);
  }
  breakpoints.push(to);
  const segments: Segment[] = [];
  for (let k = 1; k < breakpoints.length; k++) {
    const start = breakpoints[k - 1] ?? from;
    const end = breakpoints[k] ?? to;
    segments.push({ start, end, slope: (curveReturn(curve, end) - curveReturn(curve, start)) / (end - start) });
  }
  return segments;
}

/** Return of the piecewise model at `spend` ≥ the first segment's start. */
export function piecewiseReturn(
  curve: ResponseCurve,
  from: number,
  segments: readonly Segment[],
  spend: number,
): number {
  let total = curveReturn(curve, from);
  for (const segment of segments) {
    total += segment.slope * Math.min(Math.max(spend - segment.start, 0), segment.end - segment.start);
  }
  return total;
}

/**
 * The return of the last unit spent: the slope of the segment that `spend` ends in. At the
 * segment's start (nothing spent in it yet) that is the previous segment, or, at the minimum,
 * the first segment (the return of the next unit). Null when the line has no segment.
 */
export function lastUnitSlope(segments: readonly Segment[], spend: number): number | null {
  const first = segments[0];
  if (!first) return null;
  if (spend <= first.start) return first.slope;
  const active = segments.find((segment) => spend > segment.start && spend <= segment.end);
  return (active ?? segments[segments.length - 1] ?? first).slope;
}

/** The return of the next unit spent, or −Infinity when the line is at its maximum. */
export function nextUnitSlope(segments: readonly Segment[], spend: number): number {
  const next = segments.find((segment) => spend >= segment.start && spend < segment.end);
  return next?.slope ?? -Infinity;
}

/**
 * The path a KPI is expected to follow: linear from its `baseline` at the plan's start to its
 * `target` at its `targetDate` (else the plan's end), piecewise-linear through the intermediate
 * `KpiTarget`s when there are any. The path is of the KPI's daily value; before its first point it
 * stays at that point's value, after its last point at that point's value.
 *
 * For a `sum` KPI the baseline, targets and measurements are daily values too (visitors per day,
 * leads per day), so the expected *cumulative* path is the sum of the daily path over the days
 * since the plan's start: that is what the running total of measurements is compared with.
 */
import type { Kpi, KpiTarget, PlanHeader } from '../plan.js';
import { dayOf, requireDay } from '../shared/days.js';

export interface PathPoint {
  day: number;
  value: number;
}

/** The points of the path, sorted by day, one per day; empty when the KPI sets no value at all. */
export function kpiPathPoints(kpi: Kpi, kpiTargets: KpiTarget[], plan: PlanHeader): PathPoint[] {
  const byDay = new Map<number, number>();
  for (const target of kpiTargets) {
    const day = dayOf(target.date);
    if (target.kpi === kpi.key && day !== null) byDay.set(day, target.value);
  }
  // The KPI's own baseline and target are its headline: they win over a same-day intermediate target.
  const startDay = dayOf(plan.startDate);
  if (startDay !== null && isNumber(kpi.baseline)) byDay.set(startDay, kpi.baseline);
  const deadlineDay = kpiDeadlineDay(kpi, plan);
  if (deadlineDay !== null && isNumber(kpi.target)) byDay.set(deadlineDay, kpi.target);
  return [...byDay.entries()].map(([day, value]) => ({ day, value })).sort((p, q) => p.day - q.day);
}

/** The KPI's deadline: its own target date, else the plan's end. */
export function kpiDeadlineDay(kpi: Kpi, plan: PlanHeader): number | null {
  return dayOf(kpi.targetDate) ?? dayOf(plan.endDate);
}

/** Expected daily value on `day`; null when the path has no point. */
export function valueOnPath(points: PathPoint[], day: number): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  if (day <= first.day) return first.value;
  if (day >= last.day) return last.value;
  for (let i = 1; i < points.length; i++) {
    const right = points[i] as PathPoint;
    if (day <= right.day) return linear(points[i - 1] as PathPoint, right, day);
  }
  return last.value;
}

/**
 * Σ of the expected daily value over the days `fromDay` … `toDay` (both included); 0 when
 * toDay < fromDay, null when the path has no point. Each piece of the path is linear in the day,
 * so its sum over whole days is count × (first + last) / 2, without a loop over days.
 */
export function sumOnPath(points: PathPoint[], fromDay: number, toDay: number): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  let total = flatSum(first.value, fromDay, Math.min(toDay, first.day - 1));
  for (let i = 1; i < points.length; i++) {
    const left = points[i - 1] as PathPoint;
    const right = points[i] as PathPoint;
    const lo = Math.max(fromDay, left.day);
    const hi = Math.min(toDay, right.day - 1);
    if (hi >= lo) total += ((hi - lo + 1) * (linear(left, right, lo) + linear(left, right, hi))) / 2;
  }
  return total + flatSum(last.value, Math.max(fromDay, last.day), toDay);
}

/**
 * The expected value of a KPI on `date`, as its actual is read: the daily value for `last` and
 * `average` KPIs, the running total since the plan's start for `sum` KPIs. Null when the KPI sets
 * no value, or, for a `sum` KPI, when the plan has no start date. Throws on a malformed date.
 */
export function expectedKpiValue(kpi: Kpi, kpiTargets: KpiTarget[], plan: PlanHeader, date: string): number | null {
  const day = requireDay(date, 'date');
  const points = kpiPathPoints(kpi, kpiTargets, plan);
  if (kpi.aggregation !== 'sum') return valueOnPath(points, day);
  const startDay = dayOf(plan.startDate);
  return startDay === null ? null : sumOnPath(points, startDay, day);
}

function linear(left: PathPoint, right: PathPoint, day: number): number {
  return left.value + ((right.value - left.value) * (day - left.day)) / (right.day - left.day);
}

function flatSum(value: number, fromDay: number, toDay: number): number {
  return toDay >= fromDay ? value * (toDay - fromDay + 1) : 0;
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

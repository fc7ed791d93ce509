/**
 * What "actual" means for a KPI on a date, by aggregation:
 *
 * - `last`: the value on the latest measured day on or before the date;
 * - `average`: the mean of the daily values over the 7 calendar days that end on the latest
 *   measured day on or before the date (that day and the 6 before it; days without a measurement
 *   are left out, not counted as 0). A week smooths the day-to-day noise of rates without lagging
 *   much behind a change, and it covers each weekday once;
 * - `sum`: the running total of the measurements from the period's start (the plan's start) to
 *   the date, both included.
 *
 * Several measurements on one day are first made into one daily value: added for `sum`, averaged
 * for `average`, and the last one listed for `last` (a later entry corrects an earlier one).
 */
import type { Kpi, Measurement, PlanFacts } from '../plan.js';
import { dayOf } from '../shared/days.js';
import { groupBy } from '../shared/group-by.js';
import type { DailyPoint } from './linear-forecast.js';

export const averageWindowDays = 7;

/** One value per measured day, sorted by day; measurements with an invalid date are skipped. */
export function dailySeries(measurements: Measurement[], aggregation: Kpi['aggregation']): DailyPoint[] {
  const raw: DailyPoint[] = [];
  let sorted = true;
  for (const m of measurements) {
    const day = dayOf(m.date);
    if (day === null || !Number.isFinite(m.value)) continue;
    if (raw.length > 0 && day < (raw[raw.length - 1] as DailyPoint).day) sorted = false;
    raw.push({ day, value: m.value });
  }
  // Measurements usually arrive in date order; the sort is stable, so "last listed" survives it.
  if (!sorted) raw.sort((p, q) => p.day - q.day);
  const series: DailyPoint[] = [];
  let count = 0;
  for (const point of raw) {
    const current = series[series.length - 1];
    if (current?.day !== point.day) {
      if (current && aggregation === 'average') current.value /= count;
      series.push({ ...point });
      count = 1;
    } else {
      current.value = aggregation === 'last' ? point.value : current.value + point.value;
      count += 1;
    }
  }
  const last = series[series.length - 1];
  if (last && aggregation === 'average') last.value /= count;
  return series;
}

const seriesByPlan = new WeakMap<PlanFacts, ReadonlyMap<string, readonly DailyPoint[]>>();

/**
 * Every KPI's daily series, by KPI key. The statuses, the dashboard, the charts and the plan's
 * health all start from them, and a large plan has 200 KPIs × 1,000 days of measurements. A
 * frozen plan (the server's kept copies) cannot change, so its series are worked out once, and
 * frozen in turn: a report that tried to change one would fail rather than corrupt the next.
 */
export function planDailySeries(facts: PlanFacts): ReadonlyMap<string, readonly DailyPoint[]> {
  const kept = seriesByPlan.get(facts);
  if (kept) return kept;
  const measurementsByKpi = groupBy(facts.measurements, (m) => m.kpi);
  const frozen = Object.isFrozen(facts) && Object.isFrozen(facts.measurements);
  const series = new Map(
    facts.kpis.map((kpi) => {
      const points = dailySeries(measurementsByKpi.get(kpi.key) ?? [], kpi.aggregation);
      if (frozen) for (const point of points) Object.freeze(point);
      return [kpi.key, frozen ? Object.freeze(points) : points] as const;
    }),
  );
  if (frozen) seriesByPlan.set(facts, series);
  return series;
}

/** The latest measured day on or before `asOfDay`, or null. `series` is sorted by day. */
export function latestDayOnOrBefore(series: readonly DailyPoint[], asOfDay: number): number | null {
  let latest: number | null = null;
  for (const point of series) {
    if (point.day > asOfDay) break;
    latest = point.day;
  }
  return latest;
}

/**
 * The actual value on `asOfDay` (see the file comment); null when no measurement counts.
 * `periodStartDay` is where a `sum` KPI's running total starts (null: from the first measurement).
 */
export function actualValue(
  series: readonly DailyPoint[],
  aggregation: Kpi['aggregation'],
  asOfDay: number,
  periodStartDay: number | null,
): number | null {
  const latest = latestDayOnOrBefore(series, asOfDay);
  if (latest === null) return null;
  const inRange = (from: number) => series.filter((p) => p.day >= from && p.day <= latest).map((p) => p.value);
  if (aggregation === 'last') return inRange(latest)[0] ?? null;
  if (aggregation === 'average') {
    const values = inRange(latest - (averageWindowDays - 1));
    return values.reduce((sum, v) => sum + v, 0) / values.length;
  }
  const values = inRange(periodStartDay ?? Number.NEGATIVE_INFINITY);
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0);
}

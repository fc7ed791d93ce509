/**
 * What a KPI's chart draws: its daily values (downsampled), the path it is expected to follow
 * over the plan, and the OLS forecast from the last measured day to the deadline with its 95 %
 * prediction band, plus the status report the figures beside the chart read.
 *
 * The forecast line is the same fit as the status report's (kpi-statuses.ts: daily values from
 * the plan's start to today), evaluated at sampled days: on day d the band is
 * ŷ(d) ± t(0.975, n − 2) · s · √(1 + 1/n + (t_d − t̄)² / Sxx), so at the deadline it is the
 * report's `pi95`. All values are daily values, as the path is; for a `sum` KPI the status and
 * probability judge the running total (see kpi-dashboard.ts `headline`).
 */
import type { Kpi, PlanFacts } from '../plan.js';
import { dayOf, formatDay, requireDay } from '../shared/days.js';
import { downsampleLttb } from './downsample.js';
import { kpiDeadlineDay, kpiPathPoints, valueOnPath, type PathPoint } from './expected-path.js';
import { planDailySeries } from './kpi-actual.js';
import { dated, headline, type DatedValue } from './kpi-dashboard.js';
import { kpiStatus, type KpiStatusReport } from './kpi-statuses.js';
import { forecastSeries, type DailyPoint } from './linear-forecast.js';

export const defaultChartPoints = 400;
export const maxChartPoints = 2000;
/** Days the forecast line is evaluated on at most, both ends included. */
export const forecastSamples = 60;

export interface ForecastPoint {
  date: string;
  value: number;
  /** 95 % prediction band; null with fewer than 3 points. */
  low: number | null;
  high: number | null;
}

export interface KpiChart {
  kpi: string;
  name: string;
  unit: string | null;
  direction: Kpi['direction'];
  aggregation: Kpi['aggregation'];
  status: KpiStatusReport;
  headlineTarget: number | null;
  probMeetTarget: number | null;
  /** The plan's period, when it has one: the chart's x range. */
  period: { start: string | null; end: string | null };
  deadline: string | null;
  series: {
    /** Measured days before downsampling. */
    total: number;
    points: DatedValue[];
  };
  /** The expected daily value at each corner of the path, clipped to the plan's period. */
  targetPath: DatedValue[];
  forecast: ForecastPoint[];
}

/** The chart of the KPI `kpiKey`; null when the plan has no such KPI. */
export function kpiChart(
  facts: PlanFacts,
  kpiKey: string,
  today: string,
  maxPoints = defaultChartPoints,
): KpiChart | null {
  const todayDay = requireDay(today, 'today');
  const kpi = facts.kpis.find((k) => k.key === kpiKey);
  if (!kpi) return null;
  const targets = facts.kpiTargets.filter((t) => t.kpi === kpi.key);
  const series = planDailySeries(facts).get(kpi.key) ?? [];
  const status = kpiStatus(kpi, targets, series, facts.plan, todayDay);
  const startDay = dayOf(facts.plan.startDate);
  const endDay = dayOf(facts.plan.endDate);
  const deadlineDay = kpiDeadlineDay(kpi, facts.plan);
  const window = series.filter((p) => (startDay === null || p.day >= startDay) && p.day <= todayDay);
  return {
    kpi: kpi.key,
    name: kpi.name,
    unit: kpi.unit ?? null,
    direction: kpi.direction,
    aggregation: kpi.aggregation,
    status,
    ...headline(kpi, status),
    period: { start: facts.plan.startDate ?? null, end: facts.plan.endDate ?? null },
    deadline: deadlineDay === null ? null : formatDay(deadlineDay),
    series: { total: series.length, points: dated(downsampleLttb(series, maxPoints)) },
    targetPath: dated(clipPath(kpiPathPoints(kpi, targets, facts.plan), startDay, endDay ?? deadlineDay)),
    forecast: forecastLine(kpi, window, deadlineDay),
  };
}

/** The path's corners within [from, to], with the path's value at both ends added. */
export function clipPath(points: PathPoint[], from: number | null, to: number | null): PathPoint[] {
  if (points.length === 0) return [];
  const lo = from ?? (points[0] as PathPoint).day;
  const hi = Math.max(lo, to ?? (points[points.length - 1] as PathPoint).day);
  const inside = points.filter((p) => p.day > lo && p.day < hi);
  const ends = lo === hi ? [lo] : [lo, hi];
  return [...ends.map((day) => ({ day, value: valueOnPath(points, day) as number })), ...inside].sort(
    (p, q) => p.day - q.day,
  );
}

/** The fitted line and its band from the last day of `window` to the deadline; empty when there is nothing to forecast. */
export function forecastLine(
  kpi: Pick<Kpi, 'direction'>,
  window: DailyPoint[],
  deadlineDay: number | null,
): ForecastPoint[] {
  const last = window[window.length - 1];
  if (!last || deadlineDay === null || deadlineDay <= last.day || window.length < 2) return [];
  return sampleDays(last.day, deadlineDay, forecastSamples).map((day) => {
    const f = forecastSeries({
      points: window,
      seriesEndDay: last.day,
      deadlineDay: day,
      target: null,
      cumulativeTarget: null,
      direction: kpi.direction,
    });
    return { date: formatDay(day), value: f.projection as number, low: f.pi95?.[0] ?? null, high: f.pi95?.[1] ?? null };
  });
}

/** At most `count` whole days from `from` to `to` (both included), evenly spread. */
export function sampleDays(from: number, to: number, count: number): number[] {
  const span = to - from;
  if (span + 1 <= count) return Array.from({ length: span + 1 }, (_, i) => from + i);
  const days = Array.from({ length: count }, (_, i) => from + Math.round((i * span) / (count - 1)));
  return [...new Set(days)];
}

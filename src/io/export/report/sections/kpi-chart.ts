import { dailySeries } from '../../../../core/kpi/kpi-actual.js';
import { kpiPathPoints, sumOnPath, type PathPoint } from '../../../../core/kpi/expected-path.js';
import type { KpiStatusReport } from '../../../../core/kpi/index.js';
import type { Kpi, KpiTarget, Measurement } from '../../../../core/plan.js';
import { dayOf, formatDay } from '../../../../core/shared/days.js';
import { downsample } from '../../charts/downsample.js';
import type { DatedValue, KpiChart } from '../../charts/spec.js';
import type { ReportContext } from '../context.js';

/** A 1,096-day series is drawn from this many points (peaks kept): enough for a chart's width. */
export const maxChartPoints = 200;

/**
 * A KPI's chart: its daily values (several measurements of a day made into one as the KPI
 * aggregates them), the expected daily path from baseline to target, and the fitted trend from the
 * latest measurement to the deadline. Null without measurements.
 */
export function kpiChart(
  ctx: ReportContext,
  kpi: Kpi,
  measurements: Measurement[],
  targets: KpiTarget[],
  report: KpiStatusReport | undefined,
): KpiChart | null {
  const series = dailySeries(measurements, kpi.aggregation);
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return null;
  const k = ctx.t.kpis;
  const plan = ctx.facts.plan;
  const path = kpiPathPoints(kpi, targets, plan);
  const deadline = dayOf(report?.forecast.deadline);
  const start = dayOf(plan.startDate);
  if (kpi.aggregation === 'sum' && start !== null && path.length > 0 && last.day >= start) {
    return cumulativeChart(ctx, kpi, series, path, start, deadline ?? last.day, report);
  }
  const measured: DatedValue[] = series.map((p) => ({ date: formatDay(p.day), value: p.value }));
  const from = Math.min(first.day, path[0]?.day ?? first.day);
  const to = Math.max(last.day, deadline ?? last.day, path[path.length - 1]?.day ?? last.day);
  const expected: DatedValue[] = [];
  const pathFirst = path[0];
  const pathLast = path[path.length - 1];
  if (pathFirst && pathLast) {
    if (from < pathFirst.day) expected.push({ date: formatDay(from), value: pathFirst.value });
    for (const point of path) expected.push({ date: formatDay(point.day), value: point.value });
    if (to > pathLast.day) expected.push({ date: formatDay(to), value: pathLast.value });
  }
  return {
    kind: 'kpi',
    language: ctx.language,
    title: kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name,
    unit: kpi.unit ?? null,
    measured: { name: k.measured, points: downsample(measured, maxChartPoints) },
    expected: { name: k.expectedPath, points: expected },
    forecast: trend(ctx, series, report, deadline),
  };
}

function trend(
  ctx: ReportContext,
  series: { day: number; value: number }[],
  report: KpiStatusReport | undefined,
  deadline: number | null,
): KpiChart['forecast'] {
  const forecast = report?.forecast;
  const latest = dayOf(report?.latestMeasurementDate);
  if (!forecast || deadline === null || latest === null || forecast.slopePerDay === null) return null;
  if (forecast.interceptAtDay0 === null || forecast.projection === null || deadline <= latest) return null;
  // The fit's day 0 is the first measured day since the plan started (see core/kpi/kpi-statuses.ts).
  const start = dayOf(ctx.facts.plan.startDate);
  const day0 = series.find((p) => start === null || p.day >= start)?.day;
  if (day0 === undefined) return null;
  return {
    name: ctx.t.kpis.trend,
    points: [
      { date: formatDay(latest), value: forecast.interceptAtDay0 + forecast.slopePerDay * (latest - day0) },
      { date: formatDay(deadline), value: forecast.projection },
    ],
  };
}

/** Points of the expected running total, about `samples` of them from the plan's start to `end`. */
function expectedTotals(path: PathPoint[], start: number, end: number, samples = 60): DatedValue[] {
  const step = Math.max(1, Math.floor((end - start) / samples));
  const points: DatedValue[] = [];
  for (let day = start; ; day = Math.min(end, day + step)) {
    points.push({ date: formatDay(day), value: sumOnPath(path, start, day) ?? 0 });
    if (day >= end) break;
  }
  return points;
}

/**
 * A `sum` KPI is judged on its running total since the plan started (see the core's KPI status):
 * its chart shows that total against the expected one, and the projected total at the deadline.
 */
function cumulativeChart(
  ctx: ReportContext,
  kpi: Kpi,
  series: { day: number; value: number }[],
  path: PathPoint[],
  start: number,
  end: number,
  report: KpiStatusReport | undefined,
): KpiChart {
  const k = ctx.t.kpis;
  const measured: DatedValue[] = [];
  let total = 0;
  for (const point of series) {
    if (point.day < start) continue;
    total += point.value;
    measured.push({ date: formatDay(point.day), value: total });
  }
  const latest = measured[measured.length - 1];
  const projected = report?.forecast.cumulative?.projectedTotal ?? null;
  const endDay = Math.max(end, dayOf(latest?.date) ?? end);
  const name = kpi.unit ? `${kpi.name} (${kpi.unit})` : kpi.name;
  return {
    kind: 'kpi',
    language: ctx.language,
    title: `${name} — ${k.cumulative}`,
    unit: kpi.unit ?? null,
    measured: { name: k.measured, points: downsample(measured, maxChartPoints) },
    expected: { name: k.expectedPath, points: expectedTotals(path, start, endDay) },
    forecast:
      latest && projected !== null && end > (dayOf(latest.date) ?? end)
        ? { name: k.trend, points: [latest, { date: formatDay(end), value: projected }] }
        : null,
  };
}

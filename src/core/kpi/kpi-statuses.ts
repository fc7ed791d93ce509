/**
 * The tracking table of a plan: for each KPI, where it stands today against its expected path
 * and where its trend leads by the deadline.
 *
 * A KPI is judged on its latest measured day on or before "today" (`latestMeasurementDate`), not on today itself:
 * a daily KPI whose today's figure is not in yet, or a monthly one mid-month, would otherwise
 * look behind for lack of data rather than for lack of results.
 *
 * The forecast uses the daily values from the plan's start (or from the first measurement when the
 * plan has no start date) to that day: measurements from before the plan tell what happened without
 * it, and would bend the trend the plan is judged on. For a `sum` KPI it also projects the running
 * total, against the expected total at the deadline.
 */
import type { Kpi, KpiTarget, Localized, PlanFacts, PlanHeader } from '../plan.js';
import { dayOf, formatDay, requireDay } from '../shared/days.js';
import { kpiDeadlineDay, kpiPathPoints, sumOnPath, valueOnPath, type PathPoint } from './expected-path.js';
import { actualValue, latestDayOnOrBefore, planDailySeries } from './kpi-actual.js';
import { kpiPosition, type KpiStatus, type KpiVariance } from './kpi-status.js';
import { forecastSeries, type DailyPoint, type SeriesForecast } from './linear-forecast.js';
import { groupBy } from '../shared/group-by.js';

export interface KpiForecastSummary extends SeriesForecast {
  deadline: string | null;
  /** Daily value expected at the deadline. */
  target: number | null;
  /** Running total expected at the deadline (`sum` KPIs only). */
  cumulativeTarget: number | null;
}

export interface KpiStatusReport {
  kpi: string;
  status: KpiStatus;
  /** Latest measurement date on or before today: the date the KPI is judged on. */
  latestMeasurementDate: string | null;
  /** Expected value on `latestMeasurementDate` (running total for `sum` KPIs). */
  expected: number | null;
  /** Actual value on `latestMeasurementDate` (see kpi-actual.ts). */
  actual: number | null;
  variance: KpiVariance | null;
  forecast: KpiForecastSummary;
  /** Why the KPI cannot be judged; null when it can. */
  note: Localized | null;
}

/** Status, variance and forecast of every KPI of the plan, in the plan's order. */
export function kpiStatuses(facts: PlanFacts, today: string): KpiStatusReport[] {
  const todayDay = requireDay(today, 'today');
  const seriesByKpi = planDailySeries(facts);
  const targetsByKpi = groupBy(facts.kpiTargets, (t) => t.kpi);
  return facts.kpis.map((kpi) =>
    kpiStatus(kpi, targetsByKpi.get(kpi.key) ?? [], seriesByKpi.get(kpi.key) ?? [], facts.plan, todayDay),
  );
}

/** One KPI's status report, from its targets and its daily series (see `planDailySeries`). */
export function kpiStatus(
  kpi: Kpi,
  targets: KpiTarget[],
  series: readonly DailyPoint[],
  plan: PlanHeader,
  todayDay: number,
): KpiStatusReport {
  const startDay = dayOf(plan.startDate);
  const asOfDay = latestDayOnOrBefore(series, todayDay);
  const points = kpiPathPoints(kpi, targets, plan);
  const cumulative = kpi.aggregation === 'sum';
  const expected = asOfDay === null ? null : expectedOn(points, cumulative, startDay, asOfDay);
  const actual = asOfDay === null ? null : actualValue(series, kpi.aggregation, asOfDay, startDay);
  const position = kpiPosition(expected, actual, kpi.direction, kpi.tolerancePercent);
  const window = series.filter((p) => (startDay === null || p.day >= startDay) && p.day <= todayDay);
  return {
    kpi: kpi.key,
    status: position.status,
    expected,
    actual,
    variance: position.variance,
    latestMeasurementDate: asOfDay === null ? null : formatDay(asOfDay),
    forecast: forecastSummary(kpi, plan, points, window, startDay),
    note: statusNote(position.status, cumulative && startDay === null),
  };
}

function expectedOn(points: PathPoint[], cumulative: boolean, startDay: number | null, day: number): number | null {
  if (!cumulative) return valueOnPath(points, day);
  return startDay === null ? null : sumOnPath(points, startDay, day);
}

function forecastSummary(
  kpi: Kpi,
  plan: PlanHeader,
  points: PathPoint[],
  window: { day: number; value: number }[],
  startDay: number | null,
): KpiForecastSummary {
  const deadlineDay = kpiDeadlineDay(kpi, plan);
  const target = deadlineDay === null ? null : valueOnPath(points, deadlineDay);
  const cumulativeTarget =
    kpi.aggregation === 'sum' && deadlineDay !== null && startDay !== null
      ? sumOnPath(points, startDay, deadlineDay)
      : null;
  const deadline = deadlineDay === null ? null : formatDay(deadlineDay);
  const last = window[window.length - 1];
  if (deadlineDay === null || !last) {
    const reason = deadlineDay === null ? noDeadline : noMeasurementInPlan;
    return { ...emptyForecast(window.length, reason), deadline, target, cumulativeTarget };
  }
  const forecast = forecastSeries({
    points: window,
    seriesEndDay: last.day,
    deadlineDay,
    target,
    cumulativeTarget,
    direction: kpi.direction,
  });
  const reason = forecast.reason ?? (target === null ? noTarget : null);
  return { ...forecast, reason, deadline, target, cumulativeTarget };
}

function emptyForecast(pointCount: number, reason: Localized): SeriesForecast {
  return {
    slopePerDay: null,
    interceptAtDay0: null,
    projection: null,
    pi95: null,
    probMeetTarget: null,
    cumulative: null,
    pointCount,
    reason,
  };
}

function statusNote(status: KpiStatus, sumWithoutStart: boolean): Localized | null {
  if (status === 'no_data') return noData;
  if (status !== 'no_target') return null;
  return sumWithoutStart ? noPlanStart : noTarget;
}

const noData: Localized = {
  fr: 'Aucune mesure à ce jour.',
  en: 'No measurement so far.',
};
const noTarget: Localized = {
  fr: 'Ni valeur de départ ni cible : impossible de dire si l’indicateur est dans les temps.',
  en: 'Neither a baseline nor a target: there is no path to judge this KPI against.',
};
const noPlanStart: Localized = {
  fr: 'Le plan n’a pas de date de début : le cumul attendu ne peut pas être calculé.',
  en: 'The plan has no start date: the expected running total cannot be computed.',
};
const noDeadline: Localized = {
  fr: 'Ni date cible ni date de fin de plan : pas d’échéance pour la prévision.',
  en: 'Neither a target date nor a plan end date: no deadline to forecast to.',
};
const noMeasurementInPlan: Localized = {
  fr: 'Aucune mesure depuis le début du plan : pas de prévision possible.',
  en: 'No measurement since the plan started: no forecast possible.',
};

/**
 * The tracking dashboard: every KPI's status report (see kpi-statuses.ts) with a sparkline of
 * its daily values and the figures a card shows, plus how many KPIs are in each status.
 *
 * The headline target and probability follow what the status judges: for a `sum` KPI the
 * running total (expected total at the deadline, probability the total reaches it), for the
 * others the daily value expected at the deadline.
 */
import type { Kpi, PlanFacts } from '../plan.js';
import { dayOf, formatDay, requireDay } from '../shared/days.js';
import { bucketMeans } from './downsample.js';
import { planDailySeries } from './kpi-actual.js';
import type { KpiStatus } from './kpi-status.js';
import { kpiStatuses, type KpiStatusReport } from './kpi-statuses.js';
import type { DailyPoint } from './linear-forecast.js';

/** Points of a sparkline at most. */
export const sparklinePoints = 30;

export const kpiStatusOrder: readonly KpiStatus[] = ['off_track', 'at_risk', 'on_track', 'no_data', 'no_target'];

export interface DatedValue {
  date: string;
  value: number;
}

export interface KpiDashboardItem extends KpiStatusReport {
  name: string;
  unit: string | null;
  direction: Kpi['direction'];
  aggregation: Kpi['aggregation'];
  /** What `actual` is heading for: the total expected at the deadline for a `sum` KPI, else the value then. */
  headlineTarget: number | null;
  /** Probability of reaching `headlineTarget` by the deadline (0–1), when it can be computed. */
  probMeetTarget: number | null;
  /** Daily values from the plan's start to today, as at most `sparklinePoints` bucket means (6 significant digits). */
  sparkline: DatedValue[];
}

export interface KpiDashboard {
  today: string;
  counts: Record<KpiStatus, number>;
  items: KpiDashboardItem[];
}

export function kpiDashboard(facts: PlanFacts, today: string): KpiDashboard {
  const todayDay = requireDay(today, 'today');
  const startDay = dayOf(facts.plan.startDate);
  const reports = kpiStatuses(facts, today);
  const seriesByKpi = planDailySeries(facts);
  const counts = Object.fromEntries(kpiStatusOrder.map((status) => [status, 0])) as Record<KpiStatus, number>;
  const items = facts.kpis.map((kpi, i) => {
    const report = reports[i] as KpiStatusReport;
    counts[report.status] += 1;
    const series = seriesByKpi.get(kpi.key) ?? [];
    const window = series.filter((p) => (startDay === null || p.day >= startDay) && p.day <= todayDay);
    return {
      ...report,
      name: kpi.name,
      unit: kpi.unit ?? null,
      direction: kpi.direction,
      aggregation: kpi.aggregation,
      ...headline(kpi, report),
      // Six significant digits draw the same line in a 36-pixel box, and keep 200 cards' payload small.
      sparkline: dated(bucketMeans(window, sparklinePoints)).map((p) => ({
        ...p,
        value: Number(p.value.toPrecision(6)),
      })),
    };
  });
  return { today, counts, items };
}

/** The target and probability a reader compares `actual` with (see the file comment). */
export function headline(
  kpi: Pick<Kpi, 'aggregation'>,
  report: Pick<KpiStatusReport, 'forecast'>,
): { headlineTarget: number | null; probMeetTarget: number | null } {
  const { forecast } = report;
  if (kpi.aggregation === 'sum')
    return { headlineTarget: forecast.cumulativeTarget, probMeetTarget: forecast.cumulative?.probMeetTarget ?? null };
  return { headlineTarget: forecast.target, probMeetTarget: forecast.probMeetTarget };
}

export function dated(points: readonly DailyPoint[]): DatedValue[] {
  return points.map((p) => ({ date: formatDay(p.day), value: p.value }));
}

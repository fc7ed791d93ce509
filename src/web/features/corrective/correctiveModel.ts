/**
 * The method's tracking table « KPI / objectif / résultat réel / actions correctives », computed
 * from the plan's KPIs, the engine's KPI status report and the corrective actions; and which
 * drifting KPIs nobody is acting on yet. Pure functions over plain data.
 */
import type { CorrectiveActionEntity, KpiEntity, PersonEntity } from '../../../contract/entity-types.js';
import { correctiveActionStatuses } from '../../../contract/enums.js';
import type { KpiStatus, KpiStatusReport } from '../../../core/kpi/index.js';

export type CorrectiveStatus = CorrectiveActionEntity['status'];
export const CORRECTIVE_STATUSES: readonly CorrectiveStatus[] = correctiveActionStatuses;

/** What the table shows: every row, the open ones (planned or in progress), or one status. */
export type StatusFilter = 'all' | 'open' | CorrectiveStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'open', ...CORRECTIVE_STATUSES];

export type SortDirection = 'asc' | 'desc';

export interface CorrectiveRow {
  action: CorrectiveActionEntity;
  /** Null when the KPI is not (or no longer) in the plan's list. */
  kpi: KpiEntity | null;
  /** The engine's judgement of the KPI, null until it is computed. */
  report: KpiStatusReport | null;
  owner: PersonEntity | null;
  open: boolean;
  overdue: boolean;
}

export interface CorrectiveInputs {
  actions: readonly CorrectiveActionEntity[];
  kpis: readonly KpiEntity[];
  reports: readonly KpiStatusReport[];
  people: readonly PersonEntity[];
  /** `YYYY-MM-DD`, for overdue deadlines. */
  today: string;
  /** Only this KPI's actions. */
  kpiId?: string | undefined;
}

/** Planned or in progress: someone is still acting on the KPI. */
export function isOpenStatus(status: CorrectiveStatus): boolean {
  return status === 'planned' || status === 'in_progress';
}

/** An open action whose deadline is before today (the deadline day itself is still in time). */
export function isOverdue(action: Pick<CorrectiveActionEntity, 'status' | 'deadline'>, today: string): boolean {
  return isOpenStatus(action.status) && action.deadline !== null && action.deadline < today;
}

/** The KPI status reports by KPI id (the engine names KPIs by key). */
export function reportsByKpiId(
  kpis: readonly KpiEntity[],
  reports: readonly KpiStatusReport[],
): Map<string, KpiStatusReport> {
  const byKey = new Map(reports.map((report) => [report.kpi, report]));
  const byId = new Map<string, KpiStatusReport>();
  for (const kpi of kpis) {
    const report = byKey.get(kpi.key);
    if (report) byId.set(kpi.id, report);
  }
  return byId;
}

/** One row per corrective action (of one KPI when `kpiId` is given), by deadline. */
export function buildCorrectiveRows(inputs: CorrectiveInputs): CorrectiveRow[] {
  const kpiById = new Map(inputs.kpis.map((kpi) => [kpi.id, kpi]));
  const personById = new Map(inputs.people.map((person) => [person.id, person]));
  const reports = reportsByKpiId(inputs.kpis, inputs.reports);
  const rows = inputs.actions
    .filter((action) => inputs.kpiId === undefined || action.kpiId === inputs.kpiId)
    .map((action) => ({
      action,
      kpi: kpiById.get(action.kpiId) ?? null,
      report: reports.get(action.kpiId) ?? null,
      owner: action.ownerId ? (personById.get(action.ownerId) ?? null) : null,
      open: isOpenStatus(action.status),
      overdue: isOverdue(action, inputs.today),
    }));
  return sortRows(rows, 'asc');
}

/**
 * By deadline (earliest first, or latest first), rows without a deadline last either way; then by
 * title, so that the order is stable.
 */
export function sortRows(rows: readonly CorrectiveRow[], direction: SortDirection): CorrectiveRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const da = a.action.deadline;
    const db = b.action.deadline;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return sign * da.localeCompare(db);
    }
    return a.action.title.localeCompare(b.action.title) || a.action.id.localeCompare(b.action.id);
  });
}

export function filterRows(rows: readonly CorrectiveRow[], filter: StatusFilter): CorrectiveRow[] {
  if (filter === 'all') return [...rows];
  if (filter === 'open') return rows.filter((row) => row.open);
  return rows.filter((row) => row.action.status === filter);
}

/** How many rows each filter would show. */
export function countByFilter(rows: readonly CorrectiveRow[]): Record<StatusFilter, number> {
  const counts = Object.fromEntries(STATUS_FILTERS.map((filter) => [filter, 0])) as Record<StatusFilter, number>;
  for (const row of rows) {
    counts.all += 1;
    if (row.open) counts.open += 1;
    counts[row.action.status] += 1;
  }
  return counts;
}

export type AlertLevel = Extract<KpiStatus, 'off_track' | 'at_risk'>;

export interface KpiAlert {
  kpi: KpiEntity;
  report: KpiStatusReport;
  level: AlertLevel;
}

/**
 * KPIs off track (and, a lesser level, at risk) with no open corrective action: off track first,
 * then the furthest from their path (relative variance), then the plan's order.
 */
export function kpiAlerts(
  kpis: readonly KpiEntity[],
  reports: readonly KpiStatusReport[],
  actions: readonly CorrectiveActionEntity[],
): KpiAlert[] {
  const acted = new Set(actions.filter((action) => isOpenStatus(action.status)).map((action) => action.kpiId));
  const byId = reportsByKpiId(kpis, reports);
  const alerts: (KpiAlert & { index: number })[] = [];
  kpis.forEach((kpi, index) => {
    const report = byId.get(kpi.id);
    if (!report || acted.has(kpi.id)) return;
    if (report.status === 'off_track' || report.status === 'at_risk') {
      alerts.push({ kpi, report, level: report.status, index });
    }
  });
  const gap = (alert: KpiAlert) => Math.abs(alert.report.variance?.relative ?? 0);
  return alerts
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || gap(b) - gap(a) || a.index - b.index)
    .map(({ kpi, report, level }) => ({ kpi, report, level }));
}

function levelRank(level: AlertLevel): number {
  return level === 'off_track' ? 0 : 1;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeasurementEntity } from '../../../contract/entity-types.js';
import type { MeasurementBatchResult } from '../../../contract/measurements.js';
import type { KpiChart } from '../../../core/kpi/kpi-chart.js';
import type { KpiDashboard, KpiDashboardItem } from '../../../core/kpi/kpi-dashboard.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import type { Page } from '../../api/types';

/**
 * The tracking screens' requests: one dashboard for every card, one chart per KPI page, the
 * KPI's measurements a page at a time, and a manual measurement (an upsert by KPI, date and
 * source `manual`). Engine reports live under the plan's key, so every write refreshes them.
 */

export type DashboardItem = KpiDashboardItem & { id: string | null; key: string };
export type DashboardResponse = Omit<KpiDashboard, 'items'> & { items: DashboardItem[] };
export type ChartResponse = KpiChart & { id: string; key: string };

const planUrl = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

export function useKpiDashboard(planId: string, today: string) {
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'kpi-dashboard'), today],
    queryFn: ({ signal }) => api.get<DashboardResponse>(`${planUrl(planId)}/kpi-dashboard?today=${today}`, signal),
  });
}

/** Points the KPI chart asks for: plenty for a page-wide chart, far below what ECharts handles smoothly. */
export const CHART_POINTS = 400;

export function useKpiChart(planId: string, kpiId: string, today: string) {
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'kpi-chart'), kpiId, today],
    queryFn: ({ signal }) =>
      api.get<ChartResponse>(
        `${planUrl(planId)}/kpis/${encodeURIComponent(kpiId)}/chart?today=${today}&points=${CHART_POINTS}`,
        signal,
      ),
  });
}

export const MEASUREMENTS_PAGE_SIZE = 20;

export interface MeasurementPage {
  items: MeasurementEntity[];
  total: number;
}

/**
 * Page `page` (1 = the latest entered) of the KPI's measurements. The list comes in the order the
 * measurements were entered, so the latest are at its end: the total is read first, then the
 * page counted from the end; each page is shown latest date first.
 */
export function useMeasurementPage(planId: string, kpiId: string, page: number) {
  return useQuery({
    queryKey: [...queryKeys.collection(planId, 'measurements'), kpiId, page],
    queryFn: async ({ signal }): Promise<MeasurementPage> => {
      const url = (limit: number, offset: number) =>
        `${planUrl(planId)}/measurements?kpiId=${encodeURIComponent(kpiId)}&limit=${limit}&offset=${offset}`;
      const { total } = await api.get<Page<MeasurementEntity>>(url(1, 0), signal);
      const { offset, limit } = pageFromEnd(total, page, MEASUREMENTS_PAGE_SIZE);
      if (limit === 0) return { items: [], total };
      const rows = await api.get<Page<MeasurementEntity>>(url(limit, offset), signal);
      return { items: latestFirst(rows.items), total: rows.total };
    },
    placeholderData: (previous) => previous,
  });
}

/** Offset and size of page `page` (1-based) counted from the end of a list of `total` rows. */
export function pageFromEnd(total: number, page: number, size: number): { offset: number; limit: number } {
  const end = Math.max(0, total - (page - 1) * size);
  const offset = Math.max(0, end - size);
  return { offset, limit: end - offset };
}

/** Latest date first; on one date, the one entered last first. */
export function latestFirst(items: readonly MeasurementEntity[]): MeasurementEntity[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || b.index - a.index)
    .map(({ item }) => item);
}

export interface ManualMeasurement {
  date: string;
  value: number;
  note: string | null;
}

/** Source of the values typed on the KPI page: one per KPI and day, so a second entry corrects the first. */
export const MANUAL_SOURCE = 'manual';

export function useSaveMeasurement(planId: string, kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: ManualMeasurement) =>
      api.post<MeasurementBatchResult>(`${planUrl(planId)}/kpis/${encodeURIComponent(kpiId)}/measurements/batch`, {
        source: MANUAL_SOURCE,
        items: [item],
      }),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

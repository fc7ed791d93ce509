import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { AlignmentReport } from '../../../core/funnel/index.js';
import type { BudgetSummary, KpiStatusReport, Plan, PlanHealth } from '../../api/types';

const planPath = (planId: string, rest = '') => `/plans/${encodeURIComponent(planId)}${rest}`;

export function usePlanQuery(planId: string) {
  return useQuery({
    queryKey: queryKeys.plan(planId),
    queryFn: ({ signal }) => api.get<Plan>(planPath(planId), signal),
  });
}

export function usePlanHealthQuery(planId: string) {
  return useQuery({
    queryKey: queryKeys.planHealth(planId),
    queryFn: ({ signal }) => api.get<PlanHealth>(planPath(planId, '/health'), signal),
  });
}

export function useBudgetSummaryQuery(planId: string) {
  return useQuery({
    queryKey: queryKeys.budgetSummary(planId),
    queryFn: ({ signal }) => api.get<BudgetSummary>(planPath(planId, '/budget-summary'), signal),
  });
}

export function useKpiStatusQuery(planId: string) {
  return useQuery({
    queryKey: queryKeys.kpiStatus(planId),
    queryFn: ({ signal }) => api.get<KpiStatusReport>(planPath(planId, '/kpi-status'), signal),
  });
}

/** Funnel alignment, one report per business goal (`src/core/funnel`). */
export function useFunnelAlignmentQuery(planId: string) {
  return useQuery({
    queryKey: queryKeys.report(planId, 'alignment'),
    queryFn: ({ signal }) => api.get<{ items: AlignmentReport[] }>(planPath(planId, '/alignment'), signal),
  });
}

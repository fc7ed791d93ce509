import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetSummary, OptimiserResult, ScenarioComparison } from '../../../core/budget/index.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';

const planPath = (planId: string, rest: string) => `/plans/${encodeURIComponent(planId)}${rest}`;

/** The engine's budget summary (`GET /plans/{plan}/budget-summary`), shared with the overview's card. */
export function useBudgetSummary(planId: string) {
  return useQuery({
    queryKey: queryKeys.budgetSummary(planId),
    queryFn: ({ signal }) => api.get<BudgetSummary>(planPath(planId, '/budget-summary'), signal),
  });
}

/** The current budget and the given scenarios side by side; off until there is a scenario to compare. */
export function useScenarioComparison(planId: string, scenarioKeys: readonly string[]) {
  const keys = scenarioKeys.join(',');
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'scenario-comparison'), keys],
    queryFn: ({ signal }) =>
      api.get<ScenarioComparison>(
        planPath(planId, `/scenario-comparison?scenarios=${encodeURIComponent(keys)}`),
        signal,
      ),
    enabled: scenarioKeys.length > 0,
  });
}

export type ResponseModel = 'diminishing' | 'linear';

export interface OptimiserRequest {
  response: ResponseModel;
  segments: number;
  saveAsScenario?: { key: string; name: string };
}

/** What the optimiser answers; with `saveAsScenario`, the scenario it stored. */
export type OptimiserAnswer = OptimiserResult & { scenario?: { id: string; key: string } };

/** Runs the optimiser (`POST /plans/{plan}/optimiser`); saving the result as a scenario refreshes the plan. */
export function useOptimiser(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OptimiserRequest) => api.post<OptimiserAnswer>(planPath(planId, '/optimiser'), body),
    onSuccess: (_answer, body) => (body.saveAsScenario ? invalidatePlanContent(queryClient, planId) : undefined),
  });
}

export interface ScenarioCopyRequest {
  /** The scenario copied, or null for the current budget. */
  from: string | null;
  key: string;
  name: string;
  description?: string | null;
}

/** Copies a scenario, or the current budget, into a new scenario (`POST /plans/{plan}/scenario-copies`). */
export function useScenarioCopy(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScenarioCopyRequest) =>
      api.post<{ id: string; key: string }>(planPath(planId, '/scenario-copies'), body),
    onSuccess: () => invalidatePlanContent(queryClient, planId),
  });
}

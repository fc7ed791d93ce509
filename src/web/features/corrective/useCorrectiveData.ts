import { useQuery } from '@tanstack/react-query';
import type { KpiStatusReport } from '../../../core/kpi/index.js';
import { api } from '../../api/client';
import { useCollectionQuery } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';
import { usePeopleQuery } from '../okrs/useOkrData';

/**
 * The engine's KPI status report (`GET /plans/{plan}/kpi-status`) as of the user's today, like the
 * tracking cards beside it (the server's own default is its UTC date). Under the plan's key, so
 * every write refreshes it.
 */
export function useKpiStatusReports(planId: string, today: string) {
  return useQuery({
    queryKey: [...queryKeys.kpiStatus(planId), today],
    queryFn: ({ signal }) =>
      api.get<{ items: KpiStatusReport[] }>(
        `/plans/${encodeURIComponent(planId)}/kpi-status?today=${encodeURIComponent(today)}`,
        signal,
      ),
  });
}

/** What the corrective-action table and the off-track alerts read: one request each, shared. */
export function useCorrectiveData(workspaceId: string, planId: string, today: string) {
  const actions = useCollectionQuery(planId, 'corrective-actions');
  const kpis = useCollectionQuery(planId, 'kpis');
  const statuses = useKpiStatusReports(planId, today);
  const people = usePeopleQuery(workspaceId);
  return { actions, kpis, statuses, people };
}

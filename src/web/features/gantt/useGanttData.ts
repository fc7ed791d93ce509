import { useQuery } from '@tanstack/react-query';
import type { ScheduleReport } from '../../../core/schedule/index.js';
import { api } from '../../api/client';
import { useCollectionQuery } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';

/** The engine's schedule report (`GET /plans/{plan}/schedule`): critical path, milestones at risk, date conflicts. */
export function useScheduleReport(planId: string) {
  return useQuery({
    queryKey: queryKeys.report(planId, 'schedule'),
    queryFn: ({ signal }) => api.get<ScheduleReport>(`/plans/${encodeURIComponent(planId)}/schedule`, signal),
  });
}

/** Everything the Gantt reads: four collections, each read whole once, and the schedule report. */
export function useGanttData(planId: string) {
  const actions = useCollectionQuery(planId, 'actions');
  const strategies = useCollectionQuery(planId, 'strategies');
  const tactics = useCollectionQuery(planId, 'tactics');
  const dependencies = useCollectionQuery(planId, 'action-dependencies');
  const schedule = useScheduleReport(planId);
  const parts = [actions, strategies, tactics, dependencies];
  return {
    actions,
    strategies,
    tactics,
    dependencies,
    schedule,
    isPending: parts.some((q) => q.isPending),
    error: parts.find((q) => q.isError)?.error ?? null,
    retry: () => parts.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}

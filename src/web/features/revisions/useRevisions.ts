import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanDiff } from '../../../core/diff/index.js';
import { api } from '../../api/client';
import { invalidatePlanContent } from '../../api/collections';
import { queryKeys } from '../../api/queryKeys';

/** A saved revision as `GET /plans/{plan}/revisions` lists it (newest first). */
export interface Revision {
  id: string;
  number: number;
  message: string;
  /** The user who saved it; null when an API token did. */
  createdBy: string | null;
  createdAt: string;
}

/** `GET /plans/{plan}/diff`: the core's changes, and the same messages as lines per language. */
export type PlanDiffReport = PlanDiff & { lines: { fr: string[]; en: string[] } };

/** The longest message the API accepts (`POST /plans/{plan}/revisions`). */
export const MESSAGE_MAX_LENGTH = 500;

/** Compare against the plan as it is now (the diff's `to` left out). */
export const CURRENT_PLAN = 'current';

// Under the plan's key, so that every write to the plan refreshes a diff against its current state.
export const revisionKeys = {
  list: (planId: string) => [...queryKeys.plan(planId), 'revisions'] as const,
  diff: (planId: string, from: string, to: string) =>
    [...queryKeys.plan(planId), 'revisions', 'diff', from, to] as const,
};

const revisionsPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/revisions`;

export function useRevisionsQuery(planId: string) {
  return useQuery({
    queryKey: revisionKeys.list(planId),
    queryFn: ({ signal }) => api.get<{ items: Revision[] }>(revisionsPath(planId), signal),
    select: (data) => data.items,
  });
}

/** The diff from revision `from` to revision `to`, or to the current plan (`CURRENT_PLAN`); idle while `from` is empty. */
export function usePlanDiffQuery(planId: string, from: string, to: string) {
  return useQuery({
    queryKey: revisionKeys.diff(planId, from, to),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ from });
      if (to !== CURRENT_PLAN) query.set('to', to);
      return api.get<PlanDiffReport>(`/plans/${encodeURIComponent(planId)}/diff?${query.toString()}`, signal);
    },
    enabled: from !== '' && from !== to,
  });
}

/** Saves the plan as it is now; the new revision is put at the top of the list at once. */
export function useSaveRevision(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) => api.post<Revision>(revisionsPath(planId), { message }),
    onSuccess: (revision) => {
      queryClient.setQueryData<{ items: Revision[] }>(revisionKeys.list(planId), (data) =>
        data ? { items: [revision, ...data.items.filter((item) => item.id !== revision.id)] } : data,
      );
      return queryClient.invalidateQueries({ queryKey: revisionKeys.list(planId) });
    },
  });
}

/**
 * Restores a revision. The server first saves the current state as a revision, so nothing is lost;
 * the answer is the revision holding the restored plan. Everything read from the plan is stale.
 */
export function useRestoreRevision(planId: string, workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: Revision) =>
      api.post<Revision>(`${revisionsPath(planId)}/${encodeURIComponent(revision.id)}/restore`),
    onSuccess: () =>
      Promise.all([
        invalidatePlanContent(queryClient, planId),
        // The header (name, dates, status) comes back too: the plan itself and the plan list.
        queryClient.invalidateQueries({ queryKey: queryKeys.plan(planId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allPlans(workspaceId) }),
      ]),
  });
}

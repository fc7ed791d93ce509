import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Page, Plan } from '../../api/types';

export const PLANS_PAGE_SIZE = 20;

/** One page (1-based) of a workspace's plans. */
export function usePlansQuery(workspaceId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.plans(workspaceId, page),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({
        limit: String(PLANS_PAGE_SIZE),
        offset: String((page - 1) * PLANS_PAGE_SIZE),
      });
      return api.get<Page<Plan>>(`/workspaces/${encodeURIComponent(workspaceId)}/plans?${params}`, signal);
    },
    placeholderData: keepPreviousData,
  });
}

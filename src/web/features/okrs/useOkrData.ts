import { useQuery } from '@tanstack/react-query';
import type { PersonEntity } from '../../../contract/entity-types.js';
import type { OkrReport } from '../../../core/okr/index.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Page } from '../../api/types';

/** The engine's OKR scores (`GET /plans/{plan}/okr-scores`): one report per OKR objective, by key. */
export function useOkrScores(planId: string) {
  return useQuery({
    queryKey: queryKeys.report(planId, 'okr-scores'),
    queryFn: ({ signal }) => api.get<{ items: OkrReport[] }>(`/plans/${encodeURIComponent(planId)}/okr-scores`, signal),
  });
}

const PAGE_LIMIT = 1000;

/** The workspace's people (members and outside stakeholders), who may own an OKR. */
export function usePeopleQuery(workspaceId: string) {
  return useQuery({
    queryKey: ['workspaces', workspaceId, 'people'],
    queryFn: async ({ signal }) => {
      const people: PersonEntity[] = [];
      for (let offset = 0; ; offset += PAGE_LIMIT) {
        const page = await api.get<Page<PersonEntity>>(
          `/workspaces/${encodeURIComponent(workspaceId)}/people?limit=${PAGE_LIMIT}&offset=${offset}`,
          signal,
        );
        people.push(...page.items);
        if (people.length >= page.total || page.items.length === 0) return people;
      }
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { TemplateSummary } from '../../../contract/templates.js';

/** A plan template of the library, as `GET /templates` lists it. */
export type PlanTemplate = TemplateSummary;

/** The template library, in the order it is offered. */
export function useTemplatesQuery() {
  return useQuery({
    // The library changes only with a new release of the server: read once per session.
    queryKey: queryKeys.templates,
    queryFn: ({ signal }) => api.get<{ items: PlanTemplate[] }>('/templates', signal),
    select: (answer) => answer.items,
    staleTime: Infinity,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Localized } from '../../api/types';

/** A plan template of the library, as `GET /templates` lists it. */
export interface PlanTemplate {
  id: string;
  /** A case study: it comes with months of measurements, check-ins and spend already entered. */
  caseStudy: boolean;
  /** The template loaded as the demo plan on a new install. */
  demo: boolean;
  name: Localized;
  summary: Localized;
  /** The template's own period, which a new plan moves to its chosen start. */
  startDate: string;
  endDate: string | null;
}

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

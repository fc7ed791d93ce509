import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { GuidedPath } from '../../../core/guide/index.js';

/** The method's stages as a checklist of the plan (`src/core/guide`), as of the user's `today`. */
export function useGuidedPathQuery(planId: string, today: string) {
  return useQuery({
    queryKey: [...queryKeys.report(planId, 'guided-path'), today],
    queryFn: ({ signal }) =>
      api.get<GuidedPath>(
        `/plans/${encodeURIComponent(planId)}/guided-path?today=${encodeURIComponent(today)}`,
        signal,
      ),
  });
}

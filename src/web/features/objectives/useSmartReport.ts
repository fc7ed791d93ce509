import { useQuery } from '@tanstack/react-query';
import type { SmartReport } from '../../../core/smart/index.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** The engine's SMART lint of every objective of the plan (`GET /plans/{plan}/smart`). */
export function useSmartReport(planId: string) {
  return useQuery({
    queryKey: queryKeys.report(planId, 'smart'),
    queryFn: ({ signal }) => api.get<{ items: SmartReport[] }>(`/plans/${encodeURIComponent(planId)}/smart`, signal),
  });
}

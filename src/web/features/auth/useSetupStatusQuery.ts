import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { SetupStatus } from '../../api/types';

export function useSetupStatusQuery() {
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: ({ signal }) => api.get<SetupStatus>('/setup', signal),
    staleTime: Infinity,
  });
}

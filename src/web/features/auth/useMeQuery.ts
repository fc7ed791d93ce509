import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Me } from '../../api/types';

/** The signed-in user and their workspaces; `null` when nobody is signed in. */
export function useMeQuery(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Me>('/auth/me', signal);
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    enabled: options.enabled ?? true,
  });
}

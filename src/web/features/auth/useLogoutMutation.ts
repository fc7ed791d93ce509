import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      // Mark the session as gone, then forget every cached answer of the previous user.
      queryClient.setQueryData(queryKeys.me, null);
      const kept: unknown[] = [queryKeys.me[0], queryKeys.setupStatus[0]];
      queryClient.removeQueries({ predicate: (query) => !kept.includes(query.queryKey[0]) });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Locale, Me, User } from '../../api/types';

export interface UpdateMeInput {
  locale?: Locale;
  name?: string;
}

export function useUpdateMeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMeInput) => api.patch<{ user: User }>('/auth/me', input),
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Me | null>(queryKeys.me, (me) => (me ? { ...me, user } : me));
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { User } from '../../api/types';
import { syncLocaleAfterSignIn } from './localeSync';

export interface LoginInput {
  email: string;
  password: string;
}

export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<{ user: User }>('/auth/login', input),
    onSuccess: async ({ user }) => {
      await syncLocaleAfterSignIn(user);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

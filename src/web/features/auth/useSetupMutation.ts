import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { User, WorkspaceRef } from '../../api/types';
import { syncLocaleAfterSignIn } from './localeSync';

export interface SetupInput {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
}

export function useSetupMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<{ user: User; workspace: WorkspaceRef }>('/setup', input),
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(queryKeys.setupStatus, { needsSetup: false });
      await syncLocaleAfterSignIn(user);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

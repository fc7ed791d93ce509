import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Locale, Plan, User, WorkspaceRef } from '../../api/types';
import { syncLocaleAfterSignIn } from './localeSync';

export interface SetupInput {
  name: string;
  email: string;
  password: string;
  workspaceName: string;
  /** Also load the demo plan, in this language. */
  demoPlan?: Locale;
}

/** The new administrator, their workspace, and the demo plan when one was asked for. */
export interface SetupAnswer {
  user: User;
  workspace: WorkspaceRef;
  demoPlan: Plan | null;
}

export function useSetupMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api.post<SetupAnswer>('/setup', input),
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(queryKeys.setupStatus, { needsSetup: false });
      await syncLocaleAfterSignIn(user);
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

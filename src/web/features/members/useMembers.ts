import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addMemberBody, memberSchema } from '../../../contract/workspaces.js';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import type { Role } from '../../api/types';

export type Member = z.infer<typeof memberSchema>;
export type AddMemberBody = z.input<typeof addMemberBody>;

const membersPath = (workspaceId: string, memberId?: string) =>
  `/workspaces/${encodeURIComponent(workspaceId)}/members${memberId ? `/${encodeURIComponent(memberId)}` : ''}`;

export function useMembersQuery(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ signal }) => api.get<{ items: Member[] }>(membersPath(workspaceId), signal),
  });
}

/**
 * After a change to the members: the list is stale, and so is the session when the change
 * touched the signed-in user (their role in this workspace comes with `/auth/me`).
 */
function useInvalidateMembers(workspaceId: string) {
  const queryClient = useQueryClient();
  return (member: { userId: string } | undefined) => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.members(workspaceId) });
    const me = queryClient.getQueryData<{ user: { id: string } | null } | null>(queryKeys.me);
    if (member && me?.user?.id === member.userId) void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  };
}

export function useAddMemberMutation(workspaceId: string) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: (body: AddMemberBody) => api.post<Member>(membersPath(workspaceId), body),
    onSuccess: (member) => invalidate(member),
  });
}

export function useChangeRoleMutation(workspaceId: string) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      api.patch<Member>(membersPath(workspaceId, member.id), { role, version: member.version }),
    onSettled: (_data, _error, { member }) => invalidate(member),
  });
}

export function useRemoveMemberMutation(workspaceId: string) {
  const invalidate = useInvalidateMembers(workspaceId);
  return useMutation({
    mutationFn: (member: Member) => api.delete<void>(membersPath(workspaceId, member.id)),
    onSettled: (_data, _error, member) => invalidate(member),
  });
}

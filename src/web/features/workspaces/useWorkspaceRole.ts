import type { Role } from '../../api/types';
import { useSession } from '../auth/useSession';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

/** Whether `role` is at least `least` (owner > admin > editor > viewer). */
export function hasRole(role: Role | undefined, least: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[least];
}

/**
 * The signed-in user's role in a workspace and what it allows. The API checks the same rules;
 * this only hides controls the user could not use.
 */
export function useWorkspaceRole(workspaceId: string) {
  const { memberships } = useSession();
  const role = memberships.find((m) => m.workspace.id === workspaceId)?.role;
  return { role, canEdit: hasRole(role, 'editor'), canManageMembers: hasRole(role, 'admin') };
}

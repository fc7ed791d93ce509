import type { Role } from '../../api/types';
import { hasRole } from '../workspaces/useWorkspaceRole';

/** Highest first, as the roles are explained and offered. */
export const ROLES: readonly Role[] = ['owner', 'admin', 'editor', 'viewer'];

/** The roles someone may hand out: none above their own (only an owner makes an owner). */
export function grantableRoles(callerRole: Role | undefined): Role[] {
  if (!hasRole(callerRole, 'admin')) return [];
  return ROLES.filter((role) => hasRole(callerRole, role));
}

/** Whether the caller may change or remove this member: admins, and owners only for owners. */
export function canManageMember(callerRole: Role | undefined, memberRole: Role): boolean {
  return hasRole(callerRole, 'admin') && hasRole(callerRole, memberRole === 'owner' ? 'owner' : 'admin');
}

import type { Kysely } from 'kysely';
import { roleAtLeast, type Role } from '../../../contract/common.js';
import type { Database, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';

/**
 * The access policy, in one place. A caller outside a workspace gets 404 (its existence is not
 * revealed); a member whose role is too low gets 403.
 */
export async function roleInWorkspace(
  db: Kysely<Database>,
  principal: Principal,
  workspaceId: string,
): Promise<Role | null> {
  if (principal.kind === 'token') return principal.workspaceId === workspaceId ? principal.role : null;
  const membership = await db
    .selectFrom('memberships')
    .select('role')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', principal.userId)
    .executeTakeFirst();
  return (membership?.role as Role | undefined) ?? null;
}

export async function requireWorkspaceRole(
  db: Kysely<Database>,
  principal: Principal,
  workspaceId: string,
  needed: Role,
): Promise<Role> {
  const role = await roleInWorkspace(db, principal, workspaceId);
  if (!role) throw notFound('Workspace');
  if (!roleAtLeast(role, needed)) throw forbidden(`This needs the ${needed} role; you are ${role}`);
  return role;
}

export async function requirePlanRole(
  db: Kysely<Database>,
  principal: Principal,
  planId: string,
  needed: Role,
): Promise<{ plan: PlanRow; role: Role }> {
  const plan = await db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('Plan');
  const role = await roleInWorkspace(db, principal, plan.workspace_id);
  if (!role) throw notFound('Plan');
  if (!roleAtLeast(role, needed)) throw forbidden(`This needs the ${needed} role; you are ${role}`);
  return { plan, role };
}

/** Only a signed-in person (not an API token) may do this. */
export function requireUser(principal: Principal): Extract<Principal, { kind: 'user' }> {
  if (principal.kind !== 'user') throw new AppError('forbidden', 'API tokens cannot do this; sign in as a person');
  return principal;
}

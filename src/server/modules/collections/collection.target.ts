import type { Role } from '../../../contract/common.js';
import type { AppContext, Principal } from '../../http/context.js';
import { requirePlanRole, requireWorkspaceRole } from '../workspaces/access.js';
import type { CollectionTarget } from './collection.service.js';

function target(c: AppContext, principal: Principal, workspaceId: string, planId: string | null): CollectionTarget {
  const { database, now } = c.get('deps');
  return {
    db: database.db,
    principal,
    now: now(),
    workspaceId,
    planId,
    scope: planId ? { column: 'plan_id', id: planId } : { column: 'workspace_id', id: workspaceId },
  };
}

/** A plan's content, once the caller is known to hold at least `needed` in its workspace. */
export async function planTarget(
  c: AppContext,
  principal: Principal,
  planId: string,
  needed: Role,
): Promise<CollectionTarget> {
  const { plan } = await requirePlanRole(c.get('deps').database.db, principal, planId, needed);
  return target(c, principal, plan.workspace_id, plan.id);
}

/** A workspace's own collections (people), with the same check. */
export async function workspaceTarget(
  c: AppContext,
  principal: Principal,
  workspaceId: string,
  needed: Role,
): Promise<CollectionTarget> {
  await requireWorkspaceRole(c.get('deps').database.db, principal, workspaceId, needed);
  return target(c, principal, workspaceId, null);
}

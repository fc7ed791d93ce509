import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { newId } from '../../ids.js';

export interface AuditEntry {
  workspaceId: string | null;
  planId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  summary: Record<string, unknown>;
}

/** Who acted: a person, a token, or the command line (no principal). */
function actorOf(principal: Principal | null): { type: string; id: string | null; label: string | null } {
  if (!principal) return { type: 'cli', id: null, label: 'command line' };
  if (principal.kind === 'user') return { type: 'user', id: principal.userId, label: principal.email };
  return { type: 'token', id: principal.tokenId, label: principal.name };
}

const maxTextInSummary = 200;

/** Long texts are cut so the trail says what changed without copying whole documents. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > maxTextInSummary) return `${value.slice(0, maxTextInSummary)}…`;
  if (Array.isArray(value)) return value.length > 20 ? [...value.slice(0, 20).map(shorten), '…'] : value.map(shorten);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  }
  return value;
}

export async function writeAudit(
  db: Kysely<Database>,
  principal: Principal | null,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  const actor = actorOf(principal);
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      workspace_id: entry.workspaceId,
      plan_id: entry.planId ?? null,
      actor_type: actor.type,
      actor_id: actor.id,
      actor_label: actor.label,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      summary: JSON.stringify(shorten(entry.summary)),
      created_at: now.toISOString(),
    })
    .execute();
  // Every write leaves an audit entry in its transaction: the one place to mark the workspace's
  // plans as changed for the copies kept in memory (plan-facts.cache.ts).
  if (entry.workspaceId) {
    await db
      .updateTable('workspaces')
      .set((eb) => ({ content_version: eb('content_version', '+', 1) }))
      .where('id', '=', entry.workspaceId)
      .execute();
  }
}

/** Before/after of the fields a change touched. */
export function changeSummary(before: Record<string, unknown>, patch: Record<string, unknown>) {
  const changed = Object.keys(patch).filter(
    (k) => k !== 'version' && JSON.stringify(before[k]) !== JSON.stringify(patch[k]),
  );
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, patch[k]])),
  };
}

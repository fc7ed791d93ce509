import type { Kysely } from 'kysely';
import type { Database, ApiTokenRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { generateSecret, hashSecret, tokenPrefix } from '../auth/auth.crypto.js';

export function presentToken(row: ApiTokenRow) {
  return {
    id: row.id,
    name: row.name,
    role: row.role as 'admin' | 'editor' | 'viewer',
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}

export function findTokens(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .execute();
}

/** Creates a token; the secret is returned once and only its hash is kept. */
export async function createToken(
  db: Kysely<Database>,
  principal: Principal | null,
  input: {
    workspaceId: string;
    name: string;
    role: 'admin' | 'editor' | 'viewer';
    expiresAt?: string;
    createdBy: string | null;
  },
  now: Date,
) {
  const token = `${tokenPrefix}${generateSecret()}`;
  const row: ApiTokenRow = {
    id: newId(),
    workspace_id: input.workspaceId,
    name: input.name,
    role: input.role,
    token_hash: hashSecret(token),
    created_by: input.createdBy,
    created_at: now.toISOString(),
    last_used_at: null,
    expires_at: input.expiresAt ?? null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('api_tokens').values(row).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: input.workspaceId,
        action: 'create',
        entity: 'token',
        entityId: row.id,
        summary: { after: { name: row.name, role: row.role } },
      },
      now,
    );
  });
  return { ...presentToken(row), token };
}

export async function revokeToken(
  db: Kysely<Database>,
  principal: Principal,
  workspaceId: string,
  id: string,
  now: Date,
) {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('api_tokens')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound('Token');
    await writeAudit(
      trx,
      principal,
      { workspaceId, action: 'delete', entity: 'token', entityId: id, summary: {} },
      now,
    );
  });
}

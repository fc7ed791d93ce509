import type { Kysely } from 'kysely';
import type { Role } from '../../../contract/common.js';
import type { Database, WorkspaceRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';

export function presentWorkspace(row: WorkspaceRow, role: Role) {
  return {
    id: row.id,
    name: row.name,
    role,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates a workspace owned by `ownerId` (the caller, or the user named on the command line). */
export async function createWorkspace(
  db: Kysely<Database>,
  principal: Principal | null,
  input: { name: string; ownerId: string },
  now: Date,
): Promise<WorkspaceRow> {
  const at = now.toISOString();
  const row: WorkspaceRow = { id: newId(), name: input.name, version: 1, created_at: at, updated_at: at };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('workspaces').values(row).execute();
    await trx
      .insertInto('memberships')
      .values({
        id: newId(),
        workspace_id: row.id,
        user_id: input.ownerId,
        role: 'owner',
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: row.id,
        action: 'create',
        entity: 'workspace',
        entityId: row.id,
        summary: { after: { name: row.name } },
      },
      now,
    );
  });
  return row;
}

export function findWorkspacesOfUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .selectAll('workspaces')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}

export async function getWorkspace(db: Kysely<Database>, id: string): Promise<WorkspaceRow> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Workspace');
  return row;
}

export async function renameWorkspace(
  db: Kysely<Database>,
  principal: Principal,
  id: string,
  input: { name: string; version: number },
  now: Date,
): Promise<WorkspaceRow> {
  return db.transaction().execute(async (trx) => {
    const before = await getWorkspace(trx, id);
    assertVersion({ label: 'workspace' }, before, input.version);
    const result = await trx
      .updateTable('workspaces')
      .set({ name: input.name, version: before.version + 1, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw concurrentChange('workspace', await currentVersionOf(trx, 'workspaces', 'id', id));
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: id,
        action: 'update',
        entity: 'workspace',
        entityId: id,
        summary: { before: { name: before.name }, after: { name: input.name } },
      },
      now,
    );
    return getWorkspace(trx, id);
  });
}

export async function deleteWorkspace(
  db: Kysely<Database>,
  principal: Principal,
  id: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getWorkspace(trx, id);
    await trx.deleteFrom('workspaces').where('id', '=', id).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: id,
        action: 'delete',
        entity: 'workspace',
        entityId: id,
        summary: { before: { name: before.name } },
      },
      now,
    );
  });
}

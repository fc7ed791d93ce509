import type { Kysely } from 'kysely';
import { importMappingSchema, type ImportMapping, type SavedMapping } from '../../../contract/imports.js';
import type { Database, ImportMappingRow, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { checkMappingKpis, planKpis } from './import.service.js';

/**
 * Saved column → KPI mappings of a plan (table `import_mappings`), reused for the next file
 * from the same tool. Names are unique per plan; every change checks the version it was based on.
 */

export function presentMapping(row: ImportMappingRow): SavedMapping {
  return {
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    mapping: importMappingSchema.parse(JSON.parse(row.mapping)),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listMappings(db: Kysely<Database>, planId: string): Promise<SavedMapping[]> {
  const rows = await db
    .selectFrom('import_mappings')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(presentMapping);
}

async function findRow(db: Kysely<Database>, planId: string, id: string): Promise<ImportMappingRow> {
  const row = await db
    .selectFrom('import_mappings')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Import mapping');
  return row;
}

export async function getMapping(db: Kysely<Database>, planId: string, id: string): Promise<SavedMapping> {
  return presentMapping(await findRow(db, planId, id));
}

/** A saved mapping by id or by name (the command line's `--mapping <name>`). */
export async function findMapping(db: Kysely<Database>, planId: string, idOrName: string): Promise<SavedMapping> {
  const row = await db
    .selectFrom('import_mappings')
    .selectAll()
    .where('plan_id', '=', planId)
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst();
  if (!row) throw notFound(`Import mapping "${idOrName}"`);
  return presentMapping(row);
}

async function assertNameFree(db: Kysely<Database>, planId: string, name: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('import_mappings').select('id').where('plan_id', '=', planId).where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) {
    throw new AppError('conflict', `A mapping named "${name}" already exists in this plan`, [
      { path: 'name', message: 'Already used' },
    ]);
  }
}

export async function createMapping(
  db: Kysely<Database>,
  principal: Principal,
  plan: PlanRow,
  input: { name: string; mapping: ImportMapping },
  now: Date,
): Promise<SavedMapping> {
  checkMappingKpis(input.mapping, await planKpis(db, plan.id));
  return db.transaction().execute(async (trx) => {
    await assertNameFree(trx, plan.id, input.name);
    const at = now.toISOString();
    const row: ImportMappingRow = {
      id: newId(),
      plan_id: plan.id,
      name: input.name,
      mapping: JSON.stringify(input.mapping),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('import_mappings').values(row).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'create',
        entity: 'import-mapping',
        entityId: row.id,
        summary: { name: input.name },
      },
      now,
    );
    return presentMapping(row);
  });
}

export async function updateMapping(
  db: Kysely<Database>,
  principal: Principal,
  plan: PlanRow,
  id: string,
  input: { version: number; name?: string; mapping?: ImportMapping },
  now: Date,
): Promise<SavedMapping> {
  if (input.mapping) checkMappingKpis(input.mapping, await planKpis(db, plan.id));
  return db.transaction().execute(async (trx) => {
    const current = await findRow(trx, plan.id, id);
    assertVersion({ label: 'import mapping' }, { version: Number(current.version) }, input.version);
    if (input.name !== undefined && input.name !== current.name) await assertNameFree(trx, plan.id, input.name, id);
    const next: ImportMappingRow = {
      ...current,
      name: input.name ?? current.name,
      mapping: input.mapping ? JSON.stringify(input.mapping) : current.mapping,
      version: Number(current.version) + 1,
      updated_at: now.toISOString(),
    };
    const result = await trx
      .updateTable('import_mappings')
      .set({ name: next.name, mapping: next.mapping, version: next.version, updated_at: next.updated_at })
      .where('id', '=', id)
      .where('version', '=', Number(current.version))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw concurrentChange('import mapping', await currentVersionOf(trx, 'import_mappings', 'id', id));
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'update',
        entity: 'import-mapping',
        entityId: id,
        summary: {
          name: next.name,
          ...(input.name && input.name !== current.name ? { renamedFrom: current.name } : {}),
        },
      },
      now,
    );
    return presentMapping(next);
  });
}

export async function deleteMapping(
  db: Kysely<Database>,
  principal: Principal,
  plan: PlanRow,
  id: string,
  version: number | undefined,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findRow(trx, plan.id, id);
    if (version !== undefined)
      assertVersion({ label: 'import mapping' }, { version: Number(current.version) }, version);
    await trx.deleteFrom('import_mappings').where('id', '=', id).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'delete',
        entity: 'import-mapping',
        entityId: id,
        summary: { name: current.name },
      },
      now,
    );
  });
}

import type { CollectionDef } from '../../../contract/collections.js';
import { columnName, fromColumn, scalarEntries, toColumn } from '../../../contract/fields.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { newId } from '../../ids.js';
import { changeSummary, writeAudit } from '../audit/audit.repository.js';
import type { AnyDb, Row } from '../collections/collection.repository.js';
import type { CollectionTarget } from '../collections/collection.service.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';
import { scalarInputSchema } from '../../../contract/fields.js';

/** Defaults of a singleton that was never saved, as its schema gives them. */
function defaults(def: CollectionDef): Record<string, unknown> {
  return Object.fromEntries(
    scalarEntries(def.fields).map(([name, f]) => [name, scalarInputSchema(f).parse(undefined) ?? null]),
  );
}

function present(def: CollectionDef, row: Row | undefined) {
  if (!row) return { ...defaults(def), version: 0, updatedAt: null };
  const out: Record<string, unknown> = {};
  for (const [name, f] of scalarEntries(def.fields)) out[name] = fromColumn(f, row[columnName(name)]);
  return { ...out, version: Number(row.version), updatedAt: row.updated_at as string };
}

async function read(db: AnyDb, def: CollectionDef, planId: string): Promise<Row | undefined> {
  return (await db.selectFrom(def.table).selectAll().where('plan_id', '=', planId).executeTakeFirst()) as
    Row | undefined;
}

/** The plan's positioning or budget settings; version 0 means never saved. */
export async function getSingleton(t: CollectionTarget, def: CollectionDef) {
  return present(def, await read(t.db as unknown as AnyDb, def, t.planId as string));
}

/** Replaces the record; `version` must be the one read (0 for the first save). */
export async function putSingleton(
  t: CollectionTarget,
  def: CollectionDef,
  input: Record<string, unknown> & { version: number },
) {
  const planId = t.planId as string;
  const at = t.now.toISOString();
  return t.db.transaction().execute(async (trx) => {
    const db = trx as unknown as AnyDb;
    const existing = await read(db, def, planId);
    const before = present(def, existing);
    assertVersion(def, before, input.version);
    const { version, ...fields } = input;
    const values: Row = {};
    for (const [name, f] of scalarEntries(def.fields)) values[columnName(name)] = toColumn(f, fields[name] ?? null);
    if (existing) {
      const result = await db
        .updateTable(def.table)
        .set({ ...values, version: version + 1, updated_at: at })
        .where('plan_id', '=', planId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw concurrentChange(def.label, await currentVersionOf(db, def.table, 'plan_id', planId));
    } else {
      try {
        await db
          .insertInto(def.table)
          .values({ id: newId(), plan_id: planId, position: 0, ...values, version: 1, created_at: at, updated_at: at })
          .execute();
      } catch (error) {
        // Another first save won the race: the same answer as a stale version, on both databases.
        if (isUniqueViolation(error)) throw concurrentChange(def.label);
        throw error;
      }
    }
    await writeAudit(
      trx,
      t.principal,
      {
        workspaceId: t.workspaceId,
        planId,
        action: 'update',
        entity: def.name,
        summary: changeSummary(before, fields),
      },
      t.now,
    );
    return present(def, await read(db, def, planId));
  });
}

import type { Kysely } from 'kysely';
import {
  peopleCollection,
  planCollections,
  planSingletons,
  type CollectionDef,
} from '../../../contract/collections.js';
import {
  columnName,
  documentRefName,
  linkEntries,
  refEntries,
  toColumn,
  scalarEntries,
} from '../../../contract/fields.js';
import type { PlanDocument, PlanDocumentItem } from '../../../contract/plan-document.js';
import { maxParameters, type DialectName } from '../../db/dialect.js';
import type { Database, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { newPlanRow } from '../plans/plans.service.js';
import { chunks, type AnyDb, type Row } from '../collections/collection.repository.js';

/** How a document item becomes a row of `def`, worked out once per collection rather than per row. */
function rowWriter(def: CollectionDef) {
  const scalars = scalarEntries(def.fields).map(([name, f]) => ({ name, column: columnName(name), f }));
  return {
    refs: refEntries(def.fields).map(([name, ref]) => ({ prop: documentRefName(name), column: columnName(name), ref })),
    links: linkEntries(def.fields).map(([name, link]) => ({ prop: documentRefName(name), link })),
    scalarColumns(item: PlanDocumentItem): Row {
      const values: Row = {};
      for (const { name, column, f } of scalars) values[column] = toColumn(f, item[name] ?? null);
      return values;
    },
  };
}

function scalarColumns(def: CollectionDef, item: PlanDocumentItem): Row {
  return rowWriter(def).scalarColumns(item);
}

/** Inserts rows in statements sized to the dialect's parameter limit. */
async function insertRows(db: AnyDb, dialect: DialectName, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0] as Row).length;
  const size = Math.max(1, Math.floor(maxParameters(dialect) / perRow));
  for (const part of chunks(rows, size)) await db.insertInto(table).values(part).execute();
}

/** A plan key not yet used in the workspace: the document's, or the same with a numeric suffix. */
async function freeKey(db: Kysely<Database>, workspaceId: string, key: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom('plans')
        .select('key')
        .where('workspace_id', '=', workspaceId)
        .where('key', 'like', `${key}%`)
        .execute()
    ).map((r) => r.key),
  );
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) if (!taken.has(`${key}-${n}`)) return `${key}-${n}`;
}

/**
 * Writes a document's people, singletons and collections into an existing, empty plan, inside
 * the caller's transaction. People are matched by key in the workspace and created when missing.
 */
export async function insertPlanContent(
  trx: Kysely<Database>,
  dialect: DialectName,
  plan: { id: string; workspace_id: string },
  document: PlanDocument,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const db = trx as unknown as AnyDb;
  const workspaceId = plan.workspace_id;
  // Collections are walked generically, by their property in the document.
  const byDocKey = document as unknown as Record<string, unknown>;
  const stamp = { version: 1, created_at: at, updated_at: at };

  const idsByCollection = new Map<string, Map<string, string>>();
  const personIds = new Map<string, string>();
  const existingPeople = (await db
    .selectFrom('people')
    .select(['id', 'key'])
    .where('workspace_id', '=', workspaceId)
    .execute()) as Row[];
  for (const p of existingPeople) personIds.set(p.key as string, p.id as string);
  const newPeople: Row[] = [];
  (byDocKey.people as PlanDocumentItem[]).forEach((item, position) => {
    if (personIds.has(item.key as string)) return;
    const id = newId();
    personIds.set(item.key as string, id);
    newPeople.push({
      id,
      workspace_id: workspaceId,
      key: item.key,
      position,
      ...scalarColumns(peopleCollection, item),
      ...stamp,
    });
  });
  await insertRows(db, dialect, 'people', newPeople);
  idsByCollection.set('people', personIds);

  for (const def of planSingletons) {
    const item = byDocKey[def.docKey] as PlanDocumentItem | undefined;
    if (item)
      await insertRows(db, dialect, def.table, [
        { id: newId(), plan_id: plan.id, position: 0, ...scalarColumns(def, item), ...stamp },
      ]);
  }

  for (const def of planCollections) {
    const items = (byDocKey[def.docKey] as PlanDocumentItem[]) ?? [];
    const ids = new Map<string, string>();
    const rows: Row[] = [];
    const linkRows = new Map<string, Row[]>();
    const writer = rowWriter(def);
    items.forEach((item, position) => {
      const id = newId();
      if (def.keyed) ids.set(item.key as string, id);
      const row: Row = {
        id,
        plan_id: plan.id,
        ...(def.keyed ? { key: item.key } : {}),
        position,
        ...writer.scalarColumns(item),
        ...stamp,
      };
      for (const { prop, column, ref } of writer.refs) {
        const key = item[prop];
        row[column] = typeof key === 'string' ? (idsByCollection.get(ref.collection)?.get(key) ?? null) : null;
      }
      rows.push(row);
      for (const { prop, link } of writer.links) {
        const keys = [...new Set((item[prop] as string[] | undefined) ?? [])];
        const target = idsByCollection.get(link.collection);
        const list = linkRows.get(link.table) ?? [];
        keys.forEach((key, i) => list.push({ [link.fromColumn]: id, [link.toColumn]: target?.get(key), position: i }));
        linkRows.set(link.table, list);
      }
    });
    idsByCollection.set(def.name, ids);
    await insertRows(db, dialect, def.table, rows);
    for (const [table, list] of linkRows) await insertRows(db, dialect, table, list);
  }
}

/** How many entities of each collection a document holds (for the audit trail). */
export function documentCounts(document: PlanDocument): Record<string, number> {
  const byDocKey = document as unknown as Record<string, unknown[]>;
  return Object.fromEntries(
    planCollections.map((def) => [def.docKey, byDocKey[def.docKey]?.length ?? 0]).filter(([, n]) => n !== 0),
  );
}

/**
 * Creates a new plan from a validated document, in one transaction: on any failure nothing is
 * written.
 */
export async function importPlanDocument(
  database: Kysely<Database>,
  dialect: DialectName,
  principal: Principal | null,
  workspaceId: string,
  document: PlanDocument,
  now: Date,
): Promise<PlanRow> {
  return database.transaction().execute(async (trx) => {
    const key = await freeKey(trx, workspaceId, document.plan.key);
    const plan = newPlanRow(workspaceId, { ...document.plan, key }, now);
    await trx.insertInto('plans').values(plan).execute();
    await insertPlanContent(trx, dialect, plan, document, now);
    await writeAudit(
      trx,
      principal,
      {
        workspaceId,
        planId: plan.id,
        action: 'import',
        entity: 'plan',
        entityId: plan.id,
        summary: { key: plan.key, counts: documentCounts(document) },
      },
      now,
    );
    return plan;
  });
}

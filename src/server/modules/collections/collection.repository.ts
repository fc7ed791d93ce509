import type { Kysely } from 'kysely';
import { collectionByName, type CollectionDef } from '../../../contract/collections.js';
import {
  columnName,
  fromColumn,
  linkEntries,
  refEntries,
  scalarEntries,
  toColumn,
  type ScalarField,
} from '../../../contract/fields.js';
import { newId } from '../../ids.js';

/**
 * Queries for any plan collection, driven by its declaration in `contract/collections.ts`.
 * Table and column names come from that fixed list, never from the request.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- table names are data here
export type AnyDb = Kysely<any>;
export type Row = Record<string, unknown>;
export type Entity = Record<string, unknown> & { id: string; version: number };

/** Where a collection's rows live: a plan's, or (for people) a workspace's. */
export interface Scope {
  column: 'plan_id' | 'workspace_id';
  id: string;
}

export function scopeOf(def: CollectionDef, planId: string, workspaceId: string): Scope {
  return def.table === 'people' ? { column: 'workspace_id', id: workspaceId } : { column: 'plan_id', id: planId };
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Link ids of each row, per link field: `{ objectiveIds: Map<rowId, string[]> }`. */
export async function loadLinks(
  db: AnyDb,
  def: CollectionDef,
  ids: string[],
): Promise<Record<string, Map<string, string[]>>> {
  const out: Record<string, Map<string, string[]>> = {};
  for (const [name, link] of linkEntries(def.fields)) {
    const map = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const part of chunks(ids, 500)) {
      const rows = (await db
        .selectFrom(link.table)
        .select([link.fromColumn, link.toColumn])
        .where(link.fromColumn, 'in', part)
        .orderBy('position')
        .execute()) as Row[];
      for (const row of rows) map.get(row[link.fromColumn] as string)?.push(row[link.toColumn] as string);
    }
    out[name] = map;
  }
  return out;
}

/** A collection's fields sorted by kind, with their columns: worked out once, used for every row. */
interface RowShape {
  scalars: { name: string; column: string; field: ScalarField }[];
  refs: { name: string; column: string }[];
  links: string[];
}

const shapes = new WeakMap<CollectionDef, RowShape>();

function rowShape(def: CollectionDef): RowShape {
  let shape = shapes.get(def);
  if (!shape) {
    shape = {
      scalars: scalarEntries(def.fields).map(([name, field]) => ({ name, column: columnName(name), field })),
      refs: refEntries(def.fields).map(([name]) => ({ name, column: columnName(name) })),
      links: linkEntries(def.fields).map(([name]) => name),
    };
    shapes.set(def, shape);
  }
  return shape;
}

/** A database row as the API shows it (camelCase, typed values, links as id lists). */
export function presentRow(def: CollectionDef, row: Row, links: Record<string, Map<string, string[]>>): Entity {
  const shape = rowShape(def);
  const entity: Row = { id: row.id };
  if (def.keyed) entity.key = row.key;
  entity.position = Number(row.position);
  for (const { name, column, field } of shape.scalars) entity[name] = fromColumn(field, row[column]);
  for (const { name, column } of shape.refs) entity[name] = (row[column] as string | null) ?? null;
  for (const name of shape.links) entity[name] = links[name]?.get(row.id as string) ?? [];
  entity.version = Number(row.version);
  entity.createdAt = row.created_at;
  entity.updatedAt = row.updated_at;
  return entity as Entity;
}

export async function findEntities(
  db: AnyDb,
  def: CollectionDef,
  scope: Scope,
  opts: { limit: number; offset: number; filters?: Record<string, string> },
): Promise<{ items: Entity[]; total: number }> {
  let query = db.selectFrom(def.table).where(scope.column, '=', scope.id);
  for (const [fieldName, value] of Object.entries(opts.filters ?? {}))
    query = query.where(columnName(fieldName), '=', value);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('position').orderBy('id').limit(opts.limit).offset(opts.offset).execute() as Promise<
      Row[]
    >,
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const links = await loadLinks(
    db,
    def,
    rows.map((r) => r.id as string),
  );
  return { items: rows.map((row) => presentRow(def, row, links)), total: Number(count.n) };
}

export async function findEntity(db: AnyDb, def: CollectionDef, scope: Scope, id: string): Promise<Entity | undefined> {
  const row = (await db
    .selectFrom(def.table)
    .selectAll()
    .where(scope.column, '=', scope.id)
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined;
  if (!row) return undefined;
  return presentRow(def, row, await loadLinks(db, def, [id]));
}

/** Column values of the scalar and reference fields present in `input`. */
export function toColumns(def: CollectionDef, input: Record<string, unknown>): Row {
  const values: Row = {};
  if (def.keyed && input.key !== undefined) values.key = input.key;
  if (typeof input.position === 'number') values.position = input.position;
  for (const [name, f] of scalarEntries(def.fields)) {
    if (name in input) values[columnName(name)] = toColumn(f, input[name]);
  }
  for (const [name] of refEntries(def.fields)) {
    if (name in input) values[columnName(name)] = input[name] ?? null;
  }
  return values;
}

async function writeLinks(db: AnyDb, def: CollectionDef, id: string, input: Record<string, unknown>): Promise<void> {
  for (const [name, link] of linkEntries(def.fields)) {
    const targets = input[name] as string[] | undefined;
    if (targets === undefined) continue;
    await db.deleteFrom(link.table).where(link.fromColumn, '=', id).execute();
    const unique = [...new Set(targets)];
    if (unique.length > 0) {
      await db
        .insertInto(link.table)
        .values(unique.map((target, position) => ({ [link.fromColumn]: id, [link.toColumn]: target, position })))
        .execute();
    }
  }
}

async function nextPosition(db: AnyDb, def: CollectionDef, scope: Scope): Promise<number> {
  const row = (await db
    .selectFrom(def.table)
    .select((eb) => eb.fn.max('position').as('p'))
    .where(scope.column, '=', scope.id)
    .executeTakeFirst()) as { p: number | null } | undefined;
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}

export async function insertEntity(
  db: AnyDb,
  def: CollectionDef,
  scope: Scope,
  input: Record<string, unknown>,
  now: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto(def.table)
    .values({
      id,
      [scope.column]: scope.id,
      position: await nextPosition(db, def, scope),
      ...toColumns(def, input),
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeLinks(db, def, id, input);
  return id;
}

/** Applies `patch` if the row is still at `version`; false when it is not (missing or stale). */
export async function updateEntity(
  db: AnyDb,
  def: CollectionDef,
  scope: Scope,
  id: string,
  version: number,
  patch: Record<string, unknown>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable(def.table)
    .set((eb) => ({ ...toColumns(def, patch), version: eb('version', '+', 1), updated_at: now }))
    .where(scope.column, '=', scope.id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await writeLinks(db, def, id, patch);
  return true;
}

export async function deleteEntity(db: AnyDb, def: CollectionDef, scope: Scope, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom(def.table)
    .where(scope.column, '=', scope.id)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Ids among `ids` that do not belong to the plan (or workspace, for people) — references must
 * stay inside the plan.
 */
export async function missingIds(
  db: AnyDb,
  collection: string,
  planId: string,
  workspaceId: string,
  ids: string[],
): Promise<string[]> {
  const target = collectionByName(collection);
  if (!target || ids.length === 0) return [];
  const scope = scopeOf(target, planId, workspaceId);
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = (await db
      .selectFrom(target.table)
      .select('id')
      .where(scope.column, '=', scope.id)
      .where('id', 'in', part)
      .execute()) as { id: string }[];
    for (const r of rows) found.add(r.id);
  }
  return ids.filter((id) => !found.has(id));
}

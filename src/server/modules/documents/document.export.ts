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
  fromColumn,
  linkEntries,
  refEntries,
  scalarEntries,
  type ScalarField,
} from '../../../contract/fields.js';
import { planDocumentVersion, type PlanDocument } from '../../../contract/plan-document.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../http/errors.js';
import { chunks, loadLinks, type AnyDb, type Row } from '../collections/collection.repository.js';

/** Nulls and empty lists are left out: the document stays short and reads like a hand-written one. */
function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** How a collection's rows become document items, worked out once per collection (plans have many rows). */
interface RowShape {
  scalars: { name: string; column: string; field: ScalarField }[];
  refs: { column: string; docName: string; collection: string }[];
  links: { name: string; docName: string }[];
}

const shapes = new Map<string, RowShape>();

function shapeOf(def: CollectionDef): RowShape {
  let shape = shapes.get(def.name);
  if (!shape) {
    shape = {
      scalars: scalarEntries(def.fields).map(([name, field]) => ({ name, column: columnName(name), field })),
      refs: refEntries(def.fields).map(([name, ref]) => ({
        column: columnName(name),
        docName: documentRefName(name),
        collection: ref.collection,
      })),
      links: linkEntries(def.fields).map(([name]) => ({ name, docName: documentRefName(name) })),
    };
    shapes.set(def.name, shape);
  }
  return shape;
}

function scalarsOf(def: CollectionDef, row: Row, item: Record<string, unknown>): void {
  for (const { name, column, field } of shapeOf(def).scalars) {
    const value = fromColumn(field, row[column]);
    if (!isEmpty(value)) item[name] = value;
  }
}

/**
 * The columns a document item is made of. Reading only these, rather than every column, more
 * than halves the time of reading a large plan: most of it goes into making one object per row
 * for the hundreds of thousands of measurements, and their ids, dates of writing and versions
 * are never part of a document.
 */
function documentColumns(def: CollectionDef): string[] {
  const shape = shapeOf(def);
  return [
    ...(def.keyed || shape.links.length > 0 ? ['id'] : []),
    ...(def.keyed ? ['key'] : []),
    ...shape.scalars.map((s) => s.column),
    ...shape.refs.map((r) => r.column),
  ];
}

async function rowsOf(db: AnyDb, def: CollectionDef, column: string, ownerId: string): Promise<Row[]> {
  return (await db
    .selectFrom(def.table)
    .select(documentColumns(def))
    .where(column, '=', ownerId)
    .orderBy('position')
    .orderBy('id')
    .execute()) as Row[];
}

/** The plan as a `jalon/plan@1` document: every entity, references by key. */
export async function exportPlanDocument(database: Kysely<Database>, planId: string): Promise<PlanDocument> {
  const db = database as unknown as AnyDb;
  const plan = await database.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('Plan');

  const document: Record<string, unknown> = { schema: planDocumentVersion };
  const header: Record<string, unknown> = {
    key: plan.key,
    name: plan.name,
    description: plan.description,
    status: plan.status,
    currency: plan.currency,
    locale: plan.locale,
    startDate: plan.start_date,
    endDate: plan.end_date,
  };
  document.plan = Object.fromEntries(Object.entries(header).filter(([, v]) => !isEmpty(v)));

  for (const def of planSingletons) {
    const [row] = await rowsOf(db, def, 'plan_id', planId);
    if (!row) continue;
    const item: Record<string, unknown> = {};
    scalarsOf(def, row, item);
    document[def.docKey] = item;
  }

  const rowsByCollection = new Map<string, Row[]>();
  const keyById = new Map<string, string>();
  for (const def of planCollections) {
    const rows = await rowsOf(db, def, 'plan_id', planId);
    rowsByCollection.set(def.name, rows);
    if (def.keyed) for (const row of rows) keyById.set(row.id as string, row.key as string);
  }

  // Only the people this plan references travel with it.
  const personIds = new Set<string>();
  for (const def of planCollections) {
    for (const { column, collection } of shapeOf(def).refs) {
      if (collection !== 'people') continue;
      for (const row of rowsByCollection.get(def.name) ?? []) {
        const id = row[column];
        if (typeof id === 'string') personIds.add(id);
      }
    }
  }
  const people: Row[] = [];
  for (const part of chunks([...personIds], 500)) {
    people.push(...((await db.selectFrom('people').selectAll().where('id', 'in', part).execute()) as Row[]));
  }
  people.sort((a, b) => Number(a.position) - Number(b.position) || String(a.key).localeCompare(String(b.key)));
  for (const person of people) keyById.set(person.id as string, person.key as string);
  document.people = people.map((row) => {
    const item: Record<string, unknown> = { key: row.key };
    scalarsOf(peopleCollection, row, item);
    return item;
  });

  for (const def of planCollections) {
    const rows = rowsByCollection.get(def.name) ?? [];
    const links = await loadLinks(
      db,
      def,
      rows.map((r) => r.id as string),
    );
    const shape = shapeOf(def);
    document[def.docKey] = rows.map((row) => {
      const item: Record<string, unknown> = def.keyed ? { key: row.key } : {};
      for (const { column, docName } of shape.refs) {
        const id = row[column];
        if (typeof id === 'string') item[docName] = keyById.get(id);
      }
      scalarsOf(def, row, item);
      for (const { name, docName } of shape.links) {
        const ids = links[name]?.get(row.id as string) ?? [];
        if (ids.length > 0) item[docName] = ids.map((id) => keyById.get(id));
      }
      return item;
    });
  }
  return document as unknown as PlanDocument;
}

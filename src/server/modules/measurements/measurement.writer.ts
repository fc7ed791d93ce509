import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';
import { groupBySourceAndKpi, lastOfEachDate } from './measurement.batch.js';

/** One measurement to write: a KPI's value on a day, from a source (`manual`, `ga4`, a file…). */
export interface MeasurementInput {
  kpiId: string;
  date: string;
  value: number;
  source: string;
  note?: string | null;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  /** Already there with the same value and note: left as they were (re-imports change nothing). */
  unchanged: number;
}

/** What every row of one statement shares, sent once rather than once per row. */
interface Shared {
  planId: string;
  kpiId: string;
  source: string;
  now: string;
}

/** A row of one statement: what is left of a measurement once its shared part is taken out. */
type Row = Pick<MeasurementInput, 'date' | 'value' | 'note'>;

/**
 * Inserts or updates measurements by (KPI, date, source). A row already holding the same value
 * and note is not touched (its version stays), so writing the same data twice changes nothing;
 * no note and an empty note count as the same. Run it inside the caller's transaction so that a
 * whole import or batch is all or nothing. Later rows win over earlier duplicates of the same
 * (KPI, date, source) in `rows`.
 */
export async function upsertMeasurements(
  db: Kysely<Database>,
  dialect: DialectName,
  planId: string,
  rows: readonly MeasurementInput[],
  now: string,
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const write = dialect === 'postgres' ? upsertPostgres : upsertSqlite;
  for (const group of groupBySourceAndKpi(rows)) {
    const shared = { planId, kpiId: group.kpiId, source: group.source, now };
    const part = await write(db, shared, lastOfEachDate(group.rows));
    counts.inserted += part.inserted;
    counts.updated += part.updated;
    counts.unchanged += part.unchanged;
  }
  return counts;
}

const columns = 'id, plan_id, kpi_id, date, value, source, note, created_at, updated_at, position, version';
const updateChanged = `on conflict (kpi_id, date, source) do update
  set value = excluded.value, note = excluded.note, version = measurements.version + 1, updated_at = excluded.updated_at
  where measurements.value <> excluded.value or coalesce(measurements.note, '') <> coalesce(excluded.note, '')`;

/* ---------- SQLite: fixed-size multi-row statements, counted without RETURNING ---------- */

// Rows per statement, largest first: a call writes as many full statements as it can, then the
// rest with smaller ones. Fixed sizes mean a few SQL texts only, each compiled once (see
// `openDatabase`), however many rows an import brings.
const sqliteStatementRows = [512, 64, 8, 1] as const;
// Bound per row: id, date, value, note (plan, KPI, source and time are bound once per statement).
const sqliteRowParameters = 4;
const sqliteSharedParameters = 4;

const sqliteTexts = new Map<string, string>();

function sqliteText(rows: number, onConflict: 'nothing' | 'update'): string {
  const key = `${onConflict}:${rows}`;
  let text = sqliteTexts.get(key);
  if (text === undefined) {
    text = `insert into measurements (${columns})
      select v.column1, c.plan_id, c.kpi_id, v.column2, v.column3, c.source, v.column4, c.now, c.now, 0, 1
      from (select ? as plan_id, ? as kpi_id, ? as source, ? as now) as c,
        (values ${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}) as v
      where true
      ${onConflict === 'nothing' ? 'on conflict (kpi_id, date, source) do nothing' : updateChanged}`;
    sqliteTexts.set(key, text);
  }
  return text;
}

/**
 * New rows are inserted first, by a statement that skips the existing ones and counts what it
 * wrote; only when some rows existed do the same rows go again, as an upsert that counts the
 * changed ones (with new ids, so that the rows just inserted conflict on their day only, and are
 * left as they are). Telling new from changed rows by RETURNING instead, a row per measurement
 * that SQLite buffers, took a fifth of the writing time of a large first import.
 */
async function upsertSqlite(db: Kysely<Database>, shared: Shared, rows: readonly Row[]): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let at = 0;
  for (const size of sqliteStatementRows) {
    while (rows.length - at >= size) {
      const part = rows.slice(at, at + size);
      const inserted = await affectedRows(db, sqliteText(size, 'nothing'), sqliteParams(shared, part));
      const updated =
        inserted < size ? await affectedRows(db, sqliteText(size, 'update'), sqliteParams(shared, part)) : 0;
      counts.inserted += inserted;
      counts.updated += updated;
      counts.unchanged += size - inserted - updated;
      at += size;
    }
  }
  return counts;
}

/** The bound values of `sqliteText(rows.length, …)`, each row with a new id. */
function sqliteParams(shared: Shared, rows: readonly Row[]): unknown[] {
  const params: unknown[] = new Array(sqliteSharedParameters + rows.length * sqliteRowParameters);
  params[0] = shared.planId;
  params[1] = shared.kpiId;
  params[2] = shared.source;
  params[3] = shared.now;
  let p = sqliteSharedParameters;
  for (const row of rows) {
    params[p++] = newId();
    params[p++] = row.date;
    params[p++] = row.value;
    params[p++] = row.note ?? null;
  }
  return params;
}

async function affectedRows(db: Kysely<Database>, text: string, params: unknown[]): Promise<number> {
  const result = await db.executeQuery(CompiledQuery.raw(text, params));
  return Number(result.numAffectedRows ?? 0);
}

/* ---------- PostgreSQL: one statement per call, rows as arrays, counts as one row ---------- */

// One parse and plan per call whatever its size (a multi-row VALUES is planned anew for each
// statement), the rows sent as four arrays, and only two counts sent back.
const postgresText = `with written as (
    insert into measurements (${columns})
    select r.id, $1::text, $2::text, r.date, r.value, $3::text, r.note, $4::text, $4::text, 0, 1
    from unnest($5::text[], $6::text[], $7::float8[], $8::text[]) as r(id, date, value, note)
    ${updateChanged}
    returning version
  )
  select count(*) as written, count(*) filter (where version = 1) as inserted from written`;

async function upsertPostgres(db: Kysely<Database>, shared: Shared, rows: readonly Row[]): Promise<WriteCounts> {
  const ids = new Array<string>(rows.length);
  const dates = new Array<string>(rows.length);
  const values = new Array<number>(rows.length);
  const notes = new Array<string | null>(rows.length);
  rows.forEach((row, i) => {
    ids[i] = newId();
    dates[i] = row.date;
    values[i] = row.value;
    notes[i] = row.note ?? null;
  });
  const params = [shared.planId, shared.kpiId, shared.source, shared.now, ids, dates, values, notes];
  const result = await db.executeQuery<{ written: number; inserted: number }>(CompiledQuery.raw(postgresText, params));
  const { written, inserted } = result.rows[0]!;
  // A new row starts at version 1; an updated one has gone past it.
  return { inserted, updated: written - inserted, unchanged: rows.length - written };
}

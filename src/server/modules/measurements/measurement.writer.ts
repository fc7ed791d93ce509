import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';

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

// Rows per INSERT, largest first: a call writes as many full statements as it can, then the
// rest with smaller ones. Fixed sizes mean a few SQL texts only, each built once and, where the
// driver allows, compiled once (see `openDatabase`), however many rows an import brings.
const STATEMENT_ROWS = [512, 64, 8, 1] as const;

// Bound parameters a row takes: every column but `position` (0) and `version` (1), which are constants.
const PARAMETERS_PER_ROW = 9;

const texts = new Map<string, string>();

/** The INSERT … ON CONFLICT of `rows` rows, as SQL text for the database's dialect. */
function upsertText(db: Kysely<Database>, dialect: DialectName, rows: number): string {
  const key = `${dialect}:${rows}`;
  let text = texts.get(key);
  if (text === undefined) {
    const params = Array.from({ length: PARAMETERS_PER_ROW }, () => sql.val(null));
    const row = sql`(${sql.join(params)}, 0, 1)`;
    text =
      sql`insert into measurements (id, plan_id, kpi_id, date, value, source, note, created_at, updated_at, position, version)
      values ${sql.join(Array.from({ length: rows }, () => row))}
      on conflict (kpi_id, date, source) do update
      set value = excluded.value, note = excluded.note, version = measurements.version + 1, updated_at = excluded.updated_at
      where measurements.value <> excluded.value or coalesce(measurements.note, '') <> coalesce(excluded.note, '')
      returning version`.compile(db).sql;
    texts.set(key, text);
  }
  return text;
}

/**
 * Inserts or updates measurements by (KPI, date, source), in batches of fixed sizes. A row
 * already holding the same value and note is not touched (its version stays), so writing the
 * same data twice changes nothing; no note and an empty note count as the same. Run it inside
 * the caller's transaction so that a whole import or batch is all or nothing. Later rows win
 * over earlier duplicates of the same (KPI, date, source) in `rows`.
 */
export async function upsertMeasurements(
  db: Kysely<Database>,
  dialect: DialectName,
  planId: string,
  rows: readonly MeasurementInput[],
  now: string,
): Promise<WriteCounts> {
  const unique = dedupe(rows);
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let at = 0;
  for (const size of STATEMENT_ROWS) {
    if (unique.length - at < size) continue;
    const text = upsertText(db, dialect, size);
    while (unique.length - at >= size) {
      // A new array each time: the compiled query freezes the one it is given.
      const params: unknown[] = new Array(size * PARAMETERS_PER_ROW);
      let p = 0;
      for (let i = at; i < at + size; i++) {
        const row = unique[i]!;
        params[p++] = newId();
        params[p++] = planId;
        params[p++] = row.kpiId;
        params[p++] = row.date;
        params[p++] = row.value;
        params[p++] = row.source;
        params[p++] = row.note ?? null;
        params[p++] = now;
        params[p++] = now;
      }
      const written = (await db.executeQuery<{ version: number | string }>(CompiledQuery.raw(text, params))).rows;
      let inserted = 0;
      for (const w of written) if (Number(w.version) === 1) inserted++;
      counts.inserted += inserted;
      counts.updated += written.length - inserted;
      counts.unchanged += size - written.length;
      at += size;
    }
  }
  return counts;
}

/** `rows` without earlier duplicates of a (KPI, date, source), in their order otherwise. */
function dedupe(rows: readonly MeasurementInput[]): readonly MeasurementInput[] {
  const unique = new Map<string, MeasurementInput>();
  for (const row of rows) unique.set(`${row.kpiId}\u0000${row.date}\u0000${row.source}`, row);
  return unique.size === rows.length ? rows : [...unique.values()];
}

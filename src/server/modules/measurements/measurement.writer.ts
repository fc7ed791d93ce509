import { sql, type Kysely } from 'kysely';
import { maxParameters, type DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ids.js';
import { chunks, type AnyDb } from '../collections/collection.repository.js';

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

// Bound parameters a row takes in the INSERT (every column above), plus a few for the statement itself.
const PARAMETERS_PER_ROW = 11;
const PARAMETERS_PER_STATEMENT = 8;

/**
 * Inserts or updates measurements by (KPI, date, source), in batches sized for the database's
 * parameter limit. A row already holding the same value and note is not touched (its version
 * stays), so writing the same data twice changes nothing. Run it inside the caller's transaction
 * so that a whole import or batch is all or nothing. Later rows win over earlier duplicates of
 * the same (KPI, date, source) in `rows`.
 */
export async function upsertMeasurements(
  db: Kysely<Database>,
  dialect: DialectName,
  planId: string,
  rows: readonly MeasurementInput[],
  now: string,
): Promise<WriteCounts> {
  const unique = new Map<string, MeasurementInput>();
  for (const row of rows) unique.set(`${row.kpiId}\u0000${row.date}\u0000${row.source}`, row);
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const size = Math.max(1, Math.floor((maxParameters(dialect) - PARAMETERS_PER_STATEMENT) / PARAMETERS_PER_ROW));
  for (const part of chunks([...unique.values()], size)) {
    const written = await (db as unknown as AnyDb)
      .insertInto('measurements')
      .values(
        part.map((row) => ({
          id: newId(),
          plan_id: planId,
          position: 0,
          kpi_id: row.kpiId,
          date: row.date,
          value: row.value,
          source: row.source,
          note: row.note ?? null,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['kpi_id', 'date', 'source'])
          .doUpdateSet({
            value: sql`excluded.value`,
            note: sql`excluded.note`,
            version: sql`measurements.version + 1`,
            updated_at: now,
          })
          // No note and an empty note count as the same.
          .where(
            sql<boolean>`measurements.value <> excluded.value or coalesce(measurements.note, '') <> coalesce(excluded.note, '')`,
          ),
      )
      .returning(['version'])
      .execute();
    const inserted = written.filter((row) => Number(row.version) === 1).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += part.length - written.length;
  }
  return counts;
}

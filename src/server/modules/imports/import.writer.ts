import type { Kysely } from 'kysely';
import type { MappedMeasurement } from '../../../io/kpi-import/index.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import { upsertMeasurements, type WriteCounts } from '../measurements/measurement.writer.js';

export interface ImportWriterOptions {
  /** The import's transaction. */
  trx: Kysely<Database>;
  dialect: DialectName;
  planId: string;
  /** KPI ids by key. */
  kpiIds: ReadonlyMap<string, string>;
  source: string;
  now: string;
}

/**
 * Writes an import's batches, each while the next one is read: PostgreSQL writes in its own
 * process, so the file is parsed meanwhile instead of waiting (with SQLite the write runs in
 * this thread and nothing changes). One batch is written at a time, in order.
 */
export class ImportWriter {
  readonly counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  private pending: Promise<void> | null = null;

  constructor(private readonly options: ImportWriterOptions) {}

  /** Starts writing `batch`, once the previous batch is written. */
  async write(batch: readonly MappedMeasurement[]): Promise<void> {
    await this.settle();
    const { trx, dialect, planId, kpiIds, source, now } = this.options;
    const rows = batch.map((m) => ({ kpiId: kpiIds.get(m.kpiKey)!, date: m.date, value: m.value, source }));
    const writing = upsertMeasurements(trx, dialect, planId, rows, now).then((part) => {
      this.counts.inserted += part.inserted;
      this.counts.updated += part.updated;
      this.counts.unchanged += part.unchanged;
    });
    // Its failure is thrown by `settle`; until then it must not count as an unhandled rejection.
    writing.catch(() => undefined);
    this.pending = writing;
  }

  /** Waits until the batch being written is written; throws what made it fail. */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    await pending;
  }
}

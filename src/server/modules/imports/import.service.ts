import type { ControlledTransaction, Kysely } from 'kysely';
import {
  type Bilingual,
  type ImportMapping,
  type ImportPreview,
  type ImportReport,
} from '../../../contract/imports.js';
import { ImportFileError, MeasurementReader, previewFile, type KpiInfo } from '../../../io/kpi-import/index.js';
import type { DatabaseHandle } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { writeAudit } from '../audit/audit.repository.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { ImportWriter } from './import.writer.js';

/**
 * KPI measurement imports, shared by the API, the command line and the benchmark script.
 *
 * One pass over the file, in one transaction: each batch of valid rows is written as it is read
 * (batched upserts, no per-row round trip; see `ImportWriter`). The first invalid row rolls the
 * transaction back at once (unless invalid rows are to be skipped); reading goes on without a
 * transaction, only to list every bad row. So a good file is parsed once, a bad one holds no
 * write lock while the rest of it is checked, and memory holds two small batches (one written,
 * the next read) whatever the file's size.
 */

export interface PlanKpi extends KpiInfo {
  id: string;
  key: string;
}

export async function planKpis(db: Kysely<Database>, planId: string): Promise<Map<string, PlanKpi>> {
  const rows = (await (db as unknown as AnyDb)
    .selectFrom('kpis')
    .select(['id', 'key', 'unit'])
    .where('plan_id', '=', planId)
    .execute()) as { id: string; key: string; unit: string | null }[];
  return new Map(rows.map((r) => [r.key, { id: r.id, key: r.key, unit: r.unit }]));
}

/** A file or mapping problem as the API's 400 (both languages in `messages`). */
export function importFileProblem(error: ImportFileError): AppError {
  const fields = error.fields.map((f) => ({ ...f, code: error.code }));
  return new AppError(
    'validation',
    error.text.en,
    fields.length > 0 ? fields : [{ path: 'body', message: error.text.en, code: error.code }],
    {
      messages: error.text,
    },
  );
}

export function checkMappingKpis(mapping: ImportMapping, kpis: ReadonlyMap<string, unknown>): void {
  const unknown = mapping.columns
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !kpis.has(c.kpiKey))
    .map(({ c, i }) => ({
      path: `mapping.columns.${i}.kpiKey`,
      message: `No KPI with key "${c.kpiKey}" in this plan`,
      code: 'unknown_kpi',
    }));
  if (unknown.length > 0) {
    const keys = mapping.columns.filter((c) => !kpis.has(c.kpiKey)).map((c) => c.kpiKey);
    throw new AppError('validation', `The mapping names KPIs this plan does not have: ${keys.join(', ')}`, unknown, {
      messages: {
        fr: `La correspondance nomme des indicateurs absents de ce plan : ${keys.join(', ')}`,
        en: `The mapping names KPIs this plan does not have: ${keys.join(', ')}`,
      },
    });
  }
}

export async function previewImport(path: string, fileName: string | null): Promise<ImportPreview> {
  try {
    return await previewFile(path, { fileName });
  } catch (error) {
    if (error instanceof ImportFileError) throw importFileProblem(error);
    throw error;
  }
}

export interface ImportProgress {
  bytes: number;
  rowsRead: number;
}

export interface RunImportInput {
  database: DatabaseHandle;
  planId: string;
  workspaceId: string;
  path: string;
  mapping: ImportMapping;
  skipInvalid: boolean;
  dryRun: boolean;
  principal: Principal | null;
  now: Date;
  fileName?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Measurements per upsert call (see `ReadOptions.batchSize`). */
  batchSize?: number;
}

const fmt = (n: number, language: 'fr' | 'en') => n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');

function summary(report: Omit<ImportReport, 'summary'>): Bilingual {
  const both = (write: (l: 'fr' | 'en') => string): Bilingual => ({ fr: write('fr'), en: write('en') });
  const skipped = report.skipped.invalidRows;
  const skippedText = both((l) =>
    skipped > 0
      ? l === 'fr'
        ? ` ${fmt(skipped, l)} ligne(s) invalide(s) ignorée(s).`
        : ` ${fmt(skipped, l)} invalid row(s) skipped.`
      : '',
  );
  if (report.dryRun) {
    return both((l) =>
      l === 'fr'
        ? `Vérification seulement : ${fmt(report.measurements, l)} mesure(s) prête(s), ${fmt(report.invalidRowCount, l)} ligne(s) invalide(s). Rien n’a été écrit.`
        : `Check only: ${fmt(report.measurements, l)} measurement(s) ready, ${fmt(report.invalidRowCount, l)} invalid row(s). Nothing was written.`,
    );
  }
  if (!report.written) {
    return both((l) =>
      l === 'fr'
        ? `${fmt(report.invalidRowCount, l)} ligne(s) invalide(s) : rien n’a été importé. Corrigez-les, ou importez en ignorant les lignes invalides.`
        : `${fmt(report.invalidRowCount, l)} invalid row(s): nothing was imported. Fix them, or import skipping invalid rows.`,
    );
  }
  if (report.inserted + report.updated === 0) {
    return both(
      (l) =>
        (l === 'fr'
          ? `Rien n’a changé : les ${fmt(report.unchanged, l)} mesure(s) du fichier étaient déjà là.`
          : `Nothing changed: the file's ${fmt(report.unchanged, l)} measurement(s) were already there.`) +
        skippedText[l],
    );
  }
  return both(
    (l) =>
      (l === 'fr'
        ? `${fmt(report.measurements, l)} mesure(s) importée(s) : ${fmt(report.inserted, l)} nouvelle(s), ${fmt(report.updated, l)} modifiée(s), ${fmt(report.unchanged, l)} inchangée(s).`
        : `${fmt(report.measurements, l)} measurement(s) imported: ${fmt(report.inserted, l)} new, ${fmt(report.updated, l)} changed, ${fmt(report.unchanged, l)} unchanged.`) +
      skippedText[l],
  );
}

export async function runImport(input: RunImportInput): Promise<ImportReport> {
  const { database, mapping } = input;
  const kpis = await planKpis(database.db, input.planId);
  checkMappingKpis(mapping, kpis);
  const reader = new MeasurementReader(input.path, {
    mapping,
    kpis,
    batchSize: input.batchSize,
    onProgress: (c) => input.onProgress?.({ bytes: c.bytes, rowsRead: c.rowsRead }),
  });
  const counters = reader.counters;
  let trx: ControlledTransaction<Database> | null = input.dryRun
    ? null
    : await database.db.startTransaction().execute();
  const writer = trx
    ? new ImportWriter({
        trx,
        dialect: database.dialect,
        planId: input.planId,
        kpiIds: new Map([...kpis].map(([key, kpi]) => [key, kpi.id])),
        source: mapping.source,
        now: input.now.toISOString(),
      })
    : null;
  const counts = writer?.counts ?? { inserted: 0, updated: 0, unchanged: 0 };
  const refused = () => counters.errorCount > 0 && !input.skipInvalid;
  const rollback = async () => {
    await writer?.settle().catch(() => undefined);
    await trx?.rollback().execute();
    trx = null;
  };
  let written = false;
  try {
    const batches = reader.batches();
    for (;;) {
      const next = await batches.next();
      if (next.done) break;
      // The file will be refused: release the database now and only read on, for the report.
      if (refused() && trx) await rollback();
      if (trx) await writer?.write(next.value);
    }
    await writer?.settle();
    if (trx && refused()) await rollback();
    if (trx) {
      if (counts.inserted + counts.updated > 0) {
        await writeAudit(
          trx,
          input.principal,
          {
            workspaceId: input.workspaceId,
            planId: input.planId,
            action: 'import',
            entity: 'measurements',
            summary: {
              fileName: input.fileName ?? null,
              format: counters.format,
              table: counters.table,
              source: mapping.source,
              inserted: counts.inserted,
              updated: counts.updated,
              unchanged: counts.unchanged,
              skippedInvalidRows: input.skipInvalid ? counters.invalidRows : 0,
            },
          },
          input.now,
        );
      }
      await trx.commit().execute();
      trx = null;
      written = true;
    }
  } catch (error) {
    if (trx) await rollback();
    if (error instanceof ImportFileError) throw importFileProblem(error);
    throw error;
  }
  const base: Omit<ImportReport, 'summary'> = {
    written,
    dryRun: input.dryRun,
    format: counters.format,
    table: counters.table ?? '',
    source: mapping.source,
    rowsRead: counters.rowsRead,
    rowsImported: written || input.dryRun ? counters.rowsImported : 0,
    measurements: written || input.dryRun ? counters.measurements : 0,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    skipped: {
      invalidRows: input.skipInvalid ? counters.invalidRows : 0,
      emptyCells: counters.emptyCells,
      filteredRows: counters.filteredRows,
      totalRows: counters.totalRows,
      noteRows: counters.noteRows,
    },
    errors: counters.errors,
    errorCount: counters.errorCount,
    invalidRowCount: counters.invalidRows,
    firstDate: counters.firstDate,
    lastDate: counters.lastDate,
    kpis: [...counters.perKpi].map(([kpiKey, measurements]) => ({ kpiKey, measurements })),
    warnings: counters.warnings,
  };
  return { ...base, summary: summary(base) };
}

/** Whether a finished import was refused for its invalid rows (nothing written). */
export const refusedForInvalidRows = (report: ImportReport): boolean =>
  !report.dryRun && !report.written && report.invalidRowCount > 0;

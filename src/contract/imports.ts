import { z } from 'zod';
import { idSchema, versionSchema } from './common.js';
import { entityKey, isoDate } from './fields.js';

/**
 * KPI measurement imports from files (CSV, TSV, XLSX and the exports of analytics and ad tools):
 * the preview of a file, the column → KPI mapping (saved per plan and reused), and the report of
 * an import. Shared by the server, the web app and the command line.
 */

/** A text a person reads, in both languages. */
export const bilingualSchema = z.object({ fr: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * How dates are written in a column:
 * - `iso` 2024-01-31 (also 2024/01/31, and timestamps such as 2024-01-31T10:00:00-0400);
 * - `ymd-compact` 20240131;
 * - `dmy` 31/01/2024 (also 31.01.2024, 31-01-24);
 * - `mdy` 01/31/2024;
 * - `month-name` Jan 31, 2024 · 31 janvier 2024 · 1er févr. 2024 · 31 de enero de 2024;
 * - `excel-serial` a spreadsheet day number (45322 = 2024-01-31);
 * - `day-offset` a day number from the table's start date (Google Analytics 4 `Nth day` 0000, 0001…).
 */
export const dateFormats = ['iso', 'ymd-compact', 'dmy', 'mdy', 'month-name', 'excel-serial', 'day-offset'] as const;
export const dateFormatSchema = z.enum(dateFormats);
export type DateFormat = z.infer<typeof dateFormatSchema>;

export const decimalSeparatorSchema = z.enum(['.', ',']);
export type DecimalSeparator = z.infer<typeof decimalSeparatorSchema>;

/** Formats recognised from a file's content (never from its name). */
export const importFormats = [
  'ga4',
  'google-ads',
  'meta-ads',
  'google-search-console',
  'google-business-profile',
  'generic-csv',
  'generic-xlsx',
] as const;
export const importFormatSchema = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormatSchema>;

const columnName = z.string().trim().min(1, 'Required').max(300);

/**
 * Which cells become which measurements. Column names are the file's header cells, as the
 * preview lists them. One of `dateColumn` and `fixedDate` is required: a file without a date
 * column (a report over a period) takes the date chosen by the user, for every row.
 */
export const importMappingSchema = z
  .object({
    /** Table id from the preview (a sheet name, or 1, 2… for the tables of a CSV). Default: the first table holding every mapped column. */
    table: z.string().trim().min(1).max(300).optional(),
    dateColumn: columnName.optional(),
    fixedDate: isoDate.optional(),
    /** Default: detected on the first rows of the table. */
    dateFormat: dateFormatSchema.optional(),
    /** Default: detected per column on the first rows of the table. */
    decimalSeparator: decimalSeparatorSchema.optional(),
    columns: z
      .array(z.object({ column: columnName, kpiKey: entityKey }).strict())
      .min(1, 'Map at least one column to a KPI')
      .max(200),
    /** Recorded on each measurement; a measurement is identified by KPI, date and source. */
    source: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(100)
      .refine((v) => ![...v].some((ch) => ch.charCodeAt(0) < 32), 'No control characters'),
    /** Keep only the rows whose cells equal these values (e.g. `Device` = `Mobile`). */
    filters: z
      .array(z.object({ column: columnName, equals: z.string().max(1000) }).strict())
      .max(20)
      .optional(),
    /** Several rows for the same KPI and date: an error (`none`, the default) or their `sum`. */
    aggregate: z.enum(['none', 'sum']).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if ((m.dateColumn === undefined) === (m.fixedDate === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateColumn'],
        message: 'Give either dateColumn (a column of dates) or fixedDate (one date for every row)',
      });
    }
    const columns = new Set<string>();
    const kpis = new Set<string>();
    m.columns.forEach((c, i) => {
      if (columns.has(c.column)) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'column'], message: 'This column is mapped twice' });
      }
      if (kpis.has(c.kpiKey)) {
        ctx.addIssue({ code: 'custom', path: ['columns', i, 'kpiKey'], message: 'This KPI is mapped twice' });
      }
      columns.add(c.column);
      kpis.add(c.kpiKey);
    });
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/* ---------- Saved mappings ---------- */

export const savedMappingName = z.string().trim().min(1, 'Required').max(200);

export const savedMappingSchema = z.object({
  id: z.string(),
  planId: z.string(),
  name: z.string(),
  mapping: importMappingSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export const createSavedMappingBody = z.object({ name: savedMappingName, mapping: importMappingSchema }).strict();
export const updateSavedMappingBody = z
  .object({ version: versionSchema, name: savedMappingName.optional(), mapping: importMappingSchema.optional() })
  .strict();

/* ---------- Preview ---------- */

export const columnKinds = ['date', 'number', 'percent', 'currency', 'text', 'empty'] as const;
export const cellSchema = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof cellSchema>;

export const periodSchema = z.object({ start: isoDate, end: isoDate });
export type Period = z.infer<typeof periodSchema>;

export const previewColumnSchema = z.object({
  name: z.string(),
  index: z.number().int(),
  kind: z.enum(columnKinds),
  /** Share of the sampled non-empty cells that read as the kind (0–1). */
  confidence: z.number(),
  dateFormat: dateFormatSchema.optional(),
  /** Day and month could be either way round on every sampled row (e.g. 03/04/2024). */
  dateAmbiguous: z.boolean().optional(),
  decimalSeparator: decimalSeparatorSchema.optional(),
  /** Currency code or sign found in the cells or the header (`EUR`, `USD`…). */
  currency: z.string().optional(),
  /** A few values from the first rows, as written. */
  samples: z.array(z.string()),
});
export type PreviewColumn = z.infer<typeof previewColumnSchema>;

export const previewTableSchema = z.object({
  id: z.string(),
  /** A title written above the table (comment line, sheet name…), if any. */
  title: z.string().nullable(),
  sheet: z.string().nullable(),
  /** Line (CSV) or row (XLSX) of the header. */
  headerLine: z.number().int(),
  /** The period the tool says the table covers (GA4 `# Start date` / `# End date`…). */
  period: periodSchema.nullable(),
  /** Data rows, total and note rows left out. */
  rowCount: z.number().int(),
  skipped: z.object({ totals: z.number().int(), notes: z.number().int() }),
  columns: z.array(previewColumnSchema),
  /** The first rows as read (at most 20). */
  rows: z.array(z.array(cellSchema)),
  suggestedDateColumn: z.string().nullable(),
  suggestedDateFormat: dateFormatSchema.nullable(),
  /** No column holds dates: the import needs `fixedDate` (suggested: the end of the period). */
  needsFixedDate: z.boolean(),
  suggestedFixedDate: isoDate.nullable(),
});
export type PreviewTable = z.infer<typeof previewTableSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string().nullable(),
  fileType: z.enum(['csv', 'xlsx']),
  format: importFormatSchema,
  formatLabel: bilingualSchema,
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  /** The period of the whole file when the tool wrote one (GA4 header, Google Ads line 2, file name of GBP). */
  period: periodSchema.nullable(),
  tables: z.array(previewTableSchema),
  /** The table an import uses when the mapping names none (the first table with data). */
  defaultTable: z.string().nullable(),
  suggestedSource: z.string(),
  notes: z.array(bilingualSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/* ---------- Import ---------- */

export const rowErrorCodes = [
  'invalid_number',
  'bound_not_value',
  'invalid_date',
  'missing_date',
  'duplicate',
] as const;

export const rowErrorSchema = z.object({
  /** Line in the file (CSV) or row of the sheet (XLSX), counting from 1. */
  line: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.enum(rowErrorCodes),
  reason: bilingualSchema,
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const maxReportedErrors = 1000;

export const importReportSchema = z.object({
  /** Measurements were written (false: refused, or a dry run). */
  written: z.boolean(),
  dryRun: z.boolean(),
  format: importFormatSchema,
  table: z.string(),
  source: z.string(),
  /** Data rows of the table read (total and note rows not counted). */
  rowsRead: z.number().int(),
  /** Valid rows that gave at least one measurement. */
  rowsImported: z.number().int(),
  measurements: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.object({
    invalidRows: z.number().int(),
    emptyCells: z.number().int(),
    filteredRows: z.number().int(),
    totalRows: z.number().int(),
    noteRows: z.number().int(),
  }),
  /** Every bad row up to `maxReportedErrors`; `errorCount` counts them all. */
  errors: z.array(rowErrorSchema),
  errorCount: z.number().int(),
  invalidRowCount: z.number().int(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  kpis: z.array(z.object({ kpiKey: z.string(), measurements: z.number().int() })),
  warnings: z.array(bilingualSchema),
  summary: bilingualSchema,
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importQuerySchema = z.object({
  mapping: z
    .string()
    .max(20_000)
    .optional()
    .meta({ description: 'The mapping as URL-encoded JSON (see ImportMapping); or give mappingId or mappingName' }),
  mappingId: idSchema.optional().meta({ description: 'Id of a mapping saved in the plan' }),
  mappingName: savedMappingName.optional().meta({ description: 'Name of a mapping saved in the plan' }),
  skipInvalid: z.enum(['true', 'false']).default('false').meta({
    description:
      'true: write the valid rows and report the invalid ones (default: nothing written if any row is invalid)',
  }),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .meta({ description: 'true: read and check only; nothing is written' }),
  filename: z.string().max(500).optional().meta({ description: 'The file’s name, for the report and the audit log' }),
});

export const previewQuerySchema = z.object({
  filename: z.string().max(500).optional().meta({
    description: 'The file’s name: shown back, and read for a period when the tool writes it there (Business Profile)',
  }),
});

/** One line of an `application/x-ndjson` import response. */
export const importProgressLineSchema = z.union([
  z.object({
    type: z.literal('progress'),
    phase: z.enum(['upload', 'import']),
    bytes: z.number(),
    rowsRead: z.number(),
  }),
  z.object({ type: z.literal('report'), status: z.number().int(), report: importReportSchema }),
  z.object({ type: z.literal('error'), status: z.number().int(), problem: z.record(z.string(), z.unknown()) }),
]);

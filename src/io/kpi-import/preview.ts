import { dayOf, formatDay } from '../../core/shared/days.js';
import type {
  Bilingual,
  Cell,
  ImportFormat,
  ImportPreview,
  Period,
  PreviewColumn,
  PreviewTable,
} from '../../contract/imports.js';
import { analyseColumn, sampleRows } from './columns.js';
import { ImportFileError } from './errors.js';
import { formatLabels, preferredDateColumns, suggestedSources } from './formats.js';
import { openFile } from './records.js';
import { Segmenter, periodFromText, type TableHead } from './tables.js';

/**
 * A file's preview: its format, its tables with their columns and what each seems to hold, the
 * first rows, and the date column (or, for a report over a period, the date) to suggest. The whole
 * file is read (row counts are exact) but only the first rows of each table are kept.
 */

const shownRows = 20;

interface TableAccumulator {
  head: TableHead;
  rowCount: number;
  totals: number;
  notes: number;
  rows: Cell[][];
  sample: Cell[][];
}

/** A period in a file name: Google Business Profile writes `… - 2025-10-1 - 2025-10-31 - <hash>.csv`. */
export function periodFromFileName(name: string | null | undefined): Period | null {
  if (!name) return null;
  const m = /(\d{4})-(\d{1,2})-(\d{1,2})\s*-\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(name);
  if (!m) return null;
  const start = dayOf(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
  const end = dayOf(`${m[4]}-${m[5]!.padStart(2, '0')}-${m[6]!.padStart(2, '0')}`);
  return start !== null && end !== null && end >= start ? { start: formatDay(start), end: formatDay(end) } : null;
}

function suggestDateColumn(format: ImportFormat, columns: PreviewColumn[]): PreviewColumn | null {
  const dates = columns.filter((c) => c.kind === 'date');
  for (const name of preferredDateColumns(format)) {
    const found = dates.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (found) return found;
  }
  return dates.reduce<PreviewColumn | null>((best, c) => (!best || c.confidence > best.confidence ? c : best), null);
}

function buildTable(acc: TableAccumulator, format: ImportFormat, fallbackPeriod: Period | null): PreviewTable {
  const head = acc.head;
  const baseDay = head.period ? dayOf(head.period.start) : null;
  const columns = head.header.map((name, i) =>
    analyseColumn(
      name,
      i,
      acc.sample.map((r) => r[i] ?? null),
      { baseDay },
    ),
  );
  const dateColumn = suggestDateColumn(format, columns);
  const period = head.period ?? fallbackPeriod;
  return {
    id: head.id,
    title: head.title,
    sheet: head.sheet,
    headerLine: head.headerLine,
    period: head.period,
    rowCount: acc.rowCount,
    skipped: { totals: acc.totals, notes: acc.notes },
    columns,
    rows: acc.rows.map((r) => r.slice(0, Math.max(head.header.length, 1))),
    suggestedDateColumn: dateColumn?.name ?? null,
    suggestedDateFormat: dateColumn?.dateFormat ?? null,
    needsFixedDate: dateColumn === null,
    suggestedFixedDate: dateColumn === null ? (period?.end ?? null) : null,
  };
}

function isDataTable(t: PreviewTable): boolean {
  return (
    t.rowCount > 0 && t.columns.length >= 2 && t.columns.some((c) => ['number', 'percent', 'currency'].includes(c.kind))
  );
}

function notesFor(preview: Omit<ImportPreview, 'notes'>): Bilingual[] {
  const notes: Bilingual[] = [];
  const table = preview.tables.find((t) => t.id === preview.defaultTable);
  if (preview.tables.length > 1) {
    notes.push({
      fr: `Ce fichier contient ${preview.tables.length} tableaux : choisissez celui à importer (« table » dans la correspondance).`,
      en: `This file holds ${preview.tables.length} tables: choose the one to import ("table" in the mapping).`,
    });
  }
  if (table?.needsFixedDate) {
    const end = table.suggestedFixedDate;
    notes.push(
      end
        ? {
            fr: `Aucune colonne de dates dans ce tableau : les chiffres portent sur une période, choisissez la date à leur donner (« fixedDate » ; la période se termine le ${end}).`,
            en: `No column of dates in this table: the figures cover a period; choose the date to give them ("fixedDate"; the period ends on ${end}).`,
          }
        : {
            fr: 'Aucune colonne de dates dans ce tableau : choisissez la date à donner aux chiffres (« fixedDate »).',
            en: 'No column of dates in this table: choose the date to give the figures ("fixedDate").',
          },
    );
  }
  const dateColumn = table?.columns.find((c) => c.name === table.suggestedDateColumn);
  if (dateColumn?.dateFormat === 'day-offset' && table?.period) {
    notes.push({
      fr: `La colonne « ${dateColumn.name} » numérote les jours depuis le ${table.period.start} (jour 0).`,
      en: `Column "${dateColumn.name}" numbers the days from ${table.period.start} (day 0).`,
    });
  }
  if (dateColumn?.dateAmbiguous) {
    notes.push({
      fr: `Les dates de « ${dateColumn.name} » se lisent jour/mois ou mois/jour : vérifiez le format (« dateFormat »).`,
      en: `The dates in "${dateColumn.name}" read either day/month or month/day: check the format ("dateFormat").`,
    });
  }
  const totals = preview.tables.reduce((n, t) => n + t.skipped.totals, 0);
  if (totals > 0) {
    notes.push({
      fr: `${totals} ligne(s) de total seront ignorées.`,
      en: `${totals} total row(s) will be left out.`,
    });
  }
  return notes;
}

export async function previewFile(
  path: string,
  options: { fileName?: string | null; onBytes?: (bytes: number) => void } = {},
): Promise<ImportPreview> {
  const file = await openFile(path);
  const tables: TableAccumulator[] = [];
  let current: TableAccumulator | null = null;
  const segmenter = new Segmenter(
    {
      table(head) {
        current = { head, rowCount: 0, totals: 0, notes: 0, rows: [], sample: [] };
        tables.push(current);
      },
      row(_head, _line, cells, kind) {
        const acc = current!;
        if (kind === 'total') acc.totals++;
        else if (kind !== 'data') acc.notes++;
        else {
          acc.rowCount++;
          if (acc.rows.length < shownRows) acc.rows.push(cells);
          if (acc.sample.length < sampleRows) acc.sample.push(cells);
        }
      },
    },
    file.type,
    file.delimiter ?? ',',
  );
  for await (const batch of file.records({ onBytes: options.onBytes })) {
    for (const record of batch) segmenter.push(record);
  }
  segmenter.end();
  if (tables.length === 0) throw ImportFileError.empty();

  const format = segmenter.format ?? (file.type === 'xlsx' ? 'generic-xlsx' : 'generic-csv');
  const period = segmenter.filePeriod ?? periodFromFileName(options.fileName) ?? gscFilterPeriod(tables);
  // Sheets in the workbook's order (the archive may store them otherwise).
  if (file.type === 'xlsx') {
    const order = new Map(file.sheets.map((s, i) => [s, i]));
    tables.sort(
      (a, b) =>
        (order.get(a.head.sheet ?? '') ?? 0) - (order.get(b.head.sheet ?? '') ?? 0) || a.head.index - b.head.index,
    );
  }
  const built = tables.map((acc) => buildTable(acc, format, period));
  const preview = {
    fileName: options.fileName ?? null,
    fileType: file.type,
    format,
    formatLabel: formatLabels[format],
    encoding: file.encoding,
    delimiter: file.delimiter,
    period,
    tables: built,
    defaultTable: (built.find(isDataTable) ?? built.find((t) => t.rowCount > 0) ?? null)?.id ?? null,
    suggestedSource: suggestedSources[format],
  };
  return { ...preview, notes: notesFor(preview) };
}

/** Search Console's Filters.csv is where the export records its dates: `Date,1 Jan 2025-31 Dec 2025`. */
function gscFilterPeriod(tables: TableAccumulator[]): Period | null {
  for (const t of tables) {
    if (t.head.header.length !== 2) continue;
    for (const row of t.rows) {
      if (typeof row[0] === 'string' && /^date$/i.test(row[0].trim()) && typeof row[1] === 'string') {
        const period = periodFromText(row[1]);
        if (period) return period;
      }
    }
  }
  return null;
}

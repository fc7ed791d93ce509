import type { Cell, ImportFormat, Period } from '../../contract/imports.js';
import { formatDay } from '../../core/shared/days.js';
import { classifyFormatRow, detectFormat } from './formats.js';
import type { FileRecord } from './records.js';
import { anyDate, cellText, compactToIso, isEmptyCell, parseNumber } from './values.js';

/**
 * Cutting a stream of records into tables, the way tools lay out their exports: comment lines
 * (`# Start date: 20230923`) and one-cell title lines (Google Ads' `Campaign report` and date
 * range) above a header; blank lines between tables (GA4 puts thirty in one file), empty tables
 * (a header and nothing under it); total rows (`Total: Account`, GA4 Explore's first-row
 * `Grand total`), notes (`No data available.`) and second header rows (Google Business Profile)
 * set apart from data.
 */

export interface TableHead {
  id: string;
  /** Order of the table in the file, from 0. */
  index: number;
  sheet: string | null;
  headerLine: number;
  /** Column names, unique (a repeated name gets " (2)"); empty ones are `Column N`. */
  header: string[];
  /** Comment lines above the table, without `#`, trimmed. */
  comments: string[];
  /** One-cell lines above the header (report title, period). */
  preamble: string[];
  title: string | null;
  period: Period | null;
}

export type RowKind = 'data' | 'total' | 'note' | 'subheader';

/** Where the segmenter sends what it finds (a callback per row: no object per row). */
export interface TableSink {
  table(table: TableHead): void;
  row(table: TableHead, line: number, cells: Cell[], kind: RowKind): void;
}

const totalLabel =
  /^(total|totals|totaux|grand total|total général|total general|totales|suma total|gesamt|gesamtsumme)(\s*:.*)?$/i;

const startLabel =
  /^(start date|fecha de inicio|date de début|date de debut|data de início|data di inizio|startdatum)\s*:\s*(\d{8})$/i;
const endLabel =
  /^(end date|fecha de finalización|fecha de finalizacion|fecha de fin|date de fin|data de término|data di fine|enddatum)\s*:\s*(\d{8})$/i;
const rangeLine = /^(\d{8})\s*-\s*(\d{8})$/;
const boilerplate =
  /^(-+|account\s*:.*|property\s*:.*|cuenta\s*:.*|propiedad\s*:.*|compte\s*:.*|propriété\s*:.*|report csv export|exportar informe.*|exporter le rapport.*|rapport csv.*|dashboard report|all users|todos los usuarios|tous les utilisateurs)$/i;

function periodOf(start: string | null, end: string | null): Period | null {
  if (!start || !end || end < start) return null;
  return { start, end };
}

/** A period written as two dates around a dash ("27 January 2026 - 23 February 2026", "1 Jan 2025-31 Dec 2025"). */
export function periodFromText(text: string): Period | null {
  const range = rangeLine.exec(text.trim());
  if (range) return periodOf(compactToIso(range[1]!), compactToIso(range[2]!));
  const parts = text.split(/\s+[-–—]\s+|(?<=\d{4})\s*[-–—]\s*(?=\d)/);
  if (parts.length !== 2) return null;
  const a = anyDate(parts[0]!.trim());
  const b = anyDate(parts[1]!.trim());
  return a !== undefined && b !== undefined ? periodOf(formatDay(a), formatDay(b)) : null;
}

/** The period and title that comment lines give a table. */
function readComments(comments: string[]): { period: Period | null; title: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  let period: Period | null = null;
  let title: string | null = null;
  for (const comment of comments) {
    const s = startLabel.exec(comment);
    const e = endLabel.exec(comment);
    const r = rangeLine.exec(comment);
    if (s) start = compactToIso(s[2]!);
    else if (e) end = compactToIso(e[2]!);
    else if (r) period = periodOf(compactToIso(r[1]!), compactToIso(r[2]!));
    else if (comment !== '' && !boilerplate.test(comment)) title = comment;
  }
  return { period: periodOf(start, end) ?? period, title };
}

/** Header names with no-break spaces as plain ones (GA4 writes `Día\u00a0N`), so mappings can name them. */
export function normaliseName(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function uniqueHeader(cells: Cell[]): string[] {
  const names = cells.map((c) => normaliseName(cellText(c)));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw === '' ? `Column ${i + 1}` : raw;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

const nonEmptyCount = (cells: Cell[]) => {
  let n = 0;
  for (const c of cells) if (!isEmptyCell(c)) n++;
  return n;
};

function isBlank(cells: Cell[]): boolean {
  for (const c of cells) if (!isEmptyCell(c)) return false;
  return true;
}

function isComment(cells: Cell[]): boolean {
  const first = cells[0];
  return typeof first === 'string' && first.startsWith('#');
}

function commentText(cells: Cell[], delimiter: string): string {
  const parts = cells.map(cellText);
  while (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop();
  return parts.join(delimiter).replace(/^#+/, '').trim();
}

/** A number in one of the cells after the first: data, not a header. */
function looksLikeData(cells: Cell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const read = parseNumber(cells[i] ?? null, null);
    if (read !== null && typeof read === 'object') return true;
  }
  return false;
}

/**
 * Turns records into tables and rows, sent to `sink`. Push records in order, then `end()`.
 */
export class Segmenter {
  format: ImportFormat | null = null;
  /** The first period any table or title line gave: the file's. */
  filePeriod: Period | null = null;
  tableCount = 0;

  private table: TableHead | null = null;
  /** The current table was ended by a blank line; a data-looking row may still continue it. */
  private closed = false;
  private rowIndex = 0;
  /** Every data row of the current table so far has its first cell filled. */
  private firstColumnFilled = true;
  private dataRows = 0;
  private comments: string[] = [];
  private preamble: Cell[][] = [];
  private preambleLines: number[] = [];
  private sheet: string | null | undefined = undefined;
  private sheetTables = 0;
  private lastLine = 0;
  private lastPeriod: Period | null = null;

  constructor(
    private readonly sink: TableSink,
    private readonly fileType: 'csv' | 'xlsx',
    private readonly delimiter = ',',
  ) {}

  push(record: FileRecord): void {
    if (record.sheet !== this.sheet) {
      this.flushPreamble();
      this.table = null;
      this.closed = false;
      this.comments = [];
      this.sheet = record.sheet;
      this.sheetTables = 0;
      this.lastLine = 0;
    }
    // Spreadsheets leave blank rows out: a gap in row numbers is a blank line.
    if (record.line > this.lastLine + 1 && this.fileType === 'xlsx') this.blank();
    this.lastLine = record.line;
    const cells = record.cells;
    if (isBlank(cells)) return this.blank();
    if (isComment(cells) && (this.table === null || this.closed || nonEmptyCount(cells) === 1)) {
      this.flushPreamble();
      // A comment starts what comes next: the previous table is over, with no continuation.
      this.table = null;
      this.closed = false;
      this.comments.push(commentText(cells, this.delimiter));
      return;
    }
    if (this.table && !this.closed) return this.row(record);
    if (this.table && this.closed && this.comments.length === 0 && this.preamble.length === 0) {
      if (looksLikeData(cells) && cells.length >= 2) {
        this.closed = false;
        return this.row(record);
      }
    }
    // Before a header: one-cell lines are titles (up to three), a wider line is the header.
    if (nonEmptyCount(cells) === 1 && !isEmptyCell(cells[0] ?? null) && this.preamble.length < 3) {
      this.preamble.push(cells);
      this.preambleLines.push(record.line);
      const text = cellText(cells[0] ?? null).trim();
      this.filePeriod ??= periodFromText(text);
      return;
    }
    if (nonEmptyCount(cells) === 1 && this.preamble.length >= 3) {
      // Four one-cell lines in a row: a one-column table, headed by the first.
      const [first, ...rest] = this.preamble;
      const lines = this.preambleLines;
      this.preamble = [];
      this.preambleLines = [];
      this.startTable(first!, lines[0]!, []);
      rest.forEach((r, i) => this.row({ sheet: record.sheet, line: lines[i + 1]!, cells: r }));
      return this.row(record);
    }
    const preamble = this.preamble.map((p) => cellText(p[0] ?? null).trim());
    this.preamble = [];
    this.preambleLines = [];
    this.startTable(cells, record.line, preamble);
  }

  end(): void {
    this.flushPreamble();
  }

  private blank(): void {
    if (this.table) this.closed = true;
  }

  /** One-cell lines with no header under them: a one-column table. */
  private flushPreamble(): void {
    if (this.preamble.length === 0) return;
    const [first, ...rest] = this.preamble;
    const lines = this.preambleLines;
    this.preamble = [];
    this.preambleLines = [];
    this.startTable(first!, lines[0]!, []);
    rest.forEach((r, i) => this.row({ sheet: this.sheet ?? null, line: lines[i + 1]!, cells: r }));
    this.closed = true;
  }

  private startTable(cells: Cell[], line: number, preamble: string[]): void {
    const { period: commentPeriod, title: commentTitle } = readComments(this.comments);
    let period = commentPeriod;
    for (const text of preamble) period ??= periodFromText(text);
    // GA4 repeats the dates above each table; a table without them shares the last ones.
    period ??= this.lastPeriod;
    this.lastPeriod = period;
    this.filePeriod ??= period;
    const header = uniqueHeader(cells);
    const sheetIndex = this.sheetTables++;
    const id =
      this.fileType === 'xlsx'
        ? sheetIndex === 0
          ? String(this.sheet)
          : `${String(this.sheet)} (${sheetIndex + 1})`
        : String(this.tableCount + 1);
    const table: TableHead = {
      id,
      index: this.tableCount++,
      sheet: this.sheet ?? null,
      headerLine: line,
      header,
      comments: this.comments,
      preamble,
      title: commentTitle ?? preamble[0] ?? (this.fileType === 'xlsx' ? (this.sheet ?? null) : null),
      period,
    };
    this.format ??= detectFormat(this.fileType, table);
    this.comments = [];
    this.table = table;
    this.closed = false;
    this.rowIndex = 0;
    this.firstColumnFilled = true;
    this.dataRows = 0;
    this.sink.table(table);
  }

  private row(record: FileRecord): void {
    const table = this.table!;
    const cells = record.cells;
    const kind = this.classify(table, cells);
    if (kind === 'data') {
      this.dataRows++;
      this.firstColumnFilled &&= !isEmptyCell(cells[0] ?? null);
    }
    this.rowIndex++;
    this.sink.row(table, record.line, cells, kind);
  }

  private classify(table: TableHead, cells: Cell[]): RowKind {
    const first = cellText(cells[0] ?? null).trim();
    if (first !== '' && totalLabel.test(first)) return 'total';
    // Universal Analytics ends its sheets with an unlabelled total: the first column, filled on
    // every row so far, left empty under numbers.
    if (first === '' && this.dataRows > 0 && this.firstColumnFilled && looksLikeData(cells)) return 'total';
    for (let i = table.header.length; i < cells.length; i++) {
      const extra = cellText(cells[i] ?? null).trim();
      if (extra !== '' && totalLabel.test(extra)) return 'total';
    }
    const special = classifyFormatRow(this.format, table, cells, this.rowIndex);
    if (special) return special;
    if (table.header.length >= 3 && nonEmptyCount(cells) === 1 && first !== '') {
      const read = parseNumber(first, null);
      if (read === null || typeof read === 'string') return 'note';
    }
    return 'data';
  }
}

import type { ExperimentEntity } from '../../../contract/entity-types.js';
import { isCalendarDate, parseDecimal } from '../../forms/values';
import type { ResultRow } from './experimentsApi';

/**
 * Results pasted from a spreadsheet: a header row, then one line per version and day. Columns are
 * found by their header in English or French, in any order; the separator is a tab (what a
 * spreadsheet copies), a semicolon (French CSV, whose decimals use a comma) or a comma. Each line
 * is checked on its own, so that the preview can name each one's problems.
 */

export type PasteColumn = 'date' | 'version' | 'users' | 'conversions' | 'mean' | 'sd';

/** Headers as written in either language, compared without case, accents, dashes or underscores. */
const HEADERS: Record<PasteColumn, readonly string[]> = {
  date: ['date', 'day', 'jour'],
  version: ['version', 'version name', 'variant', 'variante', 'variation', 'arm', 'bras', 'nom de la version'],
  users: ['users', 'visitors', 'visiteurs', 'utilisateurs', 'n', 'sessions'],
  conversions: ['conversions', 'conversion', 'conv'],
  mean: ['mean', 'average', 'avg', 'moyenne'],
  sd: ['sd', 'std', 'stdev', 'std dev', 'standard deviation', 'ecart type'],
};

/** A line's problem, named so that the screen words it. */
export type LineProblem =
  | { code: 'missing'; column: PasteColumn }
  | { code: 'badDate'; column: 'date' }
  | { code: 'unknownVersion'; column: 'version' }
  | { code: 'badNumber'; column: PasteColumn }
  | { code: 'notWhole'; column: 'users' | 'conversions' }
  | { code: 'moreThanUsers'; column: 'conversions' }
  | { code: 'duplicate'; column: 'version' };

export interface PastedLine {
  /** Line number in the pasted text (the header is line 1). */
  line: number;
  /** The cells as pasted, by column. */
  raw: Partial<Record<PasteColumn, string>>;
  /** What will be saved, when the line has no problem. */
  row: ResultRow | null;
  problems: LineProblem[];
}

export type PasteProblem =
  { code: 'empty' } | { code: 'missingColumns'; columns: PasteColumn[] } | { code: 'tooManyLines'; max: number };

export interface PasteParse {
  /** What stops the whole paste (no header, a column missing); null when the lines could be read. */
  problem: PasteProblem | null;
  lines: PastedLine[];
}

/** The server takes at most this many rows in one write. */
export const MAX_PASTED_LINES = 5000;

export function columnsFor(metricType: ExperimentEntity['metricType']): PasteColumn[] {
  return metricType === 'conversion'
    ? ['date', 'version', 'users', 'conversions']
    : ['date', 'version', 'users', 'mean', 'sd'];
}

const normalize = (text: string) =>
  text
    // A CSV file saved by a spreadsheet may start with a byte-order mark.
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-_'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The tab a spreadsheet copies; else a semicolon when the header has one; else a comma. */
export function detectSeparator(header: string): string {
  if (header.includes('\t')) return '\t';
  return header.includes(';') ? ';' : ',';
}

/** Splits one line on `separator`, honouring double quotes (`"12,5"`, `"say ""hi"""`). */
export function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** `YYYY-MM-DD` or `DD/MM/YYYY` (also with dots or dashes) as `YYYY-MM-DD`, or null when it is no date. */
export function parsePastedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts as [string, string, string];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** Finds each needed column in the header row; a column found twice keeps its first place. */
function locateColumns(header: string[], wanted: readonly PasteColumn[]) {
  const names = header.map(normalize);
  const at: Partial<Record<PasteColumn, number>> = {};
  for (const column of wanted) {
    const index = names.findIndex((name) => HEADERS[column].includes(name));
    if (index >= 0) at[column] = index;
  }
  return at;
}

/**
 * Reads pasted results for an experiment whose versions are `variants`: each line's row, or its
 * problems. Blank lines are skipped; extra columns are ignored.
 */
export function parsePastedResults(
  text: string,
  metricType: ExperimentEntity['metricType'],
  variants: readonly { id: string; name: string }[],
): PasteParse {
  const allLines = text.split(/\r\n|\r|\n/);
  const headerIndex = allLines.findIndex((line) => line.trim() !== '');
  if (headerIndex < 0) return { problem: { code: 'empty' }, lines: [] };
  const separator = detectSeparator(allLines[headerIndex] ?? '');
  const wanted = columnsFor(metricType);
  const at = locateColumns(splitLine(allLines[headerIndex] ?? '', separator), wanted);
  const missing = wanted.filter((column) => at[column] === undefined);
  if (missing.length > 0) return { problem: { code: 'missingColumns', columns: missing }, lines: [] };

  const body = allLines
    .map((content, index) => ({ content, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ content }) => content.trim() !== '');
  if (body.length === 0) return { problem: { code: 'empty' }, lines: [] };
  if (body.length > MAX_PASTED_LINES) {
    return { problem: { code: 'tooManyLines', max: MAX_PASTED_LINES }, lines: [] };
  }

  const byName = new Map(variants.map((variant) => [variant.name.trim().toLocaleLowerCase(), variant.id]));
  const seen = new Set<string>();
  const lines = body.map(({ content, line }) => {
    const cells = splitLine(content, separator);
    const raw = Object.fromEntries(wanted.map((column) => [column, cells[at[column] as number] ?? ''])) as Record<
      PasteColumn,
      string
    >;
    const parsed = readLine(raw, wanted, byName);
    if (parsed.row) {
      const day = `${parsed.row.variantId} ${parsed.row.date}`;
      if (seen.has(day)) parsed.problems.push({ code: 'duplicate', column: 'version' });
      seen.add(day);
    }
    return {
      line,
      raw,
      row: parsed.problems.length === 0 ? parsed.row : null,
      problems: parsed.problems,
    };
  });
  return { problem: null, lines };
}

/**
 * A count as a spreadsheet writes it: « 12 500 », "12,500", « 12.500 » are all twelve thousand
 * five hundred (a count has no decimals, so a group of three digits after a comma or a dot is
 * thousands); anything else is read as a decimal, so that « 100,5 » is refused as not whole.
 */
export function parseCount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(compact)) return Number(compact.replace(/[,.]/g, ''));
  return parseDecimal(compact);
}

function readLine(
  raw: Record<PasteColumn, string>,
  columns: readonly PasteColumn[],
  variantIds: ReadonlyMap<string, string>,
): { row: ResultRow | null; problems: LineProblem[] } {
  const problems: LineProblem[] = [];
  const values: Partial<Record<PasteColumn, number>> = {};
  for (const column of columns) {
    const cell = raw[column];
    if (cell === '') {
      problems.push({ code: 'missing', column });
      continue;
    }
    if (column === 'date' || column === 'version') continue;
    const value = column === 'users' || column === 'conversions' ? parseCount(cell) : parseDecimal(cell);
    if (value === null || ((column === 'users' || column === 'conversions' || column === 'sd') && value < 0)) {
      problems.push({ code: 'badNumber', column });
    } else if ((column === 'users' || column === 'conversions') && !Number.isInteger(value)) {
      problems.push({ code: 'notWhole', column });
    } else values[column] = value;
  }
  const date = raw.date === '' ? null : parsePastedDate(raw.date);
  if (raw.date !== '' && date === null) problems.push({ code: 'badDate', column: 'date' });
  const variantId = raw.version === '' ? undefined : variantIds.get(raw.version.toLocaleLowerCase());
  if (raw.version !== '' && variantId === undefined) problems.push({ code: 'unknownVersion', column: 'version' });
  const { users, conversions, mean, sd } = values;
  if (users !== undefined && conversions !== undefined && conversions > users) {
    problems.push({ code: 'moreThanUsers', column: 'conversions' });
  }
  if (date === null || variantId === undefined || users === undefined) return { row: null, problems };
  const row: ResultRow = columns.includes('conversions')
    ? { variantId, date, users, conversions: conversions as number }
    : { variantId, date, users, mean: mean as number, sd: sd as number };
  return { row, problems };
}

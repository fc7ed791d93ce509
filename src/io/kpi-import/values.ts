import { dayOf, daysFromCivil, daysInMonth, formatDay } from '../../core/shared/days.js';
import type { Cell, DateFormat, DecimalSeparator } from '../../contract/imports.js';

/**
 * Reading one cell as a number or a date, the way marketing tools and spreadsheets write them:
 * decimal comma or point, thousands grouped by spaces (also no-break and narrow no-break),
 * points, commas or apostrophes, percentages, currency signs and codes, negatives written with
 * a minus, a trailing minus or parentheses, placeholders for "no value" (` --`, `-`, `n/a`).
 * Dates come back as day numbers (days since 1970-01-01, see core/shared/days).
 */

/** Spaces used as thousands separators or around signs. */
const spaceChars = ' \t\u00a0\u202f\u2009\u2007';
const isSpace = (ch: string) => spaceChars.includes(ch);

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return cell;
}

function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export function isEmptyCell(cell: Cell): boolean {
  if (cell === null) return true;
  if (typeof cell === 'number') return false;
  return trimSpaces(cell) === '';
}

/** What tools write for "no value here": read as an empty cell, not as an error. */
const placeholders = new Set([
  '-',
  '--',
  '—',
  '–',
  'n/a',
  'na',
  'n.a.',
  'nan',
  'null',
  'none',
  '(none)',
  's.o.',
  'nd',
  'n.d.',
]);

export function isPlaceholder(text: string): boolean {
  return placeholders.has(text.toLowerCase());
}

export interface NumberRead {
  value: number;
  /** Written with `%`: the value stays in percentage units (12,5 % → 12.5). */
  percent: boolean;
  /** Currency sign or code found (`€` → EUR…), if any. */
  currency: string | null;
}

export type NumberFailure = 'invalid_number' | 'bound_not_value';

const currencySigns: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₫': 'VND',
  '₪': 'ILS',
  '฿': 'THB',
  R$: 'BRL',
  CHF: 'CHF',
  zł: 'PLN',
  kr: 'kr',
};
const signPattern = Object.keys(currencySigns)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[$]/g, '\\$'))
  .join('|');
const leadingCurrency = new RegExp(`^(${signPattern}|[A-Z]{3}(?![A-Za-z]))`);
const trailingCurrency = new RegExp(`(${signPattern}|(?<![A-Za-z])[A-Z]{3})$`);

function currencyCode(found: string): string {
  return currencySigns[found] ?? found;
}

const digitRun = /^\d+$/;
const plainPoint = /^-?\d{1,15}(\.\d+)?$/;
const plainComma = /^-?\d{1,15}(,\d+)?$/;

/**
 * The integer part with thousands separators removed, or null when the grouping is not a real
 * one (groups of three after the first; Indian lakh grouping 1,23,456 is accepted with commas).
 */
function ungroup(integer: string, separators: string): string | null {
  let hasSeparator = false;
  for (const ch of integer) {
    if (separators.includes(ch)) {
      hasSeparator = true;
      break;
    }
  }
  if (!hasSeparator) return digitRun.test(integer) ? integer : null;
  const groups: string[] = [];
  let current = '';
  for (const ch of integer) {
    if (separators.includes(ch)) {
      groups.push(current);
      current = '';
    } else current += ch;
  }
  groups.push(current);
  if (!groups.every((g) => digitRun.test(g))) return null;
  const [first, ...rest] = groups as [string, ...string[]];
  if (first.length < 1 || first.length > 3) return null;
  const western = rest.every((g) => g.length === 3);
  const indian =
    rest.length >= 2 && rest.slice(0, -1).every((g) => g.length === 2) && rest[rest.length - 1]!.length === 3;
  if (!western && !indian) return null;
  return groups.join('');
}

/**
 * Reads a cell as a number. `decimal` is the column's decimal separator; without one, a value
 * with both `.` and `,` takes the last as decimal, and a lone separator followed by exactly
 * three digits (9,380 · 1.234) is read as grouping when it is a comma, as decimal when a point.
 * Returns null for an empty cell or a placeholder.
 */
export function parseNumber(cell: Cell, decimal: DecimalSeparator | null): NumberRead | NumberFailure | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, percent: false, currency: null } : null;
  let text = trimSpaces(cell);
  if (text === '') return null;
  // Fast path: plain numbers, most cells of most files.
  if (decimal !== ',' && plainPoint.test(text)) return { value: Number(text), percent: false, currency: null };
  if (decimal === ',' && plainComma.test(text)) {
    return { value: Number(text.replace(',', '.')), percent: false, currency: null };
  }
  if (isPlaceholder(text)) return null;
  if (text[0] === '<' || text[0] === '>' || text[0] === '≤' || text[0] === '≥') return 'bound_not_value';

  let negative = false;
  let currency: string | null = null;
  let percent = false;
  // Signs, currency and percent may come in several orders: -€12 · €-12 · (12 €) · 12,5 % · -12%.
  for (let round = 0; round < 3; round++) {
    const before = text;
    if (text.startsWith('(') && text.endsWith(')')) {
      negative = !negative;
      text = trimSpaces(text.slice(1, -1));
    }
    const first = text[0];
    if (first === '-' || first === '−' || first === '–') {
      negative = !negative;
      text = trimSpaces(text.slice(1));
    } else if (first === '+') text = trimSpaces(text.slice(1));
    const last = text[text.length - 1];
    if (last === '-' || last === '−') {
      negative = !negative;
      text = trimSpaces(text.slice(0, -1));
    }
    if (text.endsWith('%')) {
      if (percent) return 'invalid_number';
      percent = true;
      text = trimSpaces(text.slice(0, -1));
    }
    const lead = leadingCurrency.exec(text);
    if (lead && currency === null) {
      currency = currencyCode(lead[1]!);
      text = trimSpaces(text.slice(lead[1]!.length));
    }
    const trail = trailingCurrency.exec(text);
    if (trail && currency === null) {
      currency = currencyCode(trail[1]!);
      text = trimSpaces(text.slice(0, -trail[1]!.length));
    }
    if (text === before) break;
  }
  if (text === '') return 'invalid_number';

  // Scientific notation, only as plain ASCII with a point (spreadsheets write 1.5E-7).
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(text) && decimal !== ',') {
    const value = Number(text);
    return Number.isFinite(value) ? { value: negative ? -value : value, percent, currency } : 'invalid_number';
  }

  let dec: DecimalSeparator | null = decimal;
  const lastPoint = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (dec === null) {
    if (lastPoint >= 0 && lastComma >= 0) dec = lastPoint > lastComma ? '.' : ',';
    else if (lastComma >= 0) {
      const single = text.indexOf(',') === lastComma;
      dec = single && text.length - lastComma - 1 !== 3 ? ',' : '.';
      // "0,123" cannot be grouping.
      if (single && /^0,/.test(text)) dec = ',';
    } else dec = '.';
  }
  const thousands = dec === '.' ? `,'’${spaceChars}` : `.'’${spaceChars}`;
  const at = text.lastIndexOf(dec);
  let integer = at >= 0 ? text.slice(0, at) : text;
  const fraction = at >= 0 ? text.slice(at + 1) : '';
  if (at >= 0 && !digitRun.test(fraction)) return 'invalid_number';
  if (integer === '' && at >= 0) integer = '0';
  const plain = ungroup(integer, thousands);
  if (plain === null) return 'invalid_number';
  const value = Number(fraction ? `${plain}.${fraction}` : plain);
  if (!Number.isFinite(value)) return 'invalid_number';
  return { value: negative && value !== 0 ? -value : value, percent, currency };
}

/** `parseNumber`'s value alone: the import's hot path, without an object per cell. */
export function numberValue(cell: Cell, decimal: DecimalSeparator | null): number | NumberFailure | null {
  if (typeof cell === 'string') {
    const common = commonNumber(cell, decimal);
    if (common !== undefined) return common;
  }
  const read = parseNumber(cell, decimal);
  return read === null || typeof read === 'string' ? read : read.value;
}

const zero = 48;
const nine = 57;
const minus = 45;
const comma = 44;
const point = 46;
const percent = 37;
const space = 32;

/**
 * The shapes of most cells, read in one pass over their characters: 1234 · -12.5 · 9,380.25 ·
 * 2.81% with a decimal point (or none known); 12,5 · 12,5 % with a decimal comma. Undefined for
 * anything else, left to `parseNumber`. Grouping is read only when the decimal is known to be a
 * point (else 0,123 could be either), and plain digits up to fifteen (beyond, a double no longer
 * holds every integer exactly).
 */
function commonNumber(text: string, decimal: DecimalSeparator | null): number | undefined {
  const end = text.length;
  const separator = decimal === ',' ? comma : point;
  let i = text.charCodeAt(0) === minus ? 1 : 0;
  // Integer part: runs of digits, split by grouping commas when the decimal is a point.
  let digits = 0;
  let run = 0;
  let groups = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= zero && c <= nine) {
      digits++;
      run++;
    } else if (c === comma && decimal === '.') {
      if (run === 0 || (groups === 0 ? run > 3 : run !== 3)) return undefined;
      groups++;
      run = 0;
    } else break;
  }
  if (run === 0 || (groups > 0 ? run !== 3 : digits > 15)) return undefined;
  const integerEnd = i;
  // Fraction: the separator and at least one digit.
  if (i < end && text.charCodeAt(i) === separator) {
    const start = ++i;
    while (i < end && text.charCodeAt(i) >= zero && text.charCodeAt(i) <= nine) i++;
    if (i === start) return undefined;
  }
  const numberEnd = i;
  // Percent sign, not after grouping; a space may come before it with a decimal comma.
  if (i < end && groups === 0) {
    const spaced = decimal === ',' && text.charCodeAt(i) === space ? 1 : 0;
    if (text.charCodeAt(i + spaced) === percent) i += spaced + 1;
  }
  if (i !== end) return undefined;
  const written = text.slice(0, numberEnd);
  if (groups > 0) return Number(written.replace(/,/g, ''));
  return Number(decimal === ',' && numberEnd > integerEnd ? written.replace(',', '.') : written);
}

/**
 * Evidence, over a column's sampled cells, for its decimal separator: a separator followed by
 * other than three digits, both separators in one value, or one of them repeated.
 */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const t = trimSpaces(text);
  const lastPoint = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastPoint >= 0 && lastComma >= 0) return lastPoint > lastComma ? '.' : ',';
  for (const [sep, other] of [
    ['.', ','],
    [',', '.'],
  ] as const) {
    const last = sep === '.' ? lastPoint : lastComma;
    if (last < 0) continue;
    if (t.indexOf(sep) !== last) return other; // repeated: grouping
    const after = t.slice(last + 1).match(/^\d+/)?.[0] ?? '';
    const before = t.slice(0, last).match(/\d+$/)?.[0] ?? '';
    if (after.length > 0 && after.length !== 3) return sep;
    if (before === '0' || before === '') return sep;
  }
  return null;
}

export function detectDecimalSeparator(samples: readonly Cell[]): DecimalSeparator | null {
  let point = 0;
  let comma = 0;
  for (const cell of samples) {
    if (typeof cell !== 'string') continue;
    const evidence = decimalEvidence(cell);
    if (evidence === '.') point++;
    else if (evidence === ',') comma++;
  }
  if (point === 0 && comma === 0) return null;
  return comma > point ? ',' : '.';
}

/* ---------- Dates ---------- */

const monthNames: Record<string, number> = {};
function months(names: string[][]): void {
  names.forEach((list, i) => {
    for (const name of list) monthNames[name] = i + 1;
  });
}
// English, French and Spanish, full and abbreviated, with and without accents.
months([
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero'],
  ['march', 'mar', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'déc', 'décembre', 'decembre', 'diciembre', 'dic'],
]);
const weekdays = new Set([
  'monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'thursday', 'thu', 'thur', 'thurs', 'friday',
  'fri', 'saturday', 'sat', 'sunday', 'sun', 'lundi', 'lun', 'mardi', 'mercredi', 'mer', 'jeudi', 'jeu',
  'vendredi', 'ven', 'samedi', 'sam', 'dimanche', 'dim', 'lunes', 'martes', 'miércoles', 'miercoles', 'jueves',
  'viernes', 'sábado', 'sabado', 'domingo', 'de', 'del', 'le', 'the', 'of',
]); // prettier-ignore

/** Earliest and latest years read as dates: outside them a "date" is almost surely something else. */
const minYear = 1000;
const maxYear = 9999;

function civil(year: number, month: number, day: number): number | undefined {
  if (year < minYear || year > maxYear || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

const isoPattern = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T ]\d)/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const numericPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:$|[ T]\d)/;
const excelEpoch = daysFromCivil(1899, 12, 30);

/** The 1-based day, month and 4-digit year of a date written with a month name, or undefined. */
function monthNameDay(text: string): number | undefined {
  const tokens = text
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((t) => t !== '');
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const raw of tokens) {
    const token = raw.replace(/(?<=\d)(er|st|nd|rd|th|º|°)$/, '');
    if (/^\d+$/.test(token)) {
      if (token.length === 4 && year === undefined) year = Number(token);
      else if (token.length <= 2 && day === undefined) day = Number(token);
      else return undefined;
    } else if (monthNames[token] !== undefined && month === undefined) month = monthNames[token];
    else if (!weekdays.has(token)) return undefined;
  }
  if (month === undefined || year === undefined || day === undefined) return undefined;
  return civil(year, month, day);
}

export interface DateContext {
  /** Day number that `day-offset` dates count from (the table's start date). */
  baseDay?: number | null;
}

/**
 * Reads a cell as a date written in `format`; returns its day number, null for an empty cell,
 * undefined when it is not such a date.
 */
export function parseDate(cell: Cell, format: DateFormat, context: DateContext = {}): number | null | undefined {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (format === 'excel-serial') return excelSerial(cell);
    if (format === 'day-offset')
      return Number.isInteger(cell) && context.baseDay != null ? context.baseDay + cell : undefined;
    return parseDate(String(cell), format, context);
  }
  const text = trimSpaces(cell);
  if (text === '') return null;
  switch (format) {
    case 'iso': {
      // Most files write YYYY-MM-DD itself: read without a regular expression (years from 1000).
      const day = text.charCodeAt(0) === zero ? null : dayOf(text);
      if (day !== null) return day;
      const m = isoPattern.exec(text);
      return m ? civil(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    }
    case 'ymd-compact': {
      const m = compactPattern.exec(text);
      return m ? civil(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    }
    case 'dmy':
    case 'mdy': {
      const m = numericPattern.exec(text);
      if (!m) return undefined;
      const a = Number(m[1]);
      const b = Number(m[2]);
      return format === 'dmy' ? civil(fullYear(m[3]!), b, a) : civil(fullYear(m[3]!), a, b);
    }
    case 'month-name':
      return monthNameDay(text);
    case 'excel-serial':
      return /^\d+(\.\d+)?$/.test(text) ? excelSerial(Number(text)) : undefined;
    case 'day-offset':
      return /^\d{1,6}$/.test(text) && context.baseDay != null ? context.baseDay + Number(text) : undefined;
  }
}

function excelSerial(serial: number): number | undefined {
  // 1900 date system; serials before 1 March 1900 (61) are off by Excel's phantom 29 Feb 1900.
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return undefined;
  return excelEpoch + Math.floor(serial);
}

/** `YYYYMMDD` → `YYYY-MM-DD`, or null. */
export function compactToIso(text: string): string | null {
  const day = parseDate(text, 'ymd-compact');
  return typeof day === 'number' ? formatDay(day) : null;
}

/** A date written in any of the formats a tool uses in its headers ("27 January 2026", "July 8, 2025", 2025-10-1). */
export function anyDate(text: string): number | undefined {
  for (const format of ['iso', 'ymd-compact', 'month-name'] as const) {
    const day = parseDate(text, format);
    if (typeof day === 'number') return day;
  }
  return undefined;
}

export interface DateGuess {
  format: DateFormat;
  /** Share of the non-empty sampled cells read by the format. */
  confidence: number;
  /** dmy and mdy both read every cell: day and month could be either way round. */
  ambiguous: boolean;
}

const dateHeader =
  /^(date|dates|day|jour|jours|día|dia|fecha|datum|data|période|periode|period|semaine|week|mois|month|reporting (starts|ends)|day index)$/i;
const offsetHeader = /^(nth day|día n|dia n|jour n|nième jour|n-ième jour|tag n|giorno n|dia n\.?º?)$/i;

export function dateLikeHeader(header: string): boolean {
  return dateHeader.test(header.trim()) || /\b(date|jour|day|fecha)\b/i.test(header);
}

export function isDayOffsetHeader(header: string): boolean {
  return offsetHeader.test(header.trim());
}

/**
 * The date format of a column from its header and sampled cells, with the share of cells it
 * reads. dmy and mdy are told apart over the whole sample (31/01 can only be dmy); when every
 * cell reads both ways the guess is dmy, marked ambiguous.
 */
export function guessDateFormat(header: string, samples: readonly Cell[], context: DateContext): DateGuess | null {
  const cells = samples.filter((c) => !isEmptyCell(c));
  if (cells.length === 0) return null;
  const headerSaysDate = dateLikeHeader(header);
  if (isDayOffsetHeader(header) && context.baseDay != null) {
    const read = cells.filter((c) => typeof parseDate(c, 'day-offset', context) === 'number').length;
    if (read > 0) return { format: 'day-offset', confidence: read / cells.length, ambiguous: false };
  }
  const rate = (format: DateFormat) =>
    cells.filter((c) => typeof parseDate(c, format, context) === 'number').length / cells.length;
  const candidates: DateFormat[] = ['iso', 'month-name', 'dmy', 'mdy'];
  // Eight digits are dates only when they look like plausible recent ones (not ids or amounts).
  const plausibleCompact = cells.every((c) => /^(19|20|21)\d{6}$/.test(cellText(c).trim()));
  if (plausibleCompact) candidates.push('ymd-compact');
  const results = candidates.map((format) => ({ format, confidence: rate(format) }));
  let best = results.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  let ambiguous = false;
  const dmy = results.find((r) => r.format === 'dmy')!.confidence;
  const mdy = results.find((r) => r.format === 'mdy')!.confidence;
  if ((best.format === 'dmy' || best.format === 'mdy') && dmy === mdy) {
    best = { format: 'dmy', confidence: dmy };
    ambiguous = true;
  }
  if (best.confidence === 0 && headerSaysDate) {
    const serial = cells.filter((c) => {
      const n = typeof c === 'number' ? c : Number(cellText(c).trim());
      return Number.isInteger(n) && n >= 25_569 && n <= 73_051; // 1970–2099
    }).length;
    if (serial > 0) return { format: 'excel-serial', confidence: serial / cells.length, ambiguous: false };
  }
  if (best.confidence === 0) return null;
  return { format: best.format, confidence: best.confidence, ambiguous };
}

import { dayOf, formatDay } from '../../core/shared/days.js';
import {
  maxReportedErrors,
  type Bilingual,
  type Cell,
  type DateFormat,
  type DecimalSeparator,
  type ImportFormat,
  type ImportMapping,
  type RowError,
} from '../../contract/imports.js';
import { sampleRows } from './columns.js';
import { ImportFileError } from './errors.js';
import { currencyColumn, headerCurrency } from './formats.js';
import { openFile } from './records.js';
import { Segmenter, normaliseName, type TableHead } from './tables.js';
import {
  cellText,
  detectDecimalSeparator,
  guessDateFormat,
  isEmptyCell,
  numberValue,
  parseDate,
  parseNumber,
} from './values.js';

/**
 * Applying a mapping to a file: the rows of the chosen table become measurements (KPI key, date,
 * value), each row checked. The file is read once, as a stream, in batches; the caller writes
 * each batch (or not) and decides what an invalid row means. Nothing here touches a database.
 */

export interface MappedMeasurement {
  kpiKey: string;
  date: string;
  value: number;
}

export interface KpiInfo {
  unit: string | null;
}

export interface ImportCounters {
  format: ImportFormat;
  table: string | null;
  rowsRead: number;
  rowsImported: number;
  measurements: number;
  invalidRows: number;
  emptyCells: number;
  filteredRows: number;
  totalRows: number;
  noteRows: number;
  errorCount: number;
  errors: RowError[];
  firstDate: string | null;
  lastDate: string | null;
  perKpi: Map<string, number>;
  warnings: Bilingual[];
  bytes: number;
}

const dateFormatLabels: Record<DateFormat, Bilingual> = {
  iso: { fr: 'AAAA-MM-JJ', en: 'YYYY-MM-DD' },
  'ymd-compact': { fr: 'AAAAMMJJ', en: 'YYYYMMDD' },
  dmy: { fr: 'JJ/MM/AAAA', en: 'DD/MM/YYYY' },
  mdy: { fr: 'MM/JJ/AAAA', en: 'MM/DD/YYYY' },
  'month-name': { fr: '31 janvier 2024', en: 'Jan 31, 2024' },
  'excel-serial': { fr: 'numéro de jour Excel', en: 'Excel day number' },
  'day-offset': { fr: 'numéro de jour depuis le début', en: 'day number from the start' },
};

export const reasons = {
  invalid_number: (value: string): Bilingual => ({
    fr: `« ${value} » n’est pas un nombre`,
    en: `"${value}" is not a number`,
  }),
  bound_not_value: (value: string): Bilingual => ({
    fr: `« ${value} » est une borne, pas une valeur`,
    en: `"${value}" is a bound, not a value`,
  }),
  invalid_date: (value: string, format: DateFormat): Bilingual => ({
    fr: `« ${value} » n’est pas une date au format ${dateFormatLabels[format].fr}`,
    en: `"${value}" is not a date written as ${dateFormatLabels[format].en}`,
  }),
  missing_date: (): Bilingual => ({ fr: 'La date manque', en: 'The date is missing' }),
  duplicate: (kpiKey: string, date: string): Bilingual => ({
    fr: `L’indicateur « ${kpiKey} » a déjà une valeur le ${date} dans ce fichier : filtrez les lignes (« filters ») ou additionnez-les (« aggregate »: "sum")`,
    en: `KPI "${kpiKey}" already has a value on ${date} in this file: filter the rows ("filters") or add them up ("aggregate": "sum")`,
  }),
};

/** Finds a header cell by name: exactly, else ignoring case and spacing. */
export function findColumn(header: string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = normaliseName(name).toLowerCase();
  return header.findIndex((h) => h.toLowerCase() === wanted);
}

function columnsNeeded(mapping: ImportMapping): string[] {
  return [
    ...(mapping.dateColumn ? [mapping.dateColumn] : []),
    ...mapping.columns.map((c) => c.column),
    ...(mapping.filters ?? []).map((f) => f.column),
  ];
}

function tableMatches(table: TableHead, mapping: ImportMapping): boolean {
  if (mapping.table !== undefined) {
    const wanted = mapping.table.trim().toLowerCase();
    return table.id.toLowerCase() === wanted;
  }
  return columnsNeeded(mapping).every((name) => findColumn(table.header, name) >= 0);
}

/** Days 1000-01-01 … 9999-12-31 as bits: which (KPI, day) pairs a file already gave, in 412 KB per KPI. */
class DaySet {
  private static readonly first = dayOf('1000-01-01')!;
  private readonly bits = new Uint8Array(Math.ceil((dayOf('9999-12-31')! - DaySet.first + 1) / 8));
  has(day: number): boolean {
    const i = day - DaySet.first;
    return (this.bits[i >> 3]! & (1 << (i & 7))) !== 0;
  }
  add(day: number): void {
    const i = day - DaySet.first;
    this.bits[i >> 3]! |= 1 << (i & 7);
  }
}

interface CompiledMapping {
  table: TableHead;
  dateIndex: number;
  dateFormat: DateFormat;
  baseDay: number | null;
  dateContext: { baseDay: number | null };
  fixedDay: number | null;
  values: { index: number; column: string; kpiKey: string; decimal: DecimalSeparator | null }[];
  filters: { index: number; equals: string }[];
}

function compile(
  table: TableHead,
  mapping: ImportMapping,
  sample: Cell[][],
  kpis: ReadonlyMap<string, KpiInfo>,
  warnings: Bilingual[],
): CompiledMapping {
  const missing: { path: string; message: string }[] = [];
  const at = (name: string, path: string) => {
    const index = findColumn(table.header, name);
    if (index < 0) missing.push({ path, message: `No column "${name}" in table ${table.id}` });
    return index;
  };
  const dateIndex = mapping.dateColumn ? at(mapping.dateColumn, 'mapping.dateColumn') : -1;
  const values = mapping.columns.map((c, i) => ({
    index: at(c.column, `mapping.columns.${i}.column`),
    column: c.column,
    kpiKey: c.kpiKey,
    decimal: mapping.decimalSeparator ?? null,
  }));
  const filters = (mapping.filters ?? []).map((f, i) => ({
    index: at(f.column, `mapping.filters.${i}.column`),
    equals: f.equals.trim().toLowerCase(),
  }));
  if (missing.length > 0) {
    throw ImportFileError.mapping(
      {
        fr: `La correspondance nomme des colonnes absentes du tableau ${table.id} (colonnes : ${table.header.join(', ')})`,
        en: `The mapping names columns that table ${table.id} does not have (columns: ${table.header.join(', ')})`,
      },
      missing,
    );
  }
  const baseDay = table.period ? dayOf(table.period.start) : null;
  let dateFormat: DateFormat = mapping.dateFormat ?? 'iso';
  if (dateIndex >= 0 && !mapping.dateFormat) {
    const guess = guessDateFormat(
      table.header[dateIndex]!,
      sample.map((r) => r[dateIndex] ?? null),
      { baseDay },
    );
    if (guess) dateFormat = guess.format;
    if (guess?.ambiguous) {
      warnings.push({
        fr: `Les dates se lisaient jour/mois ou mois/jour : elles ont été lues jour/mois (JJ/MM/AAAA). Précisez « dateFormat » si ce n’est pas le cas.`,
        en: `The dates read either day/month or month/day: they were read day/month (DD/MM/YYYY). Set "dateFormat" if that is wrong.`,
      });
    }
  }
  if (dateFormat === 'day-offset' && baseDay === null) {
    throw ImportFileError.mapping(
      {
        fr: `Le tableau ${table.id} n’a pas de date de début : ses numéros de jour ne peuvent pas devenir des dates`,
        en: `Table ${table.id} has no start date: its day numbers cannot become dates`,
      },
      [{ path: 'mapping.dateFormat', message: 'day-offset needs a table with a start date' }],
    );
  }
  // Decimal separator per column from its first rows, else from all mapped columns together.
  if (!mapping.decimalSeparator) {
    const all: Cell[] = [];
    for (const v of values) {
      const cells = sample.map((r) => r[v.index] ?? null);
      v.decimal = detectDecimalSeparator(cells);
      all.push(...cells);
    }
    const overall = detectDecimalSeparator(all);
    for (const v of values) v.decimal ??= overall;
  }
  checkUnits(table, values, sample, kpis, warnings);
  return {
    table,
    dateIndex,
    dateFormat,
    baseDay,
    dateContext: { baseDay },
    fixedDay: mapping.fixedDate ? dayOf(mapping.fixedDate) : null,
    values,
    filters,
  };
}

const currencyUnits = /^([A-Z]{3}|€|\$|£|₹|¥)$/;
const unitCurrency: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '₹': 'INR', '¥': 'JPY' };

/** Warnings (never errors) when a column's currency or scale does not match its KPI's unit. */
function checkUnits(
  table: TableHead,
  values: CompiledMapping['values'],
  sample: Cell[][],
  kpis: ReadonlyMap<string, KpiInfo>,
  warnings: Bilingual[],
): void {
  const currencyAt = currencyColumn(table.header);
  for (const v of values) {
    const unit = kpis.get(v.kpiKey)?.unit?.trim() ?? '';
    const cells = sample.map((r) => r[v.index] ?? null).filter((c) => !isEmptyCell(c));
    const reads = cells.map((c) => parseNumber(c, v.decimal)).filter((r) => r !== null && typeof r === 'object');
    if (currencyUnits.test(unit)) {
      const kpiCurrency = unitCurrency[unit] ?? unit;
      const found =
        headerCurrency(table.header[v.index]!) ??
        reads.find((r) => r.currency)?.currency ??
        (currencyAt >= 0
          ? cellText(sample.find((r) => !isEmptyCell(r[currencyAt] ?? null))?.[currencyAt] ?? null).trim()
          : '');
      if (found && found !== kpiCurrency) {
        warnings.push({
          fr: `La colonne « ${v.column} » est en ${found} et l’indicateur « ${v.kpiKey} » en ${kpiCurrency} : les valeurs sont importées telles quelles, sans conversion.`,
          en: `Column "${v.column}" is in ${found} and KPI "${v.kpiKey}" in ${kpiCurrency}: the values are imported as they are, not converted.`,
        });
      }
    }
    if (unit === '%' && reads.length > 0 && reads.every((r) => !r.percent && Math.abs(r.value) <= 1)) {
      warnings.push({
        fr: `La colonne « ${v.column} » semble donner des fractions (0,67 pour 67 %) alors que l’indicateur « ${v.kpiKey} » est en % : les valeurs sont importées telles quelles.`,
        en: `Column "${v.column}" seems to hold fractions (0.67 for 67 %) while KPI "${v.kpiKey}" is in %: the values are imported as they are.`,
      });
    }
  }
}

export interface ReadOptions {
  mapping: ImportMapping;
  kpis: ReadonlyMap<string, KpiInfo>;
  /**
   * Measurements per batch handed out (at least; a batch ends with a chunk of the file). Small
   * batches are freed before the garbage collector moves them to the old generation, which is
   * what bounds the import's memory.
   */
  batchSize?: number;
  onProgress?: (counters: ImportCounters) => void;
}

/**
 * Reads the file with the mapping; yields measurements of valid rows in batches while counting
 * everything else in `counters`. Invalid rows are reported (up to `maxReportedErrors`, all
 * counted) and give no measurement. With `aggregate: 'sum'` the sums come out at the end.
 */
export class MeasurementReader {
  readonly counters: ImportCounters;
  private compiled: CompiledMapping | null = null;
  private out: MappedMeasurement[] = [];
  private scratch = new Float64Array(0);
  private state = new Uint8Array(0);
  private columnCounts: number[] = [];
  private daySets: DaySet[] = [];
  private firstDay: number | null = null;
  private lastDay: number | null = null;
  private readonly seen = new Map<string, DaySet>();
  private readonly sums = new Map<string, number>();

  constructor(
    private readonly path: string,
    private readonly options: ReadOptions,
  ) {
    this.counters = {
      format: 'generic-csv',
      table: null,
      rowsRead: 0,
      rowsImported: 0,
      measurements: 0,
      invalidRows: 0,
      emptyCells: 0,
      filteredRows: 0,
      totalRows: 0,
      noteRows: 0,
      errorCount: 0,
      errors: [],
      firstDate: null,
      lastDate: null,
      perKpi: new Map(),
      warnings: [],
      bytes: 0,
    };
  }

  async *batches(): AsyncGenerator<MappedMeasurement[]> {
    const { mapping } = this.options;
    const batchSize = this.options.batchSize ?? 4_096;
    const file = await openFile(this.path);
    this.counters.format = file.type === 'xlsx' ? 'generic-xlsx' : 'generic-csv';
    const headers: TableHead[] = [];
    let chosen: TableHead | null = null;
    /** The chosen table has ended: the rest of the file need not be read. */
    let done = false;
    const sample: { line: number; cells: Cell[] }[] = [];
    const counters = this.counters;
    this.out = [];

    const flushSample = (table: TableHead) => {
      this.compiled = compile(
        table,
        mapping,
        sample.map((r) => r.cells),
        this.options.kpis,
        counters.warnings,
      );
      this.scratch = new Float64Array(this.compiled.values.length);
      this.state = new Uint8Array(this.compiled.values.length);
      this.columnCounts = this.compiled.values.map(() => 0);
      this.daySets = this.compiled.values.map((v) => this.daySet(v.kpiKey));
      for (const r of sample) this.row(r.line, r.cells);
      sample.length = 0;
    };
    const segmenter = new Segmenter(
      {
        table: (table) => {
          headers.push(table);
          if (chosen) done = true;
          else if (tableMatches(table, mapping)) {
            chosen = table;
            counters.table = table.id;
          }
        },
        row: (table, line, cells, kind) => {
          if (table !== chosen || done) return;
          if (kind === 'total') counters.totalRows++;
          else if (kind !== 'data') counters.noteRows++;
          else if (this.compiled) this.row(line, cells);
          else {
            sample.push({ line, cells });
            if (sample.length >= sampleRows) flushSample(table);
          }
        },
      },
      file.type,
      file.delimiter ?? ',',
    );

    const wanted = mapping.table?.trim().toLowerCase();
    const records = file.records({
      // XLSX: only the sheet of the chosen table is inflated and parsed.
      wantedSheet: file.type === 'xlsx' && wanted ? (sheet) => wanted.startsWith(sheet.toLowerCase()) : undefined,
      onBytes: (bytes) => {
        counters.bytes = bytes;
      },
    });
    for await (const batch of records) {
      for (const record of batch) segmenter.push(record);
      counters.format = segmenter.format ?? counters.format;
      this.settle();
      this.options.onProgress?.(counters);
      if (this.out.length >= batchSize) {
        yield this.out;
        this.out = [];
      }
      if (done) break;
    }
    segmenter.end();
    counters.format = segmenter.format ?? counters.format;
    if (!chosen) {
      const problem = noTableFor(headers, mapping);
      throw ImportFileError.mapping(problem.text, problem.fields);
    }
    if (!this.compiled) flushSample(chosen);
    for (const [key, value] of this.sums) {
      const [kpiKey, day] = key.split('\u0000') as [string, string];
      this.emit(kpiKey, formatDay(Number(day)), value);
    }
    this.sums.clear();
    this.settle();
    this.options.onProgress?.(counters);
    if (this.out.length > 0) yield this.out;
    this.out = [];
  }

  private error(line: number, column: string, cell: Cell, code: RowError['code'], reason: Bilingual): void {
    this.counters.errorCount++;
    if (this.counters.errors.length < maxReportedErrors) {
      this.counters.errors.push({ line, column, value: cellText(cell).slice(0, 200), code, reason });
    }
  }

  private emit(kpiKey: string, date: string, value: number): void {
    this.out.push({ kpiKey, date, value });
    const counters = this.counters;
    counters.measurements++;
    counters.perKpi.set(kpiKey, (counters.perKpi.get(kpiKey) ?? 0) + 1);
    if (counters.firstDate === null || date < counters.firstDate) counters.firstDate = date;
    if (counters.lastDate === null || date > counters.lastDate) counters.lastDate = date;
  }

  /** `emit` for a whole row, counting per column and per row rather than per measurement. */
  private emitRow(m: CompiledMapping, day: number): void {
    const date = formatDay(day);
    const out = this.out;
    const values = this.scratch;
    const state = this.state;
    let n = 0;
    for (let i = 0; i < m.values.length; i++) {
      if (state[i] !== 1) continue;
      this.daySets[i]!.add(day);
      this.columnCounts[i]!++;
      out.push({ kpiKey: m.values[i]!.kpiKey, date, value: values[i]! });
      n++;
    }
    this.counters.measurements += n;
    if (this.firstDay === null || day < this.firstDay) this.firstDay = day;
    if (this.lastDay === null || day > this.lastDay) this.lastDay = day;
  }

  /** Per-column counts and the date range, into the counters (after reading or before a report). */
  private settle(): void {
    const m = this.compiled;
    if (!m) return;
    m.values.forEach((v, i) => {
      const n = this.columnCounts[i]!;
      this.columnCounts[i] = 0;
      if (n > 0) this.counters.perKpi.set(v.kpiKey, (this.counters.perKpi.get(v.kpiKey) ?? 0) + n);
    });
    const first = this.firstDay === null ? null : formatDay(this.firstDay);
    const last = this.lastDay === null ? null : formatDay(this.lastDay);
    if (first && (this.counters.firstDate === null || first < this.counters.firstDate)) this.counters.firstDate = first;
    if (last && (this.counters.lastDate === null || last > this.counters.lastDate)) this.counters.lastDate = last;
  }

  /** One data row of the chosen table: its measurements, or its errors. */
  private row(line: number, cells: Cell[]): void {
    const m = this.compiled!;
    const counters = this.counters;
    const values = this.scratch;
    const state = this.state; // per mapped column: 0 empty, 1 value, 2 error
    counters.rowsRead++;
    for (const f of m.filters) {
      if (
        cellText(cells[f.index] ?? null)
          .trim()
          .toLowerCase() !== f.equals
      ) {
        counters.filteredRows++;
        return;
      }
    }
    const errorsBefore = counters.errorCount;
    // Values first: a row with no value at all (and no date) is an empty row, not an error.
    let read = 0;
    let empty = 0;
    for (let i = 0; i < m.values.length; i++) {
      const v = m.values[i]!;
      const cell = cells[v.index] ?? null;
      const result = numberValue(cell, v.decimal);
      if (result === null) {
        state[i] = 0;
        empty++;
      } else if (typeof result === 'string') {
        state[i] = 2;
        this.error(line, v.column, cell, result, reasons[result](cellText(cell).trim()));
      } else {
        state[i] = 1;
        values[i] = result;
        read++;
      }
    }
    let day: number | null;
    if (m.fixedDay !== null) day = m.fixedDay;
    else {
      const cell = cells[m.dateIndex] ?? null;
      const parsed = parseDate(cell, m.dateFormat, m.dateContext);
      const column = m.table.header[m.dateIndex]!;
      if (parsed === null) {
        if (read === 0 && counters.errorCount === errorsBefore) {
          counters.emptyCells += empty;
          return;
        }
        this.error(line, column, cell, 'missing_date', reasons.missing_date());
        day = null;
      } else if (parsed === undefined) {
        this.error(line, column, cell, 'invalid_date', reasons.invalid_date(cellText(cell).trim(), m.dateFormat));
        day = null;
      } else day = parsed;
    }
    const sum = this.options.mapping.aggregate === 'sum';
    if (day !== null && !sum) {
      for (let i = 0; i < m.values.length; i++) {
        if (state[i] !== 1) continue;
        const v = m.values[i]!;
        if (this.daySets[i]!.has(day)) {
          this.error(line, v.column, cells[v.index] ?? null, 'duplicate', reasons.duplicate(v.kpiKey, formatDay(day)));
        }
      }
    }
    if (counters.errorCount > errorsBefore || day === null) {
      counters.invalidRows++;
      return;
    }
    counters.emptyCells += empty;
    if (read === 0) return;
    counters.rowsImported++;
    if (sum) {
      for (let i = 0; i < m.values.length; i++) {
        if (state[i] !== 1) continue;
        const key = `${m.values[i]!.kpiKey}\u0000${day}`;
        this.sums.set(key, (this.sums.get(key) ?? 0) + values[i]!);
      }
      return;
    }
    this.emitRow(m, day);
  }

  private daySet(kpiKey: string): DaySet {
    let set = this.seen.get(kpiKey);
    if (!set) {
      set = new DaySet();
      this.seen.set(kpiKey, set);
    }
    return set;
  }
}

function noTableFor(
  headers: TableHead[],
  mapping: ImportMapping,
): { text: Bilingual; fields: { path: string; message: string }[] } {
  const list = headers.map((h) => `${h.id} (${h.header.slice(0, 8).join(', ')})`).join('; ');
  if (mapping.table !== undefined) {
    return {
      text: {
        fr: `Aucun tableau « ${mapping.table} » dans ce fichier. Tableaux : ${list || 'aucun'}`,
        en: `No table "${mapping.table}" in this file. Tables: ${list || 'none'}`,
      },
      fields: [{ path: 'mapping.table', message: `No table "${mapping.table}"` }],
    };
  }
  const needed = columnsNeeded(mapping);
  if (headers.length === 1) {
    // One table: name each column it lacks.
    const header = headers[0]!.header;
    const paths = [
      ...(mapping.dateColumn ? [['mapping.dateColumn', mapping.dateColumn]] : []),
      ...mapping.columns.map((c, i) => [`mapping.columns.${i}.column`, c.column]),
      ...(mapping.filters ?? []).map((f, i) => [`mapping.filters.${i}.column`, f.column]),
    ] as [string, string][];
    const missing = paths.filter(([, name]) => findColumn(header, name) < 0);
    return {
      text: {
        fr: `Le tableau de ce fichier n’a pas ${missing.length > 1 ? 'les colonnes' : 'la colonne'} ${missing.map(([, n]) => `« ${n} »`).join(', ')} (colonnes : ${header.join(', ')})`,
        en: `The file's table has no column ${missing.map(([, n]) => `"${n}"`).join(', ')} (columns: ${header.join(', ')})`,
      },
      fields: missing.map(([p, name]) => ({ path: p, message: `No column "${name}"` })),
    };
  }
  return {
    text: {
      fr: `Aucun tableau de ce fichier n’a toutes les colonnes de la correspondance (${needed.join(', ')}). Tableaux : ${list || 'aucun'}`,
      en: `No table of this file has every column of the mapping (${needed.join(', ')}). Tables: ${list || 'none'}`,
    },
    fields: [{ path: 'mapping.columns', message: 'No table has these columns' }],
  };
}

import type {
  DateFormat,
  DecimalSeparator,
  ImportMapping,
  ImportPreview,
  PreviewColumn,
  PreviewTable,
} from '../../../contract/imports.js';
import { isCalendarDate } from '../../forms/values';

/**
 * The mapping form's state (which column gives the date, which columns become which KPI…), and
 * its translation to and from the contract's `ImportMapping`. Pure, so that the rules are tested
 * on their own: what the preview suggests, what a saved mapping restores, what must be fixed.
 */

/** Every date format of the contract, in the order the form offers them. */
export const DATE_FORMATS = [
  'iso',
  'dmy',
  'mdy',
  'ymd-compact',
  'month-name',
  'excel-serial',
  'day-offset',
] as const satisfies readonly DateFormat[];
// Fails to compile when the contract gains a format the form does not offer.
const everyFormat: Record<Exclude<DateFormat, (typeof DATE_FORMATS)[number]>, never> = {};
void everyFormat;

export const NUMERIC_KINDS: ReadonlySet<PreviewColumn['kind']> = new Set(['number', 'percent', 'currency']);

export type DateMode = 'column' | 'fixed';

export interface FilterDraft {
  /** Stable identity of the row in the form (for React keys and error keys). */
  id: number;
  column: string;
  equals: string;
}

export interface MappingDraft {
  /** The preview table the draft was made for. */
  tableId: string;
  dateMode: DateMode;
  dateColumn: string;
  fixedDate: string;
  /** Empty: let the server detect it. */
  dateFormat: DateFormat | '';
  /** Empty: let the server detect it, column by column. */
  decimalSeparator: DecimalSeparator | '';
  /** Column name → KPI key; a column absent or mapped to '' is ignored. */
  kpiByColumn: Record<string, string>;
  source: string;
  filters: FilterDraft[];
  /** Several rows for the same KPI and date are added up (otherwise they are an error). */
  sumDuplicates: boolean;
}

/** The decimal separator the numeric columns agree on, or '' when none was seen or they differ. */
export function agreedDecimalSeparator(table: PreviewTable): DecimalSeparator | '' {
  const seen = new Set(
    table.columns.filter((c) => NUMERIC_KINDS.has(c.kind) && c.decimalSeparator).map((c) => c.decimalSeparator!),
  );
  return seen.size === 1 ? [...seen][0]! : '';
}

/** The column the date is read from by default: the suggested one, or the first that holds dates. */
function defaultDateColumn(table: PreviewTable): PreviewColumn | undefined {
  return (
    table.columns.find((c) => c.name === table.suggestedDateColumn) ?? table.columns.find((c) => c.kind === 'date')
  );
}

/** What the form starts from for a table: the preview's guesses, every column ignored. */
export function initialDraft(preview: ImportPreview, table: PreviewTable, today: string): MappingDraft {
  const dateColumn = defaultDateColumn(table);
  const fixed = table.needsFixedDate || !dateColumn;
  return {
    tableId: table.id,
    dateMode: fixed ? 'fixed' : 'column',
    dateColumn: dateColumn?.name ?? '',
    fixedDate: table.suggestedFixedDate ?? table.period?.end ?? preview.period?.end ?? today,
    dateFormat: table.suggestedDateFormat ?? dateColumn?.dateFormat ?? '',
    decimalSeparator: agreedDecimalSeparator(table),
    kpiByColumn: {},
    source: preview.suggestedSource,
    filters: [],
    // One date for every row: the rows of a pages or campaigns report are parts of one total.
    sumDuplicates: fixed && table.rowCount > 1,
  };
}

/**
 * The columns offered for a KPI: the numeric ones and any already mapped, or every one when
 * `all` (a column of numbers with a few bad cells can be guessed as text); never the date column.
 */
export function mappableColumns(table: PreviewTable, draft: MappingDraft, all = false): PreviewColumn[] {
  return table.columns.filter(
    (c) =>
      !(draft.dateMode === 'column' && c.name === draft.dateColumn) &&
      (all || NUMERIC_KINDS.has(c.kind) || Boolean(draft.kpiByColumn[c.name])),
  );
}

/** The mapped columns, in the table's order. */
export function mappedColumns(table: PreviewTable, draft: MappingDraft): { column: string; kpiKey: string }[] {
  return mappableColumns(table, draft, true)
    .filter((c) => draft.kpiByColumn[c.name])
    .map((c) => ({ column: c.name, kpiKey: draft.kpiByColumn[c.name]! }));
}

/** The contract's mapping for the draft (valid once `validateDraft` finds nothing). */
export function mappingFromDraft(table: PreviewTable, draft: MappingDraft): ImportMapping {
  const filters = draft.filters.map((f) => ({ column: f.column, equals: f.equals }));
  return {
    table: table.id,
    ...(draft.dateMode === 'column' ? { dateColumn: draft.dateColumn } : { fixedDate: draft.fixedDate }),
    ...(draft.dateMode === 'column' && draft.dateFormat ? { dateFormat: draft.dateFormat } : {}),
    ...(draft.decimalSeparator ? { decimalSeparator: draft.decimalSeparator } : {}),
    columns: mappedColumns(table, draft),
    source: draft.source.trim(),
    ...(filters.length > 0 ? { filters } : {}),
    ...(draft.sumDuplicates ? { aggregate: 'sum' as const } : {}),
  };
}

export interface AppliedMapping {
  draft: MappingDraft;
  /** Columns the saved mapping names that this table does not have (left out). */
  missingColumns: string[];
  /** KPI keys the saved mapping names that the plan no longer has (left out). */
  missingKpis: string[];
}

/**
 * A saved mapping applied to the table at hand: what fits is taken, what does not is listed. The
 * table stays the one chosen in the preview.
 */
export function applySavedMapping(
  mapping: ImportMapping,
  table: PreviewTable,
  base: MappingDraft,
  kpiKeys: ReadonlySet<string>,
): AppliedMapping {
  const names = new Set(table.columns.map((c) => c.name));
  const missingColumns: string[] = [];
  const missingKpis: string[] = [];
  const kpiByColumn: Record<string, string> = {};
  for (const { column, kpiKey } of mapping.columns) {
    if (!names.has(column)) missingColumns.push(column);
    else if (!kpiKeys.has(kpiKey)) missingKpis.push(kpiKey);
    else kpiByColumn[column] = kpiKey;
  }
  const filters: FilterDraft[] = [];
  (mapping.filters ?? []).forEach((f, i) => {
    if (names.has(f.column)) filters.push({ id: i + 1, column: f.column, equals: f.equals });
    else missingColumns.push(f.column);
  });
  let dateMode: DateMode = base.dateMode;
  let dateColumn = base.dateColumn;
  if (mapping.dateColumn !== undefined) {
    if (names.has(mapping.dateColumn)) {
      dateMode = 'column';
      dateColumn = mapping.dateColumn;
    } else {
      missingColumns.push(mapping.dateColumn);
    }
  } else if (mapping.fixedDate !== undefined) {
    dateMode = 'fixed';
  }
  return {
    draft: {
      ...base,
      dateMode,
      dateColumn,
      // A saved fixed date belongs to the file it was made for: the new file's period is kept.
      dateFormat: mapping.dateFormat ?? base.dateFormat,
      decimalSeparator: mapping.decimalSeparator ?? base.decimalSeparator,
      kpiByColumn,
      source: mapping.source,
      filters,
      sumDuplicates: mapping.aggregate === 'sum',
    },
    missingColumns: [...new Set(missingColumns)],
    missingKpis: [...new Set(missingKpis)],
  };
}

/** Why a field of the draft cannot be sent. */
export type DraftProblem =
  'required' | 'invalidDate' | 'unknownColumn' | 'noColumn' | 'kpiTwice' | 'controlCharacters' | 'rejected';

/**
 * Error keys: `dateColumn`, `fixedDate`, `source`, `columns` (nothing mapped), `kpi:<column>`,
 * `filter:<id>:column`.
 */
export type DraftErrors = Record<string, DraftProblem>;

export const kpiErrorKey = (column: string) => `kpi:${column}`;
export const filterErrorKey = (id: number) => `filter:${id}:column`;

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f]/;

/** What must be fixed before the draft is sent (the server checks the same, and the file). */
export function validateDraft(table: PreviewTable, draft: MappingDraft): DraftErrors {
  const errors: DraftErrors = {};
  const names = new Set(table.columns.map((c) => c.name));
  if (draft.dateMode === 'column') {
    if (!draft.dateColumn) errors.dateColumn = 'required';
    else if (!names.has(draft.dateColumn)) errors.dateColumn = 'unknownColumn';
  } else if (!draft.fixedDate) {
    errors.fixedDate = 'required';
  } else if (!isCalendarDate(draft.fixedDate)) {
    errors.fixedDate = 'invalidDate';
  }
  const source = draft.source.trim();
  if (!source) errors.source = 'required';
  else if (CONTROL_CHARACTERS.test(source)) errors.source = 'controlCharacters';

  const mapped = mappedColumns(table, draft);
  if (mapped.length === 0) errors.columns = 'noColumn';
  const seen = new Set<string>();
  for (const { column, kpiKey } of mapped) {
    if (seen.has(kpiKey)) errors[kpiErrorKey(column)] = 'kpiTwice';
    seen.add(kpiKey);
  }
  for (const filter of draft.filters) {
    if (!filter.column) errors[filterErrorKey(filter.id)] = 'required';
    else if (!names.has(filter.column)) errors[filterErrorKey(filter.id)] = 'unknownColumn';
  }
  return errors;
}

/**
 * The fields a refusal of the server points at (`mapping.columns.1.kpiKey`, `mapping.dateColumn`…),
 * as error keys of the form: the problem's own message says why, above the form.
 */
export function serverDraftErrors(
  paths: readonly string[],
  mapping: ImportMapping,
  filterIds: readonly number[],
): DraftErrors {
  const errors: DraftErrors = {};
  for (const path of paths) {
    const parts = path.replace(/^\/?(body\/|query\/)?/, '').split(/[./]/);
    if (parts[0] === 'mapping') parts.shift();
    const [field, index] = [parts[0], Number(parts[1])];
    if (field === 'dateColumn' || field === 'fixedDate' || field === 'source') {
      errors[field] = 'rejected';
    } else if (field === 'columns' && Number.isInteger(index) && mapping.columns[index]) {
      errors[kpiErrorKey(mapping.columns[index].column)] = 'rejected';
    } else if (field === 'filters' && Number.isInteger(index) && filterIds[index] !== undefined) {
      errors[filterErrorKey(filterIds[index])] = 'rejected';
    }
  }
  return errors;
}

import type { Change, ChangeKind, ListSectionName, SectionName } from '../../../core/diff/index.js';
import { displayName, type AnyRow } from '../../../core/diff/context.js';
import { formatCount, formatMoney, formatNumber, formatPercent } from '../../../core/diff/format.js';
import { budgetSpec, listSpecs, planSpec, positioningSpec, type FieldSpec } from '../../../core/diff/specs.js';

/**
 * How the revisions screen lays out a semantic diff: changes grouped by part of the plan (in the
 * diff's document order), each with its sentence and, side by side, the value before and after.
 * Values are written with the diff's own formatters, so a cell reads like the sentence next to it.
 */

export type Language = 'fr' | 'en';

/** One side of a change: nothing (the row did not exist), or a value as text. */
export type Cell =
  { kind: 'none' } | { kind: 'empty' } | { kind: 'value'; text: string; long?: boolean; code?: boolean };

export interface ChangeRow {
  kind: ChangeKind;
  message: string;
  before: Cell;
  after: Cell;
}

export interface DiffSection {
  name: SectionName;
  rows: ChangeRow[];
}

export type KindCounts = Record<ChangeKind, number>;

/** Words the cells need that the diff's vocabulary does not export. */
export interface CellWords {
  yes: string;
  no: string;
}

const none: Cell = { kind: 'none' };
const emptyCell: Cell = { kind: 'empty' };

const singletonSpecs: Partial<Record<SectionName, Readonly<Record<string, FieldSpec>>>> = {
  // The plan's key is compared too (see the core's singletons.ts).
  plan: { key: { kind: 'code' }, ...planSpec.fields },
  positioning: positioningSpec.fields,
  budget: budgetSpec.fields,
};

function isListSection(section: SectionName): section is ListSectionName {
  return section in listSpecs;
}

function fieldSpec(section: SectionName, field: string): FieldSpec | undefined {
  const fields = isListSection(section)
    ? (listSpecs[section].fields as Readonly<Record<string, FieldSpec>>)
    : singletonSpecs[section];
  return fields?.[field];
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A field's value as the diff writes it; a number whose unit lives on its row is shown bare. */
export function formatFieldValue(
  spec: FieldSpec | undefined,
  value: unknown,
  language: Language,
  currency: string,
  words: CellWords,
): Cell {
  if (isEmptyValue(value)) return emptyCell;
  const text = (t: string, extra: { long?: boolean; code?: boolean } = {}): Cell => ({
    kind: 'value',
    text: t,
    ...extra,
  });
  if (Array.isArray(value)) return text(value.map(String).join(', '), { code: spec?.kind === 'links' });
  if (!spec) return text(typeof value === 'object' ? JSON.stringify(value) : String(value));
  switch (spec.kind) {
    case 'longText':
      return text(String(value), { long: true });
    case 'ref':
    case 'links':
    case 'code':
      return text(String(value), { code: true });
    case 'boolean':
      return text(value ? words.yes : words.no);
    case 'enum':
      return text(spec.values[String(value)]?.[language] ?? String(value));
    case 'name':
    case 'text':
    case 'date':
    case 'list':
      return text(String(value));
  }
  const n = Number(value);
  if (!Number.isFinite(n)) return text(String(value));
  switch (spec.kind) {
    case 'number':
      return text(formatNumber(n, language));
    case 'percent':
      return text(formatPercent(n, language));
    case 'money':
      return text(formatMoney(n, currency, language));
    case 'quantity': {
      const unit = spec.unit;
      if (unit.from === 'fixed') return text(`${formatNumber(n, language)} ${unit.unit}`);
      if (unit.from === 'words') return text(formatCount(n, unit.words, language));
      return text(formatNumber(n, language));
    }
  }
}

/** A row added or removed as a whole, by the name a person knows it by (rows without a key show nothing). */
function wholeRow(section: SectionName, row: unknown): Cell {
  if (!row || typeof row !== 'object' || !isListSection(section)) return none;
  if (listSpecs[section].identity[0] !== 'key') return none;
  return { kind: 'value', text: displayName(section, row as AnyRow) };
}

/** The before and after cells of one change. */
export function changeCells(
  change: Change,
  language: Language,
  currency: string,
  words: CellWords,
): { before: Cell; after: Cell } {
  // Budget moves and counts of series rows are told by their sentence alone.
  if (change.kind === 'moved' || change.count !== undefined) return { before: none, after: none };
  if (change.field === undefined) {
    return change.kind === 'added'
      ? { before: none, after: wholeRow(change.collection, change.after) }
      : { before: wholeRow(change.collection, change.before), after: none };
  }
  const spec = fieldSpec(change.collection, change.field);
  const value = (v: unknown) => formatFieldValue(spec, v, language, currency, words);
  switch (change.kind) {
    case 'added':
      return { before: none, after: value(change.after) };
    case 'removed':
      return { before: value(change.before), after: none };
    default:
      return { before: value(change.before), after: value(change.after) };
  }
}

/** The changes grouped by part of the plan, in the order the diff gives them. */
export function groupChanges(
  changes: readonly Change[],
  language: Language,
  currency: string,
  words: CellWords,
): DiffSection[] {
  const sections = new Map<SectionName, ChangeRow[]>();
  for (const change of changes) {
    let rows = sections.get(change.collection);
    if (!rows) sections.set(change.collection, (rows = []));
    rows.push({
      kind: change.kind,
      message: change.message[language],
      ...changeCells(change, language, currency, words),
    });
  }
  return [...sections].map(([name, rows]) => ({ name, rows }));
}

export function countKinds(changes: readonly Change[]): KindCounts {
  const counts: KindCounts = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const change of changes) counts[change.kind]++;
  return counts;
}

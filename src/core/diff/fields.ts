import type { AnyRow, DiffContext, Side } from './context.js';
import type { FieldLabel } from './grammar.js';
import { fieldLabels } from './labels.js';
import {
  fieldChangedMessage,
  linkMessage,
  listItemMessage,
  renamedMessage,
  reorderedMessage,
  textEditedMessage,
  type Subject,
} from './phrases.js';
import { isEmpty, renderValue } from './render.js';
import type { FieldSpec } from './specs.js';
import type { Change, ListSectionName, SectionName } from './types.js';
import { nouns } from './vocabulary.js';

/** Links are sets (their order means nothing); every other value compares as written. */
export function sameValue(spec: FieldSpec, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (spec.kind === 'links') {
      const set = new Set(a);
      return b.every((item) => set.has(item));
    }
    return a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/** Plain loops: this runs once per row of every collection, 200,000 times for a large plan. */
export function rowsDiffer(names: readonly string[], specs: readonly FieldSpec[], a: AnyRow, b: AnyRow): boolean {
  for (let i = 0; i < names.length; i++) {
    const field = names[i]!;
    if (!sameValue(specs[i]!, a[field], b[field])) return true;
  }
  return false;
}

/** One changed row (or header): where it is, what it is called, its two versions. */
export interface RowPair {
  section: SectionName;
  key?: string;
  subject: Subject | null;
  before: AnyRow;
  after: AnyRow;
}

/** Every change between two versions of a row, field by field in the order of the specs. */
export function fieldChanges(fields: Readonly<Record<string, FieldSpec>>, pair: RowPair, ctx: DiffContext): Change[] {
  const labels = fieldLabels[pair.section] as Readonly<Record<string, FieldLabel>>;
  const changes: Change[] = [];
  for (const field in fields) {
    const spec = fields[field]!;
    const [b, a] = [pair.before[field], pair.after[field]];
    if (sameValue(spec, b, a)) continue;
    const base = { collection: pair.section, ...(pair.key === undefined ? {} : { key: pair.key }), field };
    const label = labels[field]!;
    for (const change of describeFieldChange(spec, label, pair, b, a, ctx)) changes.push({ ...base, ...change });
  }
  return changes;
}

type FieldChange = Omit<Change, 'collection' | 'key' | 'field'>;

function describeFieldChange(
  spec: FieldSpec,
  label: FieldLabel,
  pair: RowPair,
  b: unknown,
  a: unknown,
  ctx: DiffContext,
): FieldChange[] {
  const changed = { kind: 'changed' as const, before: b ?? null, after: a ?? null };
  switch (spec.kind) {
    case 'name':
      return [{ ...changed, message: renamedMessage(nouns[pair.section], String(b ?? ''), String(a ?? '')) }];
    case 'longText': {
      const edit = isEmpty(b) ? 'added' : isEmpty(a) ? 'removed' : 'changed';
      return [{ ...changed, message: textEditedMessage(pair.subject, label, edit) }];
    }
    case 'links':
    case 'list':
      return listChanges(spec.kind === 'links' ? spec.section : null, label, pair, asList(b), asList(a), ctx);
    default:
      return [
        {
          ...changed,
          message: fieldChangedMessage(
            pair.subject,
            label,
            renderValue(spec, b, pair.before, ctx.before, ctx),
            renderValue(spec, a, pair.after, ctx.after, ctx),
          ),
        },
      ];
  }
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * Items added first (in their new order), then items removed; a list only reordered says so.
 * `linkedSection` is the collection a list of links points to (null for a list of words).
 */
function listChanges(
  linkedSection: ListSectionName | null,
  label: FieldLabel,
  pair: RowPair,
  b: string[],
  a: string[],
  ctx: DiffContext,
): FieldChange[] {
  const subject = pair.subject!;
  const [beforeSet, afterSet] = [new Set(b), new Set(a)];
  const added = a.filter((item) => !beforeSet.has(item));
  const removed = b.filter((item) => !afterSet.has(item));
  if (added.length === 0 && removed.length === 0) {
    return [{ kind: 'changed', before: b, after: a, message: reorderedMessage(subject, label) }];
  }
  const message = (item: string, isAdded: boolean, side: Side) =>
    linkedSection
      ? linkMessage(subject, nouns[linkedSection], ctx.nameOf(linkedSection, item, side), isAdded)
      : listItemMessage(subject, label, item, isAdded);
  return [
    ...added.map((item) => ({ kind: 'added' as const, after: item, message: message(item, true, ctx.after) })),
    ...removed.map((item) => ({ kind: 'removed' as const, before: item, message: message(item, false, ctx.before) })),
  ];
}

import type { AnyRow } from './context.js';
import type { Change } from './types.js';

/**
 * Matching the rows of two versions of a collection by identity: the `key` of keyed entities,
 * the natural key of the others (a measurement by KPI, date and source).
 *
 * Two revisions of a plan mostly list the same rows in the same order, so rows are first paired
 * in place from both ends while their identities agree, without building anything; only the
 * stretch in between, where rows were inserted, removed or reordered, is matched through Maps.
 * Where identities are not guaranteed unique (two spend entries of one line on one day), the
 * whole collection goes through the Maps and twins are told apart by their order: `#2`, `#3`…
 */
export interface RowEvent {
  kind: 'added' | 'removed' | 'changed';
  before?: AnyRow;
  after?: AnyRow;
  /** Set for the second and later rows sharing one identity. */
  twin?: number;
}

/** Identity parts joined by NUL (which a plan document cannot contain), so ids sort part by part. */
export function rowId(row: AnyRow, identity: readonly string[], twin?: number): string {
  const base = identity.map((part) => String(row[part])).join('\0');
  return twin === undefined ? base : `${base}\0#${twin}`;
}

/** The key a change reports: identity parts joined by `/`. */
export function publicKey(id: string): string {
  return id.split('\0').join('/');
}

export function eventId(event: RowEvent, identity: readonly string[]): string {
  return rowId((event.after ?? event.before)!, identity, event.twin);
}

type Differs = (before: AnyRow, after: AnyRow) => boolean;

export function matchRows(
  before: readonly AnyRow[],
  after: readonly AnyRow[],
  identity: readonly string[],
  differs: Differs,
  uniqueIdentity: boolean,
): RowEvent[] {
  if (!uniqueIdentity) return matchByMaps(before, after, identity, differs);
  const events: RowEvent[] = [];
  const same = (a: AnyRow, b: AnyRow) => {
    for (let i = 0; i < identity.length; i++) if (a[identity[i]!] !== b[identity[i]!]) return false;
    return true;
  };
  const compare = (b: AnyRow, a: AnyRow) => {
    if (differs(b, a)) events.push({ kind: 'changed', before: b, after: a });
  };
  let start = 0;
  while (start < before.length && start < after.length && same(before[start]!, after[start]!)) {
    compare(before[start]!, after[start]!);
    start++;
  }
  let [endBefore, endAfter] = [before.length, after.length];
  while (endBefore > start && endAfter > start && same(before[endBefore - 1]!, after[endAfter - 1]!)) {
    compare(before[--endBefore]!, after[--endAfter]!);
  }
  const [middleBefore, middleAfter] = [before.slice(start, endBefore), after.slice(start, endAfter)];
  if (middleBefore.length === 0) for (const row of middleAfter) events.push({ kind: 'added', after: row });
  else if (middleAfter.length === 0) for (const row of middleBefore) events.push({ kind: 'removed', before: row });
  else for (const event of matchByMaps(middleBefore, middleAfter, identity, differs)) events.push(event);
  return events;
}

/**
 * Rows by identity, without building a string per row: a Map by the first part of the identity
 * (the KPI of a measurement), a Map by the second (its date), holding the row itself, or a short
 * list when rows share those two parts; the list is then compared on the remaining parts (the
 * source). Rows sharing a whole identity sit in the list in order: twins.
 */
class IdentityIndex {
  private readonly slots = new Map<unknown, Map<unknown, AnyRow | AnyRow[]>>();

  constructor(private readonly identity: readonly string[]) {}

  private parts(row: AnyRow): [unknown, unknown] {
    return [row[this.identity[0]!], this.identity.length > 1 ? row[this.identity[1]!] : null];
  }

  private sameRest(a: AnyRow, b: AnyRow): boolean {
    for (let i = 2; i < this.identity.length; i++) if (a[this.identity[i]!] !== b[this.identity[i]!]) return false;
    return true;
  }

  add(row: AnyRow): void {
    const [first, second] = this.parts(row);
    let inner = this.slots.get(first);
    if (!inner) this.slots.set(first, (inner = new Map()));
    const slot = inner.get(second);
    inner.set(second, slot === undefined ? row : Array.isArray(slot) ? [...slot, row] : [slot, row]);
  }

  /** The row with the identity of `row` (the `twin`-th one when several share it). */
  get(row: AnyRow, twin = 1): AnyRow | undefined {
    const [first, second] = this.parts(row);
    const slot = this.slots.get(first)?.get(second);
    if (slot === undefined || !Array.isArray(slot))
      return twin === 1 && slot && this.sameRest(slot, row) ? slot : undefined;
    let seen = 0;
    for (const candidate of slot) if (this.sameRest(candidate, row) && ++seen === twin) return candidate;
    return undefined;
  }

  *entries(): IterableIterator<{ row: AnyRow; twin: number }> {
    for (const inner of this.slots.values()) {
      for (const slot of inner.values()) {
        if (!Array.isArray(slot)) {
          yield { row: slot, twin: 1 };
          continue;
        }
        for (let i = 0; i < slot.length; i++) {
          let twin = 1;
          for (let j = 0; j < i; j++) if (this.sameRest(slot[j]!, slot[i]!)) twin++;
          yield { row: slot[i]!, twin };
        }
      }
    }
  }
}

function matchByMaps(
  before: readonly AnyRow[],
  after: readonly AnyRow[],
  identity: readonly string[],
  differs: Differs,
): RowEvent[] {
  const events: RowEvent[] = [];
  const [beforeIndex, afterIndex] = [new IdentityIndex(identity), new IdentityIndex(identity)];
  for (const row of before) beforeIndex.add(row);
  for (const row of after) afterIndex.add(row);
  const twinOf = (twin: number) => (twin > 1 ? { twin } : {});
  for (const { row, twin } of afterIndex.entries()) {
    const previous = beforeIndex.get(row, twin);
    if (!previous) events.push({ kind: 'added', after: row, ...twinOf(twin) });
    else if (differs(previous, row)) events.push({ kind: 'changed', before: previous, after: row, ...twinOf(twin) });
  }
  for (const { row, twin } of beforeIndex.entries()) {
    if (!afterIndex.get(row, twin)) events.push({ kind: 'removed', before: row, ...twinOf(twin) });
  }
  return events;
}

/** A change and the key it sorts by. */
export interface SortableChange {
  sortKey: string;
  change: Change;
}

import type { PlanFacts } from '../plan.js';
import { listSpecs } from './specs.js';
import type { ListSectionName } from './types.js';

export type AnyRow = Record<string, unknown>;

/** One version of the plan, with its keyed collections indexed on first use. */
export class Side {
  private readonly indexes = new Map<ListSectionName, Map<string, AnyRow>>();

  constructor(readonly facts: PlanFacts) {}

  get currency(): string {
    return this.facts.plan.currency;
  }

  rowsOf(section: ListSectionName): readonly AnyRow[] {
    // Older documents may lack a collection: read it as empty.
    return (this.facts[section] as unknown as readonly AnyRow[] | undefined) ?? [];
  }

  byKey(section: ListSectionName): Map<string, AnyRow> {
    let index = this.indexes.get(section);
    if (!index) {
      index = new Map();
      for (const row of this.rowsOf(section)) {
        if (typeof row.key === 'string') index.set(row.key, row);
      }
      this.indexes.set(section, index);
    }
    return index;
  }
}

const nameFields = new Map(
  Object.entries(listSpecs).map(([section, spec]) => {
    const field = Object.entries(spec.fields).find(([, fieldSpec]) => fieldSpec.kind === 'name')?.[0];
    return [section as ListSectionName, field ?? 'key'];
  }),
);

/** The title, name or label a person knows a row by. */
export function displayName(section: ListSectionName, row: AnyRow): string {
  const name = row[nameFields.get(section) ?? 'key'];
  return typeof name === 'string' && name !== '' ? name : String(row.key);
}

/** Both versions, and the names of the entities they reference. */
export class DiffContext {
  readonly before: Side;
  readonly after: Side;

  constructor(before: PlanFacts, after: PlanFacts) {
    this.before = new Side(before);
    this.after = new Side(after);
  }

  /** A referenced row, preferably from the given side (a removed entity is only in `before`). */
  rowOf(section: ListSectionName, key: unknown, preferred: Side = this.after): AnyRow | undefined {
    if (typeof key !== 'string') return undefined;
    const other = preferred === this.after ? this.before : this.after;
    return preferred.byKey(section).get(key) ?? other.byKey(section).get(key);
  }

  /** The current name of an entity, or its last name if it was removed, or its key as a last resort. */
  nameOf(section: ListSectionName, key: unknown, preferred: Side = this.after): string {
    const row = this.rowOf(section, key, preferred);
    return row ? displayName(section, row) : String(key);
  }
}

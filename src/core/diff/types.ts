import type { Localized, PlanFacts } from '../plan.js';

/** A property of the plan document that a change is about: a collection, the header or a singleton. */
export type SectionName = keyof PlanFacts;

/** The collections of rows (everything but the header and the two one-per-plan records). */
export type ListSectionName = Exclude<SectionName, 'plan' | 'positioning' | 'budget'>;

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

/**
 * One difference between two versions of a plan.
 *
 * - Without `field`: a whole row was added (`after` holds it) or removed (`before` holds it).
 * - With `field` and kind `changed`: that field went from `before` to `after`.
 * - With `field` and kind `added` / `removed`: one item was added to / removed from that list
 *   field (`after` / `before` is the item: a linked key, or a persona's value…).
 * - Kind `moved` (budget lines only): `amount` minor units of `plannedAmount` moved from line
 *   `before` to line `after`; `key` is the source line.
 * - With `count`: a summary of that many rows of a series (measurements, check-ins…) added,
 *   removed or changed under one parent; `key` is then the parent's key (the KPI, the key result…).
 *
 * `key` is the entity key, or for rows without one their natural key joined with `/`
 * (measurement: `kpi/date/source`; RACI assignment: `action/person/role`…).
 */
export interface Change {
  kind: ChangeKind;
  collection: SectionName;
  key?: string;
  field?: string;
  before?: unknown;
  after?: unknown;
  amount?: number;
  count?: number;
  message: Localized;
}

export interface PlanDiff {
  changes: Change[];
}

import type { Localized } from '../plan.js';
import type { UnitWords } from './format.js';
import type { ListSectionName } from './types.js';

/**
 * How the diff reads each field: how to compare it and how to write its value. The types make a
 * field missing here a compile error, so a new field in the plan cannot be silently ignored.
 */
export type UnitSource =
  | { from: 'own' } // the row's own `unit` field
  | { from: 'parent'; field: string; section: ListSectionName } // the unit of the row it belongs to
  | { from: 'fixed'; unit: string }
  | { from: 'words'; words: UnitWords };

export type FieldSpec =
  | { kind: 'name' } // the title/name of the entity: a change is a rename
  | { kind: 'text' | 'code' | 'longText' | 'number' | 'percent' | 'money' | 'date' | 'boolean' | 'list' }
  | { kind: 'enum'; values: Readonly<Record<string, Localized>> }
  | { kind: 'ref' | 'links'; section: ListSectionName }
  | { kind: 'quantity'; unit: UnitSource };

export type FieldSpecs<T> = { readonly [K in Exclude<keyof T, 'key'>]-?: FieldSpec };

export interface SectionSpec<T = Record<string, unknown>> {
  /** `['key']` for keyed entities, else the natural key. */
  identity: readonly (keyof T & string)[];
  fields: FieldSpecs<T>;
  /** Rows that come in series (daily measurements…) are summarised per parent when many change. */
  series?: { field: keyof T & string; section: ListSectionName };
  /** For rows without a name, the field whose value an « ajoutée : … » message shows. */
  headline?: keyof T & string;
  /** Rows may share an identity (no unique index enforces it): they are then told apart by order. */
  twins?: boolean;
}

// Building blocks of the tables in specs.ts.
export const name = { kind: 'name' } as const;
export const text = { kind: 'text' } as const;
export const code = { kind: 'code' } as const;
export const longText = { kind: 'longText' } as const;
export const number = { kind: 'number' } as const;
export const percent = { kind: 'percent' } as const;
export const money = { kind: 'money' } as const;
export const date = { kind: 'date' } as const;
export const boolean = { kind: 'boolean' } as const;
export const list = { kind: 'list' } as const;
export const own = { kind: 'quantity', unit: { from: 'own' } } as const;
export const hours = { kind: 'quantity', unit: { from: 'fixed', unit: 'h' } } as const;
export const choice = (v: Readonly<Record<string, Localized>>) => ({ kind: 'enum', values: v }) as const;
export const ref = (section: ListSectionName) => ({ kind: 'ref', section }) as const;
export const links = (section: ListSectionName) => ({ kind: 'links', section }) as const;
export const unitOf = (field: string, section: ListSectionName) =>
  ({ kind: 'quantity', unit: { from: 'parent', field, section } }) as const;
export const words = (one: Localized, many: Localized) =>
  ({ kind: 'quantity', unit: { from: 'words', words: { one, many } } }) as const;
export const keyed = ['key'] as const;

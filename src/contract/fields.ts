import { z } from 'zod';

/**
 * A tiny vocabulary for the fields of the plan's collections. One declaration gives the API
 * schemas (create, update, response), the plan-document schema and the storage conversion, so
 * the shape of an entity is written once.
 */

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2024-02-30). */
export const isoDate = z
  .string()
  .regex(isoDatePattern, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'This date does not exist');

/** Stable, human-readable identifier used for cross-references in plan documents. */
export const entityKey = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'Use lowercase letters, digits, "-" or "_" (a slug)');

/** Money in integer minor units (cents) of the plan's currency. */
export const money = z.number().int('Money is in integer minor units (cents)').min(-1e15).max(1e15);

export type ScalarField =
  | { kind: 'text'; max: number; required: boolean; default?: string }
  | { kind: 'enum'; values: readonly [string, ...string[]]; required: boolean; default?: string }
  | { kind: 'number'; required: boolean; min?: number; max?: number; default?: number }
  | { kind: 'int'; required: boolean; min?: number; max?: number; default?: number }
  | { kind: 'money'; required: boolean; default?: number }
  | { kind: 'date'; required: boolean }
  | { kind: 'bool'; default: boolean }
  | { kind: 'list'; max: number };

/** A reference to one entity of another collection (a foreign key). */
export interface RefField {
  kind: 'ref';
  collection: string;
  required: boolean;
}

/** A many-to-many link to another collection, stored in its own link table. */
export interface LinksField {
  kind: 'links';
  collection: string;
  table: string;
  fromColumn: string;
  toColumn: string;
}

export type Field = ScalarField | RefField | LinksField;

interface Opt {
  required?: boolean;
}

export const field = {
  text: (opts: Opt & { max?: number; default?: string } = {}): ScalarField => ({
    kind: 'text',
    max: opts.max ?? 500,
    required: opts.required ?? false,
    default: opts.default,
  }),
  longText: (opts: Opt = {}): ScalarField => ({ kind: 'text', max: 20_000, required: opts.required ?? false }),
  enum: <T extends string>(values: readonly [T, ...T[]], opts: Opt & { default?: T } = {}): ScalarField => ({
    kind: 'enum',
    values,
    required: opts.required ?? false,
    default: opts.default,
  }),
  number: (opts: Opt & { min?: number; max?: number; default?: number } = {}): ScalarField => ({
    kind: 'number',
    required: opts.required ?? false,
    min: opts.min,
    max: opts.max,
    default: opts.default,
  }),
  int: (opts: Opt & { min?: number; max?: number; default?: number } = {}): ScalarField => ({
    kind: 'int',
    required: opts.required ?? false,
    min: opts.min,
    max: opts.max,
    default: opts.default,
  }),
  money: (opts: Opt & { default?: number } = {}): ScalarField => ({
    kind: 'money',
    required: opts.required ?? false,
    default: opts.default,
  }),
  date: (opts: Opt = {}): ScalarField => ({ kind: 'date', required: opts.required ?? false }),
  bool: (opts: { default?: boolean } = {}): ScalarField => ({ kind: 'bool', default: opts.default ?? false }),
  list: (opts: { max?: number } = {}): ScalarField => ({ kind: 'list', max: opts.max ?? 50 }),
  ref: (collection: string, opts: Opt = {}): RefField => ({
    kind: 'ref',
    collection,
    required: opts.required ?? false,
  }),
  links: (collection: string, table: string, fromColumn: string, toColumn: string): LinksField => ({
    kind: 'links',
    collection,
    table,
    fromColumn,
    toColumn,
  }),
};

/** The zod type of a scalar value, before optionality. */
function scalarValueSchema(f: ScalarField): z.ZodType {
  switch (f.kind) {
    case 'text':
      return f.required ? z.string().trim().min(1, 'Required').max(f.max) : z.string().max(f.max);
    case 'enum':
      return z.enum(f.values);
    case 'number': {
      let schema = z.number().finite();
      if (f.min !== undefined) schema = schema.min(f.min);
      if (f.max !== undefined) schema = schema.max(f.max);
      return schema;
    }
    case 'int':
      // Stored in 32-bit integer columns.
      return z
        .number()
        .int()
        .min(f.min ?? -2_147_483_648)
        .max(f.max ?? 2_147_483_647);
    case 'money':
      return money;
    case 'date':
      return isoDate;
    case 'bool':
      return z.boolean();
    case 'list':
      return z.array(z.string().trim().min(1).max(500)).max(f.max);
  }
}

function hasDefault(f: ScalarField): boolean {
  return f.kind === 'bool' || f.kind === 'list' || ('default' in f && f.default !== undefined);
}

function defaultOf(f: ScalarField): unknown {
  if (f.kind === 'list') return [];
  if (f.kind === 'bool') return f.default;
  return 'default' in f ? f.default : undefined;
}

/**
 * Schema of a scalar in a create body or a plan document: required fields must be present,
 * fields with a default take it when absent, other fields may be absent or null.
 */
export function scalarInputSchema(f: ScalarField): z.ZodType {
  const value = scalarValueSchema(f);
  if (hasDefault(f)) return value.default(defaultOf(f) as never);
  if ('required' in f && f.required) return value;
  return value.nullable().optional();
}

/** Schema of a scalar in an update body: absent means unchanged; null clears an optional field. */
export function scalarPatchSchema(f: ScalarField): z.ZodType {
  const value = scalarValueSchema(f);
  const clearable = !hasDefault(f) && !('required' in f && f.required);
  return (clearable ? value.nullable() : value).optional();
}

/** Schema of a scalar in a response: always present, null when unset. */
export function scalarOutputSchema(f: ScalarField): z.ZodType {
  const value = scalarValueSchema(f);
  if (hasDefault(f) || ('required' in f && f.required)) return value;
  return value.nullable();
}

/** Value as stored in a column (booleans as 0/1, lists as JSON) — one code path for both databases. */
export function toColumn(f: ScalarField, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null) return f.kind === 'list' ? '[]' : null;
  if (f.kind === 'bool') return value ? 1 : 0;
  if (f.kind === 'list') return JSON.stringify(value);
  return value;
}

/** Value read from a column, back to its API shape. */
export function fromColumn(f: ScalarField, value: unknown): unknown {
  if (f.kind === 'bool') return value === 1 || value === true || value === '1';
  if (f.kind === 'list') return typeof value === 'string' ? (JSON.parse(value) as string[]) : [];
  if (value === null || value === undefined) return null;
  if (f.kind === 'money' || f.kind === 'int' || f.kind === 'number') return Number(value);
  return value;
}

const columnNames = new Map<string, string>();

/** camelCase field name → snake_case column name (kept: every row of every list asks again). */
export function columnName(fieldName: string): string {
  let name = columnNames.get(fieldName);
  if (name === undefined) {
    name = fieldName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    columnNames.set(fieldName, name);
  }
  return name;
}

/** `tacticId` → `tactic`, `objectiveIds` → `objectives`: the name a reference takes in plan documents. */
export function documentRefName(fieldName: string): string {
  if (fieldName.endsWith('Ids')) return `${fieldName.slice(0, -3)}s`;
  if (fieldName.endsWith('Id')) return fieldName.slice(0, -2);
  return fieldName;
}

type Fields = Record<string, Field>;

export function scalarEntries(fields: Fields): [string, ScalarField][] {
  return Object.entries(fields).filter((e): e is [string, ScalarField] => e[1].kind !== 'ref' && e[1].kind !== 'links');
}

export function refEntries(fields: Fields): [string, RefField][] {
  return Object.entries(fields).filter((e): e is [string, RefField] => e[1].kind === 'ref');
}

export function linkEntries(fields: Fields): [string, LinksField][] {
  return Object.entries(fields).filter((e): e is [string, LinksField] => e[1].kind === 'links');
}

import { expect } from 'vitest';
import { peopleCollection, planCollections, type CollectionDef } from '../../src/contract/collections.js';
import { linkEntries, refEntries, scalarEntries, type ScalarField } from '../../src/contract/fields.js';
import type { Actor, Answer, TestApp } from '../support/app.js';

/**
 * Helpers of the API tests. Valid and invalid request bodies for any collection are built from
 * its declaration in the registry, so a collection added there is covered by the table-driven
 * tests without new code.
 */

/** Ids of existing entities per collection (`people` included), used to fill references. */
export type Parents = Map<string, string[]>;

/** How many entities of each referenced collection `seedParents` creates. */
export const parentsPerCollection = 3;

/** Collections some other collection points at: they need parents before the others are created. */
export const referencedCollections = new Set(
  [peopleCollection, ...planCollections].flatMap((def) => [
    ...refEntries(def.fields).map(([, ref]) => ref.collection),
    ...linkEntries(def.fields).map(([, link]) => link.collection),
  ]),
);

/** `2026-01-01` plus `n` days: different `n`, different date (natural keys often include one). */
export function sampleDate(n: number): string {
  return new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
}

/** A valid value for a field; `n` makes values differ between entities. */
export function sampleValue(name: string, f: ScalarField, n: number): unknown {
  switch (f.kind) {
    case 'text':
      return `${name} ${n}`.slice(0, f.max);
    case 'enum':
      return f.values[n % f.values.length];
    case 'number':
      if (f.min !== undefined && f.max !== undefined) return (f.min + f.max) / 2;
      return (f.min ?? 0) + 10.5 + n;
    case 'int':
      if (f.min !== undefined && f.max !== undefined) return Math.round((f.min + f.max) / 2);
      return (f.min ?? 0) + 10 + n;
    case 'money':
      return 150_000 + n * 100;
    case 'date':
      return sampleDate(n);
    case 'bool':
      return true;
    case 'list':
      return ['alpha', 'beta'];
  }
}

/** A different valid value for a field, to check that an update takes. */
export function changedValue(f: ScalarField, current: unknown): unknown {
  switch (f.kind) {
    case 'text':
      return `${String(current ?? '')} (edited)`.slice(-f.max);
    case 'enum':
      return f.values[(f.values.indexOf(current as string) + 1) % f.values.length];
    case 'number':
    case 'int': {
      const value = Number(current ?? 0);
      const bounded = f.min !== undefined && f.max !== undefined;
      let step = bounded ? ((f.max as number) - (f.min as number)) / 4 : 1;
      if (f.kind === 'int') step = Math.max(1, Math.floor(step));
      return f.max !== undefined && value + step > f.max ? value - step : value + step;
    }
    case 'money':
      return Number(current ?? 0) + 100;
    case 'date':
      return sampleDate(400);
    case 'bool':
      return !current;
    case 'list':
      return [...((current as string[] | null) ?? []), 'gamma'];
  }
}

/** A value of the right shape but wrong content, one per field kind. */
export function badValue(f: ScalarField): unknown {
  switch (f.kind) {
    case 'text':
      return 'x'.repeat(f.max + 1);
    case 'enum':
      return 'not-a-value';
    case 'number':
      return 'ten';
    case 'int':
    case 'money':
      return 1.5;
    case 'date':
      return '2026-02-30';
    case 'bool':
      return 'yes';
    case 'list':
      return 'not a list';
  }
}

/** The `i`-th reference of an entity walks the parents in mixed radix, so `n` gives distinct combinations. */
function pick(ids: string[] | undefined, n: number, i: number): string {
  if (!ids || ids.length === 0) throw new Error('Create the parents first');
  return ids[Math.floor(n / ids.length ** i) % ids.length] as string;
}

// An action may not depend on itself: walk the ordered pairs of distinct parents instead.
const dependencyPairs = [
  [0, 1],
  [1, 2],
  [2, 0],
  [1, 0],
  [2, 1],
  [0, 2],
] as const;

/** A valid create body for entity number `n` of a collection, referencing `parents`. */
export function sampleBody(def: CollectionDef, n: number, parents: Parents): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (def.keyed) body.key = `${def.name}-${n}`;
  for (const [name, f] of scalarEntries(def.fields)) body[name] = sampleValue(name, f, n);
  refEntries(def.fields).forEach(([name, ref], i) => {
    body[name] = pick(parents.get(ref.collection), n, i);
  });
  for (const [name, link] of linkEntries(def.fields)) body[name] = [pick(parents.get(link.collection), n, 0)];
  if (def.name === 'action-dependencies') {
    const actions = parents.get('actions') ?? [];
    const [from, to] = dependencyPairs[n % dependencyPairs.length] as readonly [number, number];
    body.predecessorId = actions[from];
    body.successorId = actions[to];
  }
  return body;
}

/** Fields a create body must carry: required scalars and required references (a missing key is derived). */
export function requiredFields(def: CollectionDef): string[] {
  return [
    ...scalarEntries(def.fields)
      .filter(([, f]) => 'required' in f && f.required)
      .map(([name]) => name),
    ...refEntries(def.fields)
      .filter(([, ref]) => ref.required)
      .map(([name]) => name),
  ];
}

/** Where a collection lives: under its plan, or (people) under the workspace. */
export function collectionPath(def: CollectionDef, planId: string, workspaceId: string): string {
  return def.name === peopleCollection.name ? `/workspaces/${workspaceId}/people` : `/plans/${planId}/${def.name}`;
}

async function createOk(t: TestApp, as: Actor, path: string, body: unknown): Promise<string> {
  const answer = await t.request('POST', path, { as, body });
  if (answer.status !== 201) throw new Error(`POST ${path} → ${answer.status}: ${answer.text}`);
  return answer.body.id as string;
}

/** People of a workspace, created through the API. */
export async function seedPeople(t: TestApp, as: Actor, workspaceId: string, prefix = 'person'): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < parentsPerCollection; n++) {
    const body = { ...sampleBody(peopleCollection, n, new Map()), key: `${prefix}-${n}` };
    ids.push(await createOk(t, as, `/workspaces/${workspaceId}/people`, body));
  }
  return ids;
}

/**
 * Entities numbered 0…2 of every collection that others reference, in registry order, so that
 * any create body built with `sampleBody` resolves. With `everyCollection`, one entity of each
 * remaining collection too: a plan where every table has content.
 */
export async function seedParents(
  t: TestApp,
  as: Actor,
  planId: string,
  people: string[],
  opts: { everyCollection?: boolean } = {},
): Promise<Parents> {
  const parents: Parents = new Map([['people', people]]);
  for (const def of planCollections) {
    const count = referencedCollections.has(def.name) ? parentsPerCollection : opts.everyCollection ? 1 : 0;
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      ids.push(await createOk(t, as, `/plans/${planId}/${def.name}`, sampleBody(def, n, parents)));
    }
    parents.set(def.name, ids);
  }
  return parents;
}

export async function createPlan(
  t: TestApp,
  as: Actor,
  workspaceId: string,
  body: Record<string, unknown> = { name: 'PAC 2027' },
): Promise<string> {
  return createOk(t, as, `/workspaces/${workspaceId}/plans`, body);
}

/** Ids of the audit entries of a workspace (read as its owner). */
export async function auditIds(t: TestApp, as: Actor, workspaceId: string): Promise<Set<string>> {
  const answer = await t.request('GET', `/workspaces/${workspaceId}/audit?limit=1000`, { as });
  if (answer.status !== 200) throw new Error(`audit → ${answer.status}: ${answer.text}`);
  return new Set((answer.body.items as { id: string }[]).map((e) => e.id));
}

/** An RFC 9457 problem with this status (and code). */
export function expectProblem(answer: Answer, status: number, code?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status, ...(code ? { code } : {}) });
}

/** The `errors[].path` of a problem. */
export function errorPaths(answer: Answer): string[] {
  return ((answer.body?.errors ?? []) as { path: string }[]).map((e) => e.path);
}

/** A request that must be refused, and how. */
export interface Refusal {
  method: string;
  path: string;
  as?: Actor;
  body?: unknown;
  status: number;
  code?: string;
  /** Exactly these `errors[].path`, in order. */
  errorPaths?: string[];
  /** At least this `errors[].path`. */
  errorPath?: string;
}

/**
 * Sends independent requests together (on PostgreSQL they overlap, which keeps the suite fast)
 * and checks that each is refused as expected. Only for requests that must not change anything.
 */
export async function expectRefusals(t: TestApp, refusals: Refusal[]): Promise<void> {
  const answers = await Promise.all(refusals.map((r) => t.request(r.method, r.path, { as: r.as, body: r.body })));
  answers.forEach((answer, i) => {
    const r = refusals[i] as Refusal;
    const label = `${r.method} ${r.path} ${JSON.stringify(r.body ?? '').slice(0, 200)}`;
    expect(answer.status, `${label} → ${answer.text}`).toBe(r.status);
    expectProblem(answer, r.status, r.code);
    if (r.errorPaths) expect(errorPaths(answer), label).toEqual(r.errorPaths);
    if (r.errorPath) expect(errorPaths(answer), label).toContain(r.errorPath);
  });
}

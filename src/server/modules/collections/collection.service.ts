import type { Kysely } from 'kysely';
import type { CollectionDef } from '../../../contract/collections.js';
import { linkEntries, refEntries } from '../../../contract/fields.js';
import { slugify } from '../../../contract/plans.js';
import { newId } from '../../ids.js';
import { isUniqueViolation } from '../../db/dialect.js';
import type { Database } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, notFound, validationError, type FieldError } from '../../http/errors.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';
import { periodErrors } from './date-rules.js';
import { dependencyCycleError } from './dependency-rules.js';
import { changeSummary, writeAudit } from '../audit/audit.repository.js';
import {
  deleteEntity,
  findEntities,
  findEntity,
  insertEntity,
  missingIds,
  updateEntity,
  type AnyDb,
  type Entity,
  type Scope,
} from './collection.repository.js';

/** Everything a collection operation needs once the caller's access has been checked. */
export interface CollectionTarget {
  db: Kysely<Database>;
  principal: Principal | null;
  now: Date;
  workspaceId: string;
  /** Null for workspace-level collections (people). */
  planId: string | null;
  scope: Scope;
}

const any = (db: Kysely<Database>): AnyDb => db as unknown as AnyDb;

/**
 * The rules a row must keep whatever its fields' own types allow: periods in order, references
 * inside the plan (each bad one reported on its own field), no dependency loop.
 */
async function checkEntityRules(db: AnyDb, def: CollectionDef, t: CollectionTarget, input: Record<string, unknown>) {
  const periods = periodErrors(def.name, input);
  if (periods.length > 0) throw validationError(`Invalid dates in this ${def.label}`, periods);
  const errors: FieldError[] = [];
  for (const [name, ref] of refEntries(def.fields)) {
    const value = input[name];
    if (typeof value !== 'string') continue;
    const missing = await missingIds(db, ref.collection, t.planId ?? '', t.workspaceId, [value]);
    if (missing.length > 0) errors.push({ path: name, message: `No ${ref.collection} with id ${value} in this plan` });
  }
  for (const [name, link] of linkEntries(def.fields)) {
    const values = input[name];
    if (!Array.isArray(values)) continue;
    const missing = await missingIds(db, link.collection, t.planId ?? '', t.workspaceId, values as string[]);
    for (const id of missing) {
      errors.push({
        path: `${name}.${values.indexOf(id)}`,
        message: `No ${link.collection} with id ${id} in this plan`,
      });
    }
  }
  if (errors.length > 0) throw validationError(`Invalid references in this ${def.label}`, errors);
  if (def.name === 'action-dependencies' && t.planId) {
    const cycle = await dependencyCycleError(
      db,
      t.planId,
      input as { id?: string; predecessorId: string; successorId: string },
    );
    if (cycle) throw validationError(cycle.message, [cycle]);
  }
}

function duplicateError(def: CollectionDef): AppError {
  const fields = def.keyed ? ['key'] : (def.naturalKey ?? []).filter((c) => c !== 'plan_id');
  const camel = (c: string) => c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase());
  return new AppError(
    'conflict',
    `Another ${def.label} already has the same ${fields.map(camel).join(', ')}`,
    fields.map((c) => ({ path: camel(c), message: 'Already used in this plan' })),
  );
}

async function withDuplicateCheck<T>(def: CollectionDef, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateError(def);
    throw error;
  }
}

export function listEntities(
  t: CollectionTarget,
  def: CollectionDef,
  opts: { limit: number; offset: number; filters?: Record<string, string> },
) {
  return findEntities(any(t.db), def, t.scope, opts);
}

export async function getEntity(t: CollectionTarget, def: CollectionDef, id: string): Promise<Entity> {
  const entity = await findEntity(any(t.db), def, t.scope, id);
  if (!entity) throw notFound(capitalise(def.label));
  return entity;
}

/**
 * A key for a row created without one: the slug of its title or name, made unique with a few
 * random characters so that two "Newsletter" rows never collide.
 */
export function derivedKey(def: CollectionDef, input: Record<string, unknown>): string {
  const label = [input.title, input.name].find((value) => typeof value === 'string' && value.trim());
  const base = slugify(typeof label === 'string' ? label : def.name)
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base}-${newId().slice(-6)}`;
}

export function createEntity(t: CollectionTarget, def: CollectionDef, input: Record<string, unknown>): Promise<Entity> {
  const values = def.keyed && input.key === undefined ? { ...input, key: derivedKey(def, input) } : input;
  return withDuplicateCheck(def, () =>
    t.db.transaction().execute(async (trx) => {
      await checkEntityRules(any(trx), def, t, values);
      const id = await insertEntity(any(trx), def, t.scope, values, t.now.toISOString());
      const entity = (await findEntity(any(trx), def, t.scope, id)) as Entity;
      await writeAudit(trx, t.principal, audit(t, def, 'create', id, { after: entity }), t.now);
      return entity;
    }),
  );
}

export function updateEntityById(
  t: CollectionTarget,
  def: CollectionDef,
  id: string,
  patch: Record<string, unknown> & { version: number },
): Promise<Entity> {
  return withDuplicateCheck(def, () =>
    t.db.transaction().execute(async (trx) => {
      const before = await findEntity(any(trx), def, t.scope, id);
      if (!before) throw notFound(capitalise(def.label));
      assertVersion(def, before, patch.version);
      const { version, ...changes } = patch;
      await checkEntityRules(any(trx), def, t, { ...before, ...changes });
      const updated = await updateEntity(any(trx), def, t.scope, id, version, changes, t.now.toISOString());
      if (!updated) throw concurrentChange(def.label, await currentVersionOf(any(trx), def.table, 'id', id));
      const after = (await findEntity(any(trx), def, t.scope, id)) as Entity;
      await writeAudit(trx, t.principal, audit(t, def, 'update', id, changeSummary(before, changes)), t.now);
      return after;
    }),
  );
}

export function deleteEntityById(t: CollectionTarget, def: CollectionDef, id: string, version?: number): Promise<void> {
  return t.db.transaction().execute(async (trx) => {
    const before = await findEntity(any(trx), def, t.scope, id);
    if (!before) throw notFound(capitalise(def.label));
    if (version !== undefined) assertVersion(def, before, version);
    await deleteEntity(any(trx), def, t.scope, id);
    await writeAudit(trx, t.principal, audit(t, def, 'delete', id, { before }), t.now);
  });
}

function audit(t: CollectionTarget, def: CollectionDef, action: string, id: string, summary: Record<string, unknown>) {
  return { workspaceId: t.workspaceId, planId: t.planId, action, entity: def.name, entityId: id, summary };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Query filters a list accepts: equality on any reference field. */
export function filterableFields(def: CollectionDef): string[] {
  return refEntries(def.fields).map(([name]) => name);
}

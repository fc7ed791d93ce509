import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { slugify, type createPlanBody, type updatePlanBody } from '../../../contract/plans.js';
import { isUniqueViolation } from '../../db/dialect.js';
import type { Database, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { changeSummary, writeAudit } from '../audit/audit.repository.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';

export function presentPlan(row: PlanRow) {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    key: row.key,
    name: row.name,
    description: row.description,
    status: row.status as 'draft' | 'active' | 'archived',
    currency: row.currency,
    locale: row.locale as 'fr' | 'en',
    startDate: row.start_date,
    endDate: row.end_date,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const columnsOf = {
  key: 'key',
  name: 'name',
  description: 'description',
  status: 'status',
  currency: 'currency',
  locale: 'locale',
  startDate: 'start_date',
  endDate: 'end_date',
} as const;

type PlanFields = { [F in keyof typeof columnsOf]?: unknown };

/** The plan columns for the fields present in `fields` (API names → column names). */
export function planColumns(fields: PlanFields): Partial<PlanRow> {
  const set: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columnsOf)) {
    const value = fields[field as keyof PlanFields];
    if (value !== undefined) set[column] = value;
  }
  return set as Partial<PlanRow>;
}

/** Optional header fields a document or create body leaves out are cleared, not kept. */
function withClearedOptionals<T extends PlanFields>(fields: T): T {
  return {
    ...fields,
    description: fields.description ?? null,
    startDate: fields.startDate ?? null,
    endDate: fields.endDate ?? null,
  };
}

/** A new plan's row from its fields (as in a create body or a document header). */
export function newPlanRow(
  workspaceId: string,
  fields: z.infer<typeof createPlanBody> & { key: string },
  now: Date,
): PlanRow {
  const at = now.toISOString();
  return {
    id: newId(),
    workspace_id: workspaceId,
    ...(planColumns(withClearedOptionals(fields)) as Omit<PlanRow, 'id' | 'workspace_id'>),
    version: 1,
    created_at: at,
    updated_at: at,
  };
}

/** Header columns that make the plan look like `header` (a document's), absent optional fields cleared. */
export function headerColumns(header: PlanFields): Partial<PlanRow> {
  return planColumns(withClearedOptionals(header));
}

const keyTaken = () =>
  new AppError('conflict', 'Another plan of this workspace already uses this key', [
    { path: 'key', message: 'Already used in this workspace' },
  ]);

export async function findPlans(db: Kysely<Database>, workspaceId: string, opts: { limit: number; offset: number }) {
  const query = db.selectFrom('plans').where('workspace_id', '=', workspaceId);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).offset(opts.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentPlan), total: Number(count.n), ...opts };
}

export async function getPlanRow(db: Kysely<Database>, id: string): Promise<PlanRow> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Plan');
  return row;
}

export async function createPlan(
  db: Kysely<Database>,
  principal: Principal | null,
  workspaceId: string,
  input: z.infer<typeof createPlanBody>,
  now: Date,
): Promise<PlanRow> {
  // A random suffix keeps generated keys unique when two plans share a name.
  const key = input.key ?? `${slugify(input.name)}-${newId().slice(-8)}`;
  const row = newPlanRow(workspaceId, { ...input, key }, now);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('plans').values(row).execute();
      await writeAudit(
        trx,
        principal,
        {
          workspaceId,
          planId: row.id,
          action: 'create',
          entity: 'plan',
          entityId: row.id,
          summary: { after: presentPlan(row) },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken();
    throw error;
  }
  return row;
}

export async function updatePlan(
  db: Kysely<Database>,
  principal: Principal,
  before: PlanRow,
  input: z.infer<typeof updatePlanBody>,
  now: Date,
): Promise<PlanRow> {
  assertVersion({ label: 'plan' }, before, input.version);
  const { version, ...changes } = input;
  const merged = { ...presentPlan(before), ...changes };
  if (merged.startDate && merged.endDate && merged.endDate < merged.startDate) {
    throw new AppError('validation', 'The end date must not be before the start date', [
      { path: 'endDate', message: 'Before the start date' },
    ]);
  }
  const set = planColumns(changes);
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('plans')
        .set({ ...set, version: before.version + 1, updated_at: now.toISOString() })
        .where('id', '=', before.id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0)
        throw concurrentChange('plan', await currentVersionOf(trx, 'plans', 'id', before.id));
      await writeAudit(
        trx,
        principal,
        {
          workspaceId: before.workspace_id,
          planId: before.id,
          action: 'update',
          entity: 'plan',
          entityId: before.id,
          summary: changeSummary(presentPlan(before), changes),
        },
        now,
      );
      return getPlanRow(trx, before.id);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken();
    throw error;
  }
}

export async function deletePlan(db: Kysely<Database>, principal: Principal, plan: PlanRow, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('plans').where('id', '=', plan.id).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'delete',
        entity: 'plan',
        entityId: plan.id,
        summary: { before: { key: plan.key, name: plan.name } },
      },
      now,
    );
  });
}

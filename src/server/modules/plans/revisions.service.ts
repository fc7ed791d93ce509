import type { Kysely } from 'kysely';
import type { Database, PlanRevisionRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { exportPlanDocument } from '../documents/document.export.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../http/errors.js';

function present(row: Omit<PlanRevisionRow, 'document'>) {
  return { id: row.id, number: row.number, message: row.message, createdBy: row.created_by, createdAt: row.created_at };
}

export async function findRevisions(db: Kysely<Database>, planId: string) {
  const rows = await db
    .selectFrom('plan_revisions')
    .select(['id', 'plan_id', 'number', 'message', 'created_by', 'created_at'])
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(present);
}

export async function getRevision(db: Kysely<Database>, planId: string, id: string) {
  const row = await db
    .selectFrom('plan_revisions')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Revision');
  return { ...present(row), document: JSON.parse(row.document) as unknown };
}

/** Saves the plan as it is now, as the next numbered revision. */
export async function createRevision(
  db: Kysely<Database>,
  principal: Principal,
  plan: { id: string; workspace_id: string },
  message: string,
  now: Date,
) {
  try {
    return await db.transaction().execute(async (trx) => {
      const document = await exportPlanDocument(trx, plan.id);
      const last = await trx
        .selectFrom('plan_revisions')
        .select((eb) => eb.fn.max('number').as('n'))
        .where('plan_id', '=', plan.id)
        .executeTakeFirst();
      const row: PlanRevisionRow = {
        id: newId(),
        plan_id: plan.id,
        number: Number(last?.n ?? 0) + 1,
        message,
        document: JSON.stringify(document),
        created_by: principal.kind === 'user' ? principal.userId : null,
        created_at: now.toISOString(),
      };
      await trx.insertInto('plan_revisions').values(row).execute();
      await writeAudit(
        trx,
        principal,
        {
          workspaceId: plan.workspace_id,
          planId: plan.id,
          action: 'create',
          entity: 'revision',
          entityId: row.id,
          summary: { number: row.number, message },
        },
        now,
      );
      return present(row);
    });
  } catch (error) {
    // Two saves at the same instant would take the same number: the second one is told to retry.
    if (isUniqueViolation(error))
      throw new AppError('conflict', 'Another revision was saved at the same time; try again');
    throw error;
  }
}

import type { Kysely } from 'kysely';
import { planCollections, planSingletons } from '../../../contract/collections.js';
import type { PlanDocument } from '../../../contract/plan-document.js';
import { isUniqueViolation, type DialectName } from '../../db/dialect.js';
import type { Database, PlanRevisionRow, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { exportPlanDocument } from '../documents/document.export.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { insertPlanContent } from '../documents/document.import.js';
import { headerColumns } from './plans.service.js';

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
  // Stored revisions are exports of this very schema.
  return { ...present(row), document: JSON.parse(row.document) as PlanDocument };
}

/** Snapshots the plan inside `trx` as the next numbered revision. */
async function saveRevision(
  trx: Kysely<Database>,
  principal: Principal,
  plan: { id: string; workspace_id: string },
  message: string,
  now: Date,
) {
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
  const summary = { number: row.number, message };
  await writeAudit(
    trx,
    principal,
    {
      workspaceId: plan.workspace_id,
      planId: plan.id,
      action: 'create',
      entity: 'revision',
      entityId: row.id,
      summary,
    },
    now,
  );
  return present(row);
}

async function numbered<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two saves at the same instant would take the same number: the second one is told to retry.
    if (isUniqueViolation(error))
      throw new AppError('conflict', 'Another revision was saved at the same time; try again');
    throw error;
  }
}

/** Saves the plan as it is now, as the next numbered revision. */
export function createRevision(
  db: Kysely<Database>,
  principal: Principal,
  plan: { id: string; workspace_id: string },
  message: string,
  now: Date,
) {
  return numbered(() => db.transaction().execute((trx) => saveRevision(trx, principal, plan, message, now)));
}

const restoreMessages = {
  before: {
    fr: (n: number) => `Avant la restauration de la révision ${n}`,
    en: (n: number) => `Before restoring revision ${n}`,
  },
  after: { fr: (n: number) => `Révision ${n} restaurée`, en: (n: number) => `Restored revision ${n}` },
};

/**
 * Brings the plan back to a revision without losing anything: the current state is saved as a
 * revision first, then the plan's content is replaced and saved as a new revision.
 */
export function restoreRevision(
  db: Kysely<Database>,
  dialect: DialectName,
  principal: Principal,
  plan: PlanRow,
  revisionId: string,
  now: Date,
) {
  const locale = plan.locale === 'en' ? 'en' : 'fr';
  return numbered(() =>
    db.transaction().execute(async (trx) => {
      const revision = await getRevision(trx, plan.id, revisionId);
      await saveRevision(trx, principal, plan, restoreMessages.before[locale](revision.number), now);
      for (const def of [...planCollections].reverse().concat(planSingletons)) {
        await (trx as unknown as AnyDb).deleteFrom(def.table).where('plan_id', '=', plan.id).execute();
      }
      // The key stays: links and bookmarks to this plan keep working.
      const { key: _key, ...header } = revision.document.plan;
      await trx
        .updateTable('plans')
        .set({ ...headerColumns(header), version: plan.version + 1, updated_at: now.toISOString() })
        .where('id', '=', plan.id)
        .execute();
      await insertPlanContent(trx, dialect, plan, revision.document, now);
      return saveRevision(trx, principal, plan, restoreMessages.after[locale](revision.number), now);
    }),
  );
}

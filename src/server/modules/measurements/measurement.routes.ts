import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { idSchema } from '../../../contract/common.js';
import {
  maxBatchItems,
  measurementBatchBody,
  measurementBatchResultSchema,
  type MeasurementBatchBody,
  type MeasurementBatchResult,
} from '../../../contract/measurements.js';
import type { DialectName } from '../../db/dialect.js';
import type { Database, PlanRow } from '../../db/schema.js';
import type { AppEnv, Principal } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { writeAudit } from '../audit/audit.repository.js';
import type { AnyDb } from '../collections/collection.repository.js';
import { requirePlanRole } from '../workspaces/access.js';
import { upsertMeasurements } from './measurement.writer.js';

const params = z.object({ planId: idSchema, kpiId: idSchema });

/** The plan's KPI named by its id or, for scripts, by its key. */
export async function findKpi(
  db: Kysely<Database>,
  planId: string,
  idOrKey: string,
): Promise<{ id: string; key: string }> {
  const kpis = (await (db as unknown as AnyDb)
    .selectFrom('kpis')
    .select(['id', 'key'])
    .where('plan_id', '=', planId)
    .where((eb) => eb.or([eb('id', '=', idOrKey), eb('key', '=', idOrKey)]))
    .execute()) as { id: string; key: string }[];
  const kpi = kpis.find((k) => k.id === idOrKey) ?? kpis[0];
  if (!kpi) throw notFound('KPI');
  return kpi;
}

/**
 * Writes a batch in one transaction: every item was validated before (a bad item has already
 * answered 400 with nothing written). A batch that changes nothing leaves no trace, not even in
 * the audit log, so that a script may repeat it freely.
 */
export async function writeMeasurementBatch(
  db: Kysely<Database>,
  dialect: DialectName,
  principal: Principal | null,
  plan: PlanRow,
  kpi: { id: string; key: string },
  batch: MeasurementBatchBody,
  now: Date,
): Promise<MeasurementBatchResult> {
  const rows = batch.items.map((item) => ({
    kpiId: kpi.id,
    date: item.date,
    value: item.value,
    source: batch.source,
    note: item.note ?? null,
  }));
  const counts = await db.transaction().execute(async (trx) => {
    const written = await upsertMeasurements(trx, dialect, plan.id, rows, now.toISOString());
    if (written.inserted + written.updated > 0) {
      await writeAudit(
        trx,
        principal,
        {
          workspaceId: plan.workspace_id,
          planId: plan.id,
          action: 'import',
          entity: 'measurement',
          entityId: kpi.id,
          summary: { kpi: kpi.key, source: batch.source, ...written },
        },
        now,
      );
    }
    return written;
  });
  return { kpiId: kpi.id, kpiKey: kpi.key, source: batch.source, received: batch.items.length, ...counts };
}

/** `POST /plans/{plan}/kpis/{kpi}/measurements/batch`: scripts push a KPI's values. */
export function registerMeasurementRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'post',
      path: '/plans/{planId}/kpis/{kpiId}/measurements/batch',
      tag: 'measurements',
      summary:
        `Push up to ${maxBatchItems.toLocaleString('en')} measurements of one KPI (id or key), idempotently: ` +
        'upsert by KPI, date and source, so the same body sent twice changes nothing. All or nothing: ' +
        'one invalid item (its path is named, e.g. `items.3.date`) and nothing is written. Editors and editor tokens.',
      params,
      body: measurementBatchBody,
      bodyMaxBytes: (c) => c.get('deps').config.maxImportBytes,
      responses: {
        200: {
          description: 'What the batch did: inserted, updated, and unchanged (already stored as sent)',
          schema: measurementBatchResultSchema,
        },
        413: { description: 'Body too large' },
        415: { description: 'The body is not application/json' },
      },
    },
    async ({ c, principal, params: p, body }) => {
      const { database, now } = c.get('deps');
      const { plan } = await requirePlanRole(database.db, principal, p.planId, 'editor');
      const kpi = await findKpi(database.db, plan.id, p.kpiId);
      return c.json(await writeMeasurementBatch(database.db, database.dialect, principal, plan, kpi, body, now()));
    },
  );
}

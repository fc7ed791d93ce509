import type { Kysely } from 'kysely';
import { collectionByName, type CollectionDef } from '../../../contract/collections.js';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { DecisionAnswer } from '../../../contract/experiment-answers.js';
import type { ExperimentDecisionBody, ExperimentResultsBody } from '../../../contract/experiments.js';
import type { Database, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { AppError, validationError, type FieldError } from '../../http/errors.js';
import { assertVersion, concurrentChange, currentVersionOf } from '../../http/versioning.js';
import { changeSummary, writeAudit } from '../audit/audit.repository.js';
import {
  findEntity,
  insertEntity,
  missingIds,
  updateEntity,
  type AnyDb,
} from '../collections/collection.repository.js';
import { derivedKey } from '../collections/collection.service.js';
import { experimentsDef, findVariants, planScope, resultsDef } from './experiment.store.js';

const kpisDef = collectionByName('kpis') as CollectionDef;
const correctiveActionsDef = collectionByName('corrective-actions') as CollectionDef;

interface WriteContext {
  db: Kysely<Database>;
  principal: Principal;
  plan: PlanRow;
  now: Date;
}

const any = (db: Kysely<Database>): AnyDb => db as unknown as AnyDb;

function auditEntry(plan: PlanRow, action: string, entity: string, entityId: string, summary: Record<string, unknown>) {
  return { workspaceId: plan.workspace_id, planId: plan.id, action, entity, entityId, summary };
}

/** Rows that belong to another experiment, or lack what the experiment's metric needs. */
async function resultErrors(
  t: WriteContext,
  experiment: ExperimentEntity,
  body: ExperimentResultsBody,
): Promise<FieldError[]> {
  const variantIds = new Set((await findVariants(t.db, t.plan.id, experiment.id)).map((v) => v.id));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.results.forEach((row, index) => {
    const at = (field: string) => `results.${index}.${field}`;
    if (!variantIds.has(row.variantId)) {
      errors.push({ path: at('variantId'), message: 'Not a variant of this experiment', code: 'unknown_variant' });
    }
    if (experiment.metricType === 'conversion' && row.conversions == null) {
      errors.push({ path: at('conversions'), message: 'Required for a conversion test', code: 'required' });
    }
    if (experiment.metricType === 'continuous') {
      if (row.mean == null)
        errors.push({ path: at('mean'), message: 'Required for a continuous metric', code: 'required' });
      if (row.sd == null)
        errors.push({ path: at('sd'), message: 'Required for a continuous metric', code: 'required' });
    }
    const day = `${row.variantId} ${row.date}`;
    if (seen.has(day))
      errors.push({ path: at('date'), message: 'This variant already has a row for this day', code: 'duplicate' });
    seen.add(day);
  });
  return errors;
}

/**
 * Saves daily results, replacing what a variant already had on the same day: a script may push
 * the day's totals as often as it likes. All rows or none.
 */
export async function saveResults(
  t: WriteContext,
  experiment: ExperimentEntity,
  body: ExperimentResultsBody,
): Promise<{ saved: number }> {
  const errors = await resultErrors(t, experiment, body);
  if (errors.length > 0) throw validationError('Invalid experiment results', errors);
  const scope = planScope(t.plan.id);
  const stamp = t.now.toISOString();
  await t.db.transaction().execute(async (trx) => {
    const existing = await any(trx)
      .selectFrom('experiment_results')
      .select(['id', 'variant_id', 'date', 'version'])
      .where('plan_id', '=', t.plan.id)
      .where('variant_id', 'in', [...new Set(body.results.map((r) => r.variantId))])
      .execute();
    const byDay = new Map(existing.map((r) => [`${String(r.variant_id)} ${String(r.date)}`, r]));
    for (const row of body.results) {
      const values = {
        variantId: row.variantId,
        date: row.date,
        users: row.users,
        conversions: row.conversions ?? null,
        mean: row.mean ?? null,
        sd: row.sd ?? null,
      };
      const before = byDay.get(`${row.variantId} ${row.date}`);
      if (before)
        await updateEntity(any(trx), resultsDef, scope, String(before.id), Number(before.version), values, stamp);
      else await insertEntity(any(trx), resultsDef, scope, values, stamp);
    }
    await writeAudit(
      trx,
      t.principal,
      auditEntry(t.plan, 'import', 'experiment-results', experiment.id, { rows: body.results.length }),
      t.now,
    );
  });
  return { saved: body.results.length };
}

/**
 * Closes an experiment with a decision record (what, who, when, why) and, if asked, carries it
 * into the plan: the linked KPI's new baseline, an entry in its corrective-actions log. One
 * transaction: either all of it lands or nothing does.
 */
export async function recordDecision(
  t: WriteContext,
  experiment: ExperimentEntity,
  body: ExperimentDecisionBody,
): Promise<DecisionAnswer> {
  assertVersion(experimentsDef, experiment, body.version);
  const touchesKpi = body.kpiBaseline !== undefined || body.correctiveAction !== undefined;
  if (touchesKpi && !experiment.kpiId) {
    throw new AppError('validation', 'This experiment has no linked KPI to update', [
      {
        path: body.kpiBaseline !== undefined ? 'kpiBaseline' : 'correctiveAction',
        message: 'No linked KPI',
        code: 'no_kpi',
      },
    ]);
  }
  const people = [body.decidedById, body.correctiveAction?.ownerId].filter(
    (id): id is string => typeof id === 'string',
  );
  const unknown = await missingIds(any(t.db), 'people', t.plan.id, t.plan.workspace_id, people);
  if (unknown.length > 0) {
    const path = unknown.includes(body.decidedById ?? '') ? 'decidedById' : 'correctiveAction.ownerId';
    throw validationError('Unknown person', [{ path, message: 'No such person in this workspace' }]);
  }
  const scope = planScope(t.plan.id);
  const stamp = t.now.toISOString();
  const decidedAt = body.decidedAt ?? stamp.slice(0, 10);
  return t.db.transaction().execute(async (trx) => {
    const patch = {
      status: 'decided',
      decision: body.decision,
      decisionNote: body.decisionNote,
      decidedById: body.decidedById ?? null,
      decidedAt,
    };
    if (!(await updateEntity(any(trx), experimentsDef, scope, experiment.id, experiment.version, patch, stamp))) {
      throw concurrentChange(
        experimentsDef.label,
        await currentVersionOf(trx, experimentsDef.table, 'id', experiment.id),
      );
    }
    const entry = auditEntry(t.plan, 'update', 'experiments', experiment.id, changeSummary({ ...experiment }, patch));
    await writeAudit(trx, t.principal, entry, t.now);

    let kpiUpdated = false;
    if (body.kpiBaseline !== undefined && experiment.kpiId) {
      const kpi = await findEntity(any(trx), kpisDef, scope, experiment.kpiId);
      if (kpi) {
        const change = { baseline: body.kpiBaseline };
        await updateEntity(any(trx), kpisDef, scope, kpi.id, kpi.version, change, stamp);
        await writeAudit(
          trx,
          t.principal,
          auditEntry(t.plan, 'update', 'kpis', kpi.id, changeSummary(kpi, change)),
          t.now,
        );
        kpiUpdated = true;
      }
    }

    let correctiveActionId: string | null = null;
    if (body.correctiveAction && experiment.kpiId) {
      const action = {
        status: 'planned',
        ...body.correctiveAction,
        kpiId: experiment.kpiId,
        outcome: body.decisionNote,
      };
      const values = { ...action, key: derivedKey(correctiveActionsDef, action) };
      correctiveActionId = await insertEntity(any(trx), correctiveActionsDef, scope, values, stamp);
      const created = await findEntity(any(trx), correctiveActionsDef, scope, correctiveActionId);
      await writeAudit(
        trx,
        t.principal,
        auditEntry(t.plan, 'create', 'corrective-actions', correctiveActionId, { after: created }),
        t.now,
      );
    }
    const after = (await findEntity(any(trx), experimentsDef, scope, experiment.id)) as unknown as ExperimentEntity;
    return { experiment: after, correctiveActionId, kpiUpdated };
  });
}

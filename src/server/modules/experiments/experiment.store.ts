import type { Kysely } from 'kysely';
import { collectionByName, type CollectionDef } from '../../../contract/collections.js';
import type { ExperimentEntity, ExperimentVariantEntity } from '../../../contract/entity-types.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../http/errors.js';
import { findEntities, findEntity, type AnyDb, type Scope } from '../collections/collection.repository.js';

/** Reads of one experiment and its parts, as the API presents them (ids, camelCase fields). */

export const experimentsDef = collectionByName('experiments') as CollectionDef;
export const variantsDef = collectionByName('experiment-variants') as CollectionDef;
export const resultsDef = collectionByName('experiment-results') as CollectionDef;

export const planScope = (planId: string): Scope => ({ column: 'plan_id', id: planId });

const any = (db: Kysely<Database>): AnyDb => db as unknown as AnyDb;

/** The plan's experiment named by its id or, for scripts, by its key. */
export async function findExperiment(db: Kysely<Database>, planId: string, idOrKey: string): Promise<ExperimentEntity> {
  const byId = await findEntity(any(db), experimentsDef, planScope(planId), idOrKey);
  if (byId) return byId as unknown as ExperimentEntity;
  const row = await any(db)
    .selectFrom('experiments')
    .select('id')
    .where('plan_id', '=', planId)
    .where('key', '=', idOrKey)
    .executeTakeFirst();
  const byKey = row && (await findEntity(any(db), experimentsDef, planScope(planId), String(row.id)));
  if (!byKey) throw notFound('Experiment');
  return byKey as unknown as ExperimentEntity;
}

/** The experiment's variants, in the order they were created. */
export async function findVariants(
  db: Kysely<Database>,
  planId: string,
  experimentId: string,
): Promise<ExperimentVariantEntity[]> {
  const page = await findEntities(any(db), variantsDef, planScope(planId), {
    limit: 1000,
    offset: 0,
    filters: { experimentId },
  });
  return page.items as unknown as ExperimentVariantEntity[];
}

/** One day of one variant, as entered or pushed. */
export interface DailyResult {
  variantId: string;
  date: string;
  users: number;
  conversions: number | null;
  mean: number | null;
  sd: number | null;
}

/** Every daily result row of the given variants, oldest first. */
export async function findResults(db: Kysely<Database>, planId: string, variantIds: string[]): Promise<DailyResult[]> {
  if (variantIds.length === 0) return [];
  const rows = await any(db)
    .selectFrom('experiment_results')
    .select(['variant_id', 'date', 'users', 'conversions', 'mean', 'sd'])
    .where('plan_id', '=', planId)
    .where('variant_id', 'in', variantIds)
    .orderBy('date')
    .execute();
  const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return rows.map((r) => ({
    variantId: String(r.variant_id),
    date: String(r.date),
    users: Number(r.users),
    conversions: numberOrNull(r.conversions),
    mean: numberOrNull(r.mean),
    sd: numberOrNull(r.sd),
  }));
}

import type { Kysely } from 'kysely';
import type { PlanFacts } from '../../../core/plan.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../http/errors.js';
import { exportPlanDocument } from './document.export.js';
import { planFactsOf } from './plan-facts.js';

/**
 * The plan as the rules read it, kept in memory between requests. Reading a whole plan costs
 * a full pass over its rows (seconds for the large reference plan, most of it measurements),
 * and one screen asks for several reports at once. A kept copy is used while its workspace's
 * `content_version` — raised by every write, see writeAudit — is the one it was read at, so a
 * write by another process (the CLI, a second server) is seen too.
 *
 * The copies are frozen: the rules only read them, and a rule that tried to change one would
 * fail loudly instead of corrupting the next request's answer.
 */

interface Kept {
  contentVersion: number;
  facts: Promise<PlanFacts>;
}

/** Plans kept per database; the least recently used goes first. */
const maxPlans = 4;
const keptByDatabase = new WeakMap<object, Map<string, Kept>>();

export async function cachedPlanFacts(db: Kysely<Database>, planId: string): Promise<PlanFacts> {
  const row = await db
    .selectFrom('plans')
    .innerJoin('workspaces', 'workspaces.id', 'plans.workspace_id')
    .select('workspaces.content_version as contentVersion')
    .where('plans.id', '=', planId)
    .executeTakeFirst();
  if (!row) throw notFound('Plan');

  let kept = keptByDatabase.get(db);
  if (!kept) keptByDatabase.set(db, (kept = new Map()));
  const hit = kept.get(planId);
  kept.delete(planId);
  if (hit && hit.contentVersion === row.contentVersion) {
    kept.set(planId, hit);
    return hit.facts;
  }

  const entry: Kept = {
    contentVersion: row.contentVersion,
    facts: exportPlanDocument(db, planId).then((document) => deepFreeze(planFactsOf(document))),
  };
  kept.set(planId, entry);
  for (const oldest of kept.keys()) {
    if (kept.size <= maxPlans) break;
    kept.delete(oldest);
  }
  entry.facts.catch(() => {
    if (kept.get(planId) === entry) kept.delete(planId);
  });
  return entry.facts;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

import { z } from 'zod';
import type { PlanFacts } from '../../../core/plan.js';
import { idSchema } from '../../../contract/common.js';
import { isoDate } from '../../../contract/fields.js';
import type { AppContext, Principal } from '../../http/context.js';
import { cachedPlanFacts } from '../documents/plan-facts.cache.js';
import { requirePlanRole } from '../workspaces/access.js';

export const planParams = z.object({ planId: idSchema });

/** `?today=YYYY-MM-DD` lets a client ask "as of" a date; the server's date otherwise. */
export const todayQuery = z.object({ today: isoDate.optional() });

/** A report of the method's rules; its exact shape is described in `src/core`. */
export const reportSchema = z.record(z.string(), z.unknown());

export function todayOf(c: AppContext, today: string | undefined): string {
  return today ?? c.get('deps').now().toISOString().slice(0, 10);
}

/** The plan as the rules read it (kept between requests until the next write), after checking that the caller may read it. */
export async function readPlanFacts(c: AppContext, principal: Principal, planId: string): Promise<PlanFacts> {
  const { db } = c.get('deps').database;
  await requirePlanRole(db, principal, planId, 'viewer');
  return cachedPlanFacts(db, planId);
}

const reportsByFacts = new WeakMap<PlanFacts, Map<string, unknown>>();

/**
 * A report computed once per kept copy of a plan and `key` (the report's name and its
 * parameters, such as the date it is computed for): the kept copy is replaced at every write, so
 * a report can never outlive the data it was computed from. Callers only serialise it.
 */
export function reportOnce<T>(facts: PlanFacts, key: string, compute: () => T): T {
  let reports = reportsByFacts.get(facts);
  if (!reports) reportsByFacts.set(facts, (reports = new Map()));
  if (!reports.has(key)) reports.set(key, compute());
  return reports.get(key) as T;
}

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

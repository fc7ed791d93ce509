import { cycleRefusalMessage, wouldCreateCycle } from '../../../core/schedule/index.js';
import type { FieldError } from '../../http/errors.js';
import type { AnyDb } from './collection.repository.js';

/**
 * A new or changed dependency must not close a loop (A waits for B waits for A): the plan could
 * never be scheduled. Returns the error to report, naming the actions of the loop in order.
 */
export async function dependencyCycleError(
  db: AnyDb,
  planId: string,
  edge: { id?: string; predecessorId: string; successorId: string },
): Promise<FieldError | null> {
  let query = db
    .selectFrom('action_dependencies')
    .select(['predecessor_id as predecessor', 'successor_id as successor'])
    .where('plan_id', '=', planId);
  if (edge.id) query = query.where('id', '!=', edge.id);
  const existing = (await query.execute()) as { predecessor: string; successor: string }[];
  const cycle = wouldCreateCycle(existing, { predecessor: edge.predecessorId, successor: edge.successorId });
  if (!cycle) return null;
  const titles = new Map(
    (
      (await db
        .selectFrom('actions')
        .select(['id', 'title'])
        .where('id', 'in', [...new Set(cycle)])
        .execute()) as {
        id: string;
        title: string;
      }[]
    ).map((a) => [a.id, a.title]),
  );
  const message = cycleRefusalMessage(cycle.map((id) => titles.get(id) ?? id));
  return { path: 'successorId', message: message.en, code: 'dependency_cycle' };
}

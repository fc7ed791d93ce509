import type { ActionEntity } from '../../../contract/entity-types.js';

const FINISHED: ReadonlySet<ActionEntity['status']> = new Set(['done', 'cancelled']);

/** Actions past their due date (strictly before `today`) and neither done nor cancelled. */
export function lateActions<A extends Pick<ActionEntity, 'dueDate' | 'status'>>(
  actions: readonly A[],
  today: string,
): A[] {
  return actions.filter((a) => a.dueDate !== null && a.dueDate < today && !FINISHED.has(a.status));
}

/** Actions still to finish (not done, not cancelled). */
export function openActions<A extends Pick<ActionEntity, 'status'>>(actions: readonly A[]): A[] {
  return actions.filter((a) => !FINISHED.has(a.status));
}

/**
 * Share of the allocatable envelope the budget lines plan, in whole percent (may pass 100);
 * null without an envelope to compare with.
 */
export function budgetUsedPercent(planned: number, allocatable: number | null | undefined): number | null {
  if (allocatable === null || allocatable === undefined || allocatable <= 0) return null;
  return Math.round((planned / allocatable) * 100);
}

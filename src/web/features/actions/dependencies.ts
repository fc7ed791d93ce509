import type { ActionDependencyEntity } from '../../../contract/entity-types.js';
import { cycleRefusalMessage, wouldCreateCycle } from '../../../core/schedule/index.js';
import { api, isApiError } from '../../api/client';
import type { Language } from '../objectives/format';

/**
 * An action's predecessors (« dépend de ») are rows of `action-dependencies`
 * (predecessorId → successorId). The action editor picks them as a list; saving turns the
 * difference into deletions and creations, one row each.
 */

/** The action's current predecessors: predecessor id → the dependency row's id. */
export function predecessorsOf(
  dependencies: readonly ActionDependencyEntity[],
  actionId: string | null,
): Map<string, string> {
  if (!actionId) return new Map();
  return new Map(
    dependencies.filter((dep) => dep.successorId === actionId).map((dep) => [dep.predecessorId, dep.id] as const),
  );
}

/**
 * The loop (action ids, first repeated at the end) that giving `actionId` the predecessors
 * `selected` would close, or null. The action's other predecessors are replaced by `selected`.
 */
export function dependencyCycle(
  dependencies: readonly ActionDependencyEntity[],
  actionId: string,
  selected: readonly string[],
): string[] | null {
  const others = dependencies
    .filter((dep) => dep.successorId !== actionId)
    .map((dep) => ({ predecessor: dep.predecessorId, successor: dep.successorId }));
  for (const predecessor of selected) {
    const cycle = wouldCreateCycle(others, { predecessor, successor: actionId });
    if (cycle) return cycle;
  }
  return null;
}

/** « Cette dépendance créerait un cycle : A → B → A », the actions named by their titles. */
export function cycleText(cycle: readonly string[], titleOf: (id: string) => string, language: Language): string {
  return cycleRefusalMessage(cycle.map(titleOf))[language];
}

/** Whether the server refused a dependency because it would close a loop. */
export function isCycleRefusal(error: unknown): boolean {
  return (
    isApiError(error) && (error.code === 'dependency_cycle' || error.errors.some((e) => e.code === 'dependency_cycle'))
  );
}

/**
 * The server's cycle refusal in the UI language. The server writes it in English, naming the
 * loop after a colon (“…would create a cycle: A → B → A”); the loop is put back in a sentence
 * of the UI language. Null when the message cannot be read that way.
 */
export function cycleRefusalText(error: unknown, language: Language): string | null {
  if (!isApiError(error)) return null;
  const message = error.errors.find((e) => e.code === 'dependency_cycle')?.message ?? error.detail ?? '';
  const colon = message.indexOf(': ');
  if (colon < 0) return null;
  const chain = message
    .slice(colon + 2)
    .split(' → ')
    .map((part) => part.trim());
  return chain.length >= 2 ? cycleRefusalMessage(chain)[language] : null;
}

export interface PredecessorChange {
  add: string[];
  /** Dependency rows to delete. */
  remove: string[];
}

export function predecessorChange(
  current: ReadonlyMap<string, string>,
  selected: readonly string[],
): PredecessorChange {
  const wanted = new Set(selected);
  return {
    add: selected.filter((id) => !current.has(id)),
    remove: [...current].filter(([predecessor]) => !wanted.has(predecessor)).map(([, depId]) => depId),
  };
}

/**
 * Writes the change, deletions first (so that swapping a predecessor never looks like a loop).
 * `current` is updated as each row is written, so that saving again after a refusal only sends
 * what is still missing. Throws the first refusal.
 */
export async function savePredecessors(
  planId: string,
  actionId: string,
  current: Map<string, string>,
  selected: readonly string[],
): Promise<void> {
  const base = `/plans/${encodeURIComponent(planId)}/action-dependencies`;
  const { add, remove } = predecessorChange(current, selected);
  for (const depId of remove) {
    try {
      await api.delete<void>(`${base}/${encodeURIComponent(depId)}`);
    } catch (error) {
      // Already gone (deleted elsewhere, or with its predecessor): that is what was wanted.
      if (!isApiError(error, 404)) throw error;
    }
    for (const [predecessor, id] of current) if (id === depId) current.delete(predecessor);
  }
  for (const predecessorId of add) {
    const created = await api.post<ActionDependencyEntity>(base, { predecessorId, successorId: actionId });
    current.set(predecessorId, created.id);
  }
}

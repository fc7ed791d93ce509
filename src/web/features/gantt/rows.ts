import type {
  ActionDependencyEntity,
  ActionEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';

/**
 * The Gantt's rows: each strategy, then its tactics, each followed by its scheduled actions, in
 * the plan's order (by position, so that a bar keeps its row while it moves). Groups without a
 * scheduled action are left out; the actions without dates are listed apart.
 */

export type GanttRow =
  | { kind: 'strategy'; id: string; name: string | null }
  | { kind: 'tactic'; id: string; name: string | null }
  | { kind: 'action'; action: ActionEntity };

export interface GanttRows {
  rows: GanttRow[];
  /** Row index of each scheduled action, by id. */
  rowOfAction: Map<string, number>;
  /** Actions that cannot be drawn (no dates), in the plan's order. */
  unscheduled: ActionEntity[];
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export function buildRows(
  strategies: readonly StrategyEntity[],
  tactics: readonly TacticEntity[],
  actions: readonly ActionEntity[],
  isScheduled: (action: ActionEntity) => boolean,
): GanttRows {
  const actionsOfTactic = new Map<string, ActionEntity[]>();
  const unscheduled: ActionEntity[] = [];
  for (const action of [...actions].sort(byPosition)) {
    if (!isScheduled(action)) {
      unscheduled.push(action);
      continue;
    }
    const list = actionsOfTactic.get(action.tacticId);
    if (list) list.push(action);
    else actionsOfTactic.set(action.tacticId, [action]);
  }
  const knownStrategies = new Set(strategies.map((s) => s.id));
  const tacticsOfStrategy = new Map<string, TacticEntity[]>();
  for (const tactic of [...tactics].sort(byPosition)) {
    const strategyId = knownStrategies.has(tactic.strategyId) ? tactic.strategyId : '';
    const list = tacticsOfStrategy.get(strategyId);
    if (list) list.push(tactic);
    else tacticsOfStrategy.set(strategyId, [tactic]);
  }

  const rows: GanttRow[] = [];
  const rowOfAction = new Map<string, number>();
  const pushActions = (list: ActionEntity[]) => {
    for (const action of list) {
      rowOfAction.set(action.id, rows.length);
      rows.push({ kind: 'action', action });
    }
  };
  const pushStrategy = (id: string, name: string | null) => {
    const groups = (tacticsOfStrategy.get(id) ?? []).filter((tactic) => actionsOfTactic.has(tactic.id));
    if (groups.length === 0) return;
    rows.push({ kind: 'strategy', id, name });
    for (const tactic of groups) {
      rows.push({ kind: 'tactic', id: tactic.id, name: tactic.name });
      pushActions(actionsOfTactic.get(tactic.id) ?? []);
    }
  };
  for (const strategy of [...strategies].sort(byPosition)) pushStrategy(strategy.id, strategy.name);
  pushStrategy('', null);
  // Actions of a tactic the plan no longer lists (a stale cache between two reloads).
  const knownTactics = new Set(tactics.map((t) => t.id));
  const orphans = [...actionsOfTactic].filter(([tacticId]) => !knownTactics.has(tacticId)).flatMap(([, list]) => list);
  if (orphans.length > 0) {
    rows.push({ kind: 'tactic', id: '', name: null });
    pushActions(orphans);
  }
  return { rows, rowOfAction, unscheduled };
}

export interface ArrowRef {
  dependency: ActionDependencyEntity;
  fromRow: number;
  toRow: number;
}

/**
 * The dependencies with a part between rows `first` and `last` (both drawn): an arrow whose ends
 * are both above, or both below, the visible rows is not drawn.
 */
export function arrowsInView(
  dependencies: readonly ActionDependencyEntity[],
  rowOfAction: ReadonlyMap<string, number>,
  first: number,
  last: number,
): ArrowRef[] {
  const arrows: ArrowRef[] = [];
  for (const dependency of dependencies) {
    const fromRow = rowOfAction.get(dependency.predecessorId);
    const toRow = rowOfAction.get(dependency.successorId);
    if (fromRow === undefined || toRow === undefined) continue;
    if (Math.max(fromRow, toRow) < first || Math.min(fromRow, toRow) > last) continue;
    arrows.push({ dependency, fromRow, toRow });
  }
  return arrows;
}

import type {
  ActionDependencyEntity,
  ActionEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';

/**
 * The plan's strategy → tactic → action tree, and the flat list of rows the screen shows once
 * collapsed branches and the filters are applied (that list is what gets virtualised).
 */

export type ActionStatus = ActionEntity['status'];

export interface TacticNode {
  tactic: TacticEntity;
  actions: ActionEntity[];
}

export interface StrategyNode {
  strategy: StrategyEntity;
  tactics: TacticNode[];
  actionCount: number;
}

/** Groups the collections in the plan's order (the order the API lists them in). */
export function buildTree(
  strategies: readonly StrategyEntity[],
  tactics: readonly TacticEntity[],
  actions: readonly ActionEntity[],
): StrategyNode[] {
  const actionsByTactic = new Map<string, ActionEntity[]>();
  for (const action of actions) {
    const list = actionsByTactic.get(action.tacticId);
    if (list) list.push(action);
    else actionsByTactic.set(action.tacticId, [action]);
  }
  const tacticsByStrategy = new Map<string, TacticNode[]>();
  for (const tactic of tactics) {
    const node = { tactic, actions: actionsByTactic.get(tactic.id) ?? [] };
    const list = tacticsByStrategy.get(tactic.strategyId);
    if (list) list.push(node);
    else tacticsByStrategy.set(tactic.strategyId, [node]);
  }
  return strategies.map((strategy) => {
    const nodes = tacticsByStrategy.get(strategy.id) ?? [];
    return {
      strategy,
      tactics: nodes,
      actionCount: nodes.reduce((sum, node) => sum + node.actions.length, 0),
    };
  });
}

export interface ActionFilter {
  text: string;
  status: ActionStatus | '';
}

export const NO_FILTER: ActionFilter = { text: '', status: '' };

export function isFiltering(filter: ActionFilter): boolean {
  return filter.text.trim() !== '' || filter.status !== '';
}

/** Lower case without accents, so that « echeance » finds « Échéance ». */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function matcher(filter: ActionFilter): (action: ActionEntity) => boolean {
  const words = searchable(filter.text).split(/\s+/).filter(Boolean);
  return (action) => {
    if (filter.status && action.status !== filter.status) return false;
    if (words.length === 0) return true;
    const title = searchable(action.title);
    return words.every((word) => title.includes(word));
  };
}

export type TreeRow =
  | { kind: 'strategy'; node: StrategyNode; expanded: boolean }
  | { kind: 'tactic'; node: TacticNode; strategy: StrategyEntity; expanded: boolean; shown: number }
  | { kind: 'action'; action: ActionEntity; tactic: TacticEntity }
  | { kind: 'noTactic'; strategy: StrategyEntity }
  | { kind: 'noAction'; tactic: TacticEntity };

export interface VisibleTree {
  rows: TreeRow[];
  /** Actions matching the filter (every action when there is no filter). */
  matching: number;
}

/**
 * The rows on screen. Without a filter, a collapsed strategy or tactic hides what is under it.
 * With a filter, only branches holding a matching action are listed, all open (collapsing is
 * then meaningless: the filter already chose what to show).
 */
export function visibleRows(tree: readonly StrategyNode[], collapsed: ReadonlySet<string>, filter: ActionFilter) {
  const filtering = isFiltering(filter);
  const matches = matcher(filter);
  const rows: TreeRow[] = [];
  let matching = 0;
  for (const node of tree) {
    const tactics = node.tactics.map((tacticNode) => ({
      tacticNode,
      actions: filtering ? tacticNode.actions.filter(matches) : tacticNode.actions,
    }));
    const found = tactics.reduce((sum, { actions }) => sum + actions.length, 0);
    matching += found;
    if (filtering && found === 0) continue;
    const strategyOpen = filtering || !collapsed.has(node.strategy.id);
    rows.push({ kind: 'strategy', node, expanded: strategyOpen });
    if (!strategyOpen) continue;
    if (node.tactics.length === 0) rows.push({ kind: 'noTactic', strategy: node.strategy });
    for (const { tacticNode, actions } of tactics) {
      if (filtering && actions.length === 0) continue;
      const tacticOpen = filtering || !collapsed.has(tacticNode.tactic.id);
      rows.push({
        kind: 'tactic',
        node: tacticNode,
        strategy: node.strategy,
        expanded: tacticOpen,
        shown: actions.length,
      });
      if (!tacticOpen) continue;
      if (actions.length === 0) rows.push({ kind: 'noAction', tactic: tacticNode.tactic });
      for (const action of actions) rows.push({ kind: 'action', action, tactic: tacticNode.tactic });
    }
  }
  return { rows, matching } satisfies VisibleTree;
}

/** The key a row is reached by (`#entity-<key>`), when it shows an entity. */
export function rowKey(row: TreeRow): string | null {
  switch (row.kind) {
    case 'strategy':
      return row.node.strategy.key;
    case 'tactic':
      return row.node.tactic.key;
    case 'action':
      return row.action.key;
    default:
      return null;
  }
}

/** A stable identity for the virtualiser (so that measured heights follow their row). */
export function rowId(row: TreeRow): string {
  switch (row.kind) {
    case 'strategy':
      return `s:${row.node.strategy.id}`;
    case 'tactic':
      return `t:${row.node.tactic.id}`;
    case 'action':
      return `a:${row.action.id}`;
    case 'noTactic':
      return `s0:${row.strategy.id}`;
    case 'noAction':
      return `t0:${row.tactic.id}`;
  }
}

/** Plans larger than this open with their tactics folded, so the first screen stays readable. */
export const FOLD_TACTICS_ABOVE = 200;

/** What starts folded: nothing in a small plan, every tactic in a large one. */
export function initiallyCollapsed(tree: readonly StrategyNode[]): Set<string> {
  const actions = tree.reduce((sum, node) => sum + node.actionCount, 0);
  if (actions <= FOLD_TACTICS_ABOVE) return new Set();
  return new Set(tree.flatMap((node) => node.tactics.map(({ tactic }) => tactic.id)));
}

/** The strategy and tactic to unfold so that the entity with `key` is on screen; null if absent. */
export function branchOf(tree: readonly StrategyNode[], key: string): string[] | null {
  for (const node of tree) {
    if (node.strategy.key === key) return [];
    for (const { tactic, actions } of node.tactics) {
      if (tactic.key === key) return [node.strategy.id];
      if (actions.some((action) => action.key === key)) return [node.strategy.id, tactic.id];
    }
  }
  return null;
}

/** How many actions each action waits for (its predecessors), by action id. */
export function predecessorCounts(dependencies: readonly ActionDependencyEntity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { successorId } of dependencies) counts.set(successorId, (counts.get(successorId) ?? 0) + 1);
  return counts;
}

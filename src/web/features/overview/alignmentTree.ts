import type {
  ActionEntity,
  BusinessGoalEntity,
  KeyResultEntity,
  KpiEntity,
  ObjectiveEntity,
  OkrObjectiveEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';

/**
 * The plan's alignment tree: business goal → objectives → OKRs, strategies and KPIs → tactics →
 * actions, built from the collections as the API returns them (references by id). It shows the
 * gaps the method cares about: a goal nobody serves, an objective without a strategy or a KPI, a
 * strategy or a tactic that no action carries out. Pure: no I/O, no React.
 */

export type AlignmentNodeKind =
  'businessGoal' | 'objective' | 'okr' | 'keyResult' | 'strategy' | 'tactic' | 'action' | 'kpi';

export type AlignmentGap =
  | 'goalWithoutObjective'
  | 'objectiveWithoutStrategy'
  | 'objectiveWithoutKpi'
  | 'strategyWithoutAction'
  | 'tacticWithoutAction';

/** The API collection each kind of node comes from. */
export const NODE_COLLECTIONS = {
  businessGoal: 'business-goals',
  objective: 'objectives',
  okr: 'okr-objectives',
  keyResult: 'key-results',
  strategy: 'strategies',
  tactic: 'tactics',
  action: 'actions',
  kpi: 'kpis',
} as const satisfies Record<AlignmentNodeKind, string>;

export interface AlignmentNode {
  /** Unique in the tree: the ids from the root down (an objective serving two goals shows twice). */
  id: string;
  kind: AlignmentNodeKind;
  collection: (typeof NODE_COLLECTIONS)[AlignmentNodeKind];
  entityId: string;
  key: string;
  label: string;
  gaps: AlignmentGap[];
  children: AlignmentNode[];
}

export interface AlignmentTree {
  /** One root per business goal, in the plan's order. */
  goals: AlignmentNode[];
  /** Objectives linked to no (existing) business goal, with what hangs below them. */
  orphanObjectives: AlignmentNode[];
  /** Gaps in the whole tree, each entity counted once. */
  gapCount: number;
}

type Row<T extends { id: string; key: string }, K extends keyof T> = Pick<T, 'id' | 'key' | K>;

export interface AlignmentInput {
  businessGoals: Row<BusinessGoalEntity, 'title'>[];
  objectives: Row<ObjectiveEntity, 'title' | 'businessGoalIds'>[];
  okrObjectives: Row<OkrObjectiveEntity, 'title' | 'objectiveId'>[];
  keyResults: Row<KeyResultEntity, 'title' | 'okrObjectiveId'>[];
  strategies: Row<StrategyEntity, 'name' | 'objectiveIds'>[];
  tactics: Row<TacticEntity, 'name' | 'strategyId'>[];
  actions: Row<ActionEntity, 'title' | 'tacticId'>[];
  kpis: Row<KpiEntity, 'name' | 'objectiveId' | 'strategyId' | 'keyResultId'>[];
}

/** Rows grouped by one of their references, keeping the rows' order. */
function groupBy<T>(rows: readonly T[], refs: (row: T) => readonly (string | null)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    for (const ref of new Set(refs(row))) {
      if (ref === null) continue;
      const group = groups.get(ref);
      if (group) group.push(row);
      else groups.set(ref, [row]);
    }
  }
  return groups;
}

export function buildAlignmentTree(input: AlignmentInput): AlignmentTree {
  const objectivesByGoal = groupBy(input.objectives, (o) => o.businessGoalIds);
  const okrsByObjective = groupBy(input.okrObjectives, (o) => [o.objectiveId]);
  const keyResultsByOkr = groupBy(input.keyResults, (k) => [k.okrObjectiveId]);
  const strategiesByObjective = groupBy(input.strategies, (s) => s.objectiveIds);
  const tacticsByStrategy = groupBy(input.tactics, (t) => [t.strategyId]);
  const actionsByTactic = groupBy(input.actions, (a) => [a.tacticId]);
  const kpisByObjective = groupBy(input.kpis, (k) => [k.objectiveId]);
  const kpisByStrategy = groupBy(input.kpis, (k) => [k.strategyId]);
  const kpisByKeyResult = groupBy(input.kpis, (k) => [k.keyResultId]);
  const gapsByEntity = new Map<string, number>();

  const node = (
    parentId: string,
    kind: AlignmentNodeKind,
    entity: { id: string; key: string },
    label: string,
    gaps: AlignmentGap[],
    children: AlignmentNode[],
  ): AlignmentNode => {
    if (gaps.length > 0) gapsByEntity.set(`${kind}:${entity.id}`, gaps.length);
    return {
      id: parentId ? `${parentId}/${entity.id}` : entity.id,
      kind,
      collection: NODE_COLLECTIONS[kind],
      entityId: entity.id,
      key: entity.key,
      label,
      gaps,
      children,
    };
  };

  const kpiNodes = (parentId: string, kpis: AlignmentInput['kpis'] | undefined) =>
    (kpis ?? []).map((k) => node(parentId, 'kpi', k, k.name, [], []));

  const tacticNode = (parentId: string, tactic: AlignmentInput['tactics'][number]) => {
    const id = `${parentId}/${tactic.id}`;
    const actions = (actionsByTactic.get(tactic.id) ?? []).map((a) => node(id, 'action', a, a.title, [], []));
    return node(parentId, 'tactic', tactic, tactic.name, actions.length === 0 ? ['tacticWithoutAction'] : [], actions);
  };

  const strategyNode = (parentId: string, strategy: AlignmentInput['strategies'][number]) => {
    const id = `${parentId}/${strategy.id}`;
    const tactics = (tacticsByStrategy.get(strategy.id) ?? []).map((t) => tacticNode(id, t));
    const hasAction = tactics.some((t) => t.children.length > 0);
    const children = [...tactics, ...kpiNodes(id, kpisByStrategy.get(strategy.id))];
    return node(parentId, 'strategy', strategy, strategy.name, hasAction ? [] : ['strategyWithoutAction'], children);
  };

  const okrNode = (parentId: string, okr: AlignmentInput['okrObjectives'][number]) => {
    const id = `${parentId}/${okr.id}`;
    const keyResults = (keyResultsByOkr.get(okr.id) ?? []).map((kr) =>
      node(id, 'keyResult', kr, kr.title, [], kpiNodes(`${id}/${kr.id}`, kpisByKeyResult.get(kr.id))),
    );
    return node(parentId, 'okr', okr, okr.title, [], keyResults);
  };

  const objectiveNode = (parentId: string, objective: AlignmentInput['objectives'][number]) => {
    const id = parentId ? `${parentId}/${objective.id}` : objective.id;
    const strategies = strategiesByObjective.get(objective.id) ?? [];
    const kpis = kpisByObjective.get(objective.id) ?? [];
    const gaps: AlignmentGap[] = [];
    if (strategies.length === 0) gaps.push('objectiveWithoutStrategy');
    if (kpis.length === 0) gaps.push('objectiveWithoutKpi');
    const children = [
      ...(okrsByObjective.get(objective.id) ?? []).map((o) => okrNode(id, o)),
      ...strategies.map((s) => strategyNode(id, s)),
      ...kpiNodes(id, kpis),
    ];
    return node(parentId, 'objective', objective, objective.title, gaps, children);
  };

  const goals = input.businessGoals.map((goal) => {
    const objectives = (objectivesByGoal.get(goal.id) ?? []).map((o) => objectiveNode(goal.id, o));
    return node(
      '',
      'businessGoal',
      goal,
      goal.title,
      objectives.length === 0 ? ['goalWithoutObjective'] : [],
      objectives,
    );
  });

  const goalIds = new Set(input.businessGoals.map((g) => g.id));
  const orphanObjectives = input.objectives
    .filter((o) => !o.businessGoalIds.some((id) => goalIds.has(id)))
    .map((o) => objectiveNode('', o));

  let gapCount = 0;
  for (const count of gapsByEntity.values()) gapCount += count;
  return { goals, orphanObjectives, gapCount };
}

/** Every node id of a tree, depth first (for "expand all"). */
export function allNodeIds(nodes: readonly AlignmentNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...allNodeIds(n.children)]);
}

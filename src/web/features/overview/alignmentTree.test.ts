import { describe, expect, it } from 'vitest';
import { allNodeIds, buildAlignmentTree, type AlignmentInput, type AlignmentNode } from './alignmentTree';

const empty: AlignmentInput = {
  businessGoals: [],
  objectives: [],
  okrObjectives: [],
  keyResults: [],
  strategies: [],
  tactics: [],
  actions: [],
  kpis: [],
};

const goal = (id: string) => ({ id, key: `k-${id}`, title: `Goal ${id}` });
const objective = (id: string, businessGoalIds: string[]) => ({
  id,
  key: `k-${id}`,
  title: `Obj ${id}`,
  businessGoalIds,
});
const strategy = (id: string, objectiveIds: string[]) => ({ id, key: `k-${id}`, name: `Str ${id}`, objectiveIds });
const tactic = (id: string, strategyId: string) => ({ id, key: `k-${id}`, name: `Tac ${id}`, strategyId });
const action = (id: string, tacticId: string) => ({ id, key: `k-${id}`, title: `Act ${id}`, tacticId });
const okr = (id: string, objectiveId: string | null) => ({ id, key: `k-${id}`, title: `OKR ${id}`, objectiveId });
const keyResult = (id: string, okrObjectiveId: string) => ({ id, key: `k-${id}`, title: `KR ${id}`, okrObjectiveId });
const kpi = (id: string, links: { objectiveId?: string; strategyId?: string; keyResultId?: string }) => ({
  id,
  key: `k-${id}`,
  name: `KPI ${id}`,
  objectiveId: links.objectiveId ?? null,
  strategyId: links.strategyId ?? null,
  keyResultId: links.keyResultId ?? null,
});

/** `kind:entityId[gaps](children)`: the whole tree as one comparable string. */
function outline(nodes: AlignmentNode[]): string {
  return nodes
    .map((n) => {
      const gaps = n.gaps.length > 0 ? `[${n.gaps.join(',')}]` : '';
      const children = n.children.length > 0 ? `(${outline(n.children)})` : '';
      return `${n.kind}:${n.entityId}${gaps}${children}`;
    })
    .join(' ');
}

/** A fully covered chain: goal → objective (KPI) → strategy → tactic → action. */
const complete: AlignmentInput = {
  ...empty,
  businessGoals: [goal('g1')],
  objectives: [objective('o1', ['g1'])],
  strategies: [strategy('s1', ['o1'])],
  tactics: [tactic('t1', 's1')],
  actions: [action('a1', 't1')],
  kpis: [kpi('m1', { objectiveId: 'o1' })],
};

describe('buildAlignmentTree', () => {
  it.each<[string, AlignmentInput, string, string, number]>([
    ['an empty plan', empty, '', '', 0],
    ['a goal nobody serves', { ...empty, businessGoals: [goal('g1')] }, 'businessGoal:g1[goalWithoutObjective]', '', 1],
    ['a complete chain', complete, 'businessGoal:g1(objective:o1(strategy:s1(tactic:t1(action:a1)) kpi:m1))', '', 0],
    [
      'an objective with neither strategy nor KPI',
      { ...empty, businessGoals: [goal('g1')], objectives: [objective('o1', ['g1'])] },
      'businessGoal:g1(objective:o1[objectiveWithoutStrategy,objectiveWithoutKpi])',
      '',
      2,
    ],
    [
      'a strategy without tactic, and one whose tactic has no action',
      {
        ...complete,
        strategies: [strategy('s1', ['o1']), strategy('s2', ['o1'])],
        tactics: [tactic('t1', 's1')],
        actions: [],
      },
      'businessGoal:g1(objective:o1(strategy:s1[strategyWithoutAction](tactic:t1[tacticWithoutAction]) strategy:s2[strategyWithoutAction] kpi:m1))',
      '',
      3,
    ],
    [
      'a strategy with one empty tactic still has an action',
      { ...complete, tactics: [tactic('t1', 's1'), tactic('t2', 's1')] },
      'businessGoal:g1(objective:o1(strategy:s1(tactic:t1(action:a1) tactic:t2[tacticWithoutAction]) kpi:m1))',
      '',
      1,
    ],
    [
      'OKRs, key results and the KPIs on them or on a strategy',
      {
        ...complete,
        okrObjectives: [okr('r1', 'o1'), okr('r2', null)],
        keyResults: [keyResult('kr1', 'r1')],
        kpis: [kpi('m1', { objectiveId: 'o1' }), kpi('m2', { keyResultId: 'kr1', strategyId: 's1' })],
      },
      'businessGoal:g1(objective:o1(okr:r1(keyResult:kr1(kpi:m2)) strategy:s1(tactic:t1(action:a1) kpi:m2) kpi:m1))',
      '',
      0,
    ],
    [
      'an objective with no goal, or a goal that does not exist, is an orphan',
      {
        ...empty,
        businessGoals: [goal('g1')],
        objectives: [objective('o1', ['g1']), objective('o2', []), objective('o3', ['gone'])],
        kpis: [kpi('m1', { objectiveId: 'o1' }), kpi('m2', { objectiveId: 'o2' })],
      },
      'businessGoal:g1(objective:o1[objectiveWithoutStrategy](kpi:m1))',
      'objective:o2[objectiveWithoutStrategy](kpi:m2) objective:o3[objectiveWithoutStrategy,objectiveWithoutKpi]',
      4,
    ],
  ])('%s', (_, input, goals, orphans, gapCount) => {
    const tree = buildAlignmentTree(input);
    expect(outline(tree.goals)).toBe(goals);
    expect(outline(tree.orphanObjectives)).toBe(orphans);
    expect(tree.gapCount).toBe(gapCount);
  });

  it('shows an objective under each goal it serves, and counts its gaps once', () => {
    const tree = buildAlignmentTree({
      ...empty,
      businessGoals: [goal('g1'), goal('g2')],
      objectives: [objective('o1', ['g1', 'g2'])],
    });
    expect(outline(tree.goals)).toBe(
      'businessGoal:g1(objective:o1[objectiveWithoutStrategy,objectiveWithoutKpi]) ' +
        'businessGoal:g2(objective:o1[objectiveWithoutStrategy,objectiveWithoutKpi])',
    );
    expect(tree.gapCount).toBe(2);
    const ids = allNodeIds(tree.goals);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['g1', 'g1/o1', 'g2', 'g2/o1']);
  });

  it('keeps the plan’s order and carries keys, labels and collections', () => {
    const tree = buildAlignmentTree({ ...complete, businessGoals: [goal('g2'), goal('g1')] });
    expect(tree.goals.map((g) => g.key)).toEqual(['k-g2', 'k-g1']);
    const objectiveNode = tree.goals[1]?.children[0];
    expect(objectiveNode).toMatchObject({ key: 'k-o1', label: 'Obj o1', collection: 'objectives' });
    expect(objectiveNode?.children[0]).toMatchObject({ kind: 'strategy', collection: 'strategies', label: 'Str s1' });
  });
});

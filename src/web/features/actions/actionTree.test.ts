import { describe, expect, it } from 'vitest';
import type {
  ActionDependencyEntity,
  ActionEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import {
  branchOf,
  buildTree,
  FOLD_TACTICS_ABOVE,
  initiallyCollapsed,
  NO_FILTER,
  predecessorCounts,
  rowKey,
  visibleRows,
} from './actionTree';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

const strategy = (id: string): StrategyEntity => ({
  id,
  key: `key-${id}`,
  position: 0,
  name: `Stratégie ${id}`,
  channel: 'content',
  description: null,
  objectiveIds: [],
  personaIds: [],
  swotItemIds: [],
  ...stamp,
});
const tactic = (id: string, strategyId: string): TacticEntity => ({
  id,
  key: `key-${id}`,
  position: 0,
  name: `Tactique ${id}`,
  description: null,
  strategyId,
  ...stamp,
});
const action = (
  id: string,
  tacticId: string,
  title: string,
  status: ActionEntity['status'] = 'todo',
): ActionEntity => ({
  id,
  key: `key-${id}`,
  position: 0,
  title,
  description: null,
  status,
  priority: 'medium',
  startDate: null,
  dueDate: null,
  isMilestone: false,
  estimatedCost: null,
  effortHours: null,
  tacticId,
  ...stamp,
});

const tree = buildTree(
  [strategy('s1'), strategy('s2'), strategy('s3')],
  [tactic('t1', 's1'), tactic('t2', 's1'), tactic('t3', 's2')],
  [
    action('a1', 't1', 'Rédiger l’étude'),
    action('a2', 't1', 'Publier la newsletter', 'done'),
    action('a3', 't3', 'Réserver le stand'),
  ],
);
const shape = (rows: ReturnType<typeof visibleRows>['rows']) =>
  rows.map(
    (row) =>
      `${row.kind}:${rowKey(row) ?? ('strategy' in row ? row.strategy.id : row.kind === 'noAction' ? row.tactic.id : '')}`,
  );

describe('visibleRows', () => {
  it('lists every branch in order, with a line for each empty one', () => {
    expect(shape(visibleRows(tree, new Set(), NO_FILTER).rows)).toEqual([
      'strategy:key-s1',
      'tactic:key-t1',
      'action:key-a1',
      'action:key-a2',
      'tactic:key-t2',
      'noAction:t2',
      'strategy:key-s2',
      'tactic:key-t3',
      'action:key-a3',
      'strategy:key-s3',
      'noTactic:s3',
    ]);
  });

  it('hides what is under a folded strategy or tactic', () => {
    expect(shape(visibleRows(tree, new Set(['s1', 't3']), NO_FILTER).rows)).toEqual([
      'strategy:key-s1',
      'strategy:key-s2',
      'tactic:key-t3',
      'strategy:key-s3',
      'noTactic:s3',
    ]);
  });

  it('keeps only branches with a matching action, all open, accents and case ignored', () => {
    const result = visibleRows(tree, new Set(['s1', 't1']), { text: 'redIGER etude', status: '' });
    expect(shape(result.rows)).toEqual(['strategy:key-s1', 'tactic:key-t1', 'action:key-a1']);
    expect(result.matching).toBe(1);
    const tacticRow = result.rows[1];
    expect(tacticRow?.kind === 'tactic' && tacticRow.shown).toBe(1);
  });

  it('filters by status', () => {
    const result = visibleRows(tree, new Set(), { text: '', status: 'done' });
    expect(shape(result.rows)).toEqual(['strategy:key-s1', 'tactic:key-t1', 'action:key-a2']);
    expect(visibleRows(tree, new Set(), { text: 'stand', status: 'done' }).rows).toEqual([]);
  });
});

describe('initiallyCollapsed', () => {
  it('opens a small plan whole and folds the tactics of a large one', () => {
    expect(initiallyCollapsed(tree).size).toBe(0);
    const many = Array.from({ length: FOLD_TACTICS_ABOVE + 1 }, (_, i) => action(`x${i}`, 't2', `Action ${i}`));
    const large = buildTree([strategy('s1')], [tactic('t1', 's1'), tactic('t2', 's1')], many);
    expect([...initiallyCollapsed(large)].sort()).toEqual(['t1', 't2']);
  });
});

describe('branchOf', () => {
  it.each([
    ['key-s2', []],
    ['key-t3', ['s2']],
    ['key-a2', ['s1', 't1']],
    ['nowhere', null],
  ])('%s → %j', (key, expected) => {
    expect(branchOf(tree, key)).toEqual(expected);
  });
});

describe('predecessorCounts', () => {
  it('counts the actions each one waits for', () => {
    const dep = (predecessorId: string, successorId: string): ActionDependencyEntity => ({
      id: `${predecessorId}-${successorId}`,
      position: 0,
      lagDays: 0,
      predecessorId,
      successorId,
      ...stamp,
    });
    const counts = predecessorCounts([dep('a1', 'a3'), dep('a2', 'a3'), dep('a1', 'a2')]);
    expect(Object.fromEntries(counts)).toEqual({ a3: 2, a2: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import type {
  ActionDependencyEntity,
  ActionEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import { arrowsInView, buildRows } from './rows';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const strategy = (id: string, position: number): StrategyEntity => ({
  id,
  key: id,
  position,
  name: `Strategy ${id}`,
  channel: 'seo',
  description: null,
  objectiveIds: [],
  personaIds: [],
  swotItemIds: [],
  ...stamp,
});
const tactic = (id: string, strategyId: string, position: number): TacticEntity => ({
  id,
  key: id,
  position,
  name: `Tactic ${id}`,
  description: null,
  strategyId,
  ...stamp,
});
const action = (id: string, tacticId: string, position: number, dated = true): ActionEntity => ({
  id,
  key: id,
  position,
  title: id,
  description: null,
  status: 'todo',
  priority: 'medium',
  startDate: dated ? '2026-03-01' : null,
  dueDate: dated ? '2026-03-05' : null,
  isMilestone: false,
  estimatedCost: null,
  effortHours: null,
  tacticId,
  ...stamp,
});
const scheduled = (a: ActionEntity) => a.startDate !== null;
const label = (row: ReturnType<typeof buildRows>['rows'][number]) =>
  row.kind === 'action' ? row.action.id : `${row.kind}:${row.id}`;

describe('buildRows', () => {
  it('groups scheduled actions by strategy then tactic, in the plan order, and lists the undated apart', () => {
    const result = buildRows(
      [strategy('s2', 1), strategy('s1', 0), strategy('empty', 2)],
      [tactic('t2', 's1', 1), tactic('t1', 's1', 0), tactic('t3', 's2', 0), tactic('t4', 'empty', 0)],
      [action('a3', 't3', 0), action('a2', 't1', 1), action('a1', 't1', 0), action('u', 't2', 0, false)],
      scheduled,
    );
    expect(result.rows.map(label)).toEqual(['strategy:s1', 'tactic:t1', 'a1', 'a2', 'strategy:s2', 'tactic:t3', 'a3']);
    expect(result.unscheduled.map((a) => a.id)).toEqual(['u']);
    expect([...result.rowOfAction]).toEqual([
      ['a1', 2],
      ['a2', 3],
      ['a3', 6],
    ]);
  });

  it('keeps actions whose tactic or strategy is unknown, under « no strategy / tactic » groups', () => {
    const result = buildRows(
      [],
      [tactic('t1', 'gone', 0)],
      [action('a1', 't1', 0), action('a2', 'gone', 1)],
      scheduled,
    );
    expect(result.rows.map(label)).toEqual(['strategy:', 'tactic:t1', 'a1', 'tactic:', 'a2']);
  });
});

describe('arrowsInView', () => {
  const rowOfAction = new Map([
    ['a', 0],
    ['b', 10],
    ['c', 50],
    ['d', 60],
  ]);
  const link = (id: string, predecessorId: string, successorId: string): ActionDependencyEntity => ({
    id,
    position: 0,
    lagDays: 0,
    predecessorId,
    successorId,
    ...stamp,
  });
  const deps = [link('ab', 'a', 'b'), link('ad', 'a', 'd'), link('cd', 'c', 'd'), link('ax', 'a', 'unscheduled')];

  it('draws the arrows with an end in view or crossing it, not those wholly above or below', () => {
    expect(arrowsInView(deps, rowOfAction, 20, 40).map((a) => a.dependency.id)).toEqual(['ad']);
    expect(arrowsInView(deps, rowOfAction, 5, 55).map((a) => a.dependency.id)).toEqual(['ab', 'ad', 'cd']);
    expect(arrowsInView(deps, rowOfAction, 61, 90)).toEqual([]);
  });
});

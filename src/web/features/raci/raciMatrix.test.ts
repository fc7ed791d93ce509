import { describe, expect, it } from 'vitest';
import type {
  ActionEntity,
  PersonEntity,
  RaciAssignmentEntity,
  StrategyEntity,
  TacticEntity,
} from '../../../contract/entity-types.js';
import {
  buildRows,
  cellKey,
  cellWrites,
  countProblems,
  findProblems,
  indexRoles,
  rolesOf,
  typedRoles,
  type Role,
} from './raciMatrix';
import { clampPageStart, isoWeekOfDate, loadLevel, pageStartFor } from './workloadView';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

function action(id: string, tacticId: string, title = id, status: ActionEntity['status'] = 'todo'): ActionEntity {
  return {
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
  };
}

function person(id: string, name: string): PersonEntity {
  return { id, key: id, position: 0, name, email: null, jobTitle: null, weeklyCapacityHours: 35, ...stamp };
}

let next = 0;
function assign(actionId: string, personId: string, role: Role, version = 1): RaciAssignmentEntity {
  return { id: `as${++next}`, position: 0, actionId, personId, role, ...stamp, version };
}

describe('indexRoles', () => {
  it('groups roles by cell in R, A, C, I order, and shows pending edits over the stored ones', () => {
    const stored = [assign('a1', 'p1', 'A'), assign('a1', 'p1', 'R'), assign('a1', 'p2', 'C'), assign('a2', 'p1', 'I')];
    const index = indexRoles(
      stored,
      new Map([
        [cellKey('a1', 'p2'), ['I'] as Role[]],
        [cellKey('a2', 'p1'), []],
      ]),
    );
    expect(rolesOf(index, 'a1', 'p1')).toEqual(['R', 'A']);
    expect(rolesOf(index, 'a1', 'p2')).toEqual(['I']);
    expect(rolesOf(index, 'a2', 'p1')).toEqual([]);
    expect(rolesOf(index, 'a3', 'p1')).toEqual([]);
  });
});

describe('findProblems (the engine rule)', () => {
  const people = [person('p1', 'Claire'), person('p2', 'Marc')];
  const cases: { name: string; roles: [string, Role][]; status?: ActionEntity['status']; codes: string[] }[] = [
    {
      name: 'one A and one R',
      roles: [
        ['p1', 'A'],
        ['p2', 'R'],
      ],
      codes: [],
    },
    {
      name: 'the same person A and R',
      roles: [
        ['p1', 'A'],
        ['p1', 'R'],
      ],
      codes: [],
    },
    { name: 'nothing', roles: [], codes: ['no_accountable', 'no_responsible'] },
    {
      name: 'R only',
      roles: [
        ['p1', 'R'],
        ['p2', 'C'],
      ],
      codes: ['no_accountable'],
    },
    {
      name: 'two A',
      roles: [
        ['p1', 'A'],
        ['p2', 'A'],
        ['p2', 'R'],
      ],
      codes: ['several_accountable'],
    },
    {
      name: 'A only',
      roles: [
        ['p1', 'A'],
        ['p2', 'I'],
      ],
      codes: ['no_responsible'],
    },
    { name: 'cancelled', roles: [], status: 'cancelled', codes: [] },
  ];
  for (const { name, roles, status, codes } of cases) {
    it(`${name} → ${codes.join(', ') || 'no problem'}`, () => {
      const index = indexRoles(roles.map(([p, role]) => assign('a1', p, role)));
      const problems = findProblems([action('a1', 't1', 'A1', status)], index, people);
      expect((problems.get('a1') ?? []).map((p) => p.code)).toEqual(codes);
    });
  }

  it('names the Accountable people when there are several, and counts problems', () => {
    const index = indexRoles([assign('a1', 'p1', 'A'), assign('a1', 'p2', 'A'), assign('a2', 'p1', 'A')]);
    const problems = findProblems([action('a1', 't1'), action('a2', 't1')], index, people);
    expect(problems.get('a1')?.find((p) => p.code === 'several_accountable')?.people).toEqual(['Claire', 'Marc']);
    expect(countProblems(problems)).toEqual({ no_accountable: 0, several_accountable: 1, no_responsible: 2, rows: 2 });
  });
});

describe('buildRows', () => {
  const strategies = [
    { id: 's2', name: 'SEO', position: 1 },
    { id: 's1', name: 'Contenu', position: 0 },
  ] as StrategyEntity[];
  const tactics = [
    { id: 't2', name: 'Netlinking', strategyId: 's2', position: 0 },
    { id: 't1', name: 'Blog', strategyId: 's1', position: 0 },
  ] as TacticEntity[];
  const actions = [
    action('a1', 't2', 'Échanger des liens'),
    action('a2', 't1', 'Écrire'),
    action('a3', 'gone', 'Orpheline'),
  ];

  it('puts each tactic under its strategy, in the plan order, orphans last', () => {
    const rows = buildRows([...strategies].reverse(), tactics, actions, { only: null, search: '' });
    expect(rows.map((r) => (r.kind === 'group' ? `${r.strategy} › ${r.tactic}` : r.id))).toEqual([
      'Contenu › Blog',
      'a2',
      'SEO › Netlinking',
      'a1',
      ' › ',
      'a3',
    ]);
  });

  it('filters by a set of actions and by title, ignoring case and accents, dropping empty groups', () => {
    const only = buildRows(strategies, tactics, actions, { only: new Set(['a1']), search: '' });
    expect(only.map((r) => r.id)).toEqual(['group-t2', 'a1']);
    const search = buildRows(strategies, tactics, actions, { only: null, search: 'ECHANGER' });
    expect(search.map((r) => r.id)).toEqual(['group-t2', 'a1']);
  });
});

describe('typing a role', () => {
  it('replaces the cell, or with Shift adds or removes the role', () => {
    expect(typedRoles(['A', 'C'], 'R', false)).toEqual(['R']);
    expect(typedRoles(['A'], 'R', true)).toEqual(['R', 'A']);
    expect(typedRoles(['R', 'A'], 'A', true)).toEqual(['R']);
  });
});

describe('cellWrites', () => {
  it('posts a role added, patches a role replaced with its version, deletes a role removed', () => {
    const a = assign('a1', 'p1', 'A', 4);
    const c = assign('a1', 'p1', 'C', 2);
    expect(cellWrites([], ['R'])).toEqual([{ kind: 'post', role: 'R' }]);
    expect(cellWrites([a], ['R'])).toEqual([{ kind: 'patch', assignment: a, role: 'R' }]);
    expect(cellWrites([a, c], [])).toEqual([
      { kind: 'delete', assignment: a },
      { kind: 'delete', assignment: c },
    ]);
    expect(cellWrites([a], ['A', 'R'])).toEqual([{ kind: 'post', role: 'R' }]);
    expect(cellWrites([a], ['A'])).toEqual([]);
  });
});

describe('workload layout', () => {
  const weeks = Array.from({ length: 30 }, (_, i) => `2027-W${String(i + 1).padStart(2, '0')}`);
  it('opens on the page holding the current week, and keeps pages inside the weeks', () => {
    expect(pageStartFor(weeks, '2027-W14')).toBe(12);
    expect(pageStartFor(weeks, '2030-W01')).toBe(0);
    expect(clampPageStart(36, weeks.length)).toBe(24);
    expect(clampPageStart(-12, weeks.length)).toBe(0);
  });

  it('grades the load against the capacity; exactly full is not an overload', () => {
    expect([0, 10, 25, 35, 35.5].map((h) => loadLevel(h, 35))).toEqual(['none', 'light', 'medium', 'full', 'over']);
    expect(loadLevel(4, null)).toBe('unknown');
  });

  it('names weeks as ISO weeks', () => {
    expect(isoWeekOfDate('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOfDate('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOfDate('nope')).toBeNull();
  });
});

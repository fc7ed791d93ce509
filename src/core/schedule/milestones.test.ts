import { describe, expect, it } from 'vitest';
import type { Action, ActionDependency } from '../plan.js';
import { findMilestonesAtRisk } from './milestones.js';

const action = (key: string, dueDate: string | null, status: Action['status'], isMilestone = false): Action => ({
  key,
  tactic: 't',
  title: key.toUpperCase(),
  status,
  priority: 'medium',
  isMilestone,
  startDate: null,
  dueDate,
});

const link = (predecessor: string, successor: string, lagDays = 0): ActionDependency => ({
  predecessor,
  successor,
  lagDays,
});

describe('findMilestonesAtRisk', () => {
  // Today is Monday 20 January 2025. Predecessors:
  //   p1 due 18 Jan, in progress (late); p2 due 25 Jan, todo; p3 due 10 Jan, done;
  //   p4 due 30 Jan, cancelled; p5 due 20 Jan (today: not late yet), todo.
  const today = '2025-01-20';
  const predecessors = [
    action('p1', '2025-01-18', 'in_progress'),
    action('p2', '2025-01-25', 'todo'),
    action('p3', '2025-01-10', 'done'),
    action('p4', '2025-01-30', 'cancelled'),
    action('p5', '2025-01-20', 'todo'),
  ];

  // Each row: a milestone (due date, status), its links, and the reasons worked out by hand.
  it.each([
    // p2 25 Jan + 2 = 27 Jan > 26 Jan: finishes late; p1 is due before today and not done.
    [
      '2025-01-26',
      'todo',
      [link('p2', 'm', 2), link('p1', 'm')],
      ['predecessors_finish_late p2 2025-01-27', 'predecessor_overdue p1'],
    ],
    // Due 15 Jan, before today, not done; its only predecessor is done.
    ['2025-01-15', 'todo', [link('p3', 'm')], ['overdue']],
    // p2 25 Jan + 6 = 31 Jan: exactly on time. p4 would be late (30 + 5) but is cancelled.
    ['2025-01-31', 'in_progress', [link('p2', 'm', 6), link('p4', 'm', 5)], []],
    // Due today, not done: not overdue until tomorrow.
    ['2025-01-20', 'todo', [], []],
    // p5 is due today: not late yet.
    ['2025-02-01', 'todo', [link('p5', 'm')], []],
    // A done milestone is safe, whatever its predecessors.
    ['2025-01-01', 'done', [link('p1', 'm'), link('p2', 'm', 9)], []],
    // A cancelled milestone is not followed.
    ['2025-01-01', 'cancelled', [link('p1', 'm')], []],
    // p2 + 9 = 3 Feb and p5 + 20 = 9 Feb are both after 2 Feb: the later one gives the date.
    ['2025-02-02', 'blocked', [link('p2', 'm', 9), link('p5', 'm', 20)], ['predecessors_finish_late p2,p5 2025-02-09']],
    // Everything at once: p1 + 10 = 28 Jan > 16 Jan; p1 late; due 16 Jan before today.
    [
      '2025-01-16',
      'todo',
      [link('p1', 'm', 10)],
      ['predecessors_finish_late p1 2025-01-28', 'predecessor_overdue p1', 'overdue'],
    ],
  ] as const)('milestone due %s, %s', (due, status, links, expected) => {
    const actions = [...predecessors, action('m', due, status, true)];
    const risks = findMilestonesAtRisk(actions, [...links], today);
    const reasons = risks.flatMap((r) =>
      r.reasons.map((reason) =>
        [reason.code, reason.predecessors.join(','), reason.earliestDate ?? ''].join(' ').trim(),
      ),
    );
    expect(reasons).toEqual(expected);
    expect(risks.every((r) => r.milestone === 'm' && r.dueDate === due)).toBe(true);
  });

  it('ignores non-milestones and milestones without a due date', () => {
    const actions = [action('late', '2025-01-01', 'todo'), action('m', null, 'todo', true)];
    expect(findMilestonesAtRisk(actions, [link('late', 'm')], today)).toEqual([]);
  });

  it('writes each reason out', () => {
    const actions = [...predecessors, action('m', '2025-01-16', 'todo', true)];
    const [risk] = findMilestonesAtRisk(actions, [link('p1', 'm', 10), link('p2', 'm')], today);
    expect(risk?.reasons.map((r) => r.message)).toEqual([
      {
        fr: 'Le jalon « M » est prévu le 16 janvier 2025, mais ses prédécesseurs « P1 » et « P2 » le repoussent au 28 janvier 2025 au plus tôt.',
        en: 'Milestone “M” is due on 16 January 2025, but its predecessors “P1” and “P2” push it to 28 January 2025 at the earliest.',
      },
      {
        fr: 'Le jalon « M » dépend d’actions en retard, pas encore terminées : « P1 » (échéance le 18 janvier 2025).',
        en: 'Milestone “M” depends on late actions that are not done: “P1” (due 18 January 2025).',
      },
      {
        fr: 'Le jalon « M » devait être atteint le 16 janvier 2025 et n’est pas marqué comme terminé.',
        en: 'Milestone “M” was due on 16 January 2025 and is not marked done.',
      },
    ]);
  });

  it('says "predecessor" for one', () => {
    const actions = [...predecessors, action('m', '2025-01-26', 'todo', true)];
    const [risk] = findMilestonesAtRisk(actions, [link('p2', 'm', 2)], today);
    expect(risk?.reasons[0]?.message).toEqual({
      fr: 'Le jalon « M » est prévu le 26 janvier 2025, mais son prédécesseur « P2 » le repousse au 27 janvier 2025 au plus tôt.',
      en: 'Milestone “M” is due on 26 January 2025, but its predecessor “P2” pushes it to 27 January 2025 at the earliest.',
    });
  });

  it('refuses a "today" that is not a date', () => {
    expect(() => findMilestonesAtRisk([], [], '20/01/2025')).toThrow(RangeError);
  });
});

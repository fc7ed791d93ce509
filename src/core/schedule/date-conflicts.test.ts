import { describe, expect, it } from 'vitest';
import type { Action, ActionDependency } from '../plan.js';
import { findDateConflicts } from './date-conflicts.js';

const action = (
  key: string,
  startDate: string | null,
  dueDate: string | null,
  extra: Partial<Action> = {},
): Action => ({
  key,
  tactic: 't',
  title: key === 'a' ? 'Audit SEO' : 'Refonte des pages',
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  startDate,
  dueDate,
  ...extra,
});

describe('findDateConflicts', () => {
  // Predecessor a is due on 10 Jan 2025; the successor b may start on 10 + lag, not before.
  // Each row: b's start, the lag, and the days too early counted on the calendar (0 = no conflict).
  it.each([
    ['2025-01-12', 2, 0, 'starts exactly on due + lag'],
    ['2025-01-11', 2, 1, 'one day too early'],
    ['2025-01-10', 0, 0, 'starts the day the predecessor is due, no lag'],
    ['2025-01-05', 0, 5, 'starts five days before the predecessor is due'],
    ['2025-01-07', -3, 0, 'a lead of 3 days allows the 7th'],
    ['2025-01-06', -3, 1, 'but not the 6th'],
    ['2025-02-01', 30, 8, '10 Jan + 30 days = 9 Feb, 8 days after 1 Feb'],
  ])('b starts %s, lag %i → %i days early (%s)', (start, lagDays, daysEarly) => {
    const actions = [action('a', '2025-01-01', '2025-01-10'), action('b', start, '2025-03-01')];
    const conflicts = findDateConflicts(actions, [{ predecessor: 'a', successor: 'b', lagDays }]);
    expect(conflicts.map((c) => c.daysEarly)).toEqual(daysEarly === 0 ? [] : [daysEarly]);
  });

  // Links that cannot conflict: a side is cancelled, lacks the needed date, or is unknown.
  it.each([
    [[action('a', '2025-01-01', '2025-01-10', { status: 'cancelled' }), action('b', '2025-01-02', '2025-01-03')]],
    [[action('a', '2025-01-01', '2025-01-10'), action('b', '2025-01-02', '2025-01-03', { status: 'cancelled' })]],
    [[action('a', '2025-01-01', null), action('b', '2025-01-02', '2025-01-03')]],
    [[action('a', '2025-01-01', '2025-01-10'), action('b', null, '2025-01-03')]],
    [[action('b', '2025-01-02', '2025-01-03')]],
  ])('no conflict %#', (actions) => {
    expect(findDateConflicts(actions, [{ predecessor: 'a', successor: 'b', lagDays: 0 }])).toEqual([]);
  });

  it('gives both dates and the earliest start, in words', () => {
    const actions = [action('a', '2025-01-01', '2025-01-10'), action('b', '2025-01-11', '2025-01-20')];
    const dependencies: ActionDependency[] = [{ predecessor: 'a', successor: 'b', lagDays: 2 }];
    expect(findDateConflicts(actions, dependencies)).toEqual([
      {
        predecessor: 'a',
        successor: 'b',
        lagDays: 2,
        predecessorDueDate: '2025-01-10',
        successorStartDate: '2025-01-11',
        earliestStartDate: '2025-01-12',
        daysEarly: 1,
        message: {
          fr:
            'L’action « Refonte des pages » commence le 11 janvier 2025, alors qu’elle dépend de l’action ' +
            '« Audit SEO », dont l’échéance est le 10 janvier 2025 (plus 2 jours de délai) : elle ne peut pas ' +
            'commencer avant le 12 janvier 2025.',
          en:
            'Action “Refonte des pages” starts on 11 January 2025 but depends on action “Audit SEO”, due on ' +
            '10 January 2025 (plus 2 days of lag): it cannot start before 12 January 2025.',
        },
      },
    ]);
  });
});

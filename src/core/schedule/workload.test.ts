import { describe, expect, it } from 'vitest';
import type { Action, Person, RaciAssignment } from '../plan.js';
import { spreadEffortOverWeeks } from './effort-spread.js';
import { computeWorkload } from './workload.js';

const action = (key: string, startDate: string | null, dueDate: string | null, effortHours: number | null) =>
  ({
    key,
    tactic: 't',
    title: key,
    status: 'todo',
    priority: 'medium',
    isMilestone: false,
    startDate,
    dueDate,
    effortHours,
  }) satisfies Action as Action;

const roles = (actionKey: string, text: string): RaciAssignment[] =>
  text.split(' ').map((pair) => {
    const [role, person] = pair.split(':') as [RaciAssignment['role'], string];
    return { action: actionKey, person, role };
  });

describe('spreadEffortOverWeeks', () => {
  // January 2025 on a calendar: Wed 1; Mondays 6, 13, 20, 27; Mon 3 Feb. Hours per working day
  // = effort / working days of the span; each ISO week gets its working days × that.
  it.each([
    // Wed 8 – Tue 14: 5 working days, 4 h each; Wed–Fri in W02 (12 h), Mon–Tue in W03 (8 h).
    [
      '2025-01-08',
      '2025-01-14',
      20,
      [
        ['2025-W02', '2025-01-06', 12],
        ['2025-W03', '2025-01-13', 8],
      ],
    ],
    // Sat 18 – Sun 19: no working day, so all 6 h go to the week it sits in.
    ['2025-01-18', '2025-01-19', 6, [['2025-W03', '2025-01-13', 6]]],
    // Mon 30 Dec 2024 – Fri 10 Jan: 10 working days, 1 h each; the first week is 2025-W01.
    [
      '2024-12-30',
      '2025-01-10',
      10,
      [
        ['2025-W01', '2024-12-30', 5],
        ['2025-W02', '2025-01-06', 5],
      ],
    ],
    // Fri 31 Jan – Tue 4 Feb: 3 working days of 10/3 h: 1 day in W05, 2 in W06 (rounded to 0.01).
    [
      '2025-01-31',
      '2025-02-04',
      10,
      [
        ['2025-W05', '2025-01-27', 3.33],
        ['2025-W06', '2025-02-03', 6.67],
      ],
    ],
    // Fri 3 – Mon 13 Jan: 7 working days of 1 h; the week of 6 Jan has 5 of them.
    [
      '2025-01-03',
      '2025-01-13',
      7,
      [
        ['2025-W01', '2024-12-30', 1],
        ['2025-W02', '2025-01-06', 5],
        ['2025-W03', '2025-01-13', 1],
      ],
    ],
    ['2025-01-14', '2025-01-08', 20, []],
    ['2025-02-30', '2025-03-08', 20, []],
  ])('%s → %s, %i h', (start, due, effort, expected) => {
    const weeks = spreadEffortOverWeeks(start, due, effort).map((w) => [w.week, w.monday, w.hours]);
    expect(weeks).toEqual(expected);
  });
});

describe('computeWorkload', () => {
  const people: Person[] = [
    { key: 'camille', name: 'Camille', weeklyCapacityHours: 35 },
    { key: 'hugo', name: 'Hugo', weeklyCapacityHours: 20 },
    { key: 'lea', name: 'Léa', weeklyCapacityHours: 10 },
  ];
  const actions: Action[] = [
    action('brief', '2025-01-08', '2025-01-14', 20),
    action('campagne', '2025-01-13', '2025-01-24', 60),
    action('salon', '2025-01-18', '2025-01-19', 6),
    action('newsletter', '2025-01-20', '2025-01-20', 10),
    action('rapport', '2025-01-21', '2025-01-21', 6),
    { ...action('abandon', '2025-01-13', '2025-01-17', 40), status: 'cancelled' },
    action('sans-r', '2025-01-13', '2025-01-17', 5),
    action('sans-date', null, '2025-01-17', 3),
    action('a-l-envers', '2025-01-17', '2025-01-13', 3),
    action('sans-effort', '2025-01-13', '2025-01-17', 0),
    action('veille', '2025-01-27', '2025-01-31', 10),
    action('relance', '2025-02-10', '2025-02-10', 2),
  ];
  const assignments = [
    ...roles('brief', 'R:camille A:hugo C:lea'),
    ...roles('campagne', 'R:camille R:hugo A:camille'),
    ...roles('salon', 'R:lea'),
    ...roles('newsletter', 'R:lea I:camille'),
    ...roles('rapport', 'R:hugo'),
    ...roles('abandon', 'R:camille'),
    ...roles('sans-r', 'A:camille'),
    ...roles('sans-date', 'R:camille'),
    ...roles('a-l-envers', 'R:camille'),
    ...roles('sans-effort', 'R:hugo'),
    ...roles('veille', 'R:camille R:agence'),
    ...roles('relance', 'R:lea'),
  ];

  // Worked by hand, week by week (Mondays 6, 13, 20, 27 Jan, 3 and 10 Feb 2025):
  // - brief, Wed 8 – Tue 14, 20 h over 5 days: camille W02 12, W03 8 (hugo is A, léa is C: no hours).
  // - campagne, Mon 13 – Fri 24, 60 h over 10 days = 30 h per week, split between 2 R:
  //   camille and hugo 15 h each in W03 and W04.
  // - salon, a weekend: léa 6 h in W03. newsletter, Mon 20: léa 10 h in W04 (capacity exactly met).
  // - rapport, Tue 21: hugo 6 h in W04 → hugo W04 = 15 + 6 = 21 > 20: overload of 1 h.
  // - veille, Mon 27 – Fri 31, 10 h for camille and agence (not a known person): 5 h each in W05.
  // - relance, Mon 10 Feb: léa 2 h in W07; W06 has no work but is still a column.
  // - abandon is cancelled, sans-effort has 0 h: no hours. sans-r has no R: unassigned.
  //   sans-date and a-l-envers have no usable dates: unscheduled.
  // Totals: camille 12 + 23 + 15 + 5 = 55; hugo 15 + 21 = 36; léa 6 + 10 + 2 = 18; agence 5.
  const report = computeWorkload(actions, assignments, people);

  it('lists every week from the first to the last, gaps included', () => {
    expect(report.weeks).toEqual(['2025-W02', '2025-W03', '2025-W04', '2025-W05', '2025-W06', '2025-W07']);
    expect(report.weekStarts).toEqual([
      '2025-01-06',
      '2025-01-13',
      '2025-01-20',
      '2025-01-27',
      '2025-02-03',
      '2025-02-10',
    ]);
  });

  it.each([
    ['camille', 35, [12, 23, 15, 5, 0, 0], 55],
    ['hugo', 20, [0, 15, 21, 0, 0, 0], 36],
    ['lea', 10, [0, 6, 10, 0, 0, 2], 18],
    ['agence', null, [0, 0, 0, 5, 0, 0], 5],
  ])('%s: capacity %s, hours %j, total %i', (person, capacity, hours, total) => {
    const row = report.people.find((p) => p.person === person);
    expect(row).toMatchObject({ capacityHours: capacity, hours, totalHours: total });
  });

  it('keeps the plan’s people first, then unknown Responsible people', () => {
    expect(report.people.map((p) => p.person)).toEqual(['camille', 'hugo', 'lea', 'agence']);
  });

  it('reports only real overloads, with a message in both languages', () => {
    expect(report.overloads).toEqual([
      {
        person: 'hugo',
        week: '2025-W04',
        hours: 21,
        capacityHours: 20,
        excessHours: 1,
        message: {
          fr: 'Hugo : 21 h de travail prévues la semaine 2025-W04, pour une capacité de 20 h (1 h de trop).',
          en: 'Hugo: 21 h of work planned in week 2025-W04, for a capacity of 20 h (1 h over).',
        },
      },
    ]);
  });

  it('lists the hours it could not place', () => {
    expect(report.unassigned).toEqual(['sans-r']);
    expect(report.unscheduled).toEqual(['sans-date', 'a-l-envers']);
  });
});

describe('overload boundary', () => {
  const zoe: Person[] = [{ key: 'zoe', name: 'Zoé', weeklyCapacityHours: 10 }];
  // One-day actions on Monday 6 Jan 2025; each row: efforts, number of R sharing each action,
  // the hours Zoé gets (effort / sharers, summed by hand) and whether that exceeds 10 h.
  it.each([
    [[10], 1, 10, false, 'exactly the capacity'],
    [[10.01], 1, 10.01, true, 'a hundredth of an hour over'],
    // 1/3 + 25/3 + 4/3 = 30/3 = 10 h, but floating point sums it to 10.000000000000002.
    [[1, 25, 4], 3, 10, false, 'thirds that add up to the capacity'],
    [[12, 9], 2, 10.5, true, 'half of 21 h'],
  ])('%j shared by %i → %s h, overload %s (%s)', (efforts, sharers, hours, overloaded) => {
    const actions = efforts.map((effort, i) => action(`a${i}`, '2025-01-06', '2025-01-06', effort));
    const others = ['yann', 'xavier'].slice(0, sharers - 1);
    const assignments = actions.flatMap((a) => roles(a.key, ['zoe', ...others].map((p) => `R:${p}`).join(' ')));
    const report = computeWorkload(actions, assignments, zoe);
    expect(report.people[0]?.hours).toEqual([hours]);
    expect(report.overloads.some((o) => o.person === 'zoe')).toBe(overloaded);
  });

  it('gives an empty matrix when nothing is loaded', () => {
    const report = computeWorkload([], [], zoe);
    expect(report).toMatchObject({ weeks: [], weekStarts: [], overloads: [], unassigned: [], unscheduled: [] });
    expect(report.people).toEqual([{ person: 'zoe', name: 'Zoé', capacityHours: 10, hours: [], totalHours: 0 }]);
  });
});

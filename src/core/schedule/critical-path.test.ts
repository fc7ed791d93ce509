import { describe, expect, it } from 'vitest';
import type { Action, ActionDependency } from '../plan.js';
import { computeCriticalPath } from './critical-path.js';
import { formatDay, parseDay } from './dates.js';

/** Dates as day of January 2025 (32 = 1 Feb), to keep the hand-worked numbers readable. */
const jan = (day: number) => formatDay((parseDay('2025-01-01') as number) + day - 1);

const action = (key: string, start: number | null, due: number | null, extra: Partial<Action> = {}): Action => ({
  key,
  tactic: 't',
  title: key,
  status: 'todo',
  priority: 'medium',
  isMilestone: false,
  startDate: start === null ? null : jan(start),
  dueDate: due === null ? null : jan(due),
  ...extra,
});

const link = (predecessor: string, successor: string, lagDays = 0): ActionDependency => ({
  predecessor,
  successor,
  lagDays,
});

/** [key, duration, ES, EF, LS, LF, slack], dates as day of January. */
type Row = [string, number, number, number, number, number, number];

const rowsOf = (report: ReturnType<typeof computeCriticalPath>): Row[] =>
  report.timings.map((t) => [
    t.action,
    t.durationDays,
    ...[t.earliestStart, t.earliestFinish, t.latestStart, t.latestFinish].map(
      (date) => (parseDay(date) as number) - (parseDay('2025-01-01') as number) + 1,
    ),
    t.slackDays,
  ]) as Row[];

describe('computeCriticalPath on a small campaign', () => {
  // The network (January 2025, planned start → due):
  //   A 1→5 (4 d) ─┬─ lag 0 → B 5→8 (3 d) ─ lag 1 ─┐
  //                └─ lag 2 → C 7→9 (2 d) ─ lag 0 ─┴→ D 10→15 (5 d) → M milestone due 15
  //   E 2→4 (2 d) → F 3→6 (3 d)        U has no start date, X is cancelled.
  // Forward (ES = max(planned start, pred EF + lag), EF = ES + duration):
  //   A 1/5; E 2/4; B max(5, 5+0)=5/8; C max(7, 5+2)=7/9; F max(3, 4)=4/7 (pushed by E);
  //   D max(10, 8+1, 9+0)=10/15 (its planned start holds it); M max(15, 15)=15/15. Latest EF = 15.
  // Backward with project end 15 (LF = min(end, succ LS − lag), LS = LF − duration):
  //   M 15/15; D 15 → LS 10; F 15 → 12; C min(15, 10)=10 → 8; B min(15, 10−1)=9 → 6;
  //   E min(15, 12)=12 → 10; A min(15, 6−0, 8−2)=6 → 2.
  // Slack = LS − ES: A 1, B 1, C 1, D 0, M 0, E 8, F 8. Critical: D then M.
  const actions = [
    action('A', 1, 5),
    action('B', 5, 8),
    action('C', 7, 9),
    action('D', 10, 15),
    action('M', null, 15, { isMilestone: true }),
    action('E', 2, 4),
    action('F', 3, 6),
    action('U', null, 9),
    action('X', 3, 9, { status: 'cancelled' }),
  ];
  const dependencies = [
    link('A', 'B'),
    link('A', 'C', 2),
    link('B', 'D', 1),
    link('C', 'D'),
    link('D', 'M'),
    link('E', 'F'),
    link('U', 'D', 30),
    link('X', 'A'),
  ];

  it('computes the earliest and latest dates and the slack', () => {
    const report = computeCriticalPath(actions, dependencies);
    expect(rowsOf(report)).toEqual([
      ['A', 4, 1, 5, 2, 6, 1],
      ['B', 3, 5, 8, 6, 9, 1],
      ['C', 2, 7, 9, 8, 10, 1],
      ['D', 5, 10, 15, 10, 15, 0],
      ['M', 0, 15, 15, 15, 15, 0],
      ['E', 2, 2, 4, 10, 12, 8],
      ['F', 3, 4, 7, 12, 15, 8],
    ]);
    expect(report.criticalPath).toEqual(['D', 'M']);
    expect(report.criticalChains).toEqual([['D', 'M']]);
    expect(report.excluded).toEqual([
      { action: 'U', reason: 'undated' },
      { action: 'X', reason: 'cancelled' },
    ]);
  });

  // The plan's end date counts only when it is later than every earliest finish: with 31 Jan,
  // every slack grows by 31 − 15 = 16 days (so nothing is critical); 10 Jan changes nothing.
  it.each([
    [null, jan(15), 'actions', 0],
    [jan(10), jan(15), 'actions', 0],
    [jan(15), jan(15), 'actions', 0],
    [jan(31), jan(31), 'plan', 16],
  ])('plan end %s → project end %s (%s), slack + %i', (endDate, projectEnd, source, extra) => {
    const report = computeCriticalPath(actions, dependencies, { endDate });
    expect([report.projectEnd, report.projectEndSource]).toEqual([projectEnd, source]);
    expect(report.timings.map((t) => t.slackDays)).toEqual([1, 1, 1, 0, 0, 8, 8].map((s) => s + extra));
    expect(report.criticalPath).toEqual(extra === 0 ? ['D', 'M'] : []);
  });
});

describe('critical chains', () => {
  // Each network worked by hand as above; the last column lists the zero-slack chains.
  it.each([
    {
      // P 1→3 feeds Q 3→6 (lag 0) and R 4→6 (lag 1); both feed S 6→8. Forward: P 1/3, Q 3/6,
      // R max(4, 3+1)=4/6, S 6/8. Backward from 8: S 6, Q 3, R 4, P min(3, 4−1)=3 → LS 1.
      // Every slack is 0 and both branches are tight: two chains.
      name: 'a diamond where both branches are tight',
      actions: [action('P', 1, 3), action('Q', 3, 6), action('R', 4, 6), action('S', 6, 8)],
      links: [link('P', 'Q'), link('P', 'R', 1), link('Q', 'S'), link('R', 'S')],
      slack: [0, 0, 0, 0],
      path: ['P', 'Q', 'R', 'S'],
      chains: [
        ['P', 'Q', 'S'],
        ['P', 'R', 'S'],
      ],
    },
    {
      // T 1→10 (9 d), V 8→12 with a lead of 2 days: ES max(8, 10−2)=8, EF 12. Backward: V LS 8,
      // T LF min(12, 8+2)=10 → LS 1. W 2→12 is alone and ends at the project end too.
      name: 'a negative lag, and a lone action ending last',
      actions: [action('T', 1, 10), action('V', 8, 12), action('W', 2, 12)],
      links: [link('T', 'V', -2)],
      slack: [0, 0, 0],
      path: ['T', 'W', 'V'],
      chains: [['T', 'V'], ['W']],
    },
    {
      // G ⇄ H loop, K after H: none can be ordered. L 1→4 is scheduled alone and is critical.
      name: 'a cycle is left out',
      actions: [action('G', 1, 2), action('H', 2, 3), action('K', 3, 4), action('L', 1, 4)],
      links: [link('G', 'H'), link('H', 'G'), link('H', 'K')],
      slack: [0],
      path: ['L'],
      chains: [['L']],
    },
  ])('$name', ({ actions, links, slack, path, chains }) => {
    const report = computeCriticalPath(actions, links);
    expect(report.timings.map((t) => t.slackDays)).toEqual(slack);
    expect(report.criticalPath).toEqual(path);
    expect(report.criticalChains).toEqual(chains);
  });

  it('lists what a cycle blocks', () => {
    const report = computeCriticalPath(
      [action('G', 1, 2), action('H', 2, 3), action('K', 3, 4), action('L', 1, 4)],
      [link('G', 'H'), link('H', 'G'), link('H', 'K'), link('L', 'K')],
    );
    expect(report.excluded.map((e) => `${e.action} ${e.reason}`)).toEqual(['G cycle', 'H cycle', 'K cycle']);
    expect(report.timings.map((t) => t.action)).toEqual(['L']);
  });

  it('has nothing to say without dated actions', () => {
    const report = computeCriticalPath([action('U', null, null)], []);
    expect(report).toMatchObject({ projectEnd: null, timings: [], criticalPath: [], criticalChains: [] });
  });
});

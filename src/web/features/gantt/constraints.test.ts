import { describe, expect, it } from 'vitest';
import {
  applyGesture,
  changedDates,
  checkDates,
  indexDependencies,
  spanOf,
  type ActionDates,
  type CheckContext,
  type ScheduleFields,
} from './constraints';
import { dayOf } from './timeline';

const action = (
  id: string,
  startDate: string | null,
  dueDate: string | null,
  extra: Partial<ScheduleFields> = {},
): ScheduleFields => ({ id, title: id, startDate, dueDate, isMilestone: false, status: 'todo', ...extra });
const dates = (a: ScheduleFields): ActionDates => ({ startDate: a.startDate, dueDate: a.dueDate });

describe('gestures', () => {
  const brief = action('brief', '2026-03-02', '2026-03-06');

  it('moves both dates, or one end, by whole days', () => {
    expect(applyGesture(brief, dates(brief), 'move', 3)).toEqual({ startDate: '2026-03-05', dueDate: '2026-03-09' });
    expect(applyGesture(brief, dates(brief), 'start', -2)).toEqual({ startDate: '2026-02-28', dueDate: '2026-03-06' });
    expect(applyGesture(brief, dates(brief), 'end', 30)).toEqual({ startDate: '2026-03-02', dueDate: '2026-04-05' });
  });

  it('only moves a milestone, with its start when it has one', () => {
    const launch = action('launch', null, '2026-03-31', { isMilestone: true });
    expect(applyGesture(launch, dates(launch), 'end', 1)).toEqual({ startDate: null, dueDate: '2026-04-01' });
    const gate = action('gate', '2026-03-30', '2026-03-31', { isMilestone: true });
    expect(applyGesture(gate, dates(gate), 'start', -1)).toEqual({ startDate: '2026-03-29', dueDate: '2026-03-30' });
  });

  it('reads a span only from complete dates (a milestone needs its due date alone)', () => {
    expect(spanOf(brief, dates(brief))).toEqual({ start: dayOf('2026-03-02'), due: dayOf('2026-03-06') });
    expect(spanOf(brief, { startDate: null, dueDate: '2026-03-06' })).toBeNull();
    expect(spanOf({ isMilestone: true }, { startDate: null, dueDate: '2026-03-06' })).toEqual({
      start: dayOf('2026-03-06'),
      due: dayOf('2026-03-06'),
    });
  });

  it('sends only the dates that change', () => {
    expect(changedDates(dates(brief), { startDate: '2026-03-02', dueDate: '2026-03-09' })).toEqual({
      dueDate: '2026-03-09',
    });
    expect(changedDates(dates(brief), dates(brief))).toEqual({});
  });
});

describe('checkDates', () => {
  // design → build (lag 2) → launch (milestone)
  const design = action('design', '2026-03-02', '2026-03-10');
  const build = action('build', '2026-03-12', '2026-03-20');
  const launch = action('launch', null, '2026-03-25', { isMilestone: true });
  const dropped = action('dropped', '2026-03-01', '2026-03-30', { status: 'cancelled' });
  const all = [design, build, launch, dropped];
  const context = (overrides: Record<string, ActionDates> = {}): CheckContext => ({
    dependencies: indexDependencies([
      { predecessorId: 'design', successorId: 'build', lagDays: 2 },
      { predecessorId: 'build', successorId: 'launch', lagDays: 0 },
      { predecessorId: 'dropped', successorId: 'build', lagDays: 0 },
    ]),
    actionOf: (id) => all.find((a) => a.id === id),
    datesOf: (a) => overrides[a.id] ?? dates(a),
  });
  const check = (a: ScheduleFields, next: ActionDates, overrides?: Record<string, ActionDates>) =>
    checkDates(a, next, dates(a), context(overrides));

  it('accepts a move that keeps every dependency, including starting exactly when allowed', () => {
    expect(check(build, { startDate: '2026-03-12', dueDate: '2026-03-25' })).toEqual([]);
    expect(check(design, { startDate: '2026-03-01', dueDate: '2026-03-09' })).toEqual([]);
  });

  it('refuses a due date before the start date', () => {
    expect(check(design, { startDate: '2026-03-02', dueDate: '2026-03-01' })).toEqual([
      { kind: 'endBeforeStart', startDate: '2026-03-02', dueDate: '2026-03-01' },
    ]);
  });

  it('names the predecessor that ends too late, with its due date and the first allowed start', () => {
    expect(check(build, { startDate: '2026-03-11', dueDate: '2026-03-19' })).toEqual([
      {
        kind: 'startsBeforePredecessor',
        other: 'design',
        otherDue: '2026-03-10',
        lagDays: 2,
        earliestStart: '2026-03-12',
      },
    ]);
  });

  it('names the successor that starts too early, with its start and the last allowed due date', () => {
    expect(check(design, { startDate: '2026-03-02', dueDate: '2026-03-11' })).toEqual([
      {
        kind: 'endsAfterSuccessor',
        other: 'build',
        otherStart: '2026-03-12',
        lagDays: 2,
        latestDue: '2026-03-10',
      },
    ]);
    // A milestone successor sits on its due date.
    expect(check(build, { startDate: '2026-03-12', dueDate: '2026-03-26' })[0]).toMatchObject({
      kind: 'endsAfterSuccessor',
      other: 'launch',
      otherStart: '2026-03-25',
    });
  });

  it('checks a milestone by its due date against its predecessors', () => {
    expect(check(launch, { startDate: null, dueDate: '2026-03-19' })[0]).toMatchObject({
      kind: 'startsBeforePredecessor',
      other: 'build',
      earliestStart: '2026-03-20',
    });
  });

  it('reads the other actions as shown (drafts included)', () => {
    const moved = { design: { startDate: '2026-03-02', dueDate: '2026-03-05' } };
    expect(check(build, { startDate: '2026-03-07', dueDate: '2026-03-19' }, moved)).toEqual([]);
  });

  it('ignores cancelled actions and undated ones', () => {
    expect(check(dropped, { startDate: '2026-04-01', dueDate: '2026-04-30' })).toEqual([]);
    const undated = { design: { startDate: null, dueDate: null } };
    expect(check(build, { startDate: '2026-03-01', dueDate: '2026-03-05' }, undated)).toEqual([]);
  });

  it('lets an already broken dependency be repaired step by step, but not made worse', () => {
    const late = action('build', '2026-03-05', '2026-03-20'); // 7 days too early already
    const ctx = context();
    expect(checkDates(late, { startDate: '2026-03-06', dueDate: '2026-03-21' }, dates(late), ctx)).toEqual([]);
    expect(checkDates(late, { startDate: '2026-03-04', dueDate: '2026-03-19' }, dates(late), ctx)).toHaveLength(1);
  });

  it('asks for the missing dates of an action being scheduled', () => {
    const undated = action('new', null, null);
    expect(checkDates(undated, { startDate: null, dueDate: null }, null, context())).toEqual([
      { kind: 'missing', field: 'dueDate' },
      { kind: 'missing', field: 'startDate' },
    ]);
    expect(
      checkDates({ ...undated, isMilestone: true }, { startDate: null, dueDate: '2026-03-01' }, null, context()),
    ).toEqual([]);
  });
});

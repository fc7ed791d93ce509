import type { ActionDependencyEntity, ActionEntity } from '../../../contract/entity-types.js';
import { dayOf, formatDay, type Span } from './timeline';

/**
 * What a move or a resize of a bar gives, and whether the plan's rules allow it: the due date
 * not before the start, and finish-to-start dependencies read as the engine reads them
 * (core/schedule/date-conflicts.ts): a successor may start on its predecessor's due date plus
 * the lag, not before; a milestone sits on its due date.
 */

export type Gesture = 'move' | 'start' | 'end';

export type ScheduleFields = Pick<ActionEntity, 'id' | 'title' | 'startDate' | 'dueDate' | 'isMilestone' | 'status'>;

export interface ActionDates {
  startDate: string | null;
  dueDate: string | null;
}

/** The days a bar covers, or null when the action is not scheduled (a milestone needs its due date only). */
export function spanOf(action: Pick<ActionEntity, 'isMilestone'>, dates: ActionDates): Span | null {
  const due = dayOf(dates.dueDate);
  const start = action.isMilestone ? due : dayOf(dates.startDate);
  return start === null || due === null ? null : { start, due };
}

const shift = (date: string | null, days: number): string | null => {
  const day = dayOf(date);
  return day === null ? date : formatDay(day + days);
};

/**
 * The dates after a gesture of `days` whole days: `move` shifts both ends, `start` and `end`
 * shift one. A milestone has no length, so any gesture moves it (with its start, if it has one).
 */
export function applyGesture(
  action: Pick<ActionEntity, 'isMilestone'>,
  dates: ActionDates,
  gesture: Gesture,
  days: number,
): ActionDates {
  if (action.isMilestone || gesture === 'move')
    return { startDate: shift(dates.startDate, days), dueDate: shift(dates.dueDate, days) };
  return gesture === 'start'
    ? { startDate: shift(dates.startDate, days), dueDate: dates.dueDate }
    : { startDate: dates.startDate, dueDate: shift(dates.dueDate, days) };
}

/** The fields of a PATCH: only the dates that change. */
export function changedDates(before: ActionDates, after: ActionDates): Partial<ActionDates> {
  const changes: Partial<ActionDates> = {};
  if (before.startDate !== after.startDate) changes.startDate = after.startDate;
  if (before.dueDate !== after.dueDate) changes.dueDate = after.dueDate;
  return changes;
}

export type DateProblem =
  | { kind: 'missing'; field: 'startDate' | 'dueDate' }
  | { kind: 'endBeforeStart'; startDate: string; dueDate: string }
  | { kind: 'startsBeforePredecessor'; other: string; otherDue: string; lagDays: number; earliestStart: string }
  | { kind: 'endsAfterSuccessor'; other: string; otherStart: string; lagDays: number; latestDue: string };

interface Link {
  other: string;
  lagDays: number;
}

/** The dependencies by action, both ways, built once for the whole plan. */
export interface DependencyIndex {
  predecessorsOf: Map<string, Link[]>;
  successorsOf: Map<string, Link[]>;
}

export function indexDependencies(
  dependencies: readonly Pick<ActionDependencyEntity, 'predecessorId' | 'successorId' | 'lagDays'>[],
): DependencyIndex {
  const predecessorsOf = new Map<string, Link[]>();
  const successorsOf = new Map<string, Link[]>();
  const add = (map: Map<string, Link[]>, key: string, link: Link) => {
    const list = map.get(key);
    if (list) list.push(link);
    else map.set(key, [link]);
  };
  for (const { predecessorId, successorId, lagDays } of dependencies) {
    add(predecessorsOf, successorId, { other: predecessorId, lagDays });
    add(successorsOf, predecessorId, { other: successorId, lagDays });
  }
  return { predecessorsOf, successorsOf };
}

export interface CheckContext {
  dependencies: DependencyIndex;
  /** The other actions, by id, with the dates shown for them. */
  actionOf: (id: string) => ScheduleFields | undefined;
  datesOf: (action: ScheduleFields) => ActionDates;
}

/**
 * Why `next` may not be saved for `action`, or an empty list. A dependency that was already
 * broken before the change (`previous`) only refuses the change if it makes it worse, so that
 * a user can repair a plan step by step.
 */
export function checkDates(
  action: ScheduleFields,
  next: ActionDates,
  previous: ActionDates | null,
  context: CheckContext,
): DateProblem[] {
  const problems: DateProblem[] = [];
  if (!next.dueDate) problems.push({ kind: 'missing', field: 'dueDate' });
  if (!action.isMilestone && !next.startDate) problems.push({ kind: 'missing', field: 'startDate' });
  if (next.startDate && next.dueDate && next.dueDate < next.startDate)
    problems.push({ kind: 'endBeforeStart', startDate: next.startDate, dueDate: next.dueDate });
  if (problems.length > 0 || action.status === 'cancelled') return problems;
  const span = spanOf(action, next);
  if (!span) return problems;
  const before = previous ? spanOf(action, previous) : null;
  const linked = (link: Link) => {
    const other = context.actionOf(link.other);
    if (!other || other.status === 'cancelled') return null;
    const otherSpan = spanOf(other, context.datesOf(other));
    return otherSpan ? { other, span: otherSpan } : null;
  };
  for (const link of context.dependencies.predecessorsOf.get(action.id) ?? []) {
    const found = linked(link);
    if (!found) continue;
    const earliest = found.span.due + link.lagDays;
    const early = earliest - span.start;
    if (early > 0 && (!before || early > earliest - before.start))
      problems.push({
        kind: 'startsBeforePredecessor',
        other: found.other.id,
        otherDue: formatDay(found.span.due),
        lagDays: link.lagDays,
        earliestStart: formatDay(earliest),
      });
  }
  for (const link of context.dependencies.successorsOf.get(action.id) ?? []) {
    const found = linked(link);
    if (!found) continue;
    const latest = found.span.start - link.lagDays;
    const late = span.due - latest;
    if (late > 0 && (!before || late > before.due - latest))
      problems.push({
        kind: 'endsAfterSuccessor',
        other: found.other.id,
        otherStart: formatDay(found.span.start),
        lagDays: link.lagDays,
        latestDue: formatDay(latest),
      });
  }
  return problems;
}

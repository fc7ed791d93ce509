import type { Action, ActionDependency, Localized } from '../plan.js';
import { formatDay, parseDay } from './dates.js';
import { actionName, dayCount, localized, longDate, quote, type Language } from './texts.js';

/**
 * Finish-to-start dependencies read on dates: the successor may start on the predecessor's due
 * date plus the lag (calendar days; a negative lag lets it start that many days earlier), not
 * before. Dates are points in time, as in "duration = due − start": with no lag, starting on the
 * day the predecessor is due is allowed. Links touching a cancelled action, an action without
 * the needed date or an unknown action do not constrain anything.
 */

export interface DateConflict {
  predecessor: string;
  successor: string;
  lagDays: number;
  predecessorDueDate: string;
  successorStartDate: string;
  /** Predecessor's due date + lag: the first date the successor may start. */
  earliestStartDate: string;
  /** How many days too early the successor starts (at least 1). */
  daysEarly: number;
  message: Localized;
}

export function findDateConflicts(
  actions: readonly Action[],
  dependencies: readonly ActionDependency[],
): DateConflict[] {
  const byKey = new Map(actions.map((a) => [a.key, a]));
  const conflicts: DateConflict[] = [];
  for (const { predecessor, successor, lagDays } of dependencies) {
    const before = byKey.get(predecessor);
    const after = byKey.get(successor);
    if (!before || !after || before.status === 'cancelled' || after.status === 'cancelled') continue;
    const due = parseDay(before.dueDate);
    const start = parseDay(after.startDate);
    if (due === null || start === null || start >= due + lagDays) continue;
    const conflict = {
      predecessor,
      successor,
      lagDays,
      predecessorDueDate: formatDay(due),
      successorStartDate: formatDay(start),
      earliestStartDate: formatDay(due + lagDays),
      daysEarly: due + lagDays - start,
    };
    const names = { before: actionName(before.title, predecessor), after: actionName(after.title, successor) };
    conflicts.push({ ...conflict, message: localized((l) => conflictText(conflict, names, l)) });
  }
  return conflicts;
}

function conflictText(c: Omit<DateConflict, 'message'>, names: { before: string; after: string }, l: Language): string {
  const lag = c.lagDays === 0 ? '' : lagText(c.lagDays, l);
  return l === 'fr'
    ? `L’action ${quote(names.after, l)} commence le ${longDate(c.successorStartDate, l)}, alors qu’elle dépend ` +
        `de l’action ${quote(names.before, l)}, dont l’échéance est le ${longDate(c.predecessorDueDate, l)}${lag} : ` +
        `elle ne peut pas commencer avant le ${longDate(c.earliestStartDate, l)}.`
    : `Action ${quote(names.after, l)} starts on ${longDate(c.successorStartDate, l)} but depends on ` +
        `action ${quote(names.before, l)}, due on ${longDate(c.predecessorDueDate, l)}${lag}: ` +
        `it cannot start before ${longDate(c.earliestStartDate, l)}.`;
}

function lagText(lagDays: number, l: Language): string {
  const days = dayCount(Math.abs(lagDays), l);
  if (l === 'fr') return lagDays > 0 ? ` (plus ${days} de délai)` : ` (moins ${days} d’avance permise)`;
  return lagDays > 0 ? ` (plus ${days} of lag)` : ` (minus ${days} of allowed lead)`;
}

import { formatDay, isoWeekOf, mondayOf, parseDay, workingDaysBetween } from './dates.js';

/**
 * How an action's effort lands on the calendar: evenly over its working days (Monday to
 * Friday, public holidays not known here) from its start date to its due date, both included.
 * An action whose whole span falls on a weekend (a Saturday task, say) has no working day; its
 * effort then lands on the week it sits in, rather than vanishing from everyone's workload.
 */

export interface WeekShare {
  /** Day number of the Monday of the week. */
  monday: number;
  hours: number;
}

/** Shares per week, in date order; empty when the span is reversed. Hours are not rounded. */
export function spreadOverWeekDays(start: number, due: number, effortHours: number): WeekShare[] {
  if (due < start) return [];
  const workingDays = workingDaysBetween(start, due);
  if (workingDays === 0) return [{ monday: mondayOf(start), hours: effortHours }];
  const shares: WeekShare[] = [];
  for (let monday = mondayOf(start); monday <= due; monday += 7) {
    const days = workingDaysBetween(Math.max(start, monday), Math.min(due, monday + 6));
    if (days > 0) shares.push({ monday, hours: (effortHours * days) / workingDays });
  }
  return shares;
}

/**
 * The same spread with dates as text, for a UI that shows one action's weekly effort: weeks
 * `YYYY-Www` with the date of their Monday and hours rounded to two decimals. Empty when a date
 * is missing or invalid or the due date comes before the start date.
 */
export function spreadEffortOverWeeks(
  startDate: string,
  dueDate: string,
  effortHours: number,
): { week: string; monday: string; hours: number }[] {
  const start = parseDay(startDate);
  const due = parseDay(dueDate);
  if (start === null || due === null) return [];
  return spreadOverWeekDays(start, due, effortHours).map((share) => ({
    week: isoWeekOf(share.monday),
    monday: formatDay(share.monday),
    hours: roundHours(share.hours),
  }));
}

/** Hundredths of an hour: enough for people, and it removes float noise (3 × 10/3 ≠ 10). */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

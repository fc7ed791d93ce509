/**
 * Calendar arithmetic on whole days for the schedule: day numbers (see ../shared/days.ts) make
 * "due − start", "+ lag" and week bucketing plain integer operations.
 */

import { civilFromDays, daysFromCivil, dayOf, formatDay, requireDay } from '../shared/days.js';

export { formatDay };

/** The day number of a `YYYY-MM-DD` date, or null when it is missing or not a real date. */
export const parseDay = dayOf;

/** Day number of "today" given as a parameter; a wrong value is a programming error, not data. */
export function parseToday(today: string): number {
  return requireDay(today, 'today');
}

/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function mondayOf(day: number): number {
  return day - weekdayOf(day);
}

/** ISO-8601 week `YYYY-Www`: weeks start on Monday and belong to the year of their Thursday. */
export function isoWeekOf(day: number): string {
  const thursday = mondayOf(day) + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Weekdays (Monday to Friday) among the days before `day`, counted from a fixed Monday. */
function weekdaysBefore(day: number): number {
  const sinceMonday = day + 3;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

/** Working days (Monday to Friday) from `first` to `last`, both included; 0 when last < first. */
export function workingDaysBetween(first: number, last: number): number {
  return last < first ? 0 : weekdaysBefore(last + 1) - weekdaysBefore(first);
}

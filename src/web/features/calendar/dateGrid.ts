/**
 * Calendar arithmetic on `YYYY-MM-DD` days, done in UTC so that no time zone or daylight-saving
 * change can shift a day. Weeks start on Monday and are numbered the ISO 8601 way.
 */

/** A calendar day written `YYYY-MM-DD`. */
export type Day = string;
/** A calendar month written `YYYY-MM`. */
export type Month = string;
export type CalendarView = 'month' | 'week';

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: Day): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `n` days later (earlier when `n` is negative). */
export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(day: Day): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the day's week. */
export function startOfWeek(day: Day): Day {
  return addDays(day, 1 - isoWeekday(day));
}

/** The ISO week of a day: the week belongs to the year of its Thursday (30 Dec 2024 is week 1 of 2025). */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${pad(year, 4)}-01-01`)) / 7) + 1;
  return { year, week };
}

/** The seven days of the day's week, Monday first. */
export function weekDays(day: Day): Day[] {
  const monday = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function monthOf(day: Day): Month {
  return day.slice(0, 7);
}

export function firstOfMonth(month: Month): Day {
  return `${month}-01`;
}

/** The month `n` months later (earlier when `n` is negative). */
export function addMonths(month: Month, n: number): Month {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + n;
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
}

export function daysInMonth(month: Month): number {
  return dayNumber(firstOfMonth(addMonths(month, 1))) - dayNumber(firstOfMonth(month));
}

export interface GridWeek {
  /** ISO week number and the year it belongs to. */
  week: number;
  year: number;
  /** Monday to Sunday; the first and last weeks include days of the neighbouring months. */
  days: Day[];
}

/** The weeks (rows) showing a month: from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthGrid(month: Month): GridWeek[] {
  const first = firstOfMonth(month);
  const last = addDays(first, daysInMonth(month) - 1);
  const weeks: GridWeek[] = [];
  for (let monday = startOfWeek(first); dayNumber(monday) <= dayNumber(last); monday = addDays(monday, 7)) {
    weeks.push({ ...isoWeek(monday), days: weekDays(monday) });
  }
  return weeks;
}

/** First and last day shown by a view around the anchor day (a month grid includes its spill-over days). */
export function visibleRange(view: CalendarView, anchor: Day): { from: Day; to: Day } {
  if (view === 'week') {
    const from = startOfWeek(anchor);
    return { from, to: addDays(from, 6) };
  }
  const weeks = monthGrid(monthOf(anchor));
  return { from: weeks[0]!.days[0]!, to: weeks[weeks.length - 1]!.days[6]! };
}

export function isWithin(day: Day, range: { from: Day; to: Day }): boolean {
  return day >= range.from && day <= range.to;
}

/** The anchor of the previous (`-1`) or next (`1`) page: the 1st of a month, or the same weekday a week away. */
export function shiftAnchor(view: CalendarView, anchor: Day, step: number): Day {
  return view === 'week' ? addDays(anchor, 7 * step) : firstOfMonth(addMonths(monthOf(anchor), step));
}

/** Days moved by Alt + an arrow key: a day left or right, a week up or down (as in the grid). */
export const ARROW_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  ArrowUp: -7,
  ArrowDown: 7,
};

/** Whether `value` is a real day written `YYYY-MM-DD` (no 31 April), as read from a URL. */
export function isDay(value: string | null | undefined): value is Day {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayFromNumber(dayNumber(value)) === value;
}

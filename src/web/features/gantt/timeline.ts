import { civilFromDays, daysFromCivil, daysInMonth, dayOf, formatDay } from '../../../core/shared/days.js';

/**
 * The Gantt's time axis as plain numbers: dates are day numbers (days since 1970-01-01, see
 * core/shared/days.ts), the chart's x is `(day − origin) × pixels per day`, and a bar covers its
 * start and due days whole (a one-day action is one day wide).
 */

export { dayOf, formatDay };

export type Scale = 'week' | 'month' | 'quarter';
export const SCALES: readonly Scale[] = ['week', 'month', 'quarter'];

/** Width of one day, per zoom level. */
export const PX_PER_DAY: Record<Scale, number> = { week: 28, month: 8, quarter: 3 };

export interface Range {
  /** First day shown (the 1st of a month). */
  start: number;
  /** Last day shown (the last day of a month). */
  end: number;
}

/** A scheduled action's days; a milestone has start = due. */
export interface Span {
  start: number;
  due: number;
}

export const dayToX = (day: number, range: Range, pxPerDay: number): number => (day - range.start) * pxPerDay;

/** The day under x (a day owns [x, x + pxPerDay)). */
export const xToDay = (x: number, range: Range, pxPerDay: number): number => range.start + Math.floor(x / pxPerDay);

/** A pointer's move in whole days: what a drag snaps to. */
export const snapToDays = (deltaPx: number, pxPerDay: number): number => Math.round(deltaPx / pxPerDay) || 0;

export const rangeWidth = (range: Range, pxPerDay: number): number => (range.end - range.start + 1) * pxPerDay;

/** Left edge and width of a bar; a milestone is a point in the middle of its day. */
export function barBox(span: Span, range: Range, pxPerDay: number): { x: number; width: number } {
  const x = dayToX(Math.min(span.start, span.due), range, pxPerDay);
  return { x, width: (Math.abs(span.due - span.start) + 1) * pxPerDay };
}

const firstOfMonth = (day: number): number => {
  const { year, month } = civilFromDays(day);
  return daysFromCivil(year, month, 1);
};
const lastOfMonth = (day: number): number => {
  const { year, month } = civilFromDays(day);
  return daysFromCivil(year, month, daysInMonth(year, month));
};

/**
 * Whole months around the spans, with a week of margin each side so that bars never touch the
 * edges; today is included when it is within a year of them, so the "today" line usually shows.
 * Null when there is nothing to show.
 */
export function timelineRange(spans: Iterable<Span>, today: number | null): Range | null {
  let min = Infinity;
  let max = -Infinity;
  for (const { start, due } of spans) {
    min = Math.min(min, start, due);
    max = Math.max(max, start, due);
  }
  if (min === Infinity) return null;
  if (today !== null && today >= min - 365 && today <= max + 365) {
    min = Math.min(min, today);
    max = Math.max(max, today);
  }
  return { start: firstOfMonth(min - 7), end: lastOfMonth(max + 7) };
}

export interface Tick {
  /** First day of the period. */
  day: number;
  /** Days in the period that fall within the range. */
  days: number;
}

export interface MonthTick extends Tick {
  year: number;
  month: number;
}

export function monthTicks(range: Range): MonthTick[] {
  const ticks: MonthTick[] = [];
  for (let day = range.start; day <= range.end;) {
    const { year, month } = civilFromDays(day);
    const next = Math.min(daysFromCivil(year, month, daysInMonth(year, month)), range.end) + 1;
    ticks.push({ day, days: next - day, year, month });
    day = next;
  }
  return ticks;
}

export interface QuarterTick extends Tick {
  year: number;
  quarter: number;
}

export function quarterTicks(range: Range): QuarterTick[] {
  const ticks: QuarterTick[] = [];
  for (const month of monthTicks(range)) {
    const quarter = Math.floor((month.month - 1) / 3) + 1;
    const last = ticks[ticks.length - 1];
    if (last && last.year === month.year && last.quarter === quarter) last.days += month.days;
    else ticks.push({ day: month.day, days: month.days, year: month.year, quarter });
  }
  return ticks;
}

export interface WeekTick extends Tick {
  /** ISO week number (weeks start on Monday and belong to the year of their Thursday). */
  week: number;
}

/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

export function isoWeekNumber(day: number): number {
  const thursday = day - weekdayOf(day) + 3;
  const { year } = civilFromDays(thursday);
  return Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
}

/** The weeks of the range, from Monday (the first one cut at the range's start). */
export function weekTicks(range: Range): WeekTick[] {
  const ticks: WeekTick[] = [];
  for (let day = range.start; day <= range.end;) {
    const next = Math.min(day - weekdayOf(day) + 7, range.end + 1);
    ticks.push({ day, days: next - day, week: isoWeekNumber(day) });
    day = next;
  }
  return ticks;
}

/** Today in the browser's time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return formatDay(daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/**
 * An elbow arrow from a predecessor's end to a successor's start: out to the right, down (or
 * up) to the successor's row, then in from the left; when the successor starts before there is
 * room, it goes back along the row boundary (`turnY`) first.
 */
export function arrowPath(
  from: { x: number; y: number },
  to: { x: number; y: number },
  turnY: number,
  gap = 8,
): string {
  if (to.x - from.x >= 2 * gap) return `M${from.x},${from.y} H${from.x + gap} V${to.y} H${to.x}`;
  return `M${from.x},${from.y} H${from.x + gap} V${turnY} H${to.x - gap} V${to.y} H${to.x}`;
}

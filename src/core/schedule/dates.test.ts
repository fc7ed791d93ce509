import { describe, expect, it } from 'vitest';
import { formatDay, isoWeekOf, parseDay, weekdayOf, workingDaysBetween } from './dates.js';
import { dayCount, decimal, joinList, longDate } from './texts.js';

const day = (date: string) => {
  const parsed = parseDay(date);
  if (parsed === null) throw new Error(`bad test date ${date}`);
  return parsed;
};

describe('parseDay', () => {
  // Real dates parse and print back; impossible or badly written ones are null.
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2024-02-29', 19782], // 2024 is a leap year; 54 years of 365 days + 13 leap days = 19,723, + 59 days.
  ])('%s is day %i', (date, expected) => {
    expect(parseDay(date)).toBe(expected);
    expect(formatDay(expected)).toBe(date);
  });

  it.each([['2025-02-29'], ['2025-13-01'], ['2025-1-01'], ['2025-01-32'], [''], [null], [undefined]])(
    '%s is not a date',
    (text) => {
      expect(parseDay(text)).toBeNull();
    },
  );
});

describe('calendar weeks', () => {
  // ISO weeks read from a printed calendar: a week belongs to the year of its Thursday, so
  // 2020 and 2026 (which start on a Thursday) have 53 weeks, and 30 Dec 2024 is in 2025-W01.
  it.each([
    ['2021-01-03', 'Sun', '2020-W53'],
    ['2021-01-04', 'Mon', '2021-W01'],
    ['2024-12-30', 'Mon', '2025-W01'],
    ['2025-01-01', 'Wed', '2025-W01'],
    ['2025-06-15', 'Sun', '2025-W24'],
    ['2026-01-01', 'Thu', '2026-W01'],
    ['2027-01-01', 'Fri', '2026-W53'],
    ['2027-01-03', 'Sun', '2026-W53'],
    ['2027-01-04', 'Mon', '2027-W01'],
    ['1969-12-31', 'Wed', '1970-W01'],
  ])('%s (%s) is in %s', (date, weekday, week) => {
    expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekdayOf(day(date))]).toBe(weekday);
    expect(isoWeekOf(day(date))).toBe(week);
  });

  // Counted on the calendar, both ends included.
  it.each([
    ['2025-01-01', '2025-01-07', 5, 'Wed to Tue: Wed Thu Fri Mon Tue'],
    ['2025-01-04', '2025-01-05', 0, 'a weekend'],
    ['2025-01-06', '2025-01-06', 1, 'one Monday'],
    ['2025-01-10', '2025-01-06', 0, 'reversed'],
    ['2025-01-06', '2025-12-28', 255, '51 whole weeks, Monday to Sunday'],
    ['1969-12-29', '1970-01-04', 5, 'a week across day 0'],
    ['2025-01-03', '2025-01-13', 7, 'Fri, Mon–Fri, Mon'],
  ])('%s to %s: %i working days (%s)', (first, last, expected) => {
    expect(workingDaysBetween(day(first), day(last))).toBe(expected);
  });
});

describe('calendar arithmetic against JavaScript’s Date, every day of 1899–2101', () => {
  const dayMs = 86_400_000;
  const first = Date.UTC(1899, 11, 25) / dayMs;
  const last = Date.UTC(2101, 0, 10) / dayMs;

  /** ISO week by the ordinal-date formula (week = ⌊(ordinal − weekday + 10) / 7⌋), independent of the code. */
  function isoWeekByFormula(n: number): string {
    const date = new Date(n * dayMs);
    const year = date.getUTCFullYear();
    const ordinal = n - Date.UTC(year, 0, 1) / dayMs + 1;
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    const p = (y: number) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
    const weeksIn = (y: number) => (p(y) === 4 || p(y - 1) === 3 ? 53 : 52);
    const week = Math.floor((ordinal - weekday + 10) / 7);
    if (week < 1) return `${year - 1}-W${weeksIn(year - 1)}`;
    if (week > weeksIn(year)) return `${year + 1}-W01`;
    return `${year}-W${String(week).padStart(2, '0')}`;
  }

  it('formats, parses, names the weekday and the ISO week like Date does', () => {
    const mismatches: string[] = [];
    for (let n = first; n <= last; n++) {
      const text = new Date(n * dayMs).toISOString().slice(0, 10);
      const weekday = (new Date(n * dayMs).getUTCDay() + 6) % 7;
      const ok =
        formatDay(n) === text &&
        parseDay(text) === n &&
        weekdayOf(n) === weekday &&
        isoWeekOf(n) === isoWeekByFormula(n);
      if (!ok) mismatches.push(text);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});

describe('message helpers', () => {
  // Written out by hand as a French and an English reader expect them.
  it.each([
    [longDate('2027-01-01', 'fr'), '1er janvier 2027'],
    [longDate('2027-01-01', 'en'), '1 January 2027'],
    [longDate('2025-08-14', 'fr'), '14 août 2025'],
    [decimal(37.5, 'fr'), '37,5'],
    [decimal(37.5, 'en'), '37.5'],
    [decimal(10 / 3, 'fr'), '3,33'],
    [joinList(['A', 'B', 'C'], 'fr'), 'A, B et C'],
    [joinList(['A', 'B'], 'en'), 'A and B'],
    [joinList(['A'], 'en'), 'A'],
    [dayCount(1, 'fr'), '1 jour'],
    [dayCount(0, 'en'), '0 days'],
    [dayCount(2, 'fr'), '2 jours'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

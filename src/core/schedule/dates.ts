/**
 * Calendar arithmetic on whole days. A date `YYYY-MM-DD` becomes a day number (days since
 * 1970-01-01; no time of day, so no time zone or daylight-saving change can shift a day), which
 * makes "due − start", "+ lag" and week bucketing plain integer operations.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

// Integer calendar arithmetic (H. Hinnant's days_from_civil / civil_from_days, proleptic Gregorian
// calendar in 400-year eras of 146,097 days) rather than Date objects: a plan of 2,000 actions
// converts tens of thousands of dates, and this is several times faster.

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day number of a `YYYY-MM-DD` date, or null when it is missing or not a real date. */
export function parseDay(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function formatDay(day: number): string {
  const date = civilFromDays(day);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Day number of "today" given as a parameter; a wrong value is a programming error, not data. */
export function parseToday(today: string): number {
  const day = parseDay(today);
  if (day === null) throw new RangeError(`today must be a date as YYYY-MM-DD, got "${today}"`);
  return day;
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

/**
 * Whole-day calendar arithmetic on `YYYY-MM-DD` dates. A date becomes a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar; no time of day, so no time zone or
 * daylight-saving change can shift a day), which makes "due − start", "+ lag" and week bucketing
 * plain integer operations.
 *
 * Integer arithmetic (H. Hinnant's days_from_civil / civil_from_days, 400-year eras of 146,097
 * days) and character codes rather than regular expressions and Date objects: a plan converts
 * tens of thousands of dates (hundreds of thousands for a tracking table), and this is many times
 * faster.
 */

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] as number);
}

/** Days since 1970-01-01 of a year, month (1–12) and day. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1–12) and day of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
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

/**
 * The day number of a `YYYY-MM-DD` date (ASCII digits, four-digit year), or null when it is
 * missing, malformed or not a real date (2027-02-30).
 */
export function dayOf(text: string | null | undefined): number | null {
  if (!text || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** The number written by the digits text[from … to − 1]; −1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Like `dayOf`, for dates a caller must supply (such as "today"): a malformed one is a programming error. */
export function requireDay(text: string, field: string): number {
  const day = dayOf(text);
  if (day === null) throw new RangeError(`${field} must be a date as YYYY-MM-DD, got "${text}"`);
  return day;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The `YYYY-MM-DD` text of a day number. */
export function formatDay(day: number): string {
  const date = civilFromDays(day);
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

import { dayNumber, type Day } from './dateGrid';

/** Formats calendar days in the UI language; the dates are built in UTC, so format them in UTC. */
function format(day: Day, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(dayNumber(day) * 86_400_000));
}

const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** « mardi 10 mars 2026 » / "Tuesday, March 10, 2026": a day cell's and an announcement's name. */
export function longDay(day: Day, locale: string): string {
  return format(day, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** « Mars 2026 » / "March 2026". */
export function monthTitle(day: Day, locale: string): string {
  return capitalise(format(day, locale, { month: 'long', year: 'numeric' }), locale);
}

/** « lundi » / "Monday", for the column headers. */
export function weekdayName(day: Day, locale: string): string {
  return format(day, locale, { weekday: 'long' });
}

/** « lun. 2 mars » / "Mon, Mar 2", for the week view's column headers. */
export function shortDay(day: Day, locale: string): string {
  return format(day, locale, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** « 2 – 8 mars 2026 » / "Mar 2 – 8, 2026". */
export function dayRange(from: Day, to: Day, locale: string): string {
  const formatter = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return formatter.formatRange(new Date(dayNumber(from) * 86_400_000), new Date(dayNumber(to) * 86_400_000));
}

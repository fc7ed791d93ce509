/** An instant (ISO-8601) as a date and time in the reader's language: « 12 mars 2026, 14:05 ». */
export function formatInstant(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A message cut to `max` characters for a one-line list (the full text stays in the history). */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

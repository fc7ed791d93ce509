/**
 * Form values between what the inputs hand over and what the API takes: trimmed texts or null,
 * numbers typed the French way, calendar dates. Shared by the entity forms.
 */

/** A number field as Mantine's NumberInput hands it over: a number, or text while being typed. */
export type NumberField = number | string;

/** The text trimmed, or null when nothing but blanks was typed (so that an edit can clear a field). */
export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}

/**
 * A typed number, or null when the field is empty or not a number: digits, one decimal separator
 * and a leading minus. Accepts a decimal comma and spaces (French writing: « 12 500,5 »).
 */
export function parseDecimal(value: NumberField | null | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Whether a typed value is a number or nothing (an empty field): anything else is refused. */
export function isNumberOrEmpty(value: NumberField | null | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string' && value.trim() === '') return true;
  return parseDecimal(value) !== null;
}

/** Whether `value` is a calendar date written `YYYY-MM-DD` that exists (no 31 April). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The local calendar day as `YYYY-MM-DD` (not UTC: late in the evening it is still today). */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

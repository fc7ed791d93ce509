/** Numbers and dates written for a reader, in French and in English. */

const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type Language = 'fr' | 'en';

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Large values as whole numbers, small ones to three significant digits: a rate of 0.0123 per day
 * must not print as 0, and 8 123 visitors must not print as 8 120.
 */
export function formatNumber(value: number, language: Language): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(LOCALE[language], options).format(value);
}

/** « 15 % » in French, "15%" in English. */
export function formatPercent(value: number, language: Language): string {
  const number = formatNumber(value, language);
  return language === 'fr' ? `${number} %` : `${number}%`;
}

/** « 1er avril 2027 » / "1 April 2027" from `2027-04-01`; other text is returned as it is. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = (language === 'fr' ? MONTHS_FR : MONTHS_EN)[Number(month) - 1] ?? month;
  const dayNumber = Number(day);
  const dayText = language === 'fr' && dayNumber === 1 ? '1er' : String(dayNumber);
  return `${dayText} ${monthName} ${year}`;
}

/** The value followed by its unit, when there is one. */
export function withUnit(text: string, unit: string | null | undefined): string {
  const trimmed = unit?.trim();
  return trimmed ? `${text} ${trimmed}` : text;
}

/** Quotation marks of each language around what the user wrote. */
export const quoteFr = (text: string): string => `« ${text} »`;
export const quoteEn = (text: string): string => `“${text}”`;

/** A rate with its sign, so that a loss reads « −0,5 » and a gain « +12,5 ». */
export function formatSigned(value: number, language: Language): string {
  const text = formatNumber(Math.abs(value), language);
  if (value > 0) return `+${text}`;
  return value < 0 ? `\u2212${text}` : text;
}

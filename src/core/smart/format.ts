/** Numbers and dates written for a reader, in French and in English. */

import { quote, withPercentSign, writtenDate, type Language } from '../shared/format.js';

export type { Language };

const LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Large values as whole numbers, small ones to three significant digits: a rate of 0.0123 per day
 * must not print as 0, and 8 123 visitors must not print as 8 120. Unlike the other modules'
 * fixed-decimal formats, this rounds to significant digits and uses Intl's separators.
 */
export function formatNumber(value: number, language: Language): string {
  return numberFormat(language, Math.abs(value) >= 100 ? 'whole' : 'significant').format(value);
}

// Making an Intl.NumberFormat costs far more than using one, and a large plan's findings format
// thousands of numbers: one formatter per language and style.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, style: 'whole' | 'significant'): Intl.NumberFormat {
  const key = `${language} ${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      LOCALE[language],
      style === 'whole' ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** « 15 % » in French, "15%" in English. */
export function formatPercent(value: number, language: Language): string {
  return withPercentSign(formatNumber(value, language), language);
}

/** « 1er avril 2027 » / "1 April 2027" from `2027-04-01`; other text is returned as it is. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year = '', month = '', day = ''] = match;
  return writtenDate(year, month, day, language);
}

/** The value followed by its unit, when there is one. */
export function withUnit(text: string, unit: string | null | undefined): string {
  const trimmed = unit?.trim();
  return trimmed ? `${text} ${trimmed}` : text;
}

/** Quotation marks of each language around what the user wrote. */
export const quoteFr = (text: string): string => quote(text, 'fr');
export const quoteEn = (text: string): string => quote(text, 'en');

/** A rate with its sign, so that a loss reads « −0,5 » and a gain « +12,5 ». */
export function formatSigned(value: number, language: Language): string {
  const text = formatNumber(Math.abs(value), language);
  if (value > 0) return `+${text}`;
  return value < 0 ? `\u2212${text}` : text;
}

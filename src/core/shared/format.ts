/**
 * Pieces of French and English number and date writing that several modules share. Written out
 * rather than left to Intl so that every runtime prints the same characters. Each module keeps
 * its own number formats where they really differ (decimals, rounding, plain or no-break spaces).
 */

/** The two languages a person reads a plan in. */
export type Language = 'fr' | 'en';

/** Groups of three digits joined by `separator` ("1200000" → "1 200 000"). */
export function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * `value` rounded to at most `maxDecimals` decimals, trailing zeros dropped, thousands joined by
 * `thousandsSeparator`, and the language's decimal mark (comma in French, point in English). A
 * value that rounds to zero has no minus sign.
 */
export function formatFixed(
  value: number,
  language: Language,
  maxDecimals: number,
  thousandsSeparator: string,
): string {
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', decimals = ''] = fixed.split('.');
  const trimmed = decimals.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + groupThousands(whole, thousandsSeparator) + (trimmed ? (language === 'fr' ? ',' : '.') + trimmed : '');
}

/** Up to two decimals (no grouping, no trailing zeros), with the decimal comma in French. */
export function formatTwoDecimals(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'fr' ? text.replace('.', ',') : text;
}

/** A number already written, as a percentage: « 10 % » (plain space) in French, "10%" in English. */
export function withPercentSign(number: string, language: Language): string {
  return language === 'fr' ? `${number} %` : `${number}%`;
}

/** Quotation marks of each language around what the user wrote: « texte », “text”. */
export function quote(text: string, language: Language): string {
  return language === 'fr' ? `« ${text} »` : `“${text}”`;
}

/** A text in both languages, from one function of the language, so both versions share their data. */
export function inBothLanguages(write: (language: Language) => string): { fr: string; en: string } {
  return { fr: write('fr'), en: write('en') };
}

const monthNames: Record<Language, string[]> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A date written out from its `YYYY`, `MM` and `DD` parts: « 1er avril 2027 », "1 April 2027".
 * An unknown month is left as written.
 */
export function writtenDate(year: string, month: string, day: string, language: Language): string {
  const name = monthNames[language][Number(month) - 1] ?? month;
  const dayNumber = Number(day);
  return `${dayNumber}${language === 'fr' && dayNumber === 1 ? 'er' : ''} ${name} ${year}`;
}

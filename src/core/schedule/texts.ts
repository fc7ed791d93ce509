import type { Localized } from '../plan.js';
import { formatTwoDecimals, inBothLanguages, quote, writtenDate } from '../shared/format.js';

export { quote };

/** Small helpers to write the schedule's messages in real French and English. */

export type Language = keyof Localized;

/** `2027-01-14` → « 14 janvier 2027 » / “14 January 2027”: unambiguous in both languages. */
export function longDate(date: string, language: Language): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return writtenDate(year, month, day, language);
}

/** Up to two decimals, with the decimal comma in French. */
export const decimal = formatTwoDecimals;

export function dayCount(days: number, language: Language): string {
  const plural = Math.abs(days) > 1;
  return language === 'fr' ? `${days} jour${plural ? 's' : ''}` : `${days} day${plural || days === 0 ? 's' : ''}`;
}

/** "A, B et C" / "A, B and C". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${last}`;
}

/** Builds a Localized text from one function of the language, so both versions share their data. */
export const localized: (write: (language: Language) => string) => Localized = inBothLanguages;

/** What a person reads for an action: its title, or its key when the title is empty. */
export function actionName(title: string | undefined, key: string): string {
  return title?.trim() ? title : key;
}

import type { Localized } from '../plan.js';

/** Small helpers to write the schedule's messages in real French and English. */

export type Language = keyof Localized;

const monthNames: Record<Language, string[]> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

export function quote(text: string, language: Language): string {
  return language === 'fr' ? `« ${text} »` : `“${text}”`;
}

/** `2027-01-14` → « 14 janvier 2027 » / “14 January 2027”: unambiguous in both languages. */
export function longDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-');
  const name = monthNames[language][Number(month) - 1] ?? month;
  return `${Number(day)}${language === 'fr' && day === '01' ? 'er' : ''} ${name} ${year}`;
}

/** Up to two decimals, with the decimal comma in French. */
export function decimal(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'fr' ? text.replace('.', ',') : text;
}

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
export function localized(write: (language: Language) => string): Localized {
  return { fr: write('fr'), en: write('en') };
}

/** What a person reads for an action: its title, or its key when the title is empty. */
export function actionName(title: string | undefined, key: string): string {
  return title?.trim() ? title : key;
}

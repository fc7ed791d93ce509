/** Numbers for a reader in the UI language (helpers shared by the objectives and OKR screens). */

export type Language = 'fr' | 'en';

export function languageOf(resolved: string | undefined): Language {
  return resolved === 'en' ? 'en' : 'fr';
}

/** Up to two decimals, with the language's separators: « 12 500,5 » / "12,500.5". */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A number followed by its unit, when there is one. */
export function formatQuantity(value: number, unit: string | null | undefined, language: Language): string {
  const text = formatNumber(value, language);
  return unit?.trim() ? `${text} ${unit.trim()}` : text;
}

/** A 0–1 share as a whole percentage: « 40 % » / "40%". */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The separators the number inputs use, so that French users type a decimal comma. */
export function numberInputSeparators(language: Language) {
  return language === 'fr'
    ? { decimalSeparator: ',', thousandSeparator: '\u202f' }
    : { decimalSeparator: '.', thousandSeparator: ',' };
}

/**
 * Numbers as a person reads them in the funnel's messages: French puts a comma before decimals,
 * a no-break space between thousands and before "%" (« 2,2 % », « 64 000 »); English uses a
 * point, commas between thousands and no space before "%" ("2.2%", "64,000"). Written out rather
 * than left to Intl so that every runtime prints the same characters.
 */

import { formatFixed, type Language } from '../shared/format.js';

export type Lang = Language;

// No-break spaces here, where the other modules write plain ones.
const nbsp = '\u00a0';

/** `value` rounded to at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, maxDecimals: number): string {
  return formatFixed(value, lang, maxDecimals, lang === 'fr' ? nbsp : ',');
}

/** A relative change (0.43) as a signed percentage: « +43 % », "+43%". */
export function formatChange(change: number, lang: Lang): string {
  const text = formatNumber(change * 100, lang, 1);
  const signed = text.startsWith('-') || text === '0' ? text : `+${text}`;
  return percent(signed, lang);
}

/** A value in a unit: « 2,2 % », "2.2%", « 47 EUR », "47 EUR"; no unit, the bare number. */
export function formatWithUnit(text: string, unit: string | null | undefined, lang: Lang): string {
  if (!unit) return text;
  if (unit.trim() === '%') return percent(text, lang);
  return `${text}${lang === 'fr' ? nbsp : ' '}${unit}`;
}

/** Percentage points: « 10 points », « 0,5 point » (French singular below 2), "1 point", "0.5 points". */
export function formatPoints(points: number, lang: Lang): string {
  const text = formatNumber(points, lang, 1);
  const rounded = Number(formatNumber(points, 'en', 1).replace(/,/g, ''));
  const singular = lang === 'fr' ? Math.abs(rounded) < 2 : Math.abs(rounded) === 1;
  return `${text}${lang === 'fr' ? nbsp : ' '}${singular ? 'point' : 'points'}`;
}

/** Decimals a value was written with (2.25 → 2), to show a derived value at the same precision. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 4;
  return text.split('.')[1]?.length ?? 0;
}

function percent(text: string, lang: Lang): string {
  return lang === 'fr' ? `${text}${nbsp}%` : `${text}%`;
}

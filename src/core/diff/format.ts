import type { Localized } from '../plan.js';
import { formatFixed, groupThousands, inBothLanguages, withPercentSign, type Language } from '../shared/format.js';

/**
 * Numbers, money and quantities as a French or an English reader writes them.
 *
 * - Numbers: French « 12 345,6 » (space between thousands, decimal comma), English "12,345.6";
 *   at most 6 decimals, trailing zeros dropped.
 * - Money comes in integer minor units (cents). Whole amounts show no decimals (« 2 000 € »,
 *   "€2,000"), others show the cents (« 1 234,50 € », "€1,234.50"). €, $ and £ are written as
 *   symbols (after the amount in French, before it in English); other currencies by their code
 *   (« 2 000 CHF », "CHF 2,000").
 * - Quantities use the entity's `unit`. The percent rule: a unit of `%` (or `percent`,
 *   `pourcent`, `pct`) reads « 20 % » / "20%"; a unit of `+%` marks a growth rate and reads with
 *   its sign, « +20 % » / "+20%". A currency unit (`EUR`, `€`, `USD`…) reads as money in whole
 *   units. Any other unit follows the number: « 40 000 sessions ».
 * - Plain spaces, not non-breaking ones, so that the messages stay easy to read and compare.
 */

export type Locale = Language;

const symbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
const symbolCodes: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
// Currencies whose minor unit is the unit itself (no cents).
const zeroDecimalCurrencies = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);
const percentUnits = new Set(['%', 'percent', 'pourcent', 'pct']);
const signedPercentUnit = '+%';

function joinNumber(negative: boolean, whole: string, fraction: string, locale: Locale): string {
  const grouped = groupThousands(whole, locale === 'fr' ? ' ' : ',');
  const decimals = fraction === '' ? '' : (locale === 'fr' ? ',' : '.') + fraction;
  return (negative ? '-' : '') + grouped + decimals;
}

export function formatNumber(value: number, locale: Locale): string {
  return formatFixed(value, locale, 6, locale === 'fr' ? ' ' : ',');
}

export function minorUnitsPerUnit(currency: string): number {
  return zeroDecimalCurrencies.has(currency.toUpperCase()) ? 1 : 100;
}

export function formatMoney(minorUnits: number, currency: string, locale: Locale): string {
  const code = currency.toUpperCase();
  const scale = minorUnitsPerUnit(code);
  const magnitude = Math.abs(Math.round(minorUnits));
  const cents = magnitude % scale;
  const fraction = cents === 0 ? '' : String(cents).padStart(2, '0');
  const number = joinNumber(false, String(Math.floor(magnitude / scale)), fraction, locale);
  const sign = minorUnits < 0 && magnitude > 0 ? '-' : '';
  const symbol = symbols[code];
  if (locale === 'fr') return `${sign}${number} ${symbol ?? code}`;
  return symbol ? `${sign}${symbol}${number}` : `${sign}${code} ${number}`;
}

export function formatPercent(value: number, locale: Locale, signed = false): string {
  const sign = signed && value > 0 ? '+' : '';
  return sign + withPercentSign(formatNumber(value, locale), locale);
}

const currencyUnits = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD']);

function currencyOfUnit(unit: string): string | undefined {
  const code = symbolCodes[unit] ?? unit.toUpperCase();
  return currencyUnits.has(code) ? code : undefined;
}

/** A number in the unit an entity declares (objective, KPI, key result, funnel stage…). */
export function formatQuantity(value: number, unit: string | null | undefined, locale: Locale): string {
  const trimmed = unit?.trim() ?? '';
  if (trimmed === '') return formatNumber(value, locale);
  const compact = trimmed.replace(/\s+/g, '').toLowerCase();
  if (compact === signedPercentUnit) return formatPercent(value, locale, true);
  if (percentUnits.has(compact)) return formatPercent(value, locale);
  const currency = currencyOfUnit(trimmed);
  if (currency) return formatMoney(Math.round(value * 100), currency, locale);
  return `${formatNumber(value, locale)} ${trimmed}`;
}

/** A count with a unit word that agrees in number: « 1 jour », « 2 jours », "1 day", "2 days". */
export interface UnitWords {
  one: Localized;
  many: Localized;
}

export function formatCount(value: number, words: UnitWords, locale: Locale): string {
  // French keeps the singular below 2 (« 1,5 jour »); English only for exactly one.
  const singular = locale === 'fr' ? Math.abs(value) < 2 : Math.abs(value) === 1;
  return `${formatNumber(value, locale)} ${(singular ? words.one : words.many)[locale]}`;
}

export const bothLocales: (format: (locale: Locale) => string) => Localized = inBothLanguages;

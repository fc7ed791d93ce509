import type { BudgetSettings, Localized } from '../plan.js';
import { formatTwoDecimals, groupThousands, withPercentSign, type Language } from '../shared/format.js';

export type { Language };

/**
 * The reserve for the unexpected that the method asks for ("prévoir une marge pour les
 * imprévus"): a share of the total that is never handed to a budget line. Rounded to the cent.
 */
export function contingencyReserve(settings: BudgetSettings): number {
  return Math.round((settings.totalAmount * settings.contingencyPercent) / 100);
}

/** What may be spread over budget lines: the total minus the contingency reserve. */
export function allocatableAmount(settings: BudgetSettings): number {
  return settings.totalAmount - contingencyReserve(settings);
}

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF' };

/**
 * An amount in minor units (cents) as a person reads it: "1 200 €" / "€1,200". Cents are shown
 * only when there are some ("1 200,50 €"), since budgets are mostly whole euros. Written by hand
 * rather than with Intl so the output (plain spaces) is the same on every runtime.
 * Not diff/format.ts's formatMoney: this one knows the CHF symbol, has no zero-decimal
 * currencies and keeps the minus sign of an amount that rounds to zero.
 */
export function formatMoney(cents: number, currency: string, language: Language): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.round(cents));
  const units = Math.floor(absolute / 100);
  const rest = absolute % 100;
  const decimalMark = language === 'fr' ? ',' : '.';
  const grouped = groupThousands(String(units), language === 'fr' ? ' ' : ',');
  const number = rest === 0 ? grouped : `${grouped}${decimalMark}${String(rest).padStart(2, '0')}`;
  const symbol = currencySymbols[currency] ?? currency;
  if (language === 'fr' || symbol === currency) return `${sign}${number} ${symbol}`;
  return `${sign}${symbol}${number}`;
}

/** An amount in both languages. */
export function localizedMoney(cents: number, currency: string): Localized {
  return { fr: formatMoney(cents, currency, 'fr'), en: formatMoney(cents, currency, 'en') };
}

/** A number with at most two decimals and no trailing zeros, with the language's decimal mark. */
export const formatDecimal = formatTwoDecimals;

/** A percentage: "10 %" in French typography, "10%" in English. */
export function formatPercent(value: number, language: Language): string {
  return withPercentSign(formatDecimal(value, language), language);
}

/**
 * An expected ROI written as the method's table writes it: return per unit spent, "3:1" for
 * 3 € back for each euro. Up to two decimals ("2.5:1", "2,5:1" in French).
 */
export function formatRoi(roi: number, language: Language = 'en'): string {
  return `${formatDecimal(roi, language)}:1`;
}

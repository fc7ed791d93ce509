import { formatMoney, formatPercent, formatRoi } from '../../../core/budget/index.js';

export type Language = 'fr' | 'en';

/** Money and ratios for a reader in the UI language, in the plan's currency (amounts in cents). */
export interface BudgetFormat {
  language: Language;
  currency: string;
  money: (cents: number) => string;
  /** A difference with its sign: « +1 200 € », « -300 € ». */
  signedMoney: (cents: number) => string;
  percent: (value: number) => string;
  roi: (roi: number) => string;
}

export function budgetFormat(currency: string, language: Language): BudgetFormat {
  const money = (cents: number) => formatMoney(cents, currency, language);
  return {
    language,
    currency,
    money,
    signedMoney: (cents) => (cents > 0 ? `+${money(cents)}` : money(cents)),
    percent: (value) => formatPercent(value, language),
    roi: (roi) => formatRoi(roi, language),
  };
}

/**
 * Colour of a variance (actual − planned): spending past the plan is red; below it is neutral
 * while money is still to be spent, so only an overspend stands out.
 */
export function varianceColor(variance: number): string | undefined {
  return variance > 0 ? 'red' : variance < 0 ? 'teal' : undefined;
}

/** Colour of a change in amount or return: more is green, less is orange. */
export function deltaColor(delta: number | null): string | undefined {
  if (delta === null || delta === 0) return undefined;
  return delta > 0 ? 'teal' : 'orange';
}

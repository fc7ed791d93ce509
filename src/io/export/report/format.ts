import { writtenDate } from '../../../core/shared/format.js';

export type Language = 'fr' | 'en';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Currencies whose KPI units are written as money ("12,60 €") rather than "12,6 EUR". */
const currencyUnits = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY']);

/**
 * Numbers, money and dates as a reader of the language writes them. Money is in minor units
 * (cents) and follows the plan's currency; whole amounts are shown without decimals.
 */
export interface Formatter {
  language: Language;
  locale: string;
  money(cents: number): string;
  number(value: number, maxDecimals?: number): string;
  /** 0.125 → "12,5 %" / "12.5%". */
  percent(ratio: number, maxDecimals?: number): string;
  /** A KPI or metric value with its unit: "2,5 %", "12,60 €", "42 900 sessions". */
  withUnit(value: number, unit: string | null | undefined): string;
  /** `YYYY-MM-DD` → "1er avril 2027" / "1 April 2027"; "—" when missing. */
  date(date: string | null | undefined): string;
  /** `YYYY-MM-DD` → "1 avr. 2027" / "1 Apr 2027", for dense tables. */
  shortDate(date: string | null | undefined): string;
  /** "4 janv. 2027 → 22 janv. 2027", for dense tables. */
  shortPeriod(start: string | null | undefined, end: string | null | undefined): string;
  /** "4 janvier 2027 → 22 janvier 2027", or whichever end is known. */
  period(start: string | null | undefined, end: string | null | undefined): string;
  /** An OKR score 0–1: "0,72". */
  score(value: number): string;
  /** "Budget prévu : 17 000 €" / "Planned budget: €17,000". */
  pair(label: string, value: string): string;
}

export const dash = '—';

export function createFormatter(language: Language, currency: string): Formatter {
  const locale = locales[language];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (maxDecimals: number) => {
    let format = numberFormats.get(maxDecimals);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals });
      numberFormats.set(maxDecimals, format);
    }
    return format;
  };
  const moneyFormats = moneyFormatters(locale, currency);
  const unitMoneyFormats = new Map<string, MoneyFormats>();
  const number = (value: number, maxDecimals = 2) => numberFormat(maxDecimals).format(value);
  const percent = (ratio: number, maxDecimals = 1) => {
    const text = number(ratio * 100, maxDecimals);
    return language === 'fr' ? `${text}\u00a0%` : `${text}%`;
  };
  const date = (value: string | null | undefined) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? dash;
    return writtenDate(value.slice(0, 4), value.slice(5, 7), value.slice(8, 10), language);
  };
  const shortDates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const shortDate = (value: string | null | undefined) => {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? dash;
    return shortDates.format(new Date(`${value}T00:00:00Z`));
  };
  const between =
    (write: (value: string) => string) => (start: string | null | undefined, end: string | null | undefined) => {
      if (start && end) return start === end ? write(end) : `${write(start)} → ${write(end)}`;
      if (end) return write(end);
      if (start) return `${write(start)} →`;
      return dash;
    };
  return {
    language,
    locale,
    money: (cents) => (cents % 100 === 0 ? moneyFormats.whole : moneyFormats.cents)(cents / 100),
    number,
    percent,
    withUnit: (value, unit) => {
      if (!unit) return number(value);
      if (unit === '%') return language === 'fr' ? `${number(value)}\u00a0%` : `${number(value)}%`;
      const upper = unit.toUpperCase();
      if (currencyUnits.has(upper)) {
        let unitMoney = unitMoneyFormats.get(upper);
        if (!unitMoney) {
          unitMoney = moneyFormatters(locale, upper);
          unitMoneyFormats.set(upper, unitMoney);
        }
        return Number.isInteger(value) ? unitMoney.whole(value) : unitMoney.cents(value);
      }
      return `${number(value)} ${unit}`;
    },
    date,
    shortDate,
    period: between(date),
    shortPeriod: between(shortDate),
    score: (value) => number(value, 2),
    pair: (label, value) => (language === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`),
  };
}

interface MoneyFormats {
  whole: (v: number) => string;
  cents: (v: number) => string;
}

function moneyFormatters(locale: string, currency: string): MoneyFormats {
  try {
    const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    const cents = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2 });
    return { whole: (v) => whole.format(v), cents: (v) => cents.format(v) };
  } catch {
    // Not an ISO 4217 code Intl knows: the number and the code as written.
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const write = (v: number) => `${plain.format(v)} ${currency}`;
    return { whole: write, cents: write };
  }
}

/** First letter in upper case: the vocabulary of the core is written for mid-sentence use. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

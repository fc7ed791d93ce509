import type { ChartLanguage, ValueFormat } from './spec.js';

export const dayMs = 86_400_000;

const locales: Record<ChartLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

export function localeOf(language: ChartLanguage): string {
  return locales[language];
}

/** A value on an axis, short: "12 k€", "€12K", "3:1", "1,2 k". */
export function axisValue(value: number, format: ValueFormat, language: ChartLanguage): string {
  const locale = locales[language];
  if (format.kind === 'ratio') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}:1`;
  if (format.kind === 'money') {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: format.currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(value);
    } catch {
      return `${compact(value, locale)} ${format.currency}`;
    }
  }
  const number = compact(value, locale);
  if (!format.unit) return number;
  if (format.unit === '%') return language === 'fr' ? `${number} %` : `${number}%`;
  return number;
}

/** A value as a label on a bar: full figure, not compact. */
export function barLabel(value: number, format: ValueFormat, language: ChartLanguage): string {
  const locale = locales[language];
  if (format.kind === 'ratio') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}:1`;
  if (format.kind === 'money') {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: format.currency,
        maximumFractionDigits: 0,
      }).format(value);
    } catch {
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)} ${format.currency}`;
    }
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function compact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: ChartLanguage, days: boolean): Intl.DateTimeFormat {
  const key = `${language}-${days ? 'day' : 'month'}`;
  let format = dateFormats.get(key);
  if (!format) {
    const parts = days ? ({ day: 'numeric', month: 'short' } as const) : ({ month: 'short', year: 'numeric' } as const);
    format = new Intl.DateTimeFormat(locales[language], { ...parts, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * The date labels of a time axis spanning `spanMs`: "4 janv." / "4 Jan" over a quarter or less,
 * "janv. 2027" / "Jan 2027" beyond.
 */
export function dateAxisLabel(epochMs: number, spanMs: number, language: ChartLanguage): string {
  return dateFormat(language, spanMs <= 92 * dayMs).format(new Date(epochMs));
}

/** Milliseconds since the epoch of a `YYYY-MM-DD` day at midnight UTC. */
export function epochOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A label cut to `max` characters with an ellipsis, for axis categories. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

import type { KpiStatus } from '../../../core/kpi/index.js';
import { formatQuantity, formatShare, type Language } from '../objectives/format';

/** The order statuses are listed and filtered in: what needs attention first. */
export const STATUS_ORDER: readonly KpiStatus[] = ['off_track', 'at_risk', 'on_track', 'no_data', 'no_target'];

export const STATUS_COLORS: Record<KpiStatus, string> = {
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  no_data: 'gray',
  no_target: 'gray',
};

export type StatusFilter = 'all' | KpiStatus;

/** A KPI value with its unit, or a dash when there is none. */
export function quantityOrDash(value: number | null | undefined, unit: string | null, language: Language): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatQuantity(value, unit, language);
}

/** A 0–1 probability as a whole percentage, or a dash. */
export function probabilityText(probability: number | null | undefined, language: Language): string {
  return probability === null || probability === undefined ? '—' : formatShare(probability, language);
}

/** A signed difference with its unit (« +1 200 sessions », « −0,8 EUR »), and its share of the expected value. */
export function varianceText(
  variance: { absolute: number; relative: number | null } | null,
  unit: string | null,
  language: Language,
): string {
  if (!variance) return '—';
  const sign = variance.absolute > 0 ? '+' : variance.absolute < 0 ? '−' : '';
  const absolute = `${sign}${formatQuantity(Math.abs(variance.absolute), unit, language)}`;
  if (variance.relative === null) return absolute;
  const relative = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(variance.relative);
  return `${absolute} (${relative.replace('-', '−')})`;
}

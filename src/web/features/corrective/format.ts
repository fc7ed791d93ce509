import type { KpiVariance } from '../../../core/kpi/index.js';
import { formatQuantity, type Language } from '../objectives/format';

/** The variance against the expected path, signed: « −20 % », or « −20 visites » when expected is 0. */
export function formatVariance(variance: KpiVariance, unit: string | null, language: Language): string {
  if (variance.relative !== null) {
    return new Intl.NumberFormat(language, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(variance.relative);
  }
  const sign = variance.absolute > 0 ? '+' : '';
  return sign + formatQuantity(variance.absolute, unit, language);
}

/** A value of the KPI in its unit, or a dash when there is none. */
export function formatKpiValue(value: number | null, unit: string | null, language: Language): string {
  return value === null ? '—' : formatQuantity(value, unit, language);
}

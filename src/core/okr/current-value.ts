import type { CheckIn, KeyResult, Kpi, Measurement } from '../plan.js';
import { latestValue } from '../smart/series.js';
import type { ValueOrigin } from './types.js';

export interface CurrentValue {
  value: number;
  origin: ValueOrigin;
}

/**
 * The value a key result stands at: the latest measurement of a KPI that tracks it (a KPI whose
 * `keyResult` is its key), else its latest check-in, else its own `currentValue`, else its start.
 * Several sources measured on the latest date are averaged: they read the same quantity, and the
 * mean depends neither on row order nor on a ranking of sources. When several KPIs track the key
 * result, the one measured most recently wins; on a tie, the first by key.
 */
export function currentValueOfKeyResult(
  keyResult: KeyResult,
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
  checkIns: readonly CheckIn[],
): CurrentValue {
  const fromKpi = latestKpiValue(keyResult.key, kpis, measurements);
  if (fromKpi) return fromKpi;
  const fromCheckIn = latestValue(checkIns.filter((c) => c.keyResult === keyResult.key));
  if (fromCheckIn) {
    return {
      value: fromCheckIn.value,
      origin: { kind: 'checkIn', date: fromCheckIn.date, readings: fromCheckIn.readings },
    };
  }
  if (keyResult.currentValue != null) return { value: keyResult.currentValue, origin: { kind: 'currentValue' } };
  return { value: keyResult.startValue, origin: { kind: 'startValue' } };
}

function latestKpiValue(
  keyResultKey: string,
  kpis: readonly Kpi[],
  measurements: readonly Measurement[],
): CurrentValue | null {
  const tracking = kpis
    .filter((kpi) => kpi.keyResult === keyResultKey)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let best: CurrentValue | null = null;
  let bestDate = '';
  for (const kpi of tracking) {
    const latest = latestValue(measurements.filter((m) => m.kpi === kpi.key));
    if (latest && latest.date > bestDate) {
      bestDate = latest.date;
      best = {
        value: latest.value,
        origin: { kind: 'kpi', kpi: kpi.key, date: latest.date, readings: latest.readings },
      };
    }
  }
  return best;
}

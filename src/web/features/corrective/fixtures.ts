/** Small plans for the corrective-action tests: entities as the API sends them, reports as the engine does. */
import type { CorrectiveActionEntity, KpiEntity, PersonEntity } from '../../../contract/entity-types.js';
import type { KpiStatus, KpiStatusReport } from '../../../core/kpi/index.js';
import { kpiEntity, noForecast } from '../tracking/testData';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

/** A KPI keyed `kpi-<id>`. */
export function kpi(id: string, name: string, extra: Partial<KpiEntity> = {}): KpiEntity {
  return kpiEntity(id, `kpi-${id}`, name, extra);
}

export function action(id: string, kpiId: string, extra: Partial<CorrectiveActionEntity> = {}): CorrectiveActionEntity {
  return {
    id,
    key: `action-${id}`,
    position: 0,
    title: `Action ${id}`,
    description: null,
    deadline: null,
    status: 'planned',
    outcome: null,
    kpiId,
    ownerId: null,
    ...stamp,
    ...extra,
  };
}

export function person(id: string, name: string): PersonEntity {
  return {
    id,
    key: `person-${id}`,
    position: 0,
    name,
    email: null,
    jobTitle: null,
    weeklyCapacityHours: 35,
    ...stamp,
  };
}

/** The engine's report for a KPI judged on `date`: the variance follows from expected and actual. */
export function report(
  kpiEntity: KpiEntity,
  status: KpiStatus,
  expected: number | null = null,
  actual: number | null = null,
  date: string | null = '2026-03-01',
): KpiStatusReport {
  const variance =
    expected === null || actual === null
      ? null
      : { absolute: actual - expected, relative: expected === 0 ? null : (actual - expected) / Math.abs(expected) };
  return {
    kpi: kpiEntity.key,
    status,
    latestMeasurementDate: actual === null ? null : date,
    expected,
    actual,
    variance,
    forecast: noForecast,
    note: null,
  };
}

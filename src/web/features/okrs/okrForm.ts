import type { CheckInEntity, KeyResultEntity, OkrObjectiveEntity } from '../../../contract/entity-types.js';
import { scoreKeyResult, scoreOkrObjective, type OkrReport } from '../../../core/okr/index.js';
import type { CreateBody } from '../../api/collections';
import { parseDecimal, textOrNull, type NumberField } from '../../forms/values';

// ── OKR objectives ──────────────────────────────────────────────────────────────────────────────

export type OkrValues = {
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  ownerId: string | null;
  objectiveId: string | null;
};

export function okrValues(entity: OkrObjectiveEntity | null): OkrValues {
  return {
    title: entity?.title ?? '',
    description: entity?.description ?? '',
    periodStart: entity?.periodStart ?? '',
    periodEnd: entity?.periodEnd ?? '',
    ownerId: entity?.ownerId ?? null,
    objectiveId: entity?.objectiveId ?? null,
  };
}

export function okrBody(values: OkrValues): CreateBody<'okr-objectives'> {
  return {
    title: values.title.trim(),
    description: textOrNull(values.description),
    periodStart: values.periodStart || null,
    periodEnd: values.periodEnd || null,
    ownerId: values.ownerId || null,
    objectiveId: values.objectiveId || null,
  };
}

// ── Key results ─────────────────────────────────────────────────────────────────────────────────

export type KeyResultValues = {
  title: string;
  metric: string;
  unit: string;
  startValue: NumberField;
  targetValue: NumberField;
  currentValue: NumberField;
  weight: NumberField;
};

/** The API's defaults: a key result starts from 0 and weighs 1. */
export const DEFAULT_START_VALUE = 0;
export const DEFAULT_WEIGHT = 1;

export function keyResultValues(entity: KeyResultEntity | null): KeyResultValues {
  return {
    title: entity?.title ?? '',
    metric: entity?.metric ?? '',
    unit: entity?.unit ?? '',
    startValue: entity?.startValue ?? DEFAULT_START_VALUE,
    targetValue: entity?.targetValue ?? '',
    currentValue: entity?.currentValue ?? '',
    weight: entity?.weight ?? DEFAULT_WEIGHT,
  };
}

/** Start value and weight cannot be cleared (the API has defaults for them): empty means the default. */
export function keyResultBody(values: KeyResultValues, okrObjectiveId: string): CreateBody<'key-results'> {
  return {
    okrObjectiveId,
    title: values.title.trim(),
    metric: textOrNull(values.metric),
    unit: textOrNull(values.unit),
    startValue: parseDecimal(values.startValue) ?? DEFAULT_START_VALUE,
    // An empty target is stopped by the form's check; NaN would be refused by the API anyway.
    targetValue: parseDecimal(values.targetValue) ?? Number.NaN,
    currentValue: parseDecimal(values.currentValue),
    weight: parseDecimal(values.weight) ?? DEFAULT_WEIGHT,
  };
}

// ── Check-ins ───────────────────────────────────────────────────────────────────────────────────

export type CheckInValues = {
  date: string;
  value: NumberField;
  /** Typed as a percentage (0–100); the API stores 0–1. */
  confidence: NumberField;
  note: string;
};

export function checkInValues(today: string): CheckInValues {
  return { date: today, value: '', confidence: '', note: '' };
}

/** 70 (%) → 0.7, rounded to 4 decimals so that 33.3 % does not travel as 0.33299999999999996. */
export function confidenceFromPercent(percent: number | null): number | null {
  if (percent === null) return null;
  return Math.round(percent * 100) / 10_000;
}

export function checkInBody(values: CheckInValues, keyResultId: string): CreateBody<'check-ins'> {
  return {
    keyResultId,
    date: values.date,
    value: parseDecimal(values.value) ?? Number.NaN,
    confidence: confidenceFromPercent(parseDecimal(values.confidence)),
    note: textOrNull(values.note),
  };
}

/** A key result's check-ins, latest first (by date, then by when they were entered). */
export function recentCheckIns(checkIns: readonly CheckInEntity[], keyResultId: string): CheckInEntity[] {
  return checkIns
    .filter((checkIn) => checkIn.keyResultId === keyResultId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Each key result's share of its objective's total weight, 0–1 (equal shares when every weight is 0). */
export function weightShares(keyResults: readonly KeyResultEntity[]): Map<string, number> {
  const total = keyResults.reduce((sum, kr) => sum + kr.weight, 0);
  return new Map(
    keyResults.map((kr) => [kr.id, total > 0 ? kr.weight / total : keyResults.length ? 1 / keyResults.length : 0]),
  );
}

/**
 * The score of an OKR computed here from its key results and check-ins, for when the engine's
 * report does not cover it (just created, or the report failed). The engine also reads the KPIs
 * tracking a key result; this does not.
 */
export function localOkrReport(
  okr: OkrObjectiveEntity,
  keyResults: readonly KeyResultEntity[],
  checkIns: readonly CheckInEntity[],
): OkrReport {
  const keyById = new Map(keyResults.map((kr) => [kr.id, kr.key]));
  const coreCheckIns = checkIns.flatMap((c) => {
    const keyResult = keyById.get(c.keyResultId);
    return keyResult ? [{ keyResult, date: c.date, value: c.value, confidence: c.confidence }] : [];
  });
  const scores = keyResults
    .filter((kr) => kr.okrObjectiveId === okr.id)
    .map((kr) =>
      scoreKeyResult(
        {
          key: kr.key,
          okrObjective: okr.key,
          title: kr.title,
          startValue: kr.startValue,
          targetValue: kr.targetValue,
          currentValue: kr.currentValue,
          weight: kr.weight,
        },
        { checkIns: coreCheckIns, kpis: [], measurements: [] },
      ),
    );
  return scoreOkrObjective({ key: okr.key, title: okr.title }, scores);
}

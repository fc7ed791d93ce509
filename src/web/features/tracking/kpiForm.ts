import type { TFunction } from 'i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import type { CreateBody } from '../../api/collections';
import { isCalendarDate, isNumberOrEmpty, parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import type { FieldErrors } from '../auth/validation';
import './texts';

export type KpiValues = {
  name: string;
  description: string;
  unit: string;
  direction: KpiEntity['direction'];
  aggregation: KpiEntity['aggregation'];
  baseline: NumberField;
  target: NumberField;
  targetDate: string;
  tolerancePercent: NumberField;
  objectiveId: string | null;
  keyResultId: string | null;
  strategyId: string | null;
};

/** The API's default tolerance: 10 % off the path is still on track. */
export const DEFAULT_TOLERANCE = 10;

export function kpiValues(entity: KpiEntity | null): KpiValues {
  return {
    name: entity?.name ?? '',
    description: entity?.description ?? '',
    unit: entity?.unit ?? '',
    direction: entity?.direction ?? 'increase',
    aggregation: entity?.aggregation ?? 'last',
    baseline: entity?.baseline ?? '',
    target: entity?.target ?? '',
    targetDate: entity?.targetDate ?? '',
    tolerancePercent: entity?.tolerancePercent ?? DEFAULT_TOLERANCE,
    objectiveId: entity?.objectiveId ?? null,
    keyResultId: entity?.keyResultId ?? null,
    strategyId: entity?.strategyId ?? null,
  };
}

export function validateKpi(t: TFunction, values: KpiValues): FieldErrors<keyof KpiValues> {
  const tolerance = parseDecimal(values.tolerancePercent);
  return {
    name: values.name.trim() ? undefined : t('form.required'),
    baseline: isNumberOrEmpty(values.baseline) ? undefined : t('tracking.form.notANumber'),
    target: isNumberOrEmpty(values.target) ? undefined : t('tracking.form.notANumber'),
    targetDate: values.targetDate && !isCalendarDate(values.targetDate) ? t('tracking.form.invalidDate') : undefined,
    tolerancePercent:
      !isNumberOrEmpty(values.tolerancePercent) || (tolerance !== null && (tolerance < 0 || tolerance > 100))
        ? t('tracking.form.toleranceRange')
        : undefined,
  };
}

/** An empty tolerance means the default (the API has one and the field cannot be cleared). */
export function kpiBody(values: KpiValues): CreateBody<'kpis'> {
  return {
    name: values.name.trim(),
    description: textOrNull(values.description),
    unit: textOrNull(values.unit),
    direction: values.direction,
    aggregation: values.aggregation,
    baseline: parseDecimal(values.baseline),
    target: parseDecimal(values.target),
    targetDate: values.targetDate || null,
    tolerancePercent: parseDecimal(values.tolerancePercent) ?? DEFAULT_TOLERANCE,
    objectiveId: values.objectiveId || null,
    keyResultId: values.keyResultId || null,
    strategyId: values.strategyId || null,
  };
}

export type TargetValues = { date: string; value: NumberField };

export function validateTarget(t: TFunction, values: TargetValues): FieldErrors<keyof TargetValues> {
  return {
    date: !values.date ? t('form.required') : isCalendarDate(values.date) ? undefined : t('tracking.form.invalidDate'),
    value: parseDecimal(values.value) === null ? t('form.required') : undefined,
  };
}

export type MeasurementValues = { date: string; value: NumberField; note: string };

export function validateMeasurement(t: TFunction, values: MeasurementValues): FieldErrors<keyof MeasurementValues> {
  return {
    date: !values.date ? t('form.required') : isCalendarDate(values.date) ? undefined : t('tracking.form.invalidDate'),
    value:
      typeof values.value === 'string' && values.value.trim() === ''
        ? t('form.required')
        : parseDecimal(values.value) === null
          ? t('tracking.form.notANumber')
          : undefined,
  };
}

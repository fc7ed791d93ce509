import type { TFunction } from 'i18next';
import type { CorrectiveActionEntity } from '../../../contract/entity-types.js';
import type { CreateBody } from '../../api/collections';
import type { FieldErrors } from '../auth/validation';
import { isCalendarDate, textOrNull } from '../../forms/values';
import type { CorrectiveStatus } from './correctiveModel';
import './texts';

export type CorrectiveValues = {
  kpiId: string | null;
  title: string;
  description: string;
  ownerId: string | null;
  deadline: string;
  status: CorrectiveStatus;
  outcome: string;
};

/** The form's values for an action, or for a new one (on `presetKpiId` when given). */
export function correctiveValues(
  entity: CorrectiveActionEntity | null,
  presetKpiId: string | null = null,
): CorrectiveValues {
  return {
    kpiId: entity?.kpiId ?? presetKpiId,
    title: entity?.title ?? '',
    description: entity?.description ?? '',
    ownerId: entity?.ownerId ?? null,
    deadline: entity?.deadline ?? '',
    status: entity?.status ?? 'planned',
    outcome: entity?.outcome ?? '',
  };
}

/** A KPI and a title are required; a deadline, when typed, must be a real calendar date. */
export function validateCorrective(t: TFunction, values: CorrectiveValues): FieldErrors<keyof CorrectiveValues> {
  return {
    kpiId: values.kpiId ? undefined : t('corrective.form.kpiRequired'),
    title: values.title.trim() ? undefined : t('form.required'),
    deadline: values.deadline === '' || isCalendarDate(values.deadline) ? undefined : t('corrective.form.invalidDate'),
  };
}

export function correctiveBody(values: CorrectiveValues): CreateBody<'corrective-actions'> {
  return {
    // A missing KPI is stopped by the form's check; the API would refuse an empty one anyway.
    kpiId: values.kpiId ?? '',
    title: values.title.trim(),
    description: textOrNull(values.description),
    ownerId: values.ownerId || null,
    deadline: values.deadline || null,
    status: values.status,
    outcome: textOrNull(values.outcome),
  };
}

import type { TFunction } from 'i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import { isCalendarDate } from '../../forms/values';
import type { FieldErrors } from '../auth/validation';
import type { AnalysisArm, Decision, DecisionRequest } from './experimentsApi';
import './texts';

export type DecisionValues = {
  decision: Decision | '';
  decidedById: string | null;
  decidedAt: string;
  decisionNote: string;
  updateBaseline: boolean;
  logAction: boolean;
  actionTitle: string;
};

export type DecisionErrors = FieldErrors<keyof DecisionValues>;

export function validateDecision(t: TFunction, values: DecisionValues): DecisionErrors {
  return {
    decision: values.decision ? undefined : t('experiments.decide.errors.decision'),
    decidedAt: values.decidedAt && !isCalendarDate(values.decidedAt) ? t('experiments.form.invalidDate') : undefined,
    decisionNote: values.decisionNote.trim() ? undefined : t('experiments.decide.errors.why'),
    actionTitle: values.logAction && !values.actionTitle.trim() ? t('form.required') : undefined,
  };
}

/**
 * The arm the decision keeps and the value it reached: the best variant when one ships (the
 * highest, or the lowest for a KPI meant to decrease), the control when it is kept.
 */
export function keptArm(
  decision: DecisionValues['decision'],
  metricType: 'conversion' | 'continuous',
  arms: readonly AnalysisArm[],
  lowerIsBetter = false,
): { arm: AnalysisArm; value: number } | null {
  const valueOf = (arm: AnalysisArm) =>
    metricType === 'conversion'
      ? arm.users > 0 && arm.conversions !== null
        ? arm.conversions / arm.users
        : null
      : arm.mean;
  const candidates =
    decision === 'ship_variant'
      ? arms.filter((arm) => !arm.isControl)
      : decision === 'keep_control'
        ? arms.filter((arm) => arm.isControl)
        : [];
  let kept: { arm: AnalysisArm; value: number } | null = null;
  for (const arm of candidates) {
    const value = valueOf(arm);
    if (value !== null && (kept === null || (lowerIsBetter ? value < kept.value : value > kept.value)))
      kept = { arm, value };
  }
  return kept;
}

/**
 * The kept arm's value in the KPI's own terms: a KPI counted in percent holds 4.8 for a rate of
 * 0.048; any other KPI takes the value as the experiment measured it.
 */
export function baselineForKpi(value: number, metricType: 'conversion' | 'continuous', kpi: KpiEntity): number {
  const inPercent = metricType === 'conversion' && kpi.unit?.trim() === '%';
  return inPercent ? Math.round(value * 100 * 1e6) / 1e6 : value;
}

export function decisionBody(
  values: DecisionValues,
  version: number,
  kpiBaseline: number | null,
  hasKpi: boolean,
): DecisionRequest {
  return {
    version,
    decision: values.decision as Decision,
    decisionNote: values.decisionNote.trim(),
    decidedById: values.decidedById,
    ...(values.decidedAt ? { decidedAt: values.decidedAt } : {}),
    ...(hasKpi && values.updateBaseline && kpiBaseline !== null ? { kpiBaseline } : {}),
    ...(hasKpi && values.logAction ? { correctiveAction: { title: values.actionTitle.trim() } } : {}),
  };
}

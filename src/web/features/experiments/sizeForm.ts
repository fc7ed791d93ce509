import type { TFunction } from 'i18next';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import { parseDecimal, type NumberField } from '../../forms/values';
import type { FieldErrors } from '../auth/validation';
import type { SizeRequest } from './experimentsApi';
import './texts';

/**
 * The sample-size calculator's inputs as typed (rates and effects in percent, power in percent,
 * alpha as a decimal like the experiment's), their checks, and the request they make.
 */
export type SizeValues = {
  baselinePercent: NumberField;
  effectPercent: NumberField;
  /** Relative: +10 % of the baseline; absolute: +1 percentage point. */
  effectMode: 'relative' | 'absolute';
  alpha: NumberField;
  powerPercent: NumberField;
  arms: NumberField;
  trafficSource: 'kpi' | 'number';
  trafficKpiId: string | null;
  dailyTraffic: NumberField;
};

export type SizeErrors = FieldErrors<keyof SizeValues>;

export const DEFAULT_EFFECT_PERCENT = 10;
export const MAX_ARMS = 20;

/** Percentages typed from a 0–1 share, without the float noise of ×100 (0.07 × 100 = 7.000000000000001). */
const toPercent = (share: number) => Math.round(share * 100 * 1e9) / 1e9;

export function sizeValues(experiment: ExperimentEntity, armCount: number): SizeValues {
  return {
    baselinePercent: experiment.baselineRate === null ? '' : toPercent(experiment.baselineRate),
    effectPercent: experiment.minimumEffect === null ? DEFAULT_EFFECT_PERCENT : toPercent(experiment.minimumEffect),
    effectMode: 'relative',
    alpha: experiment.alpha,
    powerPercent: toPercent(experiment.power),
    arms: Math.max(2, armCount),
    trafficSource: experiment.trafficKpiId ? 'kpi' : 'number',
    trafficKpiId: experiment.trafficKpiId,
    dailyTraffic: '',
  };
}

const isBlank = (value: NumberField) => typeof value === 'string' && value.trim() === '';

/**
 * What is wrong with the inputs. A field left empty is not an error here (the calculator simply
 * waits for it), only a value that cannot be right.
 */
export function validateSize(t: TFunction, values: SizeValues): SizeErrors {
  const baseline = parseDecimal(values.baselinePercent);
  const effect = parseDecimal(values.effectPercent);
  const alpha = parseDecimal(values.alpha);
  const power = parseDecimal(values.powerPercent);
  const arms = parseDecimal(values.arms);
  const traffic = parseDecimal(values.dailyTraffic);
  const baselineOk = baseline !== null && baseline > 0 && baseline < 100;
  const variantRate =
    baselineOk && effect !== null
      ? values.effectMode === 'relative'
        ? baseline * (1 + effect / 100)
        : baseline + effect
      : null;
  return {
    baselinePercent:
      isBlank(values.baselinePercent) || baselineOk ? undefined : t('experiments.size.errors.baselineRange'),
    effectPercent: isBlank(values.effectPercent)
      ? undefined
      : effect === null || effect === 0
        ? t('experiments.size.errors.effectZero')
        : variantRate !== null && (variantRate <= 0 || variantRate >= 100)
          ? t('experiments.size.errors.effectRange')
          : undefined,
    alpha:
      isBlank(values.alpha) || (alpha !== null && alpha > 0 && alpha <= 0.5)
        ? undefined
        : t('experiments.form.alphaRange'),
    powerPercent:
      isBlank(values.powerPercent) || (power !== null && power >= 50 && power <= 99.9)
        ? undefined
        : t('experiments.size.errors.powerRange'),
    arms:
      isBlank(values.arms) || (arms !== null && Number.isInteger(arms) && arms >= 2 && arms <= MAX_ARMS)
        ? undefined
        : t('experiments.size.errors.armsRange', { max: MAX_ARMS }),
    dailyTraffic:
      values.trafficSource !== 'number' || isBlank(values.dailyTraffic) || (traffic !== null && traffic > 0)
        ? undefined
        : t('experiments.size.errors.trafficPositive'),
  };
}

/**
 * The request for valid, complete inputs; null while a field is missing or wrong. `kpiTraffic` is
 * the daily traffic the server read from the chosen KPI, when it has.
 */
export function sizeRequest(values: SizeValues, errors: SizeErrors, kpiTraffic: number | null): SizeRequest | null {
  if (Object.values(errors).some(Boolean)) return null;
  const baseline = parseDecimal(values.baselinePercent);
  const effect = parseDecimal(values.effectPercent);
  const alpha = parseDecimal(values.alpha);
  const power = parseDecimal(values.powerPercent);
  const arms = parseDecimal(values.arms);
  if (baseline === null || effect === null || alpha === null || power === null || arms === null) return null;
  const traffic = values.trafficSource === 'number' ? parseDecimal(values.dailyTraffic) : kpiTraffic;
  return {
    baseline: baseline / 100,
    mde: effect / 100,
    absolute: values.effectMode === 'absolute',
    alpha,
    power: power / 100,
    arms,
    ...(traffic !== null ? { dailyTraffic: traffic } : {}),
  };
}

/**
 * The effect saved on the experiment is always relative to the baseline; 12 significant digits
 * keep the typed figures' meaning without float noise (1 point on 5 % is 0.2, not 0.19999999999999998).
 */
export function relativeEffect(request: SizeRequest): number {
  return request.absolute ? Number((request.mde / request.baseline).toPrecision(12)) : request.mde;
}

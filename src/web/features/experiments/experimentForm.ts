import type { TFunction } from 'i18next';
import type { ExperimentEntity } from '../../../contract/entity-types.js';
import type { CreateBody } from '../../api/collections';
import { isCalendarDate, parseDecimal, textOrNull, type NumberField } from '../../forms/values';
import type { FieldErrors } from '../auth/validation';
import type { NewVariant } from './experimentsApi';
import './texts';

export interface VariantValues {
  name: string;
  weight: NumberField;
}

/** What is said about a test besides its metric and its versions: editable after its creation. */
export interface ExperimentDetails {
  name: string;
  hypothesis: string;
  objectiveId: string | null;
  kpiId: string | null;
  strategyId: string | null;
  startDate: string;
  endDate: string;
  alpha: NumberField;
}

export type ExperimentValues = ExperimentDetails & {
  metricType: ExperimentEntity['metricType'];
  /** The first is the control. */
  variants: VariantValues[];
};

export type DetailErrors = FieldErrors<keyof ExperimentDetails>;
/** A variant's errors are keyed `variants.<index>.name` / `.weight`. */
export type VariantErrors = FieldErrors<`variants.${number}.${keyof VariantValues}`>;
/** Field errors of the create form. */
export type ExperimentErrors = FieldErrors<
  Exclude<keyof ExperimentValues, 'variants'> | `variants.${number}.${keyof VariantValues}`
>;

export const DEFAULT_ALPHA = 0.05;

/** The fields whose server refusals are shown on the field itself. */
export const DETAIL_SERVER_FIELDS = ['name', 'hypothesis', 'startDate', 'endDate', 'alpha'] as const;

export function newExperimentValues(t: TFunction): ExperimentValues {
  return {
    name: '',
    hypothesis: '',
    metricType: 'conversion',
    objectiveId: null,
    kpiId: null,
    strategyId: null,
    startDate: '',
    endDate: '',
    alpha: DEFAULT_ALPHA,
    variants: [
      { name: t('experiments.create.controlName'), weight: 50 },
      { name: t('experiments.create.variantName', { letter: 'B' }), weight: 50 },
    ],
  };
}

/** The name proposed for the arm added after `count` arms: B, C, D… (A is the control). */
export function nextVariantLetter(count: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + count);
}

export function validateExperiment(t: TFunction, values: ExperimentValues): ExperimentErrors {
  return { ...validateDetails(t, values), ...validateVariants(t, values.variants) };
}

export function validateDetails(t: TFunction, values: ExperimentDetails): DetailErrors {
  const alpha = parseDecimal(values.alpha);
  return {
    name: values.name.trim() ? undefined : t('form.required'),
    startDate: values.startDate && !isCalendarDate(values.startDate) ? t('experiments.form.invalidDate') : undefined,
    endDate:
      values.endDate && !isCalendarDate(values.endDate)
        ? t('experiments.form.invalidDate')
        : values.startDate && values.endDate && values.endDate < values.startDate
          ? t('experiments.form.endBeforeStart')
          : undefined,
    alpha: alpha === null || alpha <= 0 || alpha > 0.5 ? t('experiments.form.alphaRange') : undefined,
  };
}

/** Each version named, no two alike (whatever the case), each with a share of traffic above 0. */
export function validateVariants(t: TFunction, variants: readonly VariantValues[]): VariantErrors {
  const errors: VariantErrors = {};
  const seen = new Set<string>();
  variants.forEach((variant, index) => {
    const name = variant.name.trim().toLocaleLowerCase();
    const weight = parseDecimal(variant.weight);
    errors[`variants.${index}.name`] = !name
      ? t('form.required')
      : seen.has(name)
        ? t('experiments.form.duplicateVariant')
        : undefined;
    seen.add(name);
    errors[`variants.${index}.weight`] =
      weight === null || weight <= 0 ? t('experiments.form.weightPositive') : undefined;
  });
  return errors;
}

/** The form's values for a test being edited. */
export function detailsOf(experiment: ExperimentEntity): ExperimentDetails {
  return {
    name: experiment.name,
    hypothesis: experiment.hypothesis ?? '',
    objectiveId: experiment.objectiveId,
    kpiId: experiment.kpiId,
    strategyId: experiment.strategyId,
    startDate: experiment.startDate ?? '',
    endDate: experiment.endDate ?? '',
    alpha: experiment.alpha,
  };
}

/** The fields an edit sends (a field emptied is cleared). */
export function detailsBody(values: ExperimentDetails) {
  return {
    name: values.name.trim(),
    hypothesis: textOrNull(values.hypothesis),
    objectiveId: values.objectiveId,
    kpiId: values.kpiId,
    strategyId: values.strategyId,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    alpha: parseDecimal(values.alpha) ?? DEFAULT_ALPHA,
  };
}

export function experimentBody(values: ExperimentValues): {
  experiment: CreateBody<'experiments'>;
  variants: NewVariant[];
} {
  const { metricType, variants } = values;
  const details = detailsBody(values);
  return {
    experiment: {
      name: details.name,
      hypothesis: details.hypothesis,
      metricType,
      objectiveId: details.objectiveId,
      kpiId: details.kpiId,
      strategyId: details.strategyId,
      startDate: details.startDate,
      endDate: details.endDate,
      alpha: details.alpha,
    },
    variants: variants.map((variant) => ({
      name: variant.name.trim(),
      weight: parseDecimal(variant.weight) ?? 1,
    })),
  };
}

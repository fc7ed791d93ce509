import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { refusalText } from '../../i18n/format';
import './texts';

/** Reasons the experiments endpoints give, worded here in both languages (the server words them in English). */
export const EXPERIMENT_CODES = [
  'no_effect',
  'rate_out_of_range',
  'no_kpi',
  'required',
  'unknown_variant',
  'duplicate',
] as const;
type ExperimentCode = (typeof EXPERIMENT_CODES)[number];

const isExperimentCode = (code: string | undefined): code is ExperimentCode =>
  EXPERIMENT_CODES.includes(code as ExperimentCode);

/** One of our reasons in the UI language, or undefined for a reason this page does not know. */
export function codeText(t: TFunction, code: string | undefined): string | undefined {
  return isExperimentCode(code) ? t(`experiments.codes.${code}`) : undefined;
}

/** A refused write or computation: our own words for the reasons we know, else the shared wording. */
export function experimentRefusal(t: TFunction, error: unknown, uiLanguage: string | undefined): string {
  if (isApiError(error)) {
    const known = [...error.errors.map((item) => item.code), error.code].filter(isExperimentCode);
    if (known.length > 0) return [...new Set(known)].map((code) => t(`experiments.codes.${code}`)).join(' ');
  }
  return refusalText(t, error, uiLanguage);
}

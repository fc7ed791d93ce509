import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../i18n/format';
import type { Language } from '../objectives/format';

const TRANSLATED_CODES = ['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value', 'custom'] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];
const isTranslatedCode = (code: string | undefined): code is TranslatedCode =>
  TRANSLATED_CODES.includes(code as TranslatedCode);

/**
 * The server's reason for refusing a change, in the UI language: its own words when it wrote
 * in that language, else a translation of the reason's code, else the reason the status gives.
 */
export function refusalReason(t: TFunction, error: unknown, language: Language): string {
  if (!isApiError(error)) return errorMessage(t, error);
  const first = error.errors[0];
  if (first?.code === 'end_before_start') return t('actions.form.dueBeforeStart');
  if (error.language.split('-')[0]?.toLowerCase() === language) {
    return first?.message ?? error.detail ?? errorMessage(t, error);
  }
  if (isTranslatedCode(first?.code)) return t(`form.codes.${first.code}`);
  return errorMessage(t, error);
}

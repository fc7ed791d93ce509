import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from '../api/client';

/** A message in the UI language for the error as a whole, chosen from its status. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.generic');
  switch (true) {
    case error.status === 0:
      return t('errors.network');
    case error.status === 400 || error.status === 422:
      return t('errors.badRequest');
    case error.status === 401:
      return t('errors.unauthorized');
    case error.status === 403:
      return t('errors.forbidden');
    case error.status === 404:
      return t('errors.notFound');
    case error.status === 409 || error.status === 412:
      return t('errors.conflict');
    case error.status === 429:
      return error.retryAfterSeconds
        ? t('errors.tooManyAttemptsRetryIn', { minutes: Math.ceil(error.retryAfterSeconds / 60) })
        : t('errors.tooManyAttempts');
    case error.status >= 500:
      return t('errors.server');
    default:
      return t('errors.generic');
  }
}

export function formatDate(value: string, locale: string): string {
  // Calendar dates (YYYY-MM-DD) are read as local dates so they never shift by a day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** Reasons the server gives for a refused field (zod's issue codes and the plan's rules), each translated under `form.codes`. */
export const TRANSLATED_FIELD_CODES = [
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'custom',
  'end_before_start',
  'dependency_cycle',
] as const;
export type TranslatedFieldCode = (typeof TRANSLATED_FIELD_CODES)[number];
export const isTranslatedFieldCode = (code: string | undefined): code is TranslatedFieldCode =>
  TRANSLATED_FIELD_CODES.includes(code as TranslatedFieldCode);

const primaryLanguage = (tag: string | undefined) => tag?.split('-')[0]?.toLowerCase() ?? '';

/** Whether the server wrote its messages in the interface's language. */
export function speaksUiLanguage(error: ApiError, uiLanguage: string | undefined): boolean {
  return primaryLanguage(error.language) === primaryLanguage(uiLanguage);
}

/**
 * The server's reason for refusing a write, in the interface's language: its own words when they
 * are in that language, else a translation of its reason codes, else a message chosen from the status.
 */
export function refusalText(t: TFunction, error: unknown, uiLanguage: string | undefined): string {
  if (!isApiError(error)) return errorMessage(t, error);
  const sameLanguage = speaksUiLanguage(error, uiLanguage);
  const reasons = error.errors.map((item) => {
    if (sameLanguage) return item.message;
    return isTranslatedFieldCode(item.code) ? t(`form.codes.${item.code}`) : t('form.rejected');
  });
  if (reasons.length > 0) return [...new Set(reasons)].join(' ');
  if (error.detail && sameLanguage && error.status < 500) return error.detail;
  return errorMessage(t, error);
}

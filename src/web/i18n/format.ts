import type { TFunction } from 'i18next';
import { isApiError } from '../api/client';

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

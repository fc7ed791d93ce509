import type { TFunction } from 'i18next';
import type { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { isTranslatedFieldCode, speaksUiLanguage } from '../../i18n/format';

export const PASSWORD_MIN_LENGTH = 12;

// Deliberately loose: the server decides; this only catches obvious typos before a round trip.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function requiredError(t: TFunction, value: string): string | undefined {
  return value.trim() ? undefined : t('form.required');
}

export function emailError(t: TFunction, value: string): string | undefined {
  if (!value.trim()) return t('form.required');
  return EMAIL_PATTERN.test(value.trim()) ? undefined : t('form.invalidEmail');
}

export function newPasswordError(t: TFunction, value: string): string | undefined {
  if (!value) return t('form.required');
  return value.length >= PASSWORD_MIN_LENGTH ? undefined : t('form.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
}

/** Keeps only the errors that are set; an empty result means the form is valid. */
export function compact<K extends string>(errors: FieldErrors<K>): FieldErrors<K> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FieldErrors<K>;
}

/**
 * Server field messages for the fields this form shows (paths like `/email` or `body.email`).
 * A message in another language than the UI's is replaced by a translation of its reason code
 * (or a generic one), so the field is still marked and no foreign text appears.
 */
export function serverFieldErrors<K extends string>(
  t: TFunction,
  error: ApiError,
  fields: readonly K[],
): FieldErrors<K> {
  const sameLanguage = speaksUiLanguage(error, i18n.resolvedLanguage ?? 'fr');
  const byField = new Map<string, { message: string; code?: string | undefined }>();
  for (const item of error.errors) {
    const field = item.path.split(/[./]/).filter(Boolean).pop() ?? '';
    if (field && !byField.has(field)) byField.set(field, item);
  }
  const translated = (item: { message: string; code?: string | undefined }): string => {
    if (sameLanguage) return item.message;
    if (error.status === 409) return t('form.codes.alreadyUsed');
    return isTranslatedFieldCode(item.code) ? t(`form.codes.${item.code}`) : t('form.rejected');
  };
  return compact(
    Object.fromEntries(
      fields.map((field) => {
        const item = byField.get(field);
        return [field, item === undefined ? undefined : translated(item)];
      }),
    ) as FieldErrors<K>,
  );
}

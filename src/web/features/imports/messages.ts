import type { TFunction } from 'i18next';
import type { Bilingual } from '../../../contract/imports.js';
import { errorMessage } from '../../i18n/format';
import { sizeParts } from './files';
import { isImportProblem } from './importApi';
import './texts';

export type Language = 'fr' | 'en';

export const languageOf = (resolved: string | undefined): Language => (resolved === 'en' ? 'en' : 'fr');

/** A text the server wrote in both languages, in the UI's. */
export const pick = (text: Bilingual, language: Language): string => text[language];

/** A size in bytes, the way people read it (`3,2 Mo`, `3.2 MB`). */
export function formatSize(t: TFunction, bytes: number, language: Language): string {
  const { value, unit } = sizeParts(bytes);
  return t(`imports.size.${unit}`, { value: value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB') });
}

export const formatCount = (value: number, language: Language): string =>
  value.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');

/** Why an upload or an import failed, in the UI language. */
export function importErrorMessage(t: TFunction, error: unknown, language: Language): string {
  if (error instanceof DOMException && error.name === 'AbortError') return t('imports.errors.cancelled');
  if (isImportProblem(error)) {
    if (error.messages) return pick(error.messages, language);
    if (error.status === 413) {
      return error.limitBytes
        ? t('imports.errors.tooLarge', { limit: formatSize(t, error.limitBytes, language) })
        : t('imports.errors.tooLargeNoLimit');
    }
    if (error.status === 415) return t('imports.errors.unsupportedType');
    if (error.status === 0) return t('imports.errors.network');
  }
  return errorMessage(t, error);
}

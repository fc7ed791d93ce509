import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import type { Locale } from '../api/types';
import sharedFr from './fr.json';

export const LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];
/** Only an explicit choice is stored here; the browser language is re-detected otherwise. */
export const LOCALE_STORAGE_KEY = 'jalon.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/**
 * French comes with the app's code: the texts shared by every page here, each feature's with the
 * feature's code (see `featureTexts.ts`). English is a chunk of its own, all features at once,
 * fetched the first time the interface speaks English (i18next waits for it before switching, so
 * no text flashes untranslated).
 */
const englishOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const catalog = language === 'en' ? import('./catalog-en').then((m) => m.enCatalog) : Promise.resolve(sharedFr);
    catalog.then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), false),
    );
  },
};

/** Resolves once the interface's language is loaded: the app renders after it. */
export const i18nReady = i18n
  .use(englishOnDemand)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { fr: { translation: sharedFr } },
    partialBundledLanguages: true,
    supportedLngs: [...LOCALES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'fr',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LOCALE_STORAGE_KEY,
      caches: [],
    },
    interpolation: { escapeValue: false },
  });

function applyLanguage(language: string): void {
  setApiLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applyLanguage(currentLocale());
i18n.on('languageChanged', applyLanguage);

/** The UI language, narrowed to the locales Jalon ships. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : 'fr';
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Switches the UI language and remembers it in this browser. */
export async function chooseLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18n.changeLanguage(locale);
}

export default i18n;

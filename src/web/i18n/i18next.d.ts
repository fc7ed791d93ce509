import 'i18next';
import type fr from './fr.json';

// Typed keys: a call to t() with a key missing from fr.json fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
    returnNull: false;
  }
}

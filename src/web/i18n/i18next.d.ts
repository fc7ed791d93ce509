import 'i18next';
import type { catalogs } from './catalogs';

// Typed keys: a call to t() with a key missing from the French catalogs fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof catalogs)['fr'] };
    returnNull: false;
  }
}

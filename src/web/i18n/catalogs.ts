import { enCatalog } from './catalog-en';
import { frCatalog } from './catalog-fr';

/**
 * The UI texts: shared ones in `i18n/{fr,en}.json`, each feature's in its own folder, under a
 * key named after the feature (`t('goals.title')`). French is the reference for typed keys. The
 * app loads French with its code and English only when needed (see `index.ts`): this module,
 * which holds both, is for the types and the tests.
 */
export const catalogs = { fr: frCatalog, en: enCatalog };

import type { frCatalog } from './catalog-fr';
import type sharedFr from './fr.json';
import i18n from './index';

/** The French texts of each feature, under the feature's name (`goals`, `budget`…). */
type FeatureTexts = Omit<typeof frCatalog, keyof typeof sharedFr>;
export type FeatureWithTexts = keyof FeatureTexts;

/**
 * Adds a feature's French texts to the interface's. They come with the feature's code: every
 * module that names a feature's keys imports the feature's `texts.ts`, which calls this, so a page
 * downloads the French of the features it shows and no more. English comes whole, the first time
 * the interface speaks it (see `index.ts`).
 */
export function addFrenchTexts<F extends FeatureWithTexts>(feature: F, texts: FeatureTexts[F]): void {
  i18n.addResourceBundle('fr', 'translation', { [feature]: texts });
}

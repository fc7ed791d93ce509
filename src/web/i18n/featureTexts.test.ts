import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from './catalogs';
import i18n, { i18nReady } from './index';

const textModules = import.meta.glob('../features/*/texts.ts');
const features = Object.keys(import.meta.glob('../features/*/fr.json')).map((path) => path.split('/')[2] ?? '');
/** The app's modules (not the tests, nor the catalogs here), by path from this folder. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A key of a feature's texts, as code names it: `'goals.title'`, `` `raci.legend.${role}` ``. */
const featureKey = new RegExp(`['"\`](${features.join('|')})\\.[A-Za-z$]`, 'g');

describe("each feature's texts", () => {
  it('add up, with the shared texts, to the whole French catalog', async () => {
    await i18nReady;
    expect(Object.keys(textModules)).toHaveLength(features.length);
    await Promise.all(Object.values(textModules).map((load) => load()));
    expect(i18n.getResourceBundle('fr', 'translation')).toEqual(catalogs.fr);
  });

  it('are imported by every module that names their keys', () => {
    const missing: string[] = [];
    for (const [path, source] of Object.entries(sources)) {
      const named = new Set([...source.matchAll(featureKey)].map((match) => match[1]));
      for (const feature of named) {
        let specifier = posix.relative(posix.dirname(path), `../features/${feature}/texts`);
        if (!specifier.startsWith('.')) specifier = `./${specifier}`;
        if (!source.includes(`import '${specifier}';`)) missing.push(`${path}: import '${specifier}';`);
      }
    }
    expect(missing).toEqual([]);
  });
});

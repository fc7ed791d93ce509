import { describe, expect, it } from 'vitest';
import { catalogs as sources } from './catalogs';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation file as `a.b.c` → value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [leafPath, leaf] of leaves(value, path)) result.set(leafPath, leaf);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

const catalogs = { fr: leaves(sources.fr as Tree), en: leaves(sources.en as Tree) };

/** `{{name}}` placeholders, which both languages must use identically. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('translation catalogs', () => {
  it('French and English catalogs have exactly the same keys', () => {
    expect([...catalogs.en.keys()].sort()).toEqual([...catalogs.fr.keys()].sort());
  });

  it.each(Object.entries(catalogs))('%s has only non-empty string values', (_, catalog) => {
    const bad = [...catalog].filter(([, value]) => typeof value !== 'string' || !value.trim());
    expect(bad).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...catalogs.fr].filter(([key, frText]) => {
      const enText = catalogs.en.get(key);
      return (
        typeof frText === 'string' &&
        typeof enText === 'string' &&
        placeholders(frText).join() !== placeholders(enText).join()
      );
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});

describe('loading the languages', () => {
  it('starts with French only and fetches English the first time it is chosen', async () => {
    const { default: i18n, i18nReady } = await import('./index');
    await i18nReady;
    await i18n.changeLanguage('fr');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('plans.create.open')).toBe(sources.en.plans.create.open);
    await i18n.changeLanguage('fr');
  });
});

import { describe, expect, it } from 'vitest';
import { positioningStatement } from './positioning.js';

describe('positioningStatement', () => {
  it.each<[string, Parameters<typeof positioningStatement>[0], 'fr' | 'en', string, string[]]>([
    [
      'every part, in French',
      {
        targetAudience: 'les citadines soucieuses de leur santé',
        brand: 'Maison Verte',
        category: 'la marque de cosmétiques naturels',
        differentiator: 'n’utilise que des ingrédients bio certifiés',
        proof: 'chaque produit porte le label Cosmébio',
      },
      'fr',
      'Pour les citadines soucieuses de leur santé, Maison Verte est la marque de cosmétiques naturels qui n’utilise que des ingrédients bio certifiés, car chaque produit porte le label Cosmébio.',
      [],
    ],
    [
      'every part, in English',
      {
        targetAudience: 'health-conscious city dwellers',
        brand: 'Maison Verte',
        category: 'the natural cosmetics brand',
        differentiator: 'uses only certified organic ingredients',
        proof: 'every product carries the Cosmos label',
      },
      'en',
      'For health-conscious city dwellers, Maison Verte is the natural cosmetics brand that uses only certified organic ingredients, because every product carries the Cosmos label.',
      [],
    ],
    [
      'missing parts stay as placeholders',
      { targetAudience: 'les PME', brand: 'Acme', category: null, differentiator: '  ', proof: undefined },
      'fr',
      'Pour les PME, Acme est [catégorie] qui [différenciateur], car [preuve].',
      ['category', 'differentiator', 'proof'],
    ],
    [
      'nothing filled in, in English',
      {},
      'en',
      'For [target audience], [brand or offer] is [category] that [differentiator], because [proof].',
      ['targetAudience', 'brand', 'category', 'differentiator', 'proof'],
    ],
    [
      'template words typed again and final stops are dropped',
      {
        targetAudience: 'Pour les PME.',
        brand: 'Acme',
        category: 'le logiciel de paie',
        differentiator: 'qui se\nconfigure en une heure ;',
        proof: 'parce qu’il est certifié',
      },
      'fr',
      'Pour les PME, Acme est le logiciel de paie qui se configure en une heure, car il est certifié.',
      [],
    ],
    [
      'template words typed again, in English',
      {
        targetAudience: 'for SMEs',
        brand: 'Acme',
        category: 'the payroll app',
        differentiator: 'which sets up in an hour!',
        proof: 'because it is certified.',
      },
      'en',
      'For SMEs, Acme is the payroll app that sets up in an hour, because it is certified.',
      [],
    ],
  ])('%s', (_label, parts, language, text, missing) => {
    expect(positioningStatement(parts, language)).toEqual({ text, missing });
  });
});

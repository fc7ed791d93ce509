import { describe, expect, it } from 'vitest';
import { towsSuggestions, type SwotQuadrant, type TowsFamilyCode, type TowsItem } from './tows.js';

const item = (quadrant: SwotQuadrant, title: string, weight: number, position?: number): TowsItem =>
  position === undefined ? { quadrant, title, weight } : { quadrant, title, weight, position };

/** Each family as "internal × external = score" lines, best first, or the missing quadrants. */
function summary(items: TowsItem[], perQuadrant?: number): Record<TowsFamilyCode, string[]> {
  const families = towsSuggestions(items, perQuadrant === undefined ? {} : { perQuadrant });
  return Object.fromEntries(
    families.map((f) => [
      f.family,
      f.pairs.length > 0
        ? f.pairs.map((p) => `${p.internal.title} × ${p.external.title} = ${p.score}`)
        : [`missing: ${f.missing.join(', ')}`],
    ]),
  ) as Record<TowsFamilyCode, string[]>;
}

/** The method's natural-cosmetics example, with weights given by hand. */
const cosmetics = [
  item('strength', 'Bio', 5, 0),
  item('strength', 'Durable', 4, 1),
  item('weakness', 'Notoriété', 4, 2),
  item('weakness', 'Prix', 3, 3),
  item('opportunity', 'Demande', 5, 4),
  item('opportunity', 'Influenceurs', 3, 5),
  item('threat', 'Concurrents', 4, 6),
  item('threat', 'Matières', 2, 7),
];

describe('towsSuggestions', () => {
  // Scores are weight products worked by hand: 5×5 = 25, 4×5 = 20, 5×3 = 15, 4×3 = 12…
  it.each<[string, TowsItem[], Record<TowsFamilyCode, string[]>]>([
    [
      'the cosmetics example',
      cosmetics,
      {
        SO: ['Bio × Demande = 25', 'Durable × Demande = 20', 'Bio × Influenceurs = 15', 'Durable × Influenceurs = 12'],
        ST: ['Bio × Concurrents = 20', 'Durable × Concurrents = 16', 'Bio × Matières = 10', 'Durable × Matières = 8'],
        WO: [
          'Notoriété × Demande = 20',
          'Prix × Demande = 15',
          'Notoriété × Influenceurs = 12',
          'Prix × Influenceurs = 9',
        ],
        WT: [
          'Notoriété × Concurrents = 16',
          'Prix × Concurrents = 12',
          'Notoriété × Matières = 8',
          'Prix × Matières = 6',
        ],
      },
    ],
    [
      // Only the two heaviest strengths (5 and 3) take part; the one weighing 2 is left out.
      'only the top two of a quadrant',
      [
        item('strength', 'S2', 2, 0),
        item('strength', 'S5', 5, 1),
        item('strength', 'S3', 3, 2),
        item('opportunity', 'O1', 1, 3),
        item('weakness', 'W4', 4, 4),
        item('threat', 'T5', 5, 5),
      ],
      {
        SO: ['S5 × O1 = 5', 'S3 × O1 = 3'],
        ST: ['S5 × T5 = 25', 'S3 × T5 = 15'],
        WO: ['W4 × O1 = 4'],
        WT: ['W4 × T5 = 20'],
      },
    ],
    [
      // Equal weights: the board order decides (b at position 2 before a at 10; y at 0 before x at 1).
      'equal weights follow the positions',
      [
        item('strength', 'a', 3, 10),
        item('strength', 'b', 3, 2),
        item('opportunity', 'x', 4, 1),
        item('opportunity', 'y', 4, 0),
      ],
      {
        SO: ['b × y = 12', 'b × x = 12', 'a × y = 12', 'a × x = 12'],
        ST: ['missing: threat'],
        WO: ['missing: weakness'],
        WT: ['missing: weakness, threat'],
      },
    ],
    [
      // a×y and b×x both score 4×2 = 8: the heavier strength (a) comes first.
      'equal products: the internal item’s rank first',
      [item('strength', 'a', 4), item('strength', 'b', 2), item('threat', 'x', 4), item('threat', 'y', 2)],
      {
        SO: ['missing: opportunity'],
        ST: ['a × x = 16', 'a × y = 8', 'b × x = 8', 'b × y = 4'],
        WO: ['missing: weakness, opportunity'],
        WT: ['missing: weakness'],
      },
    ],
    [
      // Without positions, the input order breaks the tie: first listed, first ranked.
      'no positions: the input order',
      [item('weakness', 'w1', 2), item('weakness', 'w2', 2), item('threat', 't1', 3)],
      {
        SO: ['missing: strength, opportunity'],
        ST: ['missing: strength'],
        WO: ['missing: opportunity'],
        WT: ['w1 × t1 = 6', 'w2 × t1 = 6'],
      },
    ],
  ])('%s', (_label, items, expected) => {
    expect(summary(items)).toEqual(expected);
  });

  it('pairs the top three when asked', () => {
    expect(summary(cosmetics, 1).SO).toEqual(['Bio × Demande = 25']);
    expect(summary([...cosmetics, item('strength', 'Équipe', 1, 8)], 3).SO).toEqual([
      'Bio × Demande = 25',
      'Durable × Demande = 20',
      'Bio × Influenceurs = 15',
      'Durable × Influenceurs = 12',
      'Équipe × Demande = 5',
      'Équipe × Influenceurs = 3',
    ]);
  });

  it('writes one suggestion per family in both languages from the titles', () => {
    const best = Object.fromEntries(towsSuggestions(cosmetics).map((f) => [f.family, f.pairs[0]?.suggestion]));
    expect(best).toEqual({
      SO: { fr: 'Appuyez-vous sur « Bio » pour saisir « Demande ».', en: 'Use “Bio” to seize “Demande”.' },
      ST: { fr: 'Mobilisez « Bio » pour contrer « Concurrents ».', en: 'Use “Bio” to counter “Concurrents”.' },
      WO: { fr: 'Saisissez « Demande » pour corriger « Notoriété ».', en: 'Seize “Demande” to fix “Notoriété”.' },
      WT: {
        fr: 'Réduisez « Notoriété » pour vous prémunir contre « Concurrents ».',
        en: 'Reduce “Notoriété” to avoid “Concurrents”.',
      },
    });
  });

  it('says which quadrants to fill when a family cannot be formed', () => {
    const families = towsSuggestions([item('strength', '  Bio  ', 5)]);
    expect(families.map((f) => f.message)).toEqual([
      {
        fr: 'Impossible de former cette famille : ajoutez au moins une opportunité.',
        en: 'This family cannot be formed: add at least an opportunity.',
      },
      {
        fr: 'Impossible de former cette famille : ajoutez au moins une menace.',
        en: 'This family cannot be formed: add at least a threat.',
      },
      {
        fr: 'Impossible de former cette famille : ajoutez au moins une faiblesse et une opportunité.',
        en: 'This family cannot be formed: add at least a weakness and an opportunity.',
      },
      {
        fr: 'Impossible de former cette famille : ajoutez au moins une faiblesse et une menace.',
        en: 'This family cannot be formed: add at least a weakness and a threat.',
      },
    ]);
  });

  it('keeps the items it was given, so callers find their ids', () => {
    const s = { ...item('strength', 'S', 2), id: 's1' };
    const o = { ...item('opportunity', 'O', 3), id: 'o1' };
    const [so] = towsSuggestions([s, o]);
    expect(so?.pairs[0]?.internal).toBe(s);
    expect(so?.pairs[0]?.external).toBe(o);
    expect(so?.pairs[0]?.suggestion.fr).toBe('Appuyez-vous sur « S » pour saisir « O ».');
  });
});

import { inBothLanguages, quote, type Language } from '../shared/format.js';

/**
 * TOWS suggestions: the SWOT matrix read crosswise. Each internal quadrant (strengths,
 * weaknesses) meets each external one (opportunities, threats), which gives four families of
 * strategies; the heaviest items of each quadrant are paired so that the suggestions start with
 * what matters most.
 */

export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';
export type InternalQuadrant = 'strength' | 'weakness';
export type ExternalQuadrant = 'opportunity' | 'threat';

/** What the suggestions read from a SWOT item. */
export interface TowsItem {
  quadrant: SwotQuadrant;
  title: string;
  /** Importance, 1 to 5. */
  weight: number;
  /** Order within the quadrant; the input order when absent. */
  position?: number;
}

export type TowsFamilyCode = 'SO' | 'ST' | 'WO' | 'WT';

export interface TowsPair<T extends TowsItem> {
  internal: T;
  external: T;
  /** Product of the two weights, 1 to 25: the pairs are ranked by it. */
  score: number;
  suggestion: { fr: string; en: string };
}

export interface TowsFamily<T extends TowsItem> {
  family: TowsFamilyCode;
  internal: InternalQuadrant;
  external: ExternalQuadrant;
  /** Best pair first; empty when a quadrant of the family has no item. */
  pairs: TowsPair<T>[];
  /** The quadrants of the family that have no item (internal first). */
  missing: SwotQuadrant[];
  /** Why the family cannot be formed, or null when it can. */
  message: { fr: string; en: string } | null;
}

export interface TowsOptions {
  /** How many items of each quadrant take part (the heaviest ones): 2 gives up to 4 pairs a family. */
  perQuadrant?: number;
}

/** The four families in the order of the TOWS matrix. */
export const TOWS_FAMILIES: readonly {
  family: TowsFamilyCode;
  internal: InternalQuadrant;
  external: ExternalQuadrant;
}[] = [
  { family: 'SO', internal: 'strength', external: 'opportunity' },
  { family: 'ST', internal: 'strength', external: 'threat' },
  { family: 'WO', internal: 'weakness', external: 'opportunity' },
  { family: 'WT', internal: 'weakness', external: 'threat' },
];

const sentences: Record<TowsFamilyCode, (internal: string, external: string, language: Language) => string> = {
  SO: (s, o, language) => (language === 'fr' ? `Appuyez-vous sur ${s} pour saisir ${o}.` : `Use ${s} to seize ${o}.`),
  ST: (s, t, language) => (language === 'fr' ? `Mobilisez ${s} pour contrer ${t}.` : `Use ${s} to counter ${t}.`),
  WO: (w, o, language) => (language === 'fr' ? `Saisissez ${o} pour corriger ${w}.` : `Seize ${o} to fix ${w}.`),
  WT: (w, t, language) =>
    language === 'fr' ? `Réduisez ${w} pour vous prémunir contre ${t}.` : `Reduce ${w} to avoid ${t}.`,
};

/** "une force", "an opportunity": what the user is asked to add. */
const oneOf: Record<SwotQuadrant, Record<Language, string>> = {
  strength: { fr: 'une force', en: 'a strength' },
  weakness: { fr: 'une faiblesse', en: 'a weakness' },
  opportunity: { fr: 'une opportunité', en: 'an opportunity' },
  threat: { fr: 'une menace', en: 'a threat' },
};

interface Ranked<T> {
  item: T;
  /** 0 for the heaviest item of its quadrant. */
  rank: number;
}

/**
 * The items of a quadrant, heaviest first; equal weights keep the board's order (position, then
 * input order).
 */
function rankQuadrant<T extends TowsItem>(items: readonly T[], quadrant: SwotQuadrant): Ranked<T>[] {
  return items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.quadrant === quadrant)
    .sort(
      (a, b) =>
        b.item.weight - a.item.weight ||
        (a.item.position ?? a.index) - (b.item.position ?? b.index) ||
        a.index - b.index,
    )
    .map(({ item }, rank) => ({ item, rank }));
}

function missingMessage(missing: SwotQuadrant[]): { fr: string; en: string } {
  return inBothLanguages((language) => {
    const wanted = missing.map((quadrant) => oneOf[quadrant][language]).join(language === 'fr' ? ' et ' : ' and ');
    return language === 'fr'
      ? `Impossible de former cette famille : ajoutez au moins ${wanted}.`
      : `This family cannot be formed: add at least ${wanted}.`;
  });
}

/** The four TOWS families built from the SWOT items. */
export function towsSuggestions<T extends TowsItem>(items: readonly T[], options: TowsOptions = {}): TowsFamily<T>[] {
  const perQuadrant = Math.max(1, Math.floor(options.perQuadrant ?? 2));
  const ranked = {
    strength: rankQuadrant(items, 'strength'),
    weakness: rankQuadrant(items, 'weakness'),
    opportunity: rankQuadrant(items, 'opportunity'),
    threat: rankQuadrant(items, 'threat'),
  };
  return TOWS_FAMILIES.map(({ family, internal, external }) => {
    const missing = [internal, external].filter((quadrant) => ranked[quadrant].length === 0);
    if (missing.length > 0) return { family, internal, external, pairs: [], missing, message: missingMessage(missing) };
    const pairs: (TowsPair<T> & { ranks: [number, number] })[] = [];
    for (const i of ranked[internal].slice(0, perQuadrant)) {
      for (const e of ranked[external].slice(0, perQuadrant)) {
        pairs.push({
          internal: i.item,
          external: e.item,
          score: i.item.weight * e.item.weight,
          suggestion: inBothLanguages((language) =>
            sentences[family](quote(i.item.title.trim(), language), quote(e.item.title.trim(), language), language),
          ),
          ranks: [i.rank, e.rank],
        });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.ranks[0] - b.ranks[0] || a.ranks[1] - b.ranks[1]);
    return {
      family,
      internal,
      external,
      pairs: pairs.map(({ ranks: _ranks, ...pair }) => pair),
      missing: [],
      message: null,
    };
  });
}

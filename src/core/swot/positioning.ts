import type { Language } from '../shared/format.js';

/**
 * The positioning statement of the method: « Pour [cible], [marque] est [catégorie] qui
 * [différenciateur], car [preuve]. » built from the parts the user filled in. A missing part
 * stays as its bracketed placeholder so the user sees what is left to write.
 */

export interface PositioningParts {
  targetAudience?: string | null;
  /** The brand or offer being positioned. */
  brand?: string | null;
  category?: string | null;
  differentiator?: string | null;
  proof?: string | null;
}

export type PositioningPart = keyof PositioningParts;

export const POSITIONING_PARTS: readonly PositioningPart[] = [
  'targetAudience',
  'brand',
  'category',
  'differentiator',
  'proof',
];

const placeholders: Record<Language, Record<PositioningPart, string>> = {
  fr: {
    targetAudience: '[cible]',
    brand: '[marque ou offre]',
    category: '[catégorie]',
    differentiator: '[différenciateur]',
    proof: '[preuve]',
  },
  en: {
    targetAudience: '[target audience]',
    brand: '[brand or offer]',
    category: '[category]',
    differentiator: '[differentiator]',
    proof: '[proof]',
  },
};

/** Words the template already writes before a part; typed again by the user, they are dropped. */
const leadingWords: Record<Language, Partial<Record<PositioningPart, RegExp>>> = {
  fr: {
    targetAudience: /^pour\s+/i,
    differentiator: /^qui\s+/i,
    proof: /^(car|parce que|parce qu['’])\s*/i,
  },
  en: {
    targetAudience: /^for\s+/i,
    differentiator: /^(that|which)\s+/i,
    proof: /^because\s+/i,
  },
};

/** A part as it goes into the sentence: one line, no template word repeated, no final punctuation. */
export function cleanPart(value: string | null | undefined, part: PositioningPart, language: Language): string {
  let text = (value ?? '').replace(/\s+/g, ' ').trim();
  const leading = leadingWords[language][part];
  if (leading) text = text.replace(leading, '');
  return text.replace(/[\s.,;:!]+$/, '').trim();
}

export interface PositioningStatement {
  text: string;
  /** The parts still missing (shown as placeholders in `text`). */
  missing: PositioningPart[];
}

export function positioningStatement(parts: PositioningParts, language: Language): PositioningStatement {
  const missing: PositioningPart[] = [];
  const value = (part: PositioningPart): string => {
    const text = cleanPart(parts[part], part, language);
    if (text) return text;
    missing.push(part);
    return placeholders[language][part];
  };
  const target = value('targetAudience');
  const brand = value('brand');
  const category = value('category');
  const differentiator = value('differentiator');
  const proof = value('proof');
  const text =
    language === 'fr'
      ? `Pour ${target}, ${brand} est ${category} qui ${differentiator}, car ${proof}.`
      : `For ${target}, ${brand} is ${category} that ${differentiator}, because ${proof}.`;
  return { text, missing };
}

import type { Localized } from '../plan.js';

/**
 * The little French grammar the messages need: past participles agree with the noun they
 * describe (« objectif ajouté », « stratégie ajoutée », « notes modifiées »), so every noun and
 * field label carries its gender and number.
 */
export type FrGender = 'm' | 'f' | 'mp' | 'fp';

/** A field label: lower case, as it reads in the middle of a sentence. */
export interface FieldLabel extends Localized {
  gender: FrGender;
}

/** The name of a kind of entity, singular and plural, lower case. */
export interface Noun extends FieldLabel {
  frPlural: string;
  enPlural: string;
}

const endings: Record<FrGender, string> = { m: '', f: 'e', mp: 's', fp: 'es' };

/** « ajouté » → « ajoutées » for a feminine plural noun. */
export function agree(participle: string, gender: FrGender): string {
  return participle + endings[gender];
}

/** The plural form of a gender (for counts of several rows). */
export function pluralOf(gender: FrGender): FrGender {
  return gender === 'f' || gender === 'fp' ? 'fp' : 'mp';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** French guillemets and English curly quotes around a name or a text value. */
export function quoted(text: string): Localized {
  return { fr: `« ${text} »`, en: `“${text}”` };
}

export function same(text: string): Localized {
  return { fr: text, en: text };
}

export const m = (fr: string, en: string): FieldLabel => ({ fr, en, gender: 'm' });
export const f = (fr: string, en: string): FieldLabel => ({ fr, en, gender: 'f' });
export const mp = (fr: string, en: string): FieldLabel => ({ fr, en, gender: 'mp' });
export const fp = (fr: string, en: string): FieldLabel => ({ fr, en, gender: 'fp' });

export function noun(label: FieldLabel, frPlural: string, enPlural: string): Noun {
  return { ...label, frPlural, enPlural };
}

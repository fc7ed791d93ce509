import type { PersonaEntity } from '../../../contract/entity-types.js';
import type { CreateBody } from '../../api/collections';
import { textOrNull } from '../../forms/values';

/** Persona fields that hold one line or a paragraph. */
export type PersonaTextField =
  'name' | 'summary' | 'ageRange' | 'gender' | 'income' | 'location' | 'occupation' | 'lifestyle';
/** Persona fields that hold a list of short entries. */
export type PersonaListField = 'values' | 'interests' | 'motivations' | 'painPoints' | 'preferredChannels' | 'sources';
export type PersonaField = PersonaTextField | PersonaListField;

export type PersonaValues = Record<PersonaTextField, string> & Record<PersonaListField, string[]>;

export type PersonaGroup = 'demographics' | 'psychographics' | 'motivations' | 'channels';

/** The method's parts of a persona, each with its fields, in reading order. */
export const PERSONA_GROUPS: readonly { group: PersonaGroup; fields: readonly PersonaField[] }[] = [
  { group: 'demographics', fields: ['ageRange', 'gender', 'income', 'location', 'occupation'] },
  { group: 'psychographics', fields: ['lifestyle', 'values', 'interests'] },
  { group: 'motivations', fields: ['motivations', 'painPoints'] },
  { group: 'channels', fields: ['preferredChannels', 'sources'] },
];

export const LIST_FIELDS: readonly PersonaListField[] = [
  'values',
  'interests',
  'motivations',
  'painPoints',
  'preferredChannels',
  'sources',
];

export function isListField(field: PersonaField): field is PersonaListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

/** Longest text the API accepts per field (long texts: 20 000). */
export const MAX_LENGTH: Record<PersonaTextField, number> = {
  name: 200,
  summary: 20_000,
  ageRange: 40,
  gender: 40,
  income: 100,
  location: 200,
  occupation: 200,
  lifestyle: 20_000,
};
/** Entries per list, and characters per entry. */
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 500;

export function personaValues(persona: PersonaEntity | null): PersonaValues {
  return {
    name: persona?.name ?? '',
    summary: persona?.summary ?? '',
    ageRange: persona?.ageRange ?? '',
    gender: persona?.gender ?? '',
    income: persona?.income ?? '',
    location: persona?.location ?? '',
    occupation: persona?.occupation ?? '',
    lifestyle: persona?.lifestyle ?? '',
    values: [...(persona?.values ?? [])],
    interests: [...(persona?.interests ?? [])],
    motivations: [...(persona?.motivations ?? [])],
    painPoints: [...(persona?.painPoints ?? [])],
    preferredChannels: [...(persona?.preferredChannels ?? [])],
    sources: [...(persona?.sources ?? [])],
  };
}

/** Characters that separate entries typed or pasted into a list field. */
export const ENTRY_SEPARATORS = /[,;\n]/;

/**
 * List entries as the user means them: an entry holding separators (text dropped or filled in at
 * once) becomes several, blanks go, and an entry given twice (whatever its case) is kept once.
 */
export function splitEntries(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries.flatMap((value) => value.split(ENTRY_SEPARATORS))) {
    const text = entry.trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    result.push(text);
  }
  return result;
}
const cleanList = splitEntries;

/** What a create or update sends: trimmed texts (empty → null) and lists without blanks or repeats. */
export function personaBody(values: PersonaValues): CreateBody<'personas'> {
  return {
    name: values.name.trim(),
    summary: textOrNull(values.summary),
    ageRange: textOrNull(values.ageRange),
    gender: textOrNull(values.gender),
    income: textOrNull(values.income),
    location: textOrNull(values.location),
    occupation: textOrNull(values.occupation),
    lifestyle: textOrNull(values.lifestyle),
    values: cleanList(values.values),
    interests: cleanList(values.interests),
    motivations: cleanList(values.motivations),
    painPoints: cleanList(values.painPoints),
    preferredChannels: cleanList(values.preferredChannels),
    sources: cleanList(values.sources),
  };
}

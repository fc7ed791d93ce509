import { describe, expect, it } from 'vitest';
import { personaBody, personaValues, splitEntries } from './personaForm';

describe('splitEntries', () => {
  it.each<[string[], string[]]>([
    [['LinkedIn, E-mail,'], ['LinkedIn', 'E-mail']],
    [
      ['Prix ; Délais', 'prix'],
      ['Prix', 'Délais'],
    ],
    [
      ['  ', 'Salons\nWebinaires'],
      ['Salons', 'Webinaires'],
    ],
    [[], []],
  ])('%j → %j', (entries, expected) => {
    expect(splitEntries(entries)).toEqual(expected);
  });
});

describe('personaBody', () => {
  it('trims texts, sends null for empty ones and cleans the lists', () => {
    const values = { ...personaValues(null), name: '  Claire ', income: '   ', values: ['Fiabilité, fiabilité'] };
    expect(personaBody(values)).toEqual({
      name: 'Claire',
      summary: null,
      ageRange: null,
      gender: null,
      income: null,
      location: null,
      occupation: null,
      lifestyle: null,
      values: ['Fiabilité'],
      interests: [],
      motivations: [],
      painPoints: [],
      preferredChannels: [],
      sources: [],
    });
  });
});

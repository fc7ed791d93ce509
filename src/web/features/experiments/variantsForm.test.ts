import { describe, expect, it } from 'vitest';
import { variant } from './testData';
import { editedVariants, hasChanges, variantChanges, type EditedVariant } from './variantsForm';

const saved = [
  { ...variant('v1', 'e1', 'A', true), weight: 50 },
  { ...variant('v2', 'e1', 'B'), weight: 50, version: 3 },
];

describe('changes of the versions', () => {
  it.each<[string, EditedVariant[], ReturnType<typeof variantChanges>]>([
    ['nothing changed', editedVariants(saved), { remove: [], update: [], create: [] }],
    [
      'a rename with blanks around it, and a weight typed the French way',
      [
        { id: 'v1', name: 'A', weight: 50 },
        { id: 'v2', name: ' Vert ', weight: '33,5' },
      ],
      { remove: [], update: [{ id: 'v2', version: 3, name: 'Vert', weight: 33.5 }], create: [] },
    ],
    [
      'a weight alone',
      [
        { id: 'v1', name: 'A', weight: 70 },
        { id: 'v2', name: 'B', weight: 50 },
      ],
      { remove: [], update: [{ id: 'v1', version: 1, weight: 70 }], create: [] },
    ],
    [
      'a version removed and another added',
      [
        { id: 'v1', name: 'A', weight: 50 },
        { id: null, name: ' C ', weight: 25 },
      ],
      { remove: [saved[1]!], update: [], create: [{ name: 'C', weight: 25 }] },
    ],
  ])('%s', (_, edited, changes) => {
    expect(variantChanges(saved, edited)).toEqual(changes);
    expect(hasChanges(changes)).toBe(_ !== 'nothing changed');
  });
});

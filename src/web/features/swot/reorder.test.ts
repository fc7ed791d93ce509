import { describe, expect, it } from 'vitest';
import { movePatches, placeOf, quadrantItems, type MovePatch, type Placed, type Quadrant } from './reorder';

const at = (id: string, quadrant: Quadrant, position: number): Placed => ({ id, quadrant, position });

describe('quadrantItems', () => {
  it('orders a quadrant by position, equal positions in the order given', () => {
    const items = [at('a', 'strength', 5), at('x', 'threat', 0), at('b', 'strength', 1), at('c', 'strength', 5)];
    expect(quadrantItems(items, 'strength').map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('movePatches', () => {
  // Each row: the board, the move, and the rows to send, worked by hand.
  it.each<[string, Placed[], string, Quadrant, number, MovePatch[]]>([
    [
      'to the end of another quadrant: after its last position',
      [at('a', 'strength', 0), at('b', 'strength', 3), at('c', 'weakness', 1), at('d', 'weakness', 2)],
      'a',
      'weakness',
      2,
      [{ id: 'a', quadrant: 'weakness', position: 3 }],
    ],
    [
      'to the top of another quadrant when its position already fits: the quadrant alone changes',
      [at('a', 'strength', 0), at('c', 'weakness', 5), at('d', 'weakness', 6)],
      'a',
      'weakness',
      0,
      [{ id: 'a', quadrant: 'weakness' }],
    ],
    [
      'between two items with room: the midpoint (2 and 8 → 5)',
      [at('a', 'strength', 2), at('b', 'strength', 8), at('t', 'threat', 20)],
      't',
      'strength',
      1,
      [{ id: 't', quadrant: 'strength', position: 5 }],
    ],
    [
      'down one place with no room: the moved item and the one after it are renumbered',
      [at('a', 'strength', 1), at('b', 'strength', 2), at('c', 'strength', 3)],
      'a',
      'strength',
      1,
      [
        { id: 'a', position: 3 },
        { id: 'c', position: 4 },
      ],
    ],
    [
      'up one place to the top with room below the first item',
      [at('a', 'opportunity', 4), at('b', 'opportunity', 6), at('c', 'opportunity', 7)],
      'b',
      'opportunity',
      0,
      [{ id: 'b', position: 1 }],
    ],
    [
      'equal positions are spread out',
      [at('a', 'threat', 4), at('b', 'threat', 4), at('c', 'threat', 4)],
      'c',
      'threat',
      0,
      [
        { id: 'c', position: 1 },
        { id: 'b', position: 5 },
      ],
    ],
    [
      'to the top at position 0: the others make room',
      [at('a', 'weakness', 0), at('b', 'weakness', 1), at('z', 'strength', 9)],
      'z',
      'weakness',
      0,
      [
        { id: 'z', quadrant: 'weakness', position: 0 },
        { id: 'a', position: 1 },
        { id: 'b', position: 2 },
      ],
    ],
    [
      'into an empty quadrant: only the quadrant changes',
      [at('a', 'strength', 7)],
      'a',
      'threat',
      0,
      [{ id: 'a', quadrant: 'threat' }],
    ],
    [
      'to where it already is: nothing to send',
      [at('a', 'strength', 1), at('b', 'strength', 2)],
      'b',
      'strength',
      1,
      [],
    ],
    ['past the top (index −1) is the top', [at('a', 'strength', 1), at('b', 'strength', 2)], 'a', 'strength', -1, []],
    ['an unknown item: nothing to send', [at('a', 'strength', 1)], 'zz', 'threat', 0, []],
  ])('%s', (_label, items, id, quadrant, index, expected) => {
    expect(movePatches(items, id, quadrant, index)).toEqual(expected);
  });

  it('leaves the quadrant in the requested order after any move', () => {
    const items = [at('a', 'strength', 0), at('b', 'strength', 1), at('c', 'strength', 2), at('d', 'strength', 3)];
    for (const id of ['a', 'b', 'c', 'd']) {
      for (let index = 0; index < 4; index++) {
        const patches = new Map(movePatches(items, id, 'strength', index).map((p) => [p.id, p]));
        const after = items.map((item) => ({ ...item, ...patches.get(item.id) }));
        const expected = items.map((i) => i.id).filter((other) => other !== id);
        expected.splice(index, 0, id);
        expect(quadrantItems(after, 'strength').map((i) => i.id)).toEqual(expected);
      }
    }
  });
});

describe('placeOf', () => {
  it('gives the index in the quadrant and its size', () => {
    const items = [at('a', 'strength', 3), at('b', 'strength', 1), at('c', 'threat', 0)];
    expect(placeOf(items, 'a')).toEqual({ quadrant: 'strength', index: 1, count: 2 });
    expect(placeOf(items, 'zz')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { pairBudgetMoves } from './budget-moves.js';

// Each expected pairing worked by hand with the documented rule: exact amounts first (largest
// decrease first), then largest decrease into largest increase, leftovers are remainders.
describe('pairBudgetMoves', () => {
  it.each<{
    name: string;
    down: Record<string, number>;
    up: Record<string, number>;
    moves: unknown[];
    remainders: string[];
  }>([
    {
      name: 'one line down, one up by the same amount',
      down: { sea: 2000 },
      up: { email: 2000 },
      moves: [['sea', 'email', 2000]],
      remainders: [],
    },
    {
      name: 'exact matches win over size order',
      // Greedy alone would pour a(5000) into c(4000) then d; exact first pairs b→d.
      down: { a: 5000, b: 2000 },
      up: { c: 4000, d: 2000 },
      moves: [
        ['b', 'd', 2000],
        ['a', 'c', 4000],
      ],
      remainders: ['a'], // 5000 − 4000 = 1000 left: a budget cut
    },
    {
      name: 'one decrease split between two increases',
      down: { sea: 3000 },
      up: { email: 2000, social: 1000 },
      moves: [
        ['sea', 'email', 2000],
        ['sea', 'social', 1000],
      ],
      remainders: [],
    },
    {
      name: 'two equal decreases, two equal increases: ties go by key',
      down: { b: 1000, a: 1000 },
      up: { d: 1000, c: 1000 },
      moves: [
        ['a', 'c', 1000],
        ['b', 'd', 1000],
      ],
      remainders: [],
    },
    {
      name: 'new money with nothing cut: no move, the increase stays a plain change',
      down: {},
      up: { email: 500 },
      moves: [],
      remainders: ['email'],
    },
    {
      name: 'more raised than cut: the rest of the increase is a remainder',
      down: { sea: 1000 },
      up: { email: 3000 },
      moves: [['sea', 'email', 1000]],
      remainders: ['email'],
    },
  ])('$name', ({ down, up, moves, remainders }) => {
    const shifts = (amounts: Record<string, number>) =>
      Object.entries(amounts).map(([key, amount]) => ({ key, amount }));
    const result = pairBudgetMoves(shifts(down), shifts(up));
    expect(result.moves.map((m) => [m.from, m.to, m.amount])).toEqual(moves);
    expect([...result.withRemainder].sort()).toEqual(remainders);
  });
});

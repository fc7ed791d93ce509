import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from './analyze.js';
import type { AbTestInput } from './types.js';
import { AbTestInputError } from './validate.js';

const conversion = (name: string, users: number, conversions: number) => ({ name, users, conversions });
const continuous = (name: string, n: number, mean: number, sd: number) => ({ name, n, mean, sd });

describe('analyzeAbTest: input that is not data', () => {
  it.each<[string, AbTestInput, string]>([
    ['one arm', { metric: 'proportion', arms: [conversion('A', 10, 1)] }, 'arms'],
    [
      'more conversions than users',
      { metric: 'proportion', arms: [conversion('A', 10, 1), conversion('B', 10, 11)] },
      'arms[1].conversions',
    ],
    [
      'a negative count',
      { metric: 'proportion', arms: [conversion('A', -10, 0), conversion('B', 10, 1)] },
      'arms[0].users',
    ],
    ['a negative sd', { metric: 'mean', arms: [continuous('A', 10, 1, -1), continuous('B', 10, 1, 1)] }, 'arms[0].sd'],
    [
      'a mean that is not a number',
      { metric: 'mean', arms: [continuous('A', 10, Number.NaN, 1), continuous('B', 10, 1, 1)] },
      'arms[0].mean',
    ],
    [
      'duplicate names',
      { metric: 'proportion', arms: [conversion('A', 10, 1), conversion('A', 10, 1)] },
      'arms[1].name',
    ],
    ['α of 1', { metric: 'proportion', alpha: 1, arms: [conversion('A', 10, 1), conversion('B', 10, 1)] }, 'alpha'],
    [
      'a prior with no spread',
      { metric: 'proportion', prior: { mean: 0, sd: 0 }, arms: [conversion('A', 10, 1), conversion('B', 10, 1)] },
      'prior',
    ],
  ])('refuses %s, naming the field', (_label, input, path) => {
    expect(() => analyzeAbTest(input)).toThrow(AbTestInputError);
    expect(() => analyzeAbTest(input)).toThrow(expect.objectContaining({ path }));
  });
});

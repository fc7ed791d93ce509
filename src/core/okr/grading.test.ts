import { describe, expect, it } from 'vitest';
import { clampScore, gradeOf, isOnTarget, keyResultProgress, weightedScore } from './grading.js';

describe('keyResultProgress', () => {
  // (value − start) / (target − start), worked by hand for each row.
  it.each<[number, number, number, 'increase' | 'decrease' | undefined, number]>([
    [0, 100, 50, undefined, 0.5],
    [0, 100, 0, undefined, 0],
    [0, 100, 120, undefined, 1.2], // overachieved
    [2, 2.5, 2.1, undefined, 0.2], // 0.1 / 0.5
    [40000, 60000, 42900, undefined, 0.145], // 2 900 / 20 000
    [12, 10.8, 11.4, undefined, 0.5], // decreasing target: −0.6 / −1.2
    [12, 10.8, 12.6, undefined, -0.5], // went the wrong way: 0.6 / −1.2
    [12, 10.8, 10.2, undefined, 1.5], // −1.8 / −1.2
    [100, 0, 25, undefined, 0.75], // −75 / −100
    // start = target: a level to reach or hold
    [50, 50, 50, undefined, 1],
    [50, 50, 55, undefined, 0],
    [50, 50, 55, 'increase', 1],
    [50, 50, 45, 'increase', 0],
    [2, 2, 1.5, 'decrease', 1],
    [2, 2, 2.5, 'decrease', 0],
  ])('start %d, target %d, value %d (%s) → %d', (start, target, value, direction, expected) => {
    expect(keyResultProgress(start, target, value, direction)).toBeCloseTo(expected, 12);
  });
});

describe('clampScore', () => {
  it.each([
    [-0.5, 0],
    [0, 0],
    [0.3, 0.3],
    [1, 1],
    [1.5, 1],
  ])('%d → %d', (progress, score) => {
    expect(clampScore(progress)).toBe(score);
  });
});

describe('gradeOf and isOnTarget', () => {
  // Bands: red < 0.4 ≤ yellow < 0.7 ≤ green. 0.35 / 0.5 computes as 0.6999999999999998 and must
  // still count as 0.7.
  it.each([
    [0, 'red', false],
    [0.39, 'red', false],
    [0.3999, 'red', false],
    [0.4, 'yellow', false],
    [(2.2 - 2) / 0.5, 'yellow', false],
    [0.69, 'yellow', false],
    [0.7, 'green', true],
    [(2.35 - 2) / 0.5, 'green', true],
    [1, 'green', true],
  ] as const)('%d → %s', (score, grade, onTarget) => {
    expect(gradeOf(score)).toBe(grade);
    expect(isOnTarget(score)).toBe(onTarget);
  });
});

describe('weightedScore', () => {
  // Σ score × weight / Σ weight, by hand.
  it.each([
    [[], null],
    [
      [
        { score: 0.2, weight: 2 },
        { score: 0, weight: 1 },
      ],
      0.4 / 3,
    ],
    [
      [
        { score: 1, weight: 1 },
        { score: 0.4, weight: 3 },
      ],
      2.2 / 4,
    ],
    [
      [
        { score: 0.8, weight: 2 },
        { score: 0.6, weight: 1 },
      ],
      2.2 / 3,
    ],
    // weight 0 leaves a key result out
    [
      [
        { score: 1, weight: 0 },
        { score: 0.6, weight: 1 },
      ],
      0.6,
    ],
    // all weights 0: equal weights, (1 + 0) / 2
    [
      [
        { score: 1, weight: 0 },
        { score: 0, weight: 0 },
      ],
      0.5,
    ],
  ])('%j → %d', (items, expected) => {
    const score = weightedScore(items);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 12);
  });
});

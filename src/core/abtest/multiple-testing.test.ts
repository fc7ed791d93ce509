import { describe, expect, it } from 'vitest';
import { benjaminiHochbergAdjust, holmAdjust } from './multiple-testing.js';

describe('adjusted p-values', () => {
  // Worked by hand (and by a plain python loop following R's p.adjust definitions):
  // sorted 0.005, 0.01, 0.03, 0.04, 0.2 (m = 5).
  // Holm: 5·0.005 = 0.025, 4·0.01 = 0.04, 3·0.03 = 0.09, 2·0.04 = 0.08 → 0.09 (monotone), 0.2.
  // BH: 0.005·5/1 = 0.025, 0.01·5/2 = 0.025, 0.03·5/3 = 0.05, 0.04·5/4 = 0.05, 0.2·5/5 = 0.2.
  const pValues = [0.01, 0.04, 0.03, 0.005, 0.2];

  it('Holm', () => {
    holmAdjust(pValues).forEach((p, i) => expect(p).toBeCloseTo([0.04, 0.09, 0.09, 0.025, 0.2][i] as number, 14));
  });

  it('Benjamini–Hochberg', () => {
    benjaminiHochbergAdjust(pValues).forEach((p, i) =>
      expect(p).toBeCloseTo([0.025, 0.05, 0.05, 0.025, 0.2][i] as number, 14),
    );
  });

  it('leaves undefined comparisons out of the family', () => {
    // Same as the family {0.01, 0.04, 0.03}: Holm 0.03, 0.06, 0.06; BH 0.03, 0.04, 0.04.
    const withGaps = [0.01, null, 0.04, 0.03, null];
    expect(holmAdjust(withGaps).map((p) => (p === null ? null : Number(p.toFixed(12))))).toEqual([
      0.03,
      null,
      0.06,
      0.06,
      null,
    ]);
    expect(benjaminiHochbergAdjust(withGaps).map((p) => (p === null ? null : Number(p.toFixed(12))))).toEqual([
      0.03,
      null,
      0.04,
      0.04,
      null,
    ]);
    expect(holmAdjust([null, null])).toEqual([null, null]);
  });

  it('never exceeds 1', () => {
    expect(holmAdjust([0.6, 0.7, 0.9])).toEqual([1, 1, 1]);
    expect(benjaminiHochbergAdjust([0.6, 0.7, 0.9])).toEqual([0.9, 0.9, 0.9]);
  });
});

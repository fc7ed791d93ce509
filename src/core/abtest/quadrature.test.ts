import { describe, expect, it } from 'vitest';
import { integrateOverPanels } from './quadrature.js';

describe('integrateOverPanels', () => {
  it('is exact for polynomials up to degree 19 on one panel (10 Gauss–Legendre nodes)', () => {
    expect(integrateOverPanels((x) => x ** 19, [0, 1])).toBeCloseTo(1 / 20, 15);
    expect(integrateOverPanels((x) => 3 * x ** 2 - x, [-1, 2])).toBeCloseTo(9 - 1.5, 13);
  });

  it('adds panels of any widths', () => {
    // ∫₀^π sin = 2, on uneven panels.
    expect(integrateOverPanels(Math.sin, [0, 0.1, 1, 1.05, Math.PI])).toBeCloseTo(2, 14);
  });
});

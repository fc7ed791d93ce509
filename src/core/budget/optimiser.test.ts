import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../plan.js';
import { optimiseBudget, type LpSolver, type OptimiserInput } from './optimiser.js';
import { wholeCents } from './optimiser-rounding.js';

function budgetLine(key: string, fields: Partial<BudgetLine>): BudgetLine {
  return { key, label: key, category: 'other', plannedAmount: 0, committedAmount: 0, ...fields };
}

async function optimised(input: OptimiserInput) {
  const result = await optimiseBudget(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const amountsOf = (result: Awaited<ReturnType<typeof optimised>>) =>
  Object.fromEntries(result.lines.map((line) => [line.key, line.amount]));

describe('linear returns: everything to the best ROI, up to its maximum', () => {
  // Worked by hand: with constant returns each euro goes to the best ROI that still has room.
  // 10 000 € over A (5:1, max 3 000 €), B (3:1, max 10 000 €), C (2:1): A 3 000 €, B 7 000 €,
  // C nothing; return 3 000 × 5 + 7 000 × 3 = 36 000 €. With C at a 1 000 € minimum, B gets
  // 6 000 €: 15 000 + 18 000 + 2 000 = 35 000 €. With room for only 5 000 € of maxima, 5 000 €
  // stay unallocated.
  const cases = [
    { name: 'no minimum', cMin: 0, bMax: 1_000_000, amounts: { a: 300_000, b: 700_000, c: 0 }, total: 3_600_000 },
    {
      name: 'C at a minimum',
      cMin: 100_000,
      bMax: 1_000_000,
      amounts: { a: 300_000, b: 600_000, c: 100_000 },
      total: 3_500_000,
    },
    {
      name: 'maxima below the budget',
      cMin: 0,
      bMax: 200_000,
      amounts: { a: 300_000, b: 200_000, c: 500_000 },
      total: 3_100_000,
    },
  ];
  it.each(cases)('$name', async ({ cMin, bMax, amounts, total }) => {
    const lines = [
      budgetLine('a', { expectedRoi: 5, maxAmount: 300_000 }),
      budgetLine('b', { expectedRoi: 3, maxAmount: bMax }),
      budgetLine('c', { expectedRoi: 2, minAmount: cMin }),
    ];
    const result = await optimised({
      budget: { totalAmount: 1_000_000, contingencyPercent: 0 },
      lines,
      response: 'linear',
    });
    expect(amountsOf(result)).toEqual(amounts);
    expect(result.expectedReturn).toEqual({ curve: total, piecewise: total });
  });

  it('fills the ten best of sixty lines', async () => {
    // Line i has ROI 1 + i/100 and a 100 € max; 1 000 € buy the ten best: lines 50 to 59.
    const lines = Array.from({ length: 60 }, (_, index) =>
      budgetLine(`l${index}`, { expectedRoi: 1 + index / 100, maxAmount: 10_000 }),
    );
    const result = await optimised({
      budget: { totalAmount: 100_000, contingencyPercent: 0 },
      lines,
      response: 'linear',
    });
    const funded = result.lines.filter((line) => line.amount > 0).map((line) => [line.key, line.amount]);
    expect(funded).toEqual(Array.from({ length: 10 }, (_, index) => [`l${50 + index}`, 10_000]));
  });

  it('leaves money unallocated when every line is at its maximum', async () => {
    // A max 3 000 € and B max 2 000 € out of 10 000 €: 5 000 € stay unallocated.
    const lines = [
      budgetLine('a', { expectedRoi: 5, maxAmount: 300_000 }),
      budgetLine('b', { expectedRoi: 3, maxAmount: 200_000 }),
    ];
    const result = await optimised({
      budget: { totalAmount: 1_000_000, contingencyPercent: 0 },
      lines,
      response: 'linear',
    });
    expect(amountsOf(result)).toEqual({ a: 300_000, b: 200_000 });
    expect(result.unallocated).toBe(500_000);
    expect(result.lines.map((line) => line.marginalReturn)).toEqual([5, 3]);
  });
});

describe('diminishing returns, hand-worked', () => {
  it('returns exactly ROI × planned when the budget is the planned amount', async () => {
    // Calibration: return(p) = ROI·p, so 10 000 € at 3:1 with 10 000 € to spend returns 30 000 €,
    // on the curve and on the piecewise model (the maximum is a breakpoint).
    const lines = [budgetLine('content', { expectedRoi: 3, plannedAmount: 1_000_000 })];
    const result = await optimised({ budget: { totalAmount: 1_000_000, contingencyPercent: 0 }, lines });
    expect(result.lines[0]).toMatchObject({
      amount: 1_000_000,
      expectedReturn: { curve: 3_000_000, piecewise: 3_000_000 },
    });
    expect(result.plannedExpectedReturn).toBe(3_000_000);
  });

  // Equal lines split equally. Each identical line (ROI 2, planned 1 000 € so scale b = 100 000
  // cents, max 1 000 €) is cut into 8 segments of equal return; breakpoint k solves
  // 1 − e^(−s/b) = (k/8)(1 − e^(−1)), so s_k = −b·ln(1 − (k/8)(1 − e^(−1))):
  // k = 6 → 64 262.60 → 64 263 cents; k = 7 → 80 543.27 → 80 543 cents.
  // A budget of n × s_k fills exactly k segments of each of the n lines (it exceeds the 1 000 €
  // max, so the max is not capped by the budget); any other split would trade a cent in a
  // segment for one in a segment with a lower slope.
  const equalSplits = [
    { copies: 2, each: 64_263 },
    { copies: 3, each: 80_543 },
  ];
  it.each(equalSplits)('$copies equal lines get $each cents each', async ({ copies, each }) => {
    const lines = Array.from({ length: copies }, (_, index) =>
      budgetLine(`line-${index}`, { expectedRoi: 2, plannedAmount: 100_000, maxAmount: 100_000 }),
    );
    const result = await optimised({ budget: { totalAmount: copies * each, contingencyPercent: 0 }, lines });
    expect(result.lines.map((line) => line.amount)).toEqual(Array.from({ length: copies }, () => each));
  });

  it('keeps a line without a curve at its minimum and says why', async () => {
    // The stand has no ROI: it gets its 500 € minimum; the rest, 9 500 €, goes to the only
    // line whose return still grows.
    const lines = [
      budgetLine('stand', { label: 'Salon', minAmount: 50_000 }),
      budgetLine('ads', { expectedRoi: 2, plannedAmount: 500_000 }),
    ];
    const result = await optimised({ budget: { totalAmount: 1_000_000, contingencyPercent: 0 }, lines });
    expect(amountsOf(result)).toEqual({ stand: 50_000, ads: 950_000 });
    expect(result.lines[0]).toMatchObject({
      modelled: false,
      marginalReturn: null,
      expectedReturn: { curve: 0, piecewise: 0 },
    });
    expect(result.notes).toEqual([
      {
        fr: "« Salon » n'a pas de courbe de réponse (il faut un ROI attendu positif et un montant prévu) : la ligne reste à son minimum.",
        en: '"Salon" has no response curve (it needs a positive expected ROI and a planned amount): the line stays at its minimum.',
      },
    ]);
  });

  it('keeps the contingency reserve out of the allocation', async () => {
    // 19 000 € at 10 %: 1 900 € reserve, 17 100 € to allocate, all of it since returns keep growing.
    const lines = [budgetLine('ads', { expectedRoi: 2, plannedAmount: 500_000 })];
    const result = await optimised({ budget: { totalAmount: 1_900_000, contingencyPercent: 10 }, lines });
    expect(result).toMatchObject({ reserve: 190_000, allocatable: 1_710_000, allocated: 1_710_000, unallocated: 0 });
  });
});

describe('infeasible bounds', () => {
  // Amounts in the messages worked by hand from the bounds.
  const cases = [
    {
      name: 'minimums above the allocatable amount',
      budget: { totalAmount: 1_000_000, contingencyPercent: 0 },
      lines: [budgetLine('a', { minAmount: 600_000 }), budgetLine('b', { minAmount: 500_000 })],
      errors: [
        {
          fr: 'La somme des minimums des lignes (11 000 €) dépasse le montant allouable (10 000 €, réserve déduite).',
          en: "The lines' minimums add up to €11,000, more than the allocatable amount (€10,000, after the reserve).",
        },
      ],
    },
    {
      name: 'minimums above what the reserve leaves (10 000 € − 20 % = 8 000 €)',
      budget: { totalAmount: 1_000_000, contingencyPercent: 20 },
      lines: [budgetLine('a', { minAmount: 900_000, maxAmount: 900_000 })],
      errors: [
        {
          fr: 'La somme des minimums des lignes (9 000 €) dépasse le montant allouable (8 000 €, réserve déduite).',
          en: "The lines' minimums add up to €9,000, more than the allocatable amount (€8,000, after the reserve).",
        },
      ],
    },
    {
      name: 'a minimum above the maximum',
      budget: { totalAmount: 1_000_000, contingencyPercent: 0 },
      lines: [budgetLine('a', { label: 'Salon', minAmount: 500_000, maxAmount: 300_000 })],
      errors: [
        {
          fr: 'La ligne « Salon » a un minimum (5 000 €) supérieur à son maximum (3 000 €).',
          en: 'Line "Salon" has a minimum (€5,000) above its maximum (€3,000).',
        },
      ],
    },
  ];
  it.each(cases)('$name', async ({ budget, lines, errors }) => {
    await expect(optimiseBudget({ budget, lines })).resolves.toEqual({ ok: false, errors });
  });

  it('reports a solver that finds no optimum instead of throwing', async () => {
    const stuck: LpSolver = { solve: () => ({ Status: 'Time limit reached', Columns: {} }) };
    const lines = [budgetLine('a', { expectedRoi: 2, plannedAmount: 100_000 })];
    const result = await optimiseBudget(
      { budget: { totalAmount: 100_000, contingencyPercent: 0 }, lines },
      { loadSolver: () => Promise.resolve(stuck) },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          fr: "Le solveur n'a pas trouvé d'optimum (statut : Time limit reached).",
          en: 'The solver found no optimum (status: Time limit reached).',
        },
      ],
    });
  });
});

describe('wholeCents', () => {
  // By hand: floors first, then the cents the LP spent (its rounded total, at most the allocatable
  // amount) go one by one to the line whose next cent returns most.
  const steep = [{ start: 0, end: 1_000, slope: 3 }];
  const flat = [{ start: 0, end: 1_000, slope: 2 }];
  const cases = [
    { name: 'lost cent to the steeper line', amounts: [100.4, 200.6], allocatable: 1_000, cents: [100, 201] },
    { name: 'no cent past the allocatable amount', amounts: [100.4, 200.6], allocatable: 300, cents: [100, 200] },
    { name: 'solver noise below a bound', amounts: [99.9999999, 200], allocatable: 1_000, cents: [100, 200] },
    { name: 'a line at its maximum takes no cent', amounts: [300.5, 999.5], allocatable: 2_000, cents: [301, 999] },
  ];
  it.each(cases)('$name', ({ amounts, allocatable, cents }) => {
    const lines = [
      { amount: amounts[0] ?? 0, min: 0, max: 1_000, segments: flat },
      { amount: amounts[1] ?? 0, min: 0, max: 999, segments: steep },
    ];
    expect(wholeCents(lines, allocatable)).toEqual(cents);
  });
});

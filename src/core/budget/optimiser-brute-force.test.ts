import { describe, expect, it } from 'vitest';
import type { BudgetLine, BudgetSettings } from '../plan.js';
import { optimiseBudget } from './optimiser.js';

/**
 * The optimiser against a brute-force search, on the same piecewise-linear model, rebuilt here
 * from its documented definition rather than from the code:
 * - curve: f(s) = a(1 − e^(−s/p)) with a = ROI·p/(1 − e^(−1)) (or ROI·s for the linear model);
 * - bounds: minAmount (or 0) to min(maxAmount, allocatable), allocatable = total − round(total × % / 100);
 * - breakpoints: the spends where f reaches f(min) + (k/K)(f(max) − f(min)), k = 1…K−1, rounded
 *   to the cent, plus min and max; between breakpoints the model interpolates f linearly.
 * The search tries every allocation on a grid (each line at min, min + step, … and at max) whose
 * sum fits in the allocatable amount. The LP optimum can only be better than every grid point (up
 * to the cents lost rounding its answer to whole cents), and worse than the best grid point by at
 * most what one grid step per line can add: lines × step × the steepest slope.
 */

interface TestLine {
  roi: number;
  planned: number;
  min?: number;
  max?: number;
}

interface Case {
  name: string;
  budget: BudgetSettings;
  lines: TestLine[];
  step: number;
  segments?: number;
  response?: 'diminishing' | 'linear';
}

/** One line of the model: its bounds, its breakpoints and the curve's value at each. */
interface ModelLine {
  min: number;
  max: number;
  points: number[];
  values: number[];
}

function modelLine(line: TestLine, allocatable: number, segments: number, linear: boolean): ModelLine {
  const ceiling = (line.roi * line.planned) / (1 - Math.exp(-1));
  const f = (s: number) => (linear ? line.roi * s : ceiling * (1 - Math.exp(-s / line.planned)));
  const inverse = (r: number) => (linear ? r / line.roi : -line.planned * Math.log(1 - r / ceiling));
  const min = line.min ?? 0;
  const max = Math.min(line.max ?? allocatable, allocatable);
  const points = [min];
  for (let k = 1; k < segments; k++) {
    const spend = Math.round(inverse(f(min) + (k / segments) * (f(max) - f(min))));
    if (spend > (points[points.length - 1] ?? min) && spend < max) points.push(spend);
  }
  points.push(max);
  return { min, max, points, values: points.map(f) };
}

/** Linear interpolation between the breakpoints around `spend`. */
function modelValue(line: ModelLine, spend: number): number {
  for (let k = 1; k < line.points.length; k++) {
    const x0 = line.points[k - 1] ?? 0;
    const x1 = line.points[k] ?? 0;
    if (spend <= x1) {
      const y0 = line.values[k - 1] ?? 0;
      const y1 = line.values[k] ?? 0;
      return y0 + ((y1 - y0) * (spend - x0)) / (x1 - x0);
    }
  }
  return line.values[line.values.length - 1] ?? 0;
}

function gridOf(line: ModelLine, step: number): number[] {
  const grid: number[] = [];
  for (let spend = line.min; spend < line.max; spend += step) grid.push(spend);
  grid.push(line.max);
  return grid;
}

/** The best model value over every grid allocation whose sum fits in `allocatable`. */
function bruteForce(lines: readonly ModelLine[], step: number, allocatable: number): number {
  const grids = lines.map((line) => {
    const spends = gridOf(line, step);
    return { spends, values: spends.map((spend) => modelValue(line, spend)) };
  });
  let best = -Infinity;
  const search = (index: number, spent: number, value: number): void => {
    const grid = grids[index];
    if (!grid) {
      best = Math.max(best, value);
      return;
    }
    grid.spends.forEach((spend, position) => {
      if (spent + spend <= allocatable) search(index + 1, spent + spend, value + (grid.values[position] ?? 0));
    });
  };
  search(0, 0, 0);
  return best;
}

const euros = (amount: number) => amount * 100;

const cases: Case[] = [
  {
    name: 'two lines, 9 000 € after a 10 % reserve, 10 € grid',
    budget: { totalAmount: euros(10_000), contingencyPercent: 10 },
    lines: [
      { roi: 3, planned: euros(4_000) },
      { roi: 2, planned: euros(2_000) },
    ],
    step: euros(10),
  },
  {
    name: "the method's table: content (min 5 000 €, max 15 000 €), social ads, email; 17 100 €",
    budget: { totalAmount: euros(19_000), contingencyPercent: 10 },
    lines: [
      { roi: 3, planned: euros(10_000), min: euros(5_000), max: euros(15_000) },
      { roi: 2, planned: euros(5_000) },
      { roi: 5, planned: euros(2_000) },
    ],
    step: euros(100),
  },
  {
    name: 'three lines with binding bounds, 7 600 € after a 5 % reserve',
    budget: { totalAmount: euros(8_000), contingencyPercent: 5 },
    lines: [
      { roi: 4, planned: euros(1_000), max: euros(1_500) },
      { roi: 1.5, planned: euros(3_000), min: euros(1_000) },
      { roi: 2, planned: euros(2_000), max: euros(2_500) },
    ],
    step: euros(100),
  },
  {
    name: 'coarse model (3 segments), very different lines',
    budget: { totalAmount: euros(6_000), contingencyPercent: 0 },
    lines: [
      { roi: 6, planned: euros(500) },
      { roi: 1, planned: euros(8_000) },
    ],
    step: euros(10),
    segments: 3,
  },
  {
    name: 'linear returns with a minimum',
    budget: { totalAmount: euros(9_000), contingencyPercent: 0 },
    lines: [
      { roi: 2.5, planned: 0, max: euros(4_000) },
      { roi: 2.4, planned: 0 },
      { roi: 1, planned: 0, min: euros(500) },
    ],
    step: euros(100),
    response: 'linear',
  },
  {
    name: 'maxima below the budget',
    budget: { totalAmount: euros(10_000), contingencyPercent: 0 },
    lines: [
      { roi: 2, planned: euros(1_500), max: euros(2_000) },
      { roi: 3, planned: euros(1_000), max: euros(3_000) },
    ],
    step: euros(10),
  },
];

describe('optimiser against brute force', () => {
  it.each(cases)('$name', async ({ budget, lines, step, segments = 8, response = 'diminishing' }) => {
    const reserve = Math.round((budget.totalAmount * budget.contingencyPercent) / 100);
    const allocatable = budget.totalAmount - reserve;
    const model = lines.map((line) => modelLine(line, allocatable, segments, response === 'linear'));
    const budgetLines: BudgetLine[] = lines.map((line, index) => ({
      key: `line-${index}`,
      label: `Line ${index}`,
      category: 'other',
      plannedAmount: line.planned,
      committedAmount: 0,
      expectedRoi: line.roi,
      minAmount: line.min ?? null,
      maxAmount: line.max ?? null,
    }));
    const result = await optimiseBudget({ budget, lines: budgetLines, segments, response });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));

    const amounts = result.lines.map((line) => line.amount);
    amounts.forEach((amount, index) => {
      expect(Number.isInteger(amount)).toBe(true);
      expect(amount).toBeGreaterThanOrEqual(model[index]?.min ?? 0);
      expect(amount).toBeLessThanOrEqual(model[index]?.max ?? 0);
    });
    expect(amounts.reduce((total, amount) => total + amount, 0)).toBeLessThanOrEqual(allocatable);

    const optimum = amounts.reduce((total, amount, index) => total + modelValue(model[index] as ModelLine, amount), 0);
    const best = bruteForce(model, step, allocatable);
    const steepest = Math.max(
      ...model.map(
        (line) => ((line.values[1] ?? 0) - (line.values[0] ?? 0)) / ((line.points[1] ?? 1) - (line.points[0] ?? 0)),
      ),
    );
    // Rounding to whole cents may lose up to one cent's return per line.
    expect(optimum).toBeGreaterThanOrEqual(best - lines.length * steepest);
    expect(optimum).toBeLessThanOrEqual(best + lines.length * step * steepest);
    // The reported piecewise return is this same value, each line rounded to the cent.
    expect(Math.abs(result.expectedReturn.piecewise - optimum)).toBeLessThanOrEqual(lines.length);
  });
});

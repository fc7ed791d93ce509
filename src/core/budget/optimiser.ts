import type { BudgetLine, BudgetSettings, Localized } from '../plan.js';
import { buildOptimiserModel, optimiserLp, segmentVariable, type OptimiserModel } from './optimiser-model.js';
import { wholeCents } from './optimiser-rounding.js';
import { curveReturn, lastUnitSlope, piecewiseReturn, type ResponseModel } from './response-curve.js';

export interface OptimiserInput {
  budget: BudgetSettings;
  lines: readonly BudgetLine[];
  /** For amounts in messages; EUR when not given. */
  currency?: string;
  /** How return grows with spend; `diminishing` when not given (see `ResponseModel`). */
  response?: ResponseModel;
  /** Segments of each line's piecewise-linear model; 8 when not given. */
  segments?: number;
}

/** Expected returns in cents: on the true (concave) curve and on the piecewise model the LP solves. */
export interface ModelledReturn {
  curve: number;
  piecewise: number;
}

export interface OptimisedLine {
  key: string;
  label: string;
  plannedAmount: number;
  minAmount: number;
  maxAmount: number;
  /** The optimised amount, in whole cents. */
  amount: number;
  /** amount − plannedAmount. */
  change: number;
  /** False when the line has no response curve (no positive ROI, or nothing planned to calibrate on): it stays at its minimum. */
  modelled: boolean;
  expectedReturn: ModelledReturn;
  /** Return of the last euro spent on the line (the active segment's slope); null when unmodelled or fixed. */
  marginalReturn: number | null;
}

export type OptimiserResult =
  | {
      ok: true;
      reserve: number;
      allocatable: number;
      allocated: number;
      unallocated: number;
      expectedReturn: ModelledReturn;
      /** The planned amounts' return on the same true curves, to show what optimising gains. */
      plannedExpectedReturn: number;
      lines: OptimisedLine[];
      /** Things the reader should know about the model (unmodelled lines). */
      notes: Localized[];
    }
  | { ok: false; errors: Localized[] };

/** The part of the HiGHS API the optimiser uses: solve a model written in CPLEX LP text. */
export interface LpSolver {
  solve(
    problem: string,
    options?: { output_flag?: boolean },
  ): { Status: string; Columns: Record<string, { Primal?: number }> };
}

export interface OptimiserOptions {
  /** Loads the solver; by default the `highs` package (a browser passes one that finds its .wasm). */
  loadSolver?: () => Promise<LpSolver>;
}

let highsSolver: Promise<LpSolver> | null = null;

/**
 * The package's ES build exports its loader as `default`, but its types describe the CommonJS
 * build, where that loader sits one `default` deeper: accept both shapes.
 */
async function highsLoader(): Promise<() => Promise<LpSolver>> {
  const exported: unknown = (await import('highs')).default;
  if (typeof exported === 'function') return exported as () => Promise<LpSolver>;
  return (exported as { default: () => Promise<LpSolver> }).default;
}

/** HiGHS compiles to WebAssembly and loads once, asynchronously; a failed load is retried next time. */
function loadHighs(): Promise<LpSolver> {
  highsSolver ??= highsLoader()
    .then((load) => load())
    .catch((error: unknown) => {
      highsSolver = null;
      throw error;
    });
  return highsSolver;
}

/** Continuous LP amount of each line: its minimum plus what the LP spends in its segments. */
async function solveAmounts(model: OptimiserModel, loadSolver: () => Promise<LpSolver>): Promise<number[] | Localized> {
  const lp = optimiserLp(model);
  if (lp === null) return model.lines.map((modelLine) => modelLine.min);
  const solution = (await loadSolver()).solve(lp, { output_flag: false });
  if (solution.Status !== 'Optimal') {
    return {
      fr: `Le solveur n'a pas trouvé d'optimum (statut : ${solution.Status}).`,
      en: `The solver found no optimum (status: ${solution.Status}).`,
    };
  }
  return model.lines.map((modelLine, lineIndex) =>
    modelLine.segments.reduce(
      (total, _segment, segmentIndex) =>
        total + (solution.Columns[segmentVariable(lineIndex, segmentIndex)]?.Primal ?? 0),
      modelLine.min,
    ),
  );
}

function unmodelledNote(label: string, response: ResponseModel): Localized {
  const needs =
    response === 'linear'
      ? { fr: 'il faut un ROI attendu positif', en: 'it needs a positive expected ROI' }
      : {
          fr: 'il faut un ROI attendu positif et un montant prévu',
          en: 'it needs a positive expected ROI and a planned amount',
        };
  return {
    fr: `« ${label} » n'a pas de courbe de réponse (${needs.fr}) : la ligne reste à son minimum.`,
    en: `"${label}" has no response curve (${needs.en}): the line stays at its minimum.`,
  };
}

function optimisedLines(model: OptimiserModel, cents: readonly number[]): OptimisedLine[] {
  return model.lines.map(({ line, min, max, curve, segments }, index) => {
    const amount = cents[index] ?? min;
    return {
      key: line.key,
      label: line.label,
      plannedAmount: line.plannedAmount,
      minAmount: min,
      maxAmount: max,
      amount,
      change: amount - line.plannedAmount,
      modelled: curve.kind !== 'none',
      expectedReturn: {
        curve: Math.round(curveReturn(curve, amount)),
        piecewise: Math.round(piecewiseReturn(curve, min, segments, amount)),
      },
      marginalReturn: lastUnitSlope(segments, amount),
    };
  });
}

/**
 * Spreads the allocatable amount (total − contingency reserve) over the lines to maximise the
 * total expected return, each line between its minimum and maximum, with diminishing returns.
 * The concave curves are cut into linear segments and the LP over segments is solved exactly
 * by HiGHS. Bounds that no allocation can meet give `ok: false` with the reasons.
 */
export async function optimiseBudget(input: OptimiserInput, options: OptimiserOptions = {}): Promise<OptimiserResult> {
  const response = input.response ?? 'diminishing';
  const model = buildOptimiserModel({
    budget: input.budget,
    lines: input.lines,
    currency: input.currency ?? 'EUR',
    response,
    segments: Math.max(1, Math.floor(input.segments ?? 8)),
  });
  if ('errors' in model) return { ok: false, errors: model.errors };
  const amounts = await solveAmounts(model, options.loadSolver ?? loadHighs);
  if (!Array.isArray(amounts)) return { ok: false, errors: [amounts] };
  const cents = wholeCents(
    model.lines.map((modelLine, index) => ({ ...modelLine, amount: amounts[index] ?? modelLine.min })),
    model.allocatable,
  );
  const lines = optimisedLines(model, cents);
  const allocated = lines.reduce((total, line) => total + line.amount, 0);
  const sumOf = (pick: (line: OptimisedLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    ok: true,
    reserve: model.reserve,
    allocatable: model.allocatable,
    allocated,
    unallocated: model.allocatable - allocated,
    expectedReturn: {
      curve: sumOf((line) => line.expectedReturn.curve),
      piecewise: sumOf((line) => line.expectedReturn.piecewise),
    },
    plannedExpectedReturn: Math.round(
      model.lines.reduce((total, { line, curve }) => total + curveReturn(curve, line.plannedAmount), 0),
    ),
    lines,
    notes: model.lines
      .filter(({ curve }) => curve.kind === 'none')
      .map(({ line }) => unmodelledNote(line.label, response)),
  };
}

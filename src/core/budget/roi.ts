import type { BudgetLine } from '../plan.js';

/**
 * The method's expected return: planned amount × expected ROI (10 000 € at 3:1 → 30 000 €).
 * A plain product, as in the method's table; only the optimiser models diminishing returns.
 * Null when the line has no expected ROI.
 */
export function expectedReturn(line: Pick<BudgetLine, 'plannedAmount' | 'expectedRoi'>): number | null {
  return expectedReturnOf(line.plannedAmount, line.expectedRoi ?? null);
}

/** `amount` × `roi` rounded to the cent, or null without an ROI. */
export function expectedReturnOf(amount: number, roi: number | null): number | null {
  return roi === null ? null : Math.round(amount * roi);
}

/**
 * Keys of the lines that have an expected ROI, highest ROI first — the method's "prioriser les
 * actions en fonction du ROI potentiel". Equal ROIs are ordered by label (then key) so the
 * ranking does not depend on the order lines were entered.
 */
export function rankByExpectedRoi(lines: readonly BudgetLine[]): string[] {
  return lines
    .filter((line): line is BudgetLine & { expectedRoi: number } => line.expectedRoi != null)
    .sort((a, b) => b.expectedRoi - a.expectedRoi || a.label.localeCompare(b.label, 'fr') || a.key.localeCompare(b.key))
    .map((line) => line.key);
}

/**
 * The three columns of budget tracking and the gap between plan and reality.
 * - planned: `plannedAmount` of the lines.
 * - committed: the line's `committedAmount` (commitments recorded on the line itself, e.g.
 *   before the plan was entered in Jalon) PLUS every spend entry of kind `committed`. The two are
 *   added, never compared: a user who logs commitments as entries leaves `committedAmount` at 0.
 * - actual: every spend entry of kind `actual`. Actual spend does not consume commitments:
 *   the columns are independent, as in a spreadsheet.
 * - variance: actual − planned (negative while money is still to be spent), and that as a
 *   percentage of planned (one decimal; null when nothing is planned).
 */
export interface SpendTotals {
  planned: number;
  committed: number;
  actual: number;
  variance: number;
  variancePercent: number | null;
}

export function spendTotals(planned: number, committed: number, actual: number): SpendTotals {
  const variance = actual - planned;
  const variancePercent = planned === 0 ? null : Math.round((variance / planned) * 1000) / 10;
  return { planned, committed, actual, variance, variancePercent };
}

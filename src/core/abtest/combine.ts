/**
 * One arm's daily result rows folded into the totals the analysis reads. Conversion rows add up.
 * Continuous rows (units, mean, sd of each day) combine exactly into the pooled sample's mean and
 * standard deviation, as if all units had been measured in one batch:
 *   m = Σ n_i·m_i / N,   s² = Σ[(n_i − 1)·s_i² + n_i·(m_i − m)²] / (N − 1).
 */
import type { AbMetric } from './types.js';

/** A day's result for one arm, as stored: only the metric's own fields need be present. */
export interface DailyResultRow {
  users: number;
  conversions?: number | null;
  mean?: number | null;
  sd?: number | null;
}

export interface CombinedArmResult {
  /** Units over the rows used. */
  users: number;
  /** Proportion metric: total conversions; null for a continuous metric. */
  conversions: number | null;
  /** Continuous metric: pooled mean (null without units) and sd (null below 2 units). */
  mean: number | null;
  sd: number | null;
  /** Rows used. */
  days: number;
  /**
   * Rows left out because they lack the metric's fields (e.g. rows entered before the experiment's
   * metric type was changed): they are counted rather than guessed.
   */
  ignoredRows: number;
}

export function combineDailyResults(metric: AbMetric, rows: readonly DailyResultRow[]): CombinedArmResult {
  return metric === 'proportion' ? combineConversions(rows) : combineMeans(rows);
}

function combineConversions(rows: readonly DailyResultRow[]): CombinedArmResult {
  const used = rows.filter((row) => typeof row.conversions === 'number');
  return {
    users: used.reduce((sum, row) => sum + row.users, 0),
    conversions: used.reduce((sum, row) => sum + (row.conversions as number), 0),
    mean: null,
    sd: null,
    days: used.length,
    ignoredRows: rows.length - used.length,
  };
}

function combineMeans(rows: readonly DailyResultRow[]): CombinedArmResult {
  const used = rows.filter((row) => typeof row.mean === 'number' && typeof row.sd === 'number');
  const users = used.reduce((sum, row) => sum + row.users, 0);
  const mean = users > 0 ? used.reduce((sum, row) => sum + row.users * (row.mean as number), 0) / users : null;
  let sd: number | null = null;
  if (mean !== null && users >= 2) {
    // A day with one unit has no spread of its own (n_i − 1 = 0), whatever sd it was given.
    const squares = used.reduce(
      (sum, row) =>
        sum + Math.max(row.users - 1, 0) * (row.sd as number) ** 2 + row.users * ((row.mean as number) - mean) ** 2,
      0,
    );
    sd = Math.sqrt(squares / (users - 1));
  }
  return { users, conversions: null, mean, sd, days: used.length, ignoredRows: rows.length - used.length };
}

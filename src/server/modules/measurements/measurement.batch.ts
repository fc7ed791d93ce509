/**
 * Preparing rows for a measurement write: grouped by source and KPI (bound once per statement
 * rather than once per row) and without duplicates, which one statement cannot hold. Both keep
 * the usual case cheap: no key is built per row, and a batch of one KPI and source with no
 * duplicate is used as it is.
 */

export interface GroupableRow {
  kpiId: string;
  date: string;
  source: string;
}

export interface RowGroup<T> {
  source: string;
  kpiId: string;
  rows: readonly T[];
}

/** The rows of each (source, KPI), in their order. */
export function groupBySourceAndKpi<T extends GroupableRow>(rows: readonly T[]): RowGroup<T>[] {
  const first = rows[0];
  if (first === undefined) return [];
  if (rows.every((row) => row.source === first.source && row.kpiId === first.kpiId)) {
    return [{ source: first.source, kpiId: first.kpiId, rows }];
  }
  const groups: RowGroup<T>[] = [];
  const bySource = new Map<string, Map<string, T[]>>();
  for (const row of rows) {
    let byKpi = bySource.get(row.source);
    if (!byKpi) bySource.set(row.source, (byKpi = new Map()));
    let group = byKpi.get(row.kpiId);
    if (!group) {
      byKpi.set(row.kpiId, (group = []));
      groups.push({ source: row.source, kpiId: row.kpiId, rows: group });
    }
    group.push(row);
  }
  return groups;
}

/**
 * Rows of one source and KPI without earlier duplicates of a date: the last one wins, in the
 * place of the first; the array itself when there is none.
 */
export function lastOfEachDate<T extends { date: string }>(rows: readonly T[]): readonly T[] {
  // Dates in increasing order, as files usually have them, cannot repeat: no set is needed.
  let increasing = true;
  for (let i = 1; i < rows.length && increasing; i++) increasing = rows[i - 1]!.date < rows[i]!.date;
  if (increasing) return rows;
  const dates = new Set<string>();
  for (const row of rows) {
    if (dates.has(row.date)) return [...new Map(rows.map((r) => [r.date, r])).values()];
    dates.add(row.date);
  }
  return rows;
}

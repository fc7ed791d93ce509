/**
 * Adjusted p-values for the family of comparisons with the control (3+ arms), in the order given.
 * Comparisons without a p-value (null) stay null and are left out of the family, so they neither
 * raise m nor take a rank. Both follow R's p.adjust.
 */

/** Indices of the defined p-values, sorted by p-value (ties keep their order). */
function ranked(pValues: readonly (number | null)[]): { index: number; p: number }[] {
  return pValues
    .map((p, index) => ({ index, p }))
    .filter((entry): entry is { index: number; p: number } => entry.p !== null)
    .sort((x, y) => x.p - y.p || x.index - y.index);
}

/** Holm's step-down: p_(i)·(m − i + 1), made non-decreasing in rank order, capped at 1. */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const family = ranked(pValues);
  const m = family.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  family.forEach(({ index, p }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

/** Benjamini–Hochberg: p_(i)·m/i, made non-increasing from the largest rank down, capped at 1. */
export function benjaminiHochbergAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const family = ranked(pValues);
  const m = family.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const { index, p } = family[rank] as { index: number; p: number };
    running = Math.min(running, (p * m) / (rank + 1));
    adjusted[index] = running;
  }
  return adjusted;
}

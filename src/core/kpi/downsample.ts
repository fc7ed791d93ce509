/**
 * Fewer points for a chart, so that three years of daily values draw as fast as a month.
 *
 * - `downsampleLttb` keeps the shape of a line: Largest-Triangle-Three-Buckets (S. Steinarsson,
 *   2013) picks in each bucket the point that makes the largest triangle with the point picked
 *   before and the mean of the next bucket. Plain LTTB may drop the series' highest or lowest
 *   point, which is precisely what a reader looks for on a KPI chart; so the first, last, lowest
 *   and highest points are fixed first, and LTTB runs between them, each stretch getting a share
 *   of the remaining budget in proportion to its length.
 * - `bucketMeans` smooths rather than keeps extremes: the mean of consecutive equal-sized
 *   buckets, for a sparkline where the trend matters more than one spike.
 */
import type { DailyPoint } from './linear-forecast.js';

/** At most `threshold` points of `points` (sorted by day), keeping first, last, lowest and highest. */
export function downsampleLttb(points: readonly DailyPoint[], threshold: number): DailyPoint[] {
  if (!Number.isInteger(threshold) || threshold < 4) throw new RangeError('threshold must be an integer ≥ 4');
  const n = points.length;
  if (n <= threshold) return points.slice();
  const anchors = extremeIndices(points);
  const gaps = anchors.slice(1).map((to, i) => to - (anchors[i] as number) - 1);
  const shares = apportion(threshold - anchors.length, gaps);
  const kept: number[] = [anchors[0] as number];
  for (let i = 1; i < anchors.length; i++) {
    kept.push(...lttbBetween(points, anchors[i - 1] as number, anchors[i] as number, shares[i - 1] as number));
    kept.push(anchors[i] as number);
  }
  return kept.map((index) => points[index] as DailyPoint);
}

/** Means of at most `maxPoints` consecutive buckets of equal size (the last may be smaller); day = mean day, rounded. */
export function bucketMeans(points: readonly DailyPoint[], maxPoints: number): DailyPoint[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) throw new RangeError('maxPoints must be an integer ≥ 1');
  if (points.length <= maxPoints) return points.slice();
  const size = Math.ceil(points.length / maxPoints);
  const means: DailyPoint[] = [];
  for (let from = 0; from < points.length; from += size) {
    const bucket = points.slice(from, from + size);
    const day = bucket.reduce((sum, p) => sum + p.day, 0) / bucket.length;
    const value = bucket.reduce((sum, p) => sum + p.value, 0) / bucket.length;
    means.push({ day: Math.round(day), value });
  }
  return means;
}

/** Sorted, distinct indices of the first, last, lowest and highest points (first occurrence of a tie). */
function extremeIndices(points: readonly DailyPoint[]): number[] {
  let low = 0;
  let high = 0;
  for (let i = 1; i < points.length; i++) {
    const value = (points[i] as DailyPoint).value;
    if (value < (points[low] as DailyPoint).value) low = i;
    if (value > (points[high] as DailyPoint).value) high = i;
  }
  return [...new Set([0, points.length - 1, low, high])].sort((a, b) => a - b);
}

/** Splits `budget` into integer shares proportional to `sizes` (largest remainders), none above its size. */
function apportion(budget: number, sizes: number[]): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0) return sizes.map(() => 0);
  const exact = sizes.map((size) => (budget * size) / total);
  const shares = exact.map((value, i) => Math.min(Math.floor(value), sizes[i] as number));
  let left = budget - shares.reduce((sum, share) => sum + share, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left === 0) break;
    if ((shares[i] as number) < (sizes[i] as number)) {
      shares[i] = (shares[i] as number) + 1;
      left--;
    }
  }
  return shares;
}

/** LTTB's picks among the points strictly between indices `from` and `to`, `count` of them. */
function lttbBetween(points: readonly DailyPoint[], from: number, to: number, count: number): number[] {
  const inner = to - from - 1;
  if (count <= 0) return [];
  if (count >= inner) return Array.from({ length: inner }, (_, i) => from + 1 + i);
  const size = inner / count;
  const picked: number[] = [];
  let previous = points[from] as DailyPoint;
  for (let b = 0; b < count; b++) {
    const start = from + 1 + Math.floor(b * size);
    const end = from + 1 + Math.floor((b + 1) * size);
    const next =
      b === count - 1 ? (points[to] as DailyPoint) : meanOf(points, end, from + 1 + Math.floor((b + 2) * size));
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i] as DailyPoint;
      const area = Math.abs(
        (previous.day - next.day) * (p.value - previous.value) - (previous.day - p.day) * (next.value - previous.value),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    picked.push(best);
    previous = points[best] as DailyPoint;
  }
  return picked;
}

function meanOf(points: readonly DailyPoint[], from: number, to: number): DailyPoint {
  let day = 0;
  let value = 0;
  for (let i = from; i < to; i++) {
    day += (points[i] as DailyPoint).day;
    value += (points[i] as DailyPoint).value;
  }
  const n = to - from;
  return { day: day / n, value: value / n };
}

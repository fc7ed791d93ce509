import type { DatedValue } from './spec.js';

/**
 * Largest-Triangle-Three-Buckets (S. Steinarsson, 2013): keeps `threshold` points of a series,
 * the first and the last included, choosing in each bucket the point that makes the largest
 * triangle with the point kept before it and the mean of the next bucket. Peaks and troughs stay
 * visible, unlike with a plain average or every n-th point. Points are in date order.
 */
export function downsample(points: readonly DatedValue[], threshold: number): DatedValue[] {
  if (threshold < 3 || points.length <= threshold) return [...points];
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const first = points[0] as DatedValue;
  const sampled: DatedValue[] = [first];
  const bucketSize = (points.length - 2) / (threshold - 2);
  let kept = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const from = Math.floor(bucket * bucketSize) + 1;
    const to = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, points.length - 1);
    const nextFrom = to;
    const nextTo = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, points.length);
    let meanX = 0;
    let meanY = 0;
    for (let i = nextFrom; i < nextTo; i++) {
      meanX += xs[i] as number;
      meanY += (points[i] as DatedValue).value;
    }
    const count = Math.max(1, nextTo - nextFrom);
    meanX /= count;
    meanY /= count;
    const ax = xs[kept] as number;
    const ay = (points[kept] as DatedValue).value;
    let best = from;
    let bestArea = -1;
    for (let i = from; i < to; i++) {
      const area = Math.abs(
        (ax - meanX) * ((points[i] as DatedValue).value - ay) - (ax - (xs[i] as number)) * (meanY - ay),
      );
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    sampled.push(points[best] as DatedValue);
    kept = best;
  }
  sampled.push(points[points.length - 1] as DatedValue);
  return sampled;
}

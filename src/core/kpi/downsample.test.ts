import { describe, expect, it } from 'vitest';
import { bucketMeans, downsampleLttb } from './downsample.js';
import type { DailyPoint } from './linear-forecast.js';

const series = (values: number[], firstDay = 0): DailyPoint[] =>
  values.map((value, i) => ({ day: firstDay + i, value }));

describe('downsampleLttb — worked by hand', () => {
  /*
   * Days 0…6: 0, 1, 0, 5, 0, 1, 0; threshold 5. Fixed: first (0), last (6), lowest (day 0, first
   * of the ties), highest (day 3) → 3 anchors, 2 points left, one per stretch (2 inner days each).
   * Stretch 0→3, bucket {1, 2}, next = (3, 5): triangle areas ×2 are |−3·1 + 1·5| = 2 for day 1 and
   * |0 + 2·5| = 10 for day 2 → day 2. Stretch 3→6, bucket {4, 5}, previous (3, 5), next (6, 0):
   * |(−3)(−5) − (−1)(−5)| = 10 for day 4, |(−3)(−4) − (−2)(−5)| = 2 for day 5 → day 4.
   */
  it('keeps days 0, 2, 3, 4 and 6', () => {
    const kept = downsampleLttb(series([0, 1, 0, 5, 0, 1, 0]), 5);
    expect(kept.map((p) => p.day)).toEqual([0, 2, 3, 4, 6]);
  });

  it('returns a short series unchanged (a copy)', () => {
    const input = series([3, 1, 2]);
    const kept = downsampleLttb(input, 4);
    expect(kept).toEqual(input);
    expect(kept).not.toBe(input);
  });

  it.each([3, 2.5, 0])('refuses a threshold of %f', (threshold) => {
    expect(() => downsampleLttb(series([1, 2, 3, 4, 5]), threshold)).toThrow(RangeError);
  });
});

describe('downsampleLttb — properties on long series', () => {
  // A noisy sine with one spike up and one down placed where a bucket would usually miss them.
  const noisy = (n: number, spikeUp: number, spikeDown: number) =>
    series(
      Array.from({ length: n }, (_, t) => {
        if (t === spikeUp) return 1_000;
        if (t === spikeDown) return -1_000;
        return 100 * Math.sin(t / 30) + ((t * 7919) % 13) - 6;
      }),
      20_000,
    );
  const cases: [string, DailyPoint[], number][] = [
    ['3 years, 400 points', noisy(1095, 517, 518), 400],
    ['3 years, 30 points', noisy(1095, 3, 1090), 30],
    ['3 years, 4 points', noisy(1095, 700, 12), 4],
    ['rising line', series(Array.from({ length: 500 }, (_, t) => t)), 50],
    ['flat line', series(Array.from({ length: 500 }, () => 7)), 10],
    ['spike at the first day', noisy(2000, 0, 1999), 100],
  ];
  it.each(cases)('%s: bound, first and last, extremes, input order', (_name, input, threshold) => {
    const kept = downsampleLttb(input, threshold);
    expect(kept.length).toBeLessThanOrEqual(threshold);
    expect(kept.length).toBeGreaterThanOrEqual(Math.min(threshold - 1, input.length));
    expect(kept[0]).toEqual(input[0]);
    expect(kept[kept.length - 1]).toEqual(input[input.length - 1]);
    const values = input.map((p) => p.value);
    expect(Math.max(...kept.map((p) => p.value))).toBe(Math.max(...values));
    expect(Math.min(...kept.map((p) => p.value))).toBe(Math.min(...values));
    for (let i = 1; i < kept.length; i++) expect(kept[i]!.day).toBeGreaterThan(kept[i - 1]!.day);
    const byDay = new Map(input.map((p) => [p.day, p.value]));
    for (const p of kept) expect(byDay.get(p.day)).toBe(p.value);
  });
});

describe('bucketMeans', () => {
  // Days 0…9, values 1…10, at most 4 points: buckets of ⌈10/4⌉ = 3 → {0,1,2} {3,4,5} {6,7,8} {9}.
  it('averages consecutive buckets of equal size', () => {
    const means = bucketMeans(series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 4);
    expect(means).toEqual([
      { day: 1, value: 2 },
      { day: 4, value: 5 },
      { day: 7, value: 8 },
      { day: 9, value: 10 },
    ]);
  });

  it('rounds the mean day of an even bucket', () => {
    // Buckets {0,1} {2,3}: mean days 0.5 → 1 and 2.5 → 3 (Math.round).
    expect(bucketMeans(series([4, 6, 8, 10]), 2)).toEqual([
      { day: 1, value: 5 },
      { day: 3, value: 9 },
    ]);
  });

  it.each([
    [1095, 30],
    [31, 30],
    [30, 30],
    [0, 30],
  ])('%i points into at most %i', (n, max) => {
    const means = bucketMeans(series(Array.from({ length: n }, (_, t) => t)), max);
    expect(means.length).toBeLessThanOrEqual(max);
    expect(means.length).toBe(n <= max ? n : Math.ceil(n / Math.ceil(n / max)));
  });
});

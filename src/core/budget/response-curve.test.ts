import { describe, expect, it } from 'vitest';
import {
  calibrateCurve,
  curveReturn,
  lastUnitSlope,
  nextUnitSlope,
  piecewiseReturn,
  segmentCurve,
  type Segment,
} from './response-curve.js';

describe('calibration of the diminishing-returns curve', () => {
  // return(s) = a(1 − e^(−s/b)) with b = p and a = ROI·p/(1 − e^(−1)), so return(p) = ROI·p by
  // construction, and the first unit returns a/b = ROI/(1 − e^(−1)) = ROI × 1.5819767…
  const cases = [
    { roi: 3, planned: 1_000_000, firstUnit: 4.74593 },
    { roi: 2, planned: 500_000, firstUnit: 3.16395 },
    { roi: 5, planned: 200_000, firstUnit: 7.90988 },
    { roi: 0.5, planned: 7, firstUnit: 0.79099 },
  ];
  it.each(cases)('ROI $roi on $planned returns ROI × planned at the planned amount', ({ roi, planned, firstUnit }) => {
    const curve = calibrateCurve({ plannedAmount: planned, expectedRoi: roi }, 'diminishing');
    expect(curveReturn(curve, planned)).toBeCloseTo(roi * planned, 6);
    expect(curveReturn(curve, 0)).toBe(0);
    // The slope at zero, measured on the curve over a thousandth of the planned amount.
    const step = planned / 1000;
    expect(curveReturn(curve, step) / step).toBeCloseTo(firstUnit, 2);
  });

  // Which lines have no curve, worked from the rule: a positive ROI is needed, and for
  // diminishing returns a positive planned amount to calibrate on.
  const shapes = [
    { roi: null, planned: 100, model: 'diminishing', kind: 'none' },
    { roi: 0, planned: 100, model: 'diminishing', kind: 'none' },
    { roi: -1, planned: 100, model: 'linear', kind: 'none' },
    { roi: 2, planned: 0, model: 'diminishing', kind: 'none' },
    { roi: 2, planned: 0, model: 'linear', kind: 'linear' },
    { roi: 2, planned: 100, model: 'diminishing', kind: 'saturating' },
  ] as const;
  it.each(shapes)('ROI $roi, planned $planned, $model → $kind', ({ roi, planned, model, kind }) => {
    expect(calibrateCurve({ plannedAmount: planned, expectedRoi: roi }, model).kind).toBe(kind);
  });
});

describe('segmentCurve', () => {
  // A linear curve gains the same return per unit everywhere, so equal-return cuts are equal lengths.
  const linear = [
    { from: 0, to: 8_000, count: 8, breakpoints: [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000] },
    { from: 100, to: 900, count: 4, breakpoints: [100, 300, 500, 700, 900] },
    { from: 0, to: 3, count: 8, breakpoints: [0, 1, 2, 3] },
    { from: 500, to: 500, count: 8, breakpoints: [] },
  ];
  it.each(linear)('linear $from → $to in $count', ({ from, to, count, breakpoints }) => {
    const segments = segmentCurve({ kind: 'linear', roi: 2 }, from, to, count);
    const points = segments.length === 0 ? [] : [segments[0]?.start, ...segments.map((segment) => segment.end)];
    expect(points).toEqual(breakpoints);
    for (const segment of segments) expect(segment.slope).toBeCloseTo(2, 12);
  });

  // Scale b = 100 000, from 0 to 3b, cut in two equal returns: the middle breakpoint solves
  // 1 − e^(−s/b) = (1 − e^(−3))/2, so s = −b·ln((1 + e^(−3))/2) = 64 455.98… → 64 456 cents.
  it('cuts a saturating curve where half the return is reached', () => {
    const curve = { kind: 'saturating', ceiling: 1_000_000, scale: 100_000 } as const;
    const segments = segmentCurve(curve, 0, 300_000, 2);
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([
      [0, 64_456],
      [64_456, 300_000],
    ]);
  });

  it('makes short segments first, each adding the same return, with falling slopes', () => {
    // ROI 3 on 10 000 €, from a 5 000 € minimum to a 15 000 € maximum, in 8 segments.
    const curve = calibrateCurve({ plannedAmount: 1_000_000, expectedRoi: 3 }, 'diminishing');
    const segments = segmentCurve(curve, 500_000, 1_500_000, 8);
    const totalGain = curveReturn(curve, 1_500_000) - curveReturn(curve, 500_000);
    expect(segments).toHaveLength(8);
    expect(segments[0]?.start).toBe(500_000);
    expect(segments[7]?.end).toBe(1_500_000);
    segments.forEach((segment, index) => {
      expect(Number.isInteger(segment.end)).toBe(true);
      // Breakpoints are rounded to the cent, so each gain is an eighth within a cent's return.
      const gain = segment.slope * (segment.end - segment.start);
      expect(Math.abs(gain - totalGain / 8)).toBeLessThan(10);
      const next = segments[index + 1];
      if (next) {
        expect(next.start).toBe(segment.end);
        expect(next.end - next.start).toBeGreaterThan(segment.end - segment.start);
        expect(next.slope).toBeLessThan(segment.slope);
      }
    });
  });

  it('matches the curve exactly at breakpoints and stays below it between them', () => {
    const curve = calibrateCurve({ plannedAmount: 200_000, expectedRoi: 5 }, 'diminishing');
    const segments = segmentCurve(curve, 0, 1_000_000, 8);
    for (const segment of segments) {
      expect(piecewiseReturn(curve, 0, segments, segment.end)).toBeCloseTo(curveReturn(curve, segment.end), 4);
      const middle = (segment.start + segment.end) / 2;
      expect(piecewiseReturn(curve, 0, segments, middle)).toBeLessThan(curveReturn(curve, middle));
    }
  });

  it('has no segment for a line without a curve', () => {
    expect(segmentCurve({ kind: 'none' }, 0, 1_000, 8)).toEqual([]);
  });
});

describe('slope of the last and of the next unit', () => {
  // Segments 0–10 at 3, 10–30 at 2, 30–60 at 1; read off by hand.
  const segments: Segment[] = [
    { start: 0, end: 10, slope: 3 },
    { start: 10, end: 30, slope: 2 },
    { start: 30, end: 60, slope: 1 },
  ];
  const cases = [
    { spend: 0, last: 3, next: 3 },
    { spend: 5, last: 3, next: 3 },
    { spend: 10, last: 3, next: 2 },
    { spend: 11, last: 2, next: 2 },
    { spend: 30, last: 2, next: 1 },
    { spend: 60, last: 1, next: -Infinity },
  ];
  it.each(cases)('at $spend', ({ spend, last, next }) => {
    expect(lastUnitSlope(segments, spend)).toBe(last);
    expect(nextUnitSlope(segments, spend)).toBe(next);
  });

  it('is null without segments', () => {
    expect(lastUnitSlope([], 10)).toBeNull();
  });
});

import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { forecastFromSeries } from './forecast-from-series.js';

/**
 * Student-t CDF in closed form, independent of the library. For ν = 3, with u = t/√3:
 * F(t) = 1/2 + (1/π)·[ u/(1 + u²) + atan(u) ].
 * For even ν, with x = |t|/√(ν + t²), y = 1 − x² and c_0 = 1, c_{j+1} = c_j (2j + 1)/(2j + 2):
 * F(|t|) = 1/2 + (x/2)·Σ_{j<ν/2} c_j y^j. As Σ_{j≥0} c_j y^j = 1/√(1 − y) = 1/x, the lower tail is
 * F(−|t|) = (x/2)·Σ_{j≥ν/2} c_j y^j: a sum of positive terms, so no digits cancel far in the tail.
 */
function closedFormTCdf(t: number, nu: number): number {
  if (nu === 3) return 0.5 + (Math.atan(t / Math.sqrt(3)) + t / Math.sqrt(3) / (1 + (t * t) / 3)) / Math.PI;
  const x = Math.abs(t) / Math.sqrt(nu + t * t);
  const y = 1 - x * x;
  let c = 1;
  let head = 0;
  let tail = 0;
  for (let j = 0; j < 100_000; j++) {
    const term = c * y ** j;
    if (j < nu / 2) head += term;
    else if (term < 1e-20 * tail) break;
    else tail += term;
    c *= (2 * j + 1) / (2 * j + 2);
  }
  return t < 0 ? (x / 2) * tail : 0.5 + (x / 2) * head;
}

describe('the Student-t library', () => {
  // 97.5 % quantiles as printed in a standard t table.
  it.each([
    [3, 3.182446],
    [8, 2.306004],
    [28, 2.048407],
  ])('t(0.975, %i) = %f', (df, printed) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(printed, 6);
  });

  // Far tails checked against the closed forms above, to a relative error of 1e-9: a probability
  // of 1e-7 must not come out as 0 or as 2e-7.
  it.each([
    [-0.5, 3],
    [-5, 3],
    [-50, 3],
    [-1000, 2],
    [-3, 8],
    [-40, 8],
    [2.5, 8],
  ])('CDF(%f, ν = %i) matches the closed form', (t, nu) => {
    const exact = closedFormTCdf(t, nu);
    expect(Math.abs(tCdf(t, nu) - exact) / exact).toBeLessThan(1e-9);
  });
});

describe('forecastFromSeries — worked by hand', () => {
  /*
   * Days 0…4 (2027-03-01 … 2027-03-05): y = 2, 4, 5, 4, 5; deadline 2027-03-10 (t₀ = 9), target 6.
   * t̄ = 2, ȳ = 4, Sxx = 4+1+0+1+4 = 10, Sxy = 4+0+0+0+2 = 6 → b = 0.6, a = 4 − 0.6·2 = 2.8.
   * Fitted 2.8, 3.4, 4.0, 4.6, 5.2 → residuals −0.8, 0.6, 1, −0.6, −0.2 → SSE = 2.4, s² = 2.4/3 = 0.8.
   * ŷ(9) = 2.8 + 5.4 = 8.2; se² = 0.8·(1 + 1/5 + 49/10) = 0.8·6.1 = 4.88, se = 2.2090722.
   * PI = 8.2 ± 3.182446·2.2090722 = 8.2 ± 7.0302537.
   * P(Y ≥ 6) = 1 − T₃((6 − 8.2)/2.2090722) = T₃(0.9958932) = 0.8036481 (closed form above).
   * Cumulative, target 60: current total 20; future t = 5…9 (m = 5, Σt_f = 35):
   * Σŷ_f = 5·2.8 + 0.6·35 = 35 → 55; Σ(t_f − t̄) = 35 − 5·2 = 25;
   * Var = 0.8·(5 + 25/5 + 625/10) = 58, se = 7.6157731; PI = 55 ± 24.2367890;
   * P(total ≥ 60) = T₃((55 − 60)/7.6157731) = 0.2791739.
   */
  const a = forecastFromSeries({
    startDate: '2027-03-01',
    values: [2, 4, 5, 4, 5],
    deadline: '2027-03-10',
    target: 6,
    cumulativeTarget: 60,
  });

  it.each([
    ['slopePerDay', a.slopePerDay, 0.6],
    ['interceptAtDay0', a.interceptAtDay0, 2.8],
    ['projection', a.projection, 8.2],
    ['pi95 low', a.pi95?.[0], 8.2 - 7.0302537],
    ['pi95 high', a.pi95?.[1], 8.2 + 7.0302537],
    ['probMeetTarget', a.probMeetTarget, 0.8036481],
    ['cumulative projectedTotal', a.cumulative?.projectedTotal, 55],
    ['cumulative pi95 low', a.cumulative?.pi95?.[0], 55 - 24.236789],
    ['cumulative pi95 high', a.cumulative?.pi95?.[1], 55 + 24.236789],
    ['cumulative probMeetTarget', a.cumulative?.probMeetTarget, 0.2791739],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 5);
  });

  it('says nothing is missing', () => {
    expect(a.reason).toBeNull();
    expect(a.pointCount).toBe(5);
  });

  /*
   * A KPI to decrease (cost per lead), days 0…9: y = 20 − t + e, e = +1, −1, +1, … (Σe = 0).
   * t̄ = 4.5, ȳ = 15.5, Sxx = 10·99/12 = 82.5; Σ(t − t̄)e = Σ t·e = −5 → b = −1 − 5/82.5 = −1.0606061,
   * a = 15.5 + 1.0606061·4.5 = 20.2727273. SSE = Σe² − (Σ(t − t̄)e)²/Sxx = 10 − 25/82.5 = 9.6969697,
   * s² = 9.6969697/8 = 1.2121212. Deadline t₀ = 19: ŷ = 20.2727273 − 20.1515152 = 0.1212121;
   * se = s·√(1 + 1/10 + 14.5²/82.5) = 1.1009638·√3.6484848 = 2.1029517; PI = ŷ ± 2.306004·se = ŷ ± 4.8494153.
   * Target 2 or less: P = T₈((2 − 0.1212121)/2.1029517) = T₈(0.8934044) = 0.8011406 (closed form, ν = 8).
   */
  const noise = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1];
  const b = forecastFromSeries({
    startDate: '2027-01-01',
    values: noise.map((e, t) => 20 - t + e),
    deadline: '2027-01-20',
    target: 2,
    direction: 'decrease',
  });

  it.each([
    ['slopePerDay', b.slopePerDay, -1.0606061],
    ['interceptAtDay0', b.interceptAtDay0, 20.2727273],
    ['projection', b.projection, 0.1212121],
    ['pi95 low', b.pi95?.[0], 0.1212121 - 4.8494153],
    ['pi95 high', b.pi95?.[1], 0.1212121 + 4.8494153],
    ['probMeetTarget', b.probMeetTarget, 0.8011406],
  ])('decreasing KPI: %s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 6);
  });

  it('has no cumulative part without a cumulative target', () => {
    expect(b.cumulative).toBeNull();
  });
});

describe('forecastFromSeries — 30 points against the matrix form of OLS', () => {
  /*
   * Brute force by another route: β = (XᵀX)⁻¹Xᵀy with X = [1, t], s² = RSS/(n − 2), and
   * Var(prediction) = s²·(1 + x₀ᵀ(XᵀX)⁻¹x₀) with x₀ = [1, t₀]; the half-width must then be
   * t(0.975, 28) = 2.048407 (printed table) times √Var.
   */
  const values = Array.from({ length: 30 }, (_, t) => 100 + 3 * t + (((t * 7) % 11) - 5));
  const f = forecastFromSeries({ startDate: '2027-06-01', values, deadline: '2027-07-30', target: 280 });
  const n = 30;
  const st = (n * (n - 1)) / 2;
  const stt = ((n - 1) * n * (2 * n - 1)) / 6;
  const sy = values.reduce((s, y) => s + y, 0);
  const sty = values.reduce((s, y, t) => s + t * y, 0);
  const det = n * stt - st * st;
  const inv = [stt / det, -st / det, n / det];
  const beta0 = inv[0]! * sy + inv[1]! * sty;
  const beta1 = inv[1]! * sy + inv[2]! * sty;
  const rss = values.reduce((s, y, t) => s + (y - beta0 - beta1 * t) ** 2, 0);
  const t0 = 59;
  const quad = inv[0]! + 2 * inv[1]! * t0 + inv[2]! * t0 * t0;
  const se = Math.sqrt((rss / (n - 2)) * (1 + quad));
  const yHat = beta0 + beta1 * t0;

  it.each([
    ['slope', f.slopePerDay, beta1],
    ['intercept', f.interceptAtDay0, beta0],
    ['projection', f.projection, yHat],
    ['pi95 low', f.pi95?.[0], yHat - 2.048407 * se],
    ['pi95 high', f.pi95?.[1], yHat + 2.048407 * se],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBeCloseTo(expected, 4);
  });
});

describe('forecastFromSeries — exact lines (s = 0)', () => {
  /*
   * 10, 12, 14, 16 from 2027-01-01 lies on y = 10 + 2t: at t₀ = 10, ŷ = 30 with a zero-width
   * interval, and the target is reached for certain (≥ 30) or missed for certain (31).
   * Cumulative to t₀ = 6: 52 so far + ŷ(4, 5, 6) = 18 + 20 + 22 → 112.
   * Decreasing 10, 9, 8, 7 lies on y = 10 − t: at t₀ = 5, ŷ = 5: target 6 met, target 4 missed.
   */
  it.each([
    { values: [10, 12, 14, 16], deadline: '2027-01-11', target: 30, direction: 'increase', projection: 30, p: 1 },
    { values: [10, 12, 14, 16], deadline: '2027-01-11', target: 31, direction: 'increase', projection: 30, p: 0 },
    { values: [10, 9, 8, 7], deadline: '2027-01-06', target: 6, direction: 'decrease', projection: 5, p: 1 },
    { values: [10, 9, 8, 7], deadline: '2027-01-06', target: 4, direction: 'decrease', projection: 5, p: 0 },
  ] as const)('$values to $deadline, target $target ($direction) → $projection, p = $p', (row) => {
    const f = forecastFromSeries({ startDate: '2027-01-01', ...row, values: [...row.values] });
    expect(f.projection).toBeCloseTo(row.projection, 9);
    expect(f.pi95?.[0]).toBeCloseTo(row.projection, 9);
    expect(f.pi95?.[1]).toBeCloseTo(row.projection, 9);
    expect(f.probMeetTarget).toBe(row.p);
  });

  it.each([
    { cumulativeTarget: 112, p: 1 },
    { cumulativeTarget: 113, p: 0 },
  ])('cumulative 112 against $cumulativeTarget → p = $p', ({ cumulativeTarget, p }) => {
    const f = forecastFromSeries({
      startDate: '2027-01-01',
      values: [10, 12, 14, 16],
      deadline: '2027-01-07',
      target: 0,
      cumulativeTarget,
    });
    expect(f.cumulative?.projectedTotal).toBeCloseTo(112, 9);
    expect(f.cumulative?.pi95?.[1]).toBeCloseTo(112, 9);
    expect(f.cumulative?.probMeetTarget).toBe(p);
  });
});

describe('forecastFromSeries — gaps and short series', () => {
  // NaN marks a day without a measurement: 2, ·, 6, ·, 10 are the points (0, 2), (2, 6), (4, 10)
  // on y = 2 + 2t; with a leading gap, t = 0 moves to the first measured day (value 3).
  it.each([
    { values: [2, NaN, 6, NaN, 10], slope: 2, intercept: 2, count: 3 },
    { values: [NaN, 3, 5, 7], slope: 2, intercept: 3, count: 3 },
  ])('$values → slope $slope, intercept $intercept', ({ values, slope, intercept, count }) => {
    const f = forecastFromSeries({ startDate: '2027-01-01', values, deadline: '2027-01-31', target: 1 });
    expect(f.slopePerDay).toBeCloseTo(slope, 9);
    expect(f.interceptAtDay0).toBeCloseTo(intercept, 9);
    expect(f.pointCount).toBe(count);
  });

  // Two points give a line (5, 7 → slope 2; ŷ(4) = 13) but no s; one point or none give no line.
  it.each([
    { values: [5, 7], slope: 2, projection: 13, total: 5 + 7 + 9 + 11 + 13 },
    { values: [5], slope: null, projection: null, total: null },
    { values: [], slope: null, projection: null, total: null },
  ])('$values → no interval nor probability, and a reason', ({ values, slope, projection, total }) => {
    const f = forecastFromSeries({
      startDate: '2027-01-01',
      values,
      deadline: '2027-01-05',
      target: 10,
      cumulativeTarget: 40,
    });
    expect(f.slopePerDay).toBe(slope);
    expect(f.projection).toBe(projection);
    expect(f.pi95).toBeNull();
    expect(f.probMeetTarget).toBeNull();
    expect(f.cumulative).toEqual({ projectedTotal: total, pi95: null, probMeetTarget: null });
    expect(f.reason?.fr).toMatch(/mesure/);
    expect(f.reason?.en).toMatch(/measurement/);
  });

  it('rejects a date that does not exist', () => {
    expect(() =>
      forecastFromSeries({ startDate: '2027-02-30', values: [1], deadline: '2027-03-01', target: 1 }),
    ).toThrow(RangeError);
  });
});

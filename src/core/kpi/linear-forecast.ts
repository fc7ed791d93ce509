/**
 * Forecast of a KPI's daily series to a deadline by ordinary least squares (OLS).
 *
 * The series is fitted as y = a + b·t, with t the day offset from the first measured day (one step
 * per calendar day; a day without a measurement is simply not a point). With n points,
 * t̄ the mean offset, Sxx = Σ(t − t̄)² and s² = Σ(residual²) / (n − 2):
 *
 * - projection at the deadline t₀: ŷ = a + b·t₀, never clipped (a rate may project past 100 %: the
 *   reader should see that the trend cannot go on, not a reassuring 100 %);
 * - 95 % prediction interval: ŷ ± t(0.975, n − 2) · s · √(1 + 1/n + (t₀ − t̄)² / Sxx);
 * - probability of reaching the target: 1 − T(n − 2)((target − ŷ) / se) for a KPI that should
 *   increase, T(n − 2)((target − ŷ) / se) for one that should decrease;
 * - for cumulative KPIs, the total by the deadline: current total + Σ ŷ over the m days after the
 *   series up to the deadline, with Var = s² (m + m²/n + (Σ(t_f − t̄))² / Sxx) — the m new
 *   observations' own noise plus the uncertainty of the fitted mean and slope.
 *
 * Fewer than 3 points leave no degree of freedom for s: the interval and probabilities are then
 * null, with a reason, rather than an invented spread. The Student-t CDF and quantile come from
 * stdlib (ports of well-tested numerical code, accurate far into the tails).
 */
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Localized } from '../plan.js';

export type KpiDirection = 'increase' | 'decrease';

/** One measured day: `day` is a day number (see dates.ts), `value` the day's value. */
export interface DailyPoint {
  day: number;
  value: number;
}

export interface ForecastRequest {
  /** At most one point per day. */
  points: DailyPoint[];
  /** Last day the series covers: the cumulative projection adds the days after it. */
  seriesEndDay: number;
  deadlineDay: number;
  target: number | null;
  /** Total to reach by the deadline; null when the KPI is not cumulative. */
  cumulativeTarget: number | null;
  direction: KpiDirection;
}

export interface CumulativeForecast {
  projectedTotal: number | null;
  pi95: [number, number] | null;
  probMeetTarget: number | null;
}

export interface SeriesForecast {
  slopePerDay: number | null;
  /** Fitted value on the first measured day (t = 0). */
  interceptAtDay0: number | null;
  projection: number | null;
  pi95: [number, number] | null;
  probMeetTarget: number | null;
  cumulative: CumulativeForecast | null;
  pointCount: number;
  /** Why the interval or probabilities are missing; null when everything could be computed. */
  reason: Localized | null;
}

interface LineFit {
  n: number;
  meanT: number;
  sxx: number;
  intercept: number;
  slope: number;
  /** Residual standard deviation; null with fewer than 3 points. */
  s: number | null;
}

/** Predicted value with its standard error (null when s is unknown). */
interface Prediction {
  mean: number;
  se: number | null;
}

const confidence = 0.975;

export function forecastSeries(request: ForecastRequest): SeriesForecast {
  const points = isSorted(request.points) ? request.points : [...request.points].sort((p, q) => p.day - q.day);
  const day0 = points[0]?.day ?? 0;
  const fit = fitLine(points.map((p) => ({ t: p.day - day0, y: p.value })));
  const t0 = request.deadlineDay - day0;
  const level = fit ? predictAt(fit, t0) : null;
  const cumulative =
    request.cumulativeTarget === null
      ? null
      : cumulativeForecast(points, fit, request.seriesEndDay - day0, t0, request.cumulativeTarget, request.direction);
  return {
    slopePerDay: fit?.slope ?? null,
    interceptAtDay0: fit?.intercept ?? null,
    projection: level?.mean ?? null,
    pi95: level && fit ? interval(level, fit.n) : null,
    probMeetTarget:
      level && fit && request.target !== null
        ? probabilityToMeet(level, request.target, request.direction, fit.n)
        : null,
    cumulative,
    pointCount: points.length,
    reason: fewPointsReason(points.length),
  };
}

function isSorted(points: DailyPoint[]): boolean {
  return points.every((p, i) => i === 0 || (points[i - 1] as DailyPoint).day < p.day);
}

/** Least-squares line through (t, y); null below 2 points, where no slope exists. */
function fitLine(points: { t: number; y: number }[]): LineFit | null {
  const n = points.length;
  if (n < 2) return null;
  const meanT = points.reduce((sum, p) => sum + p.t, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.t - meanT) ** 2;
    sxy += (p.t - meanT) * (p.y - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanT;
  if (n < 3) return { n, meanT, sxx, intercept, slope, s: null };
  let sse = 0;
  let syy = 0;
  for (const p of points) {
    sse += (p.y - intercept - slope * p.t) ** 2;
    syy += p.y ** 2;
  }
  // A series on a perfect line leaves rounding dust (~1e-30), not noise: call it an exact fit.
  if (sse <= 1e-24 * syy) sse = 0;
  return { n, meanT, sxx, intercept, slope, s: Math.sqrt(sse / (n - 2)) };
}

function predictAt(fit: LineFit, t0: number): Prediction {
  const mean = fit.intercept + fit.slope * t0;
  if (fit.s === null) return { mean, se: null };
  return { mean, se: fit.s * Math.sqrt(1 + 1 / fit.n + (t0 - fit.meanT) ** 2 / fit.sxx) };
}

function interval(prediction: Prediction, n: number): [number, number] | null {
  if (prediction.se === null) return null;
  const half = quantile975(n - 2) * prediction.se;
  return [prediction.mean - half, prediction.mean + half];
}

// The quantile inverts an incomplete beta function (tens of µs); a plan of 200 KPIs asks for a
// handful of distinct degrees of freedom, so each is computed once.
const quantiles = new Map<number, number>();
function quantile975(df: number): number {
  let q = quantiles.get(df);
  if (q === undefined) {
    q = tQuantile(confidence, df);
    quantiles.set(df, q);
  }
  return q;
}

function probabilityToMeet(prediction: Prediction, target: number, direction: KpiDirection, n: number): number | null {
  if (prediction.se === null) return null;
  if (prediction.se === 0) return meets(prediction.mean, target, direction) ? 1 : 0;
  const z = (target - prediction.mean) / prediction.se;
  // 1 − T(z) is computed as T(−z): the same number, without cancelling digits in the upper tail.
  return direction === 'increase' ? tCdf(-z, n - 2) : tCdf(z, n - 2);
}

/** With no noise the answer is certain; the guard absorbs rounding in ŷ, not a real shortfall. */
function meets(value: number, target: number, direction: KpiDirection): boolean {
  const guard = 1e-9 * Math.max(1, Math.abs(target));
  return direction === 'increase' ? value >= target - guard : value <= target + guard;
}

function cumulativeForecast(
  points: DailyPoint[],
  fit: LineFit | null,
  lastT: number,
  t0: number,
  target: number,
  direction: KpiDirection,
): CumulativeForecast {
  if (!fit) return { projectedTotal: null, pi95: null, probMeetTarget: null };
  const currentTotal = points.reduce((sum, p) => sum + p.value, 0);
  const m = Math.max(0, t0 - lastT);
  // Future offsets lastT + 1 … t₀: an arithmetic series, summed in closed form.
  const sumFutureT = (m * (lastT + 1 + t0)) / 2;
  const prediction: Prediction = {
    mean: currentTotal + m * fit.intercept + fit.slope * sumFutureT,
    se: fit.s === null ? null : fit.s * Math.sqrt(m + (m * m) / fit.n + (sumFutureT - m * fit.meanT) ** 2 / fit.sxx),
  };
  return {
    projectedTotal: prediction.mean,
    pi95: interval(prediction, fit.n),
    probMeetTarget: probabilityToMeet(prediction, target, direction, fit.n),
  };
}

function fewPointsReason(n: number): Localized | null {
  if (n >= 3) return null;
  if (n === 0)
    return { fr: 'Aucune mesure : pas de prévision possible.', en: 'No measurements: no forecast possible.' };
  const fr = n === 1 ? 'Une seule mesure' : 'Seulement 2 mesures';
  const en = n === 1 ? 'Only one measurement' : 'Only 2 measurements';
  return {
    fr: `${fr} : il en faut au moins 3 pour un intervalle de prévision et une probabilité.`,
    en: `${en}: at least 3 are needed for a prediction interval and a probability.`,
  };
}

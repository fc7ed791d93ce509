import type { CheckIn } from '../plan.js';
import { daysBetween, latestValue, leastSquaresSlopePerDay, type DatedValue } from '../smart/series.js';
import type { ConfidenceDirection, ConfidenceTrend } from './types.js';

/**
 * Below this change of confidence along the fitted line, from the first check-in to the last,
 * the trend is flat: 0.05 is one notch on the usual 0.1 scale, halved, so that rounding a
 * confidence does not turn into a trend.
 */
export const FLAT_CONFIDENCE_CHANGE = 0.05;

/**
 * Latest confidence and its direction. The direction comes from the least-squares slope over
 * every check-in that gives a confidence, not from the last two points, so one hesitant
 * check-in does not flip the trend. Null when no check-in gives a confidence.
 */
export function confidenceTrend(checkIns: readonly CheckIn[]): ConfidenceTrend | null {
  const points: DatedValue[] = [];
  for (const c of checkIns) if (c.confidence != null) points.push({ date: c.date, value: c.confidence });
  const latest = latestValue(points);
  if (!latest) return null;
  const slopePerDay = leastSquaresSlopePerDay(points);
  return {
    latest: latest.value,
    latestDate: latest.date,
    direction: directionOf(slopePerDay, points),
    slopePerDay,
    checkIns: points.length,
  };
}

function directionOf(slopePerDay: number | null, points: readonly DatedValue[]): ConfidenceDirection {
  if (slopePerDay === null) return 'flat';
  const dates = points.map((p) => p.date).sort();
  const spanDays = daysBetween(dates[0] ?? '', dates[dates.length - 1] ?? '');
  const fittedChange = slopePerDay * spanDays;
  if (Math.abs(fittedChange) < FLAT_CONFIDENCE_CHANGE) return 'flat';
  return fittedChange > 0 ? 'rising' : 'falling';
}

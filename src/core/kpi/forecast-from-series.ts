/**
 * The `jalon kpi forecast` contract: a forecast from a plain daily series, without a plan.
 */
import { requireDay } from '../shared/days.js';
import { forecastSeries, type KpiDirection, type SeriesForecast } from './linear-forecast.js';

export interface SeriesForecastInput {
  /** Date of `values[0]`, `YYYY-MM-DD`. */
  startDate: string;
  /** `values[i]` is the value on day `startDate + i`; a non-finite entry (NaN) marks a day without a measurement. */
  values: number[];
  deadline: string;
  /** Daily value to reach by the deadline. */
  target: number;
  /** Total of the daily values to reach by the deadline; without it `cumulative` is null. */
  cumulativeTarget?: number;
  /** Defaults to `increase`. */
  direction?: KpiDirection;
}

/**
 * OLS forecast of the series to the deadline (see linear-forecast.ts for the formulas). t = 0 is
 * the first measured day; the cumulative total adds ŷ for each day after the series' last day up to
 * the deadline. Throws a RangeError when a date is not a real `YYYY-MM-DD` date.
 */
export function forecastFromSeries(input: SeriesForecastInput): SeriesForecast {
  const startDay = requireDay(input.startDate, 'startDate');
  const deadlineDay = requireDay(input.deadline, 'deadline');
  const points = input.values.flatMap((value, i) => (Number.isFinite(value) ? [{ day: startDay + i, value }] : []));
  return forecastSeries({
    points,
    seriesEndDay: startDay + input.values.length - 1,
    deadlineDay,
    target: input.target,
    cumulativeTarget: input.cumulativeTarget ?? null,
    direction: input.direction ?? 'increase',
  });
}

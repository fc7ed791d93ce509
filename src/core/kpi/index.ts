/** KPI tracking: expected path, status against it, and OLS forecast to the deadline. */
export { forecastFromSeries, type SeriesForecastInput } from './forecast-from-series.js';
export { kpiStatuses, type KpiForecastSummary, type KpiStatusReport } from './kpi-statuses.js';
export { expectedKpiValue } from './expected-path.js';
export { kpiPosition, type KpiPosition, type KpiStatus, type KpiVariance } from './kpi-status.js';
export { averageWindowDays } from './kpi-actual.js';
export type { CumulativeForecast, KpiDirection, SeriesForecast } from './linear-forecast.js';

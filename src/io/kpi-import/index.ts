/**
 * KPI measurement imports from files: preview a file (format, tables, columns and what they
 * hold), then read it with a mapping into measurements. See README, "Importing KPI measurements".
 */
export { previewFile, periodFromFileName } from './preview.js';
export { MeasurementReader, findColumn, type ImportCounters, type KpiInfo, type MappedMeasurement } from './apply.js';
export { ImportFileError } from './errors.js';
export { formatLabels, suggestedSources } from './formats.js';
export { parseNumber, parseDate, guessDateFormat, detectDecimalSeparator } from './values.js';

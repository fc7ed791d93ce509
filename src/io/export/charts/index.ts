/** Charts of the exports: described once (spec.ts), drawn as SVG by ECharts for the PDF. */
export type { BarChart, ChartLanguage, ChartSpec, DatedValue, KpiChart, TimelineChart, ValueFormat } from './spec.js';
export { chartToSvg, type RenderedSvg } from './svg.js';
export { downsample } from './downsample.js';
export { palette, seriesColours } from './theme.js';

/**
 * Charts described without a renderer: the report outline says what to draw, in the reader's
 * language, and each format draws it its own way (ECharts SVG in the PDF, native charts in the
 * PPTX). Dates are `YYYY-MM-DD`; every text is already translated.
 */
export type ChartLanguage = 'fr' | 'en';

/** Gantt-like bars: one row per action, tactic or strategy, with milestones and today's line. */
export interface TimelineChart {
  kind: 'timeline';
  language: ChartLanguage;
  title: string;
  /** Row labels, top to bottom. */
  rows: string[];
  /** Busy periods of each row (`end` included); a row may hold several. */
  bars: { row: number; start: string; end: string; critical: boolean }[];
  milestones: { row: number; date: string }[];
  today: string | null;
  /** The axis covers at least this period (the plan's), besides the bars and milestones. */
  from?: string;
  to?: string;
  legend: { actions: string; critical: string; milestones: string; today: string };
}

/** How the values of a bar chart read. */
export type ValueFormat =
  | { kind: 'money'; currency: string }
  /** An ROI as return per unit spent: 3 → "3:1". */
  | { kind: 'ratio' }
  | { kind: 'number'; unit: string | null };

export interface BarChart {
  kind: 'bars';
  language: ChartLanguage;
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Horizontal bars read best for long category names (ROI ranking). */
  orientation: 'horizontal' | 'vertical';
  /** Money is in major units here (euros, not cents). */
  value: ValueFormat;
}

export interface DatedValue {
  date: string;
  value: number;
}

/** A KPI over time: its measurements against the expected path and the trend to the deadline. */
export interface KpiChart {
  kind: 'kpi';
  language: ChartLanguage;
  title: string;
  unit: string | null;
  measured: { name: string; points: DatedValue[] };
  expected: { name: string; points: DatedValue[] };
  forecast: { name: string; points: DatedValue[] } | null;
}

export type ChartSpec = TimelineChart | BarChart | KpiChart;

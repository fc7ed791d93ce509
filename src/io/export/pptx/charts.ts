import type { Pptx } from './pptxgen.js';
import type { BarChart, TimelineChart, ValueFormat } from '../charts/spec.js';
import type { Box, Slide } from './elements.js';
import { colours, fontFace, seriesColours } from './theme.js';

/** Rows of a timeline a slide shows; the PDF has them all. */
export const maxTimelineRows = 14;

/** Excel's serial day numbers (1900 date system), which PowerPoint's date axes read. */
function serial(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000 + 25_569;
}

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** An Excel number format for the values of a chart. */
export function numberFormat(format: ValueFormat): string {
  if (format.kind === 'ratio') return 'General":1"';
  if (format.kind === 'money') {
    const symbol = currencySymbols[format.currency] ?? format.currency;
    return `#,##0 "${symbol}"`;
  }
  return format.unit === '%' ? '0.0#"%"' : '#,##0.##';
}

const axisText = {
  catAxisLabelFontSize: 11,
  valAxisLabelFontSize: 10,
  catAxisLabelFontFace: fontFace,
  valAxisLabelFontFace: fontFace,
};

/** A native bar chart; horizontal bars list the first category at the top, as the PDF does. */
export function addBarChart(pptx: Pptx, slide: Slide, chart: BarChart, box: Box): void {
  const horizontal = chart.orientation === 'horizontal';
  const order = <T>(values: T[]) => (horizontal ? [...values].reverse() : values);
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: order(chart.categories),
    values: order(series.values.map((v) => v ?? 0)),
  }));
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    ...axisText,
    barDir: horizontal ? 'bar' : 'col',
    barGrouping: 'clustered',
    // One series in one colour: PowerPoint would otherwise vary the colour per bar.
    chartColors: chart.series.length === 1 ? [colours.accent] : seriesColours,
    barGapWidthPct: 60,
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontSize: 11,
    showValue: chart.series.length === 1,
    dataLabelFormatCode: numberFormat(chart.value),
    dataLabelFontSize: 10,
    valAxisLabelFormatCode: numberFormat(chart.value),
    showTitle: true,
    title: chart.title,
    titleFontSize: 13,
    titleFontFace: fontFace,
    titleColor: colours.text,
  });
}

/**
 * The timeline as a native Gantt: stacked bars whose first, invisible part runs from the axis
 * start to the row's first date and whose second part spans the row's busy period.
 */
export function addTimelineChart(pptx: Pptx, slide: Slide, chart: TimelineChart, box: Box): number {
  const rows = chart.rows.slice(0, maxTimelineRows).map((label, row) => {
    const bars = chart.bars.filter((bar) => bar.row === row);
    const start = Math.min(...bars.map((bar) => serial(bar.start)));
    const end = Math.max(...bars.map((bar) => serial(bar.end) + 1));
    return { label, start, end, critical: bars.some((bar) => bar.critical) };
  });
  const dated = rows.filter((row) => Number.isFinite(row.start));
  const min = Math.min(...dated.map((row) => row.start), chart.from ? serial(chart.from) : Infinity);
  const max = Math.max(...dated.map((row) => row.end), chart.to ? serial(chart.to) + 1 : -Infinity);
  const ordered = [...dated].reverse();
  slide.addChart(
    pptx.ChartType.bar,
    [
      { name: '', labels: ordered.map((row) => row.label), values: ordered.map((row) => row.start) },
      {
        name: chart.legend.actions,
        labels: ordered.map((row) => row.label),
        values: ordered.map((row) => row.end - row.start),
      },
    ],
    {
      ...box,
      ...axisText,
      catAxisLabelFontSize: 10,
      barDir: 'bar',
      barGrouping: 'stacked',
      barGapWidthPct: 60,
      chartColors: ['transparent', colours.accent],
      showLegend: false,
      // The invisible part starts at 0 (year 1900) and is cut by the axis minimum.
      valAxisMinVal: Math.floor(min),
      valAxisMaxVal: Math.ceil(Math.max(min + 1, max)),
      valAxisMajorUnit: Math.max(1, Math.round((max - min) / 6)),
      valAxisLabelFormatCode: `${chart.language === 'fr' ? '[$-40C]' : '[$-809]'}mmm yyyy`,
      valGridLine: { color: 'E3E6EA', size: 0.5 },
      showTitle: true,
      title: chart.title,
      titleFontSize: 13,
      titleFontFace: fontFace,
      titleColor: colours.text,
    },
  );
  return chart.rows.length - rows.length;
}

/** Counts per status as a doughnut, each slice in its status colour. */
export function addStatusDoughnut(
  pptx: Pptx,
  slide: Slide,
  title: string,
  slices: { label: string; value: number; colour: string }[],
  box: Box,
): void {
  const shown = slices.filter((s) => s.value > 0);
  if (shown.length === 0) return;
  slide.addChart(
    pptx.ChartType.doughnut,
    [{ name: title, labels: shown.map((s) => s.label), values: shown.map((s) => s.value) }],
    {
      ...box,
      chartColors: shown.map((s) => s.colour),
      holeSize: 55,
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 11,
      legendFontFace: fontFace,
      showValue: true,
      showPercent: false,
      dataLabelColor: 'FFFFFF',
      dataLabelFontSize: 12,
      showTitle: true,
      title,
      titleFontSize: 13,
      titleFontFace: fontFace,
      titleColor: colours.text,
    },
  );
}

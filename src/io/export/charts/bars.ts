import type { EChartsCoreOption } from './echarts.js';
import type { BarChart } from './spec.js';
import { seriesColours } from './theme.js';
import { axisValue, barLabel, shorten } from './values.js';

export function barsHeight(chart: BarChart): number {
  if (chart.orientation === 'vertical') return 260;
  return 60 + Math.max(3, chart.categories.length) * Math.max(14, 10 * chart.series.length + 6);
}

/** Bars per category, one colour per series; values labelled on single-series charts. */
export function barsOption(chart: BarChart): EChartsCoreOption {
  const horizontal = chart.orientation === 'horizontal';
  const single = chart.series.length === 1;
  const categoryAxis = {
    type: 'category',
    data: chart.categories.map((c) => shorten(c, horizontal ? 36 : 18)),
    inverse: horizontal,
    axisTick: { alignWithLabel: true },
    axisLabel: { fontSize: 8, interval: 0, ...(horizontal ? {} : { rotate: chart.categories.length > 4 ? 30 : 0 }) },
  };
  const valueAxis = {
    type: 'value',
    axisLabel: {
      formatter: (value: number) => axisValue(value, chart.value, chart.language),
      hideOverlap: true,
      fontSize: 8,
    },
  };
  return {
    color: seriesColours,
    legend: single
      ? { show: false }
      : { bottom: 0, itemWidth: 12, itemHeight: 8, itemGap: 16, textStyle: { fontSize: 8 } },
    grid: {
      left: 8,
      right: horizontal ? 56 : 16,
      top: 12,
      bottom: single ? 8 : 32,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chart.series.map((series) => ({
      type: 'bar',
      name: series.name,
      data: series.values,
      barMaxWidth: 28,
      label: single
        ? {
            show: true,
            position: horizontal ? 'right' : 'top',
            fontSize: 8,
            // No halo: the PDF's SVG reader ignores paint-order and would draw it over the text.
            textBorderWidth: 0,
            formatter: (params: { value: number }) => barLabel(params.value, chart.value, chart.language),
          }
        : { show: false },
    })),
  };
}

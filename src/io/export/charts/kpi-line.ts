import type { EChartsCoreOption } from './echarts.js';
import type { DatedValue, KpiChart } from './spec.js';
import { palette } from './theme.js';
import { axisValue, dateAxisLabel, epochOf } from './values.js';

export const kpiChartHeight = 210;

const toData = (points: readonly DatedValue[]) => points.map((p) => [epochOf(p.date), p.value]);

/** Measurements as a solid line, the expected path dashed, the trend to the deadline dotted. */
export function kpiOption(chart: KpiChart): EChartsCoreOption {
  const times = [chart.measured, chart.expected, chart.forecast ?? { points: [] }].flatMap((s) =>
    s.points.map((p) => epochOf(p.date)),
  );
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const value = { kind: 'number' as const, unit: chart.unit };
  const series: object[] = [
    {
      type: 'line',
      name: chart.expected.name,
      data: toData(chart.expected.points),
      showSymbol: false,
      lineStyle: { color: palette.muted, type: 'dashed', width: 1.5 },
      itemStyle: { color: palette.muted },
    },
    {
      type: 'line',
      name: chart.measured.name,
      data: toData(chart.measured.points),
      showSymbol: chart.measured.points.length <= 24,
      symbolSize: 4,
      lineStyle: { color: palette.primary, width: 1.5 },
      itemStyle: { color: palette.primary },
    },
  ];
  if (chart.forecast) {
    series.push({
      type: 'line',
      name: chart.forecast.name,
      data: toData(chart.forecast.points),
      showSymbol: false,
      lineStyle: { color: palette.accent, type: 'dotted', width: 1.5 },
      itemStyle: { color: palette.accent },
    });
  }
  return {
    legend: { bottom: 0, itemWidth: 14, itemHeight: 6, itemGap: 16, textStyle: { fontSize: 8 } },
    grid: { left: 8, right: 16, top: 12, bottom: 32, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'time',
      axisLabel: { formatter: (ms: number) => dateAxisLabel(ms, span, chart.language), hideOverlap: true, fontSize: 8 },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { formatter: (v: number) => axisValue(v, value, chart.language), fontSize: 8 },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series,
  };
}

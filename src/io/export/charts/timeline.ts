import type { EChartsCoreOption } from './echarts.js';
import type { TimelineChart } from './spec.js';
import { palette } from './theme.js';
import { dateAxisLabel, dayMs, epochOf, shorten } from './values.js';

const rowHeight = 16;

export function timelineHeight(chart: TimelineChart): number {
  return 70 + Math.max(3, chart.rows.length) * rowHeight;
}

interface RenderApi {
  value(dimension: number): number;
  coord(point: number[]): number[];
  size(point: number[]): number[];
}

/** A bar of a row as a rectangle from its start to its end, 60 % of the row high. */
function barShape(colour: string) {
  return (_params: unknown, api: RenderApi) => {
    const row = api.value(0);
    const from = api.coord([api.value(1), row]);
    const to = api.coord([api.value(2), row]);
    const height = (api.size([0, 1])[1] ?? rowHeight) * 0.6;
    const x = from[0] ?? 0;
    const y = (from[1] ?? 0) - height / 2;
    return {
      type: 'rect',
      shape: { x, y, width: Math.max(1.5, (to[0] ?? x) - x), height },
      style: { fill: colour },
    };
  };
}

/** Gantt-like chart: busy periods per row, critical ones in red, milestones as diamonds. */
export function timelineOption(chart: TimelineChart): EChartsCoreOption {
  const dates = [
    ...chart.bars.flatMap((bar) => [epochOf(bar.start), epochOf(bar.end) + dayMs]),
    ...chart.milestones.map((m) => epochOf(m.date)),
    ...(chart.from ? [epochOf(chart.from)] : []),
    ...(chart.to ? [epochOf(chart.to) + dayMs] : []),
  ];
  const min = Math.min(...dates);
  const max = Math.max(...dates);
  const toData = (critical: boolean) =>
    chart.bars
      .filter((bar) => bar.critical === critical)
      .map((bar) => [bar.row, epochOf(bar.start), epochOf(bar.end) + dayMs]);
  const todayMs = chart.today ? epochOf(chart.today) : null;
  const showToday = todayMs !== null && todayMs >= min && todayMs <= max;
  return {
    legend: { bottom: 0, itemWidth: 12, itemHeight: 8, itemGap: 16, textStyle: { fontSize: 8 } },
    grid: { left: 8, right: 16, top: 10, bottom: 40, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'time',
      min,
      max,
      axisLabel: {
        formatter: (value: number) => dateAxisLabel(value, max - min, chart.language),
        hideOverlap: true,
        fontSize: 8,
      },
      splitLine: { show: true, lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: chart.rows.map((row) => shorten(row, 34)),
      axisTick: { show: false },
      axisLabel: { fontSize: 8 },
    },
    series: [
      {
        type: 'custom',
        name: chart.legend.actions,
        itemStyle: { color: palette.primary },
        renderItem: barShape(palette.primary),
        encode: { x: [1, 2], y: 0 },
        data: toData(false),
      },
      {
        type: 'custom',
        name: chart.legend.critical,
        itemStyle: { color: palette.critical },
        renderItem: barShape(palette.critical),
        encode: { x: [1, 2], y: 0 },
        data: toData(true),
      },
      {
        type: 'scatter',
        name: chart.legend.milestones,
        symbol: 'diamond',
        symbolSize: 10,
        itemStyle: { color: palette.accent, borderColor: '#ffffff', borderWidth: 1 },
        data: chart.milestones.map((m) => [epochOf(m.date), m.row]),
        ...(showToday
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: palette.muted, type: 'dashed' },
                label: { formatter: chart.legend.today, position: 'start', fontSize: 7, color: palette.muted },
                data: [{ xAxis: todayMs }],
              },
            }
          : {}),
      },
    ],
  };
}

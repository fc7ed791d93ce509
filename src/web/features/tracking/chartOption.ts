import type { EChartOption } from '../../ui/EChart';
import type { ChartResponse } from './trackingApi';

export interface ChartLabels {
  measured: string;
  target: string;
  forecast: string;
  band: string;
}

type Pair = [string, number];

/** A tooltip line: the series' colour dot, its name and the formatted value. */
interface TooltipParam {
  seriesId?: string;
  seriesName?: string;
  marker?: unknown;
  axisValueLabel?: string;
  value?: unknown;
}

/**
 * The ECharts option of a KPI chart: measured values (solid), the expected path (dashed), the
 * forecast (dotted) and its 95 % band as a shaded area, drawn as an invisible lower edge with
 * the band's width stacked on it. The tooltip gives the band's bounds, not that width.
 */
export function kpiChartOption(
  chart: Pick<ChartResponse, 'series' | 'targetPath' | 'forecast'>,
  labels: ChartLabels,
  format: (value: number) => string,
): EChartOption {
  const pairs = (points: readonly { date: string; value: number }[]): Pair[] => points.map((p) => [p.date, p.value]);
  const banded = chart.forecast.filter((p) => p.low !== null && p.high !== null);
  const bounds = new Map(banded.map((p) => [p.date, [p.low as number, p.high as number] as const]));
  const series: Record<string, unknown>[] = [
    {
      id: 'measured',
      name: labels.measured,
      type: 'line',
      showSymbol: chart.series.points.length < 40,
      symbolSize: 4,
      data: pairs(chart.series.points),
    },
    {
      id: 'target',
      name: labels.target,
      type: 'line',
      showSymbol: false,
      lineStyle: { type: 'dashed', width: 1.5 },
      data: pairs(chart.targetPath),
    },
    {
      id: 'forecast',
      name: labels.forecast,
      type: 'line',
      showSymbol: false,
      lineStyle: { type: 'dotted', width: 2 },
      data: pairs(chart.forecast),
    },
  ];
  if (banded.length > 0) {
    series.push(
      {
        id: 'band-low',
        type: 'line',
        stack: 'band',
        showSymbol: false,
        silent: true,
        lineStyle: { opacity: 0 },
        tooltip: { show: false },
        data: banded.map((p): Pair => [p.date, p.low as number]),
      },
      {
        id: 'band',
        name: labels.band,
        type: 'line',
        stack: 'band',
        showSymbol: false,
        silent: true,
        lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0.18 },
        data: banded.map((p): Pair => [p.date, (p.high as number) - (p.low as number)]),
      },
    );
  }
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: {
      top: 0,
      data: [labels.measured, labels.target, labels.forecast, ...(banded.length ? [labels.band] : [])],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params: TooltipParam[]) => tooltipHtml(params, bounds, format),
    },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: format } },
    series,
  };
}

function tooltipHtml(
  params: TooltipParam[],
  bounds: Map<string, readonly [number, number]>,
  format: (value: number) => string,
): string {
  const lines: string[] = [];
  for (const param of params) {
    const value = Array.isArray(param.value) ? (param.value as unknown[]) : [];
    const date = String(value[0] ?? '');
    if (param.seriesId === 'band-low') continue;
    const marker = typeof param.marker === 'string' ? param.marker : '';
    const band = bounds.get(date);
    const text =
      param.seriesId === 'band'
        ? band
          ? `${format(band[0])} – ${format(band[1])}`
          : ''
        : typeof value[1] === 'number'
          ? format(value[1])
          : '';
    if (text) lines.push(`${marker}${escapeHtml(param.seriesName ?? '')} : ${escapeHtml(text)}`);
  }
  const title = params[0]?.axisValueLabel ?? '';
  return [escapeHtml(title), ...lines].join('<br/>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

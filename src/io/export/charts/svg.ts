import { barsHeight, barsOption } from './bars.js';
import { renderOptionToSvg } from './echarts.js';
import { kpiChartHeight, kpiOption } from './kpi-line.js';
import type { ChartSpec } from './spec.js';
import { timelineHeight, timelineOption } from './timeline.js';

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Draws a chart as an SVG document `width` pixels wide, as tall as its content needs. */
export function chartToSvg(chart: ChartSpec, width: number): RenderedSvg {
  switch (chart.kind) {
    case 'timeline': {
      const height = timelineHeight(chart);
      return { svg: renderOptionToSvg(timelineOption(chart), width, height), width, height };
    }
    case 'bars': {
      const height = barsHeight(chart);
      return { svg: renderOptionToSvg(barsOption(chart), width, height), width, height };
    }
    case 'kpi':
      return { svg: renderOptionToSvg(kpiOption(chart), width, kpiChartHeight), width, height: kpiChartHeight };
  }
}

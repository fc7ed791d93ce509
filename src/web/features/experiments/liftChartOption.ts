import type { Comparison } from '../../../core/abtest/types.js';
import type { EChartOption } from '../../ui/EChart';

export interface LiftChartLabels {
  axis: string;
  /** The tooltip line of a variant: its lift and interval, already worded. */
  tooltip: (comparison: Comparison) => string;
}

/** The comparisons a chart can draw: a defined relative lift with its interval. */
export function drawableComparisons(comparisons: readonly Comparison[]): Comparison[] {
  return comparisons.filter((c) => c.defined && c.relative.estimate !== null && c.relative.ci !== null);
}

/**
 * A horizontal interval plot of the relative lift of each variant against the control: one row
 * per variant, a segment from the interval's lower to its upper bound with caps at both ends, a
 * dot at the estimate, and a dashed line at zero (no difference). A segment that crosses the zero
 * line is a difference the data cannot tell from none.
 */
export function liftChartOption(
  comparisons: readonly Comparison[],
  labels: LiftChartLabels,
  formatLift: (value: number) => string,
): EChartOption {
  const drawn = drawableComparisons(comparisons);
  const names = drawn.map((c) => c.variant);
  const tooltips = new Map(drawn.map((c) => [c.variant, labels.tooltip(c)]));
  const cap = { symbol: 'rect', symbolSize: [2, 14] };
  const series = drawn.map((c, index) => {
    const [low, high] = c.relative.ci as [number, number];
    return {
      id: `lift-${index}`,
      name: c.variant,
      type: 'line',
      lineStyle: { width: 3 },
      data: [
        { value: [low, c.variant], ...cap },
        { value: [c.relative.estimate as number, c.variant], symbol: 'circle', symbolSize: 11 },
        { value: [high, c.variant], ...cap },
      ],
      ...(index === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { type: 'dashed', color: '#868e96' },
              data: [{ xAxis: 0 }],
            },
          }
        : {}),
    };
  });
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 16, bottom: 40 },
    tooltip: {
      trigger: 'item',
      formatter: (param: { seriesName?: string }) => escapeHtml(tooltips.get(param.seriesName ?? '') ?? ''),
    },
    xAxis: {
      type: 'value',
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { formatter: formatLift },
    },
    yAxis: { type: 'category', data: names, inverse: true },
    series,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

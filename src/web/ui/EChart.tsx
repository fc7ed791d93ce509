import { BarChart, LineChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import langFR from 'echarts/lib/i18n/langFR.js';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only the parts the app draws, so the chart code stays small; it loads with the pages that chart.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  DataZoomComponent,
  SVGRenderer,
]);
// Month and day names on time axes, in the interface's language (English is built in).
echarts.registerLocale('FR', langFR);

export type EChartOption = echarts.EChartsCoreOption;

interface EChartProps {
  option: EChartOption;
  /** What the chart shows, for screen readers (the figures are also given as text or a table nearby). */
  label: string;
  height?: number;
}

/** An ECharts chart drawn in SVG, resized with its container and disposed with the component. */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'EN' : 'FR';
  // The chart is made again when the language changes; it starts from the latest option.
  const latestOption = useRef(option);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg', locale });
    instance.setOption(latestOption.current);
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    latestOption.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}

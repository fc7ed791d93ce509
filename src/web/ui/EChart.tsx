import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type EChartOption = EChartsCoreOption;

// ECharts is by far the app's largest library, so the pages that chart show without it: it is
// fetched as soon as such a page's code runs, while the page loads its data, and each chart is
// drawn once it is there.
const echartsParts = import('./echartsParts');

interface EChartProps {
  option: EChartOption;
  /** What the chart shows, for screen readers (the figures are also given as text or a table nearby). */
  label: string;
  height?: number;
}

/** An ECharts chart drawn in SVG, resized with its container and disposed with the component. */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'en' ? 'EN' : 'FR';
  // The chart is made again when the language changes; it starts from the latest option.
  const latestOption = useRef(option);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let instance: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let unmounted = false;
    void echartsParts.then(({ init }) => {
      if (unmounted) return;
      instance = init(element, null, { renderer: 'svg', locale });
      instance.setOption(latestOption.current);
      chart.current = instance;
      const drawn = instance;
      observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => drawn.resize());
      observer?.observe(element);
    });
    return () => {
      unmounted = true;
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    latestOption.current = option;
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}

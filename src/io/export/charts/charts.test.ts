import { describe, expect, it } from 'vitest';
import { downsample } from './downsample.js';
import { measureText } from './measure.js';
import type { BarChart, DatedValue, KpiChart, TimelineChart } from './spec.js';
import { chartToSvg } from './svg.js';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('downsample (LTTB)', () => {
  const days = (count: number, value: (i: number) => number): DatedValue[] =>
    Array.from({ length: count }, (_, i) => ({
      date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
      value: value(i),
    }));

  it('keeps short series whole', () => {
    const series = days(50, (i) => i);
    expect(downsample(series, 200)).toEqual(series);
  });

  it('keeps the first and last points, the requested count, and a lone peak', () => {
    const series = days(1096, (i) => (i === 500 ? 1000 : i % 7));
    const sampled = downsample(series, 200);
    expect(sampled).toHaveLength(200);
    expect(sampled[0]).toEqual(series[0]);
    expect(sampled.at(-1)).toEqual(series.at(-1));
    expect(sampled).toContainEqual({ date: series[500]?.date, value: 1000 });
    const dates = sampled.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('chart SVGs (ECharts on the server)', () => {
  it('measures labels with DejaVu metrics', () => {
    // DejaVu Sans advance widths: "M" is 1767/2048 em, "i" 569/2048 em.
    expect(measureText('M', '10px DejaVu Sans').width).toBeCloseTo((1767 / 2048) * 10, 3);
    expect(measureText('ii', 'bold 12px DejaVu Sans').width).toBeGreaterThan(
      measureText('ii', '12px DejaVu Sans').width,
    );
  });

  it('draws a timeline with its rows, legend and one bar per busy period', () => {
    const chart: TimelineChart = {
      kind: 'timeline',
      language: 'fr',
      title: 'Calendrier',
      rows: ['Audit des mots-clés', 'Calendrier éditorial'],
      bars: [
        { row: 0, start: '2027-01-04', end: '2027-01-22', critical: true },
        { row: 1, start: '2027-01-25', end: '2027-02-05', critical: false },
      ],
      milestones: [{ row: 1, date: '2027-02-05' }],
      today: '2027-01-30',
      legend: { actions: 'Actions', critical: 'Chemin critique', milestones: 'Jalons', today: 'Aujourd’hui' },
    };
    const { svg, width, height } = chartToSvg(chart, 495);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(width).toBe(495);
    expect(svg).toContain(`height="${height}"`);
    const labels = texts(svg);
    expect(labels).toEqual(
      expect.arrayContaining(['Audit des mots-clés', 'Calendrier éditorial', 'Chemin critique', 'Jalons']),
    );
    expect(labels.some((l) => /janv\./.test(l ?? ''))).toBe(true);
    // The critical bar in red, the other in blue.
    expect(svg).toMatch(/fill="#c0392b"/i);
    expect(svg).toMatch(/fill="#2f6fb0"/i);
  });

  it('draws ROI bars with labels in the ratio format', () => {
    const chart: BarChart = {
      kind: 'bars',
      language: 'en',
      title: 'ROI',
      categories: ['Email marketing', 'Content marketing'],
      series: [{ name: 'Expected ROI', values: [5, 2.5] }],
      orientation: 'horizontal',
      value: { kind: 'ratio' },
    };
    const labels = texts(chartToSvg(chart, 495).svg);
    expect(labels).toEqual(expect.arrayContaining(['Email marketing', 'Content marketing', '5:1', '2.5:1']));
  });

  it('draws a KPI against its path with compact French axis values', () => {
    const chart: KpiChart = {
      kind: 'kpi',
      language: 'fr',
      title: 'Trafic',
      unit: 'sessions',
      measured: {
        name: 'Mesures',
        points: [
          { date: '2027-01-31', value: 41200 },
          { date: '2027-02-28', value: 42900 },
        ],
      },
      expected: {
        name: 'Trajectoire attendue',
        points: [
          { date: '2027-01-01', value: 40000 },
          { date: '2027-12-31', value: 60000 },
        ],
      },
      forecast: {
        name: 'Tendance',
        points: [
          { date: '2027-02-28', value: 42900 },
          { date: '2027-12-31', value: 61000 },
        ],
      },
    };
    const labels = texts(chartToSvg(chart, 495).svg).map((l) => l?.replace(/\u202f|\u00a0/g, ' '));
    expect(labels).toEqual(expect.arrayContaining(['Mesures', 'Trajectoire attendue', 'Tendance']));
    expect(labels.some((l) => /^\d+ k$/.test(l ?? ''))).toBe(true);
  });
});

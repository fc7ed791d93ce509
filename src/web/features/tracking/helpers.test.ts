import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { kpiChartOption } from './chartOption';
import { kpiBody, kpiValues, validateKpi, validateMeasurement } from './kpiForm';
import { sparklinePath } from './Sparkline';
import { varianceText } from './status';
import { kpiEntity, measurement } from './testData';
import { latestFirst, pageFromEnd } from './trackingApi';

describe('pageFromEnd', () => {
  // 45 rows in pages of 20 from the end: page 1 = rows 25…44, page 2 = 5…24, page 3 = 0…4, page 4 empty.
  it.each([
    [45, 1, { offset: 25, limit: 20 }],
    [45, 2, { offset: 5, limit: 20 }],
    [45, 3, { offset: 0, limit: 5 }],
    [45, 4, { offset: 0, limit: 0 }],
    [0, 1, { offset: 0, limit: 0 }],
    [20, 1, { offset: 0, limit: 20 }],
  ])('%i rows, page %i', (total, page, expected) => {
    expect(pageFromEnd(total, page, 20)).toEqual(expected);
  });
});

describe('latestFirst', () => {
  it('orders by date, latest first, and on one date the one entered last first', () => {
    const rows = [
      measurement('a', '2027-01-02', 1),
      measurement('b', '2027-01-05', 2),
      measurement('c', '2027-01-02', 3, { source: 'ga4' }),
    ];
    expect(latestFirst(rows).map((m) => m.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('kpi form', () => {
  const t = i18n.getFixedT('fr');

  it('round-trips a KPI and sends nulls for emptied fields', () => {
    const entity = kpiEntity('k1', 'leads', 'Leads', { unit: 'leads', baseline: 20, target: 35, tolerancePercent: 5 });
    const values = kpiValues(entity);
    expect(kpiBody(values)).toMatchObject({
      name: 'Leads',
      unit: 'leads',
      baseline: 20,
      target: 35,
      tolerancePercent: 5,
    });
    expect(kpiBody({ ...values, unit: '  ', baseline: '', tolerancePercent: '' })).toMatchObject({
      unit: null,
      baseline: null,
      tolerancePercent: 10,
    });
    expect(kpiBody({ ...values, target: '1 250,5' }).target).toBe(1250.5);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ baseline: 'abc' }, 'baseline'],
    [{ targetDate: '2027-02-30' }, 'targetDate'],
    [{ tolerancePercent: -1 }, 'tolerancePercent'],
    [{ tolerancePercent: 101 }, 'tolerancePercent'],
  ])('refuses %o', (change, field) => {
    const errors = validateKpi(t, { ...kpiValues(kpiEntity('k', 'k', 'KPI')), ...change });
    expect(
      Object.entries(errors)
        .filter(([, message]) => message)
        .map(([name]) => name),
    ).toEqual([field]);
  });

  it.each([
    [{ date: '2027-03-01', value: '' }, ['value']],
    [{ date: '', value: 3 }, ['date']],
    [{ date: '2027-03-01', value: 'x' }, ['value']],
    [{ date: '2027-03-01', value: '-2,5' }, []],
  ])('measurement %o', (values, fields) => {
    const errors = validateMeasurement(t, { note: '', ...values });
    expect(
      Object.entries(errors)
        .filter(([, message]) => message)
        .map(([name]) => name),
    ).toEqual(fields);
  });
});

describe('sparklinePath', () => {
  it('spreads dates on x and values on y within the margin (higher values up)', () => {
    // Days 0, 1, 3 across 100 − 2·2 = 96 px: x = 2, 34, 98; values 0, 10, 5 across 20 − 4 = 16 px, flipped.
    const points = [
      { date: '2027-01-01', value: 0 },
      { date: '2027-01-02', value: 10 },
      { date: '2027-01-04', value: 5 },
    ];
    expect(sparklinePath(points, 100, 20, 2)).toBe('2,18 34,2 98,10');
  });

  it('centres a single point and draws nothing without points', () => {
    expect(sparklinePath([{ date: '2027-01-01', value: 3 }], 100, 20, 2)).toBe('50,10');
    expect(sparklinePath([], 100, 20, 2)).toBe('');
  });
});

describe('varianceText', () => {
  it.each([
    [{ absolute: 1200, relative: 0.05 }, 'sessions', 'en', '+1,200 sessions (+5%)'],
    [{ absolute: -0.8, relative: -0.0625 }, 'EUR', 'en', '−0.8 EUR (−6.3%)'],
    [{ absolute: 3, relative: null }, null, 'en', '+3'],
    [null, null, 'en', '—'],
  ] as const)('%o', (variance, unit, language, expected) => {
    expect(varianceText(variance, unit, language)).toBe(expected);
  });
});

describe('kpiChartOption', () => {
  const labels = { measured: 'M', target: 'T', forecast: 'F', band: 'B' };
  const base = {
    series: { total: 2, points: [{ date: '2027-01-01', value: 1 }] },
    targetPath: [
      { date: '2027-01-01', value: 0 },
      { date: '2027-12-31', value: 10 },
    ],
  };

  it('stacks the band’s width on its lower edge', () => {
    const option = kpiChartOption(
      { ...base, forecast: [{ date: '2027-02-01', value: 5, low: 3, high: 8 }] },
      labels,
      String,
    ) as { series: { id: string; data: [string, number][]; stack?: string }[] };
    const byId = Object.fromEntries(option.series.map((s) => [s.id, s]));
    expect(byId.target!.data).toEqual([
      ['2027-01-01', 0],
      ['2027-12-31', 10],
    ]);
    expect(byId['band-low']!.data).toEqual([['2027-02-01', 3]]);
    expect(byId.band!.data).toEqual([['2027-02-01', 5]]);
    expect(byId.band!.stack).toBe(byId['band-low']!.stack);
  });

  it('draws no band when the forecast has no spread to show', () => {
    const option = kpiChartOption(
      { ...base, forecast: [{ date: '2027-02-01', value: 5, low: null, high: null }] },
      labels,
      String,
    ) as { series: { id: string }[]; legend: { data: string[] } };
    expect(option.series.map((s) => s.id)).toEqual(['measured', 'target', 'forecast']);
    expect(option.legend.data).toEqual(['M', 'T', 'F']);
  });
});

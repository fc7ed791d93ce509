import { describe, expect, it } from 'vitest';
import { groupBySourceAndKpi, lastOfEachDate } from './measurement.batch.js';

const row = (kpiId: string, date: string, source = 'ga4', value = 1) => ({ kpiId, date, source, value });

describe('groupBySourceAndKpi', () => {
  it('keeps a batch of one KPI and source as it is', () => {
    const rows = [row('a', '2027-01-02'), row('a', '2027-01-01')];
    const groups = groupBySourceAndKpi(rows);
    expect(groups).toEqual([{ source: 'ga4', kpiId: 'a', rows }]);
    expect(groups[0]!.rows).toBe(rows);
  });

  it('groups by source and KPI, in order of first appearance, rows in their order', () => {
    const rows = [
      row('a', '2027-01-01', 'ga4', 1),
      row('b', '2027-01-01', 'ga4', 2),
      row('a', '2027-01-01', 'ads', 3),
      row('a', '2027-01-02', 'ga4', 4),
      row('b', '2027-01-02', 'ga4', 5),
    ];
    expect(groupBySourceAndKpi(rows).map((g) => [g.source, g.kpiId, g.rows.map((r) => r.value)])).toEqual([
      ['ga4', 'a', [1, 4]],
      ['ga4', 'b', [2, 5]],
      ['ads', 'a', [3]],
    ]);
  });

  it('has no group for no rows', () => {
    expect(groupBySourceAndKpi([])).toEqual([]);
  });
});

describe('lastOfEachDate', () => {
  it('keeps rows without a repeated date as they are, in any order', () => {
    const increasing = [row('a', '2027-01-01'), row('a', '2027-01-02')];
    const unordered = [row('a', '2027-01-03'), row('a', '2027-01-01'), row('a', '2027-01-02')];
    expect(lastOfEachDate(increasing)).toBe(increasing);
    expect(lastOfEachDate(unordered)).toBe(unordered);
  });

  it('keeps the last value of a repeated date, in the place of the first', () => {
    const rows = [
      row('a', '2027-01-02', 'ga4', 1),
      row('a', '2027-01-01', 'ga4', 2),
      row('a', '2027-01-02', 'ga4', 3),
      row('a', '2027-01-02', 'ga4', 4),
    ];
    expect(lastOfEachDate(rows).map((r) => [r.date, r.value])).toEqual([
      ['2027-01-02', 4],
      ['2027-01-01', 2],
    ]);
  });
});

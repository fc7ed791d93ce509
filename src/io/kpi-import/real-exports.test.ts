import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportMapping, ImportPreview, PreviewTable } from '../../contract/imports.js';
import { MeasurementReader, type MappedMeasurement } from './apply.js';
import { ImportFileError } from './errors.js';
import { previewFile } from './preview.js';

/**
 * Every real export in test/fixtures/real-exports (see SOURCES.md for where each comes from and
 * its quirks): the format recognised, the tables and columns found, and values read back exactly
 * as the file writes them.
 */

const dir = path.join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'real-exports');
const file = (name: string) => path.join(dir, name);

async function preview(name: string, fileName: string = name): Promise<ImportPreview> {
  return previewFile(file(name), { fileName });
}

function table(p: ImportPreview, id: string): PreviewTable {
  const found = p.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id} in ${p.tables.map((t) => t.id).join(', ')}`);
  return found;
}

const columns = (t: PreviewTable) => t.columns.map((c) => [c.name, c.kind, c.dateFormat ?? null]);
const kinds = (t: PreviewTable) => Object.fromEntries(t.columns.map((c) => [c.name, c.kind]));

type Mapping = Omit<ImportMapping, 'source'> & { source?: string };

async function read(name: string, mapping: Mapping, units: Record<string, string> = {}) {
  const full = { source: 'test', ...mapping } as ImportMapping;
  const kpis = new Map(full.columns.map((c) => [c.kpiKey, { unit: units[c.kpiKey] ?? null }]));
  const reader = new MeasurementReader(file(name), { mapping: full, kpis });
  const measurements: MappedMeasurement[] = [];
  for await (const batch of reader.batches()) measurements.push(...batch);
  const series = (kpiKey: string) =>
    measurements.filter((m) => m.kpiKey === kpiKey).map((m) => [m.date, m.value] as [string, number]);
  return { measurements, counters: reader.counters, series };
}

describe('Google Analytics 4', () => {
  it('Reports snapshot (mtgrocks): 18 tables, day offsets from each table’s start date, LF without final newline', async () => {
    const p = await preview('ga4-reports-snapshot-multisection-mtgrocks.csv');
    expect(p).toMatchObject({ format: 'ga4', fileType: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(p.period).toEqual({ start: '2022-06-01', end: '2023-11-26' });
    expect(p.tables).toHaveLength(18);
    const users = table(p, '1');
    expect(users).toMatchObject({
      headerLine: 9,
      rowCount: 544,
      suggestedDateColumn: 'Nth day',
      needsFixedDate: false,
    });
    expect(columns(users)).toEqual([
      ['Nth day', 'date', 'day-offset'],
      ['Users', 'number', null],
    ]);
    // Empty tables: a header and two blank lines.
    expect(table(p, '3')).toMatchObject({ title: 'How much revenue are you generating?', rowCount: 0 });
    // Tables of one file cover different periods (the revenue trend of the previous year).
    expect(table(p, '7').period).toEqual({ start: '2021-11-27', end: '2022-11-27' });
    expect(table(p, '17')).toMatchObject({ title: 'Where are your users visiting from?', rowCount: 233 });

    const { series, counters } = await read('ga4-reports-snapshot-multisection-mtgrocks.csv', {
      dateColumn: 'Nth day',
      columns: [{ column: 'Users', kpiKey: 'users' }],
    });
    expect(counters).toMatchObject({ format: 'ga4', table: '1', rowsRead: 544, errorCount: 0 });
    const s = series('users');
    expect(s[0]).toEqual(['2022-06-01', 0]);
    expect(s[543]).toEqual(['2023-11-26', 18790]); // day 0543 = 2022-06-01 + 543
    expect(s.reduce((sum, [, v]) => sum + v, 0)).toBe(16_859_428);

    const countries = await read('ga4-reports-snapshot-multisection-mtgrocks.csv', {
      table: '17',
      fixedDate: '2023-11-26',
      filters: [{ column: 'Country ID', equals: 'CA' }],
      columns: [{ column: 'Users', kpiKey: 'users-ca' }],
    });
    expect(countries.series('users-ca')).toEqual([['2023-11-26', 350_236]]);
    expect(countries.counters.filteredRows).toBe(232);
  });

  it('Reports snapshot (sciencex): CRLF, 14 tables', async () => {
    const p = await preview('ga4-reports-snapshot-multisection-sciencex.csv');
    expect(p.format).toBe('ga4');
    expect(p.tables).toHaveLength(14);
    expect(table(p, '5')).toMatchObject({ title: 'Where do your new users come from?', rowCount: 1 });
    expect(table(p, '9').title).toBe('How are active users trending?');
    const { series } = await read('ga4-reports-snapshot-multisection-sciencex.csv', {
      dateColumn: 'Nth day',
      columns: [{ column: 'Users', kpiKey: 'users' }],
    });
    const s = series('users');
    expect(s).toHaveLength(28);
    expect(s[0]).toEqual(['2023-09-23', 1]);
    expect(s[16]).toEqual(['2023-10-09', 1]);
    expect(s[27]).toEqual(['2023-10-20', 0]);
    expect(s.reduce((sum, [, v]) => sum + v, 0)).toBe(6);
  });

  it('Reports snapshot in Spanish: labels translated, `Día N` with a no-break space, CRLF', async () => {
    const p = await preview('ga4-reports-snapshot-multisection-es-crlf.csv');
    expect(p.format).toBe('ga4');
    expect(p.period).toEqual({ start: '2023-04-24', end: '2023-05-21' });
    expect(p.tables).toHaveLength(15);
    expect(columns(table(p, '1'))).toEqual([
      ['Día N', 'date', 'day-offset'],
      ['Usuarios', 'number', null],
    ]);
    expect(table(p, '10')).toMatchObject({
      title: '¿Cómo retiene a los usuarios?',
      period: { start: '2023-04-09', end: '2023-05-20' },
      rowCount: 6,
      needsFixedDate: true,
    });
    expect(kinds(table(p, '10')).Fecha).toBe('text'); // "9 abr - 15 abr": a range without a year
    const { series } = await read('ga4-reports-snapshot-multisection-es-crlf.csv', {
      table: '2',
      dateColumn: 'Día N',
      columns: [{ column: 'Usuarios nuevos', kpiKey: 'new-users' }],
    });
    expect(series('new-users').filter(([, v]) => v > 0)).toEqual([
      ['2023-05-18', 16],
      ['2023-05-21', 1],
    ]);
  });

  it('Dashboard report (2021 format): almost every table empty; cohort labels are not dates', async () => {
    const p = await preview('ga4-dashboard-report-2021-early-format.csv');
    expect(p.format).toBe('ga4');
    expect(p.tables).toHaveLength(17);
    expect(table(p, '1')).toMatchObject({
      title: 'Active users',
      rowCount: 0,
      period: { start: '2021-03-04', end: '2021-03-31' },
    });
    expect(table(p, '1').columns.map((c) => c.name)).toEqual(['Day', '28-Day', '7-Day', '1-Day']);
    expect(table(p, '7').period).toEqual({ start: '2021-03-31', end: '2021-04-01' });
    expect(p.defaultTable).toBe('9');
    expect(table(p, '9')).toMatchObject({ title: 'Retention cohorts', rowCount: 6, headerLine: 54 });
    const { counters } = await read('ga4-dashboard-report-2021-early-format.csv', {
      dateColumn: 'Date',
      dateFormat: 'month-name',
      columns: [{ column: 'Week 0', kpiKey: 'retention' }],
    });
    expect(counters.invalidRows).toBe(6);
    expect(counters.errors[0]).toMatchObject({
      line: 55,
      column: 'Date',
      value: 'Feb 14 - Feb 20',
      code: 'invalid_date',
      reason: { en: '"Feb 14 - Feb 20" is not a date written as Jan 31, 2024' },
    });
  });

  it('Cities report (2021): three tables, a blank line between comments and header', async () => {
    const p = await preview('ga4-report-cities-three-tables-2021.csv');
    expect(p.tables.map((t) => [t.id, t.headerLine, t.rowCount, t.columns.length])).toEqual([
      ['1', 11, 104, 2],
      ['2', 119, 104, 3],
      ['3', 229, 105, 10],
    ]);
    expect(table(p, '3').period).toEqual({ start: '2020-10-22', end: '2021-10-22' });
    const { series } = await read('ga4-report-cities-three-tables-2021.csv', {
      table: '3',
      fixedDate: '2021-10-22',
      filters: [{ column: 'City', equals: 'Champaign' }],
      columns: [
        { column: 'Users', kpiKey: 'users' },
        { column: 'Engagement rate', kpiKey: 'engagement' },
        { column: 'Average engagement time', kpiKey: 'time' },
      ],
    });
    expect(series('users')).toEqual([['2021-10-22', 40]]);
    expect(series('engagement')).toEqual([['2021-10-22', 0.6421052631578947]]);
    expect(series('time')).toEqual([['2021-10-22', 73.4]]);
  });

  it('Events report: title names the report, no date column (the period’s end is suggested)', async () => {
    const p = await preview('ga4-report-events-event-name.csv');
    const t = table(p, '1');
    expect(t).toMatchObject({
      title: 'Events: Event name',
      headerLine: 10,
      rowCount: 21,
      needsFixedDate: true,
      suggestedFixedDate: '2026-01-12',
    });
    expect(kinds(t)).toEqual({
      'Event name': 'text',
      'Event count': 'number',
      'Total users': 'number',
      'Event count per active user': 'number',
      'Total revenue': 'number',
    });
    expect(p.notes.map((n) => n.en).join(' ')).toContain('the period ends on 2026-01-12');
    const form = await read('ga4-report-events-event-name.csv', {
      fixedDate: '2026-01-12',
      filters: [{ column: 'Event name', equals: 'form_submit' }],
      columns: [
        { column: 'Event count', kpiKey: 'forms' },
        { column: 'Total users', kpiKey: 'form-users' },
      ],
    });
    expect(form.measurements).toEqual([
      { kpiKey: 'forms', date: '2026-01-12', value: 7931 },
      { kpiKey: 'form-users', date: '2026-01-12', value: 888 },
    ]);
    // The last line has no newline.
    const last = await read('ga4-report-events-event-name.csv', {
      fixedDate: '2026-01-12',
      filters: [{ column: 'Event name', equals: 'hs_accordion' }],
      columns: [{ column: 'Event count per active user', kpiKey: 'x' }],
    });
    expect(last.series('x')).toEqual([['2026-01-12', 1]]);
  });

  it('Pages and screens: the header, not the title, names the dimension', async () => {
    const custom = await preview('ga4-report-pages-and-screens-13-metrics.csv');
    const t = table(custom, '1');
    expect(t.title).toBe('Pages and screens: Page path and screen class');
    expect(t.columns[0]!.name).toBe('Page title and screen class');
    expect(t.columns).toHaveLength(13);
    expect(t.rowCount).toBe(1);
    const one = await read('ga4-report-pages-and-screens-13-metrics.csv', {
      fixedDate: '2025-12-31',
      columns: [
        { column: 'Average session duration', kpiKey: 'duration' },
        { column: 'Average engagement time per active user', kpiKey: 'engagement' },
      ],
    });
    expect(one.measurements).toEqual([
      { kpiKey: 'duration', date: '2025-12-31', value: 9.061658 },
      { kpiKey: 'engagement', date: '2025-12-31', value: 138 },
    ]);

    const pages = await read('ga4-report-pages-and-screens-page-path.csv', {
      fixedDate: '2025-12-31',
      aggregate: 'sum',
      columns: [{ column: 'Views', kpiKey: 'views' }],
    });
    expect(pages.series('views')).toEqual([['2025-12-31', 951]]); // the sum of the 16 pages
    expect(pages.counters.rowsRead).toBe(16);
    const sussex = await read('ga4-report-pages-and-screens-page-path.csv', {
      fixedDate: '2025-12-31',
      filters: [{ column: 'Page path and screen class', equals: '/awnings-sussex/' }],
      columns: [{ column: 'Average engagement time per active user', kpiKey: 't' }],
    });
    expect(sussex.series('t')).toEqual([['2025-12-31', 53.15533980582524]]);
  });

  it('Explore (single metric): the Grand total row, first and one cell too long, is left out', async () => {
    const p = await preview('ga4-exploration-freeform-grand-total-single-metric.csv');
    expect(p.format).toBe('ga4');
    expect(table(p, '1')).toMatchObject({
      title: 'Events: Event name-Tab 3',
      period: { start: '2025-12-13', end: '2026-03-12' },
      rowCount: 342,
      skipped: { totals: 1, notes: 0 },
      suggestedFixedDate: '2026-03-12',
    });
    const { series, counters } = await read('ga4-exploration-freeform-grand-total-single-metric.csv', {
      fixedDate: '2026-03-12',
      aggregate: 'sum',
      columns: [{ column: 'Event count', kpiKey: 'events' }],
    });
    // The rows add up to the Grand total the file gives (4,311): it was not counted twice.
    expect(series('events')).toEqual([['2026-03-12', 4311]]);
    expect(counters.totalRows).toBe(1);
  });

  it('Explore (multi metric, truncated copy): header after a blank line, Grand total left out', async () => {
    const p = await preview('ga4-exploration-freeform-grand-total-multi-metric-TRUNCATED.csv');
    const t = table(p, '1');
    expect(t).toMatchObject({
      title: 'Untitled exploration-Free form 1',
      headerLine: 7,
      rowCount: 300,
      skipped: { totals: 1, notes: 0 },
      period: { start: '2024-11-22', end: '2026-01-20' },
    });
    expect(t.rows[0]).toEqual([
      '/blog/talent-is-everywhere-opportunity-is-not/',
      '760',
      '761',
      '18.04213108935611',
      '746',
      '0.01445466491458607',
      '34',
    ]);
    const { measurements } = await read('ga4-exploration-freeform-grand-total-multi-metric-TRUNCATED.csv', {
      fixedDate: '2026-01-20',
      filters: [{ column: 'Page path + query string', equals: '/blog/talent-is-everywhere-opportunity-is-not/' }],
      columns: [
        { column: 'Total users', kpiKey: 'users' },
        { column: 'Bounce rate', kpiKey: 'bounce' },
      ],
    });
    expect(measurements.map((m) => m.value)).toEqual([760, 0.01445466491458607]);
  });

  it('Traffic acquisition re-saved in Excel: padded comments, filler rows and a note below', async () => {
    const p = await preview('ga4-traffic-acquisition-channels-excel-resaved.csv');
    expect(p.format).toBe('ga4');
    expect(p.period).toEqual({ start: '2023-06-25', end: '2023-07-02' });
    expect(p.defaultTable).toBe('1');
    expect(table(p, '1')).toMatchObject({ headerLine: 11, rowCount: 6 });
    expect(table(p, '1').columns).toHaveLength(11);
    const { measurements } = await read('ga4-traffic-acquisition-channels-excel-resaved.csv', {
      fixedDate: '2023-07-02',
      filters: [{ column: 'Session default channel group', equals: 'Organic Search' }],
      columns: [
        { column: 'Users', kpiKey: 'users' },
        { column: 'Engagement rate', kpiKey: 'engagement' },
      ],
    });
    expect(measurements.map((m) => m.value)).toEqual([309, 0.670124481]);
  });
});

describe('Universal Analytics XLSX (rows without `r` attributes, dates and percentages as cell formats)', () => {
  it('reads the sheets, the period on the summary sheet and the unlabelled total row', async () => {
    const p = await preview('ua-pages-report-20220701-20220731.xlsx');
    expect(p).toMatchObject({ fileType: 'xlsx', format: 'generic-xlsx', encoding: null, delimiter: null });
    expect(p.tables.map((t) => t.id)).toEqual(['Summary', 'Dataset1', 'Dataset2']);
    expect(p.period).toEqual({ start: '2022-07-01', end: '2022-07-31' });
    const pages = table(p, 'Dataset1');
    expect(pages).toMatchObject({ rowCount: 10, skipped: { totals: 1, notes: 0 }, suggestedFixedDate: '2022-07-31' });
    // 0.906… formatted as a percentage reads as 90.6… (% units).
    expect(pages.rows[0]).toEqual([
      '/cod-mobile/cod-mobile-ghost-hack-event-how-to-access-answers-rewards',
      11649,
      10472,
      388.75,
      10450,
      90.6028708133971,
      88.6685552407932,
      0,
    ]);
    const days = table(p, 'Dataset2');
    expect(days).toMatchObject({ rowCount: 31, suggestedDateColumn: 'Day Index', suggestedDateFormat: 'iso' });
    const { series, counters } = await read('ua-pages-report-20220701-20220731.xlsx', {
      table: 'Dataset2',
      dateColumn: 'Day Index',
      columns: [{ column: 'Pageviews', kpiKey: 'pageviews' }],
    });
    const s = series('pageviews');
    expect(s).toHaveLength(31);
    expect(s[0]).toEqual(['2022-07-01', 1022]); // Excel serial 44743
    expect(s[30]).toEqual(['2022-07-31', 5936]);
    expect(s.reduce((sum, [, v]) => sum + v, 0)).toBe(93_480); // the total row the file gives
    expect(counters.totalRows).toBe(1);
  });
});

describe('Google Ads campaign reports', () => {
  it('all time (USD): grouped numbers, quoted names with commas, placeholders, Total rows left out', async () => {
    const p = await preview('google-ads-campaign-report-all-time-usd.csv');
    expect(p.format).toBe('google-ads');
    expect(p.period).toBeNull(); // "All time"
    const t = table(p, '1');
    expect(t).toMatchObject({
      title: 'Campaign report',
      headerLine: 3,
      rowCount: 12,
      skipped: { totals: 5, notes: 0 },
    });
    expect(kinds(t)).toMatchObject({
      'Impr.': 'number',
      'Interaction rate': 'percent',
      Cost: 'number',
      Campaign: 'text',
    });
    const named = await read('google-ads-campaign-report-all-time-usd.csv', {
      fixedDate: '2026-01-31',
      filters: [{ column: 'Campaign', equals: 'Bay Area Exterior Wood (<2025)' }],
      columns: [
        { column: 'Impr.', kpiKey: 'impressions' },
        { column: 'Conversions', kpiKey: 'conversions' },
        { column: 'Interaction rate', kpiKey: 'rate' },
        { column: 'Search lost IS (rank)', kpiKey: 'lost' },
      ],
    });
    expect(named.measurements.map((m) => [m.kpiKey, m.value])).toEqual([
      ['impressions', 1_356_884],
      ['conversions', 4838.8],
      ['rate', 1.69],
      ['lost', 63.38],
    ]);
    const comma = await read('google-ads-campaign-report-all-time-usd.csv', {
      fixedDate: '2026-01-31',
      filters: [{ column: 'Campaign', equals: 'Deck, siding & other_Remarketing_RSL' }],
      columns: [{ column: 'Clicks', kpiKey: 'clicks' }],
    });
    expect(comma.series('clicks')).toEqual([['2026-01-31', 9813]]);
    // The campaign rows add up to "Total: Campaigns" (199421.15): totals were not added in.
    const cost = await read('google-ads-campaign-report-all-time-usd.csv', {
      fixedDate: '2026-01-31',
      aggregate: 'sum',
      columns: [{ column: 'Cost', kpiKey: 'cost' }],
    });
    expect(cost.series('cost')[0]![1]).toBeCloseTo(199_421.15, 6);
    expect(cost.counters.totalRows).toBe(5);
    // "< 10%" is a bound: an error naming the line, not a number.
    const share = await read('google-ads-campaign-report-all-time-usd.csv', {
      fixedDate: '2026-01-31',
      filters: [{ column: 'Campaign', equals: 'Deck, siding & other_Mobile_RSL' }],
      columns: [{ column: 'Search impr. share', kpiKey: 'share' }],
    });
    expect(share.counters.errors).toEqual([
      expect.objectContaining({ line: 6, column: 'Search impr. share', value: '< 10%', code: 'bound_not_value' }),
    ]);
  });

  it('en-GB (GBP): the period on line 2; a currency warning against a EUR KPI', async () => {
    const p = await preview('google-ads-campaign-report-en-gb-gbp.csv');
    expect(p.period).toEqual({ start: '2026-01-27', end: '2026-02-23' });
    expect(table(p, '1')).toMatchObject({
      rowCount: 2,
      skipped: { totals: 5, notes: 0 },
      suggestedFixedDate: '2026-02-23',
    });
    const { measurements, counters } = await read(
      'google-ads-campaign-report-en-gb-gbp.csv',
      {
        fixedDate: '2026-02-23',
        filters: [{ column: 'Campaign', equals: 'Fruit-Veg-Boxes-Shopping-SMP' }],
        columns: [
          { column: 'Impr.', kpiKey: 'impressions' },
          { column: 'Conv. value', kpiKey: 'value' },
          { column: 'CTR', kpiKey: 'ctr' },
        ],
      },
      { value: 'EUR' },
    );
    expect(measurements.map((m) => m.value)).toEqual([31_193, 1286.58, 1.93]);
    expect(counters.warnings.map((w) => w.en)).toEqual([
      'Column "Conv. value" is in GBP and KPI "value" in EUR: the values are imported as they are, not converted.',
    ]);
  });

  it('en-US (INR): the quoted period with commas', async () => {
    const p = await preview('google-ads-campaign-report-en-us-inr.csv');
    expect(p.format).toBe('google-ads');
    expect(p.period).toEqual({ start: '2025-07-08', end: '2025-07-31' });
    const { series } = await read('google-ads-campaign-report-en-us-inr.csv', {
      fixedDate: '2025-07-31',
      aggregate: 'sum',
      columns: [{ column: 'Interactions', kpiKey: 'interactions' }],
    });
    expect(series('interactions')).toEqual([['2025-07-31', 22_061]]); // = Total: Campaigns
  });

  it('EUR with Greek campaign names (UTF-8)', async () => {
    const p = await preview('google-ads-campaign-report-eur-greek-names.csv');
    expect(p.period).toEqual({ start: '2026-03-27', end: '2026-04-23' });
    expect(table(p, '1').rows.map((r) => r[1])).toEqual(['i-smile.gr', 'dentplant.gr', 'Οδοντικά Εμφυτεύματα Αθήνα']);
    const { series } = await read('google-ads-campaign-report-eur-greek-names.csv', {
      fixedDate: '2026-04-23',
      filters: [{ column: 'Campaign', equals: 'Οδοντικά Εμφυτεύματα Αθήνα' }],
      columns: [{ column: 'Budget', kpiKey: 'budget' }],
    });
    expect(series('budget')).toEqual([['2026-04-23', 0.4]]);
  });

  it('"Excel .csv": UTF-16LE with a BOM, tab-separated', async () => {
    const p = await preview('google-ads-campaign-report-utf16le-tab-gbp.csv');
    expect(p).toMatchObject({ format: 'google-ads', encoding: 'utf-16le', delimiter: '\t' });
    expect(p.period).toEqual({ start: '2026-01-27', end: '2026-02-23' });
    expect(table(p, '1')).toMatchObject({ rowCount: 1, skipped: { totals: 2, notes: 0 } });
    expect(table(p, '1').columns).toHaveLength(27);
    const { measurements } = await read('google-ads-campaign-report-utf16le-tab-gbp.csv', {
      fixedDate: '2026-02-23',
      columns: [
        { column: 'Impr.', kpiKey: 'impressions' },
        { column: 'Cost', kpiKey: 'cost' },
        { column: 'Conv. rate', kpiKey: 'rate' },
      ],
    });
    expect(measurements.map((m) => m.value)).toEqual([9380, 365.22, 5.02]);
  });
});

describe('Google Search Console', () => {
  it('Chart.csv: daily, oldest first', async () => {
    const p = await preview('gsc-performance-chart-daily-2025.csv');
    expect(p.format).toBe('google-search-console');
    expect(table(p, '1')).toMatchObject({ rowCount: 365, suggestedDateColumn: 'Date', suggestedDateFormat: 'iso' });
    expect(kinds(table(p, '1'))).toEqual({
      Date: 'date',
      Clicks: 'number',
      Impressions: 'number',
      CTR: 'percent',
      Position: 'number',
    });
    const { series, counters } = await read('gsc-performance-chart-daily-2025.csv', {
      dateColumn: 'Date',
      columns: [
        { column: 'Clicks', kpiKey: 'clicks' },
        { column: 'CTR', kpiKey: 'ctr' },
      ],
    });
    expect(series('clicks')[0]).toEqual(['2025-01-01', 161]);
    expect(series('clicks')[364]).toEqual(['2025-12-31', 159]);
    expect(series('clicks').reduce((sum, [, v]) => sum + v, 0)).toBe(100_599);
    expect(series('ctr')[0]).toEqual(['2025-01-01', 1.2]);
    expect(counters).toMatchObject({ firstDate: '2025-01-01', lastDate: '2025-12-31', measurements: 730 });
  });

  it('Dates.csv (English): newest first', async () => {
    const { series, counters } = await read('gsc-performance-dates-en-descending.csv', {
      dateColumn: 'Date',
      columns: [
        { column: 'Clicks', kpiKey: 'clicks' },
        { column: 'CTR', kpiKey: 'ctr' },
        { column: 'Position', kpiKey: 'position' },
      ],
    });
    expect(series('clicks')[0]).toEqual(['2025-04-19', 0]);
    expect(series('ctr')[2]).toEqual(['2025-04-17', 11.11]);
    expect(series('position')[33]).toEqual(['2025-03-17', 7.75]);
    expect(series('clicks').reduce((sum, [, v]) => sum + v, 0)).toBe(110);
    expect(counters).toMatchObject({ firstDate: '2025-03-17', lastDate: '2025-04-19', rowsRead: 34 });
  });

  it('Dates.csv (French UI): only the labels change', async () => {
    const p = await preview('gsc-performance-dates-fr.csv');
    expect(p.format).toBe('google-search-console');
    expect(table(p, '1').columns.map((c) => c.name)).toEqual(['Date', 'Clics', 'Impressions', 'CTR', 'Position']);
    const { series } = await read('gsc-performance-dates-fr.csv', {
      dateColumn: 'Date',
      columns: [
        { column: 'Clics', kpiKey: 'clics' },
        { column: 'Position', kpiKey: 'position' },
      ],
    });
    expect(series('clics')[0]).toEqual(['2025-02-05', 6443]);
    expect(series('position')[0]).toEqual(['2025-02-05', 23.8]);
    expect(series('clics').reduce((sum, [, v]) => sum + v, 0)).toBe(676_311);
  });

  it.each([
    ['gsc-performance-devices-en.csv', 'Device', 'Clicks', 3, 'Mobile', 21_714, 32_288],
    ['gsc-performance-appareils-fr.csv', 'Appareil', 'Clics', 3, 'Ordinateur', 255_313, 676_311],
    ['gsc-performance-search-appearance-en.csv', 'Search Appearance', 'Clicks', 2, 'Translated results', 63, 126],
    ['gsc-performance-apparence-fr.csv', 'Apparence dans les résultats de recherche', 'Clics', 4, 'Vidéos', 0, 221_074],
    ['gsc-performance-requetes-fr.csv', 'Requêtes les plus fréquentes', 'Clics', 1000, 'michelin tires', 54_833, null],
  ] as const)('%s: a dimension table without dates', async (name, dimension, clicks, rows, value, expected, total) => {
    const p = await preview(name);
    expect(p.format).toBe('google-search-console');
    expect(table(p, '1')).toMatchObject({ rowCount: rows, needsFixedDate: true });
    expect(table(p, '1').columns[0]).toMatchObject({ name: dimension, kind: 'text' });
    const one = await read(name, {
      fixedDate: '2025-02-05',
      filters: [{ column: dimension, equals: value }],
      columns: [{ column: clicks, kpiKey: 'clicks' }],
    });
    expect(one.series('clicks')).toEqual([['2025-02-05', expected]]);
    if (total !== null) {
      const sum = await read(name, {
        fixedDate: '2025-02-05',
        aggregate: 'sum',
        columns: [{ column: clicks, kpiKey: 'c' }],
      });
      expect(sum.series('c')).toEqual([['2025-02-05', total]]);
    }
  });

  it('the same KPI twice on one date is an error naming each extra row, unless the rows are added up', async () => {
    const { counters } = await read('gsc-performance-devices-en.csv', {
      fixedDate: '2025-12-31',
      columns: [{ column: 'Clicks', kpiKey: 'clicks' }],
    });
    expect(counters.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'duplicate'],
      [4, 'duplicate'],
    ]);
    expect(counters.errors[0]!.reason.fr).toContain('a déjà une valeur le 2025-12-31');
  });

  it('Filters.csv / Filtres.csv: the period of the export, when it is written as dates', async () => {
    const en = await preview('gsc-performance-filters-en.csv');
    expect(en.format).toBe('google-search-console');
    expect(en.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(table(en, '1').rows).toEqual([
      ['Search type', 'Web'],
      ['Date', '1 Jan 2025-31 Dec 2025'],
      ['Page', '+/blog/'],
    ]);
    const fr = await preview('gsc-performance-filtres-fr.csv');
    expect(fr.format).toBe('google-search-console');
    expect(fr.period).toBeNull(); // "Les 3 derniers mois"
    expect(table(fr, '1').rows[1]).toEqual(['Date', 'Les 3\u00a0derniers mois']);
  });
});

describe('Meta Ads Manager', () => {
  it('ad level: ISO dates in Reporting starts/ends, currency in the header, several ads per period', async () => {
    const p = await preview('meta-ads-ad-level-UNVERIFIED-copied-from-test-literal.csv');
    expect(p.format).toBe('meta-ads');
    const t = table(p, '1');
    expect(t).toMatchObject({ rowCount: 9, suggestedDateColumn: 'Reporting ends', suggestedDateFormat: 'iso' });
    expect(t.columns.find((c) => c.name === 'Amount spent (USD)')).toMatchObject({ kind: 'currency', currency: 'USD' });
    const mapping = {
      dateColumn: 'Reporting ends',
      columns: [
        { column: 'Results', kpiKey: 'results' },
        { column: 'Amount spent (USD)', kpiKey: 'spend' },
      ],
    };
    const refused = await read('meta-ads-ad-level-UNVERIFIED-copied-from-test-literal.csv', mapping);
    expect(refused.counters.invalidRows).toBe(8); // nine ads, one period: a value per KPI and date
    const { series } = await read('meta-ads-ad-level-UNVERIFIED-copied-from-test-literal.csv', {
      ...mapping,
      aggregate: 'sum',
    });
    expect(series('results')).toEqual([['2026-06-07', 174]]);
    expect(series('spend')[0]![1]).toBeCloseTo(534.81, 9);
  });

  it('campaigns without delivery: "No data available." is a note, not data', async () => {
    const p = await preview('meta-ads-campaigns-no-data-usd.csv');
    expect(p.format).toBe('meta-ads');
    expect(table(p, '1')).toMatchObject({ rowCount: 0, skipped: { totals: 0, notes: 1 } });
    expect(p.defaultTable).toBeNull();
    const { measurements, counters } = await read('meta-ads-campaigns-no-data-usd.csv', {
      dateColumn: 'Reporting ends',
      columns: [{ column: 'Results', kpiKey: 'results' }],
    });
    expect(measurements).toEqual([]);
    expect(counters).toMatchObject({ noteRows: 1, errorCount: 0 });
  });
});

describe('Google Business Profile', () => {
  it('two header rows; the period is in the file name only', async () => {
    const name = 'GMB insights (Performance Report) - 2025-10-1 - 2025-10-31 - 2bfad2d361cb8b6fd65c19994a4f6f00.csv';
    const p = await preview('google-business-profile-performance-report-2025-10.csv', name);
    expect(p.format).toBe('google-business-profile');
    expect(p.period).toEqual({ start: '2025-10-01', end: '2025-10-31' });
    const t = table(p, '1');
    expect(t).toMatchObject({ rowCount: 4, skipped: { totals: 0, notes: 1 }, suggestedFixedDate: '2025-10-31' });
    expect(t.rows[0]!.slice(1, 3)).toEqual([
      'Formpipe Software',
      'Unit 1, Isaac Newton Centre, Science Park, Nottingham NG7 2RH',
    ]);
    expect(kinds(t)).toMatchObject({ Directions: 'number', 'Website clicks': 'number', Address: 'text' });
    const { series } = await read('google-business-profile-performance-report-2025-10.csv', {
      fixedDate: '2025-10-31',
      aggregate: 'sum',
      columns: [
        { column: 'Directions', kpiKey: 'directions' },
        { column: 'Google Search - Mobile', kpiKey: 'search-mobile' },
      ],
    });
    expect(series('directions')).toEqual([['2025-10-31', 266]]);
    expect(series('search-mobile')).toEqual([['2025-10-31', 92]]);
  });
});

describe('mapping problems', () => {
  it('a column the table does not have is an error on the mapping, naming the columns there are', async () => {
    const attempt = read('gsc-performance-dates-fr.csv', {
      table: '1',
      dateColumn: 'Date',
      columns: [{ column: 'Clicks', kpiKey: 'clicks' }],
    });
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError);
    await expect(attempt).rejects.toMatchObject({
      code: 'mapping',
      fields: [{ path: 'mapping.columns.0.column', message: 'No column "Clicks" in table 1' }],
    });
  });

  it('without a table, the first one holding every mapped column is used', async () => {
    const { counters } = await read('ga4-report-cities-three-tables-2021.csv', {
      fixedDate: '2021-10-22',
      filters: [{ column: 'City', equals: 'Urbana' }],
      columns: [{ column: 'New users', kpiKey: 'new' }],
    });
    expect(counters.table).toBe('2');
  });
});

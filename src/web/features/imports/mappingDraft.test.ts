import { describe, expect, it } from 'vitest';
import type { PreviewTable } from '../../../contract/imports.js';
import {
  agreedDecimalSeparator,
  applySavedMapping,
  initialDraft,
  mappableColumns,
  mappingFromDraft,
  serverDraftErrors,
  validateDraft,
  type MappingDraft,
} from './mappingDraft';
import { GA4_PREVIEW, GSC_PREVIEW, GSC_TABLE, savedMapping } from './testKit';

const TODAY = '2026-03-01';
const ga4Table = GA4_PREVIEW.tables[0]!;

describe('the draft made from a preview', () => {
  it('takes the suggested date column and format, and the source of the format', () => {
    expect(initialDraft(GSC_PREVIEW, GSC_TABLE, TODAY)).toEqual({
      tableId: '1',
      dateMode: 'column',
      dateColumn: 'Date',
      fixedDate: TODAY,
      dateFormat: 'iso',
      decimalSeparator: '.',
      kpiByColumn: {},
      source: 'search-console',
      filters: [],
      sumDuplicates: false,
    });
  });

  it('takes a fixed date, the end of the period, for a report without a date column, and adds rows up', () => {
    const draft = initialDraft(GA4_PREVIEW, ga4Table, TODAY);
    expect(draft).toMatchObject({ dateMode: 'fixed', fixedDate: '2021-10-22', sumDuplicates: true, source: 'ga4' });
  });

  it('falls back on the file’s period, then on today, for the fixed date', () => {
    const noSuggestion = { ...ga4Table, suggestedFixedDate: null, period: null };
    expect(initialDraft(GA4_PREVIEW, noSuggestion, TODAY).fixedDate).toBe('2021-10-22');
    expect(initialDraft({ ...GA4_PREVIEW, period: null }, noSuggestion, TODAY).fixedDate).toBe(TODAY);
  });

  it.each([
    ['no separator seen', [undefined, undefined], ''],
    ['all points', ['.', '.'], '.'],
    ['all commas', [',', undefined], ','],
    ['columns disagree', ['.', ','], ''],
  ] as const)('decimal separator when %s', (_, separators, expected) => {
    const table: PreviewTable = {
      ...GSC_TABLE,
      columns: separators.map((decimalSeparator, index) => ({
        name: `c${index}`,
        index,
        kind: 'number',
        confidence: 1,
        samples: [],
        ...(decimalSeparator ? { decimalSeparator } : {}),
      })),
    };
    expect(agreedDecimalSeparator(table)).toBe(expected);
  });
});

describe('the mapping sent', () => {
  const draft = (changes: Partial<MappingDraft> = {}): MappingDraft => ({
    ...initialDraft(GSC_PREVIEW, GSC_TABLE, TODAY),
    ...changes,
  });

  it('offers the numeric columns, not the date column nor text', () => {
    expect(mappableColumns(GSC_TABLE, draft()).map((c) => c.name)).toEqual(['Clics', 'Impressions', 'CTR', 'Position']);
    expect(mappableColumns(ga4Table, initialDraft(GA4_PREVIEW, ga4Table, TODAY)).map((c) => c.name)).toEqual(['Users']);
  });

  it('offers a text column once mapped, or when every column is asked for', () => {
    const ga4Draft = initialDraft(GA4_PREVIEW, ga4Table, TODAY);
    expect(mappableColumns(ga4Table, ga4Draft, true).map((c) => c.name)).toEqual(['City', 'Users']);
    const mapped = { ...ga4Draft, kpiByColumn: { City: 'trafic-organique' } };
    expect(mappableColumns(ga4Table, mapped).map((c) => c.name)).toEqual(['City', 'Users']);
    expect(mappingFromDraft(ga4Table, mapped).columns).toEqual([{ column: 'City', kpiKey: 'trafic-organique' }]);
    // In column mode, the date column is never offered.
    expect(mappableColumns(GSC_TABLE, draft(), true).map((c) => c.name)).not.toContain('Date');
  });

  it('names the date column, the mapped columns in the table’s order, and leaves detection to the server', () => {
    const mapping = mappingFromDraft(
      GSC_TABLE,
      draft({
        kpiByColumn: { CTR: 'taux-de-clic', Clics: 'trafic-organique', Impressions: '' },
        dateFormat: '',
        decimalSeparator: '',
        source: '  gsc  ',
      }),
    );
    expect(mapping).toEqual({
      table: '1',
      dateColumn: 'Date',
      columns: [
        { column: 'Clics', kpiKey: 'trafic-organique' },
        { column: 'CTR', kpiKey: 'taux-de-clic' },
      ],
      source: 'gsc',
    });
  });

  it('sends a fixed date, the formats chosen, the filters and the sum', () => {
    const mapping = mappingFromDraft(
      GSC_TABLE,
      draft({
        dateMode: 'fixed',
        fixedDate: '2025-01-31',
        dateFormat: 'dmy',
        decimalSeparator: ',',
        kpiByColumn: { Clics: 'trafic-organique' },
        filters: [{ id: 1, column: 'Position', equals: '1' }],
        sumDuplicates: true,
      }),
    );
    // The date format only matters for a date column.
    expect(mapping).toEqual({
      table: '1',
      fixedDate: '2025-01-31',
      decimalSeparator: ',',
      columns: [{ column: 'Clics', kpiKey: 'trafic-organique' }],
      source: 'search-console',
      filters: [{ column: 'Position', equals: '1' }],
      aggregate: 'sum',
    });
  });
});

describe('what must be fixed', () => {
  const base = initialDraft(GSC_PREVIEW, GSC_TABLE, TODAY);
  const valid: MappingDraft = { ...base, kpiByColumn: { Clics: 'trafic-organique' } };

  it.each<[string, Partial<MappingDraft>, Record<string, string>]>([
    ['nothing', {}, {}],
    ['no column mapped', { kpiByColumn: {} }, { columns: 'noColumn' }],
    ['a KPI fed twice', { kpiByColumn: { Clics: 'k', Impressions: 'k' } }, { 'kpi:Impressions': 'kpiTwice' }],
    ['no date column', { dateColumn: '' }, { dateColumn: 'required' }],
    ['a date column not in the table', { dateColumn: 'Jour' }, { dateColumn: 'unknownColumn' }],
    ['no fixed date', { dateMode: 'fixed', fixedDate: '' }, { fixedDate: 'required' }],
    ['an impossible fixed date', { dateMode: 'fixed', fixedDate: '2025-02-30' }, { fixedDate: 'invalidDate' }],
    ['a blank source', { source: '   ' }, { source: 'required' }],
    ['a source with a tab', { source: 'ga\t4' }, { source: 'controlCharacters' }],
    [
      'a filter without a column',
      { filters: [{ id: 7, column: '', equals: 'Mobile' }] },
      { 'filter:7:column': 'required' },
    ],
  ])('%s', (_, changes, expected) => {
    expect(validateDraft(GSC_TABLE, { ...valid, ...changes })).toEqual(expected);
  });

  it('points at the fields the server refused', () => {
    const mapping = mappingFromDraft(GSC_TABLE, {
      ...valid,
      kpiByColumn: { Clics: 'trafic-organique', CTR: 'taux-de-clic' },
    });
    expect(
      serverDraftErrors(
        [
          'mapping.columns.1.kpiKey',
          'mapping.dateColumn',
          'mapping.filters.0.column',
          'body',
          'mapping.columns.9.column',
        ],
        mapping,
        [4],
      ),
    ).toEqual({ 'kpi:CTR': 'rejected', dateColumn: 'rejected', 'filter:4:column': 'rejected' });
  });
});

describe('a saved mapping applied to a file', () => {
  const base = initialDraft(GSC_PREVIEW, GSC_TABLE, TODAY);
  const kpis = new Set(['trafic-organique', 'taux-de-clic']);

  it('takes what fits the table and lists what does not', () => {
    const applied = applySavedMapping(
      {
        ...savedMapping().mapping,
        columns: [
          { column: 'Clics', kpiKey: 'trafic-organique' },
          { column: 'Requêtes', kpiKey: 'taux-de-clic' },
          { column: 'CTR', kpiKey: 'supprime' },
        ],
        filters: [
          { column: 'Position', equals: '1' },
          { column: 'Appareil', equals: 'Mobile' },
        ],
        decimalSeparator: ',',
        aggregate: 'sum',
      },
      GSC_TABLE,
      base,
      kpis,
    );
    expect(applied.missingColumns).toEqual(['Requêtes', 'Appareil']);
    expect(applied.missingKpis).toEqual(['supprime']);
    expect(applied.draft).toMatchObject({
      dateMode: 'column',
      dateColumn: 'Date',
      kpiByColumn: { Clics: 'trafic-organique' },
      source: 'gsc-mensuel',
      decimalSeparator: ',',
      filters: [{ id: 1, column: 'Position', equals: '1' }],
      sumDuplicates: true,
      tableId: '1',
    });
  });

  it('keeps the new file’s date when the saved mapping used a fixed date', () => {
    const ga4Base = initialDraft(GA4_PREVIEW, ga4Table, TODAY);
    const applied = applySavedMapping(
      { fixedDate: '2020-01-31', columns: [{ column: 'Users', kpiKey: 'trafic-organique' }], source: 'ga4' },
      ga4Table,
      ga4Base,
      kpis,
    );
    expect(applied.draft).toMatchObject({ dateMode: 'fixed', fixedDate: '2021-10-22', sumDuplicates: false });
    expect(applied.missingColumns).toEqual([]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../contract/imports.js';
import { MeasurementReader, type MappedMeasurement } from './apply.js';
import { ImportFileError } from './errors.js';
import { previewFile } from './preview.js';

/**
 * Files as people make them by hand or re-save them: French Excel (semicolons, decimal commas,
 * no-break spaces, DD/MM/YYYY, BOM, CRLF), US dates, month names, Windows-1252, TSV, XLSX with
 * date and percentage formats. Written here, read back with known answers.
 */

let dir = '';
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-kpi-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(file: string, mapping: Omit<ImportMapping, 'source'>) {
  const full = { source: 'test', ...mapping } as ImportMapping;
  const kpis = new Map(full.columns.map((c) => [c.kpiKey, { unit: null }]));
  const reader = new MeasurementReader(file, { mapping: full, kpis });
  const measurements: MappedMeasurement[] = [];
  for await (const batch of reader.batches()) measurements.push(...batch);
  return { measurements, counters: reader.counters };
}

const frenchRows = [
  'Date;Visites;Chiffre d’affaires;Taux de conversion;Commentaire',
  '01/03/2024;1\u00a0234;1\u202f234,50 €;12,5 %;',
  '02/03/2024;1\u00a0300;980,00 €;11,9 %;"une note\nsur deux lignes"',
  '03/03/2024;;1\u00a0020,10 €;;',
  '13/03/2024;1\u00a0410;(15,00 €);13 %;remboursement',
];

describe('a CSV from French Excel', () => {
  it('is read with its BOM, semicolons, CRLF, decimal commas, grouped thousands and DD/MM/YYYY', async () => {
    const file = write('fr.csv', `\ufeff${frenchRows.join('\r\n')}\r\n`);
    const p = await previewFile(file);
    expect(p).toMatchObject({ format: 'generic-csv', encoding: 'utf-8-bom', delimiter: ';', defaultTable: '1' });
    const t = p.tables[0]!;
    expect(t.rowCount).toBe(4);
    expect(t.suggestedDateColumn).toBe('Date');
    expect(t.columns.map((c) => [c.name, c.kind, c.dateFormat ?? c.decimalSeparator ?? null])).toEqual([
      ['Date', 'date', 'dmy'],
      ['Visites', 'number', null],
      ['Chiffre d’affaires', 'currency', ','],
      ['Taux de conversion', 'percent', ','],
      ['Commentaire', 'text', null],
    ]);
    expect(t.columns[2]!.currency).toBe('EUR');
    const { measurements, counters } = await read(file, {
      dateColumn: 'Date',
      columns: [
        { column: 'Visites', kpiKey: 'visits' },
        { column: 'Chiffre d’affaires', kpiKey: 'revenue' },
        { column: 'Taux de conversion', kpiKey: 'conversion' },
      ],
    });
    expect(measurements).toEqual([
      { kpiKey: 'visits', date: '2024-03-01', value: 1234 },
      { kpiKey: 'revenue', date: '2024-03-01', value: 1234.5 },
      { kpiKey: 'conversion', date: '2024-03-01', value: 12.5 },
      { kpiKey: 'visits', date: '2024-03-02', value: 1300 },
      { kpiKey: 'revenue', date: '2024-03-02', value: 980 },
      { kpiKey: 'conversion', date: '2024-03-02', value: 11.9 },
      { kpiKey: 'revenue', date: '2024-03-03', value: 1020.1 },
      { kpiKey: 'visits', date: '2024-03-13', value: 1410 },
      { kpiKey: 'revenue', date: '2024-03-13', value: -15 },
      { kpiKey: 'conversion', date: '2024-03-13', value: 13 },
    ]);
    expect(counters).toMatchObject({ rowsRead: 4, rowsImported: 4, emptyCells: 2, errorCount: 0 });
  });

  it('names the line, column and reason of each bad cell, in French and English, lines counted past a quoted line break', async () => {
    const rows = [...frenchRows, '14/03/2024;1\u00a0500;douze;14 %;', '31/02/2024;1\u00a0510;10,00 €;14 %;'];
    const file = write('fr-bad.csv', `\ufeff${rows.join('\r\n')}\r\n`);
    const { measurements, counters } = await read(file, {
      dateColumn: 'Date',
      columns: [
        { column: 'Visites', kpiKey: 'visits' },
        { column: 'Chiffre d’affaires', kpiKey: 'revenue' },
      ],
    });
    expect(counters.errors).toEqual([
      {
        line: 7, // the note of line 3 spans two lines
        column: 'Chiffre d’affaires',
        value: 'douze',
        code: 'invalid_number',
        reason: { fr: '« douze » n’est pas un nombre', en: '"douze" is not a number' },
      },
      {
        line: 8,
        column: 'Date',
        value: '31/02/2024',
        code: 'invalid_date',
        reason: {
          fr: '« 31/02/2024 » n’est pas une date au format JJ/MM/AAAA',
          en: '"31/02/2024" is not a date written as DD/MM/YYYY',
        },
      },
    ]);
    expect(counters).toMatchObject({ invalidRows: 2, rowsRead: 6, rowsImported: 4 });
    // Bad rows give no measurement at all, not even their good cells.
    expect(measurements.filter((m) => m.date >= '2024-03-14')).toEqual([]);
  });

  it('takes the decimal separator the mapping gives over the one it would guess', async () => {
    const file = write('ambiguous.csv', 'Date;Montant\n2024-01-01;1,234\n2024-01-02;2,500\n');
    const guessed = await read(file, { dateColumn: 'Date', columns: [{ column: 'Montant', kpiKey: 'm' }] });
    expect(guessed.measurements.map((m) => m.value)).toEqual([1234, 2500]); // no evidence: grouping
    const told = await read(file, {
      dateColumn: 'Date',
      decimalSeparator: ',',
      columns: [{ column: 'Montant', kpiKey: 'm' }],
    });
    expect(told.measurements.map((m) => m.value)).toEqual([1.234, 2.5]);
  });
});

describe('dates', () => {
  it('MM/DD/YYYY told apart from DD/MM/YYYY over the column', async () => {
    const file = write('us.csv', 'Day,Sessions\n01/05/2024,10\n01/12/2024,11\n01/31/2024,12\n');
    const p = await previewFile(file);
    expect(p.tables[0]!.columns[0]).toMatchObject({ kind: 'date', dateFormat: 'mdy' });
    const { measurements } = await read(file, { dateColumn: 'Day', columns: [{ column: 'Sessions', kpiKey: 's' }] });
    expect(measurements.map((m) => m.date)).toEqual(['2024-01-05', '2024-01-12', '2024-01-31']);
  });

  it('ambiguous day and month: read day first, flagged in the preview and the report', async () => {
    const file = write('ambiguous-dates.csv', 'Date,Leads\n01/02/2024,3\n03/04/2024,4\n');
    const p = await previewFile(file);
    expect(p.tables[0]!.columns[0]).toMatchObject({ dateFormat: 'dmy', dateAmbiguous: true });
    expect(p.notes.map((n) => n.en).join(' ')).toContain('either day/month or month/day');
    const { measurements, counters } = await read(file, {
      dateColumn: 'Date',
      columns: [{ column: 'Leads', kpiKey: 'l' }],
    });
    expect(measurements.map((m) => m.date)).toEqual(['2024-02-01', '2024-04-03']);
    expect(counters.warnings).toHaveLength(1);
    const told = await read(file, {
      dateColumn: 'Date',
      dateFormat: 'mdy',
      columns: [{ column: 'Leads', kpiKey: 'l' }],
    });
    expect(told.measurements.map((m) => m.date)).toEqual(['2024-01-02', '2024-03-04']);
    expect(told.counters.warnings).toEqual([]);
  });

  it.each([
    ['month names in English', 'Date,Clicks\n"Jan 31, 2024",5\n"Feb 1, 2024",6\n', 'month-name'],
    ['month names in French', 'Date;Clics\n31 janvier 2024;5\n1er février 2024;6\n', 'month-name'],
    ['YYYYMMDD', 'Date,Clicks\n20240131,5\n20240201,6\n', 'ymd-compact'],
    ['spreadsheet day numbers', 'Date,Clicks\n45322,5\n45323,6\n', 'excel-serial'],
  ])('%s', async (_name, content, format) => {
    const file = write(`${format}.csv`, content);
    const p = await previewFile(file);
    expect(p.tables[0]!.columns[0]).toMatchObject({ kind: 'date', dateFormat: format });
    const clicks = p.tables[0]!.columns[1]!.name;
    const { measurements } = await read(file, { dateColumn: 'Date', columns: [{ column: clicks, kpiKey: 'c' }] });
    expect(measurements).toEqual([
      { kpiKey: 'c', date: '2024-01-31', value: 5 },
      { kpiKey: 'c', date: '2024-02-01', value: 6 },
    ]);
  });
});

describe('encodings and delimiters', () => {
  it('Windows-1252 (accents and €) with semicolons', async () => {
    const text = 'Date;Coût;Évolution\n2024-01-01;12,50 €;3,5 %\n';
    const bytes = Buffer.from([...text].map((ch) => ({ û: 0xfb, É: 0xc9, '€': 0x80 })[ch] ?? ch.charCodeAt(0)));
    const file = write('cp1252.csv', bytes);
    const p = await previewFile(file);
    expect(p).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
    expect(p.tables[0]!.columns.map((c) => c.name)).toEqual(['Date', 'Coût', 'Évolution']);
    const { measurements } = await read(file, {
      dateColumn: 'Date',
      columns: [
        { column: 'Coût', kpiKey: 'cost' },
        { column: 'Évolution', kpiKey: 'change' },
      ],
    });
    expect(measurements.map((m) => m.value)).toEqual([12.5, 3.5]);
  });

  it('UTF-16LE without a BOM, tab-separated', async () => {
    const file = write('utf16.tsv', Buffer.from('Date\tClicks\n2024-01-01\t"1,234"\n2024-01-02\t7\n', 'utf16le'));
    const p = await previewFile(file);
    expect(p).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    const { measurements } = await read(file, { dateColumn: 'Date', columns: [{ column: 'Clicks', kpiKey: 'c' }] });
    expect(measurements.map((m) => m.value)).toEqual([1234, 7]);
  });

  it('refuses what it cannot read, saying why', async () => {
    await expect(previewFile(write('empty.csv', ''))).rejects.toMatchObject({ code: 'empty' });
    const xls = write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(previewFile(xls)).rejects.toMatchObject({
      code: 'unsupported',
      text: { en: expect.stringContaining('.xls') },
    });
    const zip = write('broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(previewFile(zip)).rejects.toBeInstanceOf(ImportFileError);
    const binary = write('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0, 0x52]));
    await expect(previewFile(binary)).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('layout', () => {
  it('a blank line inside data does not start a new table', async () => {
    const file = write('gap.csv', 'Date,Leads\n2024-01-01,3\n\n2024-01-02,4\n2024-01-03,5\n');
    const p = await previewFile(file);
    expect(p.tables.map((t) => [t.id, t.rowCount])).toEqual([['1', 3]]);
    const { measurements } = await read(file, { dateColumn: 'Date', columns: [{ column: 'Leads', kpiKey: 'l' }] });
    expect(measurements.map((m) => m.value)).toEqual([3, 4, 5]);
  });

  it('a quote left open is a file error naming the line', async () => {
    const file = write('open-quote.csv', 'Date,Note\n2024-01-01,ok\n2024-01-02,"never closed\n2024-01-03,x\n');
    await expect(previewFile(file)).rejects.toMatchObject({
      code: 'unreadable',
      text: { en: expect.stringMatching(/^This CSV file cannot be read \(line \d+\)/) },
    });
  });
});

describe('XLSX written by a spreadsheet', () => {
  it('reads date cells, percentage formats, numbers and text; one table per sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('Notes');
    notes.addRow(['Rapport mensuel']);
    const sheet = workbook.addWorksheet('Suivi');
    sheet.addRow(['Date', 'Visites', 'Taux', 'Canal']);
    sheet.addRow([new Date(Date.UTC(2024, 0, 31)), 1234, 0.125, 'SEO']);
    sheet.addRow([new Date(Date.UTC(2024, 1, 1)), 1300.5, 0.2, 'SEA']);
    sheet.addRow([new Date(Date.UTC(2024, 1, 2)), null, 0.15, 'SEO']);
    sheet.getColumn(1).numFmt = 'dd/mm/yyyy';
    sheet.getColumn(3).numFmt = '0.0%';
    const file = path.join(dir, 'suivi.xlsx');
    await workbook.xlsx.writeFile(file);

    const p = await previewFile(file);
    expect(p).toMatchObject({ fileType: 'xlsx', format: 'generic-xlsx', defaultTable: 'Suivi' });
    expect(p.tables.map((t) => t.id)).toEqual(['Notes', 'Suivi']);
    const t = p.tables[1]!;
    expect(t.rows[0]).toEqual(['2024-01-31', 1234, 12.5, 'SEO']);
    expect(t.columns.map((c) => [c.name, c.kind])).toEqual([
      ['Date', 'date'],
      ['Visites', 'number'],
      ['Taux', 'number'],
      ['Canal', 'text'],
    ]);
    const { measurements, counters } = await read(file, {
      table: 'Suivi',
      dateColumn: 'Date',
      filters: [{ column: 'Canal', equals: 'seo' }],
      columns: [
        { column: 'Visites', kpiKey: 'visits' },
        { column: 'Taux', kpiKey: 'rate' },
      ],
    });
    expect(measurements).toEqual([
      { kpiKey: 'visits', date: '2024-01-31', value: 1234 },
      { kpiKey: 'rate', date: '2024-01-31', value: 12.5 },
      { kpiKey: 'rate', date: '2024-02-02', value: 15 },
    ]);
    expect(counters).toMatchObject({ filteredRows: 1, emptyCells: 1, table: 'Suivi' });
  });
});

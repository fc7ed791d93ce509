import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../api/fixtures.js';
import {
  createTestApp,
  importExamplePlan,
  seedWorkspace,
  type Actor,
  type SeededWorkspace,
  type TestApp,
} from '../support/app.js';

/**
 * KPI measurement imports through the API, on the real database: preview, import all or
 * nothing, skip-invalid, re-import, size limit, roles.
 */

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'real-exports');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));
const datesFr = fixture('gsc-performance-dates-fr.csv').toString('utf8');
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let ws: SeededWorkspace;
let planId = '';
let kpiIds: Record<string, string> = {};

const gscMapping = {
  dateColumn: 'Date',
  columns: [
    { column: 'Clics', kpiKey: 'trafic-organique' },
    { column: 'CTR', kpiKey: 'engagement-instagram' },
  ],
  source: 'search-console',
};

const importPath = (mapping: unknown, extra = '') =>
  `/plans/${planId}/imports?mapping=${encodeURIComponent(JSON.stringify(mapping))}${extra}`;

async function stored(source: string) {
  return (await t.database.handle.db
    .selectFrom('measurements' as never)
    .select(['kpi_id', 'date', 'value', 'version'] as never[])
    .where('source' as never, '=', source as never)
    .orderBy('kpi_id' as never)
    .orderBy('date' as never)
    .execute()) as { kpi_id: string; date: string; value: number; version: number }[];
}

async function auditCount(): Promise<number> {
  const row = (await t.database.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()) as { n: number | string };
  return Number(row.n);
}

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  planId = await importExamplePlan(t, ws);
  const kpis = await t.request('GET', `/plans/${planId}/kpis`, { as: ws.actors.viewer });
  kpiIds = Object.fromEntries((kpis.body.items as { key: string; id: string }[]).map((k) => [k.key, k.id]));
});
afterAll(() => t.close());

describe('POST /plans/{plan}/imports/preview', () => {
  it('recognises the format and describes the tables, columns and first rows', async () => {
    const answer = await t.request('POST', `/plans/${planId}/imports/preview?filename=Dates.csv`, {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({
      fileName: 'Dates.csv',
      fileType: 'csv',
      format: 'google-search-console',
      formatLabel: { fr: 'Google Search Console', en: 'Google Search Console' },
      encoding: 'utf-8',
      delimiter: ',',
      defaultTable: '1',
      suggestedSource: 'search-console',
    });
    const table = answer.body.tables[0];
    expect(table).toMatchObject({
      rowCount: 92,
      suggestedDateColumn: 'Date',
      suggestedDateFormat: 'iso',
      needsFixedDate: false,
    });
    expect(table.columns.map((c: { name: string; kind: string }) => [c.name, c.kind])).toEqual([
      ['Date', 'date'],
      ['Clics', 'number'],
      ['Impressions', 'number'],
      ['CTR', 'percent'],
      ['Position', 'number'],
    ]);
    expect(table.rows[0]).toEqual(['2025-02-05', '6443', '371375', '1.73%', '23.8']);
  });

  it('reads binary uploads: XLSX and UTF-16 "Excel .csv"', async () => {
    const xlsx = await t.request('POST', `/plans/${planId}/imports/preview`, {
      as: ws.editorToken,
      raw: fixture('ua-pages-report-20220701-20220731.xlsx'),
      contentType: xlsxType,
    });
    expect(xlsx.status, xlsx.text).toBe(200);
    expect(xlsx.body.tables.map((x: { id: string }) => x.id)).toEqual(['Summary', 'Dataset1', 'Dataset2']);
    const utf16 = await t.request('POST', `/plans/${planId}/imports/preview`, {
      as: ws.editorToken,
      raw: fixture('google-ads-campaign-report-utf16le-tab-gbp.csv'),
      contentType: 'application/octet-stream',
    });
    expect(utf16.status, utf16.text).toBe(200);
    expect(utf16.body).toMatchObject({ format: 'google-ads', encoding: 'utf-16le', delimiter: '\t' });
  });

  it('refuses what is not a file it can read, with a problem naming why', async () => {
    expectProblem(
      await t.request('POST', `/plans/${planId}/imports/preview`, { as: ws.actors.editor, body: { a: 1 } }),
      415,
      'unsupported_media_type',
    );
    const old = await t.request('POST', `/plans/${planId}/imports/preview`, {
      as: ws.actors.editor,
      raw: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      contentType: 'application/octet-stream',
    });
    expectProblem(old, 400, 'validation');
    expect(old.body.messages.fr).toContain('.xls');
    expectProblem(
      await t.request('POST', `/plans/${planId}/imports/preview`, {
        as: ws.actors.editor,
        raw: '',
        contentType: 'text/csv',
      }),
      400,
      'validation',
    );
  });
});

describe('POST /plans/{plan}/imports', () => {
  it('imports, then importing the same file again changes nothing', async () => {
    const auditBefore = await auditCount();
    const first = await t.request('POST', importPath(gscMapping, '&filename=Dates.csv'), {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({
      written: true,
      dryRun: false,
      format: 'google-search-console',
      table: '1',
      source: 'search-console',
      rowsRead: 92,
      rowsImported: 92,
      measurements: 184,
      inserted: 184,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      firstDate: '2024-11-06',
      lastDate: '2025-02-05',
      kpis: [
        { kpiKey: 'trafic-organique', measurements: 92 },
        { kpiKey: 'engagement-instagram', measurements: 92 },
      ],
    });
    expect(first.body.summary.fr).toBe('184 mesure(s) importée(s) : 184 nouvelle(s), 0 modifiée(s), 0 inchangée(s).');
    const rows = await stored('search-console');
    expect(rows).toHaveLength(184);
    expect(rows.find((r) => r.kpi_id === kpiIds['trafic-organique'] && r.date === '2025-02-05')).toMatchObject({
      value: 6443,
      version: 1,
    });
    expect(rows.find((r) => r.kpi_id === kpiIds['engagement-instagram'] && r.date === '2024-11-06')).toMatchObject({
      value: 1.79,
    });

    const audit = await auditCount();
    expect(audit).toBe(auditBefore + 1); // one entry for the whole import
    const entry = await t.request('GET', `/workspaces/${ws.workspaceId}/audit?limit=1`, { as: ws.actors.owner });
    expect(entry.body.items[0]).toMatchObject({ action: 'import', entity: 'measurements' });
    const again = await t.request('POST', importPath(gscMapping), {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 184 });
    expect(again.body.summary.en).toBe("Nothing changed: the file's 184 measurement(s) were already there.");
    expect(await stored('search-console')).toEqual(rows);
    expect(await auditCount()).toBe(audit); // nothing changed, nothing logged
  });

  it('updates what changed and only that', async () => {
    const changed = datesFr.replace('2025-02-05,6443,', '2025-02-05,6500,');
    const answer = await t.request('POST', importPath(gscMapping), {
      as: ws.actors.editor,
      raw: changed,
      contentType: 'text/csv',
    });
    expect(answer.body).toMatchObject({ inserted: 0, updated: 1, unchanged: 183 });
    const row = (await stored('search-console')).find(
      (r) => r.kpi_id === kpiIds['trafic-organique'] && r.date === '2025-02-05',
    );
    expect(row).toMatchObject({ value: 6500, version: 2 });
  });

  it('one bad row: nothing written, and the problem names its line, column and reason', async () => {
    const bad = datesFr.replace('2025-01-15,', '2025-01-15,douze-').replace('2024-12-01,', '2024-12-32,');
    expect(bad).not.toBe(datesFr);
    const lines = bad.split('\n');
    const badLine = lines.findIndex((l) => l.startsWith('2025-01-15,')) + 1;
    const badDate = lines.findIndex((l) => l.startsWith('2024-12-32,')) + 1;
    const audit = await auditCount();
    const mapping = { ...gscMapping, source: 'gsc-bad' };
    const answer = await t.request('POST', importPath(mapping), {
      as: ws.actors.editor,
      raw: bad,
      contentType: 'text/csv',
    });
    expectProblem(answer, 400, 'validation');
    expect(answer.body.errors).toEqual([
      { path: 'Clics', line: badLine, code: 'invalid_number', message: expect.stringContaining('is not a number') },
      {
        path: 'Date',
        line: badDate,
        code: 'invalid_date',
        message: '"2024-12-32" is not a date written as YYYY-MM-DD',
      },
    ]);
    expect(answer.body.report).toMatchObject({ written: false, invalidRowCount: 2, errorCount: 2, inserted: 0 });
    expect(answer.body.report.errors[0].reason.fr).toMatch(/^« douze-\d+ » n’est pas un nombre$/);
    expect(answer.body.messages.fr).toContain('2 ligne(s) invalide(s) : rien n’a été importé');
    expect(await stored('gsc-bad')).toEqual([]);
    expect(await auditCount()).toBe(audit);

    const skipped = await t.request('POST', importPath(mapping, '&skipInvalid=true'), {
      as: ws.actors.editor,
      raw: bad,
      contentType: 'text/csv',
    });
    expect(skipped.status, skipped.text).toBe(200);
    expect(skipped.body).toMatchObject({
      written: true,
      inserted: 180,
      skipped: { invalidRows: 2 },
      invalidRowCount: 2,
      errors: [{ line: badLine }, { line: badDate }],
    });
    expect(skipped.body.summary.en).toContain('2 invalid row(s) skipped.');
    expect(await stored('gsc-bad')).toHaveLength(180);
  });

  it('a dry run reads and counts, and writes nothing', async () => {
    const answer = await t.request('POST', importPath({ ...gscMapping, source: 'gsc-dry' }, '&dryRun=true'), {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ written: false, dryRun: true, measurements: 184, inserted: 0 });
    expect(await stored('gsc-dry')).toEqual([]);
  });

  it('imports an XLSX sheet and a report over a period (fixed date)', async () => {
    const xlsx = await t.request(
      'POST',
      importPath({
        table: 'Dataset2',
        dateColumn: 'Day Index',
        columns: [{ column: 'Pageviews', kpiKey: 'trafic-organique' }],
        source: 'ua',
      }),
      { as: ws.editorToken, raw: fixture('ua-pages-report-20220701-20220731.xlsx'), contentType: xlsxType },
    );
    expect(xlsx.status, xlsx.text).toBe(200);
    expect(xlsx.body).toMatchObject({ inserted: 31, skipped: { totalRows: 1 }, firstDate: '2022-07-01' });
    const events = await t.request(
      'POST',
      importPath({
        fixedDate: '2026-01-12',
        filters: [{ column: 'Event name', equals: 'form_submit' }],
        columns: [{ column: 'Event count', kpiKey: 'trafic-organique' }],
        source: 'ga4-events',
      }),
      { as: ws.editorToken, raw: fixture('ga4-report-events-event-name.csv'), contentType: 'text/csv' },
    );
    expect(events.body).toMatchObject({ inserted: 1, skipped: { filteredRows: 20 } });
    expect(await stored('ga4-events')).toMatchObject([{ date: '2026-01-12', value: 7931 }]);
  });

  it('refuses a mapping that does not fit the plan or the file, naming the field', async () => {
    const cases: [string, number, string[]][] = [
      [
        importPath({ ...gscMapping, columns: [{ column: 'Clics', kpiKey: 'nope' }] }),
        400,
        ['mapping.columns.0.kpiKey'],
      ],
      [importPath({ ...gscMapping, fixedDate: '2025-01-01' }), 400, ['mapping.dateColumn']],
      [
        importPath({ ...gscMapping, columns: [{ column: 'Clicks', kpiKey: 'trafic-organique' }] }),
        400,
        ['mapping.columns.0.column'],
      ],
      [`/plans/${planId}/imports?mapping=%7Bnot-json`, 400, ['mapping']],
      [`/plans/${planId}/imports`, 400, ['mapping']],
      [`/plans/${planId}/imports?mappingName=nothing-saved`, 404, []],
    ];
    for (const [url, status, paths] of cases) {
      const answer = await t.request('POST', url, { as: ws.actors.editor, raw: datesFr, contentType: 'text/csv' });
      expectProblem(answer, status);
      expect(
        (answer.body.errors ?? []).map((e: { path: string }) => e.path),
        url,
      ).toEqual(paths);
    }
    const unknown = await t.request('POST', cases[0]![0], {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(unknown.body.errors[0]).toMatchObject({
      code: 'unknown_kpi',
      message: 'No KPI with key "nope" in this plan',
    });
  });

  it('uses a saved mapping by name or id', async () => {
    const saved = await t.request('POST', `/plans/${planId}/import-mappings`, {
      as: ws.actors.editor,
      body: { name: 'Search Console (FR)', mapping: { ...gscMapping, source: 'gsc-saved' } },
    });
    expect(saved.status, saved.text).toBe(201);
    const byName = await t.request(
      'POST',
      `/plans/${planId}/imports?mappingName=${encodeURIComponent('Search Console (FR)')}`,
      {
        as: ws.actors.editor,
        raw: datesFr,
        contentType: 'text/csv',
      },
    );
    expect(byName.body).toMatchObject({ source: 'gsc-saved', inserted: 184 });
    const byId = await t.request('POST', `/plans/${planId}/imports?mappingId=${saved.body.id}`, {
      as: ws.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expect(byId.body).toMatchObject({ source: 'gsc-saved', unchanged: 184 });
  });

  it('streams progress lines then the report with Accept: application/x-ndjson', async () => {
    const chartMapping = {
      dateColumn: 'Date',
      columns: [
        { column: 'Clicks', kpiKey: 'trafic-organique' },
        { column: 'CTR', kpiKey: 'engagement-instagram' },
      ],
      source: 'gsc-ndjson',
    };
    const ok = await t.request('POST', importPath(chartMapping), {
      as: ws.actors.editor,
      raw: fixture('gsc-performance-chart-daily-2025.csv'),
      contentType: 'text/csv',
      headers: { accept: 'application/x-ndjson' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = ok.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ type: 'report', status: 200, report: { inserted: 730 } });
    for (const line of lines.slice(0, -1)) expect(line).toMatchObject({ type: 'progress', phase: 'import' });

    const bad = await t.request('POST', importPath({ ...gscMapping, source: 'gsc-ndjson-bad' }), {
      as: ws.actors.editor,
      raw: datesFr.replace('2025-01-15,', '2025-01-15,x'),
      contentType: 'text/csv',
      headers: { accept: 'application/x-ndjson' },
    });
    const last = JSON.parse(bad.text.trim().split('\n').at(-1)!);
    expect(last).toMatchObject({ type: 'report', status: 400, report: { written: false, invalidRowCount: 1 } });
    expect(await stored('gsc-ndjson-bad')).toEqual([]);
  });
});

describe('roles', () => {
  const callers = (): [string, Actor, number][] => [
    ['anonymous', null, 401],
    ['outsider', ws.actors.outsider, 404],
    ['viewer', ws.actors.viewer, 403],
    ['viewer token', ws.viewerToken, 403],
    ['editor token', ws.editorToken, 200],
    ['admin', ws.actors.admin, 200],
  ];

  it('preview: editors and above only', async () => {
    for (const [name, as, status] of callers()) {
      const answer = await t.request('POST', `/plans/${planId}/imports/preview`, {
        as,
        raw: datesFr,
        contentType: 'text/csv',
      });
      expect(answer.status, name).toBe(status);
      if (status !== 200) expectProblem(answer, status);
    }
  });

  it('import: editors and above only; a refused caller writes nothing', async () => {
    for (const [name, as, status] of callers()) {
      const source = `roles-${name.replace(/\s/g, '-')}`;
      const answer = await t.request('POST', importPath({ ...gscMapping, source }), {
        as,
        raw: datesFr,
        contentType: 'text/csv',
      });
      expect(answer.status, name).toBe(status);
      expect(await stored(source), name).toHaveLength(status === 200 ? 184 : 0);
    }
  });

  it('a plan of another workspace is not found', async () => {
    const other = await seedWorkspace(t, 'Autre agence');
    const answer = await t.request('POST', importPath(gscMapping), {
      as: other.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expectProblem(answer, 404, 'not_found');
  });
});

describe('size limit (JALON_MAX_MEASUREMENT_FILE_BYTES)', () => {
  let small: TestApp;
  let smallWs: SeededWorkspace;
  let smallPlan = '';
  beforeAll(async () => {
    small = await createTestApp({ JALON_MAX_MEASUREMENT_FILE_BYTES: '2000' });
    smallWs = await seedWorkspace(small);
    smallPlan = await importExamplePlan(small, smallWs);
  });
  afterAll(() => small.close());

  it('answers 413 naming the limit, while streaming or from Content-Length, and writes nothing', async () => {
    const url = `/plans/${smallPlan}/imports?mapping=${encodeURIComponent(JSON.stringify(gscMapping))}`;
    const streamed = await small.request('POST', url, {
      as: smallWs.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
    });
    expectProblem(streamed, 413, 'payload_too_large');
    expect(streamed.body).toMatchObject({ limitBytes: 2000 });
    expect(streamed.body.detail).toContain('import limit');
    expect(streamed.body.detail).toContain('2000 bytes');
    expect(streamed.body.messages.fr).toContain('limite d’import');
    const declared = await small.request('POST', `/plans/${smallPlan}/imports/preview`, {
      as: smallWs.actors.editor,
      raw: datesFr,
      contentType: 'text/csv',
      headers: { 'content-length': String(Buffer.byteLength(datesFr)) },
    });
    expectProblem(declared, 413, 'payload_too_large');
    const count = await small.database.handle.db
      .selectFrom('measurements' as never)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source' as never, '=', 'search-console' as never)
      .executeTakeFirstOrThrow();
    expect(Number((count as { n: number }).n)).toBe(0);
    // Under the limit, the same route works.
    const fits = await small.request('POST', url, {
      as: smallWs.actors.editor,
      raw: datesFr.split('\n').slice(0, 20).join('\n'),
      contentType: 'text/csv',
    });
    expect(fits.status, fits.text).toBe(200);
    expect(fits.body.inserted).toBe(38);
  });
});

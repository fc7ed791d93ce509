import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';

/** `POST /plans/{plan}/kpis/{kpi}/measurements/batch`: idempotent, all or nothing, editors only. */

let t: TestApp;
let ws: SeededWorkspace;
let other: SeededWorkspace;
let planId = '';
let otherPlanId = '';
let kpiId = '';
let otherKpiId = '';

const db = () => t.database.handle.db;

async function kpiIdOf(plan: string, key: string): Promise<string> {
  const answer = await t.request('GET', `/plans/${plan}/kpis`, { as: ws.actors.owner });
  const kpi = answer.body.items.find((k: { key: string }) => k.key === key);
  return kpi.id as string;
}

beforeAll(async () => {
  ({ t, ws, other, planId, otherPlanId } = await appWithExamplePlan({ otherPlan: true }));
  kpiId = await kpiIdOf(planId, 'trafic-organique');
  const answer = await t.request('GET', `/plans/${otherPlanId}/kpis`, { as: other.actors.owner });
  otherKpiId = answer.body.items[0].id;
});
afterAll(() => t.close());

const url = (kpi = kpiId, plan = planId) => `/plans/${plan}/kpis/${kpi}/measurements/batch`;
const push = (body: unknown, as: Actor = ws.editorToken, kpi = kpiId, plan = planId) =>
  t.request('POST', url(kpi, plan), { as, body });

interface Stored {
  date: string;
  value: number;
  note: string | null;
  source: string;
  version: number;
}

async function stored(source: string): Promise<Stored[]> {
  return (await db()
    .selectFrom('measurements' as never)
    .select(['date', 'value', 'note', 'source', 'version'] as never[])
    .where('kpi_id' as never, '=', kpiId as never)
    .where('source' as never, '=', source as never)
    .orderBy('date' as never)
    .execute()) as Stored[];
}

async function countRows(table: 'measurements' | 'audit_log'): Promise<number> {
  const row = (await db()
    .selectFrom(table as never)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()) as { n: number | string };
  return Number(row.n);
}

describe('measurement batch', () => {
  it('inserts the items with the default source `api`, then changes nothing when the same body comes again', async () => {
    const body = {
      items: [
        { date: '2027-03-01', value: 43100 },
        { date: '2027-03-02', value: 43250.5, note: 'Après la newsletter' },
        { date: '2027-03-03', value: 43300 },
      ],
    };
    const first = await push(body);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({
      kpiId,
      kpiKey: 'trafic-organique',
      source: 'api',
      received: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(await stored('api')).toEqual([
      { date: '2027-03-01', value: 43100, note: null, source: 'api', version: 1 },
      { date: '2027-03-02', value: 43250.5, note: 'Après la newsletter', source: 'api', version: 1 },
      { date: '2027-03-03', value: 43300, note: null, source: 'api', version: 1 },
    ]);

    const audit = await countRows('audit_log');
    const again = await push(body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ received: 3, inserted: 0, updated: 0, unchanged: 3 });
    expect((await stored('api')).map((m) => m.version)).toEqual([1, 1, 1]);
    // Nothing changed, so nothing is logged either: a script may repeat a batch freely.
    expect(await countRows('audit_log')).toBe(audit);
  });

  it('updates changed values and notes, inserts new days, and logs the batch once', async () => {
    const audit = await countRows('audit_log');
    const answer = await push({
      items: [
        { date: '2027-03-01', value: 43100 },
        { date: '2027-03-02', value: 43250.5, note: 'Corrigé' },
        { date: '2027-03-03', value: 43999 },
        { date: '2027-03-04', value: 44000 },
      ],
    });
    expect(answer.body).toMatchObject({ received: 4, inserted: 1, updated: 2, unchanged: 1 });
    expect((await stored('api')).map((m) => [m.date, m.value, m.note, m.version])).toEqual([
      ['2027-03-01', 43100, null, 1],
      ['2027-03-02', 43250.5, 'Corrigé', 2],
      ['2027-03-03', 43999, null, 2],
      ['2027-03-04', 44000, null, 1],
    ]);
    expect(await countRows('audit_log')).toBe(audit + 1);
    const log = await t.request('GET', `/workspaces/${ws.workspaceId}/audit`, { as: ws.actors.admin });
    expect(JSON.stringify(log.body)).toContain('"inserted":1');
  });

  it('keeps sources apart and accepts the KPI’s key instead of its id', async () => {
    const answer = await push(
      { source: 'looker', items: [{ date: '2027-03-01', value: 1 }] },
      ws.editorToken,
      'trafic-organique',
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ kpiId, source: 'looker', inserted: 1 });
    expect((await stored('looker')).map((m) => m.value)).toEqual([1]);
    expect((await stored('api')).find((m) => m.date === '2027-03-01')?.value).toBe(43100);
  });

  it('accepts an empty batch and writes nothing', async () => {
    const answer = await push({ source: 'nightly', items: [] });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ received: 0, inserted: 0, updated: 0, unchanged: 0 });
  });

  it('writes 10,000 items in one request, and the same request again changes nothing', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      date: new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      value: i * 1.5,
    }));
    const first = await push({ source: 'bulk', items });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ received: 10_000, inserted: 10_000, updated: 0, unchanged: 0 });
    const again = await push({ source: 'bulk', items });
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 10_000 });
    const rows = await stored('bulk');
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toMatchObject({ date: items[9_999]!.date, value: 9_999 * 1.5 });
  });
});

describe('measurement batch refuses bad input and writes nothing', () => {
  const good = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ date: `2028-01-${String(i + 1).padStart(2, '0')}`, value: i }));
  const cases: { name: string; body: unknown; path: string }[] = [
    {
      name: 'a date that does not exist, after good items',
      body: { items: [...good(20), { date: '2027-02-30', value: 1 }] },
      path: 'items.20.date',
    },
    { name: 'a date in another format', body: { items: [{ date: '01/03/2027', value: 1 }] }, path: 'items.0.date' },
    {
      name: 'a value as text',
      body: { items: [...good(2), { date: '2028-02-01', value: '12,5' }] },
      path: 'items.2.value',
    },
    { name: 'a missing value', body: { items: [{ date: '2028-02-01' }] }, path: 'items.0.value' },
    { name: 'a null value', body: { items: [{ date: '2028-02-01', value: null }] }, path: 'items.0.value' },
    {
      name: 'a note too long',
      body: { items: [{ date: '2028-02-01', value: 1, note: 'x'.repeat(501) }] },
      path: 'items.0.note',
    },
    { name: 'an unknown field', body: { items: [{ date: '2028-02-01', value: 1, kpi: 'x' }] }, path: 'items.0.kpi' },
    {
      name: 'two values for one day',
      body: { items: [...good(3), { date: '2028-01-02', value: 9 }] },
      path: 'items.3.date',
    },
    { name: 'an empty source', body: { source: ' ', items: good(1) }, path: 'source' },
    { name: 'a source on two lines', body: { source: 'a\nb', items: good(1) }, path: 'source' },
    { name: 'no items list', body: { source: 'api' }, path: 'items' },
    {
      name: 'more than 10,000 items',
      body: { items: Array.from({ length: 10_001 }, (_, i) => ({ date: '2028-01-01', value: i })) },
      path: 'items',
    },
  ];

  it.each(cases)('$name → 400 naming $path', async ({ body, path }) => {
    const before = await countRows('measurements');
    const answer = await push(body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.code).toBe('validation');
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countRows('measurements')).toBe(before);
  });

  it('refuses a body that is not JSON (415) or not valid JSON (400)', async () => {
    const text = await t.request('POST', url(), { as: ws.editorToken, raw: 'date,value', contentType: 'text/csv' });
    expect(text.status).toBe(415);
    const broken = await t.request('POST', url(), {
      as: ws.editorToken,
      raw: '{"items": [',
      contentType: 'application/json',
    });
    expect(broken.status).toBe(400);
  });
});

describe('measurement batch: who may push', () => {
  const body = { source: 'roles', items: [{ date: '2027-05-01', value: 5 }] };
  const cases: { who: string; as: () => Actor; status: number }[] = [
    { who: 'owner', as: () => ws.actors.owner, status: 200 },
    { who: 'admin', as: () => ws.actors.admin, status: 200 },
    { who: 'editor', as: () => ws.actors.editor, status: 200 },
    { who: 'editor token', as: () => ws.editorToken, status: 200 },
    { who: 'viewer', as: () => ws.actors.viewer, status: 403 },
    { who: 'viewer token', as: () => ws.viewerToken, status: 403 },
    { who: 'outsider', as: () => ws.actors.outsider, status: 404 },
    { who: 'another workspace’s editor token', as: () => other.editorToken, status: 404 },
    { who: 'anonymous', as: () => null, status: 401 },
  ];

  it.each(cases)('$who → $status', async ({ as, status }) => {
    const before = await countRows('measurements');
    const answer = await push(body, as());
    expect(answer.status, answer.text).toBe(status);
    if (status !== 200) {
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(await countRows('measurements')).toBe(before);
    }
  });

  it('answers 404 for an unknown KPI and for a KPI of another plan', async () => {
    expect((await push(body, ws.editorToken, 'no-such-kpi')).status).toBe(404);
    expect((await push(body, ws.editorToken, otherKpiId)).status).toBe(404);
    expect((await push(body, other.editorToken, kpiId, otherPlanId)).status).toBe(404);
  });
});

describe('measurement batch in OpenAPI', () => {
  it('documents the body, the response and an example', async () => {
    const doc = (await t.request('GET', '/openapi.json')).body;
    const operation = doc.paths['/api/v1/plans/{planId}/kpis/{kpiId}/measurements/batch'].post;
    const body = operation.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(['source', 'items']);
    expect(body.properties.items.maxItems).toBe(10_000);
    expect(body.example.items[0]).toEqual({ date: '2027-03-01', value: 1250 });
    const response = operation.responses['200'].content['application/json'].schema;
    expect(Object.keys(response.properties)).toEqual(
      expect.arrayContaining(['inserted', 'updated', 'unchanged', 'received']),
    );
  });
});

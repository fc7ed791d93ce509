import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';

/** `GET /plans/{plan}/kpi-dashboard` and `GET /plans/{plan}/kpis/{kpi}/chart` on a stored plan. */

let t: TestApp;
let ws: SeededWorkspace;
let other: SeededWorkspace;
let planId = '';
let otherPlanId = '';
let kpiIds: Record<string, string> = {};
let salesId = '';

/** 2026-01-01 + i days, as YYYY-MM-DD. */
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
/** Days from 2026-01-01 to 2027-01-01. */
const planStart = 365;

beforeAll(async () => {
  ({ t, ws, other, planId, otherPlanId } = await appWithExamplePlan({ otherPlan: true }));
  const kpis = await t.request('GET', `/plans/${planId}/kpis`, { as: ws.actors.viewer });
  kpiIds = Object.fromEntries(kpis.body.items.map((k: { key: string; id: string }) => [k.key, k.id]));
  // A KPI on an exact line: 1000 + (days since 2027-01-01), from 2026-01-01 to 2027-06-30 (546 days).
  const sales = await t.request('POST', `/plans/${planId}/kpis`, {
    as: ws.actors.editor,
    body: { key: 'ventes', name: 'Ventes', unit: 'commandes', baseline: 1000, target: 1364, targetDate: '2027-12-31' },
  });
  expect(sales.status).toBe(201);
  salesId = sales.body.id;
  const items = Array.from({ length: 546 }, (_, i) => ({ date: day(i), value: 1000 + i - planStart }));
  const batch = await t.request('POST', `/plans/${planId}/kpis/${salesId}/measurements/batch`, {
    as: ws.editorToken,
    body: { source: 'test', items },
  });
  expect(batch.body.inserted).toBe(546);
});
afterAll(() => t.close());

const get = (path: string, as: Actor = ws.actors.viewer) => t.request('GET', `/plans/${planId}${path}`, { as });

describe('GET /plans/{plan}/kpi-dashboard', () => {
  it('lists every KPI in the plan’s order with its id, status and sparkline, and counts per status', async () => {
    const answer = await get('/kpi-dashboard?today=2027-03-01');
    expect(answer.status).toBe(200);
    const items = answer.body.items as { id: string; key: string; status: string; sparkline: unknown[] }[];
    expect(items.map((i) => i.key)).toEqual(['trafic-organique', 'engagement-instagram', 'cout-par-lead', 'ventes']);
    expect(items.map((i) => i.id)).toEqual(items.map((i) => kpiIds[i.key] ?? salesId));
    /*
     * Judged on their latest measurement (02-28, offset 58): traffic expects 40 000 + 10 000·58/180
     * = 43 222 and has 42 900 (short by 0.7 %, within 10 %); cost per lead expects
     * 12 − 1.2·58/364 = 11.81 and has 12.6 (over by 6.7 %, within 10 %); Instagram has nothing.
     * Sales is exactly on its line (1058 on 02-28).
     */
    expect(items.map((i) => i.status)).toEqual(['on_track', 'no_data', 'on_track', 'on_track']);
    expect(answer.body.counts).toEqual({ on_track: 3, at_risk: 0, off_track: 0, no_data: 1, no_target: 0 });
    expect(items[0]).toMatchObject({
      name: 'Trafic organique',
      unit: 'sessions',
      direction: 'increase',
      actual: 42900,
      headlineTarget: 60000,
      sparkline: [
        { date: '2027-01-31', value: 41200 },
        { date: '2027-02-28', value: 42900 },
      ],
    });
    // 59 days of the plan measured up to today: at most 30 points.
    expect(items[3]!.sparkline.length).toBeLessThanOrEqual(30);
    expect(items[3]).toMatchObject({ probMeetTarget: 1 });
  });

  it('refuses a malformed date and a caller outside the workspace', async () => {
    const bad = await get('/kpi-dashboard?today=2027-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('today');
    expect((await get('/kpi-dashboard', ws.actors.outsider)).status).toBe(404);
    expect((await get('/kpi-dashboard', null)).status).toBe(401);
    expect((await get('/kpi-dashboard', ws.viewerToken)).status).toBe(200);
  });
});

describe('GET /plans/{plan}/kpis/{kpi}/chart', () => {
  const chart = (query: string, kpi = salesId, as: Actor = ws.actors.viewer) => get(`/kpis/${kpi}/chart${query}`, as);

  it('charts an exact line: series, target path, a forecast without spread, certainty', async () => {
    const answer = await chart('?today=2027-06-30&points=50');
    expect(answer.status).toBe(200);
    const body = answer.body;
    expect(body).toMatchObject({
      id: salesId,
      key: 'ventes',
      kpi: 'ventes',
      deadline: '2027-12-31',
      probMeetTarget: 1,
    });
    expect(body.status).toMatchObject({ status: 'on_track', actual: 1180, latestMeasurementDate: '2027-06-30' });
    expect(body.series.total).toBe(546);
    expect(body.series.points.length).toBeLessThanOrEqual(50);
    expect(body.series.points[0]).toEqual({ date: '2026-01-01', value: 1000 - planStart });
    expect(body.series.points.at(-1)).toEqual({ date: '2027-06-30', value: 1180 });
    expect(body.targetPath).toEqual([
      { date: '2027-01-01', value: 1000 },
      { date: '2027-12-31', value: 1364 },
    ]);
    const forecast = body.forecast as { date: string; value: number; low: number; high: number }[];
    expect(forecast.length).toBeLessThanOrEqual(60);
    expect(forecast[0]).toMatchObject({ date: '2027-06-30' });
    expect(forecast[0]!.value).toBeCloseTo(1180, 6);
    expect(forecast.at(-1)!.date).toBe('2027-12-31');
    expect(forecast.at(-1)!.value).toBeCloseTo(1364, 6);
    for (const point of forecast) expect(point.high - point.low).toBeCloseTo(0, 6);
  });

  it.each([
    ['', 400],
    ['&points=2000', 546],
    ['&points=10', 10],
  ])('downsamples to the points asked (%s)', async (query, expected) => {
    const answer = await chart(`?today=2027-06-30${query}`);
    expect(answer.body.series.points).toHaveLength(expected);
  });

  it('accepts the KPI’s key and an API token with the viewer role', async () => {
    const answer = await chart('?today=2027-03-01', 'trafic-organique', ws.viewerToken);
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(kpiIds['trafic-organique']);
    expect(answer.body.series.points).toEqual([
      { date: '2027-01-31', value: 41200 },
      { date: '2027-02-28', value: 42900 },
    ]);
  });

  it.each(['9', '2001', '1.5', 'beaucoup'])('refuses points=%s, naming the field', async (points) => {
    const answer = await chart(`?points=${points}`);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['points']);
  });

  it('answers 404 problem+json for a KPI not in the plan', async () => {
    const otherKpis = await t.request('GET', `/plans/${otherPlanId}/kpis`, { as: other.actors.viewer });
    for (const kpi of ['nope', otherKpis.body.items[0].id]) {
      const answer = await chart('', kpi);
      expect(answer.status, kpi).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(answer.body.code).toBe('not_found');
    }
  });

  it('keeps the plan from outsiders and anonymous callers', async () => {
    expect((await chart('', salesId, ws.actors.outsider)).status).toBe(404);
    expect((await chart('', salesId, null)).status).toBe(401);
    expect((await chart('', salesId, other.actors.owner)).status).toBe(404);
  });
});

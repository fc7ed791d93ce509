import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWithExamplePlan, type ExamplePlanApp } from '../support/app.js';

// The example plan's experiment "landing-paniers": control 250 conversions of 5 000 users (5 %),
// variant "Titre bénéfice" 300 of 5 000 (6 %), linked to the KPI "trafic-organique".
describe('experiments through the API', () => {
  let app: ExamplePlanApp;
  let experimentId = '';
  let control = '';
  let variant = '';
  beforeAll(async () => {
    app = await appWithExamplePlan();
    const list = await get('/experiments');
    experimentId = list.body.items[0].id;
    const variants = await get(`/experiment-variants?experimentId=${experimentId}`);
    control = variants.body.items.find((v: { isControl: boolean }) => v.isControl).id;
    variant = variants.body.items.find((v: { isControl: boolean }) => !v.isControl).id;
  });
  afterAll(() => app.t.close());

  const get = (route: string) => app.t.request('GET', `/plans/${app.planId}${route}`, { as: app.ws.actors.viewer });
  const send = (method: string, route: string, body: unknown, as = app.ws.actors.editor) =>
    app.t.request(method, `/plans/${app.planId}${route}`, { as, body });
  const analysis = () => get(`/experiments/${experimentId}/analysis?sequential=true`);

  it('analyses the stored results, the control first, with a verdict in both languages', async () => {
    const answer = await analysis();
    expect(answer.status).toBe(200);
    expect(answer.body.metric).toBe('proportion');
    expect(answer.body.arms.map((a: { variantId: string }) => a.variantId)).toEqual([control, variant]);
    expect(answer.body.arms[0]).toMatchObject({ users: 5000, conversions: 250, days: 1 });
    const [comparison] = answer.body.analysis.comparisons;
    expect(comparison.defined).toBe(true);
    expect(comparison.absolute.estimate).toBeCloseTo(0.01, 12);
    expect(comparison.relative.estimate).toBeCloseTo(0.2, 12);
    // scipy.stats.ttest_ind_from_stats(.06, sqrt(.06*.94), 5000, .05, sqrt(.05*.95), 5000, equal_var=False)
    expect(comparison.absolute.pValue).toBeCloseTo(0.02828009273103689, 8);
    // pooled z: p = 550/10000, z = .01/sqrt(p(1-p)·2/5000); 2·scipy.stats.norm.sf(z)
    expect(comparison.zTest.z).toBeCloseTo(2.193172316532562, 8);
    expect(comparison.sequential.ci).toHaveLength(2);
    expect(answer.body.analysis.srm.detected).toBe(false);
    expect(answer.body.verdict.fr).toMatch(/20\s?%/);
    expect(answer.body.verdict.en).toMatch(/20\s?%/);
    expect(answer.body.missing).toBeNull();
  });

  it('replaces a day pushed twice instead of counting it twice', async () => {
    const day = [
      { variantId: control, date: '2027-02-16', users: 4000, conversions: 200 },
      { variantId: variant, date: '2027-02-16', users: 4000, conversions: 250 },
    ];
    expect((await send('PUT', `/experiments/${experimentId}/results`, { results: day })).status).toBe(200);
    const corrected = day.map((row) => ({ ...row, conversions: row.conversions + 20 }));
    const answer = await send('PUT', `/experiments/${experimentId}/results`, { results: corrected });
    expect(answer.body).toEqual({ saved: 2 });
    const arms = (await analysis()).body.arms;
    expect(arms[0]).toMatchObject({ users: 9000, conversions: 470, days: 2 });
    expect(arms[1]).toMatchObject({ users: 9000, conversions: 570, days: 2 });
  });

  it('refuses a bad batch whole, naming each bad row, and keeps what was there', async () => {
    const before = (await analysis()).body.arms;
    const answer = await send('PUT', `/experiments/${experimentId}/results`, {
      results: [
        { variantId: control, date: '2027-02-17', users: 100, conversions: 5 },
        { variantId: variant, date: '2027-02-17', users: 100 },
        { variantId: 'someone-elses-variant', date: '2027-02-17', users: 100, conversions: 1 },
      ],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'results.1.conversions',
      'results.2.variantId',
    ]);
    const tooMany = await send('PUT', `/experiments/${experimentId}/results`, {
      results: [{ variantId: control, date: '2027-02-17', users: 10, conversions: 11 }],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].path).toBe('results.0.conversions');
    expect((await analysis()).body.arms).toEqual(before);
  });

  it('lets a viewer read the analysis but not write results', async () => {
    const answer = await send(
      'PUT',
      `/experiments/${experimentId}/results`,
      { results: [{ variantId: control, date: '2027-02-18', users: 1, conversions: 0 }] },
      app.ws.actors.viewer,
    );
    expect(answer.status).toBe(403);
  });

  it('records a decision that sets the KPI’s baseline and logs a corrective action, or refuses a stale one', async () => {
    const experiment = (await get(`/experiments/${experimentId}`)).body;
    const stale = await send('POST', `/experiments/${experimentId}/decision`, {
      version: experiment.version + 1,
      decision: 'ship_variant',
      decisionNote: 'Stale',
    });
    expect(stale.status).toBe(409);

    const answer = await send('POST', `/experiments/${experimentId}/decision`, {
      version: experiment.version,
      decision: 'ship_variant',
      decisionNote: 'Le titre bénéfice convertit mieux.',
      decidedAt: '2027-03-01',
      kpiBaseline: 0.062,
      correctiveAction: { title: 'Passer toutes les pages au titre bénéfice' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.experiment).toMatchObject({
      status: 'decided',
      decision: 'ship_variant',
      decidedAt: '2027-03-01',
      decisionNote: 'Le titre bénéfice convertit mieux.',
    });
    expect(answer.body.kpiUpdated).toBe(true);
    const kpi = (await get(`/kpis/${experiment.kpiId}`)).body;
    expect(kpi.baseline).toBe(0.062);
    const action = (await get(`/corrective-actions/${answer.body.correctiveActionId}`)).body;
    expect(action).toMatchObject({
      kpiId: experiment.kpiId,
      status: 'planned',
      outcome: 'Le titre bénéfice convertit mieux.',
    });
  });

  it('refuses to touch a KPI the experiment does not have, and changes nothing', async () => {
    const created = await send('POST', '/experiments', { name: 'Objet de l’e-mail', metricType: 'conversion' });
    expect(created.status).toBe(201);
    const answer = await send('POST', `/experiments/${created.body.id}/decision`, {
      version: created.body.version,
      decision: 'iterate',
      decisionNote: 'Trop tôt',
      kpiBaseline: 0.1,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({ path: 'kpiBaseline', code: 'no_kpi' });
    expect((await get(`/experiments/${created.body.id}`)).body).toMatchObject({ status: 'draft', version: 1 });
    const empty = await get(`/experiments/${created.body.id}/analysis`);
    expect(empty.body).toMatchObject({ analysis: null, verdict: null });
    expect(empty.body.missing.en).toMatch(/control/);
  });

  it('reads a KPI as traffic: its mean daily value over its last 28 measured days', async () => {
    const kpi = await send('POST', '/kpis', { key: 'visites', name: 'Visites', unit: 'visites' });
    const days = Array.from({ length: 30 }, (_, i) => `2027-04-${String(i + 1).padStart(2, '0')}`);
    // Two old days at 9 999 fall outside the window; the last 28 are at 100, but one day has a
    // second source at 300, and the sources of a day are averaged: (27·100 + 200) / 28.
    const items = days.map((date, i) => ({ date, value: i < 2 ? 9999 : 100 }));
    const batch = (source: string, body: unknown[]) =>
      send('POST', `/kpis/${kpi.body.id}/measurements/batch`, { source, items: body });
    expect((await batch('ga4', items)).status).toBe(200);
    expect((await batch('manual', [{ date: '2027-04-30', value: 300 }])).status).toBe(200);
    const answer = await get('/kpis/visites/traffic');
    expect(answer.status).toBe(200);
    expect(answer.body.days).toBe(28);
    expect(answer.body.dailyTraffic).toBeCloseTo((27 * 100 + 200) / 28, 10);
    const none = await send('POST', '/kpis', { key: 'vide', name: 'Vide' });
    expect((await get(`/kpis/${none.body.id}/traffic`)).body).toEqual({ dailyTraffic: null, days: 0 });
  });

  it('sizes a test: Evan Miller’s 3 623 per arm for 10 % → 12 %', async () => {
    // (1.959964·√(2·.1·.9) + 0.841621·√(.1·.9 + .12·.88))² / .02² = 3622.6, rounded up.
    const answer = await app.t.request('POST', '/abtest/size', {
      as: app.ws.actors.viewer,
      body: { baseline: 0.1, mde: 0.02, absolute: true, dailyTraffic: 500 },
    });
    expect(answer.body).toEqual({ perArm: 3623, total: 7246, days: 15 });
    const impossible = await app.t.request('POST', '/abtest/size', {
      as: app.ws.actors.viewer,
      body: { baseline: 0.9, mde: 0.2 },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.reason).toBe('rate_out_of_range');
  });

  it('analyses raw counts, and refuses arms that do not match the metric', async () => {
    const ok = await app.t.request('POST', '/abtest/analyze', {
      as: app.ws.actors.viewer,
      body: {
        metric: 'proportion',
        arms: [
          { name: 'A', users: 5000, conversions: 250 },
          { name: 'B', users: 5000, conversions: 300 },
        ],
      },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.comparisons[0].variant).toBe('B');
    expect(ok.body.verdict.en).toMatch(/B/);
    const mismatch = await app.t.request('POST', '/abtest/analyze', {
      as: app.ws.actors.viewer,
      body: {
        metric: 'mean',
        arms: [
          { name: 'A', users: 10, conversions: 1 },
          { name: 'B', n: 10, mean: 1, sd: 1 },
        ],
      },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].path).toBe('arms.0');
    const anonymous = await app.t.request('POST', '/abtest/analyze', { as: null, body: {} });
    expect(anonymous.status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

describe('method reports on a stored plan', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    planId = await importExamplePlan(t, ws);
  });
  afterAll(() => t.close());

  const get = (route: string) => t.request('GET', `/plans/${planId}${route}`, { as: ws.actors.viewer });

  it('reports the funnel alignment of the fixture’s revenue goal', async () => {
    // Fixture funnel: sessions 40 000 → 60 000, conversion 2 % → 2,2 %, basket 45 → 47 €:
    // implied 1.5 × 1.1 × 47/45 − 1 = +72.3 %, against a goal of 1 040 000 / 800 000 − 1 = +30 %.
    const answer = await get('/alignment');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(1);
    expect(answer.body.items[0]).toMatchObject({ status: 'covered' });
    expect(answer.body.items[0].impliedChange).toBeCloseTo(1.5 * 1.1 * (47 / 45) - 1, 9);
    expect(answer.body.items[0].requiredChange).toBeCloseTo(0.3, 9);
  });

  it('lints objectives: the method’s Instagram example passes', async () => {
    const answer = await get('/smart?today=2027-01-15');
    const instagram = answer.body.items.find((r: { objective: string }) => r.objective === 'followers-instagram');
    expect(instagram.passed).toBe(true);
    expect(instagram.criteria.relevant.status).toBe('pass');
  });

  it('scores OKRs and KPIs', async () => {
    const okrs = await get('/okr-scores');
    expect(okrs.status).toBe(200);
    expect(okrs.body.items).toHaveLength(1);
    const kpis = await get('/kpi-status?today=2027-03-01');
    expect(kpis.body.items.map((k: { kpi: string }) => k.kpi)).toEqual([
      'trafic-organique',
      'engagement-instagram',
      'cout-par-lead',
    ]);
    expect(kpis.body.items[1].status).toBe('no_data');
  });

  it('refuses a malformed date', async () => {
    const answer = await get('/kpi-status?today=2027-02-30');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].path).toBe('today');
  });
});

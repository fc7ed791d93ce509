import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'plan-full.yaml'), 'utf8');

describe('budget endpoints on a stored plan', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    planId = (
      await t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, { as: ws.actors.editor, raw: fixture })
    ).body.id;
  });
  afterAll(() => t.close());

  it('summarises the method’s budget table: expected returns and the ROI ranking', async () => {
    const answer = await t.request('GET', `/plans/${planId}/budget-summary`, { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    // From the fixture: content 10 000 € at 3:1, social ads 5 000 € at 2:1, email 2 000 € at 5:1 (in cents).
    const returns = Object.fromEntries(
      answer.body.lines.map((l: { key: string; expectedReturn: number }) => [l.key, l.expectedReturn]),
    );
    expect(returns).toEqual({ 'bl-contenu': 3_000_000, 'bl-social': 1_000_000, 'bl-email': 1_000_000 });
    expect(answer.body.roiRanking).toEqual(['bl-email', 'bl-contenu', 'bl-social']);
  });

  it('optimises within the budget minus the 10 % reserve', async () => {
    const answer = await t.request('POST', `/plans/${planId}/optimiser`, { as: ws.actors.viewer, body: {} });
    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(true);
    // budget 19 000 € − 10 % reserve = 17 100 € allocatable.
    expect(answer.body.allocatable).toBe(1_710_000);
    const total = answer.body.lines.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0);
    expect(total).toBeLessThanOrEqual(1_710_000);
  });

  it('refuses unknown scenarios by name and strangers by 404', async () => {
    const unknown = await t.request('GET', `/plans/${planId}/scenario-comparison?scenarios=plus-email,nope`, {
      as: ws.actors.viewer,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('nope');
    const ok = await t.request('GET', `/plans/${planId}/scenario-comparison?scenarios=plus-email`, {
      as: ws.actors.viewer,
    });
    expect(ok.status).toBe(200);
    expect((await t.request('GET', `/plans/${planId}/budget-summary`, { as: ws.actors.outsider })).status).toBe(404);
    expect((await t.request('GET', `/plans/${planId}/budget-summary`)).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

describe('budget endpoints on a stored plan', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    planId = await importExamplePlan(t, ws);
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

  const scenarioAllocations = async (scenarioId: string) =>
    (
      await t.request('GET', `/plans/${planId}/scenario-allocations?scenarioId=${scenarioId}`, { as: ws.actors.viewer })
    ).body.items.map((a: { amount: number }) => a.amount);

  it('copies the current budget, or a scenario, into a new scenario to edit', async () => {
    const snapshot = await t.request('POST', `/plans/${planId}/scenario-copies`, {
      as: ws.actors.editor,
      body: { from: null, key: 'photo-janvier', name: 'Photo de janvier' },
    });
    expect(snapshot.status).toBe(201);
    // Copying the current plan writes each line's planned amount: 10 000 €, 5 000 €, 2 000 €.
    expect(await scenarioAllocations(snapshot.body.id)).toEqual([1_000_000, 500_000, 200_000]);

    const copy = await t.request('POST', `/plans/${planId}/scenario-copies`, {
      as: ws.actors.editor,
      body: { from: 'plus-email', key: 'plus-email-bis', name: 'Renforcer l’email (bis)' },
    });
    // The fixture's scenario sets social ads to 4 000 € and email to 3 000 €; the copy keeps just those.
    expect(await scenarioAllocations(copy.body.id)).toEqual([400_000, 300_000]);

    const taken = await t.request('POST', `/plans/${planId}/scenario-copies`, {
      as: ws.actors.editor,
      body: { from: null, key: 'plus-email', name: 'Doublon' },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.errors[0].path).toBe('key');
    const viewer = await t.request('POST', `/plans/${planId}/scenario-copies`, {
      as: ws.actors.viewer,
      body: { from: null, key: 'x', name: 'X' },
    });
    expect(viewer.status).toBe(403);
  });

  it('keeps the optimiser’s answer as a scenario when an editor asks', async () => {
    const body = { saveAsScenario: { key: 'optimise', name: 'Allocation optimisée' } };
    const viewer = await t.request('POST', `/plans/${planId}/optimiser`, { as: ws.actors.viewer, body });
    expect(viewer.status).toBe(403);
    const answer = await t.request('POST', `/plans/${planId}/optimiser`, { as: ws.actors.editor, body });
    expect(answer.status).toBe(200);
    const amounts = answer.body.lines.map((l: { amount: number }) => l.amount);
    expect(await scenarioAllocations(answer.body.scenario.id)).toEqual(amounts);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from './support/app.js';

describe('plan collections over the API', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.close());

  it('creates a plan, a goal and an objective linked to it', async () => {
    const plan = await t.request('POST', `/workspaces/${ws.workspaceId}/plans`, {
      as: ws.actors.editor,
      body: { name: 'PAC 2027' },
    });
    expect(plan.status).toBe(201);
    const goal = await t.request('POST', `/plans/${plan.body.id}/business-goals`, {
      as: ws.actors.editor,
      body: { key: 'revenue', title: 'Revenue +20 %', baseline: 1_000_000, target: 1_200_000 },
    });
    expect(goal.status).toBe(201);
    const objective = await t.request('POST', `/plans/${plan.body.id}/objectives`, {
      as: ws.actors.editor,
      body: { key: 'leads', title: 'Leads +30 %', type: 'acquisition', businessGoalIds: [goal.body.id] },
    });
    expect(objective.status).toBe(201);
    expect(objective.body.businessGoalIds).toEqual([goal.body.id]);
  });
});

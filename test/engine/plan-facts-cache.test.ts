import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedPlanFacts } from '../../src/server/modules/documents/plan-facts.cache.js';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

describe('plans kept in memory for the reports', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    planId = await importExamplePlan(t, ws);
  });
  afterAll(() => t.close());

  const db = () => t.database.handle.db;
  const kpiNames = async () =>
    (await t.request('GET', `/plans/${planId}/kpis?limit=100`, { as: ws.actors.viewer })).body.items as {
      id: string;
      name: string;
      version: number;
    }[];

  it('reuses the copy until a write, then reads the plan again', async () => {
    const first = await cachedPlanFacts(db(), planId);
    expect(await cachedPlanFacts(db(), planId)).toBe(first);

    const [kpi] = await kpiNames();
    const renamed = await t.request('PATCH', `/plans/${planId}/kpis/${kpi!.id}`, {
      as: ws.actors.editor,
      body: { version: kpi!.version, name: 'Trafic organique (GSC)' },
    });
    expect(renamed.status, renamed.text).toBe(200);

    const second = await cachedPlanFacts(db(), planId);
    expect(second).not.toBe(first);
    expect(second.kpis[0]!.name).toBe('Trafic organique (GSC)');
    const report = await t.request('GET', `/plans/${planId}/kpi-status?today=2027-03-01`, { as: ws.actors.viewer });
    expect(report.status).toBe(200);
  });

  it('sees a write to the workspace’s people, which travel with the plan', async () => {
    const before = await cachedPlanFacts(db(), planId);
    const people = await t.request('GET', `/workspaces/${ws.workspaceId}/people?limit=10`, { as: ws.actors.viewer });
    const person = (people.body.items as { id: string; version: number }[])[0]!;
    const renamed = await t.request('PATCH', `/workspaces/${ws.workspaceId}/people/${person.id}`, {
      as: ws.actors.editor,
      body: { version: person.version, name: 'Camille Martin-Durand' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const after = await cachedPlanFacts(db(), planId);
    expect(after).not.toBe(before);
    expect(after.people.map((p) => p.name)).toContain('Camille Martin-Durand');
  });

  it('hands out a frozen copy, so no rule can change what the next request reads', async () => {
    const facts = await cachedPlanFacts(db(), planId);
    expect(Object.isFrozen(facts.kpis)).toBe(true);
    expect(() => (facts.kpis as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('answers 404 for an unknown plan', async () => {
    await expect(cachedPlanFacts(db(), '01a21d93-0000-7000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyDb } from '../../src/server/modules/collections/collection.repository.js';
import { exportPlanDocument } from '../../src/server/modules/documents/document.export.js';
import { cachedPlanFacts, type PlanReader } from '../../src/server/modules/documents/plan-facts.cache.js';
import { planFactsOf } from '../../src/server/modules/documents/plan-facts.js';
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

  it('reads a busy plan once at a time: requests during a read that a write made old share the next read', async () => {
    const [kpi] = await kpiNames();
    /** A write as every write does it: the data, then the workspace's content version. */
    const rename = async (name: string) => {
      await (db() as unknown as AnyDb).updateTable('kpis').set({ name }).where('id', '=', kpi!.id).execute();
      await db()
        .updateTable('workspaces')
        .set((eb) => ({ content_version: eb('content_version', '+', 1) }))
        .where('id', '=', ws.workspaceId)
        .execute();
    };
    // Reads that wait until the test lets them go, so that every request below finds one running.
    let reads = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gatedReader: PlanReader = async (database, id) => {
      reads += 1;
      await gate;
      return Object.freeze(planFactsOf(await exportPlanDocument(database, id)));
    };
    await rename('Trafic 0');
    const answers = [cachedPlanFacts(db(), planId, gatedReader)];
    for (const n of [1, 2, 3, 4]) {
      await rename(`Trafic ${n}`);
      answers.push(cachedPlanFacts(db(), planId, gatedReader));
    }
    release();
    const facts = await Promise.all(answers);
    // Asked while the first read ran, each after a write: one more read, made after the last write.
    expect(reads).toBe(2);
    for (const later of facts.slice(1)) expect(later).toBe(facts[1]);
    expect(facts[1]).not.toBe(facts[0]);
    expect(facts[1]!.kpis[0]!.name).toBe('Trafic 4');
  });

  it('answers 404 for an unknown plan', async () => {
    await expect(cachedPlanFacts(db(), '01a21d93-0000-7000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

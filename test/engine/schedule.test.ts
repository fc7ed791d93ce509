import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

describe('schedule rules on a stored plan', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  let audit = '';
  let calendar = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    planId = await importExamplePlan(t, ws);
    const actions = (await t.request('GET', `/plans/${planId}/actions`, { as: ws.actors.viewer })).body.items;
    audit = actions.find((a: { key: string }) => a.key === 'audit-mots-cles').id;
    calendar = actions.find((a: { key: string }) => a.key === 'calendrier-editorial').id;
  });
  afterAll(() => t.close());

  const dependencies = async () =>
    (await t.request('GET', `/plans/${planId}/action-dependencies`, { as: ws.actors.viewer })).body.total as number;

  it('refuses a dependency that would close a loop, naming the actions, and stores nothing', async () => {
    const before = await dependencies();
    // The fixture already has audit → calendar; calendar → audit would close the loop.
    const answer = await t.request('POST', `/plans/${planId}/action-dependencies`, {
      as: ws.actors.editor,
      body: { predecessorId: calendar, successorId: audit },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        path: 'successorId',
        code: 'dependency_cycle',
        message: expect.stringContaining('Publier le calendrier éditorial du premier trimestre'),
      }),
    ]);
    expect(answer.body.errors[0].message).toContain('Audit des mots-clés recherchés par la clientèle');
    expect(await dependencies()).toBe(before);
  });

  it('refuses an action depending on itself', async () => {
    const answer = await t.request('POST', `/plans/${planId}/action-dependencies`, {
      as: ws.actors.editor,
      body: { predecessorId: audit, successorId: audit },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].code).toBe('dependency_cycle');
  });

  it('reports RACI, workload and the critical path', async () => {
    const answer = await t.request('GET', `/plans/${planId}/schedule?today=2027-01-20`, { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    // Both fixture actions have one A (Camille) and one R (Hugo).
    expect(answer.body.raci).toEqual([]);
    expect(answer.body.cycles).toEqual([]);
    // Effort goes to the Responsible: Hugo carries the audit's 24 h, Camille (Accountable) none.
    const hours = Object.fromEntries(
      answer.body.workload.people.map((p: { person: string; totalHours: number }) => [p.person, p.totalHours]),
    );
    expect(hours).toEqual({ camille: 0, hugo: 24 });
  });
});

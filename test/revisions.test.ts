import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from './support/app.js';

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'plan-full.yaml'), 'utf8');

describe('restoring a revision', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  let planId = '';
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
    const imported = await t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
      as: ws.actors.editor,
      raw: fixture,
    });
    planId = imported.body.id;
  });
  afterAll(() => t.close());

  const exportJson = async () =>
    (await t.request('GET', `/plans/${planId}/document?format=json`, { as: ws.actors.viewer })).text;

  it('brings the plan back and keeps the replaced state as a revision', async () => {
    const original = await exportJson();
    const saved = await t.request('POST', `/plans/${planId}/revisions`, {
      as: ws.actors.editor,
      body: { message: 'Plan validé en comité' },
    });
    expect(saved.status).toBe(201);

    // Change the plan: rename the plan, drop an action, add a strategy.
    const plan = await t.request('GET', `/plans/${planId}`, { as: ws.actors.viewer });
    await t.request('PATCH', `/plans/${planId}`, {
      as: ws.actors.editor,
      body: { version: plan.body.version, name: 'Autre nom' },
    });
    const actions = await t.request('GET', `/plans/${planId}/actions`, { as: ws.actors.viewer });
    await t.request('DELETE', `/plans/${planId}/actions/${actions.body.items[0].id}`, { as: ws.actors.editor });
    await t.request('POST', `/plans/${planId}/strategies`, {
      as: ws.actors.editor,
      body: { key: 'influence', name: 'Influence' },
    });
    const changed = await exportJson();
    expect(changed).not.toBe(original);

    const viewerTry = await t.request('POST', `/plans/${planId}/revisions/${saved.body.id}/restore`, {
      as: ws.actors.viewer,
    });
    expect(viewerTry.status).toBe(403);

    const restored = await t.request('POST', `/plans/${planId}/revisions/${saved.body.id}/restore`, {
      as: ws.actors.editor,
    });
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ number: 3, message: 'Révision 1 restaurée' });
    expect(await exportJson()).toBe(original);

    const list = await t.request('GET', `/plans/${planId}/revisions`, { as: ws.actors.viewer });
    expect(list.body.items.map((r: { number: number; message: string }) => [r.number, r.message])).toEqual([
      [3, 'Révision 1 restaurée'],
      [2, 'Avant la restauration de la révision 1'],
      [1, 'Plan validé en comité'],
    ]);
    const before = await t.request('GET', `/plans/${planId}/revisions/${list.body.items[1].id}`, {
      as: ws.actors.viewer,
    });
    expect(JSON.stringify(before.body.document, null, 2) + '\n').toBe(changed);
  });

  it('answers 404 for a revision of another plan', async () => {
    const answer = await t.request('POST', `/plans/${planId}/revisions/00000000-0000-7000-8000-000000000000/restore`, {
      as: ws.actors.editor,
    });
    expect(answer.status).toBe(404);
  });
});

describe('diff between revisions', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.close());

  it('describes what changed since a revision, in French and English', async () => {
    const planId = (
      await t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, { as: ws.actors.editor, raw: fixture })
    ).body.id;
    const first = await t.request('POST', `/plans/${planId}/revisions`, {
      as: ws.actors.editor,
      body: { message: 'v1' },
    });
    const lines = (await t.request('GET', `/plans/${planId}/budget-lines`, { as: ws.actors.viewer })).body.items;
    const social = lines.find((l: { key: string }) => l.key === 'bl-social');
    const email = lines.find((l: { key: string }) => l.key === 'bl-email');
    // Move 2 000 € (200 000 cents) from social ads to email.
    await t.request('PATCH', `/plans/${planId}/budget-lines/${social.id}`, {
      as: ws.actors.editor,
      body: { version: social.version, plannedAmount: social.plannedAmount - 200_000 },
    });
    await t.request('PATCH', `/plans/${planId}/budget-lines/${email.id}`, {
      as: ws.actors.editor,
      body: { version: email.version, plannedAmount: email.plannedAmount + 200_000 },
    });

    const sinceFirst = await t.request('GET', `/plans/${planId}/diff?from=${first.body.id}`, { as: ws.actors.viewer });
    expect(sinceFirst.status).toBe(200);
    expect(sinceFirst.body.lines.fr).toEqual([
      '2 000 € déplacés de Publicité sur les réseaux sociaux vers Email marketing',
    ]);
    expect(sinceFirst.body.lines.en).toEqual([
      '€2,000 moved from Publicité sur les réseaux sociaux to Email marketing',
    ]);

    const second = await t.request('POST', `/plans/${planId}/revisions`, {
      as: ws.actors.editor,
      body: { message: 'v2' },
    });
    const between = await t.request('GET', `/plans/${planId}/diff?from=${first.body.id}&to=${second.body.id}`, {
      as: ws.actors.viewer,
    });
    expect(between.body.lines.fr).toEqual(sinceFirst.body.lines.fr);
    const none = await t.request('GET', `/plans/${planId}/diff?from=${second.body.id}`, { as: ws.actors.viewer });
    expect(none.body.changes).toEqual([]);
  });
});

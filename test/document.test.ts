import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { peopleCollection, planCollections, planSingletons } from '../src/contract/collections.js';
import { parsePlanDocument } from '../src/io/plan-document-text.js';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from './support/app.js';

const fixturePath = path.join(import.meta.dirname, 'fixtures', 'plan-full.yaml');
const fixture = fs.readFileSync(fixturePath, 'utf8');

function parsed(text: string) {
  const result = parsePlanDocument(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.document;
}

describe('the plan-full fixture', () => {
  it('has at least one entity of every collection, so the round trip covers the whole model', () => {
    const raw = parseYaml(fixture) as Record<string, unknown[]>;
    for (const def of [peopleCollection, ...planCollections]) {
      expect(raw[def.docKey], def.docKey).toBeInstanceOf(Array);
      expect(raw[def.docKey]?.length ?? 0, def.docKey).toBeGreaterThan(0);
    }
    for (const def of planSingletons) expect(raw[def.docKey], def.docKey).toBeTypeOf('object');
  });
});

describe('plan document round trip', () => {
  let t: TestApp;
  let first: SeededWorkspace;
  let second: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    first = await seedWorkspace(t, 'Agence A');
    second = await seedWorkspace(t, 'Client B');
  });
  afterAll(() => t.close());

  async function importAs(ws: SeededWorkspace, text: string, contentType = 'application/yaml') {
    return t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
      as: ws.actors.editor,
      raw: text,
      contentType,
    });
  }

  async function exportPlan(ws: SeededWorkspace, planId: string, format: 'yaml' | 'json') {
    const answer = await t.request('GET', `/plans/${planId}/document?format=${format}`, { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    return answer.text;
  }

  it('import → export gives back the fixture, and export → import elsewhere → export is identical', async () => {
    const imported = await importAs(first, fixture);
    expect(imported.status).toBe(201);
    expect(imported.body.key).toBe('bio-croissance-2027');

    const exported = await exportPlan(first, imported.body.id, 'yaml');
    expect(parsed(exported)).toEqual(parsed(fixture));

    const again = await importAs(second, exported);
    expect(again.status).toBe(201);
    expect(await exportPlan(second, again.body.id, 'yaml')).toBe(exported);
  });

  it('round-trips through JSON as well', async () => {
    const imported = await importAs(first, fixture);
    // Same workspace: the key is taken, so the import gets a free one.
    expect(imported.body.key).toMatch(/^bio-croissance-2027-\d+$/);
    const json = await exportPlan(first, imported.body.id, 'json');
    const back = await importAs(second, json, 'application/json');
    expect(back.status).toBe(201);
    const exportedJson = JSON.parse(await exportPlan(second, back.body.id, 'json')) as { plan: { key: string } };
    const original = JSON.parse(json) as { plan: { key: string } };
    expect({ ...exportedJson, plan: { ...exportedJson.plan, key: 'x' } }).toEqual({
      ...original,
      plan: { ...original.plan, key: 'x' },
    });
  });

  it('locates every problem of an invalid document and writes nothing', async () => {
    const before = await t.request('GET', `/workspaces/${second.workspaceId}/plans`, { as: second.actors.viewer });
    const broken = fixture
      .replace('tactic: articles-blog\n    title: Publier', 'tactic: nulle-part\n    title: Publier')
      .replace('type: awareness', 'type: notoriete');
    const answer = await importAs(second, broken);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const typeError = answer.body.errors.find((e: { path: string }) => e.path === 'objectives.1.type');
    expect(typeError).toBeDefined();
    expect(typeError.line).toBe(broken.split('\n').findIndex((l) => l.includes('type: notoriete')) + 1);

    const fixedType = broken.replace('type: notoriete', 'type: awareness');
    const refAnswer = await importAs(second, fixedType);
    expect(refAnswer.status).toBe(400);
    expect(refAnswer.body.errors).toEqual([
      expect.objectContaining({ path: 'actions.1.tactic', message: expect.stringContaining('nulle-part') }),
    ]);

    const after = await t.request('GET', `/workspaces/${second.workspaceId}/plans`, { as: second.actors.viewer });
    expect(after.body.total).toBe(before.body.total);
  });

  it('reports YAML syntax errors with their line', async () => {
    const answer = await importAs(first, 'schema: jalon/plan@1\nplan:\n  key: [unclosed\n');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].line).toBeGreaterThan(0);
  });

  it('lets a viewer export but not import', async () => {
    const answer = await t.request('POST', `/workspaces/${first.workspaceId}/plans/import`, {
      as: first.actors.viewer,
      raw: fixture,
    });
    expect(answer.status).toBe(403);
  });
});

describe('duplicating a plan', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.close());

  it('copies everything the plan owns into a new draft of the same workspace', async () => {
    const original = await t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
      as: ws.actors.editor,
      raw: fixture,
    });
    const copy = await t.request('POST', `/plans/${original.body.id}/duplicate`, { as: ws.actors.editor, body: {} });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      name: 'Croissance Bio & Co 2027 (copie)',
      status: 'draft',
      key: 'bio-croissance-2027-2',
    });
    const exportOf = async (id: string) =>
      parsed((await t.request('GET', `/plans/${id}/document`, { as: ws.actors.viewer })).text);
    const [a, b] = [await exportOf(original.body.id), await exportOf(copy.body.id)];
    expect({ ...b, plan: a.plan }).toEqual(a);
    const viewer = await t.request('POST', `/plans/${original.body.id}/duplicate`, { as: ws.actors.viewer, body: {} });
    expect(viewer.status).toBe(403);
  });
});

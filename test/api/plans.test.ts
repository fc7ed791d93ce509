import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type Answer, type SeededWorkspace, type TestApp } from '../support/app.js';
import { auditIds, createPlan, errorPaths, expectProblem, seedParents, seedPeople } from './fixtures.js';

/** Plans, their singletons, revisions, document export and import — and the audit trail of each. */

let t: TestApp;
let ws: SeededWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
});
afterAll(() => t.close());

const plansPath = () => `/workspaces/${ws.workspaceId}/plans`;
const planCount = async () => (await t.request('GET', plansPath(), { as: ws.actors.viewer })).body.total as number;

interface Audited {
  entity: string;
  action: string;
  entityId?: string;
  planId?: string;
}

/** Runs a mutation and checks that exactly one audit entry, matching `expected`, appeared. */
async function audited(expected: Audited, mutation: () => Promise<Answer>): Promise<Answer> {
  const before = await auditIds(t, ws.actors.owner, ws.workspaceId);
  const answer = await mutation();
  const log = await t.request('GET', `/workspaces/${ws.workspaceId}/audit?limit=1000`, { as: ws.actors.owner });
  const added = (log.body.items as Record<string, unknown>[]).filter((e) => !before.has(e.id as string));
  expect(added, `${expected.entity} ${expected.action}`).toEqual([expect.objectContaining(expected)]);
  return answer;
}

describe('plans', () => {
  let plan: Record<string, unknown> & { id: string; version: number };

  it('creates a plan with defaults and a generated key, audited', async () => {
    const answer = await audited({ entity: 'plan', action: 'create' }, () =>
      t.request('POST', plansPath(), { as: ws.actors.editor, body: { name: 'PAC 2027 — Lancement' } }),
    );
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({
      workspaceId: ws.workspaceId,
      name: 'PAC 2027 — Lancement',
      status: 'draft',
      currency: 'EUR',
      locale: 'fr',
      description: null,
      startDate: null,
      endDate: null,
      version: 1,
    });
    expect(answer.body.key).toMatch(/^pac-2027-lancement-/);
    plan = answer.body;
  });

  it('creates with every field; a duplicate key gets 409 on `key`', async () => {
    const body = {
      key: 'pac-2027',
      name: 'PAC 2027',
      description: 'Le plan',
      status: 'active',
      currency: 'CHF',
      locale: 'en',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    };
    const answer = await t.request('POST', plansPath(), { as: ws.editorToken, body });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject(body);
    const twin = await t.request('POST', plansPath(), { as: ws.actors.editor, body: { ...body, name: 'Twin' } });
    expectProblem(twin, 409, 'conflict');
    expect(errorPaths(twin)).toEqual(['key']);
  });

  it('rejects an end date before the start date, and other bad fields, with 400 on the field', async () => {
    const before = await planCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Backwards', startDate: '2027-06-01', endDate: '2027-01-01' }, 'endDate'],
      [{ name: 'Bad currency', currency: 'euro' }, 'currency'],
      [{ name: 'Bad status', status: 'done' }, 'status'],
      [{ name: 'Bad key', key: 'Not A Slug' }, 'key'],
      [{ name: '' }, 'name'],
      [{ name: 'Unknown field', owner: 'me' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const answer = await t.request('POST', plansPath(), { as: ws.actors.editor, body });
      expectProblem(answer, 400, 'validation');
      expect(errorPaths(answer), JSON.stringify(body)).toContain(field);
    }
    expect(await planCount()).toBe(before);
  });

  it('lists plans with pagination; gets one; outsiders get 404, anonymous 401', async () => {
    const all = await t.request('GET', `${plansPath()}?limit=1000`, { as: ws.viewerToken });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.items.map((p: { id: string }) => p.id)).toContain(plan.id);
    const page = await t.request('GET', `${plansPath()}?limit=1&offset=1`, { as: ws.actors.viewer });
    expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total });
    expect(page.body.items).toEqual([all.body.items[1]]);

    expect((await t.request('GET', `/plans/${plan.id}`, { as: ws.actors.viewer })).body).toEqual(plan);
    expectProblem(await t.request('GET', `/plans/${plan.id}`, { as: ws.actors.outsider }), 404, 'not_found');
    expectProblem(await t.request('GET', plansPath(), { as: ws.actors.outsider }), 404, 'not_found');
    expectProblem(await t.request('GET', `/plans/${plan.id}`), 401, 'unauthenticated');
    expectProblem(await t.request('GET', '/plans/no-such-plan', { as: ws.actors.owner }), 404, 'not_found');
    expectProblem(await t.request('POST', plansPath(), { as: ws.actors.viewer, body: { name: 'No' } }), 403);
  });

  it('updates with the current version (audited); a stale one gets 409 and changes nothing', async () => {
    const answer = await audited({ entity: 'plan', action: 'update', entityId: plan.id }, () =>
      t.request('PATCH', `/plans/${plan.id}`, {
        as: ws.actors.editor,
        body: { version: plan.version, status: 'active', startDate: '2027-01-01' },
      }),
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ status: 'active', startDate: '2027-01-01', version: plan.version + 1 });
    const stale = await t.request('PATCH', `/plans/${plan.id}`, {
      as: ws.actors.editor,
      body: { version: plan.version, name: 'Lost update' },
    });
    expectProblem(stale, 409, 'version_conflict');
    plan = answer.body;
    expect((await t.request('GET', `/plans/${plan.id}`, { as: ws.actors.viewer })).body).toEqual(plan);
  });

  it('refuses, on update, an end date before the stored start date and a key already taken', async () => {
    const backwards = await t.request('PATCH', `/plans/${plan.id}`, {
      as: ws.actors.editor,
      body: { version: plan.version, endDate: '2026-12-31' },
    });
    expectProblem(backwards, 400, 'validation');
    expect(errorPaths(backwards)).toEqual(['endDate']);
    const taken = await t.request('PATCH', `/plans/${plan.id}`, {
      as: ws.actors.editor,
      body: { version: plan.version, key: 'pac-2027' },
    });
    expectProblem(taken, 409, 'conflict');
    expect(errorPaths(taken)).toEqual(['key']);
    expectProblem(
      await t.request('PATCH', `/plans/${plan.id}`, { as: ws.viewerToken, body: { version: plan.version } }),
      403,
    );
    expect((await t.request('GET', `/plans/${plan.id}`, { as: ws.actors.viewer })).body).toEqual(plan);
  });

  it('deletes a plan (editors; viewers get 403), audited; it is gone afterwards', async () => {
    const id = await createPlan(t, ws.actors.editor, ws.workspaceId, { name: 'Doomed' });
    await seedParents(t, ws.actors.editor, id, await seedPeople(t, ws.actors.editor, ws.workspaceId, 'doomed'));
    expectProblem(await t.request('DELETE', `/plans/${id}`, { as: ws.actors.viewer }), 403, 'forbidden');
    const answer = await audited({ entity: 'plan', action: 'delete', entityId: id }, () =>
      t.request('DELETE', `/plans/${id}`, { as: ws.actors.editor }),
    );
    expect(answer.status).toBe(204);
    expectProblem(await t.request('GET', `/plans/${id}`, { as: ws.actors.editor }), 404, 'not_found');
    expectProblem(await t.request('GET', `/plans/${id}/actions`, { as: ws.actors.editor }), 404, 'not_found');
  });
});

describe.each([
  {
    name: 'positioning',
    defaults: { targetAudience: null, category: null, differentiator: null, proof: null, statement: null },
    first: { targetAudience: 'Urban families', category: 'Organic groceries', statement: 'The local choice' },
    second: { targetAudience: 'Urban families', category: 'Organic groceries', statement: 'The nearest choice' },
    bad: { category: 'x'.repeat(501) },
    badField: 'category',
  },
  {
    name: 'budget-settings',
    defaults: { totalAmount: 0, contingencyPercent: 10 },
    first: { totalAmount: 5_000_000, contingencyPercent: 15 },
    second: { totalAmount: 6_000_000, contingencyPercent: 15 },
    bad: { contingencyPercent: 150 },
    badField: 'contingencyPercent',
  },
])('$name (one per plan)', ({ name, defaults, first, second, bad, badField }) => {
  let planId: string;
  const path = () => `/plans/${planId}/${name}`;
  beforeAll(async () => {
    planId = await createPlan(t, ws.actors.editor, ws.workspaceId, { name: `Plan for ${name}` });
  });

  it('reads as version 0 with its defaults before the first save', async () => {
    const answer = await t.request('GET', path(), { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ...defaults, version: 0, updatedAt: null });
  });

  it('saves with version 0 → 1, then 1 → 2; a stale version gets 409', async () => {
    const created = await audited({ entity: name, action: 'update', planId }, () =>
      t.request('PUT', path(), { as: ws.actors.editor, body: { version: 0, ...first } }),
    );
    expect(created.status, created.text).toBe(200);
    expect(created.body).toMatchObject({ ...defaults, ...first, version: 1 });
    expectProblem(
      await t.request('PUT', path(), { as: ws.actors.editor, body: { version: 0, ...second } }),
      409,
      'version_conflict',
    );
    const updated = await audited({ entity: name, action: 'update', planId }, () =>
      t.request('PUT', path(), { as: ws.editorToken, body: { version: 1, ...second } }),
    );
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body).toMatchObject({ ...second, version: 2 });
    expectProblem(
      await t.request('PUT', path(), { as: ws.actors.editor, body: { version: 1, ...first } }),
      409,
      'version_conflict',
    );
    expect((await t.request('GET', path(), { as: ws.actors.viewer })).body).toEqual(updated.body);
  });

  it('refuses viewers (403), outsiders (404) and bad values (400 on the field)', async () => {
    const current = (await t.request('GET', path(), { as: ws.actors.viewer })).body;
    const body = { version: current.version, ...first };
    expectProblem(await t.request('PUT', path(), { as: ws.actors.viewer, body }), 403, 'forbidden');
    expectProblem(await t.request('PUT', path(), { as: ws.viewerToken, body }), 403, 'forbidden');
    expectProblem(await t.request('PUT', path(), { as: ws.actors.outsider, body }), 404, 'not_found');
    expectProblem(await t.request('GET', path(), { as: ws.actors.outsider }), 404, 'not_found');
    const invalid = await t.request('PUT', path(), { as: ws.actors.editor, body: { ...body, ...bad } });
    expectProblem(invalid, 400, 'validation');
    expect(errorPaths(invalid)).toEqual([badField]);
    expect((await t.request('GET', path(), { as: ws.actors.viewer })).body).toEqual(current);
  });
});

describe('revisions', () => {
  let planId: string;
  beforeAll(async () => {
    planId = await createPlan(t, ws.actors.editor, ws.workspaceId, { key: 'revised', name: 'Revised' });
  });

  it('saves numbered revisions (audited), lists them newest first and returns their document', async () => {
    const first = await audited({ entity: 'revision', action: 'create', planId }, () =>
      t.request('POST', `/plans/${planId}/revisions`, { as: ws.actors.editor, body: { message: 'First draft' } }),
    );
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ number: 1, message: 'First draft', createdBy: ws.userIds.editor });
    await t.request('POST', `/plans/${planId}/business-goals`, {
      as: ws.actors.editor,
      body: { key: 'revenue', title: 'Revenue +20 %' },
    });
    const second = await t.request('POST', `/plans/${planId}/revisions`, {
      as: ws.editorToken,
      body: { message: 'With a goal' },
    });
    expect(second.body).toMatchObject({ number: 2, createdBy: null });

    const list = await t.request('GET', `/plans/${planId}/revisions`, { as: ws.actors.viewer });
    expect(list.body.items.map((r: { number: number }) => r.number)).toEqual([2, 1]);

    const one = await t.request('GET', `/plans/${planId}/revisions/${first.body.id}`, { as: ws.actors.viewer });
    expect(one.status).toBe(200);
    expect(one.body.document).toMatchObject({ schema: 'jalon/plan@1', plan: { key: 'revised' }, businessGoals: [] });
    const two = await t.request('GET', `/plans/${planId}/revisions/${second.body.id}`, { as: ws.actors.viewer });
    expect(two.body.document.businessGoals).toEqual([expect.objectContaining({ key: 'revenue' })]);
  });

  it('refuses viewers (403), empty messages (400) and unknown revisions (404)', async () => {
    const body = { message: 'Nope' };
    expectProblem(await t.request('POST', `/plans/${planId}/revisions`, { as: ws.actors.viewer, body }), 403);
    const empty = await t.request('POST', `/plans/${planId}/revisions`, {
      as: ws.actors.editor,
      body: { message: ' ' },
    });
    expectProblem(empty, 400, 'validation');
    expect(errorPaths(empty)).toEqual(['message']);
    expectProblem(await t.request('GET', `/plans/${planId}/revisions/nope`, { as: ws.actors.viewer }), 404);
    expect((await t.request('GET', `/plans/${planId}/revisions`, { as: ws.actors.viewer })).body.items).toHaveLength(2);
  });
});

describe('plan documents', () => {
  let planId: string;
  beforeAll(async () => {
    planId = await createPlan(t, ws.actors.editor, ws.workspaceId, { key: 'full', name: 'Full plan' });
    const people = await seedPeople(t, ws.actors.editor, ws.workspaceId, 'doc');
    await seedParents(t, ws.actors.editor, planId, people, { everyCollection: true });
    await t.request('PUT', `/plans/${planId}/budget-settings`, {
      as: ws.actors.editor,
      body: { version: 0, totalAmount: 1_000_000 },
    });
  });

  it('exports the same document as YAML and as JSON', async () => {
    const yaml = await t.request('GET', `/plans/${planId}/document`, { as: ws.viewerToken });
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(yaml.text).toMatch(/^schema: jalon\/plan@1$/m);
    const json = await t.request('GET', `/plans/${planId}/document?format=json`, { as: ws.actors.viewer });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(parseYaml(yaml.text)).toEqual(json.body);
    expect(json.body).toMatchObject({ plan: { key: 'full', name: 'Full plan' }, budget: { totalAmount: 1_000_000 } });
    expect(json.body.tactics).toHaveLength(3);
    expect(json.body.tactics[0].strategy).toBe('strategies-0');
    expect(json.body.experimentResults).toHaveLength(1);
    expectProblem(await t.request('GET', `/plans/${planId}/document`, { as: ws.actors.outsider }), 404);
    const bad = await t.request('GET', `/plans/${planId}/document?format=pdf`, { as: ws.actors.viewer });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(['format']);
  });

  it('imports an exported document as a new plan (audited) that exports the same', async () => {
    const yaml = (await t.request('GET', `/plans/${planId}/document`, { as: ws.actors.viewer })).text;
    const answer = await audited({ entity: 'plan', action: 'import' }, () =>
      t.request('POST', `${plansPath()}/import`, { as: ws.actors.editor, raw: yaml }),
    );
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body.key).toBe('full-2');
    const original = (await t.request('GET', `/plans/${planId}/document?format=json`, { as: ws.actors.viewer })).body;
    const copy = (await t.request('GET', `/plans/${answer.body.id}/document?format=json`, { as: ws.actors.viewer }))
      .body;
    expect(copy).toEqual({ ...original, plan: { ...original.plan, key: 'full-2' } });
  });

  const invalidDocuments: { title: string; yaml: string; errors: { path: string; line: number }[] }[] = [
    {
      title: 'a YAML syntax error',
      yaml: ['schema: jalon/plan@1', 'plan:', '  key: broken', '  name: [unclosed'].join('\n'),
      errors: [{ path: '(document)', line: 4 }],
    },
    {
      title: 'a wrong enum value and a missing field',
      yaml: [
        'schema: jalon/plan@1',
        'plan:',
        '  key: invalid',
        '  name: Invalid',
        'objectives:',
        '  - key: leads',
        '    title: Leads',
        '    type: virality',
        '  - key: sales',
        '    type: loyalty',
      ].join('\n'),
      errors: [
        { path: 'objectives.0.type', line: 8 },
        { path: 'objectives.1.title', line: 9 },
      ],
    },
    {
      title: 'a reference to an unknown key',
      yaml: [
        'schema: jalon/plan@1',
        'plan:',
        '  key: dangling',
        '  name: Dangling',
        'strategies:',
        '  - key: seo',
        '    name: SEO',
        'tactics:',
        '  - key: articles',
        '    name: Articles',
        '    strategy: sea',
      ].join('\n'),
      errors: [{ path: 'tactics.0.strategy', line: 11 }],
    },
  ];

  it.each(invalidDocuments)('refuses $title with 400, path and line, and imports nothing', async ({ yaml, errors }) => {
    const before = await planCount();
    const auditBefore = await auditIds(t, ws.actors.owner, ws.workspaceId);
    const answer = await t.request('POST', `${plansPath()}/import`, { as: ws.actors.editor, raw: yaml });
    expectProblem(answer, 400, 'validation');
    expect(answer.body.errors).toEqual(errors.map((e) => expect.objectContaining(e)));
    expect(await planCount()).toBe(before);
    expect(await auditIds(t, ws.actors.owner, ws.workspaceId)).toEqual(auditBefore);
  });

  it('refuses imports from viewers (403)', async () => {
    const yaml = ['schema: jalon/plan@1', 'plan:', '  key: nope', '  name: Nope'].join('\n');
    const before = await planCount();
    expectProblem(await t.request('POST', `${plansPath()}/import`, { as: ws.actors.viewer, raw: yaml }), 403);
    expectProblem(await t.request('POST', `${plansPath()}/import`, { as: ws.viewerToken, raw: yaml }), 403);
    expect(await planCount()).toBe(before);
  });
});

describe('concurrent edits from the same version: exactly one wins, the others get 409', () => {
  let planId: string;
  beforeAll(async () => {
    planId = await createPlan(t, ws.actors.editor, ws.workspaceId, { name: 'Contended' });
  });

  /** Sends the requests together and checks that one succeeded and every other one was refused. */
  async function race(requests: (() => Promise<Answer>)[], success: number, code: string): Promise<Answer> {
    const answers = await Promise.all(requests.map((send) => send()));
    const winners = answers.filter((a) => a.status === success);
    expect(winners, answers.map((a) => `${a.status} ${a.body?.code ?? ''}`).join(', ')).toHaveLength(1);
    for (const answer of answers.filter((a) => a.status !== success)) expectProblem(answer, 409, code);
    return winners[0]!;
  }
  const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

  it('on an entity', async () => {
    const goal = await t.request('POST', `/plans/${planId}/business-goals`, {
      as: ws.actors.editor,
      body: { key: 'revenue', title: 'Revenue' },
    });
    const path = `/plans/${planId}/business-goals/${goal.body.id}`;
    const winner = await race(
      times(4, (i) => () => t.request('PATCH', path, { as: ws.actors.editor, body: { version: 1, title: `T${i}` } })),
      200,
      'version_conflict',
    );
    expect((await t.request('GET', path, { as: ws.actors.viewer })).body).toEqual(winner.body);
    expect(winner.body.version).toBe(2);
  });

  it('on the plan', async () => {
    const winner = await race(
      times(
        3,
        (i) => () =>
          t.request('PATCH', `/plans/${planId}`, { as: ws.actors.editor, body: { version: 1, name: `N${i}` } }),
      ),
      200,
      'version_conflict',
    );
    expect((await t.request('GET', `/plans/${planId}`, { as: ws.actors.viewer })).body).toEqual(winner.body);
  });

  it('on the first save of a singleton', async () => {
    const path = `/plans/${planId}/budget-settings`;
    const winner = await race(
      times(3, (i) => () => t.request('PUT', path, { as: ws.actors.editor, body: { version: 0, totalAmount: i } })),
      200,
      'version_conflict',
    );
    expect((await t.request('GET', path, { as: ws.actors.viewer })).body).toEqual(winner.body);
  });

  it('creating the same key', async () => {
    const path = `/plans/${planId}/strategies`;
    await race(
      times(3, (i) => () => t.request('POST', path, { as: ws.actors.editor, body: { key: 'seo', name: `S${i}` } })),
      201,
      'conflict',
    );
    expect((await t.request('GET', path, { as: ws.actors.viewer })).body.total).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../api/fixtures.js';
import {
  createTestApp,
  importExamplePlan,
  seedWorkspace,
  type Actor,
  type SeededWorkspace,
  type TestApp,
} from '../support/app.js';

/** Saved import mappings: create, list, read, change with the version read, delete; per role. */

let t: TestApp;
let ws: SeededWorkspace;
let planId = '';
let otherPlanId = '';

const mapping = {
  dateColumn: 'Date',
  dateFormat: 'iso',
  columns: [{ column: 'Clics', kpiKey: 'trafic-organique' }],
  source: 'search-console',
};
const base = () => `/plans/${planId}/import-mappings`;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  planId = await importExamplePlan(t, ws);
  otherPlanId = await importExamplePlan(t, ws);
});
afterAll(() => t.close());

async function rows(): Promise<{ name: string; version: number }[]> {
  return (await t.database.handle.db
    .selectFrom('import_mappings')
    .select(['name', 'version'])
    .where('plan_id', '=', planId)
    .orderBy('name')
    .execute()) as { name: string; version: number }[];
}

describe('/plans/{plan}/import-mappings', () => {
  it('creates, lists, reads, renames and deletes, each change checked against the version read', async () => {
    const created = await t.request('POST', base(), { as: ws.actors.editor, body: { name: 'GSC quotidien', mapping } });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ name: 'GSC quotidien', planId, version: 1, mapping });
    const id = created.body.id as string;

    const list = await t.request('GET', base(), { as: ws.actors.viewer });
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { name: string }) => m.name)).toEqual(['GSC quotidien']);
    expect((await t.request('GET', `${base()}/${id}`, { as: ws.viewerToken })).body).toEqual(created.body);

    const renamed = await t.request('PATCH', `${base()}/${id}`, {
      as: ws.actors.editor,
      body: { version: 1, name: 'Search Console', mapping: { ...mapping, source: 'gsc' } },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Search Console', version: 2, mapping: { source: 'gsc' } });

    // A stale version: 409, and nothing changes.
    const stale = await t.request('PATCH', `${base()}/${id}`, {
      as: ws.actors.editor,
      body: { version: 1, name: 'Lost update' },
    });
    expectProblem(stale, 409, 'version_conflict');
    expect(stale.body.currentVersion).toBe(2);
    expectProblem(
      await t.request('DELETE', `${base()}/${id}?version=1`, { as: ws.actors.editor }),
      409,
      'version_conflict',
    );
    expect(await rows()).toEqual([{ name: 'Search Console', version: 2 }]);

    expect((await t.request('DELETE', `${base()}/${id}?version=2`, { as: ws.actors.editor })).status).toBe(204);
    expect(await rows()).toEqual([]);
    expectProblem(await t.request('GET', `${base()}/${id}`, { as: ws.actors.editor }), 404, 'not_found');
  });

  it('refuses a name already used in the plan (409), not in another plan', async () => {
    const first = await t.request('POST', base(), { as: ws.actors.editor, body: { name: 'Ads', mapping } });
    expect(first.status).toBe(201);
    expectProblem(
      await t.request('POST', base(), { as: ws.actors.editor, body: { name: 'Ads', mapping } }),
      409,
      'conflict',
    );
    const second = await t.request('POST', base(), { as: ws.actors.editor, body: { name: 'Ads 2', mapping } });
    expectProblem(
      await t.request('PATCH', `${base()}/${second.body.id}`, {
        as: ws.actors.editor,
        body: { version: 1, name: 'Ads' },
      }),
      409,
      'conflict',
    );
    const elsewhere = await t.request('POST', `/plans/${otherPlanId}/import-mappings`, {
      as: ws.actors.editor,
      body: { name: 'Ads', mapping },
    });
    expect(elsewhere.status).toBe(201);
    // A mapping of another plan is not found through this one.
    expectProblem(await t.request('GET', `${base()}/${elsewhere.body.id}`, { as: ws.actors.editor }), 404, 'not_found');
  });

  it('refuses an invalid mapping, naming the field, and writes nothing', async () => {
    const before = await rows();
    const cases: [unknown, string[]][] = [
      [
        { name: 'x', mapping: { ...mapping, columns: [{ column: 'Clics', kpiKey: 'inconnu' }] } },
        ['mapping.columns.0.kpiKey'],
      ],
      [{ name: 'x', mapping: { ...mapping, fixedDate: '2025-01-01' } }, ['mapping.dateColumn']],
      [{ name: 'x', mapping: { ...mapping, dateFormat: 'yyyy' } }, ['mapping.dateFormat']],
      [{ name: 'x', mapping: { ...mapping, columns: [] } }, ['mapping.columns']],
      [
        {
          name: 'x',
          mapping: {
            ...mapping,
            columns: [
              { column: 'Clics', kpiKey: 'trafic-organique' },
              { column: 'CTR', kpiKey: 'trafic-organique' },
            ],
          },
        },
        ['mapping.columns.1.kpiKey'],
      ],
      [{ name: '', mapping }, ['name']],
      [{ name: 'x', mapping, extra: 1 }, ['extra']],
    ];
    for (const [body, paths] of cases) {
      const answer = await t.request('POST', base(), { as: ws.actors.editor, body });
      expectProblem(answer, 400, 'validation');
      expect(
        answer.body.errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toEqual(paths);
    }
    expect(await rows()).toEqual(before);
  });

  it('lets viewers read; only editors and above change; outsiders see nothing', async () => {
    const created = await t.request('POST', base(), { as: ws.actors.editor, body: { name: 'Roles', mapping } });
    const id = created.body.id as string;
    const callers: [string, Actor, { read: number; write: number }][] = [
      ['anonymous', null, { read: 401, write: 401 }],
      ['outsider', ws.actors.outsider, { read: 404, write: 404 }],
      ['viewer', ws.actors.viewer, { read: 200, write: 403 }],
      ['viewer token', ws.viewerToken, { read: 200, write: 403 }],
    ];
    for (const [name, as, expected] of callers) {
      expect((await t.request('GET', base(), { as })).status, name).toBe(expected.read);
      expect((await t.request('GET', `${base()}/${id}`, { as })).status, name).toBe(expected.read);
      const writes = [
        await t.request('POST', base(), { as, body: { name: `by ${name}`, mapping } }),
        await t.request('PATCH', `${base()}/${id}`, { as, body: { version: 1, name: `by ${name}` } }),
        await t.request('DELETE', `${base()}/${id}`, { as }),
      ];
      for (const answer of writes) expectProblem(answer, expected.write);
    }
    expect((await rows()).map((r) => r.name)).not.toContain('by viewer');
    const token = await t.request('PATCH', `${base()}/${id}`, {
      as: ws.editorToken,
      body: { version: 1, name: 'Roles (token)' },
    });
    expect(token.status).toBe(200);
  });
});

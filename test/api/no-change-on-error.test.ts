import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type Answer, type SeededWorkspace, type TestApp } from '../support/app.js';
import { createPlan, expectProblem, seedParents, seedPeople, type Parents } from './fixtures.js';

/**
 * A refused request changes nothing: for each 401, 403, 400 and 409 below, the full export of
 * the plan, the touched rows (with their versions), the revisions, the plan list and the audit
 * log are the same before and after.
 */

let t: TestApp;
let ws: SeededWorkspace;
let planId: string;
let parents: Parents;
/** Entities of another plan of the same workspace. */
let foreign: Parents;

const first = (collection: string, parentsOf: Parents = parents) => parentsOf.get(collection)![0]!;
const second = (collection: string) => parents.get(collection)![1]!;
const entity = (collection: string, id: string) => `/plans/${planId}/${collection}/${id}`;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  planId = await createPlan(t, ws.actors.editor, ws.workspaceId, {
    key: 'guarded',
    name: 'Guarded plan',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  });
  const otherPlanId = await createPlan(t, ws.actors.editor, ws.workspaceId, { key: 'other', name: 'Other plan' });
  const people = await seedPeople(t, ws.actors.editor, ws.workspaceId);
  parents = await seedParents(t, ws.actors.editor, planId, people, { everyCollection: true });
  foreign = await seedParents(t, ws.actors.editor, otherPlanId, people);
  for (const [name, body] of [
    ['positioning', { version: 0, statement: 'The local choice' }],
    ['budget-settings', { version: 0, totalAmount: 1_000_000 }],
  ] as const) {
    expect((await t.request('PUT', `/plans/${planId}/${name}`, { as: ws.actors.editor, body })).status).toBe(200);
  }
  await t.request('POST', `/plans/${planId}/revisions`, { as: ws.actors.editor, body: { message: 'Baseline' } });
});
afterAll(() => t.close());

async function read(path: string): Promise<unknown> {
  const answer = await t.request('GET', path, { as: ws.actors.owner });
  return answer.status === 200 ? answer.body : answer.status;
}

async function snapshot() {
  const [document, plan, rows, singletons, revisions, plans, audit] = await Promise.all([
    t.request('GET', `/plans/${planId}/document?format=json`, { as: ws.actors.viewer }),
    read(`/plans/${planId}`),
    Promise.all(['actions', 'business-goals', 'objectives', 'tactics'].map((c) => read(entity(c, first(c))))),
    Promise.all(['positioning', 'budget-settings'].map((name) => read(`/plans/${planId}/${name}`))),
    read(`/plans/${planId}/revisions`),
    read(`/workspaces/${ws.workspaceId}/plans?limit=1000`),
    // The log only grows: its length tells whether anything was recorded.
    t.request('GET', `/workspaces/${ws.workspaceId}/audit?limit=1`, { as: ws.actors.owner }),
  ]);
  expect(document.status).toBe(200);
  return { document: document.text, plan, rows, singletons, revisions, plans, auditEntries: audit.body.total };
}

/** The current version of a row, to build requests that are refused for another reason. */
async function versionOf(path: string): Promise<number> {
  return ((await read(path)) as { version: number }).version;
}

/** The create body of an existing entity (for duplicates). */
async function twinOf(collection: string, fields: string[]): Promise<Record<string, unknown>> {
  const row = (await read(entity(collection, first(collection)))) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, row[f]]));
}

const session = () => `jalon_session=${ws.actors.editor.cookie}`;

interface Case {
  name: string;
  status: 400 | 401 | 403 | 409;
  run: () => Promise<Answer>;
}

const cases: Case[] = [
  // 401: no or bad credentials.
  {
    name: 'create an action without credentials',
    status: 401,
    run: () => t.request('POST', `/plans/${planId}/actions`, { body: { key: 'x', title: 'X', tacticId: 'x' } }),
  },
  {
    name: 'rename the plan without credentials',
    status: 401,
    run: () => t.request('PATCH', `/plans/${planId}`, { body: { version: 1, name: 'Anonymous' } }),
  },
  {
    name: 'delete the plan with an unknown token',
    status: 401,
    run: () => t.request('DELETE', `/plans/${planId}`, { as: { token: 'jalon_unknown' } }),
  },
  {
    name: 'delete an action with a malformed Authorization header',
    status: 401,
    run: () => t.request('DELETE', entity('actions', first('actions')), { headers: { authorization: 'Token abc' } }),
  },
  {
    name: 'replace the positioning with an expired session',
    status: 401,
    run: () =>
      t.request('PUT', `/plans/${planId}/positioning`, {
        as: { cookie: 'expired-or-made-up' },
        body: { version: 1, statement: 'Nope' },
      }),
  },
  // 403: a role too low, or a cross-site request.
  {
    name: 'a viewer creates a business goal',
    status: 403,
    run: () =>
      t.request('POST', `/plans/${planId}/business-goals`, {
        as: ws.actors.viewer,
        body: { key: 'viewer-goal', title: 'Nope' },
      }),
  },
  {
    name: 'a viewer token updates an action',
    status: 403,
    run: async () =>
      t.request('PATCH', entity('actions', first('actions')), {
        as: ws.viewerToken,
        body: { version: await versionOf(entity('actions', first('actions'))), status: 'done' },
      }),
  },
  {
    name: 'a viewer deletes an action',
    status: 403,
    run: () => t.request('DELETE', entity('actions', first('actions')), { as: ws.actors.viewer }),
  },
  {
    name: 'a viewer deletes the plan',
    status: 403,
    run: () => t.request('DELETE', `/plans/${planId}`, { as: ws.actors.viewer }),
  },
  {
    name: 'a viewer replaces the budget settings',
    status: 403,
    run: () =>
      t.request('PUT', `/plans/${planId}/budget-settings`, {
        as: ws.actors.viewer,
        body: { version: 1, totalAmount: 0 },
      }),
  },
  {
    name: 'a viewer saves a revision',
    status: 403,
    run: () => t.request('POST', `/plans/${planId}/revisions`, { as: ws.viewerToken, body: { message: 'Nope' } }),
  },
  {
    name: 'a viewer imports a plan',
    status: 403,
    run: () =>
      t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
        as: ws.actors.viewer,
        raw: 'schema: jalon/plan@1\nplan:\n  key: sneaky\n  name: Sneaky\n',
      }),
  },
  {
    name: 'an editor session renames the plan from a foreign origin',
    status: 403,
    run: async () =>
      t.request('PATCH', `/plans/${planId}`, {
        as: ws.actors.editor,
        headers: { origin: 'https://evil.example' },
        body: { version: await versionOf(`/plans/${planId}`), name: 'Forged' },
      }),
  },
  {
    name: 'an editor session deletes an action without Origin',
    status: 403,
    run: () => t.request('DELETE', entity('actions', first('actions')), { headers: { cookie: session() } }),
  },
  // 400: invalid input.
  {
    name: 'an action gets an unknown status',
    status: 400,
    run: async () =>
      t.request('PATCH', entity('actions', first('actions')), {
        as: ws.actors.editor,
        body: { version: await versionOf(entity('actions', first('actions'))), status: 'finished', title: 'Renamed' },
      }),
  },
  {
    name: 'a tactic points at a strategy of another plan',
    status: 400,
    run: () =>
      t.request('POST', `/plans/${planId}/tactics`, {
        as: ws.actors.editor,
        body: { key: 'stray', name: 'Stray', strategyId: first('strategies', foreign) },
      }),
  },
  {
    name: 'a tactic is moved to a strategy of another plan',
    status: 400,
    run: async () =>
      t.request('PATCH', entity('tactics', first('tactics')), {
        as: ws.actors.editor,
        body: {
          version: await versionOf(entity('tactics', first('tactics'))),
          name: 'Moved',
          strategyId: first('strategies', foreign),
        },
      }),
  },
  {
    name: 'an objective links a goal of another plan',
    status: 400,
    run: async () =>
      t.request('PATCH', entity('objectives', first('objectives')), {
        as: ws.actors.editor,
        body: {
          version: await versionOf(entity('objectives', first('objectives'))),
          title: 'Relinked',
          businessGoalIds: [second('business-goals'), first('business-goals', foreign)],
        },
      }),
  },
  {
    name: 'the plan ends before it starts',
    status: 400,
    run: async () =>
      t.request('PATCH', `/plans/${planId}`, {
        as: ws.actors.editor,
        body: { version: await versionOf(`/plans/${planId}`), name: 'Backwards', endDate: '2026-06-30' },
      }),
  },
  {
    name: 'a contingency over 100 %',
    status: 400,
    run: () =>
      t.request('PUT', `/plans/${planId}/budget-settings`, {
        as: ws.actors.editor,
        body: { version: 1, totalAmount: 5, contingencyPercent: 150 },
      }),
  },
  {
    name: 'a KPI with an unknown field',
    status: 400,
    run: () =>
      t.request('POST', `/plans/${planId}/kpis`, {
        as: ws.actors.editor,
        body: { key: 'extra', name: 'Extra', colour: 'red' },
      }),
  },
  {
    name: 'malformed JSON',
    status: 400,
    run: () =>
      t.request('PATCH', `/plans/${planId}`, {
        as: ws.actors.editor,
        raw: '{"version": 1,',
        contentType: 'application/json',
      }),
  },
  {
    name: 'an invalid plan document',
    status: 400,
    run: () =>
      t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
        as: ws.actors.editor,
        raw: 'schema: jalon/plan@1\nplan:\n  key: half\n  name: Half\nactions:\n  - key: a\n    title: A\n    tactic: none\n',
      }),
  },
  // 409: stale versions and duplicates.
  {
    name: 'an action updated from an old version',
    status: 409,
    run: async () =>
      t.request('PATCH', entity('actions', first('actions')), {
        as: ws.actors.editor,
        body: { version: (await versionOf(entity('actions', first('actions')))) + 1, title: 'Lost update' },
      }),
  },
  {
    name: 'an action deleted from an old version',
    status: 409,
    run: async () => t.request('DELETE', `${entity('actions', first('actions'))}?version=99`, { as: ws.actors.editor }),
  },
  {
    name: 'the plan renamed from an old version',
    status: 409,
    run: async () =>
      t.request('PATCH', `/plans/${planId}`, {
        as: ws.actors.editor,
        body: { version: (await versionOf(`/plans/${planId}`)) + 1, name: 'Lost update' },
      }),
  },
  {
    name: 'the positioning saved as if never saved',
    status: 409,
    run: () =>
      t.request('PUT', `/plans/${planId}/positioning`, {
        as: ws.actors.editor,
        body: { version: 0, statement: 'Lost update' },
      }),
  },
  {
    name: 'the plan takes the key of another plan',
    status: 409,
    run: async () =>
      t.request('PATCH', `/plans/${planId}`, {
        as: ws.actors.editor,
        body: { version: await versionOf(`/plans/${planId}`), key: 'other', name: 'Renamed too' },
      }),
  },
  {
    name: 'a business goal created with a key in use',
    status: 409,
    run: () =>
      t.request('POST', `/plans/${planId}/business-goals`, {
        as: ws.actors.editor,
        body: { key: 'business-goals-1', title: 'Twin' },
      }),
  },
  {
    name: 'an objective renamed to a key in use while relinking its goals',
    status: 409,
    run: async () =>
      t.request('PATCH', entity('objectives', first('objectives')), {
        as: ws.actors.editor,
        body: {
          version: await versionOf(entity('objectives', first('objectives'))),
          key: 'objectives-1',
          title: 'Renamed',
          businessGoalIds: [second('business-goals')],
        },
      }),
  },
  {
    name: 'a second measurement of the same KPI, date and source',
    status: 409,
    run: async () =>
      t.request('POST', `/plans/${planId}/measurements`, {
        as: ws.actors.editor,
        body: { ...(await twinOf('measurements', ['kpiId', 'date', 'source'])), value: 1 },
      }),
  },
  {
    name: 'a second identical RACI assignment',
    status: 409,
    run: async () =>
      t.request('POST', `/plans/${planId}/raci-assignments`, {
        as: ws.editorToken,
        body: await twinOf('raci-assignments', ['actionId', 'personId', 'role']),
      }),
  },
];

describe('a refused request changes nothing', () => {
  // Nothing may change, so every case is compared with the state before the first one.
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    before = await snapshot();
  });

  it.each(cases)('$status: $name', async ({ status, run }) => {
    expectProblem(await run(), status);
    expect(await snapshot()).toEqual(before);
  });

  it('covers each kind of refusal', () => {
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set([400, 401, 403, 409]));
  });
});

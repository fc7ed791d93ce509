import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCollection, planCollections, type CollectionDef } from '../../src/contract/collections.js';
import { linkEntries, refEntries, scalarEntries } from '../../src/contract/fields.js';
import { createTestApp, seedWorkspace, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';
import {
  badValue,
  changedValue,
  collectionPath,
  createPlan,
  errorPaths,
  expectProblem,
  expectRefusals,
  parentsPerCollection,
  referencedCollections,
  requiredFields,
  sampleBody,
  seedParents,
  seedPeople,
  type Parents,
  type Refusal,
} from './fixtures.js';

/**
 * Every collection of the registry goes through the same checks: create, read, list, update,
 * optimistic locking, validation, references, duplicates, roles and delete.
 */

type Entity = Record<string, unknown> & { id: string; version: number };

let t: TestApp;
let ws: SeededWorkspace;
/** A second workspace: its members and tokens are outsiders to `ws`. */
let other: SeededWorkspace;
let planId: string;
let parents: Parents;
/** Entities of a second plan of the same workspace (and people of `other`): never valid references here. */
let foreign: Parents;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  other = await seedWorkspace(t, 'Autre atelier');
  planId = await createPlan(t, ws.actors.editor, ws.workspaceId);
  const otherPlanId = await createPlan(t, ws.actors.editor, ws.workspaceId, { name: 'Autre plan' });
  const people = await seedPeople(t, ws.actors.editor, ws.workspaceId);
  parents = await seedParents(t, ws.actors.editor, planId, people);
  foreign = await seedParents(t, ws.actors.editor, otherPlanId, people);
  foreign.set('people', await seedPeople(t, other.actors.editor, other.workspaceId));
});
afterAll(() => t.close());

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe.each([peopleCollection, ...planCollections])('$name', (def: CollectionDef) => {
  let n = parentsPerCollection;
  const base = () => collectionPath(def, planId, ws.workspaceId);
  const item = (id: string) => `${base()}/${id}`;
  const fresh = () => sampleBody(def, n++, parents);
  const total = async () => (await t.request('GET', `${base()}?limit=1`, { as: ws.actors.viewer })).body.total;

  const scalars = scalarEntries(def.fields);
  const naturalKey = (def.naturalKey ?? []).map(camel);
  // The field an update changes: one outside the natural key when there is one.
  const [changeName, changeField] = (scalars.find(([name]) => !naturalKey.includes(name)) ?? scalars[0])!;
  const refs = refEntries(def.fields);
  const links = linkEntries(def.fields);

  let createdBody: Record<string, unknown>;
  let a: Entity;
  let b: Entity;

  it('creates with an editor session and echoes every field', async () => {
    createdBody = fresh();
    const answer = await t.request('POST', base(), { as: ws.actors.editor, body: createdBody });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ ...createdBody, version: 1 });
    expect(answer.body.id).toEqual(expect.any(String));
    expect(answer.body.createdAt).toEqual(answer.body.updatedAt);
    a = answer.body;
  });

  it('creates with an editor API token', async () => {
    const body = fresh();
    const answer = await t.request('POST', base(), { as: ws.editorToken, body });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject(body);
    b = answer.body;
  });

  it('gets one by id, for a viewer too', async () => {
    const readers = [ws.actors.editor, ws.actors.viewer, ws.viewerToken];
    for (const answer of await Promise.all(readers.map((as) => t.request('GET', item(a.id), { as })))) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(a);
    }
  });

  it('lists with limit, offset and total', async () => {
    const [all, page, byDefault, bad] = await Promise.all([
      t.request('GET', `${base()}?limit=1000`, { as: ws.actors.viewer }),
      t.request('GET', `${base()}?limit=1&offset=1`, { as: ws.viewerToken }),
      t.request('GET', base(), { as: ws.actors.viewer }),
      t.request('GET', `${base()}?limit=0`, { as: ws.actors.viewer }),
    ]);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ limit: 1000, offset: 0, total: all.body.items.length });
    const ids = (all.body.items as Entity[]).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));

    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total });
    expect((page.body.items as Entity[]).map((e) => e.id)).toEqual([ids[1]]);

    expect(byDefault.body).toMatchObject({ limit: 100, offset: 0, total: all.body.total });

    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toContain('limit');
  });

  if (refs.length > 0)
    it('filters the list by each reference field', async () => {
      for (const [name] of refs) {
        const answer = await t.request('GET', `${base()}?${name}=${a[name] as string}&limit=1000`, {
          as: ws.actors.viewer,
        });
        expect(answer.status, answer.text).toBe(200);
        const items = answer.body.items as Entity[];
        expect(items.map((e) => e.id)).toContain(a.id);
        expect(items.every((e) => e[name] === a[name])).toBe(true);
        expect(answer.body.total).toBe(items.length);
        const none = await t.request('GET', `${base()}?${name}=no-such-id`, { as: ws.actors.viewer });
        expect(none.body).toMatchObject({ items: [], total: 0 });
      }
    });

  it('updates with the current version, which then goes up by one', async () => {
    const value = changedValue(changeField, a[changeName]);
    const answer = await t.request('PATCH', item(a.id), {
      as: ws.actors.editor,
      body: { version: a.version, [changeName]: value },
    });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body[changeName]).toEqual(value);
    expect(answer.body.version).toBe(a.version + 1);
    expect({ ...answer.body, [changeName]: a[changeName], version: a.version, updatedAt: a.updatedAt }).toEqual(a);
    a = answer.body;
  });

  it('refuses an update based on an old version (409) and leaves the row unchanged', async () => {
    const answer = await t.request('PATCH', item(a.id), {
      as: ws.actors.editor,
      body: { version: a.version - 1, [changeName]: changedValue(changeField, a[changeName]) },
    });
    expectProblem(answer, 409, 'version_conflict');
    expect(errorPaths(answer)).toEqual(['version']);
    expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
  });

  it('rejects bad bodies with 400 naming the field, and creates nothing', async () => {
    const before = await total();
    const post = (body: Record<string, unknown>, field: string): Refusal => ({
      method: 'POST',
      path: base(),
      as: ws.actors.editor,
      body,
      status: 400,
      code: 'validation',
      errorPath: field,
    });
    const patch = (body: Record<string, unknown>, field: string): Refusal => ({
      ...post(body, field),
      method: 'PATCH',
      path: item(a.id),
    });
    const without = (field: string) => {
      const body = fresh();
      delete body[field];
      return body;
    };
    await expectRefusals(t, [
      ...requiredFields(def).map((field) => post(without(field), field)),
      ...scalars.map(([name, f]) => post({ ...fresh(), [name]: badValue(f) }, name)),
      ...(def.keyed ? [post({ ...fresh(), key: 'Not a slug' }, 'key')] : []),
      post({ ...fresh(), colour: 'blue' }, 'colour'),
      patch({ version: a.version, [changeName]: badValue(changeField) }, changeName),
      patch({ version: a.version, colour: 'blue' }, 'colour'),
      patch({ [changeName]: changedValue(changeField, a[changeName]) }, 'version'),
    ]);
    const malformed = await t.request('POST', base(), {
      as: ws.actors.editor,
      raw: '{"key":',
      contentType: 'application/json',
    });
    expectProblem(malformed, 400, 'validation');
    expect(await total()).toBe(before);
    expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
  });

  if (refs.length + links.length > 0)
    it('rejects references to entities of another plan (or workspace) with 400 on the field', async () => {
      const before = await total();
      const outside = (collection: string) => foreign.get(collection)![0]!;
      const refused = { as: ws.actors.editor, status: 400, code: 'validation' };
      await expectRefusals(t, [
        ...refs.flatMap(([name, ref]): Refusal[] => [
          {
            ...refused,
            method: 'POST',
            path: base(),
            body: { ...fresh(), [name]: outside(ref.collection) },
            errorPaths: [name],
          },
          { ...refused, method: 'POST', path: base(), body: { ...fresh(), [name]: 'no-such-id' }, errorPaths: [name] },
          {
            ...refused,
            method: 'PATCH',
            path: item(a.id),
            body: { version: a.version, [name]: outside(ref.collection) },
            errorPaths: [name],
          },
        ]),
        ...links.map(([name, link]): Refusal => ({
          ...refused,
          method: 'POST',
          path: base(),
          body: { ...fresh(), [name]: [parents.get(link.collection)![0], outside(link.collection)] },
          errorPaths: [`${name}.1`],
        })),
      ]);
      expect(await total()).toBe(before);
      expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
    });

  if (def.keyed)
    it('refuses a duplicate key with 409 on `key`', async () => {
      const created = await t.request('POST', base(), { as: ws.actors.editor, body: { ...fresh(), key: a.key } });
      expectProblem(created, 409, 'conflict');
      expect(errorPaths(created)[0]).toBe('key');
      const updated = await t.request('PATCH', item(b.id), {
        as: ws.actors.editor,
        body: { version: b.version, key: a.key },
      });
      expectProblem(updated, 409, 'conflict');
      expect(errorPaths(updated)[0]).toBe('key');
      expect((await t.request('GET', item(b.id), { as: ws.actors.viewer })).body).toEqual(b);
    });

  if (def.keyed)
    it('derives a unique key from the title or name when none is given', async () => {
      const { key: _ignored, ...body } = fresh();
      const first = await t.request('POST', base(), { as: ws.actors.editor, body });
      expect(first.status).toBe(201);
      const label = String(body.title ?? body.name ?? def.name);
      const slugStart = label
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-/, '')
        .slice(0, 8);
      expect(first.body.key).toMatch(/^[a-z0-9][a-z0-9_-]*-[a-z0-9]{6}$/);
      expect(String(first.body.key).startsWith(slugStart)).toBe(true);
      await t.request('DELETE', item(first.body.id), { as: ws.actors.editor });
    });

  // Two more sample dependencies would close a cycle among the sample actions, which is refused.
  if (def.name !== 'action-dependencies')
    it('moves an entity by patching its position, and lists in that order', async () => {
      const create = async () => {
        const created = await t.request('POST', base(), { as: ws.actors.editor, body: fresh() });
        expect(created.status, created.text).toBe(201);
        return created.body as Entity;
      };
      const order = async () =>
        ((await t.request('GET', `${base()}?limit=500`, { as: ws.actors.viewer })).body.items as Entity[]).map(
          (e) => e.id,
        );
      const first = await create();
      const second = await create();
      const before = await order();
      expect(before.indexOf(second.id)).toBeGreaterThan(before.indexOf(first.id));
      const moved = await t.request('PATCH', item(second.id), {
        as: ws.actors.editor,
        body: { version: second.version, position: 0 },
      });
      expect(moved.body.position).toBe(0);
      const after = await order();
      expect(after.indexOf(second.id)).toBeLessThan(after.indexOf(first.id));
      const refused = await t.request('PATCH', item(second.id), {
        as: ws.actors.editor,
        body: { version: moved.body.version, position: -1 },
      });
      expectProblem(refused, 400, 'validation');
      for (const entity of [first, second]) await t.request('DELETE', item(entity.id), { as: ws.actors.editor });
    });

  if (naturalKey.length > 0)
    it('refuses a second entity with the same natural key (409)', async () => {
      const before = await total();
      // The same values as `a` as it is now (an update may have touched a natural-key field).
      const twin = Object.fromEntries(Object.keys(createdBody).map((k) => [k, a[k]]));
      const answer = await t.request('POST', base(), { as: ws.actors.editor, body: twin });
      expectProblem(answer, 409, 'conflict');
      expect(errorPaths(answer)).toEqual(naturalKey);
      expect(await total()).toBe(before);
    });

  it('lets viewers read but not write (403), by session or API token; nothing changes', async () => {
    const before = await total();
    const patch = { version: a.version, [changeName]: changedValue(changeField, a[changeName]) };
    const viewers: Actor[] = [ws.actors.viewer, ws.viewerToken];
    const forbidden = { status: 403, code: 'forbidden' };
    await expectRefusals(
      t,
      viewers.flatMap((as): Refusal[] => [
        { ...forbidden, method: 'POST', path: base(), as, body: fresh() },
        { ...forbidden, method: 'PATCH', path: item(a.id), as, body: patch },
        { ...forbidden, method: 'DELETE', path: item(a.id), as },
      ]),
    );
    expect(await total()).toBe(before);
    expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
  });

  it('answers 401 without credentials and 404 to outsiders', async () => {
    const anonymous = { status: 401, code: 'unauthenticated' };
    const notFound = { status: 404, code: 'not_found' };
    const outsiders: Actor[] = [other.actors.owner, other.editorToken];
    await expectRefusals(t, [
      { ...anonymous, method: 'GET', path: base() },
      { ...anonymous, method: 'POST', path: base(), body: fresh() },
      { ...anonymous, method: 'GET', path: item(a.id) },
      { ...anonymous, method: 'DELETE', path: item(a.id) },
      { ...notFound, method: 'GET', path: base(), as: ws.actors.outsider },
      { ...notFound, method: 'POST', path: base(), as: ws.actors.outsider, body: fresh() },
      { ...notFound, method: 'GET', path: item(a.id), as: ws.actors.outsider },
      { ...notFound, method: 'PATCH', path: item(a.id), as: ws.actors.outsider, body: { version: a.version } },
      { ...notFound, method: 'DELETE', path: item(a.id), as: ws.actors.outsider },
      // Members and tokens of another workspace are outsiders too.
      ...outsiders.flatMap((as): Refusal[] => [
        { ...notFound, method: 'GET', path: item(a.id), as },
        { ...notFound, method: 'POST', path: base(), as, body: fresh() },
      ]),
    ]);
    expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
  });

  it('answers 404 for an unknown id or one from another plan', async () => {
    const ids = ['no-such-id', ...(referencedCollections.has(def.name) ? [foreign.get(def.name)![0]!] : [])];
    const patch = { version: 1, [changeName]: changedValue(changeField, a[changeName]) };
    const notFound = { as: ws.actors.editor, status: 404, code: 'not_found' };
    await expectRefusals(
      t,
      ids.flatMap((id): Refusal[] => [
        { ...notFound, method: 'GET', path: item(id) },
        { ...notFound, method: 'PATCH', path: item(id), body: patch },
        { ...notFound, method: 'DELETE', path: item(id) },
      ]),
    );
  });

  it('deletes: a stale version gets 409, then 204, then the entity is gone', async () => {
    const stale = await t.request('DELETE', `${item(a.id)}?version=${a.version - 1}`, { as: ws.actors.editor });
    expectProblem(stale, 409, 'version_conflict');
    expect((await t.request('GET', item(a.id), { as: ws.actors.viewer })).body).toEqual(a);
    const invalid = await t.request('DELETE', `${item(a.id)}?version=latest`, { as: ws.actors.editor });
    expectProblem(invalid, 400, 'validation');
    expect(errorPaths(invalid)).toContain('version');

    const deleted = await t.request('DELETE', `${item(a.id)}?version=${a.version}`, { as: ws.actors.editor });
    expect(deleted.status, deleted.text).toBe(204);
    expectProblem(await t.request('GET', item(a.id), { as: ws.actors.editor }), 404, 'not_found');
    expectProblem(await t.request('DELETE', item(a.id), { as: ws.actors.editor }), 404, 'not_found');

    // Without `?version` a delete is unconditional; an editor token may delete too.
    expect((await t.request('DELETE', item(b.id), { as: ws.editorToken })).status).toBe(204);
    expectProblem(await t.request('GET', item(b.id), { as: ws.actors.editor }), 404, 'not_found');
  });

  it('leaves an audit entry for each change, naming its actor', async () => {
    const log = await t.request('GET', `/workspaces/${ws.workspaceId}/audit?limit=1000`, { as: ws.actors.admin });
    const trail = (id: string) =>
      (log.body.items as { entity: string; entityId: string; action: string; actor: { type: string } }[])
        .filter((e) => e.entity === def.name && e.entityId === id)
        .map((e) => `${e.action} by ${e.actor.type}`)
        .sort();
    expect(trail(a.id)).toEqual(['create by user', 'delete by user', 'update by user']);
    expect(trail(b.id)).toEqual(['create by token', 'delete by token']);
  });
});

describe('measurements', () => {
  it('refuses a second measurement of the same KPI, date and source (409)', async () => {
    const path = `/plans/${planId}/measurements`;
    const kpiId = parents.get('kpis')![0];
    const body = { kpiId, date: '2027-03-01', value: 42 };
    expect((await t.request('POST', path, { as: ws.actors.editor, body })).status).toBe(201);
    const twin = await t.request('POST', path, { as: ws.actors.editor, body: { ...body, value: 43 } });
    expectProblem(twin, 409, 'conflict');
    expect(errorPaths(twin)).toEqual(['kpiId', 'date', 'source']);
    const explicit = await t.request('POST', path, { as: ws.actors.editor, body: { ...body, source: 'manual' } });
    expectProblem(explicit, 409, 'conflict');
    const otherSource = await t.request('POST', path, { as: ws.actors.editor, body: { ...body, source: 'ga4' } });
    expect(otherSource.status, otherSource.text).toBe(201);
    const list = await t.request('GET', `${path}?kpiId=${kpiId}&limit=1000`, { as: ws.actors.viewer });
    const sameDay = (list.body.items as Entity[]).filter((m) => m.date === '2027-03-01');
    expect(sameDay.map((m) => [m.source, m.value])).toEqual([
      ['manual', 42],
      ['ga4', 42],
    ]);
  });
});

describe('periods', () => {
  it('refuses an action due before it starts, on create and on a PATCH that moves one end (400 on dueDate)', async () => {
    const path = `/plans/${planId}/actions`;
    const tacticId = parents.get('tactics')![0];
    const reversed = { tacticId, title: 'Salon bio', startDate: '2027-05-10', dueDate: '2027-05-09' };
    const refused = await t.request('POST', path, { as: ws.actors.editor, body: reversed });
    expectProblem(refused, 400, 'validation');
    expect(errorPaths(refused)).toEqual(['dueDate']);

    const created = await t.request('POST', path, {
      as: ws.actors.editor,
      body: { ...reversed, dueDate: '2027-05-10' },
    });
    expect(created.status, created.text).toBe(201);
    const action = created.body as Entity;
    const moved = await t.request('PATCH', `${path}/${action.id}`, {
      as: ws.actors.editor,
      body: { version: action.version, startDate: '2027-05-11' },
    });
    expectProblem(moved, 400, 'validation');
    expect(errorPaths(moved)).toEqual(['dueDate']);
    const unchanged = await t.request('GET', `${path}/${action.id}`, { as: ws.actors.viewer });
    expect(unchanged.body).toMatchObject({ startDate: '2027-05-10', dueDate: '2027-05-10', version: action.version });
  });
});

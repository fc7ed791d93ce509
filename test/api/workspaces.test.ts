import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type Actor, type SeededWorkspace, type TestApp } from '../support/app.js';
import { auditIds, createPlan, errorPaths, expectProblem } from './fixtures.js';

/** Workspaces, members, API tokens and the audit log, as each role sees them. */

interface Member {
  id: string;
  userId: string;
  email: string;
  role: string;
  version: number;
}

let t: TestApp;
let ws: SeededWorkspace;
/** Another workspace, whose owner is a user `ws` does not know yet. */
let other: SeededWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  other = await seedWorkspace(t, 'Autre atelier');
});
afterAll(() => t.close());

const wsPath = () => `/workspaces/${ws.workspaceId}`;

async function members(): Promise<Member[]> {
  const answer = await t.request('GET', `${wsPath()}/members`, { as: ws.actors.viewer });
  expect(answer.status).toBe(200);
  return answer.body.items;
}

async function memberOf(userId: string): Promise<Member> {
  const member = (await members()).find((m) => m.userId === userId);
  if (!member) throw new Error(`No membership for ${userId}`);
  return member;
}

async function emailOf(as: Actor): Promise<string> {
  return (await t.request('GET', '/auth/me', { as })).body.user.email;
}

describe('workspaces', () => {
  it('lists the caller’s workspaces with their role; a token sees its own', async () => {
    const answer = await t.request('GET', '/workspaces', { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([expect.objectContaining({ id: ws.workspaceId, role: 'viewer', version: 1 })]);
    const byToken = await t.request('GET', '/workspaces', { as: ws.editorToken });
    expect(byToken.body.items).toEqual([expect.objectContaining({ id: ws.workspaceId, role: 'editor' })]);
    expect((await t.request('GET', '/workspaces', { as: ws.actors.outsider })).body.items).toEqual([]);
    expectProblem(await t.request('GET', '/workspaces'), 401, 'unauthenticated');
  });

  it('creates a workspace owned by its creator; tokens cannot; a bad name gets 400', async () => {
    const answer = await t.request('POST', '/workspaces', { as: ws.actors.viewer, body: { name: 'Side project' } });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ name: 'Side project', role: 'owner', version: 1 });
    const mine = await t.request('GET', `/workspaces/${answer.body.id}`, { as: ws.actors.viewer });
    expect(mine.body.role).toBe('owner');
    expectProblem(await t.request('POST', '/workspaces', { as: ws.editorToken, body: { name: 'No' } }), 403);
    const bad = await t.request('POST', '/workspaces', { as: ws.actors.viewer, body: { name: '  ' } });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(['name']);
  });

  it('gets a workspace for members only (404 to outsiders)', async () => {
    const answer = await t.request('GET', wsPath(), { as: ws.actors.viewer });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: ws.workspaceId, name: 'Atelier Bio', role: 'viewer' });
    expectProblem(await t.request('GET', wsPath(), { as: ws.actors.outsider }), 404, 'not_found');
    expectProblem(await t.request('GET', wsPath(), { as: other.editorToken }), 404, 'not_found');
    expectProblem(await t.request('GET', '/workspaces/no-such-id', { as: ws.actors.owner }), 404, 'not_found');
  });

  it('renames (admins), with 409 on a stale version and 403 below admin', async () => {
    expectProblem(
      await t.request('PATCH', wsPath(), { as: ws.actors.editor, body: { name: 'Mine', version: 1 } }),
      403,
      'forbidden',
    );
    const answer = await t.request('PATCH', wsPath(), {
      as: ws.actors.admin,
      body: { name: 'Atelier Bio SAS', version: 1 },
    });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toMatchObject({ name: 'Atelier Bio SAS', version: 2, role: 'admin' });
    const stale = await t.request('PATCH', wsPath(), {
      as: ws.actors.owner,
      body: { name: 'Lost update', version: 1 },
    });
    expectProblem(stale, 409, 'version_conflict');
    expect((await t.request('GET', wsPath(), { as: ws.actors.viewer })).body).toMatchObject({
      name: 'Atelier Bio SAS',
      version: 2,
    });
  });

  it('deletes a workspace and its plans (owner only; admin gets 403)', async () => {
    const created = await t.request('POST', '/workspaces', { as: ws.actors.editor, body: { name: 'Short-lived' } });
    const id = created.body.id as string;
    // The seeded admin joins as admin, to be refused the delete.
    const adminEmail = await emailOf(ws.actors.admin);
    const added = await t.request('POST', `/workspaces/${id}/members`, {
      as: ws.actors.editor,
      body: { email: adminEmail, role: 'admin' },
    });
    expect(added.status, added.text).toBe(201);
    const planId = await createPlan(t, ws.actors.editor, id);

    expectProblem(await t.request('DELETE', `/workspaces/${id}`, { as: ws.actors.admin }), 403, 'forbidden');
    expectProblem(await t.request('DELETE', wsPath(), { as: ws.actors.admin }), 403, 'forbidden');
    expectProblem(await t.request('DELETE', wsPath(), { as: ws.editorToken }), 403, 'forbidden');
    expect((await t.request('GET', `/workspaces/${id}`, { as: ws.actors.editor })).status).toBe(200);

    expect((await t.request('DELETE', `/workspaces/${id}`, { as: ws.actors.editor })).status).toBe(204);
    expectProblem(await t.request('GET', `/workspaces/${id}`, { as: ws.actors.editor }), 404, 'not_found');
    expectProblem(await t.request('GET', `/plans/${planId}`, { as: ws.actors.editor }), 404, 'not_found');
  });
});

describe('members', () => {
  it('lets an admin add an existing user by email', async () => {
    const email = await emailOf(other.actors.owner);
    const answer = await t.request('POST', `${wsPath()}/members`, {
      as: ws.actors.admin,
      body: { email, role: 'viewer' },
    });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ userId: other.userIds.owner, email, role: 'viewer', version: 1 });
    expect((await t.request('GET', wsPath(), { as: other.actors.owner })).body.role).toBe('viewer');
    const again = await t.request('POST', `${wsPath()}/members`, {
      as: ws.actors.admin,
      body: { email, role: 'editor' },
    });
    expectProblem(again, 409, 'conflict');
    expect(errorPaths(again)).toEqual(['email']);
  });

  it('lets an admin create an account with a name and password, who can then sign in', async () => {
    const email = 'newcomer@example.com';
    const incomplete = await t.request('POST', `${wsPath()}/members`, {
      as: ws.actors.admin,
      body: { email, role: 'editor' },
    });
    expectProblem(incomplete, 400, 'validation');
    expect(errorPaths(incomplete).sort()).toEqual(['name', 'password']);

    const password = 'a long enough password';
    const answer = await t.request('POST', `${wsPath()}/members`, {
      as: ws.actors.admin,
      body: { email, role: 'editor', name: 'Newcomer', password },
    });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ email, name: 'Newcomer', role: 'editor' });
    const login = await t.request('POST', '/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
  });

  it('refuses adding members below admin (403)', async () => {
    for (const as of [ws.actors.editor, ws.editorToken, ws.actors.viewer]) {
      const answer = await t.request('POST', `${wsPath()}/members`, {
        as,
        body: { email: 'someone@example.com', role: 'viewer', name: 'Someone', password: 'a long enough password' },
      });
      expectProblem(answer, 403, 'forbidden');
    }
    expect((await members()).some((m) => m.email === 'someone@example.com')).toBe(false);
  });

  it('lets only an owner grant the owner role', async () => {
    const editor = await memberOf(ws.userIds.editor);
    const byAdmin = await t.request('PATCH', `${wsPath()}/members/${editor.id}`, {
      as: ws.actors.admin,
      body: { role: 'owner', version: editor.version },
    });
    expectProblem(byAdmin, 403, 'forbidden');
    const addOwner = await t.request('POST', `${wsPath()}/members`, {
      as: ws.actors.admin,
      body: { email: await emailOf(other.actors.admin), role: 'owner' },
    });
    expectProblem(addOwner, 403, 'forbidden');
    expect((await memberOf(ws.userIds.editor)).role).toBe('editor');
  });

  it('keeps the last owner: demoting or removing them gets 409', async () => {
    const owner = await memberOf(ws.userIds.owner);
    const demote = await t.request('PATCH', `${wsPath()}/members/${owner.id}`, {
      as: ws.actors.owner,
      body: { role: 'admin', version: owner.version },
    });
    expectProblem(demote, 409, 'conflict');
    expectProblem(await t.request('DELETE', `${wsPath()}/members/${owner.id}`, { as: ws.actors.owner }), 409);
    // An admin may not touch an owner at all.
    expectProblem(await t.request('DELETE', `${wsPath()}/members/${owner.id}`, { as: ws.actors.admin }), 403);
    expect(await memberOf(ws.userIds.owner)).toEqual(owner);
  });

  it('lets an owner make someone owner, then step down; a stale version gets 409', async () => {
    const admin = await memberOf(ws.userIds.admin);
    const promoted = await t.request('PATCH', `${wsPath()}/members/${admin.id}`, {
      as: ws.actors.owner,
      body: { role: 'owner', version: admin.version },
    });
    expect(promoted.status, promoted.text).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'owner', version: admin.version + 1 });
    const stale = await t.request('PATCH', `${wsPath()}/members/${admin.id}`, {
      as: ws.actors.owner,
      body: { role: 'editor', version: admin.version },
    });
    expectProblem(stale, 409, 'version_conflict');

    const owner = await memberOf(ws.userIds.owner);
    const stepDown = await t.request('PATCH', `${wsPath()}/members/${owner.id}`, {
      as: ws.actors.owner,
      body: { role: 'admin', version: owner.version },
    });
    expect(stepDown.status, stepDown.text).toBe(200);
    // Restore the seeded roles for the tests below.
    const restore = await t.request('PATCH', `${wsPath()}/members/${owner.id}`, {
      as: ws.actors.admin,
      body: { role: 'owner', version: owner.version + 1 },
    });
    expect(restore.status, restore.text).toBe(200);
    const demote = await t.request('PATCH', `${wsPath()}/members/${admin.id}`, {
      as: ws.actors.owner,
      body: { role: 'admin', version: admin.version + 1 },
    });
    expect(demote.status, demote.text).toBe(200);
  });

  it('lets an admin remove a member, who then gets 404', async () => {
    const guest = await memberOf(other.userIds.owner);
    expectProblem(await t.request('DELETE', `${wsPath()}/members/${guest.id}`, { as: ws.actors.editor }), 403);
    expect((await t.request('DELETE', `${wsPath()}/members/${guest.id}`, { as: ws.actors.admin })).status).toBe(204);
    expectProblem(await t.request('GET', wsPath(), { as: other.actors.owner }), 404, 'not_found');
    expectProblem(await t.request('DELETE', `${wsPath()}/members/${guest.id}`, { as: ws.actors.admin }), 404);
  });
});

describe('API tokens', () => {
  let secret: string;
  let tokenId: string;

  it('are created by admins; the secret is shown once and never listed', async () => {
    const answer = await t.request('POST', `${wsPath()}/tokens`, {
      as: ws.actors.admin,
      body: { name: 'CI import', role: 'editor' },
    });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ name: 'CI import', role: 'editor', lastUsedAt: null, expiresAt: null });
    expect(answer.body.token).toMatch(/^jalon_/);
    secret = answer.body.token;
    tokenId = answer.body.id;

    const list = await t.request('GET', `${wsPath()}/tokens`, { as: ws.actors.admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(tokenId);
    expect(list.text).not.toContain(secret);
    for (const item of list.body.items)
      expect(Object.keys(item).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'role']);
  });

  it('work as Bearer credentials with their role', async () => {
    const me = await t.request('GET', '/auth/me', { as: { token: secret } });
    expect(me.body.token).toMatchObject({ id: tokenId, role: 'editor', workspaceId: ws.workspaceId });
    const plan = await t.request('POST', `${wsPath()}/plans`, { as: { token: secret }, body: { name: 'Via token' } });
    expect(plan.status, plan.text).toBe(201);
    expectProblem(await t.request('GET', `${wsPath()}/tokens`, { as: { token: secret } }), 403, 'forbidden');
    const listed = await t.request('GET', `${wsPath()}/tokens`, { as: ws.actors.admin });
    const used = listed.body.items.find((x: { id: string }) => x.id === tokenId);
    expect(used.lastUsedAt).toEqual(expect.any(String));
  });

  it('cannot be created below admin, nor by API tokens', async () => {
    const body = { name: 'Nope', role: 'viewer' };
    expectProblem(await t.request('POST', `${wsPath()}/tokens`, { as: ws.actors.editor, body }), 403);
    expectProblem(await t.request('GET', `${wsPath()}/tokens`, { as: ws.actors.viewer }), 403);
    const adminToken = await t.request('POST', `${wsPath()}/tokens`, {
      as: ws.actors.admin,
      body: { name: 'Admin bot', role: 'admin' },
    });
    expect(adminToken.status).toBe(201);
    for (const token of [ws.editorToken.token, secret, adminToken.body.token as string]) {
      expectProblem(await t.request('POST', `${wsPath()}/tokens`, { as: { token }, body }), 403, 'forbidden');
    }
    const owner = await t.request('POST', `${wsPath()}/tokens`, {
      as: ws.actors.admin,
      body: { ...body, role: 'owner' },
    });
    expectProblem(owner, 400, 'validation');
    expect(errorPaths(owner)).toEqual(['role']);
  });

  it('stop working once revoked (401)', async () => {
    expectProblem(await t.request('DELETE', `${wsPath()}/tokens/${tokenId}`, { as: ws.actors.editor }), 403);
    expect((await t.request('DELETE', `${wsPath()}/tokens/${tokenId}`, { as: ws.actors.admin })).status).toBe(204);
    expectProblem(await t.request('GET', '/auth/me', { as: { token: secret } }), 401, 'unauthenticated');
    expectProblem(await t.request('DELETE', `${wsPath()}/tokens/${tokenId}`, { as: ws.actors.admin }), 404);
  });
});

describe('audit log', () => {
  interface AuditEntry {
    id: string;
    actor: { type: string; id: string | null; label: string | null };
    action: string;
    entity: string;
    entityId: string | null;
    summary: Record<string, unknown>;
  }
  const entries = async (): Promise<AuditEntry[]> =>
    (await t.request('GET', `${wsPath()}/audit?limit=1000`, { as: ws.actors.admin })).body.items;

  it('records the mutations above with their actor and before/after', async () => {
    const log = await entries();
    const find = (entity: string, action: string) => log.filter((e) => e.entity === entity && e.action === action);
    const adminEmail = await emailOf(ws.actors.admin);

    expect(find('workspace', 'update')).toEqual([
      expect.objectContaining({
        actor: { type: 'user', id: ws.userIds.admin, label: adminEmail },
        entityId: ws.workspaceId,
        summary: { before: { name: 'Atelier Bio' }, after: { name: 'Atelier Bio SAS' } },
      }),
    ]);
    expect(find('member', 'create').map((e) => e.summary.after)).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: 'newcomer@example.com', role: 'editor' })]),
    );
    expect(find('member', 'update')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ summary: { before: { role: 'admin' }, after: { role: 'owner' } } }),
      ]),
    );
    expect(find('member', 'delete')).toHaveLength(1);
    expect(find('token', 'create').map((e) => e.summary.after)).toEqual(
      expect.arrayContaining([{ name: 'CI import', role: 'editor' }]),
    );
    expect(find('token', 'delete')).toHaveLength(1);
    const byToken = find('plan', 'create').find((e) => e.actor.type === 'token');
    expect(byToken?.actor).toMatchObject({ type: 'token', label: 'CI import' });
    expect(JSON.stringify(log)).not.toContain('jalon_');
  });

  it('pages and filters by plan', async () => {
    const planId = await createPlan(t, ws.actors.editor, ws.workspaceId, { name: 'Audited' });
    const page = await t.request('GET', `${wsPath()}/audit?limit=2&offset=1`, { as: ws.actors.admin });
    expect(page.body).toMatchObject({ limit: 2, offset: 1 });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe((await auditIds(t, ws.actors.admin, ws.workspaceId)).size);
    const ofPlan = await t.request('GET', `${wsPath()}/audit?planId=${planId}`, { as: ws.actors.admin });
    expect(ofPlan.body.items).toEqual([
      expect.objectContaining({ entity: 'plan', action: 'create', entityId: planId }),
    ]);
  });

  it('is for admins only (403 below, 404 outside)', async () => {
    for (const as of [ws.actors.viewer, ws.actors.editor, ws.viewerToken, ws.editorToken]) {
      expectProblem(await t.request('GET', `${wsPath()}/audit`, { as }), 403, 'forbidden');
    }
    expectProblem(await t.request('GET', `${wsPath()}/audit`, { as: ws.actors.outsider }), 404);
    expect((await t.request('GET', `${wsPath()}/audit`, { as: ws.actors.owner })).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedWorkspace, type Answer, type SeededWorkspace, type TestApp } from '../support/app.js';
import { errorPaths, expectProblem } from './fixtures.js';

/** Setup, sign-in, sessions, tokens, CSRF and the body limits every route shares. */

const maxFailures = 3;
const maxBodyBytes = 4096;
const admin = { email: 'ada@example.com', password: 'correct horse battery staple', name: 'Ada' };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    JALON_LOGIN_MAX_FAILURES: String(maxFailures),
    JALON_MAX_BODY_BYTES: String(maxBodyBytes),
  });
});
afterAll(() => t.close());

/** The session secret set by a sign-in answer. */
function sessionOf(answer: Answer): { cookie: string } {
  const match = /jalon_session=([^;]+)/.exec(answer.headers.get('set-cookie') ?? '');
  if (!match?.[1]) throw new Error(`No session cookie in ${answer.headers.get('set-cookie')}`);
  return { cookie: match[1] };
}

const login = (email: string, password: string) => t.request('POST', '/auth/login', { body: { email, password } });

describe('first setup', () => {
  it('reports that setup is needed on an empty database', async () => {
    const answer = await t.request('GET', '/setup');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ needsSetup: true });
  });

  it('rejects a weak password naming the field, and creates nobody', async () => {
    const answer = await t.request('POST', '/setup', { body: { ...admin, password: 'short', workspaceName: 'Ws' } });
    expectProblem(answer, 400, 'validation');
    expect(errorPaths(answer)).toEqual(['password']);
    expect((await t.request('GET', '/setup')).body).toEqual({ needsSetup: true });
  });

  it('creates the administrator and the workspace, and signs in with an httpOnly SameSite cookie', async () => {
    const answer = await t.request('POST', '/setup', { body: { ...admin, workspaceName: 'Atelier Bio' } });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body.user).toMatchObject({ email: admin.email, name: admin.name, isAdmin: true, locale: null });
    expect(answer.body.workspace).toMatchObject({ name: 'Atelier Bio', role: 'owner', version: 1 });
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^jalon_session=[^;]+/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie).toMatch(/;\s*Path=\//i);

    const me = await t.request('GET', '/auth/me', { as: sessionOf(answer) });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(admin.email);
    expect(me.body.memberships).toEqual([
      { workspace: { id: answer.body.workspace.id, name: 'Atelier Bio' }, role: 'owner' },
    ]);
    expect((await t.request('GET', '/setup')).body).toEqual({ needsSetup: false });
  });

  it('refuses a second setup with 409', async () => {
    const answer = await t.request('POST', '/setup', {
      body: { email: 'eve@example.com', password: 'another long password', name: 'Eve', workspaceName: 'Mine' },
    });
    expectProblem(answer, 409, 'conflict');
    expectProblem(await login('eve@example.com', 'another long password'), 401, 'unauthenticated');
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the right password (email case does not matter)', async () => {
    const answer = await login(admin.email.toUpperCase(), admin.password);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.user.email).toBe(admin.email);
    expect(answer.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect((await t.request('GET', '/auth/me', { as: sessionOf(answer) })).status).toBe(200);
  });

  it('answers 401 to a wrong password and to an unknown email, without a cookie', async () => {
    for (const answer of [await login(admin.email, 'not the password'), await login('nobody@example.com', 'x')]) {
      expectProblem(answer, 401, 'unauthenticated');
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
  });

  it('limits failed sign-ins: 429 with Retry-After after the configured number of failures', async () => {
    const email = 'target@example.com';
    for (let i = 0; i < maxFailures; i++) expectProblem(await login(email, `guess ${i}`), 401, 'unauthenticated');
    const blocked = await login(email, 'one more guess');
    expectProblem(blocked, 429, 'rate_limited');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The limit is per account: the administrator can still sign in.
    expect((await login(admin.email, admin.password)).status).toBe(200);
  });

  it('ends the session on logout: /auth/me answers 401 afterwards', async () => {
    const session = sessionOf(await login(admin.email, admin.password));
    const answer = await t.request('POST', '/auth/logout', { as: session });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('set-cookie')).toMatch(/jalon_session=;/);
    expectProblem(await t.request('GET', '/auth/me', { as: session }), 401, 'unauthenticated');
    expectProblem(await t.request('POST', '/auth/logout'), 401, 'unauthenticated');
  });
});

describe('with a seeded workspace', () => {
  let ws: SeededWorkspace;
  beforeAll(async () => {
    ws = await seedWorkspace(t);
  });

  it('describes the caller: a signed-in user with memberships', async () => {
    const answer = await t.request('GET', '/auth/me', { as: ws.actors.editor });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      user: { id: ws.userIds.editor, name: 'editor', isAdmin: false },
      token: null,
      memberships: [{ workspace: { id: ws.workspaceId, name: 'Atelier Bio' }, role: 'editor' }],
    });
    const outsider = await t.request('GET', '/auth/me', { as: ws.actors.outsider });
    expect(outsider.body.memberships).toEqual([]);
  });

  it('describes the caller: an API token with its workspace and role', async () => {
    const answer = await t.request('GET', '/auth/me', { as: ws.viewerToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      user: null,
      token: { name: 'viewer token', workspaceId: ws.workspaceId, role: 'viewer' },
      memberships: [{ workspace: { id: ws.workspaceId }, role: 'viewer' }],
    });
  });

  it('changes the caller’s language; a bad one gets 400 on `locale`; tokens cannot', async () => {
    const answer = await t.request('PATCH', '/auth/me', { as: ws.actors.viewer, body: { locale: 'en' } });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.user.locale).toBe('en');
    expect((await t.request('GET', '/auth/me', { as: ws.actors.viewer })).body.user.locale).toBe('en');
    const bad = await t.request('PATCH', '/auth/me', { as: ws.actors.viewer, body: { locale: 'de' } });
    expectProblem(bad, 400, 'validation');
    expect(errorPaths(bad)).toEqual(['locale']);
    expectProblem(await t.request('PATCH', '/auth/me', { as: ws.editorToken, body: { locale: 'fr' } }), 403);
  });

  describe('CSRF: cookie-authenticated writes must come from our origin', () => {
    const plans = () => `/workspaces/${ws.workspaceId}/plans`;
    const count = async () => (await t.request('GET', plans(), { as: ws.actors.viewer })).body.total;

    it('refuses a foreign Origin and a missing Origin with 403', async () => {
      const before = await count();
      const foreign = await t.request('POST', plans(), {
        as: ws.actors.editor,
        headers: { origin: 'https://evil.example' },
        body: { name: 'Forged' },
      });
      expectProblem(foreign, 403, 'forbidden');
      const missing = await t.request('POST', plans(), {
        headers: { cookie: `jalon_session=${ws.actors.editor.cookie}` },
        body: { name: 'Forged' },
      });
      expectProblem(missing, 403, 'forbidden');
      const logout = await t.request('POST', '/auth/logout', {
        headers: { cookie: `jalon_session=${ws.actors.editor.cookie}`, origin: 'https://evil.example' },
      });
      expectProblem(logout, 403, 'forbidden');
      expect(await count()).toBe(before);
      // Reads need no Origin.
      const read = await t.request('GET', plans(), { headers: { cookie: `jalon_session=${ws.actors.editor.cookie}` } });
      expect(read.status).toBe(200);
    });

    it('accepts a token write without Origin, and a cookie write from our own origin', async () => {
      const byToken = await t.request('POST', plans(), { as: ws.editorToken, body: { name: 'By token' } });
      expect(byToken.status, byToken.text).toBe(201);
      const bySession = await t.request('POST', plans(), { as: ws.actors.editor, body: { name: 'By session' } });
      expect(bySession.status, bySession.text).toBe(201);
    });
  });

  it('answers 401 to an unknown or malformed Bearer token and to a bogus cookie', async () => {
    const path = `/workspaces/${ws.workspaceId}`;
    for (const authorization of ['Bearer jalon_doesnotexist', 'Bearer something-else', 'Basic YWRhOnB3']) {
      const answer = await t.request('GET', path, { headers: { authorization } });
      expectProblem(answer, 401, 'unauthenticated');
    }
    expectProblem(await t.request('GET', path, { as: { cookie: 'not-a-session' } }), 401, 'unauthenticated');
    expectProblem(await t.request('GET', path), 401, 'unauthenticated');
  });

  describe('request bodies', () => {
    const plans = () => `/workspaces/${ws.workspaceId}/plans`;

    it('answers 400 to malformed JSON', async () => {
      const answer = await t.request('POST', plans(), {
        as: ws.editorToken,
        raw: '{"name": ',
        contentType: 'application/json',
      });
      expectProblem(answer, 400, 'validation');
      expect(errorPaths(answer)).toEqual(['(root)']);
    });

    it('answers 415 to a body that is not JSON', async () => {
      const answer = await t.request('POST', plans(), {
        as: ws.editorToken,
        raw: 'name=Plan',
        contentType: 'application/x-www-form-urlencoded',
      });
      expectProblem(answer, 415, 'unsupported_media_type');
      const text = await t.request('POST', plans(), {
        as: ws.editorToken,
        raw: '{"name":"Plan"}',
        contentType: 'text/plain',
      });
      expectProblem(text, 415, 'unsupported_media_type');
    });

    it('answers 413 to a body over the configured limit', async () => {
      const body = { name: 'Big', description: 'x'.repeat(maxBodyBytes) };
      expectProblem(await t.request('POST', plans(), { as: ws.editorToken, body }), 413, 'payload_too_large');
      // Just under the limit is fine.
      const small = { name: 'Not so big', description: 'x'.repeat(maxBodyBytes - 200) };
      expect((await t.request('POST', plans(), { as: ws.editorToken, body: small })).status).toBe(201);
    });

    it('answers problem+json 404 to an unknown API route', async () => {
      expectProblem(await t.request('GET', '/no-such-route', { as: ws.editorToken }), 404, 'not_found');
    });
  });
});

import type { OpenAPIHono } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { loginBody, meSchema, setupBody, updateMeBody, userSchema, workspaceSchema } from '../../../contract/auth.js';
import { planSchema } from '../../../contract/plans.js';
import type { AppContext, AppEnv } from '../../http/context.js';
import { lockTable } from '../../db/dialect.js';
import { AppError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import { presentPlan } from '../plans/plans.service.js';
import { createDemoPlan } from '../templates/demo.js';
import { requireUser } from '../workspaces/access.js';
import {
  createWorkspace,
  findWorkspacesOfUser,
  getWorkspace,
  presentWorkspace,
} from '../workspaces/workspaces.service.js';
import { hashPassword, verifyPassword } from './auth.crypto.js';
import { sessionCookie } from './auth.middleware.js';
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from './login-limiter.js';
import { createSession, deleteSession } from './sessions.repository.js';
import { countUsers, findUserByEmail, findUserById, insertUser, presentUser } from './users.repository.js';

const tag = 'auth';

// Verifying against a fixed hash when the email is unknown keeps response times alike, so
// timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

function clientAddress(c: AppContext): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function startSession(c: AppContext, userId: string): Promise<void> {
  const { database, config, now } = c.get('deps');
  const { token, expiresAt } = await createSession(database.db, userId, now(), config.sessionDays);
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: config.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  route(
    app,
    {
      method: 'get',
      path: '/setup',
      tag,
      auth: 'public',
      summary: 'Whether the first administrator must still be created',
      responses: { 200: { description: 'Setup state', schema: z.object({ needsSetup: z.boolean() }) } },
    },
    async ({ c }) => c.json({ needsSetup: (await countUsers(c.get('deps').database.db)) === 0 }),
  );

  route(
    app,
    {
      method: 'post',
      path: '/setup',
      tag,
      auth: 'public',
      summary: 'Create the first administrator and workspace (refused once any user exists)',
      body: setupBody,
      responses: {
        201: {
          description: 'Signed in as the new administrator',
          schema: z.object({ user: userSchema, workspace: workspaceSchema, demoPlan: planSchema.nullable() }),
        },
        409: { description: 'Already set up' },
      },
    },
    async ({ c, body }) => {
      const { database, now } = c.get('deps');
      const passwordHash = await hashPassword(body.password);
      const at = now();
      const user = await database.db.transaction().execute(async (trx) => {
        await lockTable(trx, database.dialect, 'users');
        if ((await countUsers(trx)) > 0) throw new AppError('conflict', 'Jalon is already set up; sign in instead');
        return insertUser(trx, {
          email: body.email,
          name: body.name,
          passwordHash,
          isAdmin: true,
          now: at.toISOString(),
        });
      });
      const workspace = await createWorkspace(database.db, null, { name: body.workspaceName, ownerId: user.id }, at);
      const demo = body.demoPlan
        ? await createDemoPlan(database, null, workspace.id, body.demoPlan, c.get('deps').config.templatesDir, at)
        : null;
      await startSession(c, user.id);
      return c.json(
        {
          user: presentUser(user),
          workspace: presentWorkspace(workspace, 'owner'),
          demoPlan: demo ? presentPlan(demo) : null,
        },
        201,
      );
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/auth/login',
      tag,
      auth: 'public',
      summary: 'Sign in with email and password (sets the session cookie)',
      body: loginBody,
      responses: {
        200: { description: 'Signed in', schema: z.object({ user: userSchema }) },
        401: { description: 'Wrong email or password' },
        429: { description: 'Too many failed attempts' },
      },
    },
    async ({ c, body }) => {
      const { database, config, now } = c.get('deps');
      const db = database.db;
      const limits = { maxFailures: config.loginMaxFailures, windowMinutes: config.loginWindowMinutes };
      const keys = [`email:${body.email}`, `ip:${clientAddress(c)}`];
      // An address gets more tries than an account: several people may share one.
      await assertLoginAllowed(db, keys[0] as string, now(), limits);
      await assertLoginAllowed(db, keys[1] as string, now(), { ...limits, maxFailures: limits.maxFailures * 5 });
      const user = await findUserByEmail(db, body.email);
      decoyHash ??= hashPassword('decoy password that never matches');
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), body.password);
      if (!user || !ok) {
        for (const key of keys) await recordLoginFailure(db, key, now(), limits.windowMinutes);
        throw new AppError('unauthenticated', 'Wrong email or password');
      }
      await clearLoginFailures(db, keys[0] as string);
      await startSession(c, user.id);
      return c.json({ user: presentUser(user) });
    },
  );

  route(
    app,
    {
      method: 'post',
      path: '/auth/logout',
      tag,
      summary: 'Sign out (ends the session)',
      responses: { 204: { description: 'Signed out' } },
    },
    async ({ c, principal }) => {
      if (principal.kind === 'user') await deleteSession(c.get('deps').database.db, principal.sessionId);
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: '/auth/me',
      tag,
      summary: 'The caller: user or token, and workspace memberships',
      responses: { 200: { description: 'The caller', schema: meSchema } },
    },
    async ({ c, principal }) => {
      const { db } = c.get('deps').database;
      if (principal.kind === 'token') {
        const ws = await getWorkspace(db, principal.workspaceId);
        return c.json({
          user: null,
          token: {
            id: principal.tokenId,
            name: principal.name,
            workspaceId: principal.workspaceId,
            role: principal.role,
          },
          memberships: [{ workspace: { id: ws.id, name: ws.name }, role: principal.role }],
        });
      }
      const user = await findUserById(db, principal.userId);
      if (!user) throw new AppError('unauthenticated', 'This account no longer exists');
      const workspaces = await findWorkspacesOfUser(db, user.id);
      return c.json({
        user: presentUser(user),
        token: null,
        memberships: workspaces.map((w) => ({ workspace: { id: w.id, name: w.name }, role: w.role })),
      });
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: '/auth/me',
      tag,
      summary: 'Update the caller’s name or language',
      body: updateMeBody,
      responses: { 200: { description: 'The user', schema: z.object({ user: userSchema }) } },
    },
    async ({ c, principal, body }) => {
      const { userId } = requireUser(principal);
      const { database, now } = c.get('deps');
      await database.db
        .updateTable('users')
        .set((eb) => ({ ...body, version: eb('version', '+', 1), updated_at: now().toISOString() }))
        .where('id', '=', userId)
        .execute();
      const user = await findUserById(database.db, userId);
      return c.json({ user: presentUser(user!) });
    },
  );
}

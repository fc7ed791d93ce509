import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { hashPassword } from '../../src/server/modules/auth/auth.crypto.js';
import { createSession } from '../../src/server/modules/auth/sessions.repository.js';
import { insertUser } from '../../src/server/modules/auth/users.repository.js';
import { createToken } from '../../src/server/modules/workspaces/tokens.service.js';
import { createWorkspace } from '../../src/server/modules/workspaces/workspaces.service.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import type { Role } from '../../src/contract/common.js';

export const origin = 'http://localhost';

/** A caller: a session cookie, a Bearer token, or nobody. */
export type Actor = { cookie: string } | { token: string } | null;

export interface Answer {
  status: number;
  headers: Headers;
  /** The body as sent (compressed, when the response says so). */
  bytes: Uint8Array;
  text: string;
  /** Parsed JSON body (problem+json included), or undefined. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
}

export interface RequestOptions {
  as?: Actor;
  body?: unknown;
  /** Sent as is, with `contentType` (bytes for binary files such as XLSX). */
  raw?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  database: TestDatabase;
  request(method: string, path: string, opts?: RequestOptions): Promise<Answer>;
  close(): Promise<void>;
}

/** The real app on a fresh database; requests go through Hono's in-process `fetch`. */
export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({ database: database.handle, config: loadConfig(env), now: () => new Date() });
  return {
    database,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      const as = opts.as;
      if (as && 'cookie' in as) {
        headers.cookie = `jalon_session=${as.cookie}`;
        headers.origin ??= origin;
      }
      if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
      let body: string | Uint8Array | undefined;
      if (opts.raw !== undefined) {
        body = opts.raw;
        headers['content-type'] = opts.contentType ?? 'application/yaml';
      } else if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const response = await app.request(`${origin}/api/v1${path}`, { method, headers, body });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder().decode(bytes);
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, bytes, text, body: parsed };
    },
    close: () => database.drop(),
  };
}

export interface SeededWorkspace {
  workspaceId: string;
  /** One signed-in member per role, plus someone outside the workspace. */
  actors: Record<Role | 'outsider', { cookie: string }>;
  userIds: Record<Role | 'outsider', string>;
  /** An editor-role API token of the workspace. */
  editorToken: { token: string };
  viewerToken: { token: string };
}

let passwordHash: Promise<string> | undefined;

/** A workspace with an owner, an admin, an editor, a viewer, an outsider and two API tokens. */
export async function seedWorkspace(t: TestApp, name = 'Atelier Bio'): Promise<SeededWorkspace> {
  const db = t.database.handle.db;
  const now = new Date();
  passwordHash ??= hashPassword('correct horse battery');
  const hash = await passwordHash;
  const roles = ['owner', 'admin', 'editor', 'viewer', 'outsider'] as const;
  const users = {} as Record<(typeof roles)[number], string>;
  const actors = {} as Record<(typeof roles)[number], { cookie: string }>;
  const suffix = Math.random().toString(36).slice(2, 8);
  for (const role of roles) {
    const user = await insertUser(db, {
      email: `${role}-${suffix}@example.com`,
      name: role,
      passwordHash: hash,
      isAdmin: false,
      now: now.toISOString(),
    });
    users[role] = user.id;
    actors[role] = { cookie: (await createSession(db, user.id, now, 30)).token };
  }
  const workspace = await createWorkspace(db, null, { name, ownerId: users.owner }, now);
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    await db
      .insertInto('memberships')
      .values({
        id: `${workspace.id}-${role}`,
        workspace_id: workspace.id,
        user_id: users[role],
        role,
        version: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
  }
  const editorToken = await createToken(
    db,
    null,
    { workspaceId: workspace.id, name: 'editor token', role: 'editor', createdBy: null },
    now,
  );
  const viewerToken = await createToken(
    db,
    null,
    { workspaceId: workspace.id, name: 'viewer token', role: 'viewer', createdBy: null },
    now,
  );
  return {
    workspaceId: workspace.id,
    actors,
    userIds: users,
    editorToken: { token: editorToken.token },
    viewerToken: { token: viewerToken.token },
  };
}

/** The example plan with every collection (`test/fixtures/plan-full.yaml`). */
export const planFullYaml = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'plan-full.yaml'), 'utf8');

/** Imports the example plan into the workspace as its editor; returns the new plan's id. */
export async function importExamplePlan(t: TestApp, ws: SeededWorkspace): Promise<string> {
  const answer = await t.request('POST', `/workspaces/${ws.workspaceId}/plans/import`, {
    as: ws.actors.editor,
    raw: planFullYaml,
  });
  if (answer.status !== 201) throw new Error(`import failed: ${answer.text}`);
  return answer.body.id as string;
}

export interface ExamplePlanApp {
  t: TestApp;
  /** The workspace holding the example plan. */
  ws: SeededWorkspace;
  /** A second workspace, "Autre atelier", to check that nothing leaks from one to the other. */
  other: SeededWorkspace;
  /** The example plan in `ws`. */
  planId: string;
  /** The example plan imported into `other` too: '' unless asked for with `otherPlan`. */
  otherPlanId: string;
}

/**
 * The setup shared by the suites that work on a stored plan: a test app, two seeded workspaces
 * and the example plan imported into the first (and into the second with `otherPlan`). Call it
 * in `beforeAll`; the caller closes `t` in `afterAll`.
 */
export async function appWithExamplePlan(options: { otherPlan?: boolean } = {}): Promise<ExamplePlanApp> {
  const t = await createTestApp();
  try {
    const ws = await seedWorkspace(t);
    const other = await seedWorkspace(t, 'Autre atelier');
    const planId = await importExamplePlan(t, ws);
    const otherPlanId = options.otherPlan ? await importExamplePlan(t, other) : '';
    return { t, ws, other, planId, otherPlanId };
  } catch (error) {
    await t.close();
    throw error;
  }
}

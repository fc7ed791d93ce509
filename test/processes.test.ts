import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * The real command and real server processes: a user created with the CLI signs in over HTTP,
 * builds a plan, and the session is shared by two server processes on one database (nothing is
 * kept in process memory).
 */
const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');

function cli(db: TestDatabase, args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--db', db.config.url, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function startServer(db: TestDatabase): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, '--db', db.config.url, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

describe('CLI and server processes', () => {
  let db: TestDatabase;
  const servers: ChildProcess[] = [];
  let workspaceId = '';
  let otherWorkspaceId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    // The test database is already migrated; the CLI must cope with that too.
    expect(cli(db, ['migrate']).status).toBe(0);
  });
  afterAll(async () => {
    for (const s of servers) s.kill();
    await db.drop();
  });

  it('creates a user, workspaces and a token from the command line', () => {
    const user = cli(db, [
      '--json',
      'user',
      'create',
      '--email',
      'lea@example.com',
      '--password',
      'correct horse battery',
      '--name',
      'Léa',
    ]);
    expect(user.status, user.stderr).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({ email: 'lea@example.com', name: 'Léa' });
    const ws = cli(db, ['--json', 'workspace', 'create', '--name', 'Bio & Co', '--owner', 'lea@example.com']);
    expect(ws.status, ws.stderr).toBe(0);
    workspaceId = JSON.parse(ws.stdout).id;
    otherWorkspaceId = JSON.parse(
      cli(db, ['--json', 'workspace', 'create', '--name', 'Client B', '--owner', 'lea@example.com']).stdout,
    ).id;
    const token = cli(db, ['token', 'create', '--workspace', workspaceId, '--role', 'viewer', '--name', 'reporting']);
    expect(token.stdout.trim()).toMatch(/^jalon_[a-z0-9]+$/);
  });

  it('answers usage errors with 2 and failures with 1', () => {
    expect(cli(db, ['user', 'create', '--email', 'x@example.com']).status).toBe(2);
    expect(cli(db, ['no-such-command']).status).toBe(2);
    const weak = cli(db, ['user', 'create', '--email', 'x@example.com', '--password', 'short']);
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('12 characters');
    expect(cli(db, ['plan', 'list', '--workspace', 'missing']).status).toBe(1);
    expect(cli(db, ['--help']).status).toBe(0);
  });

  it('shares sessions between two servers and round-trips a plan built over HTTP', async () => {
    const a = await startServer(db);
    const b = await startServer(db);
    servers.push(a.child, b.child);

    const health = await (await fetch(`${a.url}/api/v1/health`)).json();
    expect(health).toMatchObject({
      status: 'ok',
      database: db.config.url.startsWith('postgres') ? 'postgres' : 'sqlite',
    });

    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lea@example.com', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(cookie).toMatch(/^jalon_session=/);

    // Server B knows the session created by server A.
    const me = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);

    const send = async (base: string, method: string, route: string, body?: unknown) => {
      const response = await fetch(`${base}/api/v1${route}`, {
        method,
        headers: { cookie, origin: base, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };
    const plan = await send(a.url, 'POST', `/workspaces/${workspaceId}/plans`, { key: 'pac-2027', name: 'PAC 2027' });
    expect(plan.status).toBe(201);
    const strategy = await send(b.url, 'POST', `/plans/${plan.body.id}/strategies`, {
      key: 'seo',
      name: 'SEO',
      channel: 'seo',
    });
    expect(strategy.status).toBe(201);
    const tactic = await send(a.url, 'POST', `/plans/${plan.body.id}/tactics`, {
      key: 'articles',
      name: 'Articles',
      strategyId: strategy.body.id,
    });
    expect(tactic.status).toBe(201);
    expect(
      (
        await send(b.url, 'POST', `/plans/${plan.body.id}/actions`, {
          key: 'audit',
          title: 'Audit SEO',
          tacticId: tactic.body.id,
        })
      ).status,
    ).toBe(201);

    const exported = await (
      await fetch(`${a.url}/api/v1/plans/${plan.body.id}/document`, { headers: { cookie } })
    ).text();
    const imported = await fetch(`${b.url}/api/v1/workspaces/${otherWorkspaceId}/plans/import`, {
      method: 'POST',
      headers: { cookie, origin: b.url, 'content-type': 'application/yaml' },
      body: exported,
    });
    expect(imported.status).toBe(201);
    const importedId = ((await imported.json()) as { id: string }).id;
    const reexported = cli(db, ['plan', 'export', importedId, '--format', 'yaml']);
    expect(reexported.stdout).toBe(exported);

    // Signing out on B ends the session on A as well.
    expect(
      (await fetch(`${b.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie, origin: b.url } })).status,
    ).toBe(204);
    expect((await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });
});

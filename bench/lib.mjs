// Helpers shared by the benchmark scripts (bench/run.mjs, bench/load.mjs): the real command
// line and server processes, sign-in, and percentiles.
import { spawn, execFile } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const root = fileURLToPath(new URL('..', import.meta.url));
const jalon = path.join(root, 'bin', 'jalon');
const run = promisify(execFile);

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs `bin/jalon` with `--json` and returns the parsed output and the wall time. */
export async function cli(env, ...argv) {
  const started = performance.now();
  const { stdout } = await run(process.execPath, [jalon, ...argv, '--json'], {
    env,
    cwd: root,
    maxBuffer: 64 << 20,
  });
  return { out: JSON.parse(stdout), ms: performance.now() - started };
}

/**
 * The SQLite database in `dataDir`, and the PostgreSQL server named by DATABASE_URL too when it
 * is set (unless `sqliteOnly`): each with the environment `bin/jalon` runs in.
 */
export function databaseTargets(dataDir, sqliteOnly) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const targets = [{ label: 'SQLite', env: { ...base, JALON_DATA_DIR: dataDir } }];
  if (process.env.DATABASE_URL && !sqliteOnly) {
    targets.push({ label: 'PostgreSQL', env: { ...base, DATABASE_URL: process.env.DATABASE_URL } });
  }
  return targets;
}

/** A new user, a workspace it owns and a generated plan of `size`, with the command line (timed). */
export async function createBenchPlan(env, size) {
  const email = `bench-${Date.now()}@example.com`;
  const password = 'a long bench passphrase';
  const user = await cli(env, 'user', 'create', '--email', email, '--password', password);
  const workspace = await cli(env, 'workspace', 'create', '--name', 'Bench', '--owner', email);
  const generated = await cli(env, 'plan', 'generate', '--size', size, '--workspace', workspace.out.id);
  return {
    email,
    password,
    workspaceId: workspace.out.id,
    planId: generated.out.id,
    migrateAndUserMs: user.ms,
    generateMs: generated.ms,
  };
}

/**
 * `bin/jalon serve` on a free port, once it answers /api/v1/health; `pid` is the server's process,
 * `exited()` whether it has ended since.
 */
export async function startServer(env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [jalon, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env,
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`jalon serve exited before answering:\n${stderr}`);
    if (performance.now() - started > 120_000) throw new Error('jalon serve did not answer within 120 s');
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const coldStartMs = performance.now() - started;
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { base, pid: child.pid, coldStartMs, stop, exited: () => exited, stderr: () => stderr };
}

export async function signIn(base, email, password) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return Math.round(sorted[Math.max(0, rank - 1)] * 10) / 10;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay } from '../../src/core/shared/days.js';
import { openDatabase } from '../../src/server/db/dialect.js';
import type { Database } from '../../src/server/db/schema.js';
import { appWithExamplePlan, type ExamplePlanApp } from '../support/app.js';
import { testDialect } from '../support/database.js';

/**
 * A server killed (SIGKILL, no chance to clean up) in the middle of a KPI measurement import
 * leaves the database as it was before the import: same measurements, same audit trail, same
 * content version. Then a new server on the same database answers, and the same import succeeds.
 *
 * The kill waits until the import's transaction has really written to the database (SQLite:
 * pages in the write-ahead log; PostgreSQL: the server's session holds a transaction id), so
 * that a half-written import could show.
 */

const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'jalon');

// One row a day up to 2027-02-28: enough for the import to take seconds even on a fast machine
// (the kill must land while it writes), few enough for the re-run to finish in seconds. The last days cover the two GA4 measurements of the example plan
// (2027-01-31 and 2027-02-28) with other values, so a partial write would change existing rows
// as well as add new ones.
const rows = 120_000;
const firstDay = daysFromCivil(2027, 3, 1) - rows;
const kpiColumns = [
  { column: 'Sessions', kpiKey: 'trafic-organique' },
  { column: 'Engagement', kpiKey: 'engagement-instagram' },
  { column: 'CPL', kpiKey: 'cout-par-lead' },
];
const mapping = { dateColumn: 'Date', columns: kpiColumns, source: 'ga4' };

function writeCsv(file: string): void {
  const lines = ['Date,Sessions,Engagement,CPL'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${formatDay(firstDay + i)},${50_000 + (i % 1000)},${(i % 700) / 100},${10 + (i % 300) / 100}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** `bin/jalon serve` on the test database, on a free port; resolves once it listens. */
function startServer(dbUrl: string, tmpDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, '--db', dbUrl, 'serve', '--port', '0'], {
    // Uploads go to the test's folder, so that what the killed server leaves behind is removed.
    env: { ...process.env, TMPDIR: tmpDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** What the import must not change, read from the database. */
async function snapshot(db: Kysely<Database>, planId: string, workspaceId: string) {
  const measurements = await sql<Record<string, unknown>>`
    select id, kpi_id, date, value, source, note, version, created_at, updated_at
    from measurements where plan_id = ${planId} order by id`.execute(db);
  const audit = await db
    .selectFrom('audit_log')
    .select(['id', 'action', 'entity'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  const workspace = await db
    .selectFrom('workspaces')
    .select('content_version')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return {
    measurements: measurements.rows.length,
    fingerprint: createHash('sha256').update(JSON.stringify(measurements.rows)).digest('hex'),
    audit,
    contentVersion: Number(workspace.content_version),
  };
}

/**
 * Whether the import's open transaction has written to the database yet. SQLite (WAL mode,
 * truncated before the import): the uncommitted pages spilled into the log. PostgreSQL: a
 * session of this database holds a transaction id, which it gets at its first write.
 */
async function importIsWriting(db: Kysely<Database>, dbUrl: string): Promise<boolean> {
  if (testDialect() === 'sqlite') {
    const wal = `${dbUrl}-wal`;
    return fs.existsSync(wal) && fs.statSync(wal).size > 1 << 20;
  }
  const { rows: found } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and backend_xid is not null and pid <> pg_backend_pid()`.execute(db);
  return found[0]!.n > 0;
}

/** The JSON lines of an NDJSON answer as they arrive; `broken` tells whether the stream failed. */
function followLines(answer: Response): { lines: { type: string }[]; broken: Promise<boolean> } {
  const lines: { type: string }[] = [];
  const reading = async () => {
    let buffered = '';
    const decoder = new TextDecoder();
    for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      lines.push(...complete.map((line) => JSON.parse(line) as { type: string }));
    }
  };
  return {
    lines,
    broken: reading().then(
      () => false,
      () => true,
    ),
  };
}

/** Polls until the import's transaction has written; fails if the import ends first. */
async function waitUntilWriting(db: Kysely<Database>, dbUrl: string, lines: { type: string }[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await importIsWriting(db, dbUrl))) {
    // A progress line is all the import sends before its end (a report or an error).
    expect(
      lines.find((l) => l.type !== 'progress'),
      'the import ended before it was seen writing',
    ).toBeUndefined();
    expect(Date.now(), 'the import was not seen writing within 15 s').toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a server killed during an import', () => {
  let x: ExamplePlanApp;
  let tmpDir: string;
  let csv: Buffer;
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    x = await appWithExamplePlan();
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-killed-import-'));
    const file = path.join(tmpDir, 'measurements.csv');
    writeCsv(file);
    csv = fs.readFileSync(file);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await x?.t.close();
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  const importUrl = (base: string) =>
    `${base}/api/v1/plans/${x.planId}/imports?mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
  const headers = (base: string, accept = 'application/json') => ({
    cookie: `jalon_session=${x.ws.actors.editor.cookie}`,
    origin: base,
    'content-type': 'text/csv',
    accept,
  });

  it('leaves the database as before the import, and the import succeeds after a restart', async () => {
    const dbUrl = x.t.database.config.url;
    const db = x.t.database.handle.db;
    if (testDialect() === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(db);
    const before = await snapshot(db, x.planId, x.ws.workspaceId);
    expect(before.measurements).toBe(3);

    const first = await startServer(dbUrl, tmpDir);
    servers.push(first.child);
    const answer = await fetch(importUrl(first.url), {
      method: 'POST',
      headers: headers(first.url, 'application/x-ndjson'),
      body: csv,
    });
    expect(answer.status).toBe(200);

    const stream = followLines(answer);
    await waitUntilWriting(db, dbUrl, stream.lines);
    const exited = once(first.child, 'exit');
    first.child.kill('SIGKILL');
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');

    // Killed mid-import: the stream broke off before any report.
    expect(await stream.broken).toBe(true);
    expect(stream.lines.every((l) => l.type === 'progress')).toBe(true);

    const reopened = openDatabase(x.t.database.config);
    try {
      expect(await snapshot(reopened.db, x.planId, x.ws.workspaceId)).toEqual(before);
    } finally {
      await reopened.close();
    }

    const second = await startServer(dbUrl, tmpDir);
    servers.push(second.child);
    expect((await fetch(`${second.url}/api/v1/health`)).status).toBe(200);
    const rerun = await fetch(importUrl(second.url), { method: 'POST', headers: headers(second.url), body: csv });
    const report = (await rerun.json()) as Record<string, unknown>;
    expect(rerun.status, JSON.stringify(report)).toBe(200);
    // Every cell is new but the two GA4 traffic measurements of the plan, which change.
    expect(report).toMatchObject({ written: true, inserted: rows * 3 - 2, updated: 2, unchanged: 0 });
    const after = await snapshot(db, x.planId, x.ws.workspaceId);
    expect(after.measurements).toBe(before.measurements + rows * 3 - 2);
    expect(after.audit).toHaveLength(before.audit.length + 1);
    expect(after.contentVersion).toBe(before.contentVersion + 1);
  }, 120_000);
});

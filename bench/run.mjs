// `npm run bench`: performance figures of Jalon on the large reference plan.
//
// On SQLite in a temporary folder, and on the PostgreSQL server named by DATABASE_URL as well when
// it is set (each run adds a user, a workspace and plans to that database; they are not removed):
// - setup: `bin/jalon user create`, `workspace create`, `plan generate --size large` (timed);
// - cold start: `bin/jalon serve` on a free port to its first 200 of /api/v1/health;
// - engine: plan health, KPI status with every forecast, the dashboard, the optimiser… in process
//   (bench/engine.ts, on the plan read as the server reads it), and the first three through the API;
// - API: autocannon (50 connections × 10 s) on each route beside /api/v1/health, the trivial
//   endpoint of the same server in the same run: the ratio is our overhead over the floor; the
//   requests accept gzip, as every browser's do;
// - exports: PDF and XLSX of the large plan through the API, time and size;
// - import: a 1,000,000-row CSV (bench/import.ts) beside a bare parse with the same parser;
// - web: gzip JavaScript per page (scripts/bundle-size.mjs, on the current build: the npm script
//   builds first) and time to rendered pages in headless Chromium (scripts/page-timing.mjs).
// Prints Markdown tables and writes bench/results/<date>.json.
//
//   npm run bench [-- --duration 10 --connections 50 --rows 1000000 --sqlite-only --no-web --no-import]
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import { createBenchPlan, databaseTargets, percentile, root, signIn, startServer } from './lib.mjs';

const run = promisify(execFile);

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'sqlite-only': { type: 'boolean', default: false },
    'no-web': { type: 'boolean', default: false },
    rows: { type: 'string', default: '1000000' },
    'no-import': { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);

const seconds = (ms) => Math.round(ms) / 1000;

/** Loads one URL; latencies are every response's time, for exact percentiles (autocannon has no p95). */
function load(url, cookie) {
  return new Promise((resolve, reject) => {
    const times = [];
    const headers = { 'accept-encoding': 'gzip, deflate, br', ...(cookie ? { cookie } : {}) };
    const instance = autocannon({ url, connections, duration, headers }, (error, result) =>
      error ? reject(error) : resolve({ result, times }),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** The API routes measured, each beside /api/v1/health. */
function routes(planId) {
  const plan = `/api/v1/plans/${planId}`;
  return [
    { name: 'floor: health', path: '/api/v1/health' },
    { name: 'plan overview: health', path: `${plan}/health` },
    { name: 'plan overview: plan', path: plan },
    { name: 'KPI dashboard', path: `${plan}/kpi-dashboard` },
    { name: 'action list', path: `${plan}/actions?limit=100` },
    { name: 'budget summary', path: `${plan}/budget-summary` },
  ];
}

/** PDF and XLSX of the plan through the API: the first request, then the median of three. */
async function measureExports(base, planId, cookie) {
  const out = [];
  for (const format of ['pdf', 'xlsx']) {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/plans/${planId}/export?format=${format}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`export ${format}: ${res.status} ${Buffer.from(body).toString()}`);
      times.push(performance.now() - started);
      bytes = body.byteLength;
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    out.push({ format, firstMs: Math.round(times[0]), medianMs: Math.round(warm[1]), bytes });
  }
  return out;
}

/** Runs a script of scripts/ and returns its standard output. */
async function script(file, env = process.env) {
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts', file)], {
    env,
    cwd: root,
    maxBuffer: 16 << 20,
  });
  return stdout;
}

/** Rows `| a | b | c |` of a Markdown table printed by a script, header and rule left out. */
function tableRows(text) {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** Time to rendered pages in headless Chromium (scripts/page-timing.mjs) against the running server. */
async function pageTiming(base, planPath, email, password) {
  try {
    const stdout = await script('page-timing.mjs', {
      ...process.env,
      JALON_URL: base,
      JALON_EMAIL: email,
      JALON_PASSWORD: password,
      JALON_PLAN: planPath,
    });
    return tableRows(stdout).map(([page, first, warm]) => ({ page, first, warm }));
  } catch (error) {
    return { error: String(error.message ?? error).slice(0, 500) };
  }
}

/** Gzip JavaScript each page loads (scripts/bundle-size.mjs; the web app must be built). */
async function bundleSize() {
  if (!fs.existsSync(path.join(root, 'dist', 'web', '.vite', 'manifest.json'))) {
    return { error: 'no build of the web app: run `npm run build:web` first' };
  }
  return tableRows(await script('bundle-size.mjs')).map(([page, files, gzip, thenFetched]) => ({
    page,
    files: Number(files),
    gzip,
    thenFetched,
  }));
}

/** Runs one phase of bench/import.ts in its own process and returns its JSON line. */
async function importPhase(phase, file, extra = []) {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', 'import.ts'), '--phase', phase, '--file', file, ...extra],
    { cwd: root, maxBuffer: 16 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

/** Import of the CSV into each database, beside a bare parse of the same file with the same parser. */
async function measureImport(dataDir, targets) {
  const file = path.join(dataDir, 'measurements.csv');
  const written = await importPhase('write', file, ['--rows', args.rows]);
  console.error(`[import] wrote ${written.rows} rows (${(written.bytes / 1e6).toFixed(1)} MB)`);
  const parse = await importPhase('parse', file);
  const out = { rows: written.rows, fileBytes: written.bytes, parse: rate(parse), imports: [] };
  for (const target of targets) {
    const db = target.env.DATABASE_URL ?? path.join(dataDir, 'import.sqlite');
    const result = await importPhase('import', file, ['--db', db]);
    if (result.errors > 0) throw new Error(`import on ${target.label}: ${result.errors} invalid rows`);
    out.imports.push({ database: target.label, ...rate(result), ratioToParse: result.ms / parse.ms });
    console.error(`[import] ${target.label}: ${Math.round(result.rows / (result.ms / 1000))} rows/s`);
  }
  fs.rmSync(file, { force: true });
  return out;
}

function rate(phase) {
  return {
    rows: phase.rows,
    ms: Math.round(phase.ms),
    rowsPerSecond: Math.round(phase.rows / (phase.ms / 1000)),
    peakRssMB: Math.round(phase.maxRssBytes / 1e6),
    ...(phase.measurements === undefined ? {} : { measurements: phase.measurements }),
  };
}

/**
 * The engine through the API, right after the server started: the first request of plan health
 * also reads the plan into the server's memory; then the median of five with the plan in memory.
 */
async function measureEngine(base, planId, cookie) {
  const plan = `${base}/api/v1/plans/${planId}`;
  const calls = [
    { name: 'plan health', url: `${plan}/health` },
    { name: 'KPI status and forecasts (all KPIs)', url: `${plan}/kpi-status` },
    { name: 'budget optimiser (HiGHS)', url: `${plan}/optimiser`, method: 'POST', body: '{}' },
  ];
  const out = [];
  for (const call of calls) {
    const times = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      const res = await fetch(call.url, {
        method: call.method ?? 'GET',
        headers: { cookie, origin: base, ...(call.body ? { 'content-type': 'application/json' } : {}) },
        body: call.body,
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${call.name}: ${res.status} ${text.slice(0, 300)}`);
      times.push(performance.now() - started);
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    out.push({ name: call.name, firstMs: Math.round(times[0]), medianMs: Math.round(warm[2]) });
  }
  return out;
}

/** The engine in process (bench/engine.ts), on the database the server of `env` uses. */
async function engineInProcess(env, planId) {
  const db = env.DATABASE_URL ?? path.join(env.JALON_DATA_DIR, 'jalon.sqlite');
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench', 'engine.ts'), '--db', db, '--plan', planId],
    { cwd: root, maxBuffer: 16 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

async function benchDatabase(label, env, withWeb) {
  const { email, password, workspaceId, planId, migrateAndUserMs, generateMs } = await createBenchPlan(env, 'large');
  const setup = { migrateAndUserMs, generateLargeMs: generateMs };
  console.error(`[${label}] large plan generated in ${seconds(generateMs)} s`);

  const engineInProcessResult = await engineInProcess(env, planId);
  console.error(`[${label}] engine in process: plan read in ${engineInProcessResult.readPlanMs} ms`);

  const server = await startServer(env);
  console.error(`[${label}] cold start to first 200 in ${Math.round(server.coldStartMs)} ms`);
  const results = [];
  let exports = null;
  let engine = null;
  let web = null;
  try {
    const cookie = await signIn(server.base, email, password);
    engine = await measureEngine(server.base, planId, cookie);
    for (const route of routes(planId)) {
      // One request first, so that the plan cache is warm and a failure is seen before the load.
      const first = performance.now();
      const res = await fetch(server.base + route.path, { headers: { cookie } });
      const body = await res.arrayBuffer();
      const firstMs = performance.now() - first;
      if (res.status !== 200) throw new Error(`${route.path}: ${res.status} ${Buffer.from(body).toString()}`);
      const { result: r, times } = await load(server.base + route.path, cookie);
      times.sort((a, b) => a - b);
      results.push({
        name: route.name,
        path: route.path.replace(planId, '{plan}'),
        firstRequestMs: Math.round(firstMs),
        bytes: body.byteLength,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        requestsPerSecond: r.requests.average,
        requests: r.requests.total,
        failed: r.non2xx + r.errors + r.timeouts,
      });
      console.error(
        `[${label}] ${route.name}: ${Math.round(r.requests.average)} req/s, p99 ${percentile(times, 99)} ms`,
      );
    }
    exports = await measureExports(server.base, planId, cookie);
    if (withWeb) {
      web = await pageTiming(server.base, `/w/${workspaceId}/p/${planId}`, email, password);
    }
  } finally {
    await server.stop();
  }
  const floor = results[0];
  for (const row of results) row.ratioToFloor = floor.requestsPerSecond / row.requestsPerSecond;
  return {
    database: label,
    setup,
    coldStartMs: Math.round(server.coldStartMs),
    engine,
    engineInProcess: engineInProcessResult,
    api: results,
    exports,
    pageTiming: web,
  };
}

function markdown(report) {
  const lines = [];
  for (const db of report.databases) {
    lines.push(`### API on ${db.database} (${connections} connections × ${duration} s)`, '');
    lines.push('| route | p50 ms | p95 ms | p99 ms | req/s | × floor | failed | first request | body |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of db.api) {
      lines.push(
        `| ${row.name} | ${row.p50} | ${row.p95} | ${row.p99} | ${Math.round(row.requestsPerSecond)} | ` +
          `${row.ratioToFloor.toFixed(1)} | ${row.failed} | ${row.firstRequestMs} ms | ${(row.bytes / 1024).toFixed(1)} KiB |`,
      );
    }
    lines.push('');
    lines.push(
      `Setup: large plan generated in ${seconds(db.setup.generateLargeMs)} s; ` +
        `cold start (\`jalon serve\` to its first 200) ${db.coldStartMs} ms.`,
      '',
    );
  }
  for (const db of report.databases) {
    const inProcess = db.engineInProcess;
    lines.push(`### Engine on the large plan, ${db.database}, in process`, '');
    lines.push(`Reading the plan as the server does: ${inProcess.readPlanMs} ms.`, '');
    lines.push('| computation | first | median of 5 |', '|---|---:|---:|');
    for (const e of inProcess.computations) lines.push(`| ${e.name} | ${e.firstMs} ms | ${e.medianMs} ms |`);
    lines.push('');
    lines.push(`### Engine on the large plan, ${db.database}, through the API`, '');
    lines.push('| computation | first (reads the plan) | median of 5 (plan read) |', '|---|---:|---:|');
    for (const e of db.engine) lines.push(`| ${e.name} | ${e.firstMs} ms | ${e.medianMs} ms |`);
    lines.push('');
  }
  for (const db of report.databases) {
    if (!db.exports) continue;
    lines.push(`### Exports of the large plan on ${db.database} (API, plan already read)`, '');
    lines.push('| format | first | median of 3 | size |', '|---|---:|---:|---:|');
    for (const e of db.exports) {
      lines.push(`| ${e.format} | ${e.firstMs} ms | ${e.medianMs} ms | ${(e.bytes / 1024).toFixed(0)} KiB |`);
    }
    lines.push('');
  }
  if (report.import) {
    const im = report.import;
    lines.push(
      `### Import of a ${im.rows.toLocaleString('en')}-row CSV (${(im.fileBytes / 1e6).toFixed(1)} MB, 4 KPI columns)`,
      '',
    );
    lines.push('| what | time | rows/s | peak RSS | × bare parse |', '|---|---:|---:|---:|---:|');
    lines.push(
      `| bare parse (csv-parse) | ${seconds(im.parse.ms)} s | ${im.parse.rowsPerSecond} | ${im.parse.peakRssMB} MB | 1.0 |`,
    );
    for (const i of im.imports) {
      lines.push(
        `| import, ${i.database} | ${seconds(i.ms)} s | ${i.rowsPerSecond} | ${i.peakRssMB} MB | ${i.ratioToParse.toFixed(1)} |`,
      );
    }
    lines.push('');
  }
  lines.push('### Web', '');
  if (Array.isArray(report.bundle)) {
    lines.push('| page | JS files | gzip | then fetched |', '|---|---:|---:|---:|');
    for (const b of report.bundle) lines.push(`| ${b.page} | ${b.files} | ${b.gzip} | ${b.thenFetched} |`);
  } else lines.push(`Bundle size not measured: ${report.bundle.error}`);
  lines.push('');
  const timing = report.databases[0]?.pageTiming;
  if (Array.isArray(timing)) {
    lines.push(`Time to a rendered page, headless Chromium, on ${report.databases[0].database}:`, '');
    lines.push('| page | first load | warm (median of 5) |', '|---|---:|---:|');
    for (const t of timing) lines.push(`| ${t.page} | ${t.first} | ${t.warm} |`);
  } else lines.push(`Page timing not measured: ${timing?.error ?? 'skipped (--no-web)'}`);
  lines.push('');
  return lines.join('\n');
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-bench-'));
  const targets = databaseTargets(dataDir, args['sqlite-only']);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    connections,
    durationSeconds: duration,
    databases: [],
  };
  try {
    report.bundle = await bundleSize();
    if (!args['no-import']) report.import = await measureImport(dataDir, targets);
    // Page timing once, on the first database: the browser's side does not depend on it.
    for (const [i, target] of targets.entries()) {
      report.databases.push(await benchDatabase(target.label, target.env, i === 0 && !args['no-web']));
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const outDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdown(report));
  console.log(`\nJSON: ${path.relative(root, file)}`);
}

await main();

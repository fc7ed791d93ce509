// `npm run bench:load`: a long mixed load on one server, to find errors and memory growth that
// short benchmarks miss.
//
// On SQLite in a temporary folder, and on the PostgreSQL server named by DATABASE_URL as well when
// it is set (each run adds a user, a workspace and a plan to that database; they are not removed):
// a generated plan (`--size small`, or `large` for the performance reference plan) served by
// `bin/jalon serve`, then `--clients` simulated users for `--minutes`, each in a loop without
// pauses: mostly reads of the screens (plan, plan health, KPI dashboard, action list, budget
// summary, a KPI chart), and writes, each followed by the reads of the screen it changes (create,
// update and delete an action with its version; a week of a KPI's values; a budget line moved to
// another tactic; a write with a stale version, which must get 409). Every client writes to its
// own action and budget line, so a 409 anywhere else is an error; actions are deleted as they are
// created and measurements are rewritten on a fixed set of days, so the plan's size stays bounded.
//
// The server's resident memory (VmRSS) is sampled every few seconds. Fails (exit code 1) on any
// error — a 5xx, a status the step does not expect, a network error or a timeout — or when the
// memory grows: RSS at the end (median over the last fifth of the run) above RSS after warm-up
// (median over the second fifth, the first being the warm-up) by more than the tolerance; memory
// is judged on runs of 5 minutes or more, a shorter one still warming up.
// Prints Markdown tables and writes bench/results/load-<date>.json.
//
//   npm run bench:load [-- --minutes 10 --clients 50 --size small --sample-seconds 5 --rss-tolerance 10 --sqlite-only]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchPlan, databaseTargets, root, signIn, startServer } from './lib.mjs';
import { clientLoop, Recorder } from './load-client.mjs';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '50' },
    size: { type: 'string', default: 'small' },
    'sample-seconds': { type: 'string', default: '5' },
    'rss-tolerance': { type: 'string', default: '10' },
    'sqlite-only': { type: 'boolean', default: false },
  },
});
const minutes = Number(args.minutes);
const clients = Number(args.clients);
const sampleSeconds = Number(args['sample-seconds']);
const rssTolerancePercent = Number(args['rss-tolerance']);
if (!(minutes > 0) || !(clients >= 1) || !(sampleSeconds > 0) || !(rssTolerancePercent >= 0)) {
  throw new Error('--minutes, --clients, --sample-seconds and --rss-tolerance must be positive numbers');
}
if (args.size !== 'small' && args.size !== 'large') throw new Error('--size must be small or large');

/** Resident memory of a process in MB, from /proc (Linux); null once the process has ended. */
function rssMB(pid) {
  let status;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kB = Number(/^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1]);
  return Math.round((kB / 1024) * 10) / 10;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;

/** Least-squares slope of RSS over time, in MB per minute. */
function slopePerMinute(samples) {
  if (samples.length < 2) return null;
  const n = samples.length;
  const mt = samples.reduce((s, p) => s + p.seconds, 0) / n;
  const mr = samples.reduce((s, p) => s + p.rssMB, 0) / n;
  const cov = samples.reduce((s, p) => s + (p.seconds - mt) * (p.rssMB - mr), 0);
  const varT = samples.reduce((s, p) => s + (p.seconds - mt) ** 2, 0);
  return varT === 0 ? null : Math.round((cov / varT) * 60 * 10) / 10;
}

const minutesToJudgeMemory = 5;

const rssIn = (samples, from, to) => samples.filter((s) => s.seconds >= from && s.seconds < to).map((s) => s.rssMB);

/**
 * The memory verdict from the samples taken during the load (`seconds` from its start). RSS
 * saws up and down with garbage collection, so each end is the median of a fifth of the run:
 * the fifth after warm-up (the first fifth) against the last fifth.
 */
function memoryVerdict(startMB, samples, durationSeconds) {
  const fifth = durationSeconds / 5;
  const warm = rssIn(samples, fifth, 2 * fifth);
  const last = rssIn(samples, 4 * fifth, Infinity);
  // The first minutes still grow the heap to its working size: a short run only checks errors.
  if (durationSeconds < minutesToJudgeMemory * 60) {
    return { startMB, flat: null, reason: `the run is shorter than ${minutesToJudgeMemory} minutes` };
  }
  if (warm.length < 3 || last.length < 3) return { startMB, flat: null, reason: 'too few RSS samples' };
  const afterWarmUp = median(warm);
  const end = median(last);
  const growthPercent = Math.round(((end - afterWarmUp) / afterWarmUp) * 1000) / 10;
  return {
    startMB,
    warmUpSeconds: fifth,
    afterWarmUpMB: afterWarmUp,
    endMB: end,
    peakMB: Math.max(...samples.map((s) => s.rssMB)),
    growthPercent,
    slopeSecondHalfMBPerMinute: slopePerMinute(samples.filter((s) => s.seconds >= durationSeconds / 2)),
    medianByMinuteMB: Array.from({ length: Math.ceil(durationSeconds / 60) }, (_, m) =>
      median(rssIn(samples, m * 60, (m + 1) * 60)),
    ),
    tolerancePercent: rssTolerancePercent,
    flat: growthPercent <= rssTolerancePercent,
  };
}

/**
 * Samples the RSS of `pid` every `--sample-seconds` (`seconds` counted from `started`) until
 * `stop()`; `report` is called with a sample about once a minute.
 */
function sampleRss(pid, started, report) {
  const taken = [];
  const everyMinute = Math.max(1, Math.round(60 / sampleSeconds));
  const timer = setInterval(() => {
    const rss = rssMB(pid);
    if (rss === null) return;
    taken.push({ seconds: Math.round((performance.now() - started) / 100) / 10, rssMB: rss });
    if (taken.length % everyMinute === 0) report(taken.at(-1));
  }, sampleSeconds * 1000);
  return { taken, stop: () => clearInterval(timer) };
}

/** What the clients need to know of the plan: its start, tactics and KPIs. */
async function planShape(base, cookie, planId) {
  const get = async (route) => {
    const res = await fetch(`${base}/api/v1/plans/${planId}${route}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`GET ${route}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const plan = await get('');
  const tactics = (await get('/tactics?limit=1000')).items.map((t) => ({ id: t.id, strategyId: t.strategyId }));
  const kpiIds = (await get('/kpis?limit=1000')).items.map((k) => k.id);
  if (tactics.length < 2 || kpiIds.length === 0) throw new Error('The plan needs two tactics and a KPI');
  return { planId, startDate: plan.startDate, tactics, kpiIds };
}

async function loadDatabase(label, env) {
  const setup = await createBenchPlan(env, args.size);
  console.error(`[${label}] ${args.size} plan generated in ${Math.round(setup.generateMs)} ms`);
  const server = await startServer(env);
  try {
    const cookie = await signIn(server.base, setup.email, setup.password);
    const shape = await planShape(server.base, cookie, setup.planId);
    const startMB = rssMB(server.pid);
    const recorder = new Recorder();
    const started = performance.now();
    const deadline = started + minutes * 60_000;
    const samples = sampleRss(server.pid, started, (last) =>
      console.error(`[${label}] ${Math.round(last.seconds)} s: RSS ${last.rssMB} MB, ${recorder.total()} requests`),
    );
    console.error(`[${label}] ${clients} clients for ${minutes} min, RSS at start ${startMB} MB`);
    try {
      // A server that died ends the run: its requests would only fail, as fast as they can.
      const running = () => performance.now() < deadline && !server.exited();
      const context = { base: server.base, cookie, shape, running, recorder };
      await Promise.all(Array.from({ length: clients }, (_, client) => clientLoop(context, client)));
    } finally {
      samples.stop();
    }
    const elapsedSeconds = (performance.now() - started) / 1000;
    return {
      database: label,
      planSize: args.size,
      generateMs: Math.round(setup.generateMs),
      coldStartMs: Math.round(server.coldStartMs),
      elapsedSeconds: Math.round(elapsedSeconds),
      ...recorder.summary(elapsedSeconds),
      serverExited: server.exited(),
      memory: memoryVerdict(startMB, samples.taken, minutes * 60),
      rssSamples: samples.taken,
      serverStderr: server.stderr().slice(-4000),
    };
  } finally {
    await server.stop();
  }
}

function memoryLine(m) {
  if (m.reason) return `Server RSS: ${m.startMB} MB at start; memory not judged: ${m.reason}.`;
  return (
    `Server RSS (medians): ${m.startMB} MB at start, ${m.afterWarmUpMB} MB after warm-up (${m.warmUpSeconds} s), ` +
    `${m.endMB} MB over the last fifth (peak ${m.peakMB} MB); growth ${m.growthPercent} % ` +
    `(tolerance ${m.tolerancePercent} %), slope over the second half ${m.slopeSecondHalfMBPerMinute} MB/min: ` +
    `**${m.flat ? 'flat' : 'GROWING'}**. By minute: ${m.medianByMinuteMB.join(', ')} MB.`
  );
}

function markdown(report) {
  const lines = [];
  for (const db of report.databases) {
    lines.push(
      `### Mixed load on ${db.database}, ${db.planSize} plan (${report.clients} clients × ${report.minutes} min)`,
      '',
      '| kind | requests | errors | p50 ms | p95 ms | p99 ms | max ms |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const k of db.kinds) {
      lines.push(`| ${k.kind} | ${k.requests} | ${k.errors} | ${k.p50} | ${k.p95} | ${k.p99} | ${k.max} |`);
    }
    lines.push(
      `| **all** | **${db.requests}** | **${db.errors}** | | | | |`,
      '',
      `${db.requests} requests in ${db.elapsedSeconds} s (${db.requestsPerSecond} req/s), ${db.errors} errors` +
        (db.errorSamples.length > 0 ? `; first: ${db.errorSamples[0]}` : '') +
        (db.serverExited ? '; **the server process exited during the load**' : '') +
        '.',
      '',
      memoryLine(db.memory),
      '',
    );
  }
  return lines.join('\n');
}

function failuresOf(db) {
  const out = [];
  if (db.errors > 0) out.push(`${db.errors} errors`);
  if (db.serverExited) out.push('the server exited');
  if (db.memory.flat === false) out.push(`memory grew by ${db.memory.growthPercent} %`);
  return out;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-load-'));
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    clients,
    minutes,
    sampleSeconds,
    databases: [],
  };
  try {
    for (const target of databaseTargets(dataDir, args['sqlite-only'])) {
      report.databases.push(await loadDatabase(target.label, target.env));
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const outDir = path.join(root, 'bench', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `load-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(markdown(report));
  console.log(`\nJSON: ${path.relative(root, file)}`);
  const failures = report.databases.flatMap((db) => failuresOf(db).map((why) => `${db.database}: ${why}`));
  if (failures.length > 0) {
    console.error(`Failed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

await main();

/**
 * Import part of `npm run bench`, one phase per process so that each has its own peak RSS:
 *
 *   --phase write  --file F [--rows 1000000]  writes a CSV of measurements (a date and four KPI
 *                                              columns in the usual shapes: grouped thousands, %)
 *   --phase parse  --file F                   bare parse: csv-parse with the import's options, rows counted
 *   --phase import --file F [--db URL]        `jalon kpi import`'s code into a fresh workspace and plan
 *
 * Each phase prints one JSON line: {"rows","ms","cpuMs","maxRssBytes", …}; on a shared machine
 * the process's CPU time (`cpuMs`, all threads) varies less than the elapsed time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { daysFromCivil, formatDay } from '../src/core/shared/days.js';
import { parsePlanDocument } from '../src/io/plan-document-text.js';
import { openDatabase } from '../src/server/db/dialect.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { insertUser } from '../src/server/modules/auth/users.repository.js';
import { importPlanDocument } from '../src/server/modules/documents/document.import.js';
import { runImport } from '../src/server/modules/imports/import.service.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';

const { values: args } = parseArgs({
  options: {
    phase: { type: 'string' },
    file: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    db: { type: 'string' },
  },
});
const file = args.file;
if (!file) throw new Error('--file is required');

const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};

async function write(rows: number): Promise<void> {
  const out = fs.createWriteStream(file as string);
  out.write('Date,Visits,Leads,Revenue,Conversion rate\n');
  // One row per day: a million days reach past the year 4500, which dates accept (1000–9999).
  const first = daysFromCivil(1800, 1, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const visits = 1000 + ((i * 7919) % 50_000);
    const leads = (i * 31) % 1200;
    const revenue = ((i * 104_729) % 10_000_000) / 100;
    const rate = ((i * 13) % 1000) / 100;
    const grouped = `"${Math.floor(visits / 1000)},${String(visits % 1000).padStart(3, '0')}"`;
    chunk += `${formatDay(first + i)},${grouped},${leads},${revenue.toFixed(2)},${rate}%\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
}

/** The same parser with the same options as src/io/kpi-import/records.ts, and nothing else. */
async function bareParse(): Promise<number> {
  const parser = fs
    .createReadStream(file as string)
    .pipe(parse({ delimiter: ',', relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  let records = 0;
  for await (const record of parser) if (record) records++;
  return records - 1; // the header
}

const planYaml = `schema: jalon/plan@1
plan:
  key: bench-import
  name: Bench import
  startDate: 2027-01-01
  endDate: 2027-12-31
kpis:
  - { key: visits, name: Visits, unit: sessions }
  - { key: leads, name: Leads, unit: leads }
  - { key: revenue, name: Revenue, unit: EUR }
  - { key: conversion, name: Conversion rate, unit: '%' }
`;

async function importFile(
  url: string,
): Promise<{ rows: number; measurements: number; errors: number; ms: number; cpuMs: number }> {
  const database = openDatabase({ url });
  try {
    await migrateToLatest(database);
    const now = new Date();
    const user = await insertUser(database.db, {
      email: `bench-import-${Date.now()}@example.com`,
      name: 'Bench import',
      passwordHash: 'not-a-login',
      isAdmin: false,
      now: now.toISOString(),
    });
    const workspace = await createWorkspace(database.db, null, { name: 'Bench import', ownerId: user.id }, now);
    const parsed = parsePlanDocument(planYaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const plan = await importPlanDocument(database.db, database.dialect, null, workspace.id, parsed.document, now);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await runImport({
      database,
      planId: plan.id,
      workspaceId: workspace.id,
      path: file as string,
      mapping: {
        dateColumn: 'Date',
        columns: [
          { column: 'Visits', kpiKey: 'visits' },
          { column: 'Leads', kpiKey: 'leads' },
          { column: 'Revenue', kpiKey: 'revenue' },
          { column: 'Conversion rate', kpiKey: 'conversion' },
        ],
        source: 'bench',
      },
      skipInvalid: false,
      dryRun: false,
      principal: null,
      now: new Date(),
      fileName: path.basename(file as string),
    });
    const ms = performance.now() - t0;
    const cpuMs = cpuMsSince(cpu0);
    return { rows: report.rowsRead, measurements: report.measurements, errors: report.errorCount, ms, cpuMs };
  } finally {
    await database.close();
  }
}

const started = performance.now();
const startedCpu = process.cpuUsage();
if (args.phase === 'write') {
  await write(Number(args.rows));
  console.log(
    JSON.stringify({ rows: Number(args.rows), ms: performance.now() - started, bytes: fs.statSync(file).size }),
  );
} else if (args.phase === 'parse') {
  const rows = await bareParse();
  const ms = performance.now() - started;
  console.log(JSON.stringify({ rows, ms, cpuMs: cpuMsSince(startedCpu), maxRssBytes: maxRssBytes() }));
} else if (args.phase === 'import') {
  if (!args.db) throw new Error('--db is required');
  const result = await importFile(args.db);
  // The time of the import itself, the database's setup left out.
  console.log(JSON.stringify({ ...result, maxRssBytes: maxRssBytes() }));
} else {
  throw new Error('--phase write|parse|import');
}

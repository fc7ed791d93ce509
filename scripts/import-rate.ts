/**
 * Import rate of KPI measurements: writes a CSV of N rows (default 1,000,000: a date and four KPI
 * columns in the usual shapes — integers, grouped thousands, money with decimals, percentages) to
 * a temporary folder, imports it into a fresh SQLite database (or the PostgreSQL server named by
 * --db) through the same code as `jalon kpi import`, and prints rows/s, measurements/s and the
 * peak resident memory. The target (DESIGN.md §7) is ≥ 200,000 rows/s in bounded memory.
 *
 *   npx tsx scripts/import-rate.ts [--rows 1000000] [--db postgres://…] [--batch 20000] [--keep]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
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
    rows: { type: 'string', default: '1000000' },
    db: { type: 'string' },
    batch: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(args.rows);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-import-rate-'));
const csv = path.join(dir, 'measurements.csv');

async function writeCsv(): Promise<void> {
  const out = fs.createWriteStream(csv);
  out.write('Date,Visits,Leads,Revenue,Conversion rate\n');
  // One row per day: a million days reach past the year 4500, which dates accept (1000–9999).
  const first = daysFromCivil(1800, 1, 1);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const visits = 1000 + ((i * 7919) % 50_000);
    const leads = (i * 31) % 1200;
    const revenue = ((i * 104_729) % 10_000_000) / 100;
    const rate = ((i * 13) % 1000) / 100;
    const grouped =
      visits >= 1000 ? `"${Math.floor(visits / 1000)},${String(visits % 1000).padStart(3, '0')}"` : String(visits);
    chunk += `${formatDay(first + i)},${grouped},${leads},${revenue.toFixed(2)},${rate}%\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
}

const planYaml = `schema: jalon/plan@1
plan:
  key: import-rate
  name: Import rate
  startDate: 2027-01-01
  endDate: 2027-12-31
kpis:
  - { key: visits, name: Visits, unit: sessions }
  - { key: leads, name: Leads, unit: leads }
  - { key: revenue, name: Revenue, unit: EUR }
  - { key: conversion, name: Conversion rate, unit: '%' }
`;

async function main(): Promise<void> {
  let t0 = performance.now();
  await writeCsv();
  const size = fs.statSync(csv).size;
  console.log(
    `Wrote ${rows.toLocaleString('en')} rows (${(size / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const url = args.db ?? path.join(dir, 'jalon.sqlite');
  const database = openDatabase({ url });
  try {
    await migrateToLatest(database);
    const now = new Date();
    const user = await insertUser(database.db, {
      email: `rate-${Date.now()}@example.com`,
      name: 'Rate',
      passwordHash: 'not-a-login',
      isAdmin: false,
      now: now.toISOString(),
    });
    const workspace = await createWorkspace(database.db, null, { name: 'Import rate', ownerId: user.id }, now);
    const parsed = parsePlanDocument(planYaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const plan = await importPlanDocument(database.db, database.dialect, null, workspace.id, parsed.document, now);

    const mapping = {
      dateColumn: 'Date',
      columns: [
        { column: 'Visits', kpiKey: 'visits' },
        { column: 'Leads', kpiKey: 'leads' },
        { column: 'Revenue', kpiKey: 'revenue' },
        { column: 'Conversion rate', kpiKey: 'conversion' },
      ],
      source: 'import-rate',
    };
    const run = async (label: string) => {
      t0 = performance.now();
      const report = await runImport({
        database,
        planId: plan.id,
        workspaceId: workspace.id,
        path: csv,
        mapping,
        skipInvalid: false,
        dryRun: false,
        principal: null,
        now: new Date(),
        fileName: 'measurements.csv',
        ...(args.batch ? { batchSize: Number(args.batch) } : {}),
      });
      const seconds = (performance.now() - t0) / 1000;
      const rss = process.resourceUsage().maxRSS / 1024;
      console.log(
        `${label} (${database.dialect}): ${report.rowsRead.toLocaleString('en')} rows, ${report.measurements.toLocaleString('en')} measurements ` +
          `(inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}) in ${seconds.toFixed(1)} s — ` +
          `${Math.round(report.rowsRead / seconds).toLocaleString('en')} rows/s, ` +
          `${Math.round(report.measurements / seconds).toLocaleString('en')} measurements/s; peak RSS so far ${rss.toFixed(0)} MB`,
      );
      if (report.errorCount > 0) console.log(report.errors.slice(0, 5));
    };
    await run('First import');
    await run('Same file again');
  } finally {
    await database.close();
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`Kept ${dir}`);
  }
}

await main();

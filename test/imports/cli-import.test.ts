import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type SeededWorkspace, type TestApp } from '../support/app.js';

/** `jalon kpi import` end to end: the real command on the test database. */

const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'jalon');
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'real-exports');
const datesFr = path.join(fixtures, 'gsc-performance-dates-fr.csv');

let t: TestApp;
let ws: SeededWorkspace;
let dir = '';
let mappingFile = '';

function jalon(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '--db', t.database.config.url, ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function count(source: string): Promise<number> {
  const row = await t.database.handle.db
    .selectFrom('measurements' as never)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source' as never, '=', source as never)
    .executeTakeFirstOrThrow();
  return Number((row as { n: number }).n);
}

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t);
  await importExamplePlan(t, ws); // key bio-croissance-2027, French
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-cli-import-'));
  mappingFile = path.join(dir, 'gsc.json');
  fs.writeFileSync(
    mappingFile,
    JSON.stringify({
      dateColumn: 'Date',
      columns: [
        { column: 'Clics', kpiKey: 'trafic-organique' },
        { column: 'Position', kpiKey: 'cout-par-lead' },
      ],
      source: 'cli-gsc',
    }),
  );
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe('jalon kpi import', () => {
  it('imports with a mapping file (exit 0), and a second time changes nothing', async () => {
    const first = await jalon('kpi', 'import', datesFr, '--plan', 'bio-croissance-2027', '--mapping', mappingFile);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('184 mesure(s) importée(s) : 184 nouvelle(s), 0 modifiée(s), 0 inchangée(s).');
    expect(first.stdout).toContain('du 2024-11-06 au 2025-02-05');
    expect(first.stderr).toBe(''); // no progress bar when stderr is not a terminal
    expect(await count('cli-gsc')).toBe(184);

    const again = await jalon(
      '--json',
      'kpi',
      'import',
      datesFr,
      '--plan',
      'bio-croissance-2027',
      '--mapping',
      mappingFile,
    );
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 184 });
  });

  it('a file with a bad row: exit 1, the row named, nothing written; --skip-invalid writes the rest', async () => {
    const bad = path.join(dir, 'Dates.csv');
    fs.writeFileSync(bad, fs.readFileSync(datesFr, 'utf8').replace('2025-01-15,', '2025-01-15,n/d-'));
    const line =
      fs
        .readFileSync(bad, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('2025-01-15,')) + 1;
    const mapping = path.join(dir, 'bad.json');
    fs.writeFileSync(
      mapping,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(mappingFile, 'utf8')), source: 'cli-bad' }),
    );
    const refused = await jalon(
      'kpi',
      'import',
      bad,
      '--plan',
      'bio-croissance-2027',
      '--mapping',
      mapping,
      '--lang',
      'en',
    );
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('1 invalid row(s): nothing was imported.');
    expect(refused.stdout).toMatch(new RegExp(`line ${line}, Clics: "n/d-\\d+" is not a number`));
    expect(await count('cli-bad')).toBe(0);

    const skipped = await jalon(
      'kpi',
      'import',
      bad,
      '--plan',
      'bio-croissance-2027',
      '--mapping',
      mapping,
      '--skip-invalid',
    );
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('1 ligne(s) invalide(s) ignorée(s).');
    expect(await count('cli-bad')).toBe(182);
  });

  it('without --mapping, shows the preview and how to write a mapping (exit 2)', async () => {
    const answer = await jalon('kpi', 'import', datesFr, '--plan', 'bio-croissance-2027', '--lang', 'en');
    expect(answer.status).toBe(2);
    expect(answer.stderr).toContain('Format: Google Search Console');
    expect(answer.stderr).toMatch(/Clics\s+number\s+6443 \| 7479 \| 6973/);
    expect(answer.stderr).toContain('Write a mapping (JSON) and run again with --mapping <file.json>');
    expect(answer.stderr).toContain('"dateColumn": "Date"');
    expect(answer.stderr).toContain('KPIs of this plan: trafic-organique');
  });

  it('uses a mapping saved in the plan, by name', async () => {
    const plan = (await t.request('GET', `/workspaces/${ws.workspaceId}/plans`, { as: ws.actors.viewer })).body
      .items[0];
    const saved = await t.request('POST', `/plans/${plan.id}/import-mappings`, {
      as: ws.actors.editor,
      body: {
        name: 'ga4-events',
        mapping: {
          fixedDate: '2026-01-12',
          filters: [{ column: 'Event name', equals: 'form_submit' }],
          columns: [{ column: 'Event count', kpiKey: 'trafic-organique' }],
          source: 'cli-saved',
        },
      },
    });
    expect(saved.status).toBe(201);
    const answer = await jalon(
      'kpi',
      'import',
      path.join(fixtures, 'ga4-report-events-event-name.csv'),
      '--plan',
      plan.id,
      '--mapping',
      'ga4-events',
    );
    expect(answer.status, answer.stderr).toBe(0);
    expect(await count('cli-saved')).toBe(1);
  });

  it('usage errors exit 2 and write nothing', async () => {
    const cases: [string[], string][] = [
      [
        ['kpi', 'import', path.join(dir, 'missing.csv'), '--plan', 'bio-croissance-2027', '--mapping', mappingFile],
        'No such file',
      ],
      [['kpi', 'import', datesFr, '--plan', 'no-such-plan', '--mapping', mappingFile], 'No plan with id or key'],
      [['kpi', 'import', datesFr, '--plan', 'bio-croissance-2027', '--mapping', 'no-such-mapping'], 'no such file'],
      [['kpi', 'import', datesFr, '--mapping', mappingFile], "required option '--plan <plan>'"],
    ];
    const unknownKpi = path.join(dir, 'unknown.json');
    fs.writeFileSync(
      unknownKpi,
      JSON.stringify({ dateColumn: 'Date', columns: [{ column: 'Clics', kpiKey: 'nope' }], source: 'cli-x' }),
    );
    // Each run starts a process: run them side by side.
    const [answer, ...answers] = await Promise.all([
      jalon('kpi', 'import', datesFr, '--plan', 'bio-croissance-2027', '--mapping', unknownKpi),
      ...cases.map(([args]) => jalon(...args)),
    ]);
    cases.forEach(([args, message], i) => {
      expect(answers[i]!.status, args.join(' ')).toBe(2);
      expect(answers[i]!.stderr).toContain(message);
    });
    expect(answer!.status).toBe(2);
    expect(answer!.stderr).toContain('mapping.columns.0.kpiKey: No KPI with key "nope" in this plan');
    expect(await count('cli-x')).toBe(0);
  });
});

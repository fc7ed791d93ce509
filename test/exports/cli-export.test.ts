import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, importExamplePlan, seedWorkspace, type TestApp } from '../support/app.js';

/** `jalon plan export PLAN --format … [-o FILE] [--lang fr|en]`, run as a real process on the test database. */

const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'jalon');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-export-'));
let t: TestApp;
let planId = '';

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--db', t.database.config.url, 'plan', 'export', ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

beforeAll(async () => {
  t = await createTestApp();
  planId = await importExamplePlan(t, await seedWorkspace(t));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.close();
});

describe('jalon plan export', () => {
  it('writes Markdown to standard output, in the language asked for', () => {
    const fr = cli([planId, '--format', 'md', '--today', '2027-03-01']);
    expect(fr.status, fr.stderr).toBe(0);
    expect(fr.stdout.toString('utf8')).toContain('## 7. Budget');
    const en = cli([planId, '--format', 'md', '--lang', 'en', '--today', '2027-03-01']);
    expect(en.stdout.toString('utf8')).toContain('## 8. KPIs and tracking');
  });

  it('writes an XLSX file with -o, which opens with its sheets', async () => {
    const file = path.join(dir, 'plan.xlsx');
    const result = cli([planId, '--format', 'xlsx', '-o', file, '--lang', 'en']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.toString('utf8')).toMatch(/^Wrote .*plan\.xlsx \(xlsx, \d+ bytes\)\n$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Budget',
      'KPIs',
      'Measurements',
      'Corrective actions',
    ]);
  });

  it('writes a binary file to standard output when it is not a terminal (a pipe, a redirection)', () => {
    const result = cli([planId, '--format', 'xlsx']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes the calendar with stable UIDs', () => {
    const result = cli([planId, '--format', 'ics']);
    expect(result.status, result.stderr).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout.toString('utf8')));
    const uids = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event).uid);
    expect(uids).toContain(`action-audit-mots-cles.${planId}@jalon`);
  });

  it('refuses to write a binary file to a terminal without -o (exit 1)', () => {
    // `script` gives the command a pseudo-terminal as its standard output.
    const command = [process.execPath, bin, '--db', t.database.config.url, 'plan', 'export', planId, '--format', 'xlsx']
      .map((part) => `'${part.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    if (result.error) return; // no `script` on this machine: nothing to run the check with
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('binary');
    expect(result.stdout).not.toContain('PK\u0003\u0004');
  });

  it('exits 2 on a usage error', () => {
    const format = cli([planId, '--format', 'docx']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("argument 'docx' is invalid");
    expect(cli([planId, '--format', 'md', '--today', '2027-02-30']).status).toBe(2);
  });

  it('exits 1 for a plan that does not exist', () => {
    const missing = cli(['no-such-plan', '--format', 'md']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Plan not found');
  });
});

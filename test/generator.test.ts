import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../src/contract/plan-document.js';
import { generatePlanDocument } from '../src/io/plan-generator/index.js';
import type { AnyDb } from '../src/server/modules/collections/collection.repository.js';
import { exportPlanDocument } from '../src/server/modules/documents/document.export.js';
import { importPlanDocument } from '../src/server/modules/documents/document.import.js';
import { createTestApp, seedWorkspace, type SeededWorkspace, type TestApp } from './support/app.js';

const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');

describe('generated plans in the database', () => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp();
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.close());

  function cli(args: string[]) {
    const result = spawnSync(process.execPath, [bin, '--db', t.database.config.url, ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('imports the small plan and exports it back without loss', async () => {
    const { db, dialect } = t.database.handle;
    const generated = generatePlanDocument({ size: 'small', seed: 42 });
    const plan = await importPlanDocument(db, dialect, null, ws.workspaceId, generated, new Date());
    const exported = await exportPlanDocument(db, plan.id);
    // The exporter leaves out nulls and empty lists; parsing puts the defaults back.
    expect(planDocumentSchema.parse(exported)).toEqual(planDocumentSchema.parse(generated));
  });

  it('generates a plan from the command line', { timeout: 60_000 }, async () => {
    const result = cli(['--json', 'plan', 'generate', '--size', 'small', '--workspace', ws.workspaceId]);
    expect(result.status, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { id: string; workspaceId: string; name: string; startDate: string };
    const expected = generatePlanDocument({ size: 'small', seed: 1 });
    expect(plan).toMatchObject({ workspaceId: ws.workspaceId, name: expected.plan.name, startDate: '2025-01-01' });

    const db = t.database.handle.db as unknown as AnyDb;
    const count = async (table: string) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select(db.fn.countAll().as('n'))
            .where('plan_id', '=', plan.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect([await count('actions'), await count('kpis'), await count('measurements')]).toEqual([30, 10, 900]);
  });

  it('answers bad options with a message and a failure exit code', { timeout: 60_000 }, () => {
    const huge = cli(['plan', 'generate', '--size', 'huge', '--workspace', ws.workspaceId]);
    expect(huge.status).toBe(1);
    expect(huge.stderr).toContain('--size must be small or large');
    const missing = cli(['plan', 'generate', '--workspace', ws.workspaceId]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--size');
    const nowhere = cli(['plan', 'generate', '--size', 'small', '--workspace', 'no-such-workspace']);
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toContain('No workspace with id no-such-workspace');
  });
});

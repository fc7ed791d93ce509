import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertMeasurements } from '../../src/server/modules/measurements/measurement.writer.js';
import { createTestApp, importExamplePlan, seedWorkspace, type TestApp } from '../support/app.js';

let t: TestApp;
let planId = '';
let kpiId = '';
const at = (minute: number) => `2027-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t);
  planId = await importExamplePlan(t, ws);
  const db = t.database.handle.db;
  kpiId = (
    (await db
      .selectFrom('kpis' as never)
      .select('id' as never)
      .where('plan_id' as never, '=', planId as never)
      .executeTakeFirstOrThrow()) as { id: string }
  ).id;
});
afterAll(() => t.close());

const stored = async (source: string) =>
  (await t.database.handle.db
    .selectFrom('measurements' as never)
    .select(['date', 'value', 'note', 'version'] as never[])
    .where('kpi_id' as never, '=', kpiId as never)
    .where('source' as never, '=', source as never)
    .orderBy('date' as never)
    .execute()) as { date: string; value: number; note: string | null; version: number }[];

describe('upsertMeasurements', () => {
  const write = (rows: { date: string; value: number; note?: string }[], source: string, minute: number) =>
    t.database.handle.db.transaction().execute((trx) =>
      upsertMeasurements(
        trx,
        t.database.handle.dialect,
        planId,
        rows.map((r) => ({ kpiId, source, ...r })),
        at(minute),
      ),
    );

  it('inserts, then changes nothing when the same rows come again', async () => {
    const rows = [
      { date: '2030-01-01', value: 10 },
      { date: '2030-01-02', value: 12.5 },
    ];
    expect(await write(rows, 'test-a', 1)).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await write(rows, 'test-a', 2)).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
    expect((await stored('test-a')).map((r) => [r.date, r.value, r.version])).toEqual([
      ['2030-01-01', 10, 1],
      ['2030-01-02', 12.5, 1],
    ]);
  });

  it('updates a changed value or note and bumps its version; the last duplicate of a batch wins', async () => {
    await write([{ date: '2030-02-01', value: 1 }], 'test-b', 1);
    const counts = await write(
      [
        { date: '2030-02-01', value: 2 },
        { date: '2030-02-01', value: 3, note: 'corrigé' },
        { date: '2030-02-02', value: 4 },
      ],
      'test-b',
      2,
    );
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
    expect((await stored('test-b')).map((r) => [r.date, r.value, r.note, r.version])).toEqual([
      ['2030-02-01', 3, 'corrigé', 2],
      ['2030-02-02', 4, null, 1],
    ]);
  });

  it('keeps sources apart: the same day from two sources is two measurements', async () => {
    await write([{ date: '2030-03-01', value: 5 }], 'test-c1', 1);
    await write([{ date: '2030-03-01', value: 6 }], 'test-c2', 1);
    expect((await stored('test-c1')).map((r) => r.value)).toEqual([5]);
    expect((await stored('test-c2')).map((r) => r.value)).toEqual([6]);
  });

  it('counts new, changed and unchanged rows written together, and bumps only the changed ones', async () => {
    const dates = Array.from({ length: 600 }, (_, i) =>
      new Date(Date.UTC(2033, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    await write(
      dates.slice(0, 300).map((date) => ({ date, value: 1 })),
      'test-e',
      1,
    );
    // The first 300 days are there (the first 150 unchanged, the next 150 changed), the last 300 new.
    const counts = await write(
      dates.map((date, i) => ({ date, value: i < 150 ? 1 : 2 })),
      'test-e',
      2,
    );
    expect(counts).toEqual({ inserted: 300, updated: 150, unchanged: 150 });
    const rows = await stored('test-e');
    expect(rows).toHaveLength(600);
    expect(new Set(rows.slice(0, 150).map((r) => `${r.value} v${r.version}`))).toEqual(new Set(['1 v1']));
    expect(new Set(rows.slice(150, 300).map((r) => `${r.value} v${r.version}`))).toEqual(new Set(['2 v2']));
    expect(new Set(rows.slice(300).map((r) => `${r.value} v${r.version}`))).toEqual(new Set(['2 v1']));
  });

  it('writes more rows than one statement can carry', async () => {
    const rows = Array.from({ length: 7_000 }, (_, i) => ({
      date: new Date(Date.UTC(2031, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      value: i,
    }));
    expect(await write(rows, 'test-d', 1)).toEqual({ inserted: 7_000, updated: 0, unchanged: 0 });
    expect(await write(rows, 'test-d', 2)).toEqual({ inserted: 0, updated: 0, unchanged: 7_000 });
  });
});

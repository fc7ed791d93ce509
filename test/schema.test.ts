import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCollection, planCollections, planSingletons } from '../src/contract/collections.js';
import { columnName, linkEntries } from '../src/contract/fields.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** The migration and the collection declarations must describe the same model. */
describe('database schema', () => {
  let db: TestDatabase;
  let columns: Map<string, Set<string>>;
  beforeAll(async () => {
    db = await createTestDatabase();
    const tables = await db.handle.db.introspection.getTables();
    columns = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  });
  afterAll(() => db.drop());

  it.each([peopleCollection, ...planCollections, ...planSingletons].map((def) => [def.table, def] as const))(
    '%s has a column for every declared field',
    (_table, def) => {
      const table = columns.get(def.table);
      expect(table, def.table).toBeDefined();
      for (const common of ['id', 'position', 'version', 'created_at', 'updated_at']) expect(table).toContain(common);
      if (def.keyed) expect(table).toContain('key');
      for (const [name, field] of Object.entries(def.fields)) {
        if (field.kind === 'links') continue;
        expect(table, `${def.table}.${columnName(name)}`).toContain(columnName(name));
      }
      for (const [, link] of linkEntries(def.fields)) {
        expect(columns.get(link.table), link.table).toEqual(new Set([link.fromColumn, link.toColumn, 'position']));
      }
    },
  );

  it('keeps measurements unique per KPI, date and source', async () => {
    const index = await db.handle.db.introspection.getTables();
    expect(index.some((t) => t.name === 'measurements')).toBe(true);
    const now = new Date().toISOString();
    const k = db.handle.db as never as import('kysely').Kysely<Record<string, Record<string, unknown>>>;
    await k
      .insertInto('workspaces')
      .values({ id: 'w', name: 'W', version: 1, created_at: now, updated_at: now })
      .execute();
    await k
      .insertInto('plans')
      .values({
        id: 'p',
        workspace_id: 'w',
        key: 'p',
        name: 'P',
        status: 'draft',
        currency: 'EUR',
        locale: 'fr',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await k
      .insertInto('kpis')
      .values({
        id: 'k',
        plan_id: 'p',
        key: 'k',
        name: 'K',
        direction: 'increase',
        aggregation: 'last',
        tolerance_percent: 10,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = {
      plan_id: 'p',
      kpi_id: 'k',
      date: '2027-01-01',
      value: 1,
      source: 'ga4',
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await k
      .insertInto('measurements')
      .values({ id: 'm1', ...row })
      .execute();
    await expect(
      k
        .insertInto('measurements')
        .values({ id: 'm2', ...row })
        .execute(),
    ).rejects.toThrow();
    await k
      .insertInto('measurements')
      .values({ id: 'm3', ...row, source: 'manual' })
      .execute();
  });
});

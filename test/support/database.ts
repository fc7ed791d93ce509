import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from '../../src/server/db/dialect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

/**
 * A fresh, migrated database for one test file: a new SQLite file, or a new PostgreSQL database
 * on the server named by TEST_DATABASE_URL when the suite runs as the `postgres` project.
 */
export interface TestDatabase {
  config: DatabaseConfig;
  handle: DatabaseHandle;
  /** Closes and removes the database. */
  drop(): Promise<void>;
}

export function testDialect(): 'sqlite' | 'postgres' {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect() === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgres project');
    const name = `jalon_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const config = { url: url.toString() };
    const handle = openDatabase(config);
    await migrateToLatest(handle);
    return {
      config,
      handle,
      async drop() {
        await handle.close();
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        // The pool's connections may still be closing: wait for them rather than kill them.
        for (let i = 0; i < 50; i++) {
          const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
            name,
          ]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jalon-test-'));
  const config = { url: path.join(dir, 'jalon.sqlite') };
  const handle = openDatabase(config);
  await migrateToLatest(handle);
  return {
    config,
    handle,
    async drop() {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

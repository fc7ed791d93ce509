import path from 'node:path';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.js';

/**
 * The only file that knows SQLite from PostgreSQL. Everything else is written once against
 * Kysely and the helpers exported here.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, without credentials, for logs and `/health`. */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** `postgres://…` selects PostgreSQL; anything else is a SQLite file path. */
  url: string;
}

// int8 (counts, money) as JS numbers: our amounts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export function resolveDatabaseConfig(opts: { db?: string; env?: NodeJS.ProcessEnv }): DatabaseConfig {
  const env = opts.env ?? process.env;
  if (opts.db) return { url: opts.db };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const dataDir = env.JALON_DATA_DIR ?? './data';
  return { url: path.join(dataDir, 'jalon.sqlite') };
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (isPostgresUrl(config.url)) {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection closed by the server (restart, admin) must not crash the process;
    // the pool replaces it on next use.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const location = config.url.replace(/\/\/[^@/]*@/, '//');
    return { db, dialect: 'postgres', location, close: () => db.destroy() };
  }
  if (config.url !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(config.url)), { recursive: true });
  const sqlite = new SQLite(config.url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', location: config.url, close: () => db.destroy() };
}

// Statements kept compiled, and the SQL text they may hold together (a bound on their memory).
const keptStatements = 32;
const keptSqlLength = 4_000_000;

/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely prepares every query it runs:
 * a batch insert of thousands of rows was compiled anew for each batch. This keeps the last
 * statements compiled, by SQL text (least recently used out first), so a query that comes again
 * with other parameters is only bound and run. A statement still being read by a stream is never
 * shared: that query gets a statement of its own.
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  let length = 0;
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare: (text) => {
      const statement = kept.get(text);
      if (statement) {
        kept.delete(text);
        kept.set(text, statement);
        return statement.busy ? sqlite.prepare(text) : statement;
      }
      const fresh = sqlite.prepare(text);
      if (text.length > keptSqlLength) return fresh;
      kept.set(text, fresh);
      length += text.length;
      for (const old of kept.keys()) {
        if (kept.size <= keptStatements && length <= keptSqlLength) break;
        kept.delete(old);
        length -= old.length;
      }
      return fresh;
    },
  };
}

/**
 * Serialises transactions that must see "no row yet" consistently (the first-admin setup).
 * SQLite already runs one write transaction at a time; PostgreSQL needs a table lock.
 */
export async function lockTable(db: Kysely<Database>, dialect: DialectName, table: keyof Database): Promise<void> {
  if (dialect === 'postgres') await sql`lock table ${sql.table(table)} in share row exclusive mode`.execute(db);
}

/** A unique constraint refused the write (SQLite and PostgreSQL report it differently). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** A foreign key refused the write. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** Largest number of bound parameters one statement may carry, to size batch inserts. */
export function maxParameters(dialect: DialectName): number {
  return dialect === 'sqlite' ? 30_000 : 60_000;
}

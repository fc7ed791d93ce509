import type { Command } from 'commander';
import { openDatabase, resolveDatabaseConfig, type DatabaseHandle } from '../server/db/dialect.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { AppError } from '../server/http/errors.js';

/** A failure the user can fix: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** Opens the database chosen by --db, DATABASE_URL or JALON_DATA_DIR, migrated, for one command. */
export async function withDatabase<T>(command: Command, work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = openDatabase(resolveDatabaseConfig({ db: globalOptions(command).db }));
  try {
    await migrateToLatest(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Prints `data` as JSON with --json, else the human line(s). */
export function output(command: Command, data: unknown, human: string): void {
  process.stdout.write(globalOptions(command).json ? `${JSON.stringify(data, null, 2)}\n` : `${human}\n`);
}

/** Describes an AppError for a terminal: the message, then one line per field. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const lines = error.errors.map((e) => `  - ${e.path}${e.line ? ` (line ${e.line})` : ''}: ${e.message}`);
    return [error.message, ...lines].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

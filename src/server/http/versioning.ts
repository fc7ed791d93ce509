import type { Kysely } from 'kysely';
import { AppError } from './errors.js';

/**
 * Optimistic concurrency: a write based on an old read is refused (409), so nobody silently
 * overwrites someone else's change. The answer names the current version, so that a client can
 * show what changed and retry on it.
 */
export function assertVersion(what: { label: string }, current: { version: number }, sent: number): void {
  if (current.version !== sent) {
    throw new AppError(
      'version_conflict',
      `This ${what.label} was changed by someone else (version ${current.version}, you sent ${sent}). Reload it and apply your change again.`,
      [{ path: 'version', message: `Current version is ${current.version}` }],
      { currentVersion: current.version },
    );
  }
}

/**
 * The row changed between our read and our write (the conditional UPDATE matched nothing).
 * `currentVersion` is the version it has now, when it could be read.
 */
export function concurrentChange(label: string, currentVersion: number | null = null): AppError {
  if (currentVersion === null) {
    return new AppError(
      'version_conflict',
      `This ${label} was changed by someone else while you saved. Reload it and apply your change again.`,
      [{ path: 'version', message: 'Stale version' }],
    );
  }
  return new AppError(
    'version_conflict',
    `This ${label} was changed by someone else while you saved (it is now at version ${currentVersion}). Reload it and apply your change again.`,
    [{ path: 'version', message: `Current version is ${currentVersion}` }],
    { currentVersion },
  );
}

/** The version a row has now (null if it is gone): what a 409 for a lost race names. */
export async function currentVersionOf(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table with a version column
  db: Kysely<any>,
  table: string,
  column: string,
  value: string,
): Promise<number | null> {
  const row = (await db.selectFrom(table).select('version').where(column, '=', value).executeTakeFirst()) as
    { version: number | string } | undefined;
  return row ? Number(row.version) : null;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/errors.js';

/**
 * Failed-login counting per key (email and client address) in fixed windows, kept in the
 * database so that every app process sharing it enforces the same limit.
 */
export async function assertLoginAllowed(
  db: Kysely<Database>,
  key: string,
  now: Date,
  limits: { maxFailures: number; windowMinutes: number },
): Promise<void> {
  const row = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return;
  const windowEnd = new Date(row.window_start).getTime() + limits.windowMinutes * 60_000;
  if (windowEnd > now.getTime() && row.failures >= limits.maxFailures) {
    const retryAfterSeconds = Math.ceil((windowEnd - now.getTime()) / 1000);
    throw new AppError('rate_limited', 'Too many failed sign-in attempts; try again later', [], { retryAfterSeconds });
  }
}

export async function recordLoginFailure(
  db: Kysely<Database>,
  key: string,
  now: Date,
  windowMinutes: number,
): Promise<void> {
  const row = await db.selectFrom('login_attempts').selectAll().where('key', '=', key).executeTakeFirst();
  const windowExpired = !row || new Date(row.window_start).getTime() + windowMinutes * 60_000 <= now.getTime();
  if (windowExpired) {
    await db
      .insertInto('login_attempts')
      .values({ key, window_start: now.toISOString(), failures: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: now.toISOString(), failures: 1 }))
      .execute();
  } else {
    await db
      .updateTable('login_attempts')
      .set((eb) => ({ failures: eb('failures', '+', 1) }))
      .where('key', '=', key)
      .execute();
  }
}

export async function clearLoginFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute();
}

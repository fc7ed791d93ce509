import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { generateSecret, hashSecret } from './auth.crypto.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Creates a session; returns the secret for the cookie (only its hash is stored). */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSecret();
  const expiresAt = new Date(now.getTime() + days * dayMs);
  await db
    .insertInto('sessions')
    .values({
      id: hashSecret(token),
      user_id: userId,
      expires_at: expiresAt.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/**
 * The session's user, or undefined when unknown or expired. A session used in the second half
 * of its life is extended, so active users stay signed in.
 */
export async function validateSession(db: Kysely<Database>, token: string, now: Date, days: number) {
  const id = hashSecret(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.expires_at',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.is_admin',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const expiresAt = new Date(row.expires_at);
  if (expiresAt <= now) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  if (expiresAt.getTime() - now.getTime() < (days * dayMs) / 2) {
    await db
      .updateTable('sessions')
      .set({ expires_at: new Date(now.getTime() + days * dayMs).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  return row;
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../db/schema.js';
import { newId } from '../../ids.js';

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Kysely<Database>,
  input: { email: string; name: string; passwordHash: string; isAdmin: boolean; now: string },
): Promise<UserRow> {
  const row: UserRow = {
    id: newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    password_hash: input.passwordHash,
    is_admin: input.isAdmin ? 1 : 0,
    locale: null,
    version: 1,
    created_at: input.now,
    updated_at: input.now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export function presentUser(row: UserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: (row.locale as 'fr' | 'en' | null) ?? null,
    isAdmin: row.is_admin === 1,
  };
}

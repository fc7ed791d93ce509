import type { Kysely } from 'kysely';
import type { CalendarFeed } from '../../../contract/exports.js';
import type { CalendarFeedRow, Database, PlanRow } from '../../db/schema.js';
import type { Principal } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../ids.js';
import { writeAudit } from '../audit/audit.repository.js';
import { generateSecret, hashSecret } from '../auth/auth.crypto.js';

/**
 * Calendar subscriptions: a secret URL per subscription that calendar applications poll without
 * a session. The secret is shown once; only its SHA-256 is stored (`calendar_feeds.token_hash`),
 * so a copy of the database does not give away readable calendars. Revoking keeps the row (who
 * created what, when) and makes the URL answer 404.
 */

/** Recognisable in logs and secret scanners, like API tokens' `jalon_`. */
export const feedTokenPrefix = 'jcal_';
const feedTokenPattern = /^jcal_[a-z2-7]{32}$/;

export function isFeedToken(text: string): boolean {
  return feedTokenPattern.test(text);
}

async function present(db: Kysely<Database>, rows: CalendarFeedRow[]): Promise<CalendarFeed[]> {
  const userIds = [...new Set(rows.map((row) => row.created_by).filter((id): id is string => Boolean(id)))];
  const users =
    userIds.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
  const names = new Map(users.map((user) => [user.id, user.name]));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    createdBy: row.created_by ? (names.get(row.created_by) ?? null) : null,
    revokedAt: row.revoked_at,
  }));
}

export async function listCalendarFeeds(db: Kysely<Database>, planId: string): Promise<CalendarFeed[]> {
  const rows = await db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return present(db, rows);
}

export async function createCalendarFeed(
  db: Kysely<Database>,
  principal: Principal,
  plan: PlanRow,
  now: Date,
): Promise<CalendarFeed & { token: string }> {
  const token = `${feedTokenPrefix}${generateSecret()}`;
  const row: CalendarFeedRow = {
    id: newId(),
    plan_id: plan.id,
    token_hash: hashSecret(token),
    created_by: principal.kind === 'user' ? principal.userId : null,
    created_at: now.toISOString(),
    revoked_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('calendar_feeds').values(row).execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'create',
        entity: 'calendar_feed',
        entityId: row.id,
        summary: {},
      },
      now,
    );
  });
  const [feed] = await present(db, [row]);
  return { ...(feed as CalendarFeed), token };
}

/** Revokes a subscription; revoking one already revoked changes nothing. */
export async function revokeCalendarFeed(
  db: Kysely<Database>,
  principal: Principal,
  plan: PlanRow,
  feedId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const feed = await trx
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('id', '=', feedId)
      .where('plan_id', '=', plan.id)
      .executeTakeFirst();
    if (!feed) throw notFound('Calendar subscription');
    if (feed.revoked_at) return;
    await trx
      .updateTable('calendar_feeds')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', feed.id)
      .where('revoked_at', 'is', null)
      .execute();
    await writeAudit(
      trx,
      principal,
      {
        workspaceId: plan.workspace_id,
        planId: plan.id,
        action: 'revoke',
        entity: 'calendar_feed',
        entityId: feed.id,
        summary: {},
      },
      now,
    );
  });
}

/** The plan of a live subscription, or null for an unknown or revoked secret. */
export async function planOfFeedToken(db: Kysely<Database>, token: string): Promise<PlanRow | null> {
  if (!isFeedToken(token)) return null;
  const plan = await db
    .selectFrom('calendar_feeds')
    .innerJoin('plans', 'plans.id', 'calendar_feeds.plan_id')
    .selectAll('plans')
    .where('calendar_feeds.token_hash', '=', hashSecret(token))
    .where('calendar_feeds.revoked_at', 'is', null)
    .executeTakeFirst();
  return plan ?? null;
}

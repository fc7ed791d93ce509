import type { Kysely } from 'kysely';
import type { PlanFacts } from '../../../core/plan.js';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../http/errors.js';
import { exportPlanDocument } from './document.export.js';
import { planFactsOf } from './plan-facts.js';

/**
 * The plan as the rules read it, kept in memory between requests. Reading a whole plan costs
 * a full pass over its rows (seconds for the large reference plan, most of it measurements),
 * and one screen asks for several reports at once. A kept copy is used while its workspace's
 * `content_version` — raised by every write, see writeAudit — is the one it was read at, so a
 * write by another process (the CLI, a second server) is seen too.
 *
 * The copies are frozen: the rules only read them, and a rule that tried to change one would
 * fail loudly instead of corrupting the next request's answer.
 *
 * At most one read of a plan runs at a time. While writes keep coming, requests that find the
 * running read already out of date wait for it to end, then share one new read made at the
 * latest version: however many people watch a busy plan, the server holds two copies of it at
 * most and reads it once per burst of writes, rather than once per request (which, on the large
 * plan, meant gigabytes of copies and requests timing out).
 */

interface Read {
  contentVersion: number;
  facts: Promise<PlanFacts>;
  state: 'reading' | 'read' | 'failed';
}

interface Slot {
  latest: Read;
  /** The next read, for the requests that arrived while `latest` was running and already old. */
  next: Promise<Read> | null;
}

/** Plans kept per database; the least recently used goes first. */
const maxPlans = 4;
const slotsByDatabase = new WeakMap<object, Map<string, Slot>>();

async function contentVersionOf(db: Kysely<Database>, planId: string): Promise<number> {
  const row = await db
    .selectFrom('plans')
    .innerJoin('workspaces', 'workspaces.id', 'plans.workspace_id')
    .select('workspaces.content_version as contentVersion')
    .where('plans.id', '=', planId)
    .executeTakeFirst();
  if (!row) throw notFound('Plan');
  return Number(row.contentVersion);
}

/** How a plan is read: the whole document, made into the rules' facts and frozen. */
export type PlanReader = (db: Kysely<Database>, planId: string) => Promise<PlanFacts>;

const readFrozenPlan: PlanReader = async (db, planId) => deepFreeze(planFactsOf(await exportPlanDocument(db, planId)));

function startRead(db: Kysely<Database>, planId: string, contentVersion: number, reader: PlanReader): Read {
  const read: Read = { contentVersion, facts: reader(db, planId), state: 'reading' };
  read.facts.then(
    () => (read.state = 'read'),
    () => (read.state = 'failed'),
  );
  return read;
}

export async function cachedPlanFacts(
  db: Kysely<Database>,
  planId: string,
  reader: PlanReader = readFrozenPlan,
): Promise<PlanFacts> {
  const contentVersion = await contentVersionOf(db, planId);
  let slots = slotsByDatabase.get(db);
  if (!slots) slotsByDatabase.set(db, (slots = new Map()));
  const slot = slots.get(planId) ?? { latest: startRead(db, planId, contentVersion, reader), next: null };
  remember(slots, planId, slot);
  // A failed read is not kept: the next request reads again.
  if (slot.latest.state !== 'failed' && slot.latest.contentVersion >= contentVersion) return slot.latest.facts;
  if (slot.latest.state !== 'reading') {
    slot.latest = startRead(db, planId, contentVersion, reader);
    return slot.latest.facts;
  }
  slot.next ??= slot.latest.facts
    .catch(() => undefined)
    .then(async () => {
      slot.next = null;
      const latestVersion = await contentVersionOf(db, planId);
      if (slot.latest.state === 'failed' || slot.latest.contentVersion < latestVersion) {
        slot.latest = startRead(db, planId, latestVersion, reader);
      }
      return slot.latest;
    });
  return (await slot.next).facts;
}

/** Keeps `slot` as the most recently used plan, dropping the least recently used beyond `maxPlans`. */
function remember(slots: Map<string, Slot>, planId: string, slot: Slot): void {
  slots.delete(planId);
  slots.set(planId, slot);
  for (const oldest of slots.keys()) {
    if (slots.size <= maxPlans) break;
    slots.delete(oldest);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

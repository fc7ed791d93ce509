import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function findAuditEntries(
  db: Kysely<Database>,
  opts: { workspaceId: string; planId?: string; limit: number; offset: number },
) {
  let query = db.selectFrom('audit_log').where('workspace_id', '=', opts.workspaceId);
  if (opts.planId) query = query.where('plan_id', '=', opts.planId);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      summary: JSON.parse(r.summary) as unknown,
      at: r.created_at,
    })),
    total: Number(count.n),
    limit: opts.limit,
    offset: opts.offset,
  };
}

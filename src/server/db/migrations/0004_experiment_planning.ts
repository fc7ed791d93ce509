import type { Kysely } from 'kysely';

/**
 * Experiments as the method plans them: linked to the objective and strategy they serve, sized
 * before they start (expected rate, smallest effect worth detecting, power, sample per arm, the
 * KPI that gives the daily traffic), and closed by a decision saying who decided and when. The
 * third decision is now "iterate" (test again, better), which is what "inconclusive" led to.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema
type Db = Kysely<any>;

const references: [column: string, table: string][] = [
  ['objective_id', 'objectives'],
  ['strategy_id', 'strategies'],
  ['traffic_kpi_id', 'kpis'],
  ['decided_by_id', 'people'],
];

export async function up(db: Db): Promise<void> {
  for (const [column, table] of references) {
    await db.schema
      .alterTable('experiments')
      .addColumn(column, 'text', (c) => c.references(`${table}.id`).onDelete('set null'))
      .execute();
  }
  await db.schema.alterTable('experiments').addColumn('baseline_rate', 'double precision').execute();
  await db.schema.alterTable('experiments').addColumn('minimum_effect', 'double precision').execute();
  await db.schema
    .alterTable('experiments')
    .addColumn('power', 'double precision', (c) => c.notNull().defaultTo(0.8))
    .execute();
  await db.schema.alterTable('experiments').addColumn('planned_sample_size', 'integer').execute();
  await db.schema.alterTable('experiments').addColumn('decided_at', 'text').execute();
  await db.updateTable('experiments').set({ decision: 'iterate' }).where('decision', '=', 'inconclusive').execute();
}

export async function down(db: Db): Promise<void> {
  await db.updateTable('experiments').set({ decision: 'inconclusive' }).where('decision', '=', 'iterate').execute();
  const added = ['baseline_rate', 'minimum_effect', 'power', 'planned_sample_size', 'decided_at'];
  for (const column of [...references.map(([name]) => name), ...added]) {
    await db.schema.alterTable('experiments').dropColumn(column).execute();
  }
}

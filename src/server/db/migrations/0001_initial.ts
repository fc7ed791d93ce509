import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * The whole data model (DESIGN.md §2), written once for SQLite and PostgreSQL. Ids are random
 * text (UUIDs), instants ISO-8601 UTC text, calendar dates `YYYY-MM-DD` text, money integer minor
 * units (bigint), booleans 0/1 integers, string lists JSON text. This file is frozen once
 * released: later changes come as new migrations.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema
type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = CreateTableBuilder<string, any>;

function withTimestamps(t: Table): Table {
  return t
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

async function index(db: Db, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_idx`)
    .on(table)
    .columns(columns)
    .execute();
}

async function uniqueIndex(db: Db, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(`${table}_${columns.join('_')}_key`)
    .on(table)
    .columns(columns)
    .unique()
    .execute();
}

/** A table owned by a plan: id, plan, optional key, position, version and timestamps. */
async function createPlanTable(
  db: Db,
  table: string,
  opts: { keyed: boolean; singleton: boolean },
  columns: (t: Table) => Table,
): Promise<void> {
  let t: Table = db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'));
  if (opts.keyed) t = t.addColumn('key', 'text', (c) => c.notNull());
  t = t.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0));
  await withTimestamps(columns(t)).execute();
  if (opts.singleton) await uniqueIndex(db, table, ['plan_id']);
  else if (opts.keyed) await uniqueIndex(db, table, ['plan_id', 'key']);
  if (!opts.singleton) await index(db, table, ['plan_id', 'position']);
}

/** A many-to-many link between two plan tables; rows go when either side goes. */
async function createLinkTable(
  db: Db,
  table: string,
  fromColumn: string,
  fromTable: string,
  toColumn: string,
  toTable: string,
): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn(fromColumn, 'text', (c) => c.notNull().references(`${fromTable}.id`).onDelete('cascade'))
    .addColumn(toColumn, 'text', (c) => c.notNull().references(`${toTable}.id`).onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint(`${table}_pk`, [fromColumn, toColumn])
    .execute();
  await index(db, table, [toColumn]);
}

async function createAccountTables(db: Db): Promise<void> {
  await withTimestamps(
    db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locale', 'text'),
  ).execute();

  await withTimestamps(
    db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();

  await withTimestamps(
    db.schema
      .createTable('memberships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull()),
  ).execute();
  await uniqueIndex(db, 'memberships', ['workspace_id', 'user_id']);
  await index(db, 'memberships', ['user_id']);

  // The id is the SHA-256 of the cookie token, so a leaked table cannot be replayed.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'sessions', ['user_id']);

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('expires_at', 'text')
    .execute();
  await index(db, 'api_tokens', ['workspace_id']);

  // Failed logins per window, in the database so that every app process sees the same count.
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute();

  await withTimestamps(
    db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('job_title', 'text')
      .addColumn('weekly_capacity_hours', 'double precision', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await uniqueIndex(db, 'people', ['workspace_id', 'key']);

  await withTimestamps(
    db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text'),
  ).execute();
  await uniqueIndex(db, 'plans', ['workspace_id', 'key']);

  await db.schema
    .createTable('plan_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await uniqueIndex(db, 'plan_revisions', ['plan_id', 'number']);

  // No foreign keys: the trail must outlive what it describes.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text')
    .addColumn('plan_id', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'audit_log', ['workspace_id', 'created_at']);
  await index(db, 'audit_log', ['plan_id', 'created_at']);
}

async function createPlanTables(db: Db): Promise<void> {
  await createPlanTable(db, 'business_goals', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('metric', 'text')
      .addColumn('unit', 'text')
      .addColumn('baseline', 'double precision')
      .addColumn('target', 'double precision')
      .addColumn('deadline', 'text'),
  );
  await createPlanTable(db, 'funnel_stages', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('business_goal_id', 'text', (c) => c.notNull().references('business_goals.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('baseline_value', 'double precision')
      .addColumn('target_value', 'double precision'),
  );
  await index(db, 'funnel_stages', ['business_goal_id']);
  await createPlanTable(db, 'personas', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('age_range', 'text')
      .addColumn('gender', 'text')
      .addColumn('income', 'text')
      .addColumn('location', 'text')
      .addColumn('occupation', 'text')
      .addColumn('lifestyle', 'text')
      .addColumn('values', 'text', (c) => c.notNull())
      .addColumn('interests', 'text', (c) => c.notNull())
      .addColumn('motivations', 'text', (c) => c.notNull())
      .addColumn('pain_points', 'text', (c) => c.notNull())
      .addColumn('preferred_channels', 'text', (c) => c.notNull())
      .addColumn('sources', 'text', (c) => c.notNull()),
  );
  await createPlanTable(db, 'swot_items', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('quadrant', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('weight', 'integer', (c) => c.notNull()),
  );
  await createPlanTable(db, 'objectives', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('metric', 'text')
      .addColumn('unit', 'text')
      .addColumn('baseline', 'double precision')
      .addColumn('target', 'double precision')
      .addColumn('start_date', 'text')
      .addColumn('deadline', 'text'),
  );
  await createPlanTable(db, 'okr_objectives', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('period_start', 'text')
      .addColumn('period_end', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('objective_id', 'text', (c) => c.references('objectives.id').onDelete('set null')),
  );
  await index(db, 'okr_objectives', ['owner_id']);
  await index(db, 'okr_objectives', ['objective_id']);
  await createPlanTable(db, 'key_results', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('okr_objective_id', 'text', (c) => c.notNull().references('okr_objectives.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('metric', 'text')
      .addColumn('unit', 'text')
      .addColumn('start_value', 'double precision', (c) => c.notNull())
      .addColumn('target_value', 'double precision', (c) => c.notNull())
      .addColumn('current_value', 'double precision')
      .addColumn('weight', 'double precision', (c) => c.notNull()),
  );
  await index(db, 'key_results', ['okr_objective_id']);
  await createPlanTable(db, 'check_ins', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('key_result_id', 'text', (c) => c.notNull().references('key_results.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('confidence', 'double precision')
      .addColumn('note', 'text'),
  );
  await index(db, 'check_ins', ['key_result_id']);
  await createPlanTable(db, 'strategies', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('description', 'text'),
  );
  await createPlanTable(db, 'tactics', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text'),
  );
  await index(db, 'tactics', ['strategy_id']);
  await createPlanTable(db, 'actions', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('tactic_id', 'text', (c) => c.notNull().references('tactics.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('due_date', 'text')
      .addColumn('is_milestone', 'integer', (c) => c.notNull())
      .addColumn('estimated_cost', 'bigint')
      .addColumn('effort_hours', 'double precision'),
  );
  await index(db, 'actions', ['tactic_id']);
  await createPlanTable(db, 'raci_assignments', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull()),
  );
  await index(db, 'raci_assignments', ['person_id']);
  await uniqueIndex(db, 'raci_assignments', ['action_id', 'person_id', 'role']);
  await createPlanTable(db, 'action_dependencies', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('predecessor_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('successor_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
      .addColumn('lag_days', 'integer', (c) => c.notNull()),
  );
  await index(db, 'action_dependencies', ['successor_id']);
  await uniqueIndex(db, 'action_dependencies', ['predecessor_id', 'successor_id']);
  await createPlanTable(db, 'content_items', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('action_id', 'text', (c) => c.references('actions.id').onDelete('set null'))
      .addColumn('persona_id', 'text', (c) => c.references('personas.id').onDelete('set null'))
      .addColumn('owner_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('channel', 'text')
      .addColumn('format', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('publish_date', 'text')
      .addColumn('notes', 'text'),
  );
  await index(db, 'content_items', ['action_id']);
  await index(db, 'content_items', ['persona_id']);
  await index(db, 'content_items', ['owner_id']);
  await createPlanTable(db, 'budget_lines', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('strategy_id', 'text', (c) => c.references('strategies.id').onDelete('set null'))
      .addColumn('tactic_id', 'text', (c) => c.references('tactics.id').onDelete('set null'))
      .addColumn('planned_amount', 'bigint', (c) => c.notNull())
      .addColumn('committed_amount', 'bigint', (c) => c.notNull())
      .addColumn('expected_roi', 'double precision')
      .addColumn('min_amount', 'bigint')
      .addColumn('max_amount', 'bigint'),
  );
  await index(db, 'budget_lines', ['strategy_id']);
  await index(db, 'budget_lines', ['tactic_id']);
  await createPlanTable(db, 'spend_entries', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('budget_line_id', 'text', (c) => c.notNull().references('budget_lines.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text'),
  );
  await index(db, 'spend_entries', ['budget_line_id']);
  await createPlanTable(db, 'budget_scenarios', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('total_amount', 'bigint'),
  );
  await createPlanTable(db, 'scenario_allocations', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('scenario_id', 'text', (c) => c.notNull().references('budget_scenarios.id').onDelete('cascade'))
      .addColumn('budget_line_id', 'text', (c) => c.notNull().references('budget_lines.id').onDelete('cascade'))
      .addColumn('amount', 'bigint', (c) => c.notNull()),
  );
  await index(db, 'scenario_allocations', ['budget_line_id']);
  await uniqueIndex(db, 'scenario_allocations', ['scenario_id', 'budget_line_id']);
  await createPlanTable(db, 'kpis', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('unit', 'text')
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('aggregation', 'text', (c) => c.notNull())
      .addColumn('baseline', 'double precision')
      .addColumn('target', 'double precision')
      .addColumn('target_date', 'text')
      .addColumn('tolerance_percent', 'double precision', (c) => c.notNull())
      .addColumn('objective_id', 'text', (c) => c.references('objectives.id').onDelete('set null'))
      .addColumn('key_result_id', 'text', (c) => c.references('key_results.id').onDelete('set null'))
      .addColumn('strategy_id', 'text', (c) => c.references('strategies.id').onDelete('set null')),
  );
  await index(db, 'kpis', ['objective_id']);
  await index(db, 'kpis', ['key_result_id']);
  await index(db, 'kpis', ['strategy_id']);
  await createPlanTable(db, 'kpi_targets', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull()),
  );
  await uniqueIndex(db, 'kpi_targets', ['kpi_id', 'date']);
  await createPlanTable(db, 'measurements', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('value', 'double precision', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('note', 'text'),
  );
  await uniqueIndex(db, 'measurements', ['kpi_id', 'date', 'source']);
  await createPlanTable(db, 'corrective_actions', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('kpi_id', 'text', (c) => c.notNull().references('kpis.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('deadline', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text'),
  );
  await index(db, 'corrective_actions', ['kpi_id']);
  await index(db, 'corrective_actions', ['owner_id']);
  await createPlanTable(db, 'experiments', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('hypothesis', 'text')
      .addColumn('kpi_id', 'text', (c) => c.references('kpis.id').onDelete('set null'))
      .addColumn('metric_type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('alpha', 'double precision', (c) => c.notNull())
      .addColumn('decision', 'text')
      .addColumn('decision_note', 'text'),
  );
  await index(db, 'experiments', ['kpi_id']);
  await createPlanTable(db, 'experiment_variants', { keyed: true, singleton: false }, (t) =>
    t
      .addColumn('experiment_id', 'text', (c) => c.notNull().references('experiments.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('is_control', 'integer', (c) => c.notNull())
      .addColumn('weight', 'double precision', (c) => c.notNull())
      .addColumn('description', 'text'),
  );
  await index(db, 'experiment_variants', ['experiment_id']);
  await createPlanTable(db, 'experiment_results', { keyed: false, singleton: false }, (t) =>
    t
      .addColumn('variant_id', 'text', (c) => c.notNull().references('experiment_variants.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('users', 'integer', (c) => c.notNull())
      .addColumn('conversions', 'integer')
      .addColumn('mean', 'double precision')
      .addColumn('sd', 'double precision'),
  );
  await uniqueIndex(db, 'experiment_results', ['variant_id', 'date']);
  await createPlanTable(db, 'positionings', { keyed: false, singleton: true }, (t) =>
    t
      .addColumn('target_audience', 'text')
      .addColumn('category', 'text')
      .addColumn('differentiator', 'text')
      .addColumn('proof', 'text')
      .addColumn('statement', 'text'),
  );
  await createPlanTable(db, 'budget_settings', { keyed: false, singleton: true }, (t) =>
    t
      .addColumn('total_amount', 'bigint', (c) => c.notNull())
      .addColumn('contingency_percent', 'double precision', (c) => c.notNull()),
  );
  await createLinkTable(
    db,
    'objective_business_goals',
    'objective_id',
    'objectives',
    'business_goal_id',
    'business_goals',
  );
  await createLinkTable(db, 'strategy_objectives', 'strategy_id', 'strategies', 'objective_id', 'objectives');
  await createLinkTable(db, 'strategy_personas', 'strategy_id', 'strategies', 'persona_id', 'personas');
  await createLinkTable(db, 'strategy_swot_items', 'strategy_id', 'strategies', 'swot_item_id', 'swot_items');
}

export async function up(db: Db): Promise<void> {
  await createAccountTables(db);
  await createPlanTables(db);
}

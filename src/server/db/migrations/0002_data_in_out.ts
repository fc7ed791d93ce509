import type { Kysely } from 'kysely';

/**
 * Data in and out: saved column → KPI mappings for measurement imports, and the secret tokens
 * of plans' calendar subscriptions (ICS feeds that calendar applications poll).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // The mapping as JSON text (see src/contract/imports.ts): read and written as a whole.
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_mappings_plan_id_name_key')
    .on('import_mappings')
    .columns(['plan_id', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    // SHA-256 of the secret in the feed's URL: the secret itself is shown once, never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('calendar_feeds_token_hash_key')
    .on('calendar_feeds')
    .column('token_hash')
    .unique()
    .execute();
  await db.schema.createIndex('calendar_feeds_plan_id_idx').on('calendar_feeds').column('plan_id').execute();
}

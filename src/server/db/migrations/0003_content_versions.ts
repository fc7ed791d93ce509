import type { Kysely } from 'kysely';

/**
 * A counter per workspace, raised by every write (with its audit entry, in the same
 * transaction): the server keeps plans read for the method's reports in memory, and uses this
 * counter to know when a kept copy is stale, whichever process wrote.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('content_version').execute();
}

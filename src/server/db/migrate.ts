import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from './dialect.js';
import * as initial from './migrations/0001_initial.js';
import * as dataInOut from './migrations/0002_data_in_out.js';
import * as contentVersions from './migrations/0003_content_versions.js';
import * as experimentPlanning from './migrations/0004_experiment_planning.js';

/** Migrations are listed here, in order, so they ship inside the bundle with no file scanning. */
const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_data_in_out': dataInOut,
  '0003_content_versions': contentVersions,
  '0004_experiment_planning': experimentPlanning,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Brings the schema up to date; returns the names of the migrations that ran. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

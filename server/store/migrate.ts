// Runs the versioned schema migrations (Kysely's Migrator over the in-repo list), and reports
// which have run. Each migration runs in a transaction on both databases, so a failed upgrade
// leaves the previous version intact.
import { Migrator, NO_MIGRATIONS, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { MIGRATIONS, type MigrationName } from './migrations/index';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function migrator<DB>(db: Kysely<DB>, migrations: Readonly<Record<string, Migration>>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...migrations }) } });
}

function check(result: MigrationResultSet, target: string): string[] {
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`database migration to ${target} failed${failed ? ` in ${failed}` : ''}: ${cause}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? '+' : '-'}${r.migrationName}`);
}

/** Brings the schema up to the newest version; returns what ran, such as ['+0002_invites_sessions']. */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<string[]> {
  return check(await migrator(db, migrations).migrateToLatest(), 'latest');
}

/** Moves the schema up or down to one version, or to an empty database with `null`. */
export async function migrateTo<DB>(
  db: Kysely<DB>,
  name: MigrationName | null,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<string[]> {
  return check(await migrator(db, migrations).migrateTo(name ?? NO_MIGRATIONS), name ?? 'nothing');
}

export interface MigrationState {
  name: string;
  /** When it ran on this database, or undefined if it has not. */
  executedAt: Date | undefined;
}

/** Every known migration, oldest first, with whether it has run here. */
export async function migrationStatus<DB>(
  db: Kysely<DB>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<MigrationState[]> {
  const infos = await migrator(db, migrations).getMigrations();
  return infos.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}

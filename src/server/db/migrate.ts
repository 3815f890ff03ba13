import { Migrator, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

class StaticProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(MIGRATIONS);
  }
}

async function migrator(db: Db): Promise<Migrator> {
  // Name the schema of Kysely's own bookkeeping tables: it looks for them across every schema, so
  // another Accord schema in the same PostgreSQL database would otherwise be mistaken for ours.
  const schema = db.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s : undefined;
  return new Migrator({ db: db.kysely, provider: new StaticProvider(), ...(schema !== undefined && { migrationTableSchema: schema }) });
}

/** Brings the schema to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const result: MigrationResultSet = await (await migrator(db)).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(result.error)}`, { cause: result.error });
  }
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // New indexes without statistics mislead SQLite's planner (a list page went from 2 ms to 1.3 s at a
  // million rows, bench/README.md); optimize analyses what needs it and is cheap otherwise.
  if (db.dialect === 'sqlite') await sql`pragma optimize`.execute(db.kysely);
  return applied;
}

/** Names of migrations not yet applied (empty when current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await (await migrator(db)).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

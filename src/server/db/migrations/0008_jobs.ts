import type { Kysely } from 'kysely';
import { isPostgres, withId } from './portable.ts';

// The in-process job queue's table, on SQLite only: PostgreSQL deployments use pg-boss, which keeps
// its own schema.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  await withId(db.schema.createTable('jobs'), false)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_after', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  await db.schema.dropTable('jobs').execute();
}

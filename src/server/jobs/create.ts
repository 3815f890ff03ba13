import type { Db } from '../db/database.ts';
import { PgBossJobQueue } from './pgboss-queue.ts';
import type { JobQueue } from './queue.ts';
import { SqliteJobQueue } from './sqlite-queue.ts';

/** The queue for this database: pg-boss on PostgreSQL (in schema `<search path>_jobs`, or accord_jobs), the in-process one on SQLite. */
export function createJobQueue(db: Db, options: { pollingIntervalSeconds?: number } = {}): JobQueue {
  if (db.dialect === 'postgres' && db.postgres) {
    const schema = db.postgres.searchPath ? `${db.postgres.searchPath}_jobs` : 'accord_jobs';
    return new PgBossJobQueue({ url: db.postgres.url, schema, ...options });
  }
  return new SqliteJobQueue(db);
}

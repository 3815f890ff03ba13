// `accord restore FILE`: either kind of backup into either engine, in one transaction, so a restore
// that fails (a cut file, a row the schema refuses) leaves the database as it was. The target must be
// migrated to exactly the backup's migrations and be empty (no rows beyond what the migrations seed),
// unless `force`; its rows are deleted first, in the same transaction. Rows go in foreign-key order, bytes as bytes; PostgreSQL identity
// sequences are moved past the restored ids so the next insert does not collide.
import { sql, type QueryExecutorProvider, type Transaction } from 'kysely';
import { openDatabase, type Db, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Value } from './format.ts';
import { listTables, type TableInfo } from './introspect.ts';
import { openBackup } from './source.ts';

export interface RestoreResult {
  kind: 'sqlite' | 'json';
  dialect: Dialect;
  rows: Record<string, number>;
  /** Rows deleted first (force). */
  replaced: number;
}

// Bound variables per statement (SQLite allows 32766 since 3.32; PostgreSQL 65535) and bytes per batch
// (document files can be tens of MB each).
const MAX_PARAMS = 30_000;
const MAX_ROWS = 500;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

export async function restoreDatabase(db: Db, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const source = await openBackup(file);
  try {
    const applied = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db.kysely)).rows.map((r) => r.name);
    const wanted = [...source.header.migrations].sort();
    if (applied.join('\n') !== wanted.join('\n')) {
      const missing = wanted.filter((m) => !applied.includes(m));
      const extra = applied.filter((m) => !wanted.includes(m));
      throw new AppError(
        'conflict',
        missing.length > 0
          ? `The backup was taken by a newer Accord (migrations ${missing.join(', ')} are unknown here): upgrade Accord first.`
          : `The backup was taken before migrations ${extra.join(', ')}: restore it with the Accord version that took it, then upgrade.`,
      );
    }
    const tables = new Map((await listTables(db.kysely, db.dialect)).map((t) => [t.name, t]));
    return await db.kysely.transaction().execute(async (trx) => {
      const replaced = await emptyOrWipe(trx, [...tables.values()], options.force === true);
      // Self-references (a body's parent, an instruction's parent) are checked at commit on SQLite.
      if (db.dialect === 'sqlite') await sql`pragma defer_foreign_keys = on`.execute(trx);
      const rows: Record<string, number> = {};
      let current: { table: TableInfo; columns: string[] } | undefined;
      let batch: Value[][] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (current && batch.length > 0) await insertRows(trx, current.table.name, current.columns, batch);
        batch = [];
        batchBytes = 0;
      };
      for await (const event of source.events()) {
        if (event.kind === 'table') {
          await flush();
          const table = tables.get(event.name);
          if (!table) throw new AppError('conflict', `The backup has a table ${event.name} that this database does not.`);
          const unknown = event.columns.filter((c) => !table.columns.includes(c));
          if (unknown.length > 0) throw new AppError('conflict', `The backup's ${event.name} has columns this database does not: ${unknown.join(', ')}.`);
          current = { table, columns: event.columns };
          rows[event.name] = 0;
          continue;
        }
        if (!current) throw new AppError('validation', 'The backup has a row before any table.');
        batch.push(event.values);
        rows[current.table.name] = (rows[current.table.name] ?? 0) + 1;
        for (const v of event.values) batchBytes += Buffer.isBuffer(v) ? v.length : typeof v === 'string' ? v.length : 8;
        if (batch.length >= Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / current.columns.length)) || batchBytes >= MAX_BATCH_BYTES) await flush();
      }
      await flush();
      if (db.dialect === 'sqlite') {
        const broken = await sql<{ table: string; parent: string }>`select "table", parent from pragma_foreign_key_check`.execute(trx);
        const first = broken.rows[0];
        if (first) throw new AppError('conflict', `The backup breaks a foreign key: a row of ${first.table} points at a missing ${first.parent} (${broken.rows.length} such rows).`);
      } else {
        for (const t of tables.values()) {
          if (!t.identity) continue;
          const col = sql.ref(t.identity);
          await sql`select setval(pg_get_serial_sequence(${t.name}, ${t.identity}), coalesce((select max(${col}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
        }
      }
      return { kind: source.kind, dialect: source.header.dialect, rows, replaced };
    });
  } finally {
    await source.close();
  }
}

/**
 * Rows each table holds right after migrating (a migration may seed one, like the audit chain's
 * genesis head), counted once on a scratch in-memory database: "empty" means no more than that.
 */
async function seededCounts(): Promise<Map<string, number>> {
  const scratch = openDatabase({ dialect: 'sqlite', path: ':memory:' });
  try {
    await migrateToLatest(scratch);
    const counts = new Map<string, number>();
    for (const t of await listTables(scratch.kysely, 'sqlite')) counts.set(t.name, await countRows(scratch.kysely, t.name));
    return counts;
  } finally {
    await scratch.close();
  }
}

async function countRows(db: QueryExecutorProvider, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Refuses a database holding data (unless force), then deletes every row, children first. */
async function emptyOrWipe(trx: Transaction<Database>, tables: TableInfo[], force: boolean): Promise<number> {
  const seeded = await seededCounts();
  let replaced = 0;
  for (const t of [...tables].reverse()) {
    const n = await countRows(trx, t.name);
    const extra = n - (seeded.get(t.name) ?? 0);
    if (extra > 0 && !force) {
      throw new AppError('conflict', `The database is not empty (${t.name} has rows). Restore into a new database, or pass --force to delete everything in it first.`);
    }
    replaced += Math.max(0, extra);
    if (n > 0) await sql`delete from ${sql.table(t.name)}`.execute(trx);
  }
  return replaced;
}

async function insertRows(trx: Transaction<Database>, table: string, columns: string[], rows: Value[][]): Promise<void> {
  const cols = sql.join(columns.map((c) => sql.ref(c)));
  const values = sql.join(rows.map((r) => sql`(${sql.join(r)})`));
  await sql`insert into ${sql.table(table)} (${cols}) values ${values}`.execute(trx);
}

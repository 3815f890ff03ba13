// `accord backup FILE`: a consistent snapshot of a running database, taken online.
// - SQLite: the engine's online backup API (better-sqlite3 `backup()`), page by page while the server
//   keeps writing; the copy is a complete database file, switched out of WAL so it is one file.
// - PostgreSQL (or SQLite with json: true): the portable JSON Lines export of ./format.ts, read in one
//   REPEATABLE READ, READ ONLY transaction so every table is seen at the same instant.
// The file is written under FILE.partial and renamed when complete, so FILE is never half a backup.
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { sql, type QueryExecutorProvider } from 'kysely';
import type { Db, Dialect } from '../db/database.ts';
import { encodeValue, FORMAT, FORMAT_VERSION, type BackupHeader } from './format.ts';
import { listTables, orderColumns, type TableInfo } from './introspect.ts';

export interface BackupResult {
  file: string;
  kind: 'sqlite' | 'json';
  bytes: number;
  /** Rows per table (JSON exports; a SQLite copy holds the whole file). */
  rows: Record<string, number> | null;
}

const BATCH = 2000;

export async function backupDatabase(db: Db, file: string, options: { json?: boolean; now?: Date } = {}): Promise<BackupResult> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    let rows: Record<string, number> | null = null;
    if (db.dialect === 'sqlite' && !options.json) {
      if (!db.sqlite) throw new Error('This SQLite database was opened without its driver handle; cannot use the backup API.');
      await db.sqlite.backup(partial);
      const copy = new SqliteDatabase(partial);
      try {
        copy.pragma('journal_mode = DELETE');
        const check = copy.pragma('quick_check', { simple: true });
        if (check !== 'ok') throw new Error(`The copy failed its check: ${String(check)}`);
      } finally {
        copy.close();
      }
    } else {
      rows = await exportJson(db, partial, options.now ?? new Date());
    }
    renameSync(partial, file);
    return { file, kind: rows === null ? 'sqlite' : 'json', bytes: statSync(file).size, rows };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function exportJson(db: Db, file: string, now: Date): Promise<Record<string, number>> {
  const out = createWriteStream(file, { flags: 'wx' });
  const done = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', resolve);
  });
  const rows: Record<string, number> = {};
  try {
    const begin = db.kysely.transaction();
    const transaction = db.dialect === 'postgres' ? begin.setIsolationLevel('repeatable read').setAccessMode('read only') : begin;
    await transaction.execute(async (trx) => {
      const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx);
      const header: BackupHeader = { format: FORMAT, formatVersion: FORMAT_VERSION, dialect: db.dialect, createdAt: now.toISOString(), migrations: migrations.rows.map((m) => m.name) };
      await writeLine(out, header);
      for (const table of await listTables(trx, db.dialect)) {
        await writeLine(out, { table: table.name, columns: table.columns });
        let n = 0;
        for await (const batch of readRows(trx, table, db.dialect)) {
          for (const row of batch) await writeLine(out, table.columns.map((c) => encodeValue(row[c])));
          n += batch.length;
        }
        rows[table.name] = n;
      }
      await writeLine(out, { end: true, rows });
    });
    out.end();
    await done;
    await new Promise<void>((resolve, reject) => out.close((e) => (e ? reject(e) : resolve())));
    return rows;
  } catch (error) {
    out.destroy();
    throw error;
  }
}

async function writeLine(out: WriteStream, value: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
}

/** A table's rows in primary-key order, in batches by keyset (no OFFSET, no cursor library needed). */
export async function* readRows(db: QueryExecutorProvider, table: TableInfo, dialect: Dialect): AsyncGenerator<Record<string, unknown>[]> {
  const cols = sql.join(table.columns.map((c) => sql.ref(c)));
  const t = sql.table(table.name);
  if (table.primaryKey.length === 0) {
    // No key to page by (none of Accord's tables): one query, in a stable order.
    const order = sql.join(orderColumns(table, dialect).map((c) => sql.ref(c)));
    yield (await sql<Record<string, unknown>>`select ${cols} from ${t} order by ${order}`.execute(db)).rows;
    return;
  }
  const key = sql.join(table.primaryKey.map((c) => sql.ref(c)));
  let last: unknown[] | undefined;
  for (;;) {
    const after = last ? sql`where (${key}) > (${sql.join(last)})` : sql``;
    const { rows } = await sql<Record<string, unknown>>`select ${cols} from ${t} ${after} order by ${key} limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < BATCH) return;
    const tail = rows[rows.length - 1] as Record<string, unknown>;
    last = table.primaryKey.map((c) => tail[c]);
  }
}

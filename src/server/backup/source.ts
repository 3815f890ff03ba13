// Reading a backup of either kind as one stream of events (a table, then its rows), so a restore does
// not care which engine wrote it. A SQLite file is recognised by its 16-byte header; anything else must
// be the JSON Lines export, checked line by line and against its trailer.
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../errors.ts';
import { decodeValue, FORMAT, FORMAT_VERSION, HeaderSchema, TableLineSchema, TrailerSchema, type BackupHeader, type Value } from './format.ts';
import { listTables, orderColumns } from './introspect.ts';

export type BackupEvent = { kind: 'table'; name: string; columns: string[] } | { kind: 'row'; values: Value[] };

export interface BackupSource {
  kind: 'sqlite' | 'json';
  header: BackupHeader;
  events(): AsyncGenerator<BackupEvent>;
  close(): Promise<void>;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

function startsWithSqliteMagic(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

const notABackup = (file: string, why: string) => new AppError('validation', `${file} is not an Accord backup: ${why}.`);

export async function openBackup(file: string): Promise<BackupSource> {
  try {
    statSync(file);
  } catch {
    throw new AppError('not_found', `No backup file at ${file}.`);
  }
  return startsWithSqliteMagic(file) ? openSqliteBackup(file) : openJsonBackup(file);
}

async function openSqliteBackup(file: string): Promise<BackupSource> {
  const raw = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const close = () => kysely.destroy();
  try {
    const hasMigrations = raw.prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`).get();
    if (!hasMigrations) throw notABackup(file, 'a SQLite database without Accord migrations');
    const migrations = (raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((m) => m.name);
    const header: BackupHeader = { format: FORMAT, formatVersion: FORMAT_VERSION, dialect: 'sqlite', createdAt: statSync(file).mtime.toISOString(), migrations };
    const tables = await listTables(kysely, 'sqlite');
    return {
      kind: 'sqlite',
      header,
      close,
      async *events() {
        for (const table of tables) {
          yield { kind: 'table', name: table.name, columns: table.columns };
          const cols = table.columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
          const order = orderColumns(table, 'sqlite').map((c) => `"${c}"`).join(', ');
          // iterate() streams rows from the file; the statement is finished before the next table.
          for (const values of raw.prepare(`select ${cols} from "${table.name}" order by ${order}`).raw().iterate()) {
            yield { kind: 'row', values: values as Value[] };
          }
        }
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function openJsonBackup(file: string): Promise<BackupSource> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const close = () => {
    stream.destroy();
    return Promise.resolve();
  };
  const parse = (line: string, n: number): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw notABackup(file, `line ${n} is not JSON`);
    }
  };
  const first = await lines.next();
  const header = HeaderSchema.safeParse(first.done ? undefined : parse(first.value, 1));
  if (!header.success) {
    await close();
    throw notABackup(file, 'the first line is not an accord-backup header of format version 1');
  }
  return {
    kind: 'json',
    header: header.data,
    close,
    async *events() {
      let n = 1;
      let table: { name: string; columns: string[] } | undefined;
      const counted: Record<string, number> = {};
      for (;;) {
        const next = await lines.next();
        if (next.done) throw new AppError('validation', `${file} is cut short after line ${n} (no end marker): restore a complete backup.`);
        n += 1;
        const value = parse(next.value, n);
        if (Array.isArray(value)) {
          if (!table) throw notABackup(file, `line ${n} is a row before any table`);
          if (value.length !== table.columns.length) throw notABackup(file, `line ${n} has ${value.length} values for ${table.columns.length} columns of ${table.name}`);
          counted[table.name] = (counted[table.name] ?? 0) + 1;
          const where = `line ${n}`;
          yield { kind: 'row', values: value.map((v) => decodeValue(v, where)) };
          continue;
        }
        const tableLine = TableLineSchema.safeParse(value);
        if (tableLine.success) {
          table = { name: tableLine.data.table, columns: tableLine.data.columns };
          counted[table.name] = 0;
          yield { kind: 'table', ...table };
          continue;
        }
        const trailer = TrailerSchema.safeParse(value);
        if (!trailer.success) throw notABackup(file, `line ${n} is neither a table, a row nor the end marker`);
        for (const [name, rows] of Object.entries(trailer.data.rows)) {
          if ((counted[name] ?? 0) !== rows) throw new AppError('validation', `${file}: table ${name} has ${counted[name] ?? 0} rows where the end marker says ${rows}.`);
        }
        return;
      }
    },
  };
}

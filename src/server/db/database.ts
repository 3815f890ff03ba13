// One Kysely instance over SQLite (default, embedded) or PostgreSQL (DATABASE_URL=postgres://…).
// Column types are kept portable: ISO dates and timestamps as text, booleans as integers 0/1,
// JSON as text, money as integer minor units. See docs/database.md.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { CurrentSchemaPostgresDialect } from './introspection.ts';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  /** PostgreSQL only: how to reach the same database from another client (the job queue). */
  readonly postgres?: { url: string; searchPath: string | undefined };
  /** PostgreSQL only: the pool's connection counts, for /metrics. */
  pool?(): { total: number; idle: number; waiting: number };
  /** SQLite only: the driver's handle, for its online backup API (accord backup). */
  readonly sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

// int8 (count(*), bigint ids) and numeric arrive as strings from pg; our values fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export interface OpenOptions {
  /** PostgreSQL only: schema to use (tests isolate themselves in one schema each). */
  searchPath?: string;
  poolSize?: number;
}

/** The SQLite page cache of a connection, in KiB (`PRAGMA cache_size` takes a negative number as KiB). */
export const SQLITE_CACHE_KIB = 64 * 1024;

/** How many prepared statements a SQLite connection keeps (the app sends a few hundred distinct texts). */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver calls `prepare` for every query it runs, so SQLite parses and plans the same
 * text again each time: 3.5 ms per request for the 4 KB instruction list (bench/README.md). This hands
 * it the prepared statement of the same text when one is cached, most recently used first, at most
 * `capacity` of them. Values are always parameters, so the text names a query, not a request. A
 * statement's kind (`reader`: rows come back; otherwise `run`) belongs to its text, so a cached one
 * answers the way a fresh one would. A statement still iterating (a streamed select) is busy: the
 * caller gets a fresh one rather than a statement it cannot use.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database, capacity = STATEMENT_CACHE_SIZE): KyselySqliteDatabase {
  const cache = new Map<string, CachedStatement>();
  const schemaVersion = sqlite.prepare('pragma schema_version').pluck();
  return {
    prepare(text: string): SqliteStatement {
      const cached = cache.get(text);
      if (cached !== undefined && !cached.busy) {
        cache.delete(text); // re-insert: Map keeps insertion order, so the first key is the least recently used
        cache.set(text, cached);
        return cached;
      }
      const statement = cachedStatement(sqlite, text, schemaVersion);
      if (cached === undefined) {
        cache.set(text, statement);
        if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
    close(): void {
      cache.clear();
      sqlite.close();
    },
  };
}

interface CachedStatement extends SqliteStatement {
  readonly busy: boolean;
}

/**
 * A prepared statement whose rows come back as arrays (better-sqlite3's raw mode) and become objects in
 * JavaScript, through a function written for the statement's columns: the driver's own objects cost
 * about as much as SQLite's reading of the rows (bench/README.md, tenth session). The objects are the
 * ones the driver would make: the same keys in the same order, the same values, a later column of the
 * same name overriding an earlier one.
 *
 * The columns of a text can change with the schema (`select *` after a migration, here or in another
 * process): SQLite prepares the statement again when it runs. So the schema version is read before and
 * after each run, and the columns are taken again from the statement (after the run, so they are the
 * ones its rows have) unless both equal the version they were taken at.
 */
function cachedStatement(sqlite: SqliteDatabase.Database, text: string, schemaVersion: SqliteDatabase.Statement): CachedStatement {
  const statement = sqlite.prepare(text);
  if (!statement.reader) return { reader: false, get busy() { return statement.busy; }, all: (p) => statement.all(p), run: (p) => statement.run(p), iterate: (p) => statement.iterate(p) };
  statement.raw(true);
  let version: unknown;
  let toObject: (values: unknown[]) => unknown = rowMaker([]);
  return {
    reader: true,
    get busy() {
      return statement.busy;
    },
    all(parameters) {
      const before = schemaVersion.get();
      const rows = statement.all(parameters) as unknown[][];
      const after = schemaVersion.get();
      if (before !== version || after !== before) {
        toObject = rowMaker(statement.columns().map((c) => c.name));
        version = after === before ? before : undefined;
      }
      for (let i = 0; i < rows.length; i++) (rows as unknown[])[i] = toObject(rows[i]!);
      return rows;
    },
    run: (parameters) => statement.run(parameters),
    // streamed rows (rare: exports) come from a statement of their own in the driver's object mode
    iterate: (parameters) => sqlite.prepare(text).iterate(parameters),
  };
}

/**
 * `v => ({ name0: v[0], … })` for these column names: one object literal, so every row has one shape. The
 * driver sets each column as an assignment would, and an assignment to `__proto__` sets the prototype
 * (or does nothing) instead of making a key; so does this.
 */
function rowMaker(names: readonly string[]): (values: unknown[]) => unknown {
  const fields: string[] = [];
  const prototypes: string[] = [];
  names.forEach((name, i) => (name === '__proto__' ? prototypes.push(`o.__proto__ = v[${i}];`) : fields.push(`${JSON.stringify(name)}: v[${i}]`)));
  const literal = `{ ${fields.join(', ')} }`;
  return new Function('v', prototypes.length === 0 ? `return ${literal};` : `const o = ${literal}; ${prototypes.join(' ')} return o;`) as (values: unknown[]) => unknown;
}

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Db {
  if (target.dialect === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const sqlite = new SqliteDatabase(target.path);
    // Durability: WAL with synchronous=FULL fsyncs the log on every commit, so an acknowledged write
    // survives a power cut (NORMAL would only survive a process crash). busy_timeout lets a CLI command
    // and the server share the file.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Page cache: 64 MiB at most (SQLite's default is 2 MB). A list walk reads a few thousand pages of a
    // 2 GB file; with 2 MB most of them came from the OS by a system call each time. Measured in
    // bench/README.md (tenth session): CPU per list request down by about a fifth, peak RSS 166 → 225 MB.
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { kysely, dialect: 'sqlite', sqlite, close: () => kysely.destroy() };
  }
  // The schema may come in the URL (`?options=-c search_path=x`); the job queue needs to know it too.
  const searchPath = options.searchPath ?? /search_path=([A-Za-z0-9_]+)/.exec(new URL(target.url).searchParams.get('options') ?? '')?.[1];
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    // JIT compiles every control summary (its CASE repeats subqueries) and costs seconds per query
    // for no gain at these sizes (bench/README.md), so it is off for Accord's connections.
    options: [`-c jit=off`, ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : [])].join(' '),
  });
  const kysely = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    postgres: { url: target.url, searchPath },
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => kysely.destroy(),
  };
}

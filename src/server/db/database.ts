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
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string): SqliteStatement {
      const cached = cache.get(text);
      if (cached !== undefined && !cached.busy) {
        cache.delete(text); // re-insert: Map keeps insertion order, so the first key is the least recently used
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
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

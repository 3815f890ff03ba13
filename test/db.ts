// Every database test runs once per dialect from one suite: SQLite always, PostgreSQL when
// ACCORD_TEST_PG names a server (CI sets it and requires it). Each test gets a fresh database: an
// in-memory SQLite file, or its own PostgreSQL schema, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe } from 'vitest';
import { openDatabase, type Db, type Dialect } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { verifyQueryTemplates } from '../src/server/db/query-template.ts';

// Queries compiled once per shape are checked against a fresh build on every run in tests.
verifyQueryTemplates(true);

const PG_URL = process.env.ACCORD_TEST_PG;
if (process.env.CI && !PG_URL) {
  throw new Error('CI runs every database test on PostgreSQL too: set ACCORD_TEST_PG (e.g. postgres://postgres@127.0.0.1:5432/test).');
}

export const DIALECTS: readonly Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb extends Db {
  /** Closes and removes the database. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database of the given dialect. */
export async function freshDb(dialect: Dialect, options: { migrate?: boolean; poolSize?: number } = {}): Promise<TestDb> {
  let db: Db;
  let drop: () => Promise<void> = () => Promise.resolve();
  if (dialect === 'sqlite') {
    db = openDatabase({ dialect: 'sqlite', path: ':memory:' });
  } else {
    if (!PG_URL) throw new Error('ACCORD_TEST_PG is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    db = openDatabase({ dialect: 'postgres', url: PG_URL }, { searchPath: schema, poolSize: options.poolSize ?? 4 });
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.query(`drop schema if exists ${schema}_jobs cascade`);
      await c.end();
    };
  }
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    ...db,
    dispose: async () => {
      await db.close();
      await drop();
    },
  };
}

/** The PostgreSQL URL and a fresh schema for tests that start whole server processes. */
export function pgUrlForSchema(schema: string): string {
  if (!PG_URL) throw new Error('ACCORD_TEST_PG is not set');
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/**
 * Declares `fn`'s tests once per dialect. `fn` receives a getter for the current test's database.
 */
export function describeEachDialect(name: string, fn: (getDb: () => TestDb, dialect: Dialect) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      let db: TestDb | undefined;
      beforeEach(async () => {
        db = await freshDb(dialect);
      });
      afterEach(async () => {
        await db?.dispose();
        db = undefined;
      });
      fn(() => {
        if (!db) throw new Error('no database: call the getter inside a test');
        return db;
      }, dialect);
    });
  }
}

// Where the benchmark databases live: a SQLite file under ./data/bench and the `bench` schema of the
// PostgreSQL test database. Both are made with the project's migrations.
import { resolve } from 'node:path';
import type { DatabaseTarget } from '../src/server/config.ts';

export type BenchDialect = 'sqlite' | 'postgres';

export const SQLITE_PATH = resolve(process.env.BENCH_SQLITE ?? './data/bench/accord-bench.db');
export const PG_BASE_URL = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const PG_SCHEMA = 'bench';

/** A connection string whose sessions use the bench schema (for the server, which takes only a URL). */
export function pgSchemaUrl(): string {
  const url = new URL(PG_BASE_URL);
  url.searchParams.set('options', `-c search_path=${PG_SCHEMA}`);
  return url.toString();
}

export function databaseUrl(dialect: BenchDialect): string {
  return dialect === 'sqlite' ? `sqlite:${SQLITE_PATH}` : pgSchemaUrl();
}

export function databaseTarget(dialect: BenchDialect): DatabaseTarget {
  return dialect === 'sqlite' ? { dialect: 'sqlite', path: SQLITE_PATH } : { dialect: 'postgres', url: PG_BASE_URL };
}

export function parseDialects(value: string | undefined): BenchDialect[] {
  if (value === undefined || value === 'both') return ['sqlite', 'postgres'];
  if (value === 'sqlite' || value === 'postgres') return [value];
  throw new Error(`--dialect must be sqlite, postgres or both (got ${value})`);
}

/** `--name value` from argv. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

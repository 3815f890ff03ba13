// Small SQL helpers shared by the cycle's repositories: the dialect of a handle, day arithmetic on
// ISO-day text columns, and substring search.
import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function isPostgresDb(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * A day number for an ISO-day text expression, for differences only: julianday() in SQLite (both sides
 * are at noon-less midnight, so differences are whole numbers), days since 1970 in PostgreSQL.
 */
export function dayNumber(postgres: boolean, day: Expression<unknown>): RawBuilder<number> {
  return postgres ? sql<number>`(cast(${day} as date) - date '1970-01-01')` : sql<number>`julianday(${day})`;
}

/** `lower(expr) LIKE '%q%'` with q's wildcards escaped; case-insensitive for ASCII in SQLite, for all letters in PostgreSQL. */
export function containsText(expr: Expression<string | null>, q: string): RawBuilder<boolean> {
  const escaped = q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql<boolean>`lower(${expr}) like ${`%${escaped}%`} escape '\\'`;
}

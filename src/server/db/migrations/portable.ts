// Column helpers shared by migrations, so one migration serves SQLite and PostgreSQL. Frozen with the
// migrations: change only by adding new helpers.
import { PostgresAdapter, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

export type AnyDb = Kysely<unknown>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incrementing integer primary key column named `id`. */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, postgres: boolean): CreateTableBuilder<T, 'id'> {
  return postgres
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** The integer type for a column that references an `id`. */
export function idType(postgres: boolean): 'bigint' | 'integer' {
  return postgres ? 'bigint' : 'integer';
}

export const notNull = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull();

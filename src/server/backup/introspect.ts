// What a backup copies, read from the database itself rather than from a list kept by hand: every
// table of the application (not Kysely's migration bookkeeping, not the job queue, not SQLite's own
// tables), its columns, primary key and foreign keys, in an order where each table comes after the
// tables it references. A new feature's tables are backed up without touching this code.
import { sql, type QueryExecutorProvider } from 'kysely';
import type { Dialect } from '../db/database.ts';

export interface TableInfo {
  name: string;
  columns: string[];
  /** Columns of the primary key (rowid order on SQLite when empty). */
  primaryKey: string[];
  /** Tables this one references (itself excluded). */
  references: string[];
  /** PostgreSQL: the identity column to move past the restored ids. */
  identity: string | null;
}

/** Tables a backup leaves out: migration bookkeeping (restore migrates itself) and queued jobs (transient). */
export function isSkipped(table: string): boolean {
  return table.startsWith('kysely_migration') || table === 'jobs' || table.startsWith('sqlite_');
}

export async function listTables(db: QueryExecutorProvider, dialect: Dialect): Promise<TableInfo[]> {
  const tables = dialect === 'sqlite' ? await sqliteTables(db) : await postgresTables(db);
  return foreignKeyOrder(tables.filter((t) => !isSkipped(t.name)));
}

async function sqliteTables(db: QueryExecutorProvider): Promise<TableInfo[]> {
  const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
  const out: TableInfo[] = [];
  for (const { name } of names.rows) {
    const columns = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${name})`.execute(db);
    out.push({
      name,
      columns: columns.rows.map((c) => c.name),
      primaryKey: columns.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: [...new Set(fks.rows.map((f) => f.table).filter((t) => t !== name))],
      identity: null,
    });
  }
  return out;
}

async function postgresTables(db: QueryExecutorProvider): Promise<TableInfo[]> {
  const columns = await sql<{ table_name: string; column_name: string; is_identity: string }>`
    select table_name, column_name, is_identity from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db);
  const keys = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    join lateral unnest(i.indkey) with ordinality k(attnum, ord) on true
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary and n.nspname = current_schema() order by c.relname, k.ord`.execute(db);
  const fks = await sql<{ table_name: string; referenced: string }>`
    select c.relname as table_name, r.relname as referenced
    from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class r on r.oid = f.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where f.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const byName = new Map<string, TableInfo>();
  for (const c of columns.rows) {
    let t = byName.get(c.table_name);
    if (!t) byName.set(c.table_name, (t = { name: c.table_name, columns: [], primaryKey: [], references: [], identity: null }));
    t.columns.push(c.column_name);
    if (c.is_identity === 'YES') t.identity = c.column_name;
  }
  for (const k of keys.rows) byName.get(k.table_name)?.primaryKey.push(k.column_name);
  for (const f of fks.rows) {
    const t = byName.get(f.table_name);
    if (t && f.referenced !== t.name && !t.references.includes(f.referenced)) t.references.push(f.referenced);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Referenced tables first (a depth-first topological order, by name among equals, so it is stable). */
export function foreignKeyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: TableInfo[] = [];
  const visit = (t: TableInfo): void => {
    if (done.has(t.name)) return;
    if (visiting.has(t.name)) throw new Error(`Foreign keys form a cycle through ${t.name}; a restore order cannot be found.`);
    visiting.add(t.name);
    for (const r of [...t.references].sort()) {
      const ref = byName.get(r);
      if (ref) visit(ref);
    }
    visiting.delete(t.name);
    done.add(t.name);
    out.push(t);
  };
  for (const t of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(t);
  return out;
}

/** `order by` for a stable, parent-before-child row order (self-references point at earlier ids). */
export function orderColumns(table: TableInfo, dialect: Dialect): string[] {
  if (table.primaryKey.length > 0) return table.primaryKey;
  return dialect === 'sqlite' ? ['rowid'] : table.columns;
}

// The only code that writes SQL for the audit trail.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuditEntry } from './chain.ts';
import type { AuditLogTable } from './tables.ts';

type Q = Kysely<Database>;

/** Reading JSON text back; text that no longer parses (tampering) is kept as the text itself, so the hash check fails on it. */
function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unparseable: text };
  }
}

export function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: { userId: row.actor_user_id === null ? null : Number(row.actor_user_id), name: row.actor_name, role: row.actor_role, party: row.actor_party },
    operation: row.operation,
    recordType: row.record_type,
    recordId: row.record_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * The chain's tip, locked until the transaction ends. On PostgreSQL `FOR UPDATE` makes concurrent
 * appends wait for each other (a second transaction then reads the first one's new tip); SQLite has a
 * single writer, and Kysely's SQLite driver runs one transaction at a time on its one connection.
 */
export async function lockHead(db: Q, postgres: boolean): Promise<{ seq: number; hash: string }> {
  const q = db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  const row = await (postgres ? q.forUpdate() : q).executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

export async function readHead(db: Q): Promise<{ seq: number; hash: string }> {
  const row = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

export async function insertEntry(db: Q, row: AuditLogTable): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
  await db.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
}

/** Entries in seq order, a page at a time, for verification and export. */
export async function* entriesFrom(db: Q, fromSeq: number, pageSize = 1000): AsyncGenerator<AuditEntry> {
  let after = fromSeq - 1;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) yield toEntry(row);
    const last = rows[rows.length - 1];
    if (rows.length < pageSize || !last) return;
    after = Number(last.seq);
  }
}

export interface AuditFilters {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorUserId?: number | undefined;
  operation?: string | undefined;
  /** ISO timestamps, inclusive from, exclusive to */
  from?: string | undefined;
  to?: string | undefined;
  /** newest first: entries with seq below this */
  beforeSeq?: number | undefined;
  limit: number;
}

export async function listEntries(db: Q, f: AuditFilters): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(f.limit);
  if (f.recordType !== undefined) q = q.where('record_type', '=', f.recordType);
  if (f.recordId !== undefined) q = q.where('record_id', '=', f.recordId);
  if (f.actorUserId !== undefined) q = q.where('actor_user_id', '=', f.actorUserId);
  if (f.operation !== undefined) q = q.where('operation', '=', f.operation);
  if (f.from !== undefined) q = q.where('at', '>=', f.from);
  if (f.to !== undefined) q = q.where('at', '<', f.to);
  if (f.beforeSeq !== undefined) q = q.where('seq', '<', f.beforeSeq);
  return (await q.execute()).map(toEntry);
}

export async function countEntries(db: Q): Promise<number> {
  const row = await db.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

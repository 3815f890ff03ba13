// The audit trail: every change is appended, in the transaction that makes it, as an entry of a hash
// chain (who, when, what, the record before and after). See docs/audit.md.
import type { Kysely } from 'kysely';
import { isPostgres } from '../db/migrations/portable.ts';
import type { Database } from '../db/schema.ts';
import { invalid } from '../errors.ts';
import { requireRole, type Actor } from '../features/accounts/actor.ts';
import { canonicalJson, entryHash, EXPORT_FORMAT, GENESIS_HASH, verifyChain, type AuditEntry, type ChainVerification } from './chain.ts';
import * as repo from './repository.ts';

type Q = Kysely<Database>;

export interface AuditChange {
  /** what was done, as `<record type>.<verb>`: `instruction.create`, `report.review`, `user.sign_in` */
  operation: string;
  recordType: string;
  recordId: string | number;
  /** the record before the change; null for a creation */
  before: unknown;
  /** the record after the change; null for a deletion */
  after: unknown;
}

/** Secrets never enter the trail, whatever a caller passes. */
const SECRET_KEYS = new Set(['password', 'passwordHash', 'password_hash', 'secret', 'tokenHash', 'token_hash', 'privateKey', 'privateKeyPem']);

function scrub(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = SECRET_KEYS.has(k) ? '[redacted]' : scrub(v);
  return out;
}

/** The JSON text stored and the value hashed are one and the same, whatever the input held (Dates, undefined). */
function normalise(value: unknown): { text: string | null; value: unknown } {
  if (value === null || value === undefined) return { text: null, value: null };
  const text = canonicalJson(scrub(value));
  return { text, value: JSON.parse(text) as unknown };
}

/**
 * Appends one entry in the caller's transaction: the change and its trace commit or roll back
 * together. Called by services after the change. Outside a transaction (test factories, scripts) it
 * opens its own, so the chain itself is never left half-written.
 */
export async function appendAudit(db: Q, actor: Actor, change: AuditChange, now?: Date): Promise<AuditEntry> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, actor, change, now));
  const head = await repo.lockHead(db, isPostgres(db as unknown as Kysely<unknown>));
  const before = normalise(change.before);
  const after = normalise(change.after);
  // The time is taken after the lock, so entries' times follow their order.
  const unhashed: Omit<AuditEntry, 'hash'> = {
    seq: head.seq + 1,
    at: (now ?? new Date()).toISOString(),
    actor: { userId: actor.via === 'system' ? null : actor.userId, name: actor.name, role: actor.role, party: actor.party },
    operation: change.operation,
    recordType: change.recordType,
    recordId: String(change.recordId),
    before: before.value,
    after: after.value,
    prevHash: head.hash,
  };
  const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
  await repo.insertEntry(db, {
    seq: entry.seq,
    at: entry.at,
    actor_user_id: entry.actor.userId,
    actor_name: entry.actor.name,
    actor_role: entry.actor.role,
    actor_party: entry.actor.party,
    operation: entry.operation,
    record_type: entry.recordType,
    record_id: entry.recordId,
    before: before.text,
    after: after.text,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  });
  return entry;
}

export interface AuditVerification extends ChainVerification {
  head: { seq: number; hash: string };
  checkedAt: string;
}

/** Walks the whole chain from the first entry; `firstBad` names the first entry that is not as written. */
export async function verifyAudit(db: Q, actor: Actor, now = new Date()): Promise<AuditVerification> {
  requireRole(actor, 'admin');
  // The head and the entries must be read from one snapshot, or an append committed in between would
  // look like an entry added outside the trail: one repeatable-read transaction on PostgreSQL (SQLite's
  // read transaction is a snapshot already).
  const run = async (q: Q): Promise<AuditVerification> => {
    const head = await repo.readHead(q);
    const result = await verifyChain(repo.entriesFrom(q, 1), { head });
    return { ...result, head, checkedAt: now.toISOString() };
  };
  if (db.isTransaction) return run(db);
  return db.transaction().setIsolationLevel('repeatable read').execute(run);
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditQuery {
  recordType?: string | undefined;
  recordId?: string | undefined;
  actor?: number | undefined;
  operation?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Newest first, keyset on seq. */
export async function listAudit(db: Q, actor: Actor, f: AuditQuery): Promise<AuditPage> {
  requireRole(actor, 'admin');
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) throw invalid('query.to', 'to is before from');
  let beforeSeq: number | undefined;
  if (f.cursor !== undefined) {
    if (!/^[1-9][0-9]{0,15}$/.test(f.cursor)) throw invalid('query.cursor', 'cursor is not one this server gave out');
    beforeSeq = Number(f.cursor);
  }
  const items = await repo.listEntries(db, {
    recordType: f.recordType,
    recordId: f.recordId,
    actorUserId: f.actor,
    operation: f.operation,
    from: f.from,
    to: f.to,
    beforeSeq,
    limit: f.limit,
  });
  const last = items[items.length - 1];
  return { items, nextCursor: items.length === f.limit && last ? String(last.seq) : null };
}

/**
 * The export for an outside auditor, as NDJSON lines: a header, every entry in seq order, and the
 * head. `accord audit verify --file` checks it with no database (src/server/audit/offline.ts).
 */
export async function* exportAudit(db: Q, actor: Actor, now = new Date()): AsyncGenerator<string> {
  requireRole(actor, 'admin');
  const head = await repo.readHead(db);
  yield `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), hash: 'sha256', canonicalisation: 'JSON, object keys sorted at every depth, no white space', genesis: GENESIS_HASH })}\n`;
  for await (const entry of repo.entriesFrom(db, 1)) {
    // Entries appended after the head was read belong to the next export.
    if (entry.seq > head.seq) break;
    yield `${JSON.stringify({ entry })}\n`;
  }
  yield `${JSON.stringify({ head })}\n`;
}

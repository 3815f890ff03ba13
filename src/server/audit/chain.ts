// The audit chain's rules, pure so that the server and the offline verifier (an export file, no
// database) apply exactly the same ones. See docs/audit.md.
//
// An entry's hash is SHA-256 over the canonical JSON (keys sorted at every depth, no white space) of
// its fields and the previous entry's hash. seq is hashed too, so moving an entry is an edit.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The first line of an export names this format. */
export const EXPORT_FORMAT = 'accord-audit/1';

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { userId: number | null; name: string; role: string; party: string | null };
  operation: string;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth; undefined members are left out as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; inside objects they are skipped below.
    return text === undefined ? 'null' : text;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash an entry must carry: over everything in it but the hash itself. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, operation, recordType, recordId, before, after, prevHash } = entry;
  const body = canonicalJson({ seq, at, actor, operation, recordType, recordId, before: before ?? null, after: after ?? null, prevHash });
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

export interface ChainProblem {
  /** the first entry that is not as it was written (or, for a missing tail, the head's seq) */
  seq: number;
  reason: string;
}

export interface ChainVerification {
  ok: boolean;
  /** entries read */
  entries: number;
  /** the last good entry's seq and hash (0 and the genesis hash when there is none) */
  lastSeq: number;
  lastHash: string;
  firstBad: ChainProblem | null;
}

/**
 * Walks entries in seq order and names the first that breaks the chain: an edited entry's hash does
 * not match its content; a deleted one leaves a gap in seq and a broken link; an inserted or moved one
 * breaks the link of the entry after it (or its own hash). `head`, when given, is the tip recorded
 * separately; it catches a truncated tail, which the links alone cannot.
 */
export async function verifyChain(
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  options: { head?: { seq: number; hash: string }; start?: { seq: number; hash: string } } = {},
): Promise<ChainVerification> {
  let expectedSeq = (options.start?.seq ?? 0) + 1;
  let prevHash = options.start?.hash ?? GENESIS_HASH;
  let count = 0;
  const result = (firstBad: ChainProblem | null): ChainVerification => ({ ok: firstBad === null, entries: count, lastSeq: expectedSeq - 1, lastHash: prevHash, firstBad });
  for await (const entry of entries) {
    count += 1;
    if (entry.seq !== expectedSeq) {
      return result({
        seq: entry.seq,
        reason: entry.seq > expectedSeq ? `entry ${expectedSeq}${entry.seq - expectedSeq > 1 ? `-${entry.seq - 1}` : ''} is missing before entry ${entry.seq}` : `entry ${entry.seq} is out of order (expected ${expectedSeq})`,
      });
    }
    if (entry.prevHash !== prevHash) return result({ seq: entry.seq, reason: `entry ${entry.seq} does not link to the entry before it (prev_hash ${short(entry.prevHash)}, expected ${short(prevHash)})` });
    const recomputed = entryHash(entry);
    if (recomputed !== entry.hash) return result({ seq: entry.seq, reason: `entry ${entry.seq} was changed after it was written (its hash does not match its content)` });
    prevHash = entry.hash;
    expectedSeq += 1;
  }
  const head = options.head;
  if (head !== undefined) {
    const last = expectedSeq - 1;
    if (head.seq > last) return result({ seq: last + 1, reason: `entries ${last + 1}-${head.seq} are missing: the chain's head is at entry ${head.seq}` });
    if (head.seq < last) return result({ seq: head.seq + 1, reason: `entry ${head.seq + 1} was added outside the audit trail: the chain's head is at entry ${head.seq}` });
    if (head.hash !== prevHash) return result({ seq: last, reason: `the chain's head (${short(head.hash)}) does not match entry ${last} (${short(prevHash)})` });
  }
  return result(null);
}

function short(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

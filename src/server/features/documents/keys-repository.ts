// SQL for the parties' public keys. Returns domain shapes, not rows.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PartyKeysTable } from './tables.ts';

type Q = Kysely<Database>;

export interface PartyKey {
  id: number;
  party: string;
  publicKeyPem: string;
  fingerprint: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

function toKey(row: Selectable<PartyKeysTable>): PartyKey {
  return { id: row.id, party: row.party, publicKeyPem: row.public_key_pem, fingerprint: row.fingerprint, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
}

export async function insertKey(db: Q, k: { party: string; publicKeyPem: string; fingerprint: string; label: string | null; createdBy: number | null; now: string }): Promise<PartyKey> {
  const row = await db
    .insertInto('party_keys')
    .values({ party: k.party, public_key_pem: k.publicKeyPem, fingerprint: k.fingerprint, label: k.label, created_by: k.createdBy, created_at: k.now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toKey(row);
}

export async function findKeyByFingerprint(db: Q, fingerprint: string): Promise<PartyKey | undefined> {
  const row = await db.selectFrom('party_keys').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
  return row && toKey(row);
}

export async function listKeys(db: Q, party?: string): Promise<PartyKey[]> {
  let q = db.selectFrom('party_keys').selectAll();
  if (party !== undefined) q = q.where('party', '=', party);
  return (await q.orderBy('id').execute()).map(toKey);
}

export async function revokeKey(db: Q, id: number, now: string): Promise<PartyKey | undefined> {
  const row = await db.updateTable('party_keys').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
  return row && toKey(row);
}

// The parties' Ed25519 public keys: register, list, revoke. Private keys never reach the server.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import * as registryRepo from '../registry/repository.ts';
import { parsePublicKey } from './crypto.ts';
import * as keysRepo from './keys-repository.ts';
import type { PartyKey } from './keys-repository.ts';
import { requireKeyKeeper, userIdOf } from './permissions.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

/** Whether a key could sign at `at`: registered before, not revoked before. */
export function keyValidAt(key: PartyKey, at: string): boolean {
  return key.createdAt <= at && (key.revokedAt === null || key.revokedAt > at);
}

export async function registerPartyKey(db: Q, actor: Actor, input: { party: string; publicKey: string; label?: string | null | undefined; now?: Date }): Promise<PartyKey> {
  requireKeyKeeper(actor, input.party);
  if (!(await registryRepo.findParty(db, input.party))) throw invalid('party', `party ${input.party} is not in the registry`);
  let parsed;
  try {
    parsed = parsePublicKey(input.publicKey);
  } catch (error) {
    throw invalid('publicKey', `the public key ${(error as Error).message}`);
  }
  const existing = await keysRepo.findKeyByFingerprint(db, parsed.fingerprint);
  if (existing) throw new AppError('conflict', `This key is already registered (key ${existing.id} of ${existing.party}).`);
  const key = await keysRepo.insertKey(db, { party: input.party, publicKeyPem: parsed.pem, fingerprint: parsed.fingerprint, label: input.label ?? null, createdBy: userIdOf(actor), now: (input.now ?? new Date()).toISOString() });
  await appendAudit(db, actor, { operation: 'party_key.create', recordType: 'party_key', recordId: key.id, before: null, after: key }, input.now);
  return key;
}

export async function listPartyKeys(db: Q, _actor: Actor, party?: string): Promise<PartyKey[]> {
  return keysRepo.listKeys(db, party);
}

/** Revokes a key from now on: signatures made with it before stay valid (see docs/documents.md). */
export async function revokePartyKey(db: Q, actor: Actor, id: number, now = new Date()): Promise<PartyKey> {
  const key = (await keysRepo.listKeys(db)).find((k) => k.id === id);
  if (!key) throw notFound('Key', id);
  requireKeyKeeper(actor, key.party);
  const revoked = await keysRepo.revokeKey(db, id, now.toISOString());
  if (!revoked) throw new AppError('conflict', `Key ${id} is already revoked (${key.revokedAt}).`);
  await appendAudit(db, actor, { operation: 'party_key.revoke', recordType: 'party_key', recordId: id, before: null, after: revoked }, now);
  return revoked;
}

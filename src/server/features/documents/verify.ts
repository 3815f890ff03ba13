// Verification: recompute every stored file's SHA-256, check every version, approval and signing
// against it and against the parties' keys, and replay the order of the trail. Reports every
// discrepancy, the first one first, each naming the document, the version and the record.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { sha256Hex, shortHash, signedStatement, verifyStatement, type SignedAct } from './crypto.ts';
import type { PartyKey } from './keys-repository.ts';
import * as keysRepo from './keys-repository.ts';
import { keyValidAt } from './keys.ts';
import * as repo from './repository.ts';
import type { DocumentRecord, VersionRecord } from './repository.ts';
import { loadDocument } from './service.ts';
import { trailDigest } from './trail.ts';

type Q = Kysely<Database>;

export type SignatureCheck = 'valid' | 'invalid' | 'none';

export interface TrailEntry {
  at: string;
  act: 'version' | 'approval' | 'signing' | 'signatory';
  version: number;
  party: string | null;
  /** who uploaded, approved or recorded; the signatory's name for signatories */
  by: string | null;
  sha256: string;
  signature: SignatureCheck;
  keyFingerprint: string | null;
  note: string | null;
}

export interface VersionCheck {
  number: number;
  mediaType: string;
  size: number;
  recordedSha256: string;
  /** recomputed from the stored bytes; null when the bytes are missing */
  storedSha256: string | null;
  ok: boolean;
}

export interface Verification {
  documentId: number;
  title: string;
  status: DocumentRecord['status'];
  ok: boolean;
  checkedAt: string;
  problems: string[];
  versions: VersionCheck[];
  trail: TrailEntry[];
  trailHash: { recorded: string; computed: string; ok: boolean } | null;
}

export async function verifyDocument(db: Q, _actor: Actor, id: number, now = new Date()): Promise<Verification> {
  const doc = await loadDocument(db, id);
  const [versions, approvals, signing, keys] = await Promise.all([repo.listVersions(db, id), repo.listApprovals(db, id), repo.findSigning(db, id), keysRepo.listKeys(db)]);
  const keyById = new Map(keys.map((k) => [k.id, k]));
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const problems: string[] = [];
  const trail: TrailEntry[] = [];
  const label = `document ${id}`;

  const checks: VersionCheck[] = [];
  for (const v of versions) {
    const blob = await repo.findBlob(db, v.blobHash);
    const stored = blob ? sha256Hex(blob.content) : null;
    const where = `version ${v.number} of ${label}`;
    if (!blob) problems.push(`${where}: the stored content (blob ${shortHash(v.blobHash)}) is missing`);
    else if (stored !== v.sha256) problems.push(`${where}: stored content hash ${shortHash(stored ?? '')} does not match recorded ${shortHash(v.sha256)}`);
    else if (v.blobHash !== v.sha256) problems.push(`${where}: points at blob ${shortHash(v.blobHash)}, not at its recorded hash ${shortHash(v.sha256)}`);
    else if (blob.content.length !== v.size) problems.push(`${where}: stored content has ${blob.content.length} bytes, recorded ${v.size}`);
    checks.push({ number: v.number, mediaType: v.mediaType, size: v.size, recordedSha256: v.sha256, storedSha256: stored, ok: blob !== undefined && stored === v.sha256 && v.blobHash === v.sha256 && blob.content.length === v.size });
    trail.push({ at: v.createdAt, act: 'version', version: v.number, party: null, by: null, sha256: v.sha256, signature: 'none', keyFingerprint: null, note: v.note });
  }
  const latest = versions.at(-1);
  if ((latest?.number ?? null) !== doc.currentVersion) problems.push(`${label}: the current version is recorded as ${doc.currentVersion ?? 'none'}, but the latest stored is ${latest?.number ?? 'none'}`);

  const signatureOf = (where: string, s: { act: SignedAct; version: VersionRecord; party: string; signature: string | null; keyId: number | null; at: string }): { check: SignatureCheck; key: PartyKey | undefined } => {
    if (s.signature === null) {
      if (s.keyId !== null) problems.push(`${where}: names key ${s.keyId} but carries no signature`);
      return { check: 'none', key: undefined };
    }
    const key = s.keyId === null ? undefined : keyById.get(s.keyId);
    if (!key) {
      problems.push(`${where}: its signature names ${s.keyId === null ? 'no key' : `key ${s.keyId}, which does not exist`}`);
      return { check: 'invalid', key };
    }
    if (key.party !== s.party) problems.push(`${where}: its signature was checked under key ${key.id}, which belongs to ${key.party}, not ${s.party}`);
    if (!keyValidAt(key, s.at)) problems.push(`${where}: key ${key.id} was not in force at ${s.at} (registered ${key.createdAt}${key.revokedAt ? `, revoked ${key.revokedAt}` : ''})`);
    const statement = signedStatement({ act: s.act, documentId: id, version: s.version.number, party: s.party, sha256: s.version.sha256 });
    if (!verifyStatement(key.publicKeyPem, statement, s.signature)) {
      problems.push(`${where}: the signature does not verify under ${s.party}'s key ${key.id} (${shortHash(key.fingerprint)}) for "${statement}"`);
      return { check: 'invalid', key };
    }
    return { check: key.party === s.party && keyValidAt(key, s.at) ? 'valid' : 'invalid', key };
  };

  for (const a of approvals) {
    const version = versionById.get(a.versionId);
    const where = `approval ${a.id} (${a.party}) of ${label}`;
    if (!version) {
      problems.push(`${where}: approves version id ${a.versionId}, which is not a version of this document`);
      continue;
    }
    if (!doc.parties.includes(a.party)) problems.push(`${where}: ${a.party} is not a party to the document`);
    if (a.approvedAt < version.createdAt) problems.push(`${where}: approved at ${a.approvedAt}, before version ${version.number} was uploaded (${version.createdAt})`);
    const { check, key } = signatureOf(`${where}, version ${version.number}`, { act: 'approve', version, party: a.party, signature: a.signature, keyId: a.keyId, at: a.approvedAt });
    trail.push({ at: a.approvedAt, act: 'approval', version: version.number, party: a.party, by: a.approvedByName, sha256: version.sha256, signature: check, keyFingerprint: key?.fingerprint ?? null, note: a.voidedAt === null ? null : `void since ${a.voidedAt}: a newer version was uploaded` });
  }

  let trailHash: Verification['trailHash'] = null;
  if (signing) {
    const version = versionById.get(signing.versionId);
    const where = `the signing of ${label}`;
    if (!version) problems.push(`${where}: signs version id ${signing.versionId}, which is not a version of this document`);
    else {
      if (doc.status !== 'signed') problems.push(`${label}: a signing is recorded but the document is marked ${doc.status}`);
      if (version.number !== latest?.number) problems.push(`${where}: signs version ${version.number}, but version ${latest?.number ?? '?'} was stored after it`);
      for (const v of versions) if (v.createdAt > signing.recordedAt) problems.push(`${where}: version ${v.number} was uploaded (${v.createdAt}) after the signing (${signing.recordedAt})`);
      for (const party of doc.parties) {
        const approval = approvals.find((a) => a.versionId === version.id && a.party === party && a.voidedAt === null);
        if (!approval) problems.push(`${where}: ${party} has no approval of the signed version ${version.number}`);
        else if (approval.approvedAt > signing.recordedAt) problems.push(`${where}: ${party} approved version ${version.number} at ${approval.approvedAt}, after the signing was recorded (${signing.recordedAt})`);
        else if (approval.approvedAt.slice(0, 10) > signing.signedOn) problems.push(`${where}: ${party} approved version ${version.number} on ${approval.approvedAt.slice(0, 10)}, after the signing day ${signing.signedOn}`);
        if (!signing.signatories.some((s) => s.party === party)) problems.push(`${where}: no signatory signed for ${party}`);
      }
      trail.push({ at: signing.recordedAt, act: 'signing', version: version.number, party: null, by: signing.recordedByName, sha256: version.sha256, signature: 'none', keyFingerprint: null, note: `signed on ${signing.signedOn}${signing.place ? ` in ${signing.place}` : ''}${signing.engagementId ? ` at engagement ${signing.engagementId}` : ''}` });
      for (const s of signing.signatories) {
        const { check, key } = signatureOf(`signatory ${s.personName} (${s.party}) of ${label}`, { act: 'sign', version, party: s.party, signature: s.signature, keyId: s.keyId, at: signing.recordedAt });
        trail.push({ at: signing.recordedAt, act: 'signatory', version: version.number, party: s.party, by: s.personName, sha256: version.sha256, signature: check, keyFingerprint: key?.fingerprint ?? null, note: null });
      }
    }
    const computed = trailDigest({ document: doc, versions, approvals, signing });
    const ok = computed === signing.trailHash;
    if (!ok) problems.push(`${label}: the trail has changed since the signing (digest recorded ${shortHash(signing.trailHash)}, recomputed ${shortHash(computed)}): a version, approval or signatory record was edited`);
    trailHash = { recorded: signing.trailHash, computed, ok };
  } else if (doc.status === 'signed') {
    problems.push(`${label}: marked signed, but no signing is recorded`);
  }

  // Stable order: by time, then versions before approvals before the signing.
  const rank = { version: 0, approval: 1, signing: 2, signatory: 3 } as const;
  trail.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank[a.act] - rank[b.act]));
  return { documentId: id, title: doc.title, status: doc.status, ok: problems.length === 0, checkedAt: now.toISOString(), problems, versions: checks, trail, trailHash };
}

/** The verification as lines a person reads (the CLI prints this). */
export function formatVerification(v: Verification): string {
  const lines = [`Document ${v.documentId}: ${v.title} (${v.status})`];
  for (const c of v.versions) lines.push(`  version ${c.number}  ${c.mediaType}  ${c.size} bytes  sha256 ${c.recordedSha256}  ${c.ok ? 'ok' : 'MISMATCH'}`);
  lines.push('  trail:');
  for (const t of v.trail) {
    const sig = t.signature === 'none' ? '' : ` signature ${t.signature}${t.keyFingerprint ? ` (key ${shortHash(t.keyFingerprint)})` : ''}`;
    const who = [t.party, t.by].filter((x) => x !== null).join(' ');
    lines.push(`    ${t.at}  ${t.act.padEnd(9)} v${t.version}${who ? `  ${who}` : ''}${sig}${t.note ? `  — ${t.note}` : ''}`);
  }
  if (v.trailHash) lines.push(`  trail digest ${v.trailHash.recorded}${v.trailHash.ok ? ' (matches)' : ` (recomputed ${v.trailHash.computed})`}`);
  if (v.ok) lines.push('VERIFIED: every hash and signature checks out.');
  else {
    lines.push(`FAILED: ${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}:`);
    for (const p of v.problems) lines.push(`  - ${p}`);
  }
  return lines.join('\n');
}

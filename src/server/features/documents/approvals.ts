// Approval per party and the signing. The parties' keys are in keys.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound, type FieldProblem } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import * as registryRepo from '../registry/repository.ts';
import { signedStatement, verifyStatement, type SignedAct } from './crypto.ts';
import { partyOfApprover, requireSigner, userIdOf } from './permissions.ts';
import * as repo from './repository.ts';
import type { DocumentRecord, VersionRecord } from './repository.ts';
import * as keysRepo from './keys-repository.ts';
import { keyValidAt } from './keys.ts';
import { currentApprovals, getDocument, loadDocument, type DocumentDetail } from './service.ts';
import { trailDigest } from './trail.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

function fail(fields: FieldProblem[]): void {
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

/**
 * Checks a signature sent with an approval or a signing against the party's keys and returns the key
 * that verified it. With keyId the signature must verify under that key; without, under any key the
 * party holds now.
 */
async function checkSignature(
  db: Q,
  s: { path: string; act: SignedAct; doc: DocumentRecord; version: VersionRecord; party: string; signature: string; keyId: number | undefined; at: string },
): Promise<number> {
  const statement = signedStatement({ act: s.act, documentId: s.doc.id, version: s.version.number, party: s.party, sha256: s.version.sha256 });
  const keys = (await keysRepo.listKeys(db, s.party)).filter((k) => keyValidAt(k, s.at) && (s.keyId === undefined || k.id === s.keyId));
  if (keys.length === 0) {
    throw invalid(s.keyId === undefined ? s.path : `${s.path.replace(/signature$/, 'keyId')}`, s.keyId === undefined ? `party ${s.party} has no key in force to check the signature against` : `key ${s.keyId} is not a key of ${s.party} in force`);
  }
  const key = keys.find((k) => verifyStatement(k.publicKeyPem, statement, s.signature));
  if (!key) throw invalid(s.path, `the signature does not verify under ${s.party}'s key${keys.length > 1 ? 's' : ''} for the statement "${statement}"`);
  return key.id;
}

async function currentVersionOf(db: Q, doc: DocumentRecord, requested: number): Promise<VersionRecord> {
  if (doc.status === 'signed') throw new AppError('conflict', `Document ${doc.id} is already signed.`);
  if (doc.currentVersion === null) throw new AppError('conflict', `Document ${doc.id} has no text yet.`);
  if (requested !== doc.currentVersion) {
    throw new AppError('conflict', `Version ${requested} of document ${doc.id} is not the current version (${doc.currentVersion}); only the current version can be approved or signed.`, {
      fields: [{ path: 'version', message: `the current version is ${doc.currentVersion}` }],
      details: { currentVersion: doc.currentVersion },
    });
  }
  const version = await repo.findVersion(db, doc.id, requested);
  if (!version) throw notFound(`Version ${requested} of document`, doc.id);
  return version;
}

export interface Approve {
  documentId: number;
  /** the version number approved: must be the current one */
  version: number;
  party?: string | undefined;
  signature?: string | undefined;
  keyId?: number | undefined;
  now?: Date | undefined;
}

export async function approveVersion(db: Q, actor: Actor, input: Approve): Promise<DocumentDetail> {
  const at = (input.now ?? new Date()).toISOString();
  const party = partyOfApprover(actor, input.party);
  const doc = await loadDocument(db, input.documentId);
  if (!doc.parties.includes(party)) throw invalid('party', `${party} is not a party to document ${doc.id} (${doc.parties.join(', ')})`);
  const version = await currentVersionOf(db, doc, input.version);
  const approvals = await repo.listApprovals(db, doc.id);
  const already = approvals.find((a) => a.versionId === version.id && a.party === party);
  if (already) throw new AppError('conflict', `${party} already approved version ${version.number} of document ${doc.id} (${already.approvedAt}, ${already.approvedByName}).`);
  if (input.keyId !== undefined && input.signature === undefined) throw invalid('signature', 'keyId names the key of a signature: send the signature too');
  const keyId = input.signature === undefined ? null : await checkSignature(db, { path: 'signature', act: 'approve', doc, version, party, signature: input.signature, keyId: input.keyId, at });
  // Claim the document first (see uploadVersion): a racing approval or upload gets a 409.
  if (!(await repo.touchDocument(db, doc.id, doc.version, {}, at))) throw new AppError('conflict', `Document ${doc.id} was changed meanwhile; look at it again before approving.`);
  await repo.insertApproval(db, {
    documentId: doc.id,
    versionId: version.id,
    party,
    approvedBy: userIdOf(actor),
    approvedByName: actor.name,
    approvedAt: at,
    signature: input.signature ?? null,
    keyId,
  });
  const after = await getDocument(db, actor, doc.id);
  await appendAudit(db, actor, { operation: 'document.approve', recordType: 'document', recordId: doc.id, before: null, after });
  return after;
}

export interface SignatoryInput {
  personId: number;
  party: string;
  signature?: string | undefined;
  keyId?: number | undefined;
}

export interface Sign {
  documentId: number;
  version: number;
  signedOn: string;
  place?: string | null | undefined;
  /** where it was signed; the document's planned engagement when left out */
  engagementId?: number | null | undefined;
  signatories: SignatoryInput[];
  now?: Date | undefined;
}

export async function signDocument(db: Q, actor: Actor, input: Sign): Promise<DocumentDetail> {
  requireSigner(actor);
  const now = input.now ?? new Date();
  const at = now.toISOString();
  const doc = await loadDocument(db, input.documentId);
  const version = await currentVersionOf(db, doc, input.version);
  const versions = await repo.listVersions(db, doc.id);
  const approvals = await repo.listApprovals(db, doc.id);
  const approved = currentApprovals(doc, versions, approvals);
  const missing = doc.parties.filter((p) => !approved.has(p));
  if (missing.length > 0) {
    throw new AppError('conflict', `Document ${doc.id} cannot be signed: ${missing.join(' and ')} ${missing.length > 1 ? 'have' : 'has'} not approved version ${version.number}.`, {
      details: { missingApprovals: missing },
    });
  }

  const fields: FieldProblem[] = [];
  const today = at.slice(0, 10);
  if (input.signedOn > today) fields.push({ path: 'signedOn', message: `a signing is recorded when it has happened (today is ${today})` });
  const lastApproval = [...approved.values()].reduce((max, a) => (a.approvedAt > max ? a.approvedAt : max), '');
  if (input.signedOn < lastApproval.slice(0, 10)) fields.push({ path: 'signedOn', message: `the signing cannot precede the last approval (${lastApproval.slice(0, 10)})` });
  const engagementId = input.engagementId === undefined ? doc.engagementId : input.engagementId;
  const engagement = engagementId === null ? undefined : await repo.findEngagementBrief(db, engagementId);
  if (engagementId !== null && !engagement) fields.push({ path: 'engagementId', message: `engagement ${engagementId} does not exist` });
  if (engagement) {
    const { windowEarliest: from, windowLatest: to } = engagement;
    if ((from !== null && input.signedOn < from) || (to !== null && input.signedOn > to)) {
      fields.push({ path: 'signedOn', message: `engagement ${engagement.id} (${engagement.title}) took place ${from ?? '…'}–${to ?? '…'}, not on ${input.signedOn}` });
    }
  }
  if (input.signatories.length === 0) fields.push({ path: 'signatories', message: 'name the people who signed' });
  const people = await registryRepo.existingPeople(db, input.signatories.map((s) => s.personId));
  input.signatories.forEach((s, i) => {
    if (!people.has(s.personId)) fields.push({ path: `signatories.${i}.personId`, message: `person ${s.personId} does not exist` });
    if (!doc.parties.includes(s.party)) fields.push({ path: `signatories.${i}.party`, message: `${s.party} is not a party to document ${doc.id}` });
    if (input.signatories.findIndex((o) => o.personId === s.personId) !== i) fields.push({ path: `signatories.${i}.personId`, message: `person ${s.personId} is named twice` });
    if (s.keyId !== undefined && s.signature === undefined) fields.push({ path: `signatories.${i}.signature`, message: 'keyId names the key of a signature: send the signature too' });
  });
  const unsigned = doc.parties.filter((p) => !input.signatories.some((s) => s.party === p));
  if (unsigned.length > 0) fields.push({ path: 'signatories', message: `no signatory for ${unsigned.join(', ')}: every party signs` });
  fail(fields);

  const signatories = [];
  for (const [i, s] of input.signatories.entries()) {
    const keyId =
      s.signature === undefined
        ? null
        : await checkSignature(db, { path: `signatories.${i}.signature`, act: 'sign', doc, version, party: s.party, signature: s.signature, keyId: s.keyId, at });
    signatories.push({ personId: s.personId, party: s.party, position: i, signature: s.signature ?? null, keyId });
  }
  const signing = {
    versionId: version.id,
    signedOn: input.signedOn,
    place: input.place ?? engagement?.place ?? null,
    engagementId,
    recordedBy: userIdOf(actor),
    recordedByName: actor.name,
    recordedAt: at,
    signatories,
  };
  if (!(await repo.touchDocument(db, doc.id, doc.version, { status: 'signed' }, at))) throw new AppError('conflict', `Document ${doc.id} was changed meanwhile; look at it again before signing.`);
  const trailHash = trailDigest({ document: doc, versions, approvals, signing });
  await repo.insertSigning(db, { ...signing, documentId: doc.id, trailHash });
  const after = await getDocument(db, actor, doc.id);
  await appendAudit(db, actor, { operation: 'document.sign', recordType: 'document', recordId: doc.id, before: null, after });
  return after;
}

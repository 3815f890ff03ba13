// The only code that writes SQL for documents. Returns domain shapes, not rows.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DocumentKind, DocumentStatus, InstructionRelation } from './model.ts';
import type { DocumentApprovalsTable, DocumentsTable, DocumentVersionsTable } from './tables.ts';

type Q = Kysely<Database>;

export interface DocumentRecord {
  id: number;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  engagementId: number | null;
  currentVersion: number | null;
  notes: string | null;
  parties: string[];
  demo: boolean;
  version: number;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRecord {
  id: number;
  documentId: number;
  number: number;
  sha256: string;
  size: number;
  mediaType: string;
  blobHash: string;
  filename: string | null;
  note: string | null;
  createdBy: number | null;
  createdAt: string;
}

export interface ApprovalRecord {
  id: number;
  documentId: number;
  versionId: number;
  party: string;
  approvedBy: number | null;
  approvedByName: string;
  approvedAt: string;
  signature: string | null;
  keyId: number | null;
  voidedAt: string | null;
}

export interface SignatoryRecord {
  personId: number;
  personName: string;
  party: string;
  position: number;
  signature: string | null;
  keyId: number | null;
}

export interface SigningRecord {
  id: number;
  documentId: number;
  versionId: number;
  signedOn: string;
  place: string | null;
  engagementId: number | null;
  recordedBy: number | null;
  recordedByName: string;
  recordedAt: string;
  trailHash: string;
  signatories: SignatoryRecord[];
}

export interface InstructionLink {
  instructionId: number;
  title: string;
  relation: InstructionRelation;
  createdAt: string;
}

export interface EngagementBrief {
  id: number;
  title: string;
  place: string | null;
  status: string;
  windowEarliest: string | null;
  windowLatest: string | null;
}

function toDocument(row: Selectable<DocumentsTable>, parties: string[]): DocumentRecord {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    status: row.status as DocumentStatus,
    engagementId: row.engagement_id,
    currentVersion: row.current_version,
    notes: row.notes,
    parties,
    demo: row.demo === 1,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toVersion(row: Selectable<DocumentVersionsTable>): VersionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    sha256: row.sha256,
    size: Number(row.size),
    mediaType: row.media_type,
    blobHash: row.blob_hash,
    filename: row.filename,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toApproval(row: Selectable<DocumentApprovalsTable>): ApprovalRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    party: row.party,
    approvedBy: row.approved_by,
    approvedByName: row.approved_by_name,
    approvedAt: row.approved_at,
    signature: row.signature,
    keyId: row.key_id,
    voidedAt: row.voided_at,
  };
}

async function partiesOf(db: Q, ids: readonly number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('document_parties').select(['document_id', 'party']).where('document_id', 'in', ids).orderBy('document_id').orderBy('position').execute();
  for (const r of rows) map.set(r.document_id, [...(map.get(r.document_id) ?? []), r.party]);
  return map;
}

export interface DocumentValues {
  kind: DocumentKind;
  title: string;
  engagementId: number | null;
  notes: string | null;
  demo: boolean;
  createdBy: number | null;
  now: string;
}

export async function insertDocument(db: Q, v: DocumentValues): Promise<number> {
  const row = await db
    .insertInto('documents')
    .values({ kind: v.kind, title: v.title, engagement_id: v.engagementId, notes: v.notes, demo: v.demo ? 1 : 0, created_by: v.createdBy, created_at: v.now, updated_at: v.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function replaceParties(db: Q, documentId: number, parties: readonly string[]): Promise<void> {
  await db.deleteFrom('document_parties').where('document_id', '=', documentId).execute();
  if (parties.length > 0) {
    await db.insertInto('document_parties').values(parties.map((party, position) => ({ document_id: documentId, party, position }))).execute();
  }
}

export async function findDocument(db: Q, id: number): Promise<DocumentRecord | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toDocument(row, (await partiesOf(db, [id])).get(id) ?? []);
}

export interface DocumentFilter {
  kind?: DocumentKind | undefined;
  status?: DocumentStatus | undefined;
  party?: string | undefined;
  engagementId?: number | undefined;
  /** keyset: newest first, rows with id below this */
  beforeId?: number | undefined;
  limit: number;
}

export async function listDocuments(db: Q, f: DocumentFilter): Promise<DocumentRecord[]> {
  let q = db.selectFrom('documents').selectAll('documents');
  if (f.kind !== undefined) q = q.where('documents.kind', '=', f.kind);
  if (f.status !== undefined) q = q.where('documents.status', '=', f.status);
  if (f.engagementId !== undefined) q = q.where('documents.engagement_id', '=', f.engagementId);
  if (f.party !== undefined) {
    const party = f.party;
    q = q.where((eb) => eb.exists(eb.selectFrom('document_parties').select('document_parties.party').whereRef('document_parties.document_id', '=', 'documents.id').where('document_parties.party', '=', party)));
  }
  if (f.beforeId !== undefined) q = q.where('documents.id', '<', f.beforeId);
  const rows = await q.orderBy('documents.id', 'desc').limit(f.limit).execute();
  const parties = await partiesOf(db, rows.map((r) => r.id));
  return rows.map((r) => toDocument(r, parties.get(r.id) ?? []));
}

/**
 * Compare-and-set on the document's version: every change to a document (metadata, a version, an
 * approval, the signing) goes through here, so two concurrent changes cannot both build on the same
 * state. False when someone else changed it first.
 */
export async function touchDocument(
  db: Q,
  id: number,
  expectedVersion: number,
  patch: { kind?: DocumentKind; title?: string; engagementId?: number | null; notes?: string | null; currentVersion?: number; status?: DocumentStatus },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('documents')
    .set((eb) => ({
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.engagementId !== undefined && { engagement_id: patch.engagementId }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.currentVersion !== undefined && { current_version: patch.currentVersion }),
      ...(patch.status !== undefined && { status: patch.status }),
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores content under its hash; content already stored under that hash is kept as it is. */
export async function insertBlob(db: Q, blob: { hash: string; content: Buffer; now: string }): Promise<void> {
  await db
    .insertInto('blobs')
    .values({ hash: blob.hash, size: blob.content.length, content: blob.content, created_at: blob.now })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
}

export async function findBlob(db: Q, hash: string): Promise<{ hash: string; size: number; content: Buffer } | undefined> {
  const row = await db.selectFrom('blobs').select(['hash', 'size', 'content']).where('hash', '=', hash).executeTakeFirst();
  return row && { hash: row.hash, size: Number(row.size), content: Buffer.from(row.content) };
}

export async function insertVersion(
  db: Q,
  v: { documentId: number; number: number; sha256: string; size: number; mediaType: string; filename: string | null; note: string | null; createdBy: number | null; now: string },
): Promise<VersionRecord> {
  const row = await db
    .insertInto('document_versions')
    .values({
      document_id: v.documentId,
      number: v.number,
      sha256: v.sha256,
      size: v.size,
      media_type: v.mediaType,
      blob_hash: v.sha256,
      filename: v.filename,
      note: v.note,
      created_by: v.createdBy,
      created_at: v.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toVersion(row);
}

export async function listVersions(db: Q, documentId: number): Promise<VersionRecord[]> {
  return (await db.selectFrom('document_versions').selectAll().where('document_id', '=', documentId).orderBy('number').execute()).map(toVersion);
}

export async function findVersion(db: Q, documentId: number, number: number): Promise<VersionRecord | undefined> {
  const row = await db.selectFrom('document_versions').selectAll().where('document_id', '=', documentId).where('number', '=', number).executeTakeFirst();
  return row && toVersion(row);
}

export async function voidApprovals(db: Q, documentId: number, now: string): Promise<number> {
  const result = await db.updateTable('document_approvals').set({ voided_at: now }).where('document_id', '=', documentId).where('voided_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertApproval(
  db: Q,
  a: { documentId: number; versionId: number; party: string; approvedBy: number | null; approvedByName: string; approvedAt: string; signature: string | null; keyId: number | null },
): Promise<ApprovalRecord> {
  const row = await db
    .insertInto('document_approvals')
    .values({
      document_id: a.documentId,
      version_id: a.versionId,
      party: a.party,
      approved_by: a.approvedBy,
      approved_by_name: a.approvedByName,
      approved_at: a.approvedAt,
      signature: a.signature,
      key_id: a.keyId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toApproval(row);
}

export async function listApprovals(db: Q, documentId: number): Promise<ApprovalRecord[]> {
  return (await db.selectFrom('document_approvals').selectAll().where('document_id', '=', documentId).orderBy('id').execute()).map(toApproval);
}

export async function insertSigning(
  db: Q,
  s: Omit<SigningRecord, 'id' | 'signatories'> & { signatories: Omit<SignatoryRecord, 'personName'>[] },
): Promise<number> {
  const row = await db
    .insertInto('document_signings')
    .values({
      document_id: s.documentId,
      version_id: s.versionId,
      signed_on: s.signedOn,
      place: s.place,
      engagement_id: s.engagementId,
      recorded_by: s.recordedBy,
      recorded_by_name: s.recordedByName,
      recorded_at: s.recordedAt,
      trail_hash: s.trailHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('document_signatories')
    .values(s.signatories.map((p) => ({ signing_id: row.id, person_id: p.personId, party: p.party, position: p.position, signature: p.signature, key_id: p.keyId })))
    .execute();
  return row.id;
}

export async function findSigning(db: Q, documentId: number): Promise<SigningRecord | undefined> {
  const row = await db.selectFrom('document_signings').selectAll().where('document_id', '=', documentId).executeTakeFirst();
  if (!row) return undefined;
  const people = await db
    .selectFrom('document_signatories as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .select(['s.person_id', 'p.name', 's.party', 's.position', 's.signature', 's.key_id'])
    .where('s.signing_id', '=', row.id)
    .orderBy('s.position')
    .execute();
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    signedOn: row.signed_on,
    place: row.place,
    engagementId: row.engagement_id,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
    trailHash: row.trail_hash,
    signatories: people.map((p) => ({ personId: p.person_id, personName: p.name, party: p.party, position: p.position, signature: p.signature, keyId: p.key_id })),
  };
}

export async function listInstructionLinks(db: Q, documentId: number): Promise<InstructionLink[]> {
  const rows = await db
    .selectFrom('document_instructions as l')
    .innerJoin('instructions as i', 'i.id', 'l.instruction_id')
    .select(['l.instruction_id', 'i.title', 'l.relation', 'l.created_at'])
    .where('l.document_id', '=', documentId)
    .orderBy('l.instruction_id')
    .execute();
  return rows.map((r) => ({ instructionId: r.instruction_id, title: r.title, relation: r.relation as InstructionRelation, createdAt: r.created_at }));
}

/** Sets the instructions the document formalises; links to instructions it created are kept. */
export async function replaceFormalised(db: Q, documentId: number, instructionIds: readonly number[], now: string): Promise<void> {
  await db.deleteFrom('document_instructions').where('document_id', '=', documentId).where('relation', '=', 'formalises').execute();
  if (instructionIds.length > 0) {
    await db
      .insertInto('document_instructions')
      .values(instructionIds.map((id) => ({ document_id: documentId, instruction_id: id, relation: 'formalises', created_at: now })))
      .onConflict((oc) => oc.columns(['document_id', 'instruction_id']).doNothing())
      .execute();
  }
}

export async function insertInstructionLink(db: Q, link: { documentId: number; instructionId: number; relation: InstructionRelation; now: string }): Promise<void> {
  await db.insertInto('document_instructions').values({ document_id: link.documentId, instruction_id: link.instructionId, relation: link.relation, created_at: link.now }).execute();
}

export async function existingInstructions(db: Q, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  return new Set((await db.selectFrom('instructions').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
}

export async function findEngagementBrief(db: Q, id: number): Promise<EngagementBrief | undefined> {
  const row = await db.selectFrom('engagements').select(['id', 'title', 'place', 'status', 'window_earliest', 'window_latest']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, title: row.title, place: row.place, status: row.status, windowEarliest: row.window_earliest, windowLatest: row.window_latest };
}

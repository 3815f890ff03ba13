// Documents: create, read, list, change, upload versions, read a version's file, compare two texts.
// Approval, signing and keys live in approvals.ts; verification in verify.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound, type FieldProblem } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import type { Actor } from '../accounts/actor.ts';
import * as registryRepo from '../registry/repository.ts';
import { sha256Hex } from './crypto.ts';
import { diffLines, sideBySide, splitLines, type SideBySideRow } from './line-diff.ts';
import { contentProblem, isMediaType } from './media.ts';
import type { ApprovalState, DocumentKind, DocumentStatus } from './model.ts';
import { requireDrafter, userIdOf } from './permissions.ts';
import * as repo from './repository.ts';
import type { ApprovalRecord, DocumentRecord, EngagementBrief, InstructionLink, SigningRecord, VersionRecord } from './repository.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

export type VersionView = Omit<VersionRecord, 'documentId' | 'blobHash'>;

export interface ApprovalView extends Omit<ApprovalRecord, 'documentId' | 'versionId'> {
  versionNumber: number;
  /** false once a newer version was uploaded */
  valid: boolean;
  signed: boolean;
}

export interface SigningView extends Omit<SigningRecord, 'documentId' | 'versionId'> {
  versionNumber: number;
}

export interface DocumentView extends DocumentRecord {
  approvalState: ApprovalState;
  /** For each party: its approval of the current version, or null. */
  partyApprovals: { party: string; approval: ApprovalView | null }[];
}

export interface DocumentDetail extends DocumentView {
  current: VersionView | null;
  versions: VersionView[];
  approvals: ApprovalView[];
  signing: SigningView | null;
  engagement: EngagementBrief | null;
  instructions: InstructionLink[];
}

function fail(fields: FieldProblem[]): void {
  if (fields.length > 0) throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

function versionView(v: VersionRecord): VersionView {
  const { documentId: _d, blobHash: _b, ...rest } = v;
  return rest;
}

function approvalView(a: ApprovalRecord, numbers: Map<number, number>): ApprovalView {
  const { documentId: _d, versionId, ...rest } = a;
  return { ...rest, versionNumber: numbers.get(versionId) ?? 0, valid: a.voidedAt === null, signed: a.signature !== null };
}

/** Approvals of the current version that still count, by party. */
export function currentApprovals(doc: DocumentRecord, versions: readonly VersionRecord[], approvals: readonly ApprovalRecord[]): Map<string, ApprovalRecord> {
  const current = versions.find((v) => v.number === doc.currentVersion);
  const map = new Map<string, ApprovalRecord>();
  if (!current) return map;
  for (const a of approvals) if (a.versionId === current.id && a.voidedAt === null && doc.parties.includes(a.party)) map.set(a.party, a);
  return map;
}

function approvalState(doc: DocumentRecord, approved: Map<string, ApprovalRecord>): ApprovalState {
  if (doc.status === 'signed') return 'signed';
  if (doc.currentVersion === null) return 'no_text';
  return doc.parties.length > 0 && doc.parties.every((p) => approved.has(p)) ? 'approved' : 'in_approval';
}

export async function loadDocument(db: Q, id: number): Promise<DocumentRecord> {
  const doc = await repo.findDocument(db, id);
  if (!doc) throw notFound('Document', id);
  return doc;
}

export async function getDocument(db: Q, _actor: Actor, id: number): Promise<DocumentDetail> {
  const doc = await loadDocument(db, id);
  const [versions, approvals, signing, instructions] = await Promise.all([repo.listVersions(db, id), repo.listApprovals(db, id), repo.findSigning(db, id), repo.listInstructionLinks(db, id)]);
  const numbers = new Map(versions.map((v) => [v.id, v.number]));
  const approved = currentApprovals(doc, versions, approvals);
  const engagementId = signing?.engagementId ?? doc.engagementId;
  const current = versions.find((v) => v.number === doc.currentVersion);
  let signingView: SigningView | null = null;
  if (signing) {
    const { documentId: _d, versionId, ...rest } = signing;
    signingView = { ...rest, versionNumber: numbers.get(versionId) ?? 0 };
  }
  return {
    ...doc,
    approvalState: approvalState(doc, approved),
    partyApprovals: doc.parties.map((party) => {
      const a = approved.get(party);
      return { party, approval: a ? approvalView(a, numbers) : null };
    }),
    current: current ? versionView(current) : null,
    versions: versions.map(versionView),
    approvals: approvals.map((a) => approvalView(a, numbers)),
    signing: signingView,
    engagement: engagementId === null ? null : ((await repo.findEngagementBrief(db, engagementId)) ?? null),
    instructions,
  };
}

export interface DocumentListFilter {
  kind?: DocumentKind | undefined;
  status?: DocumentStatus | undefined;
  party?: string | undefined;
  engagementId?: number | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listDocuments(db: Q, _actor: Actor, f: DocumentListFilter): Promise<{ items: DocumentRecord[]; nextCursor: string | null }> {
  const beforeId = f.cursor === undefined ? undefined : Number(decodeCursor(f.cursor, 1)[0]);
  const rows = await repo.listDocuments(db, { ...f, beforeId, limit: f.limit + 1 });
  const items = rows.slice(0, f.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > f.limit && last ? encodeCursor([last.id]) : null };
}

async function checkRefs(db: Q, input: { parties?: readonly string[] | undefined; engagementId?: number | null | undefined; instructionIds?: readonly number[] | undefined }, fields: FieldProblem[]): Promise<void> {
  if (input.parties !== undefined) {
    const known = new Set((await registryRepo.listParties(db)).map((p) => p.code));
    if (input.parties.length === 0) fields.push({ path: 'parties', message: 'a document has at least one party' });
    input.parties.forEach((p, i) => {
      if (!known.has(p)) fields.push({ path: `parties.${i}`, message: `party ${p} is not in the registry` });
      if (input.parties?.indexOf(p) !== i) fields.push({ path: `parties.${i}`, message: `party ${p} is named twice` });
    });
  }
  if (input.engagementId != null && !(await repo.findEngagementBrief(db, input.engagementId))) {
    fields.push({ path: 'engagementId', message: `engagement ${input.engagementId} does not exist` });
  }
  if (input.instructionIds !== undefined) {
    const found = await repo.existingInstructions(db, input.instructionIds);
    input.instructionIds.forEach((id, i) => {
      if (!found.has(id)) fields.push({ path: `instructionIds.${i}`, message: `instruction ${id} does not exist` });
    });
  }
}

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  parties: string[];
  engagementId?: number | null | undefined;
  /** instructions the document formalises */
  instructionIds?: number[] | undefined;
  notes?: string | null | undefined;
  /** the first version's text, when it is already there */
  text?: string | undefined;
  demo?: boolean | undefined;
}

export async function createDocument(db: Q, actor: Actor, input: NewDocument, options: { limit: number; now?: Date }): Promise<DocumentDetail> {
  requireDrafter(actor, input.parties);
  const now = options.now ?? new Date();
  const fields: FieldProblem[] = [];
  await checkRefs(db, input, fields);
  if (input.text !== undefined) checkText(input.text, 'text', fields);
  fail(fields);
  const id = await repo.insertDocument(db, {
    kind: input.kind,
    title: input.title,
    engagementId: input.engagementId ?? null,
    notes: input.notes ?? null,
    demo: input.demo ?? false,
    createdBy: userIdOf(actor),
    now: now.toISOString(),
  });
  await repo.replaceParties(db, id, input.parties);
  await repo.replaceFormalised(db, id, input.instructionIds ?? [], now.toISOString());
  if (input.text !== undefined) {
    await uploadVersion(db, actor, { documentId: id, content: Buffer.from(input.text, 'utf8'), mediaType: 'text/plain', limit: options.limit, now });
  }
  const created = await getDocument(db, actor, id);
  await appendAudit(db, actor, { operation: 'document.create', recordType: 'document', recordId: id, before: null, after: created }, now);
  return created;
}

function checkText(text: string, path: string, fields: FieldProblem[]): void {
  if (text.trim() === '') fields.push({ path, message: 'the text is empty' });
}

export interface DocumentPatch {
  kind?: DocumentKind | undefined;
  title?: string | undefined;
  parties?: string[] | undefined;
  engagementId?: number | null | undefined;
  instructionIds?: number[] | undefined;
  notes?: string | null | undefined;
}

export async function updateDocument(db: Q, actor: Actor, options: { id: number; expectedVersion: number; patch: DocumentPatch; now?: Date }): Promise<DocumentDetail> {
  const { id, patch } = options;
  const now = (options.now ?? new Date()).toISOString();
  const doc = await loadDocument(db, id);
  requireDrafter(actor, doc.parties);
  // Which states are party to a document is the secretariat's call, not a drafting ministry's: an
  // executor could otherwise drop the other party, or its own and hand the draft to a third state.
  if (patch.parties !== undefined && actor.role === 'executor') throw forbidden('Executors draft a document; which states are parties to it is changed by controllers or admins.');
  if (doc.version !== options.expectedVersion) throw new AppError('precondition_failed', `Document ${id} was changed by someone else (version ${doc.version}, you sent ${options.expectedVersion}).`);
  if (doc.status === 'signed') {
    const frozen = (['kind', 'title', 'parties', 'engagementId'] as const).filter((k) => patch[k] !== undefined);
    if (frozen.length > 0) {
      throw new AppError('conflict', `Document ${id} is signed: its ${frozen.join(', ')} can no longer change (notes and linked instructions can).`, {
        fields: frozen.map((k) => ({ path: k, message: 'frozen by the signing' })),
      });
    }
  }
  const fields: FieldProblem[] = [];
  await checkRefs(db, patch, fields);
  fail(fields);
  const { parties, instructionIds, ...columns } = patch;
  if (!(await repo.touchDocument(db, id, options.expectedVersion, columns, now))) throw new AppError('precondition_failed', `Document ${id} was changed by someone else meanwhile.`);
  if (parties !== undefined) await repo.replaceParties(db, id, parties);
  if (instructionIds !== undefined) await repo.replaceFormalised(db, id, instructionIds, now);
  const updated = await getDocument(db, actor, id);
  await appendAudit(db, actor, { operation: 'document.update', recordType: 'document', recordId: id, before: doc, after: updated });
  return updated;
}

export interface NewVersion {
  documentId: number;
  content: Buffer;
  mediaType: string;
  filename?: string | null | undefined;
  note?: string | null | undefined;
  /** from If-Match, when the client sent one */
  expectedVersion?: number | undefined;
  /** the largest file accepted, in bytes (ACCORD_DOCUMENT_LIMIT) */
  limit: number;
  now?: Date | undefined;
}

export interface UploadResult {
  version: VersionView;
  /** approvals of earlier versions that no longer count */
  voidedApprovals: number;
  documentVersion: number;
}

/**
 * Stores a new version: the content under its SHA-256, the version row, the voiding of earlier
 * approvals and the document's new current version, all in the caller's transaction, so an
 * interrupted upload leaves nothing behind.
 */
export async function uploadVersion(db: Q, actor: Actor, input: NewVersion): Promise<UploadResult> {
  const now = (input.now ?? new Date()).toISOString();
  const doc = await loadDocument(db, input.documentId);
  requireDrafter(actor, doc.parties);
  if (input.expectedVersion !== undefined && input.expectedVersion !== doc.version) {
    throw new AppError('precondition_failed', `Document ${doc.id} was changed by someone else (version ${doc.version}, you sent ${input.expectedVersion}).`);
  }
  if (doc.status === 'signed') throw new AppError('conflict', `Document ${doc.id} is signed; its text can no longer change.`);
  if (input.content.length > input.limit) {
    throw new AppError('payload_too_large', `The file has ${input.content.length} bytes; the limit is ${input.limit} (ACCORD_DOCUMENT_LIMIT).`);
  }
  if (!isMediaType(input.mediaType)) throw new AppError('unsupported_media_type', `A version is a PDF, a .docx or plain text, not ${input.mediaType}.`);
  const problem = contentProblem(input.mediaType, input.content);
  if (problem) throw new AppError('validation', `The upload is not a valid ${input.mediaType} file: ${problem}.`, { fields: [{ path: 'body', message: problem }] });
  const sha256 = sha256Hex(input.content);
  const current = doc.currentVersion === null ? undefined : await repo.findVersion(db, doc.id, doc.currentVersion);
  if (current && current.sha256 === sha256 && current.mediaType === input.mediaType) {
    throw new AppError('conflict', `The upload is identical to version ${current.number} (SHA-256 ${sha256}); nothing changed.`);
  }
  const number = (doc.currentVersion ?? 0) + 1;
  // Claim the document first: a concurrent change now waits for this transaction, then finds the
  // version moved on and gets a 409, instead of colliding on the version number.
  if (!(await repo.touchDocument(db, doc.id, doc.version, { currentVersion: number }, now))) {
    throw new AppError('conflict', `Document ${doc.id} was changed meanwhile; upload again.`);
  }
  await repo.insertBlob(db, { hash: sha256, content: input.content, now });
  const version = await repo.insertVersion(db, {
    documentId: doc.id,
    number,
    sha256,
    size: input.content.length,
    mediaType: input.mediaType,
    filename: input.filename ?? null,
    note: input.note ?? null,
    createdBy: userIdOf(actor),
    now,
  });
  const voided = await repo.voidApprovals(db, doc.id, now);
  const result = { version: versionView(version), voidedApprovals: voided, documentVersion: doc.version + 1 };
  // The file's bytes are not copied into the trail: its version record carries their SHA-256.
  await appendAudit(db, actor, { operation: 'document.version', recordType: 'document', recordId: doc.id, before: null, after: result });
  return result;
}

export async function getVersion(db: Q, _actor: Actor, documentId: number, number: number): Promise<VersionRecord> {
  await loadDocument(db, documentId);
  const version = await repo.findVersion(db, documentId, number);
  if (!version) throw notFound(`Version ${number} of document`, documentId);
  return version;
}

export async function listVersions(db: Q, _actor: Actor, documentId: number): Promise<VersionView[]> {
  await loadDocument(db, documentId);
  return (await repo.listVersions(db, documentId)).map(versionView);
}

/** The stored file of a version, as stored: verification, not this, says whether it is intact. */
export async function getVersionContent(db: Q, actor: Actor, documentId: number, number: number): Promise<{ version: VersionRecord; content: Buffer }> {
  const version = await getVersion(db, actor, documentId, number);
  const blob = await repo.findBlob(db, version.blobHash);
  if (!blob) throw new AppError('internal', `The content of version ${number} of document ${documentId} (blob ${version.blobHash}) is missing.`);
  return { version, content: blob.content };
}

export interface DiffResult {
  from: VersionView;
  to: VersionView;
  identical: boolean;
  stats: { same: number; changed: number; removed: number; added: number };
  rows: SideBySideRow[];
}

/** A side-by-side line diff of two text versions. */
export async function diffVersions(db: Q, actor: Actor, options: { documentId: number; from: number; to: number }): Promise<DiffResult> {
  const from = await getVersionContent(db, actor, options.documentId, options.from);
  const to = await getVersionContent(db, actor, options.documentId, options.to);
  const fields: FieldProblem[] = [];
  for (const [path, v] of [['query.from', from.version], ['query.to', to.version]] as const) {
    if (v.mediaType !== 'text/plain') fields.push({ path, message: `version ${v.number} is ${v.mediaType}; only text versions can be compared line by line` });
  }
  fail(fields);
  const rows = sideBySide(diffLines(splitLines(from.content.toString('utf8')), splitLines(to.content.toString('utf8'))));
  const stats = { same: 0, changed: 0, removed: 0, added: 0 };
  for (const r of rows) stats[r.kind] += 1;
  return { from: versionView(from.version), to: versionView(to.version), identical: from.version.sha256 === to.version.sha256, stats, rows };
}

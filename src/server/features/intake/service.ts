// Intake: a readout becomes a source (once per text), extraction runs on it, and what it implies for
// the record waits as proposals until a person accepts (optionally with edits) or rejects them.
// Accepting goes through the owning features' services and writes provenance; the route owns the
// transaction, so a refused change (an impossible schedule: 409) leaves nothing behind.
import type { Kysely } from 'kysely';
import { isIsoDay } from '../../../domain/days.ts';
import { extract } from '../../../extraction/extract.ts';
import type { ExtractionDocument } from '../../../extraction/types.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { WRITERS } from '../engagements/service.ts';
import { listConstraints } from '../schedule/service.ts';
import { applyEvent, findCandidates, type Applied } from './apply-event.ts';
import { applyAlias, applyConstraint, applyInstruction, applyPerson } from './apply-other.ts';
import { readEdits } from './edits.ts';
import { readPayload, type ProposalKind, type ProposalStatus } from './payloads.ts';
import { draftProposals } from './propose.ts';
import * as repo from './repository.ts';
import type { Proposal, Source } from './repository.ts';
import { Resolver } from './resolver.ts';
import { articleFromHtml, canonicalText, headerFacts, headerUrl, sha256Hex, type SourceMediaType } from './text.ts';
import { normalizeName } from '../registry/normalize.ts';
import { appendAudit } from '../../audit/service.ts';

type Q = Kysely<Database>;

/** The longest readout taken (characters); press readouts are a few thousand. */
export const MAX_SOURCE_CHARS = 1_000_000;

export interface NewSource {
  text: string;
  mediaType?: SourceMediaType | undefined;
  publisher?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
  publishedOn?: string | null | undefined;
}

export interface IngestResult {
  source: Source;
  /** false when the same text was already a source: nothing new was proposed. */
  created: boolean;
  proposals: Proposal[];
}

export interface PreparedExtraction {
  sha256: string;
  reference: string | null;
  doc: ExtractionDocument;
}

export interface IngestOptions {
  now?: Date | undefined;
  /** A registry snapshot shared across a batch (bulk ingest); loaded per call otherwise. */
  resolver?: Resolver | undefined;
  /** An extraction already made (bulk ingest extracts in worker threads); used only if made of this very text with this reference date. */
  extraction?: PreparedExtraction | undefined;
}

function fingerprint(...parts: (string | number)[]): string {
  return sha256Hex(parts.join('\u0000'));
}

export async function ingestSource(db: Q, actor: Actor, input: NewSource, options: IngestOptions = {}): Promise<IngestResult> {
  requireRole(actor, ...WRITERS);
  const now = options.now ?? new Date();
  const mediaType = input.mediaType ?? 'text/plain';
  let raw = input.text;
  let meta: { title: string | null; publisher: string | null; publishedOn: string | null } = { title: null, publisher: null, publishedOn: null };
  if (raw.length > MAX_SOURCE_CHARS) throw invalid('text', `the text is longer than ${MAX_SOURCE_CHARS} characters`);
  if (mediaType === 'text/html') {
    const article = articleFromHtml(raw, input.url);
    if (!article) throw invalid('text', 'the page has no readable article text');
    raw = article.text;
    meta = article;
  }
  const text = canonicalText(raw);
  if (text.length === 0) throw invalid('text', 'the text is empty');
  if (input.publishedOn != null && !isIsoDay(input.publishedOn)) throw invalid('publishedOn', `'${input.publishedOn}' is not a calendar day (YYYY-MM-DD)`);
  const sha256 = sha256Hex(text);
  const known = await repo.findSourceBySha(db, sha256);
  if (known) return { source: known, created: false, proposals: await repo.listProposals(db, { sourceId: known.id, limit: 1000 }) };

  const header = headerFacts(text);
  const publishedOn = input.publishedOn ?? header.publishedOn ?? meta.publishedOn;
  const inserted = await repo.insertSource(db, {
    text,
    sha256,
    publisher: input.publisher?.trim() || header.publisher || meta.publisher,
    title: input.title?.trim() || header.title || meta.title,
    url: input.url?.trim() || headerUrl(text),
    publishedOn,
    mediaType,
    bodyStart: header.bodyStart,
    createdBy: actor.userId || null,
    createdAt: now.toISOString(),
  });
  if (!inserted) {
    const raced = await repo.findSourceBySha(db, sha256);
    if (!raced) throw new AppError('internal', 'The source could not be stored.');
    return { source: raced, created: false, proposals: await repo.listProposals(db, { sourceId: raced.id, limit: 1000 }) };
  }
  const proposals = await proposeFor(db, actor, inserted, options.resolver ?? (await Resolver.load(db)), now, options.extraction?.sha256 === sha256 && options.extraction.reference === publishedOn ? options.extraction.doc : undefined);
  // The source's text is in the sources table under its SHA-256; the trail records what was stored.
  const { text: _text, ...sourceWithoutText } = inserted;
  await appendAudit(db, actor, { operation: 'source.create', recordType: 'source', recordId: inserted.id, before: null, after: { ...sourceWithoutText, proposalIds: proposals.map((q) => q.id) } }, now);
  return { source: inserted, created: true, proposals };
}

async function proposeFor(db: Q, actor: Actor, source: Source, resolver: Resolver, now: Date, extraction?: ExtractionDocument): Promise<Proposal[]> {
  const doc = extraction ?? extract(source.text, source.publishedOn ? { reference: source.publishedOn } : {});
  const drafts = await draftProposals({ source, doc, resolver, findCandidates: (kind, window) => findCandidates(db, actor, kind, window) });
  const at = now.toISOString();
  const draft = (p: Omit<repo.NewProposal, 'sourceId' | 'now' | 'status' | 'reason'> & { status?: ProposalStatus; reason?: string | null }): repo.NewProposal => ({ sourceId: source.id, now: at, status: 'pending', reason: null, ...p });
  // Two statements per source: what stands alone, then what refers to the event proposals.
  const first: repo.NewProposal[] = [];
  for (const person of drafts.people) first.push(draft({ kind: 'new_person', payload: person, targetType: null, targetId: null, fingerprint: fingerprint('person', normalizeName(person.name)) }));
  for (const a of drafts.aliases) first.push(draft({ kind: 'new_alias', payload: a, targetType: 'person', targetId: a.personId, fingerprint: fingerprint('alias', a.personId, normalizeName(a.alias)) }));
  const eventKey = new Map<number, string>();
  const targets = new Map<number, number | null>();
  for (const d of drafts.events) {
    const kind: ProposalKind = d.targetId === null ? 'new_engagement' : 'update_engagement';
    d.payload.summary = d.targetId === null ? [`new engagement: ${d.payload.title}`] : [`update of engagement ${d.targetId}: another source`];
    const key = fingerprint(source.id, 'event', d.event);
    eventKey.set(d.event, key);
    targets.set(d.event, d.targetId);
    first.push(draft({ kind, payload: d.payload, targetType: d.targetId === null ? null : 'engagement', targetId: d.targetId, fingerprint: key }));
  }
  const inserted = await repo.insertProposals(db, first);
  const eventProposal = (event: number): Proposal | undefined => inserted.get(eventKey.get(event) ?? '');

  const second: repo.NewProposal[] = [];
  for (const c of drafts.constraints) {
    const before = eventProposal(c.beforeEvent);
    const after = eventProposal(c.afterEvent);
    if (!before || !after) continue;
    const bt = targets.get(c.beforeEvent) ?? null;
    const at2 = targets.get(c.afterEvent) ?? null;
    // Already ordered in the record: kept for the trail, not for review.
    const exists = bt !== null && at2 !== null && (await listConstraints(db, actor, { engagementId: bt, limit: 500 })).some((x) => x.beforeId === bt && x.afterId === at2);
    const beforeTitle = (JSON.parse(before.payload) as { title: string }).title;
    const afterTitle = (JSON.parse(after.payload) as { title: string }).title;
    second.push(draft({
      kind: 'constraint',
      payload: { beforeProposalId: before.id, afterProposalId: after.id, beforeTitle, afterTitle, minGapDays: 1, note: `${source.publisher ?? 'The source'}${source.publishedOn ? `, ${source.publishedOn}` : ''}: ${source.text.slice(c.span.start, c.span.end).trim()}`.slice(0, 2000), span: c.span },
      targetType: null,
      targetId: null,
      fingerprint: fingerprint(source.id, 'constraint', c.beforeEvent, c.afterEvent),
      ...(exists && { status: 'superseded' as const, reason: 'already in the record' }),
    }));
  }
  for (const ins of drafts.instructions) {
    const ev = ins.event === null ? undefined : eventProposal(ins.event);
    second.push(draft({ kind: 'new_instruction', payload: { ...ins.payload, eventProposalId: ev?.id ?? null }, targetType: null, targetId: null, fingerprint: fingerprint(source.id, 'instruction', ins.payload.span.start, ins.payload.span.end) }));
  }
  const more = await repo.insertProposals(db, second);
  return [...inserted.values(), ...more.values()].sort((a, b) => a.id - b.id);
}

// ---- reading

export async function getSource(db: Q, _actor: Actor, id: number): Promise<Source> {
  const s = await repo.findSource(db, id);
  if (!s) throw notFound('Source', id);
  return s;
}

export async function listSources(db: Q, _actor: Actor, f: { afterId?: number | undefined; limit: number }): Promise<Source[]> {
  return repo.listSources(db, f);
}

export async function getProposal(db: Q, _actor: Actor, id: number): Promise<Proposal> {
  const p = await repo.findProposal(db, id);
  if (!p) throw notFound('Proposal', id);
  return p;
}

export async function listProposals(
  db: Q,
  _actor: Actor,
  f: { statuses?: readonly ProposalStatus[] | undefined; kinds?: readonly ProposalKind[] | undefined; sourceId?: number | undefined; afterId?: number | undefined; limit: number },
): Promise<Proposal[]> {
  return repo.listProposals(db, f);
}

export interface SourceWithSpans {
  source: Source;
  spans: repo.ProvenanceEntry[];
}

/** The sources of a record, each with the spans that set its fields. */
export async function sourcesOf(db: Q, _actor: Actor, recordType: 'engagement' | 'instruction', id: number): Promise<SourceWithSpans[]> {
  if (!(await repo.recordExists(db, recordType === 'engagement' ? 'engagements' : 'instructions', id))) throw notFound(recordType === 'engagement' ? 'Engagement' : 'Instruction', id);
  const rows = await repo.listProvenance(db, recordType, id);
  const sources = new Map((await repo.findSources(db, rows.map((r) => r.sourceId))).map((s) => [s.id, s]));
  const out = new Map<number, SourceWithSpans>();
  for (const r of rows) {
    const source = sources.get(r.sourceId);
    if (!source) continue;
    const entry = out.get(r.sourceId) ?? { source, spans: [] };
    entry.spans.push(r);
    out.set(r.sourceId, entry);
  }
  return [...out.values()];
}

// ---- deciding

async function apply(db: Q, actor: Actor, p: Proposal, edits: unknown, now: Date, dryRun: boolean): Promise<Applied> {
  const payload = readPayload(p.kind, p.payload);
  const e = readEdits(p.kind, edits);
  const source = await repo.findSource(db, p.sourceId);
  if (!source) throw notFound('Source', p.sourceId);
  let cached: Resolver | undefined;
  const resolver = async (): Promise<Resolver> => (cached ??= await Resolver.load(db));
  const base = { proposal: p, source, now, dryRun };
  if ((payload.kind === 'new_engagement' || payload.kind === 'update_engagement') && e.kind === 'event') {
    return applyEvent(db, actor, { proposalId: p.id, targetId: p.targetType === 'engagement' ? p.targetId : null, payload: payload.data, source, resolver, edits: e.edits, now, dryRun });
  }
  if (payload.kind === 'constraint' && e.kind === 'constraint') return applyConstraint(db, actor, { ...base, payload: payload.data, edits: e.edits });
  if (payload.kind === 'new_instruction' && e.kind === 'instruction') return applyInstruction(db, actor, { ...base, payload: payload.data, edits: e.edits });
  if (payload.kind === 'new_person' && e.kind === 'person') return applyPerson(db, actor, { ...base, payload: payload.data, edits: e.edits, resolver });
  if (payload.kind === 'new_alias' && e.kind === 'alias') return applyAlias(db, actor, { ...base, payload: payload.data, edits: e.edits });
  throw new AppError('internal', `Proposal ${p.id} of kind ${p.kind} has a payload of another kind.`);
}

export interface Decision {
  proposal: Proposal;
  applied: Applied;
  /** Pending proposals this acceptance made redundant (now superseded). */
  superseded: number[];
}

/** Applies the proposal's change (with the reviewer's edits). Accepting an accepted proposal again changes nothing. */
export async function acceptProposal(db: Q, actor: Actor, options: { id: number; edits?: unknown; expectedVersion?: number | undefined }, now = new Date()): Promise<Decision> {
  requireRole(actor, ...WRITERS);
  const p = await getProposal(db, actor, options.id);
  if (options.expectedVersion !== undefined && options.expectedVersion !== p.version) {
    throw new AppError('precondition_failed', `Proposal ${p.id} was decided or changed by someone else (version ${p.version}, you sent ${options.expectedVersion}).`);
  }
  if (p.status === 'accepted') return { proposal: p, applied: { changed: false, resultType: p.resultType as Applied['resultType'], resultId: p.resultId, summary: [] }, superseded: [] };
  if (p.status === 'rejected') throw new AppError('conflict', `Proposal ${p.id} was rejected${p.reason ? ` (${p.reason})` : ''}; it cannot be accepted.`);
  const applied = await apply(db, actor, p, options.edits, now, false);
  const ok = await repo.decideProposal(db, p.id, p.version, {
    status: 'accepted',
    reason: applied.changed ? null : 'already in the record',
    resultType: applied.resultType,
    resultId: applied.resultId,
    decidedBy: actor.userId || null,
    decidedAt: now.toISOString(),
  });
  if (!ok) throw new AppError('precondition_failed', `Proposal ${p.id} was decided by someone else while you accepted it.`);
  const superseded = applied.resultType === 'engagement' && applied.resultId !== null ? await supersedeRedundant(db, actor, applied.resultId, now) : [];
  const proposal = await getProposal(db, actor, p.id);
  await appendAudit(db, actor, { operation: 'proposal.accept', recordType: 'proposal', recordId: p.id, before: p, after: { proposal, applied, superseded } }, now);
  return { proposal, applied, superseded };
}

/** Pending updates of the engagement that would now change nothing are marked superseded. */
async function supersedeRedundant(db: Q, actor: Actor, engagementId: number, now: Date): Promise<number[]> {
  const out: number[] = [];
  for (const q of await repo.pendingTargeting(db, 'engagement', engagementId)) {
    const dry = await apply(db, actor, q, {}, now, true);
    if (dry.changed) continue;
    await repo.decideProposal(db, q.id, q.version, { status: 'superseded', reason: 'already in the record', resultType: dry.resultType, resultId: dry.resultId, decidedBy: actor.userId || null, decidedAt: now.toISOString() });
    out.push(q.id);
  }
  return out;
}

export async function rejectProposal(db: Q, actor: Actor, options: { id: number; reason: string; expectedVersion?: number | undefined }, now = new Date()): Promise<Decision> {
  requireRole(actor, ...WRITERS);
  const reason = options.reason.trim();
  if (reason.length === 0) throw invalid('reason', 'say why the proposal is rejected');
  const p = await getProposal(db, actor, options.id);
  if (options.expectedVersion !== undefined && options.expectedVersion !== p.version) {
    throw new AppError('precondition_failed', `Proposal ${p.id} was decided or changed by someone else (version ${p.version}, you sent ${options.expectedVersion}).`);
  }
  if (p.status === 'accepted') throw new AppError('conflict', `Proposal ${p.id} was accepted; change the record itself instead.`);
  if (p.status === 'rejected') return { proposal: p, applied: { changed: false, resultType: null, resultId: null, summary: [] }, superseded: [] };
  const decided = { resultType: null, resultId: null, decidedBy: actor.userId || null, decidedAt: now.toISOString() };
  if (!(await repo.decideProposal(db, p.id, p.version, { status: 'rejected', reason, ...decided }))) {
    throw new AppError('precondition_failed', `Proposal ${p.id} was decided by someone else while you rejected it.`);
  }
  // What depended on it (an ordering or an instruction issued at that engagement) cannot stand alone.
  const dependents: number[] = [];
  for (const q of await repo.listProposals(db, { sourceId: p.sourceId, statuses: ['pending'], kinds: ['constraint', 'new_instruction'], limit: 1000 })) {
    const data = JSON.parse(q.payload) as { beforeProposalId?: number; afterProposalId?: number; eventProposalId?: number | null };
    if (data.beforeProposalId === p.id || data.afterProposalId === p.id) {
      await repo.decideProposal(db, q.id, q.version, { status: 'rejected', reason: `depends on rejected proposal ${p.id}`, ...decided });
      dependents.push(q.id);
    }
  }
  const proposal = await getProposal(db, actor, p.id);
  await appendAudit(db, actor, { operation: 'proposal.reject', recordType: 'proposal', recordId: p.id, before: p, after: { proposal, dependentsRejected: dependents } }, now);
  return { proposal, applied: { changed: false, resultType: null, resultId: null, summary: [] }, superseded: dependents };
}

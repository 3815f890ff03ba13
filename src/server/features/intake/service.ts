// Intake: a readout becomes a source (once per text, ingest.ts), extraction runs on it, and what it
// implies for the record waits as proposals until a person accepts (optionally with edits) or rejects them.
// Accepting goes through the owning features' services and writes provenance; the route owns the
// transaction, so a refused change (an impossible schedule: 409) leaves nothing behind.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { WRITERS } from '../engagements/service.ts';
import { applyEvent, type Applied } from './apply-event.ts';
import { applyAlias, applyConstraint, applyInstruction, applyPerson } from './apply-other.ts';
import { readEdits } from './edits.ts';
import { readPayload, type ProposalKind, type ProposalStatus } from './payloads.ts';
import * as repo from './repository.ts';
import type { Proposal, Source } from './repository.ts';
import { Resolver } from './resolver.ts';
import { appendAudit } from '../../audit/service.ts';

// Storing readouts lives in ingest.ts (shared by the API, feeds and bulk intake); named here too for
// the callers that know intake by its service.
export { ingestSource, type IngestResult } from './ingest.ts';

type Q = Kysely<Database>;

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

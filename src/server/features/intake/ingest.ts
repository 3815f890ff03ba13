// A readout becomes a source (once per text), extraction runs on it, and what it implies for the
// record waits as proposals. One readout (the API, a feed) and a batch of them (bulk intake) take the
// same path: a batch costs a handful of statements (one look-up of the hashes, one insert of the
// sources, two of the proposals, one audit entry per source) instead of a dozen per readout. The
// caller owns the transaction: a batch is written whole or not at all.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAudit } from '../../audit/service.ts';
import { requireRole, type Actor } from '../accounts/actor.ts';
import { WRITERS } from '../engagements/service.ts';
import { normalizeName } from '../registry/normalize.ts';
import { listConstraints } from '../schedule/service.ts';
import { findCandidates } from './apply-event.ts';
import { kindGroup, type MatchCandidate } from './matching.ts';
import type { ProposalKind, ProposalStatus } from './payloads.ts';
import { draftProposals, type Drafts, type FindCandidates } from './propose.ts';
import { extractionOf, readySource, type NewSource, type ReadySource } from './ready.ts';
import * as repo from './repository.ts';
import type { Proposal, Source } from './repository.ts';
import { Resolver } from './resolver.ts';
import { sha256Hex } from './text.ts';

type Q = Kysely<Database>;

export interface IngestResult {
  source: Source;
  /** false when the same text was already a source: nothing new was proposed. */
  created: boolean;
  proposals: Proposal[];
}

export interface StoreOptions {
  now?: Date | undefined;
  /** A registry snapshot shared across batches (bulk ingest); loaded per call otherwise. */
  resolver?: Resolver | undefined;
  /** Whether a source already known comes back with its proposals (the API shows them; bulk only counts). */
  listKnown?: boolean;
}

function fingerprint(...parts: (string | number)[]): string {
  return sha256Hex(parts.join('\u0000'));
}

/** Stores one readout and proposes what it implies; the same text twice is one source. */
export async function ingestSource(db: Q, actor: Actor, input: NewSource, options: StoreOptions = {}): Promise<IngestResult> {
  requireRole(actor, ...WRITERS);
  const [result] = await storeSources(db, actor, [readySource(input)], { listKnown: true, ...options });
  return result as IngestResult;
}

/** Stores readouts made ready (in order; the same text twice is one source) and proposes what each implies. */
export async function storeSources(db: Q, actor: Actor, ready: readonly ReadySource[], options: StoreOptions = {}): Promise<IngestResult[]> {
  requireRole(actor, ...WRITERS);
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const known = await repo.findSourcesBySha(db, ready.map((r) => r.sha256));
  const fresh = new Map<string, ReadySource>();
  for (const r of ready) if (!known.has(r.sha256) && !fresh.has(r.sha256)) fresh.set(r.sha256, r);
  const inserted = await repo.insertSources(
    db,
    [...fresh.values()].map((r) => ({ text: r.text, sha256: r.sha256, publisher: r.publisher, title: r.title, url: r.url, publishedOn: r.publishedOn, mediaType: r.mediaType, bodyStart: r.bodyStart, createdBy: actor.userId || null, createdAt: at })),
  );
  // Stored by someone else since the look-up (a concurrent ingest): known after all.
  const raced = [...fresh.keys()].filter((sha) => !inserted.has(sha));
  if (raced.length > 0) for (const [sha, s] of await repo.findSourcesBySha(db, raced)) known.set(sha, s);

  const drafted: { source: Source; drafts: Drafts }[] = [];
  // The registry is read only when there is something to propose (a known text needs none).
  if (inserted.size > 0) {
    const resolver = options.resolver ?? (await Resolver.load(db));
    const candidates = memoCandidates(db, actor);
    for (const [sha, source] of inserted) {
      const doc = fresh.get(sha)?.doc ?? extractionOf(source);
      drafted.push({ source, drafts: await draftProposals({ source, doc, resolver, findCandidates: candidates }) });
    }
  }
  const proposals = await writeProposals(db, actor, drafted, at);

  const out: IngestResult[] = [];
  const reported = new Set<string>();
  for (const r of ready) {
    const source = inserted.get(r.sha256);
    if (source && !reported.has(r.sha256)) {
      reported.add(r.sha256);
      const list = proposals.get(source.id) ?? [];
      // The source's text is in the sources table under its SHA-256; the trail records what was stored.
      const { text: _text, ...sourceWithoutText } = source;
      await appendAudit(db, actor, { operation: 'source.create', recordType: 'source', recordId: source.id, before: null, after: { ...sourceWithoutText, proposalIds: list.map((q) => q.id) } }, now);
      out.push({ source, created: true, proposals: list });
      continue;
    }
    const stored = (known.get(r.sha256) ?? source) as Source;
    out.push({ source: stored, created: false, proposals: options.listKnown ? await repo.listProposals(db, { sourceId: stored.id, limit: 1000 }) : [] });
  }
  return out;
}

/** Candidates per kind group and window, asked once per call: readouts of a batch often share them. */
function memoCandidates(db: Q, actor: Actor): FindCandidates {
  const memo = new Map<string, Promise<MatchCandidate[]>>();
  return (kind, window) => {
    const key = `${kindGroup(kind)}|${window.earliest ?? ''}|${window.latest ?? ''}`;
    let hit = memo.get(key);
    if (!hit) {
      hit = findCandidates(db, actor, kind, window);
      memo.set(key, hit);
    }
    return hit;
  };
}

type Draft = Omit<repo.NewProposal, 'sourceId' | 'now' | 'status' | 'reason'> & { status?: ProposalStatus; reason?: string | null };

/** Two statements for all the sources: what stands alone, then what refers to the event proposals. Proposals by source id. */
async function writeProposals(db: Q, actor: Actor, drafted: readonly { source: Source; drafts: Drafts }[], at: string): Promise<Map<number, Proposal[]>> {
  const first: repo.NewProposal[] = [];
  const eventKeys = new Map<number, Map<number, string>>();
  for (const { source, drafts } of drafted) {
    const draft = (p: Draft): repo.NewProposal => ({ sourceId: source.id, now: at, status: 'pending', reason: null, ...p });
    for (const person of drafts.people) first.push(draft({ kind: 'new_person', payload: person, targetType: null, targetId: null, fingerprint: fingerprint('person', normalizeName(person.name)) }));
    for (const a of drafts.aliases) first.push(draft({ kind: 'new_alias', payload: a, targetType: 'person', targetId: a.personId, fingerprint: fingerprint('alias', a.personId, normalizeName(a.alias)) }));
    const keys = new Map<number, string>();
    for (const d of drafts.events) {
      const kind: ProposalKind = d.targetId === null ? 'new_engagement' : 'update_engagement';
      d.payload.summary = d.targetId === null ? [`new engagement: ${d.payload.title}`] : [`update of engagement ${d.targetId}: another source`];
      const key = fingerprint(source.id, 'event', d.event);
      keys.set(d.event, key);
      first.push(draft({ kind, payload: d.payload, targetType: d.targetId === null ? null : 'engagement', targetId: d.targetId, fingerprint: key }));
    }
    eventKeys.set(source.id, keys);
  }
  const inserted = await repo.insertProposals(db, first);

  const second: repo.NewProposal[] = [];
  for (const { source, drafts } of drafted) {
    const draft = (p: Draft): repo.NewProposal => ({ sourceId: source.id, now: at, status: 'pending', reason: null, ...p });
    const eventProposal = (event: number): Proposal | undefined => inserted.get(eventKeys.get(source.id)?.get(event) ?? '');
    const targetOf = (event: number): number | null => drafts.events.find((d) => d.event === event)?.targetId ?? null;
    for (const c of drafts.constraints) {
      const before = eventProposal(c.beforeEvent);
      const after = eventProposal(c.afterEvent);
      if (!before || !after) continue;
      const bt = targetOf(c.beforeEvent);
      const at2 = targetOf(c.afterEvent);
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
  }
  const more = await repo.insertProposals(db, second);

  const out = new Map<number, Proposal[]>();
  for (const p of [...inserted.values(), ...more.values()].sort((a, b) => a.id - b.id)) {
    const list = out.get(p.sourceId);
    if (list) list.push(p);
    else out.set(p.sourceId, [p]);
  }
  return out;
}

// Accepting an event proposal: the change it implies for the record is worked out against the record
// as it is now (so a proposal made before another was accepted still does the right thing), then
// carried out through the engagements and agenda services (their validation, schedule check and
// history apply). A change already in the record is a no-op: accepting twice changes nothing.
import type { Kysely } from 'kysely';
import { parseEdtf } from '../../../domain/edtf.ts';
import { contains } from '../../../domain/window.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { getAgenda, saveAgenda } from '../agenda/service.ts';
import type { Engagement } from '../engagements/model.ts';
import { createEngagement, getEngagement, updateEngagement, type EngagementPatch, type NewEngagement, type ParticipantInput } from '../engagements/service.ts';
import { bestMatch, GROUP_KINDS, kindGroup, type MatchCandidate } from './matching.ts';
import type { EventPayload, Span } from './payloads.ts';
import * as repo from './repository.ts';
import type { ProvenanceRow, Source } from './repository.ts';
import type { Resolver } from './resolver.ts';
import type { EventEdits } from './edits.ts';

type Q = Kysely<Database>;

export interface Applied {
  changed: boolean;
  resultType: 'engagement' | 'instruction' | 'person' | 'constraint' | null;
  resultId: number | null;
  summary: string[];
}

/** Stored engagements of the kind group whose window overlaps, not cancelled (the first 200 by day). */
export async function findCandidates(db: Q, _actor: Actor, kind: Engagement['kind'], window: { earliest: string | null; latest: string | null }): Promise<MatchCandidate[]> {
  const rows = await repo.engagementCandidates(db, { kinds: GROUP_KINDS[kindGroup(kind)], earliest: window.earliest, latest: window.latest, limit: 200 });
  return rows.map((r) => ({ id: r.id, kind: r.kind as Engagement['kind'], window: { earliest: r.earliest, latest: r.latest }, bodyIds: r.bodyIds, personIds: r.personIds }));
}

export function topicTitle(topic: string): string {
  const t = topic.replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function quoted(source: Source, s: Span): string {
  return source.text.slice(s.start, s.end);
}

interface EventContext {
  proposalId: number;
  targetId: number | null;
  payload: EventPayload;
  source: Source;
  resolver: () => Promise<Resolver>;
  edits: EventEdits;
  now: Date;
  dryRun: boolean;
}

async function personIdsNow(payload: EventPayload, resolver: () => Promise<Resolver>): Promise<(number | null)[]> {
  if (payload.people.every((p) => p.personId !== null)) return payload.people.map((p) => p.personId);
  // A person proposal may have been accepted since: resolve the names again.
  const r = await resolver();
  return payload.people.map((p) => {
    if (p.personId !== null) return p.personId;
    const m = r.person(p.name);
    return m.personId;
  });
}

async function targetOf(db: Q, actor: Actor, ctx: EventContext, personIds: readonly (number | null)[]): Promise<Engagement | null> {
  if (ctx.edits.targetId !== undefined) {
    if (ctx.edits.targetId === null) return null;
    return getEngagement(db, actor, ctx.edits.targetId);
  }
  if (ctx.targetId !== null) {
    const e = await db.selectFrom('engagements').select('id').where('id', '=', ctx.targetId).executeTakeFirst();
    if (e) return getEngagement(db, actor, ctx.targetId);
  }
  const p = ctx.payload;
  const window = { earliest: p.when?.earliest ?? null, latest: p.when?.latest ?? null };
  const match = bestMatch(
    { kind: p.kind, window, personIds: personIds.filter((x): x is number => x !== null), bodyIds: p.bodies.flatMap((b) => (b.bodyId === null ? [] : [b.bodyId])) },
    await findCandidates(db, actor, p.kind, window),
  );
  return match ? getEngagement(db, actor, match.id) : null;
}

function provenanceRows(ctx: EventContext, recordId: number, fields: { when: boolean; status: boolean; participants: boolean; place: boolean; body: boolean; kind: boolean }): ProvenanceRow[] {
  const { payload: p, source } = ctx;
  const row = (field: string, s: Span): ProvenanceRow => ({ recordType: 'engagement', recordId, field, sourceId: source.id, start: s.start, end: s.end, quotedText: quoted(source, s), proposalId: ctx.proposalId });
  const first = p.spans.evidence[0];
  const rows: ProvenanceRow[] = p.spans.evidence.map((s) => row('evidence', s));
  if (fields.kind && first) rows.push(row('kind', first));
  if (fields.when) {
    const s = p.spans.when ?? first;
    if (s) rows.push(row('when', s));
  }
  if (fields.status && first) rows.push(row('status', first));
  if (fields.participants) for (const s of p.spans.participants) rows.push(row('participants', s));
  if (fields.place && p.spans.place) rows.push(row('place', p.spans.place));
  if (fields.body) for (const s of p.spans.bodies) rows.push(row('body', s));
  for (const q of p.quotes) rows.push(row('quote', q));
  for (const c of p.commitments) rows.push(row('commitment', c));
  return rows;
}

function participantInputs(e: Engagement): ParticipantInput[] {
  return e.participants.map((x) => ({ personId: x.personId, bodyId: x.bodyId, party: x.party, role: x.role }));
}

async function addAgendaTopics(db: Q, actor: Actor, engagementId: number, topics: readonly string[], ctx: EventContext): Promise<string[]> {
  if (topics.length === 0) return [];
  const agenda = await getAgenda(db, actor, engagementId);
  const covered = new Set(agenda.items.flatMap((i) => i.topics));
  const missing = [...new Set(topics)].filter((t) => !covered.has(t));
  if (missing.length === 0 || ctx.dryRun) return missing;
  const from = `${ctx.source.publisher ?? 'source'} ${ctx.source.publishedOn ?? ''} (source ${ctx.source.id})`.trim();
  await saveAgenda(db, actor, {
    engagementId,
    expectedVersion: agenda.version,
    items: [
      ...agenda.items.map((i) => ({ id: i.id, title: i.title, topics: i.topics, notes: i.notes, instructionIds: i.instructionIds, documentIds: i.documentIds })),
      ...missing.map((t) => ({ title: topicTitle(t), topics: [t], notes: `Raised in ${from}.` })),
    ],
  }, ctx.now);
  return missing;
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export async function applyEvent(db: Q, actor: Actor, ctx: EventContext): Promise<Applied> {
  const p = ctx.payload;
  const personIds = await personIdsNow(p, ctx.resolver);
  const target = await targetOf(db, actor, ctx, personIds);
  const bodyId = ctx.edits.bodyId !== undefined ? ctx.edits.bodyId : (p.bodies.find((b) => b.bodyId !== null)?.bodyId ?? null);
  const people: ParticipantInput[] = p.people.flatMap((x, i) => {
    const id = personIds[i];
    return id === null || id === undefined ? [] : [{ personId: id, party: x.party, role: x.role }];
  });
  const summary: string[] = [];

  if (target === null) {
    const when = ctx.edits.when ?? (p.when ? { edtf: p.when.edtf, text: p.when.text, precision: p.when.precision } : 'XXXX');
    const input: NewEngagement = {
      kind: ctx.edits.kind ?? p.kind,
      title: ctx.edits.title ?? p.title,
      place: ctx.edits.place !== undefined ? ctx.edits.place : p.place,
      bodyId: p.kind === 'session' || ctx.edits.bodyId !== undefined ? bodyId : null,
      when,
      status: ctx.edits.status ?? (p.status === 'held' && p.heldOn !== null && p.heldOn > today(ctx.now) ? 'scheduled' : p.status),
      statusReason: ctx.edits.statusReason,
      ...(ctx.edits.heldOn !== undefined ? { heldOn: ctx.edits.heldOn } : p.status === 'held' && p.heldOn !== null && (ctx.edits.status ?? 'held') === 'held' ? { heldOn: p.heldOn } : {}),
      participants: ctx.edits.participants ?? people,
      notes: ctx.edits.notes,
    };
    summary.push(`new engagement: ${input.title}`);
    if (ctx.dryRun) return { changed: true, resultType: 'engagement', resultId: null, summary };
    const created = await createEngagement(db, actor, input, ctx.now);
    await addAgendaTopics(db, actor, created.id, p.topics, ctx);
    await repo.insertProvenance(db, await repo.missingProvenance(db, provenanceRows(ctx, created.id, { when: true, status: true, participants: true, place: true, body: true, kind: true })), ctx.now.toISOString());
    return { changed: true, resultType: 'engagement', resultId: created.id, summary };
  }

  // An update of the stored engagement: only what the source adds.
  const patch: EngagementPatch = {};
  const fields = { when: false, status: false, participants: false, place: false, body: false, kind: false };
  if (ctx.edits.when !== undefined) patch.when = ctx.edits.when;
  else if (p.when && target.status !== 'held' && target.status !== 'cancelled') {
    const parsed = parseEdtf(p.when.edtf);
    if (parsed.ok) {
      const w = parsed.window;
      const same = w.earliest === target.window.earliest && w.latest === target.window.latest;
      if (!same && contains(target.window, w)) {
        patch.when = { edtf: p.when.edtf, text: p.when.text, precision: p.when.precision };
        patch.whenReason = `narrowed by ${ctx.source.publisher ?? 'a source'} ${ctx.source.publishedOn ?? ''} (source ${ctx.source.id})`.replace(/\s+/g, ' ');
        summary.push(`window ${target.window.earliest ?? '..'}/${target.window.latest ?? '..'} → ${p.when.edtf}`);
      }
    }
  }
  if (patch.when !== undefined) fields.when = true;
  if (ctx.edits.status !== undefined) {
    patch.status = ctx.edits.status;
    if (ctx.edits.statusReason !== undefined) patch.statusReason = ctx.edits.statusReason;
    if (ctx.edits.heldOn !== undefined) patch.heldOn = ctx.edits.heldOn;
  } else if (p.status === 'held' && p.heldOn !== null && p.heldOn <= today(ctx.now) && target.status !== 'held' && target.status !== 'cancelled') {
    patch.status = 'held';
    patch.heldOn = p.heldOn;
    summary.push(`status ${target.status} → held on ${p.heldOn}`);
  } else if (p.status === 'scheduled' && target.status === 'proposed') {
    patch.status = 'scheduled';
    summary.push('status proposed → scheduled');
  }
  if (patch.status !== undefined) fields.status = true;
  const have = new Set(target.participants.flatMap((x) => (x.personId === null ? [] : [x.personId])));
  const added = people.filter((x) => x.personId != null && !have.has(x.personId));
  if (ctx.edits.participants !== undefined) patch.participants = ctx.edits.participants;
  else if (added.length > 0) {
    patch.participants = [...participantInputs(target), ...added];
    summary.push(`participants + ${added.length}`);
  }
  if (patch.participants !== undefined) fields.participants = true;
  if (ctx.edits.bodyId !== undefined) patch.bodyId = ctx.edits.bodyId;
  else if (target.bodyId === null && target.kind === 'session' && bodyId !== null) {
    patch.bodyId = bodyId;
    fields.body = true;
    summary.push('body');
  }
  if (target.place === null && p.place !== null && ctx.edits.place === undefined) {
    patch.place = p.place;
    fields.place = true;
    summary.push(`place ${p.place}`);
  }
  for (const k of ['kind', 'title', 'place', 'notes'] as const) if (ctx.edits[k] !== undefined) (patch as Record<string, unknown>)[k] = ctx.edits[k];
  if (ctx.edits.force !== undefined) patch.force = ctx.edits.force;
  const hasPatch = Object.keys(patch).some((k) => k !== 'force' && k !== 'whenReason');

  const agenda = await getAgenda(db, actor, target.id);
  const covered = new Set(agenda.items.flatMap((i) => i.topics));
  const newTopics = [...new Set(p.topics)].filter((t) => !covered.has(t));
  if (newTopics.length > 0) summary.push(`agenda topics: ${newTopics.join(', ')}`);
  const rows = await repo.missingProvenance(db, provenanceRows(ctx, target.id, fields));
  if (rows.some((r) => r.field === 'evidence')) summary.push(`another source for "${target.title}"`);
  if (rows.some((r) => r.field === 'quote')) summary.push('quotes');
  const changed = hasPatch || newTopics.length > 0 || rows.length > 0;
  if (ctx.dryRun || !changed) return { changed, resultType: 'engagement', resultId: target.id, summary };

  if (hasPatch) {
    const current = await getEngagement(db, actor, target.id);
    await updateEngagement(db, actor, { id: target.id, expectedVersion: current.version, patch }, ctx.now);
  }
  await addAgendaTopics(db, actor, target.id, newTopics, ctx);
  await repo.insertProvenance(db, rows, ctx.now.toISOString());
  return { changed, resultType: 'engagement', resultId: target.id, summary };
}

export async function requireEngagement(db: Q, id: number): Promise<void> {
  if (!(await repo.recordExists(db, 'engagements', id))) throw notFound('Engagement', id);
}

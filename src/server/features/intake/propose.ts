// From one source's extraction to proposed changes of the record: an engagement per event (new, or an
// update of the stored engagement it matches), people and aliases the registry lacks, orderings
// between the events the same sentence announces, instructions for commitments addressed to a
// registered body. Quotes and the other commitments are attached to the event they belong to. No SQL:
// stored engagements come through `findCandidates`.
import { toEpochDay } from '../../../domain/days.ts';
import { formatEdtf } from '../../../domain/edtf.ts';
import { windowFromDays } from '../../../domain/window.ts';
import type { ExtractedEvent, ExtractionDocument, Span as ExSpan } from '../../../extraction/types.ts';
import { defaultGazetteer } from '../../../extraction/gazetteer/default.ts';
import type { EngagementKind, EngagementStatus } from '../engagements/model.ts';
import { bestMatch, type MatchCandidate } from './matching.ts';
import { sameName } from './names.ts';
import type { AliasPayload, EventPayload, InstructionPayload, PersonPayload, Span } from './payloads.ts';
import { knownSpellings, type Resolver } from './resolver.ts';
import type { Source } from './repository.ts';

export interface EventDraft {
  event: number;
  targetId: number | null;
  payload: EventPayload;
}

export interface ConstraintDraft {
  beforeEvent: number;
  afterEvent: number;
  span: Span;
}

export interface InstructionDraft {
  event: number | null;
  payload: Omit<InstructionPayload, 'eventProposalId'>;
}

export interface Drafts {
  people: PersonPayload[];
  aliases: AliasPayload[];
  events: EventDraft[];
  constraints: ConstraintDraft[];
  instructions: InstructionDraft[];
  /** Commitments that became neither an instruction nor part of an event (no body, no event near). */
  unplaced: number;
}

export type FindCandidates = (kind: EngagementKind, window: { earliest: string | null; latest: string | null }) => Promise<MatchCandidate[]>;

const KIND_WORDS: Record<EngagementKind, string> = {
  phone_call: 'Telephone conversation',
  talks: 'Talks',
  visit: 'Visit',
  summit: 'Summit',
  session: 'Session',
  interview: 'Interview',
  statement: 'Statement',
};

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function titleOf(kind: EngagementKind, people: readonly string[], bodies: readonly string[], place: string | null): string {
  const at = place ? ` in ${place}` : '';
  if (kind === 'session' || (kind === 'summit' && bodies.length > 0)) return `${KIND_WORDS[kind]} of the ${bodies[0] ?? 'body'}${at}`.replace(/of the the /i, 'of the ');
  if (people.length === 0) return `${KIND_WORDS[kind]}${at}`;
  const who = kind === 'interview' || kind === 'statement' ? ` by ${joinNames(people)}` : ` of ${joinNames(people)}`;
  return `${KIND_WORDS[kind]}${who}${at}`;
}

function statusOf(e: ExtractedEvent): { status: EngagementStatus; heldOn: string | null } {
  const single = e.when.from !== null && e.when.from === e.when.to;
  if (e.status === 'held') return single ? { status: 'held', heldOn: e.when.from } : { status: 'proposed', heldOn: null };
  const firm = !e.when.tentative && (e.when.precision === 'day' || e.when.precision === 'days' || e.when.precision === 'month');
  return { status: firm ? 'scheduled' : 'proposed', heldOn: null };
}

function whenOf(e: ExtractedEvent): EventPayload['when'] {
  const { from, to } = e.when;
  if (from === null && to === null) return null;
  const w = windowFromDays(from === null ? null : toEpochDay(from), to === null ? null : toEpochDay(to), { tentative: e.when.tentative, text: e.when.text });
  return { edtf: formatEdtf(w), text: e.when.text, precision: e.when.precision, earliest: w.earliest, latest: w.latest };
}

function distance(span: ExSpan, spans: readonly ExSpan[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const s of spans) {
    const d = span.end <= s.start ? s.start - span.end : s.end <= span.start ? span.start - s.end : 0;
    best = Math.min(best, d);
  }
  return best;
}

const overlaps = (a: ExSpan, b: ExSpan): boolean => a.start < b.end && b.start < a.end;

/** First occurrence of any of the names in the body, preferring one inside the evidence. */
function findSpan(body: string, names: readonly string[], evidence: readonly ExSpan[]): ExSpan | null {
  const lower = body.toLowerCase();
  let fallback: ExSpan | null = null;
  for (const n of names) {
    if (n.length === 0) continue;
    const needle = n.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const span = { start: at, end: at + n.length };
      if (evidence.some((e) => overlaps(e, span))) return span;
      fallback ??= span;
    }
  }
  return fallback;
}

export async function draftProposals(options: { source: Source; doc: ExtractionDocument; resolver: Resolver; findCandidates: FindCandidates }): Promise<Drafts> {
  const { source, doc, resolver } = options;
  const body = source.text.slice(source.bodyStart);
  const shift = (s: ExSpan): Span => ({ start: s.start + source.bodyStart, end: s.end + source.bodyStart });
  const drafts: Drafts = { people: [], aliases: [], events: [], constraints: [], instructions: [], unplaced: 0 };
  const seenPeople = new Set<string>();
  const seenAliases = new Set<string>();

  const resolvePerson = (name: string, role: string | null, party: string | null, span: ExSpan | null): { personId: number | null; name: string } => {
    const m = resolver.person(name);
    if (m.personId !== null) {
      if (m.via !== 'alias' && !resolver.hasAlias(m.personId, name) && !seenAliases.has(`${m.personId}|${name}`)) {
        seenAliases.add(`${m.personId}|${name}`);
        drafts.aliases.push({ personId: m.personId, personName: m.name, alias: name, span: span && shift(span) });
      }
      return { personId: m.personId, name: m.name };
    }
    if (!seenPeople.has(name.toLowerCase())) {
      seenPeople.add(name.toLowerCase());
      const known = knownSpellings(name);
      drafts.people.push({ name: known?.name ?? name, aliases: [...new Set([...(known?.aliases ?? []), name])].filter((a) => a !== (known?.name ?? name)), role, party, span: span && shift(span) });
    }
    return { personId: null, name };
  };

  const usable = doc.events.map((e, i) => ({ e, i })).filter(({ e }) => e.kind !== 'other');
  for (const { e, i } of usable) {
    const kind = e.kind as EngagementKind;
    const spans = e.spans ?? { when: null, participants: [] };
    const people = e.participants.map((p) => {
      const span = spans.participants.find((s) => sameName(body.slice(s.start, s.end), p.name)) ?? null;
      const r = resolvePerson(p.name, p.role, p.country, span);
      return { name: r.name, role: p.role, party: p.country, personId: r.personId };
    });
    const bodies = e.bodies.map((b) => ({ name: b, bodyId: resolver.body(b) }));
    const when = whenOf(e);
    const { status, heldOn } = statusOf(e);
    const bodySpans = bodies.flatMap((b) => {
      const g = defaultGazetteer().bodyNamed(b.name);
      const s = findSpan(body, [b.name, ...(g?.aliases ?? [])], e.evidence);
      return s ? [shift(s)] : [];
    });
    const placeSpan = e.where ? findSpan(body, [e.where], e.evidence) : null;
    const payload: EventPayload = {
      event: i,
      kind,
      title: titleOf(kind, people.map((p) => p.name), bodies.map((b) => (b.bodyId !== null ? (resolver.bodyName(b.bodyId) ?? b.name) : b.name)), e.where),
      place: e.where,
      status,
      heldOn,
      when,
      people,
      bodies,
      topics: [...e.topics],
      spans: { evidence: e.evidence.map(shift), when: spans.when && shift(spans.when), participants: spans.participants.map(shift), place: placeSpan && shift(placeSpan), bodies: bodySpans },
      quotes: [],
      commitments: [],
      summary: [],
    };
    const window = { earliest: when?.earliest ?? null, latest: when?.latest ?? null };
    const candidates = await options.findCandidates(kind, window);
    const match = bestMatch(
      { kind, window, personIds: people.flatMap((p) => (p.personId === null ? [] : [p.personId])), bodyIds: bodies.flatMap((b) => (b.bodyId === null ? [] : [b.bodyId])) },
      candidates,
    );
    drafts.events.push({ event: i, targetId: match?.id ?? null, payload });
  }

  attachQuotes(doc, drafts, shift);
  placeCommitments(doc, drafts, resolver, source, shift, resolvePerson);
  drafts.constraints = orderings(doc, drafts, shift);
  return drafts;
}

/** A quote belongs to the nearest event its speaker takes part in; the occasion of speaking (an interview) only when nothing else is near. */
function attachQuotes(doc: ExtractionDocument, drafts: Drafts, shift: (s: ExSpan) => Span): void {
  for (const q of doc.quotes) {
    const span = { start: q.start, end: q.end };
    const withSpeaker = drafts.events.filter((d) => q.speaker !== null && d.payload.people.some((p) => sameName(p.name, q.speaker as string)));
    const pool = withSpeaker.length > 0 ? withSpeaker : drafts.events;
    let best: { d: EventDraft; score: number } | null = null;
    for (const d of pool) {
      const evidence = doc.events[d.event]?.evidence ?? [];
      if (evidence.length === 0) continue;
      const penalty = d.payload.kind === 'interview' || d.payload.kind === 'statement' ? 200 : 0;
      const score = distance(span, evidence) + penalty - evidence.length / 100;
      if (!best || score < best.score) best = { d, score };
    }
    if (best) best.d.payload.quotes.push({ speaker: q.speaker, ...shift(span) });
  }
}

function placeCommitments(
  doc: ExtractionDocument,
  drafts: Drafts,
  resolver: Resolver,
  source: Source,
  shift: (s: ExSpan) => Span,
  resolvePerson: (name: string, role: string | null, party: string | null, span: ExSpan | null) => { personId: number | null },
): void {
  for (const c of doc.commitments) {
    const span = c.evidence[0];
    if (!span) continue;
    const event = drafts.events.find((d) => (doc.events[d.event]?.evidence ?? []).some((e) => overlaps(e, span))) ?? null;
    const bodies = c.to.map((t) => resolver.body(t)).filter((b): b is number => b !== null);
    const responsible = bodies[0];
    if (responsible !== undefined) {
      const text = c.text.trim();
      const topic = c.topics[0] ?? (event ? doc.events[event.event]?.topics[0] : undefined) ?? 'politics';
      const due = c.due && (c.due.from !== null || c.due.to !== null) ? whenOf({ when: c.due, status: 'upcoming' } as ExtractedEvent) : null;
      drafts.instructions.push({
        event: event?.event ?? null,
        payload: {
          title: text.length > 120 ? `${text.slice(0, 117)}…` : text.charAt(0).toUpperCase() + text.slice(1),
          text,
          topic,
          responsibleBodyId: responsible,
          executorBodyIds: [...new Set(bodies.slice(1))],
          authorIds: [...new Set(c.by.map((b) => resolvePerson(b, null, null, null).personId).filter((p): p is number => p !== null))],
          issuedOn: source.publishedOn ?? source.createdAt.slice(0, 10),
          deadline: due,
          span: shift(span),
        },
      });
    } else if (event) {
      event.payload.commitments.push(shift(span));
    } else {
      drafts.unplaced += 1;
    }
  }
}

/** "A is scheduled for February, so B is set for April–May": upcoming gatherings announced in one sentence, with windows one after the other. */
function orderings(doc: ExtractionDocument, drafts: Drafts, shift: (s: ExSpan) => Span): ConstraintDraft[] {
  const out: ConstraintDraft[] = [];
  const upcoming = drafts.events.filter((d) => d.payload.status !== 'held' && d.payload.when !== null && ['talks', 'visit', 'summit', 'session'].includes(d.payload.kind));
  for (const a of upcoming) {
    for (const b of upcoming) {
      if (a === b) continue;
      const aw = a.payload.when;
      const bw = b.payload.when;
      if (!aw?.latest || !bw?.earliest || aw.latest >= bw.earliest) continue;
      const shared = (doc.events[a.event]?.evidence ?? []).find((s) => (doc.events[b.event]?.evidence ?? []).some((t) => t.start === s.start && t.end === s.end));
      if (shared) out.push({ beforeEvent: a.event, afterEvent: b.event, span: shift(shared) });
    }
  }
  return out;
}

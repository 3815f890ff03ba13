// People named in lists around an event: companions and delegations ("He was accompanied by A, B and C", "The
// delegation included …", "was joined by …", "together with …"), attendees ("Also present were …", "The meeting was
// attended by …", "in the presence of …", "A and B took part in the talks", "with the participation of …", "On the X side,
// the talks were attended by …"), those who welcome a guest ("was greeted at the airport by A and B") and those met.
//
// Two steps. `findListedPeople` (after the triggers) reads each list (list-cues.ts, list-names.ts): the people its
// mentions hold, and names the gazetteer lacks found by their place, as mentions of their own. `joinListedPeople`
// (after the events are assembled) gives the listed people to the one event the list belongs to and takes them from the
// other events of the list's sentence, which took every name of the sentence.
import { firstIndex, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, Trigger } from '../context.ts';
import type { EventKind } from '../types.ts';
import { toDayNumber } from '../time/calendar.ts';
import { cuesOf, OPENING_PRONOUN } from './list-cues.ts';
import type { Cue, Tense } from './list-cues.ts';
import { indexSentence, readList } from './list-names.ts';
import type { ListState } from './list-names.ts';
import { namedAlike } from './participants.ts';

interface List {
  cue: Cue;
  sentence: number;
  /** The list's tokens [a, b). */
  a: number;
  b: number;
  /** Whom the companions accompany, when the text says. */
  subject: PersonRef | null;
  tense: Tense;
  /** The occurrence a partner list is the object of, and its kind. */
  of: EventKind | null;
  trigger: Trigger | null;
  people: PersonRef[];
  /** Relatives named in the list ("his wife X"): no participants of any event of the sentence. */
  kin: PersonRef[];
}

const lists = new WeakMap<Context, List[]>();

/** Reads the lists of people around events and finds the names in them the gazetteer lacks (after the triggers). */
export const findListedPeople = (ctx: Context): void => {
  const out: List[] = [];
  const triggerAt = new Uint8Array(ctx.tokens.length + 1);
  const triggersOf = new Map<number, Trigger[]>();
  for (const t of ctx.triggers) {
    triggerAt.fill(1, t.tokStart, t.tokEnd);
    const list = triggersOf.get(t.sentence);
    if (list) list.push(t);
    else triggersOf.set(t.sentence, [t]);
  }
  const state: ListState = { covered: new Uint8Array(ctx.tokens.length + 1), added: [], remap: new Map() };
  for (const m of ctx.mentions) state.covered.fill(1, m.tokStart, m.tokEnd);
  let mIdx = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sent = ctx.sentences[s];
    if (!sent) continue;
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < sent.tokStart) mIdx++;
    const list: Mention[] = [];
    for (let k = mIdx; k < ctx.mentions.length && (ctx.mentions[k]?.tokStart ?? 0) < sent.tokEnd; k++) list.push(ctx.mentions[k]!);
    const ments = indexSentence(list);
    for (const f of cuesOf(ctx, s, ments, triggersOf.get(s) ?? [], triggerAt)) {
      if (f.b <= f.a) continue;
      // A list inside a quotation is someone's words, not the text's report.
      if (quoted(ctx, ctx.tokens[f.a]?.start ?? 0)) continue;
      const { people, kin } = readList(ctx, f, ments, state);
      if ((people.length === 0 && kin.length === 0) || (f.cue === 'partner' && !f.of)) continue;
      const side = f.cue === 'with' && f.subject !== OPENING_PRONOUN ? (f.side ?? countryOf(ctx, f.subject)) : f.side;
      for (const p of people) if (p.person < 0) p.country ??= side;
      out.push({ cue: f.cue, of: f.of, trigger: f.trigger, sentence: s, a: f.a, b: f.b, subject: f.subject, tense: f.tense, people, kin });
    }
  }
  if (state.remap.size > 0) renamePronouns(ctx, state);
  if (state.added.length > 0) {
    ctx.mentions.push(...state.added);
    ctx.mentions.sort((x, y) => x.start - y.start);
  }
  lists.set(ctx, out);
};

/**
 * "Acting Assistant Secretary Michael Kozak … his support": a pronoun read as the gazetteer person one word of a name was
 * taken for is the person named, unless the text names that gazetteer person elsewhere ("Mohamed Muizzu … First Lady
 * Sajidha Mohamed … he").
 */
function renamePronouns(ctx: Context, state: ListState): void {
  const elsewhere = new Set<number>();
  const moved = new Set([...state.remap.values()].map((r) => r.from));
  for (const m of ctx.mentions) if (m.kind === 'person' && !moved.has(m) && (m.people[0]?.person ?? -1) >= 0) elsewhere.add(m.people[0]!.person);
  for (const m of ctx.mentions) {
    if (m.kind !== 'pronoun') continue;
    m.people = m.people.map((p) => {
      const r = state.remap.get(p);
      return r && !elsewhere.has(p.person) ? r.to : p;
    });
  }
}

/** Inside a quotation (binary search over the quotations, which are in reading order). */
function quoted(ctx: Context, offset: number): boolean {
  const q = ctx.quotes[firstIndex(ctx.quotes.length, (k) => (ctx.quotes[k]?.outerEnd ?? 0) <= offset)];
  return (q?.outerStart ?? Infinity) <= offset;
}

function countryOf(ctx: Context, p: PersonRef | null): string | null {
  if (!p) return null;
  const person = p.person >= 0 ? ctx.gazetteer.people[p.person] : undefined;
  return p.country ?? (person ? ctx.gazetteer.positionOn(person, ctx.reference)?.country : null) ?? null;
}

const IN_PERSON = new Set<EventKind>(['talks', 'visit', 'summit', 'session', 'other']);
/** How many sentences back a list may refer to an event with no occurrence in its own sentence. */
const LOOK_BACK = 6;
/** Companions may be named further from the trip they accompany (after its programme). */
const TRIP_LOOK_BACK = 12;
/** An event over this many days before the readout is background, not the occurrence a list describes. */
const BACKGROUND_DAYS = 14;

/** One person: the same gazetteer entry or name, or a name found by pattern within another's ("Tokayev"). */
export function samePerson(ctx: Context, p: PersonRef, q: PersonRef): boolean {
  return samePersonRef(p, q, true) || ((p.person < 0 || q.person < 0) && namedAlike(ctx, p, q));
}

/** The sentence holding a character offset (binary search over the sentences). */
function sentenceAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ctx.sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where the events are reported: the sentences of each event's evidence, the events and the triggers of each sentence. */
interface Reports {
  sentencesOf: Map<DraftEvent, number[]>;
  eventsOf: Map<number, DraftEvent[]>;
  triggersOf: Map<number, Trigger[]>;
}

function reportsOf(ctx: Context): Reports {
  const sentencesOf = new Map<DraftEvent, number[]>();
  const eventsOf = new Map<number, DraftEvent[]>();
  for (const e of ctx.events) {
    const list: number[] = [];
    for (const sp of e.evidence) {
      for (let q = sentenceAt(ctx, sp.start); q < ctx.sentences.length && (ctx.sentences[q]?.start ?? Infinity) < sp.end; q++) {
        if (list.includes(q)) continue;
        list.push(q);
        const here = eventsOf.get(q);
        if (here) here.push(e);
        else eventsOf.set(q, [e]);
      }
    }
    sentencesOf.set(e, list);
  }
  const triggersOf = new Map<number, Trigger[]>();
  for (const t of ctx.triggers) {
    const here = triggersOf.get(t.sentence);
    if (here) here.push(t);
    else triggersOf.set(t.sentence, [t]);
  }
  return { sentencesOf, eventsOf, triggersOf };
}

function background(ctx: Context, e: DraftEvent): boolean {
  const ref = ctx.reference ? toDayNumber(ctx.reference) : null;
  const to = e.window ? toDayNumber(e.window.to) : null;
  return ref !== null && to !== null && e.status === 'held' && to < ref - BACKGROUND_DAYS;
}

function tenseFits(e: DraftEvent, tense: Tense): boolean {
  if (tense === 'past') return e.status === 'held';
  if (tense === 'future') return e.status === 'upcoming';
  return true;
}

function span(e: DraftEvent): number {
  return e.window ? (toDayNumber(e.window.to) ?? 0) - (toDayNumber(e.window.from) ?? 0) : -1;
}

/** The event a list belongs to, or null. */
function targetOf(ctx: Context, l: List, reports: Reports): DraftEvent | null {
  const own = reports.eventsOf.get(l.sentence) ?? [];
  const subject = l.subject === OPENING_PRONOUN ? null : l.subject;
  const hasSubject = (e: DraftEvent): boolean => !subject || e.people.some((p) => samePerson(ctx, p, subject));
  if (l.cue === 'welcome') return own.find((e) => e.kind === 'other') ?? null;
  if (l.cue === 'partner') {
    // The events of one kind first reported in a sentence follow its triggers of that kind, in reading order; else the
    // one such event that took the list's people. Several ("meetings with A, B and C" split one by one) are left as
    // the events step made them.
    const trigs = (reports.triggersOf.get(l.sentence) ?? []).filter((t) => t.kind === l.of && !t.quoted && !t.anaphoric);
    const first = own.filter((e) => e.firstSentence === l.sentence && e.kind === l.of);
    const k = l.trigger ? trigs.indexOf(l.trigger) : -1;
    if (k >= 0 && trigs.length === first.length) return first[k] ?? null;
    const mine = own.filter((e) => e.kind === l.of && l.people.some((p) => e.people.some((q) => samePerson(ctx, p, q))));
    return mine.length === 1 ? (mine[0] ?? null) : null;
  }
  const ownInPerson = own.filter((e) => (IN_PERSON.has(e.kind) || (l.cue === 'attend' && e.kind === 'phone_call')) && hasSubject(e));
  if (ownInPerson.length > 0) return ownInPerson.find((e) => e.kind !== 'other') ?? ownInPerson[0] ?? null;
  if (own.some((e) => IN_PERSON.has(e.kind))) return null;
  // No occurrence in the list's sentence: one reported before it, of the companions' principal, in the list's tense,
  // and not one held weeks before the readout (background) while another is at hand.
  const before = (back: number): { e: DraftEvent; at: number }[] => {
    const all: { e: DraftEvent; at: number }[] = [];
    for (let q = l.sentence - 1; q >= Math.max(0, l.sentence - back); q--) {
      for (const e of reports.eventsOf.get(q) ?? []) if (IN_PERSON.has(e.kind) && hasSubject(e) && !all.some((x) => x.e === e)) all.push({ e, at: q });
    }
    const current = all.filter(({ e }) => !background(ctx, e));
    const pool = current.length > 0 ? current : all;
    const fitting = pool.filter(({ e }) => tenseFits(e, l.tense));
    return fitting.length > 0 ? fitting : pool;
  };
  if (l.cue === 'with') {
    // Companions accompany a trip: the principal's visit, the whole trip before its stops (reported first, no single
    // place, the widest window).
    const trips = before(TRIP_LOOK_BACK).filter(({ e }) => e.kind === 'visit' && (!subject || samePerson(ctx, e.people[0] ?? subject, subject)));
    trips.sort((x, y) => x.e.firstSentence - y.e.firstSentence || Number(!!x.e.where) - Number(!!y.e.where) || span(y.e) - span(x.e));
    if (trips[0]) return trips[0].e;
  }
  // The one reported last (the search went backwards, so the first found of the latest sentence).
  return before(LOOK_BACK)[0]?.e ?? null;
}

/** Gives each list's people to the event it belongs to, and takes them from the other events of its sentence. */
export const joinListedPeople = (ctx: Context): void => {
  const found = lists.get(ctx) ?? [];
  if (found.length === 0) return;
  const reports = reportsOf(ctx);
  for (const l of found) {
    const own = reports.eventsOf.get(l.sentence) ?? [];
    if (l.kin.length > 0) for (const e of own) e.people = e.people.filter((q) => !l.kin.some((p) => samePerson(ctx, p, q)));
    const target = targetOf(ctx, l, reports);
    if (!target) continue;
    // Companions of "He" are of the state of the one the event is about.
    const side = l.cue === 'with' && l.subject === OPENING_PRONOUN ? countryOf(ctx, target.people[0] ?? null) : null;
    for (const p of l.people) {
      const had = target.people.find((q) => samePerson(ctx, p, q));
      if (had) {
        if (had.person < 0) had.country ??= side;
      } else target.people.push({ ...p, country: p.country ?? (p.person < 0 ? side : null) });
    }
    if (l.cue === 'partner') partnersApart(ctx, l, target, found);
    // A welcome that names no place of its own is in the place of the arrival reported just before. Those who welcome
    // a traveller are of the visit the arrival opens as well ("arrived in X for his visit, where he was greeted by Y"):
    // they are taken from no event.
    if (l.cue === 'welcome') {
      if (!target.where) target.where = arrivalPlace(ctx, target, l.sentence, reports);
      continue;
    }
    const listFrom = ctx.tokens[l.a]?.start ?? 0;
    const listTo = ctx.tokens[l.b - 1]?.end ?? 0;
    for (const e of own) {
      if (e === target) continue;
      // Those met on a visit or at a gathering are of the visit or the gathering too; an occurrence reported before and
      // said again here ("had talks with X" merged into the talks of the headline) keeps them; a meeting "followed by an
      // official meeting" of the same kind is with the same people.
      if (l.cue === 'partner' && (e.kind === 'visit' || e.kind === 'summit' || e.kind === 'session' || e.kind === target.kind || e.firstSentence !== l.sentence)) continue;
      const listed = e.people.filter((q) => l.people.some((p) => samePerson(ctx, p, q)));
      if (listed.length === 0) continue;
      // Named elsewhere in what reports the event (outside the list), a listed person stays.
      const outside = mentionsOf(ctx, reports.sentencesOf.get(e) ?? []).filter((m) => m.start < listFrom || m.start >= listTo);
      // "… and later the two presidents inaugurated a plant": a group named after the list takes in those it lists.
      if (outside.some((m) => m.kind === 'group' && m.start >= listTo)) continue;
      e.people = e.people.filter((q) => !listed.includes(q) || outside.some((m) => m.people.some((p) => samePerson(ctx, p, q))));
    }
  }
};

/** The mentions of the given sentences (binary search over the mentions, which are in reading order). */
function mentionsOf(ctx: Context, sentences: readonly number[]): Mention[] {
  const out: Mention[] = [];
  for (const q of sentences) {
    const sent = ctx.sentences[q];
    if (!sent) continue;
    for (let k = firstIndex(ctx.mentions.length, (j) => (ctx.mentions[j]?.start ?? 0) < sent.start); k < ctx.mentions.length && (ctx.mentions[k]?.start ?? Infinity) < sent.end; k++) out.push(ctx.mentions[k]!);
  }
  return out;
}

/**
 * "X will be hosted to a lunch by A, meet with B and attend an event hosted by C": the partners of each occurrence are
 * not the others', and whoever does all three (the nearest person named before the cue, in no list) is in each.
 */
function partnersApart(ctx: Context, l: List, target: DraftEvent, found: readonly List[]): void {
  const others = found.filter((o) => o !== l && o.sentence === l.sentence && o.cue === 'partner');
  const inList = (q: PersonRef): boolean => others.some((o) => o.people.some((p) => samePerson(ctx, p, q)));
  target.people = target.people.filter((q) => l.people.some((p) => samePerson(ctx, p, q)) || !inList(q));
  const cueAt = l.trigger?.tokStart ?? l.a;
  let doer: PersonRef | undefined;
  for (const m of mentionsOf(ctx, [l.sentence])) {
    if (m.tokEnd > cueAt) continue;
    const p = m.people[0];
    if (!m.quoted && (m.kind === 'person' || m.kind === 'role') && m.people.length === 1 && p && !inList(p) && !l.people.some((q) => samePerson(ctx, p, q))) doer = p;
  }
  if (doer && !target.people.some((q) => samePerson(ctx, doer, q))) target.people.unshift({ ...doer });
}

/** The place of the visit reported in the sentences before s whose window holds the welcome's day. */
function arrivalPlace(ctx: Context, welcome: DraftEvent, s: number, reports: Reports): string | null {
  const day = welcome.window?.from;
  if (!day) return null;
  for (let q = s; q >= Math.max(0, s - LOOK_BACK); q--) {
    const visit = (reports.eventsOf.get(q) ?? []).find((e) => e !== welcome && e.kind === 'visit' && e.where && e.window && e.window.from <= day && day <= e.window.to);
    if (visit) return visit.where;
  }
  return null;
}

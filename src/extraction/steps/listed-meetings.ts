// Several meetings named in one list: "The bilateral meetings between Sheikh Hasina and Brazilian President Lula, the
// President of Mozambique … and Iranian President Raisi were held at the convention centre", "X held separate meetings
// with A, B and C on Thursday" are one `talks` event for each person listed, with the one who met them all (a plural
// "meetings" says there were several; "a meeting with A and B" stays one meeting). Like the listed calls: the day is
// the sentence's own, else the day the sentences just before wrote ("on Thursday held bilateral meetings with heads of
// state …. The bilateral meetings between …"), else, reported as held, the readout's day; the place is that of the
// gathering the meetings are reported at (its sentence or the one before). Runs after the assembly; a talks event the
// assembly made of the sentence is replaced.
import { bySentence, firstIndex, indexMentions, insideQuote, PERSONAL_POSSESSIVES, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import type { Resolved } from '../time/relative.ts';
import { draftEvent } from './draft.ts';
import { listedPeople, priorWindow } from './listed-calls.ts';
import { pastCue, statusOf } from './status.ts';

const NOUNS = new Set(['meetings', 'one-on-ones', 'tete-a-tetes']);
const APART = new Set(['separate', 'individual']);
const MODIFIERS = new Set(['bilateral', 'separate', 'individual', 'one-on-one', 'one', 'on', '-', 'face-to-face', 'face', 'to', 'several', 'the', 'his', 'her', 'their']);
const VERBS = new Set(['meet', 'meets', 'met']);
const FUTURE = new Set(['will', 'shall', 'to', 'scheduled', 'expected', 'planned']);
const GATHERINGS = new Set(['summit', 'session', 'visit', 'other']);
const PEOPLE_KINDS = new Set(['person', 'role', 'bound', 'pronoun']);

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b);

/** The one person named right after "between" (a run of name tokens, up to "and"), and where the rest of the list starts. */
function firstOfPair(ctx: Context, k: number, mentionAt: ReturnType<typeof indexMentions>): { who: PersonRef; rest: number } | null {
  const { tokens } = ctx;
  let who: PersonRef | undefined;
  for (let j = k; j < k + 8; j++) {
    const t = tokens[j];
    if (!t || t.lineBefore) return null;
    if (t.key === 'and') return who ? { who, rest: j + 1 } : null;
    const m = mentionAt.get(j);
    if (m) {
      if (PEOPLE_KINDS.has(m.kind) && m.people[0] && (m.kind === 'person' || !who)) who = m.people[0];
      j = m.tokEnd - 1;
      continue;
    }
    if (!t.cap && t.key !== 'of' && t.key !== 'the' && t.text !== '.') return null;
  }
  return null;
}

/**
 * "her counterparts from Chile and Peru", "his counterparts of Ghana, Togo and Benin": the holders, on the readout's
 * day, of the office of the one who met them in each state listed; a state whose holder the gazetteer lacks gives the
 * office and state ("Foreign Minister of Peru"). Null when the list is not of that form.
 */
function counterpartsFrom(ctx: Context, k: number, end: number, subject: PersonRef, mentionAt: ReturnType<typeof indexMentions>): PersonRef[] | null {
  const { tokens } = ctx;
  if (PERSONAL_POSSESSIVES.has(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.key !== 'counterparts' || (tokens[k + 1]?.key !== 'from' && tokens[k + 1]?.key !== 'of')) return null;
  const g = ctx.gazetteer;
  const person = subject.person >= 0 ? g.people[subject.person] : undefined;
  const role = subject.role ?? (person ? g.positionOn(person, ctx.reference)?.role : null) ?? null;
  if (!role) return null;
  const out: PersonRef[] = [];
  for (let j = k + 2; j < end; j++) {
    const t = tokens[j];
    if (t?.text === ',' || t?.key === 'and') continue;
    const m = mentionAt.get(j);
    if (!m || m.kind !== 'country' || !m.country) break;
    const holder = g.holders(role, m.country, ctx.reference)[0];
    out.push(holder ? { person: g.people.indexOf(holder), name: holder.name, role, country: m.country } : { person: -1, name: `${role} of ${m.surface}`, role, country: m.country });
    j = m.tokEnd - 1;
  }
  return out.length >= 2 ? out : null;
}

/** A window inside another (any window inside none). */
const within = (inner: Resolved | null, outer: Resolved | null): boolean => !outer || (!!inner && outer.from <= inner.from && inner.to <= outer.to);

const PASSIVE_BE = new Set(['were', 'are', 'was', 'is', 'be']);
const PASSIVE_ADVERBS = new Set(['also', 'then', 'later', 'separately', 'subsequently']);

/** "were also held", "will be held": the token after the passive of holding that starts at k, else k. */
function passiveHeld(ctx: Context, k: number): number {
  const { tokens } = ctx;
  let j = k;
  if (tokens[j]?.key === 'will') j++;
  if (!PASSIVE_BE.has(tokens[j]?.key ?? '')) return k;
  j++;
  while (PASSIVE_ADVERBS.has(tokens[j]?.key ?? '') && j < k + 5) j++;
  return tokens[j]?.key === 'held' ? j + 1 : k;
}

const semicolons = (ctx: Context, from: number, to: number): boolean => ctx.tokens.slice(from, to).some((t) => t.text === ';');

/** One key per person, equal for two references exactly when `same` holds. */
const keyOf = (p: PersonRef): string => (p.person >= 0 ? `#${p.person}` : `=${p.name}`);

/**
 * The events the step looks up, indexed once so that each list costs what its sentence holds, not every event of the
 * readout: by first sentence; the gatherings with a place covering each sentence's start (the first in the events'
 * order); the talks of three people or fewer by each ordered pair of them; and, for sentences read in order, those
 * reported from before a sentence up to two sentences before it. Kinds, sentences, people, windows and statuses of the
 * events do not change while the step runs; the events it replaces are left out from then on.
 */
function indexEvents(ctx: Context) {
  const byFirst = new Map<number, DraftEvent[]>();
  const pairs = new Map<string, DraftEvent[]>();
  const gatheringAt: (DraftEvent | undefined)[] = [];
  const push = <K,>(m: Map<K, DraftEvent[]>, k: K, e: DraftEvent): void => {
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  };
  const starts = ctx.sentences.map((x) => x.start);
  ctx.events.forEach((e) => {
    push(byFirst, e.firstSentence, e);
    if (e.kind === 'talks' && e.people.length <= 3) {
      const keys = [...new Set(e.people.map(keyOf))];
      for (const a of keys) for (const b of keys) if (a !== b) push(pairs, `${a}\u0000${b}`, e);
    }
    if (!GATHERINGS.has(e.kind) || !e.where) return;
    for (const x of e.evidence) {
      for (let q = firstIndex(starts.length, (k) => (starts[k] ?? 0) < x.start); q < starts.length && (starts[q] ?? 0) < x.end; q++) gatheringAt[q] ??= e;
    }
  });
  const removed = new Set<DraftEvent>();
  const order = ctx.events.map((e, k) => ({ e, k })).sort((x, y) => x.e.firstSentence - y.e.firstSentence);
  let next = 0;
  let active: { e: DraftEvent; k: number }[] = [];
  /** The events first reported before sentence s and last at most two sentences before it, in the events' order (s never decreases). */
  const near = (s: number): DraftEvent[] => {
    while (next < order.length && (order[next]?.e.firstSentence ?? 0) < s) active.push(order[next++]!);
    active = active.filter((x) => s - x.e.lastSentence <= 2);
    return active.filter((x) => !removed.has(x.e)).sort((x, y) => x.k - y.k).map((x) => x.e);
  };
  return {
    near,
    removed,
    ofSentence: (s: number): DraftEvent[] => (byFirst.get(s) ?? []).filter((e) => !removed.has(e)),
    gatheringAt: (s: number): DraftEvent | undefined => gatheringAt[s],
    withBoth: (a: PersonRef, b: PersonRef): DraftEvent[] => pairs.get(`${keyOf(a)}\u0000${keyOf(b)}`) ?? [],
  };
}

export const splitListedMeetings = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  // What a sentence holds, looked up in that sentence's own lists (mentions are in reading order): linear in the text.
  const mentionsOf = bySentence(ctx, ctx.mentions);
  const triggersOf = bySentence(ctx, ctx.triggers);
  const timesOf = bySentence(ctx, ctx.times);
  const events = indexEvents(ctx);
  const added: DraftEvent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The verb ("will meet A; B; and C", "met separately with A and B"): a list of three or more, or one set apart by
    // semicolons or "separately", is one meeting each; "met with A and B" stays one meeting, as written.
    const verb = VERBS.has(tokens[i]?.key ?? '');
    // "individual talks with A and B", "separate talks with A and B": one meeting each ("talks with A and B" is one).
    const apartTalks = tokens[i]?.key === 'talks' && APART.has(tokens[i - 1]?.key ?? '');
    if (!verb && !NOUNS.has(tokens[i]?.key ?? '') && !apartTalks) continue;
    let after = i + 1;
    // "Meetings were also held with A and B": the passive of holding them.
    if (!verb) after = passiveHeld(ctx, after);
    const apart = tokens[after]?.key === 'separately' || tokens[after]?.key === 'individually';
    if (apart) after++;
    const prep = verb && tokens[after]?.key !== 'with' ? 'with' : tokens[after]?.key;
    if (verb && tokens[after]?.key === 'with') after++;
    if (!verb) after++;
    if (prep !== 'with' && prep !== 'between') continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    if (insideQuote(ctx, tokens[i]?.start ?? 0, tokens[i]?.end ?? 0)) continue;
    let subject: PersonRef | undefined;
    let listStart = after;
    if (prep === 'between') {
      const pair = firstOfPair(ctx, after, mentionAt);
      if (!pair) continue;
      subject = pair.who;
      listStart = pair.rest;
    } else {
      // The one who held them: the nearest person before the noun in the sentence; after "there will be", the
      // sentence's subject ("X will meet A, and there will be individual talks with B and C").
      const existential = tokens[i - 1 - (apartTalks ? 1 : 0)]?.key === 'be' && tokens[i - 3 - (apartTalks ? 1 : 0)]?.key === 'there';
      for (const m of mentionsOf[s] ?? []) {
        if (m.tokStart < sent.tokStart || m.quoted) continue;
        if (m.tokEnd > i || (existential && subject)) break;
        if (PEOPLE_KINDS.has(m.kind) && m.people.length === 1) subject = m.people[0];
      }
    }
    // "Her agenda includes meetings with A; B; and C", after the sentence reporting her visit: the traveller's.
    const trip = !subject && !verb ? events.near(s).filter((e) => e.kind === 'visit' || e.kind === 'talks').pop() : undefined;
    if (trip) subject = trip.people[0];
    if (!subject) continue;
    const listed = counterpartsFrom(ctx, listStart, sent.tokEnd, subject, mentionAt) ?? listedPeople(ctx, listStart, sent.tokEnd, mentionAt);
    // "meetings between A and B, and A and C": pairs, a name coming back (the pair-talks step reads those).
    if (prep === 'between' && listed.some((p) => same(p, subject as PersonRef))) continue;
    const people = listed.filter((p) => !same(p, subject as PersonRef));
    if (people.length < 2) continue;
    // The verb is the sentence's own meeting: not a second one after "will hold talks with A, and meet with B and C".
    if (verb && (triggersOf[s] ?? []).some((t) => t.tokStart >= sent.tokStart && t.tokStart < i && (t.kind === 'talks' || t.kind === 'phone_call'))) continue;
    // Offices the gazetteer cannot name count as items of the list too ("the president of X, the head of Y and Z").
    const unnamed = (mentionsOf[s] ?? []).filter((m) => m.kind === 'role' && m.people.length === 0 && m.tokStart >= listStart && m.tokEnd <= sent.tokEnd).length;
    if (verb && !apart && people.length + unnamed < 3 && !semicolons(ctx, listStart, sent.tokEnd)) continue;
    // Already one meeting per person (the assembly's items of a visit's programme): left as they are.
    const made = events.ofSentence(s).filter((e) => e.kind === 'talks');
    if (verb && made.length >= 2) continue;
    // Tense: a future or scheduling word before the noun in the sentence ("will hold separate meetings with").
    let future = false;
    for (let j = Math.max(sent.tokStart, i - 8); j < i; j++) if (FUTURE.has(tokens[j]?.key ?? '') && !MODIFIERS.has(tokens[j]?.key ?? '')) future = true;
    const own = (timesOf[s] ?? []).find((x) => x.tokStart >= sent.tokStart && x.tokEnd <= sent.tokEnd && x.shift === null && !x.vague);
    const ownWindow = own ? resolveTime(own, ctx.reference, future ? 'future' : 'past', null) : null;
    const dated = own && ownWindow ? { window: ownWindow, text: ctx.body.slice(own.start, own.end), start: own.start, end: own.end } : future ? null : priorWindow(ctx, s);
    // An item of a visit the assembly dated by the visit ("During the visit, X will meet A; B; and C") keeps that window.
    const item = (verb || apartTalks) && !own ? made.find((e) => e.window) : undefined;
    const window: Resolved | null = item?.window ?? dated?.window ?? (!future && ctx.reference ? { from: ctx.reference, to: ctx.reference, precision: 'day' } : null);
    // "This morning she will meet A. Later in the morning, she has two meetings with B and C": no tense of their own,
    // the meetings of a day keep the status of the one before them that day.
    const before = trip ?? events.near(s).filter((e) => e.kind === 'talks' && e.people[0] && same(e.people[0], subject as PersonRef)).pop();
    const sequence = before && !future && !pastCue(ctx, sent.tokStart, i) && within(window, before.window) ? before : null;
    const status = item?.status ?? sequence?.status ?? statusOf(window, false, ctx.reference, future);
    // The gathering the meetings are reported at: an event of this sentence or the one before, with a place.
    const host = events.gatheringAt(s) ?? events.gatheringAt(s - 1);
    // A talks event the assembly made of this sentence is replaced by the meetings of the list.
    // Not another meeting of the sentence, with none of the people listed ("X will meet A, and … talks with B and C").
    const ofList = (e: DraftEvent): boolean => e.kind === 'talks' && e.firstSentence === s && e.evidence.length === 1 && (!apartTalks || e.people.some((q) => people.some((p) => same(p, q))));
    const replaced = events.ofSentence(s).find(ofList);
    for (const e of events.ofSentence(s)) if (ofList(e)) events.removed.add(e);
    const timing = { timeText: dated?.text ?? null, timeSpan: dated ? { start: dated.start, end: dated.end } : null };
    const where = host?.where ?? item?.where ?? trip?.where ?? sequence?.where ?? replaced?.where ?? null;
    for (const p of people) {
      // "X will meet A, B and C between today and Friday. This morning she will meet A": a meeting of the list told
      // again after it, in a sentence of its own and inside the list's window, is that meeting.
      const told = events.withBoth(subject, p).find((e) => e.firstSentence > s && e.status === status && within(e.window, window));
      if (told) {
        told.evidence.push({ start: sent.start, end: sent.end });
        told.where ??= where;
        continue;
      }
      added.push(draftEvent({ kind: 'talks', status, window, people: [{ ...subject }, p], where, ...timing }, sent, s));
    }
    i = sent.tokEnd - 1;
  }
  if (events.removed.size > 0) ctx.events = ctx.events.filter((e) => !events.removed.has(e));
  ctx.events.push(...added);
};

// Several calls named in one list: "he made telephone calls to A, B, C and D" is one call with each of them, not one
// call of five people (a plural "calls" says there were several; "spoke by phone with A and B" stays one call, but
// "spoke by phone with A, B and C", "spoke separately by phone with A and B" are one call each: `spokenList`).
// Runs after the events are assembled: it adds a call for each person listed and drops a call the trigger-by-trigger
// assembly may have made of the same sentence.
import { firstIndex, indexMentions, timeAt } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import type { Resolved } from '../time/relative.ts';
import { buildPhraseTrie, matchPhrase } from '../text/phrases.ts';
import { MEDIUM_PHRASES } from './call-media.ts';
import { draftEvent } from './draft.ts';
import { statusOf } from './status.ts';

const CALL_NOUNS = new Set(['calls', 'conversations']);
// "had a telephone conversation yesterday with A, and with B": one call named, but the repeated preposition makes each
// person an engagement of their own (docs/annotation.md: separate engagements are separate events).
const ONE_CALL_NOUNS = new Set(['call', 'conversation']);
const CALL_MODIFIERS = new Set(['telephone', 'phone', 'video', 'separate']);
const PAST = new Set(['made', 'held', 'had', 'placed', 'conducted', 'exchanged']);
// "in a post following telephone conversations with …": the calls named after a preposition of sequence were made.
const AFTER = new Set(['following', 'after']);
const FUTURE_BASE = new Set(['make', 'hold', 'have', 'place', 'conduct']);
const FUTURE_AUX = new Set(['will', 'to', 'shall']);
const PEOPLE_KINDS = new Set(['person', 'role', 'bound']);
/** How many sentences back a sentence with no time of its own looks for the day it happened on. */
const LOOK_BACK = 2;

interface Listed {
  subject: PersonRef;
  people: PersonRef[];
  future: boolean;
}

/**
 * "made telephone calls to" at token i (the verb): the index after "to"/"with", or -1; `one` when the noun is singular
 * ("had a telephone conversation with"). A time may stand between the noun and the preposition ("held phone calls on
 * Thursday with A and B").
 */
function callsPhraseEnd(ctx: Context, i: number): { start: number; one: boolean } | null {
  const { tokens } = ctx;
  let k = i + 1;
  const one = tokens[k]?.key === 'a';
  if (one) k++;
  let modified = false;
  while (k < i + 5 && CALL_MODIFIERS.has(tokens[k]?.key ?? '')) {
    modified = true;
    k++;
  }
  if (!(one ? ONE_CALL_NOUNS : CALL_NOUNS).has(tokens[k]?.key ?? '')) return null;
  // "held conversations with" is talks as often as calls: only telephone or video ones.
  if (tokens[k]?.key.startsWith('conversation') && !modified) return null;
  k++;
  const time = timeAt(ctx, k);
  if (time) k = time.tokEnd;
  const prep = tokens[k]?.key;
  return prep === 'to' || prep === 'with' ? { start: groupBeforeList(ctx, k + 1), one } : null;
}

const NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'several']);
const PEERS = new Set(['counterparts', 'colleagues', 'leaders', 'partners']);
const LIST_OPENERS = new Set(['-', '–', '—', ':', ',']);

/** "with two of her counterparts – A and B": the list's start after a group that announces it, else k. */
function groupBeforeList(ctx: Context, k: number): number {
  const { tokens } = ctx;
  let j = k;
  if (NUMBERS.has(tokens[j]?.key ?? '') || tokens[j]?.type === 'num') j++;
  else return k;
  if (tokens[j]?.key === 'of') j++;
  if (tokens[j]?.key === 'his' || tokens[j]?.key === 'her' || tokens[j]?.key === 'their' || tokens[j]?.key === 'the') j++;
  if (tokens[j]?.key === 'foreign') j++;
  if (!PEERS.has(tokens[j]?.key ?? '') || !LIST_OPENERS.has(tokens[j + 1]?.text ?? '')) return k;
  return j + 2;
}

/** The people of a list "A, B and C", one per item; an item's run of adjacent names is one person. */
export function listedPeople(ctx: Context, k: number, end: number, mentionAt: ReturnType<typeof indexMentions>, prep?: string): PersonRef[] {
  const { tokens } = ctx;
  const out: PersonRef[] = [];
  // With `prep`, an item after "and" repeats it ("with A, and with B") or the list ends there, and a list that never
  // repeats it is no list: "a call with A and B" is one call.
  let repeated = false;
  let item: Mention[] = [];
  const close = (): void => {
    // "the Sultan of Johor Ibrahim Iskandar": a name right after "of" is the title's place when a name follows it.
    const names = item.filter((m, j) => m.kind === 'person' && !(tokens[m.tokStart - 1]?.key === 'of' && item[j + 1]?.kind === 'person'));
    const run = names.filter((m, j) => j === 0 || m.tokStart === names[j - 1]?.tokEnd);
    const last = item[item.length - 1];
    let p: PersonRef | undefined;
    if (run.length > 1 && run.every((m) => m.people[0]?.person === -1)) {
      p = { person: -1, name: run.map((m) => m.surface).join(' '), role: null, country: null };
    } else p = (run[run.length - 1] ?? last)?.people[0];
    if (p && !out.some((q) => (q.person >= 0 ? q.person === p.person : q.name === p.name))) out.push({ ...p });
    item = [];
  };
  // "the President of Moldova, Ion Rusu; Prime Minister, Dan Popa": an office the name follows after a comma.
  let title = false;
  while (k < end) {
    const t = tokens[k];
    if (!t || t.lineBefore) break;
    if (t.text === ',' || t.text === ';' || t.key === 'and') {
      if (item.length === 0 && out.length === 0 && !(title && t.text === ',')) break;
      if (item.length > 0) close();
      k++;
      if (prep && out.length > 0 && t.text !== ',') {
        // "with A and then with B", "with A, and also with B".
        if (tokens[k]?.key === 'then' || tokens[k]?.key === 'also') k++;
        if (tokens[k]?.key !== prep) break;
        repeated = true;
        k++;
      }
      continue;
    }
    const m = mentionAt.get(k);
    if (m) {
      if (PEOPLE_KINDS.has(m.kind) && m.people.length > 0) item.push(m);
      title = m.kind === 'bound' && m.people.length === 0;
      k = m.tokEnd;
      continue;
    }
    // A word that is no part of a name or title ends the list ("… and Muhyiddin Yassin on Sunday").
    if (!t.cap && t.key !== 'of' && t.key !== 'the' && t.text !== "'s" && t.text !== '.' && t.text !== '-') break;
    k++;
  }
  if (item.length > 0) close();
  return prep && !repeated ? [] : out;
}

// "spoke by phone today with A, B and C", "has spoken by telephone with …", "will talk via video link with …": the verbs
// of a call said with its medium ("talks" is left out: "held talks by video link with A, B and C" is one conversation).
const SPOKE = new Set(['spoke', 'spoken', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'talking', 'conversed', 'converse', 'converses']);
const APART = new Set(['separately', 'individually']);
const MEDIUM = buildPhraseTrie(MEDIUM_PHRASES.map((p): [string, true] => [p, true]));
// "in a joint call", "a trilateral conversation", "by conference call", "in the Normandy format", "spoke together":
// one call of everyone named, however they are listed (docs/annotation.md: a three-way call is one event).
const JOINT = new Set(['joint', 'jointly', 'trilateral', 'quadrilateral', 'multilateral', 'conference', 'videoconference', 'format', 'together', 'collectively']);

/** A medium phrase ("by phone", "via a video link") at token k: its length in tokens, or 0. */
function mediumAt(ctx: Context, k: number): number {
  const keys: string[] = [];
  for (let j = k; j < k + 5 && ctx.tokens[j]?.type === 'word'; j++) keys.push(ctx.tokens[j]?.key ?? '');
  return matchPhrase(MEDIUM, keys)?.length ?? 0;
}

/** "three-way", "four-way": a number of sides joined by a hyphen before "way". */
const sidesWay = (ctx: Context, k: number): boolean => ctx.tokens[k]?.key === 'way' && ctx.tokens[k - 1]?.text === '-';

/** A word of the sentence a..b that makes the conversation one of all its people. */
function jointCall(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (JOINT.has(ctx.tokens[k]?.key ?? '') || sidesWay(ctx, k)) return true;
  return false;
}

/**
 * "spoke by phone today with" at token i (the verb): where the list after "with" starts, whether the calls are said to
 * be apart ("spoke separately by phone with"), and whether the medium is written before the list. Without it, the
 * medium must follow the list ("spoke with A, B and C by phone"): "spoke with" alone may be in person.
 */
function spokenPhraseEnd(ctx: Context, i: number): { start: number; apart: boolean; medium: boolean } | null {
  const { tokens } = ctx;
  if (!SPOKE.has(tokens[i]?.key ?? '')) return null;
  let k = i + 1;
  let apart = false;
  let medium = false;
  for (let round = 0; round < 4; round++) {
    if (APART.has(tokens[k]?.key ?? '')) {
      apart = true;
      k++;
      continue;
    }
    const time = timeAt(ctx, k);
    if (time) {
      k = time.tokEnd;
      continue;
    }
    const len = medium ? 0 : mediumAt(ctx, k);
    if (len === 0) break;
    medium = true;
    k += len;
  }
  return tokens[k]?.key === 'with' ? { start: groupBeforeList(ctx, k + 1), apart, medium } : null;
}

/** "with A, B and C by phone": a medium phrase right where the list of names (from k) ends. */
function mediumAfterList(ctx: Context, k: number, b: number, mentionAt: ReturnType<typeof indexMentions>): boolean {
  const { tokens } = ctx;
  while (k < b) {
    const m = mentionAt.get(k);
    if (m) {
      k = m.tokEnd;
      continue;
    }
    const t = tokens[k];
    if (!t || !(t.cap || t.key === 'and' || t.key === 'of' || t.key === 'the' || t.text === ',' || t.text === '-' || t.text === '.')) break;
    k++;
  }
  return mediumAt(ctx, k) > 0;
}

/**
 * The people of "spoke by phone with A, B and C": one call each when three or more are listed, when the calls are said
 * to be apart ("separately"), or when "with" is repeated ("with A, and with B"); "spoke by phone with A and B" stays one
 * call, as "met with A and B" stays one meeting, and so does a call the sentence calls joint or three-way.
 */
function spokenList(ctx: Context, i: number, b: number, mentionAt: ReturnType<typeof indexMentions>): PersonRef[] {
  const phrase = spokenPhraseEnd(ctx, i);
  if (!phrase) return [];
  const sent = ctx.sentences[ctx.sentenceOf[i] ?? -1];
  if (!sent || jointCall(ctx, sent.tokStart, sent.tokEnd)) return [];
  if (!phrase.medium && !mediumAfterList(ctx, phrase.start, b, mentionAt)) return [];
  const all = listedPeople(ctx, phrase.start, b, mentionAt);
  if (all.length >= 3 || (phrase.apart && all.length >= 2) || ctx.tokens.slice(phrase.start, b).some((t) => t.text === ';')) return all;
  return listedPeople(ctx, phrase.start, b, mentionAt, 'with');
}

function findListed(ctx: Context, a: number, b: number, mentionAt: ReturnType<typeof indexMentions>, ments: readonly Mention[]): Listed | null {
  const { tokens } = ctx;
  for (let i = a; i < b; i++) {
    const key = tokens[i]?.key ?? '';
    const spoken = SPOKE.has(key) ? spokenList(ctx, i, b, mentionAt) : [];
    const future = (FUTURE_BASE.has(key) || spoken.length > 0) && FUTURE_AUX.has(tokens[i - 1]?.key ?? '');
    if (!PAST.has(key) && !AFTER.has(key) && !future && spoken.length === 0) continue;
    const phrase = spoken.length > 0 ? null : callsPhraseEnd(ctx, i);
    if (!phrase && spoken.length === 0) continue;
    const listStart = phrase?.start ?? i;
    const people = phrase ? listedPeople(ctx, listStart, b, mentionAt, phrase.one ? tokens[listStart - 1]?.key : undefined) : spoken;
    if (people.length < 2) continue;
    // The caller: the nearest person before the verb in the sentence (a pronoun counts: "the PMO said he made …").
    let subject: PersonRef | undefined;
    for (const m of ments) if (m.tokEnd <= i && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1) subject = m.people[0];
    // "… after phone calls with two of her counterparts – A and B": the caller is "her".
    for (const m of ments) if (!subject && m.tokStart > i && m.tokEnd <= listStart && m.kind === 'pronoun' && m.people.length === 1) subject = m.people[0];
    if (!subject) continue;
    return { subject, people, future };
  }
  return null;
}

/** The day a sentence without a time of its own tells of: the last time phrase of the sentences just before. */
export function priorWindow(ctx: Context, s: number): { window: Resolved; text: string; start: number; end: number } | null {
  const first = ctx.sentences[Math.max(0, s - LOOK_BACK)];
  const sent = ctx.sentences[s];
  if (!first || !sent) return null;
  let found: { window: Resolved; text: string; start: number; end: number } | null = null;
  // The times are in reading order: a binary search to the first of those sentences, then only theirs.
  for (let k = firstIndex(ctx.times.length, (j) => (ctx.times[j]?.tokStart ?? 0) < first.tokStart); k < ctx.times.length; k++) {
    const x = ctx.times[k]!;
    if (x.tokStart >= sent.tokStart) break;
    if (x.shift !== null || x.vague) continue;
    const w = resolveTime(x, ctx.reference, 'past', null);
    if (w && w.precision === 'day') found = { window: w, text: ctx.body.slice(x.start, x.end), start: x.start, end: x.end };
  }
  return found;
}

export const splitListedCalls = (ctx: Context): void => {
  const mentionAt = indexMentions(ctx.mentions, ctx.tokens.length, 'start');
  let mIdx = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const ments: Mention[] = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (m && !m.quoted) ments.push(m);
    }
    const listed = findListed(ctx, sent.tokStart, sent.tokEnd, mentionAt, ments);
    if (!listed) continue;
    const own = ctx.times.find((x) => x.tokStart >= sent.tokStart && x.tokEnd <= sent.tokEnd && x.shift === null);
    const ownWindow = own ? resolveTime(own, ctx.reference, listed.future ? 'future' : 'past', null) : null;
    const dated = own && ownWindow ? { window: ownWindow, text: ctx.body.slice(own.start, own.end), start: own.start, end: own.end } : listed.future ? null : priorWindow(ctx, s);
    // Reported as made, with no day written anywhere near: the day of the readout (GUIDELINES: a time that follows).
    const window: Resolved | null = dated?.window ?? (!listed.future && ctx.reference ? { from: ctx.reference, to: ctx.reference, precision: 'day' } : null);
    const status = statusOf(window, false, ctx.reference, listed.future);
    // A call the assembly made of this sentence is replaced by the calls of the list.
    ctx.events = ctx.events.filter((e) => !(e.kind === 'phone_call' && e.evidence.some((sp) => sp.start === sent.start)));
    const split: DraftEvent[] = [];
    for (const p of listed.people) {
      if (p.person >= 0 && p.person === listed.subject.person) continue;
      const timing = { timeText: dated?.text ?? null, timeSpan: dated ? { start: dated.start, end: dated.end } : null };
      const call = draftEvent({ kind: 'phone_call', status, window, people: [{ ...listed.subject }, p], ...timing }, sent, s);
      ctx.events.push(call);
      split.push(call);
    }
    foldLaterMentions(ctx, split, s, mentionAt);
  }
};

const samePerson = (a: PersonRef, b: PersonRef): boolean => (a.person >= 0 || b.person >= 0 ? a.person === b.person : a.name === b.name);

/**
 * "Her conversation with B touched on energy" a sentence or two after the list: a call with no time of its own, made
 * by no one outside the list, is the listed call with the person named after "with".
 */
function foldLaterMentions(ctx: Context, split: readonly DraftEvent[], s: number, mentionAt: ReturnType<typeof indexMentions>): void {
  const inList = (p: PersonRef): boolean => split.some((c) => c.people.some((q) => samePerson(p, q)));
  ctx.events = ctx.events.filter((e) => {
    if (e.kind !== 'phone_call' || split.includes(e) || e.timeText || e.firstSentence <= s || e.firstSentence > s + 6 || !e.people.every(inList)) return true;
    const sent = ctx.sentences[e.firstSentence];
    if (!sent) return true;
    for (let k = sent.tokStart; k < sent.tokEnd; k++) {
      const m = ctx.tokens[k]?.key === 'with' ? mentionAt.get(k + 1) : undefined;
      const p = m && m.kind === 'person' ? m.people[0] : undefined;
      const call = p ? split.find((c) => c.people.some((q) => samePerson(p, q))) : undefined;
      if (!call) continue;
      for (const sp of e.evidence) if (!call.evidence.some((x) => x.start === sp.start)) call.evidence.push(sp);
      call.lastSentence = Math.max(call.lastSentence, e.lastSentence);
      return false;
    }
    return true;
  });
}

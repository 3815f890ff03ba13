// A visit's programme told sentence by sentence: "X will pay an official visit to Y on … During the visit, X will
// unveil … X and Z will hold talks …, after which joint statements will follow. During his visit, X will meet with W."
// Sentences framed by the visit already reported ("During the visit", "As part of his three-day visit", "Within the
// framework of his visit to …"), those that add to them ("In addition, X will meet …", "X will also meet …") and those
// right after them that report more of the same day list the visit's items. When they list two items or more, the
// visit keeps its kind and each item is an event of its own (GUIDELINES: a state visit with a programme); a visit made
// for one meeting stays one `talks` event.
// This pre-pass only finds those sentences; the assembly (events.ts) makes the events.
import { bySentence as ofSentence, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, Trigger } from '../context.ts';
import { addDays } from '../time/calendar.ts';
import { placesAgree } from './event-links.ts';
import { toldApart } from './visit-states.ts';

const OPENERS: readonly (readonly string[])[] = [
  ['during'], ['as', 'part', 'of'], ['within', 'the', 'framework', 'of'], ['in', 'the', 'framework', 'of'],
  ['in', 'the', 'course', 'of'], ['in', 'the', 'frame', 'of'], ['on', 'the', 'occasion', 'of'],
];
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'this', 'that', 'its', 'said']);
const NOT_MODIFIERS = new Set(['on', 'of', 'for', 'to', 'in', 'at', 'with', 'and', 'or', 'the', 'a', 'an', 'by', 'after', 'before']);
const ADDING = new Set(['in addition', 'additionally', 'besides', 'moreover', 'furthermore', 'also']);
/** How many sentences a programme may run on past its last item. */
const GAP = 2;

/** The visit noun of an opening "During the visit" / "As part of his three-day visit", or null. */
export function framingVisit(ctx: Context, s: number, trigs: readonly Trigger[]): Trigger | null {
  const sent = ctx.sentences[s];
  if (!sent) return null;
  const { tokens } = ctx;
  for (const opener of OPENERS) {
    let k = sent.tokStart;
    if (!opener.every((w, j) => tokens[k + j]?.key === w)) continue;
    k += opener.length;
    if (!DETERMINERS.has(tokens[k]?.key ?? '')) continue;
    const visit = trigs.find((t) => t.kind === 'visit' && !t.verb && !t.quoted && t.tokStart > k && t.tokStart <= k + 5);
    if (!visit) continue;
    // Only modifiers between the determiner and the noun: "his three-day official visit", not a clause.
    let clean = true;
    for (let j = k + 1; j < visit.tokStart; j++) if ((tokens[j]?.type === 'punct' && tokens[j]?.text !== '-') || NOT_MODIFIERS.has(tokens[j]?.key ?? '') || trigs.some((t) => t !== visit && t.tokStart <= j && j < t.tokEnd)) clean = false;
    if (clean) return visit;
  }
  return null;
}

// "On the following day", "the next day": the day after the one the sentence before told (-1).
const ORDINAL_DAYS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['last', 0], ['final', 0], ['closing', 0], ['following', -1], ['next', -1]]);

/**
 * "On the first day, X will hold talks …", "On the second day of the visit, …", "On the last day, …": the day of the
 * visit the sentence opens with (1-based; 0 for its last day; -1 for "the following day", the one after the day told
 * before), or null.
 */
export function dayOfVisit(ctx: Context, s: number): number | null {
  const sent = ctx.sentences[s];
  if (!sent) return null;
  const { tokens } = ctx;
  let k = sent.tokStart;
  if (tokens[k]?.key === 'on') k++;
  if (tokens[k]?.key !== 'the' && tokens[k]?.key !== 'its' && tokens[k]?.key !== 'his' && tokens[k]?.key !== 'her') return null;
  const n = ORDINAL_DAYS.get(tokens[k + 1]?.key ?? '');
  if (n === undefined || tokens[k + 2]?.key !== 'day') return null;
  k += 3;
  // "of the visit", "of his stay", "of the trip"
  if (tokens[k]?.key === 'of') k += 3;
  return tokens[k]?.text === ',' || tokens[k]?.type === 'word' ? n : null;
}

/** "In addition, X will meet …", "Additionally, …", "X will also meet …": the sentence adds to what was listed. */
function adding(ctx: Context, s: number, trigs: readonly Trigger[]): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const { tokens } = ctx;
  const two = `${tokens[sent.tokStart]?.key ?? ''} ${tokens[sent.tokStart + 1]?.key ?? ''}`;
  if (ADDING.has(tokens[sent.tokStart]?.key ?? '') || ADDING.has(two)) return true;
  return trigs.some((t) => t.kind === 'talks' && t.verb && tokens[t.tokStart - 1]?.key === 'also');
}

const FRESH_VISIT = (t: Trigger): boolean => t.kind === 'visit' && !t.anaphoric && !t.quoted;

const PLACES = new Set(['city', 'capital', 'country']);
const AT = new Set(['in', 'at']);

/** The one city or state a visit is made to, named right after its noun or verb ("visit to Lisbon", "will visit Lisbon"); not a list of stops. */
function placeVisited(ctx: Context, ments: readonly Mention[], t: Trigger): string | null {
  const { tokens } = ctx;
  const at = tokens[t.tokEnd]?.key === 'to' || tokens[t.tokEnd]?.key === 'in' ? t.tokEnd + 1 : t.tokEnd;
  const m = ments.find((x) => x.tokStart === at && PLACES.has(x.kind));
  if (!m || tokens[m.tokEnd]?.text === ',' || tokens[m.tokEnd]?.key === 'and') return null;
  return m.surface;
}

/** The city or state a sentence places what it reports in ("… in Vilnius", "In Tallinn, …"). */
function placeOfSentence(ctx: Context, ments: readonly Mention[]): string | null {
  return ments.find((x) => PLACES.has(x.kind) && AT.has(ctx.tokens[x.tokStart - 1]?.key ?? ''))?.surface ?? null;
}

/** Items a sentence of a programme lists: meetings (one per counterpart listed), other occurrences, stops. */
const VERBAL = new Set(['will', 'to', 'shall']);

function itemsOf(ctx: Context, trigs: readonly Trigger[], framing: Trigger | null, ments: readonly Mention[], dayOf = false): { n: number; stop: boolean } {
  let n = 0;
  let stop = false;
  trigs.forEach((t, i) => {
    if (t === framing || t.quoted || t.topic || t.planned) return;
    if (t.kind === 'talks' && !t.anaphoric) n += Math.max(1, counterparts(ctx, ments, t.tokEnd, trigs[i + 1]?.tokStart ?? ctx.sentences[t.sentence]?.tokEnd ?? t.tokEnd).length);
    else if ((t.kind === 'other' || t.kind === 'statement' || t.kind === 'interview') && !t.anaphoric) n++;
    // "On the second day, she will visit the monastery", "The next day, they will go on a tour of X": a stop of the day.
    else if (t.kind === 'visit' && (t.verb || (dayOf && (VERBAL.has(ctx.tokens[t.tokStart - 1]?.key ?? '') || ctx.tokens[t.tokEnd - 1]?.key === 'tour')))) {
      n++;
      stop = true;
    }
  });
  return { n, stop };
}

/**
 * The sentences that list a visit's programme, each mapped to the sentence of the visit they belong to (the visit's
 * own sentence maps to itself). Only programmes of two items or more.
 */
export function visitProgrammes(ctx: Context): Map<number, number> {
  const out = new Map<number, number>();
  const bySentence = ofSentence(ctx, ctx.triggers);
  const mentsBySentence = ofSentence(ctx, ctx.mentions.filter((m) => !m.quoted));
  const timed = new Set(ctx.times.map((x) => ctx.sentenceOf[x.tokStart]));
  let host = -1;
  let members: number[] = [];
  let items = 0;
  let last = -1;
  let afterStop = false;
  let where: string | null = null;
  const close = (): void => {
    if (host >= 0 && members.length > 0 && items >= 2) {
      out.set(host, host);
      for (const m of members) out.set(m, host);
    }
    members = [];
    items = 0;
  };
  for (let s = 0; s < ctx.sentences.length; s++) {
    const trigs = bySentence[s] ?? [];
    if (trigs.length === 0) continue;
    const framing = framingVisit(ctx, s, trigs);
    // "As part of his three-day visit": a reference back, whatever its determiner.
    if (framing) framing.anaphoric = true;
    const dayOf = host >= 0 && dayOfVisit(ctx, s) !== null;
    const fresh = dayOf ? undefined : trigs.find((t) => FRESH_VISIT(t) && t !== framing && !(t.verb && (framing || adding(ctx, s, trigs))));
    if (fresh) {
      // A new visit starts its own programme; its own sentence may name its first item ("where he will hold a meeting").
      close();
      host = s;
      last = s;
      afterStop = false;
      where = placeVisited(ctx, mentsBySentence[s] ?? [], fresh);
      items = itemsOf(ctx, trigs.filter((t) => t !== fresh), null, mentsBySentence[s] ?? []).n;
      continue;
    }
    if (host < 0) continue;
    // "Separately, she will meet …": what follows is told apart from the visit, whose programme ends here.
    if (toldApart(ctx, s)) {
      close();
      host = -1;
      continue;
    }
    // "She will also meet X in Vilnius" after a visit to Lisbon: a meeting elsewhere is no item of it (unless the
    // sentence names the visit or its day as its setting).
    if (!framing && !dayOf && !placesAgree(ctx, where, placeOfSentence(ctx, mentsBySentence[s] ?? []))) continue;
    // A meeting right after a stop of the programme is the meeting that stop was made for (a visit to hold talks).
    const continues = !afterStop && s - last <= GAP && !timed.has(s) && members.length > 0;
    if (!(framing || dayOf || (adding(ctx, s, trigs) && s - last <= 6) || continues)) continue;
    // "On the second day, she will visit the monastery": a stop of the day ("will visit" is the noun used as a verb).
    const own = itemsOf(ctx, trigs, framing, mentsBySentence[s] ?? [], dayOf);
    if (own.n === 0) continue;
    members.push(s);
    items += own.n;
    last = s;
    afterStop = own.stop;
  }
  close();
  return out;
}

const SEPARATORS = new Set([',', ';']);
const PEOPLE = new Set(['person', 'role', 'bound']);

/**
 * The counterparts a meeting verb lists between tokens a and b, one group per item: "with President A, Prime Minister
 * B, Speaker C, and Patriarch D" are four; "with leader A and negotiator B" (no comma) is one side of one meeting.
 * An item naming no one ("his host") adds nothing; an office and the name after it are one person.
 */
export function counterparts(ctx: Context, ments: readonly Mention[], a: number, b: number): PersonRef[][] {
  const { tokens } = ctx;
  const inRange = ments.filter((m) => m.tokStart >= a && m.tokEnd <= b && PEOPLE.has(m.kind) && m.people.length > 0);
  if (inRange.length === 0) return [];
  let commas = false;
  for (let k = a; k < b; k++) if (SEPARATORS.has(tokens[k]?.text ?? '')) commas = true;
  const groups: PersonRef[][] = [];
  let cur: PersonRef[] = [];
  let mi = 0;
  const push = (): void => {
    if (cur.length > 0) groups.push(cur);
    cur = [];
  };
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t) break;
    // The clause ends where the list does: "…, the Ministry said", "… to discuss …".
    if (t.type === 'word' && !t.cap && !LIST_WORDS.has(t.key) && !inRange.some((m) => m.tokStart <= k && k < m.tokEnd)) {
      if (groups.length > 0 || cur.length > 0) break;
    }
    if (SEPARATORS.has(t.text) || (commas && t.key === 'and' && (tokens[k - 1]?.text === ',' || groups.length > 0))) {
      push();
      continue;
    }
    while (mi < inRange.length && (inRange[mi]?.tokStart ?? 0) < k) mi++;
    const m = inRange[mi];
    if (m && m.tokStart === k) {
      // The office and the name of one person ("President Maia Sandu"): the name's person, once.
      const p = m.people[0];
      if (p) {
        const prev = cur[cur.length - 1];
        if (prev && m.kind === 'person' && (prev.person < 0 || prev.person !== p.person) && tokens[k - 1]?.key !== 'and') cur[cur.length - 1] = p;
        else if (!cur.some((q) => same(p, q))) cur.push(p);
      }
      k = m.tokEnd - 1;
    }
  }
  push();
  const out: PersonRef[][] = [];
  for (const g of groups) {
    const fresh = g.filter((p) => !out.some((o) => o.some((q) => same(p, q))));
    if (fresh.length > 0) out.push(fresh);
  }
  return out;
}

// Words a list of counterparts is written with besides names and offices ("his Georgian counterpart", "the Prime
// Minister of Croatia", "chief negotiator").
const LIST_WORDS = new Set(['and', 'the', 'his', 'her', 'their', 'of', 'with', 'counterpart', 'host', 'chief', 'deputy', 'prime', 'minister', 'for', 'head', 'leader', 'negotiator', 'president', 'speaker', 'former', 'acting', 'also']);

const same = (p: PersonRef, q: PersonRef): boolean => samePersonRef(p, q, true);

/**
 * "X will pay an official visit to Y on 4-5 May. On the first day, X will hold talks … On the second day, X will visit
 * …": the items of a sentence that opens with a day of the visit, given the visit's span as items, are on that day.
 * Runs after the assembly.
 */
export const visitDays = (ctx: Context): void => {
  // The day the last such sentence told, of its visit, and that sentence: "On the following day" is the next one.
  let told: { visit: DraftEvent; day: string; s: number } | null = null;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const n = dayOfVisit(ctx, s);
    if (n === null) continue;
    const visit = ctx.events.filter((e) => e.kind === 'visit' && e.firstSentence < s && e.window && e.window.from < e.window.to).pop();
    const w = visit?.window;
    if (!w) continue;
    const day: string | null = n === -1 ? (told && told.visit === visit && s - told.s <= 2 ? addDays(told.day, 1) : null) : n === 0 ? w.to : addDays(w.from, n - 1);
    if (!day || day > w.to) continue;
    told = { visit, day, s };
    const opening = ctx.sentences[s]?.start;
    for (const e of ctx.events) {
      if (e === visit || e.firstSentence !== s) continue;
      // The day phrase opening the sentence ("On the following day") was read as a time of its own: the visit's day it is.
      const ownPhrase = n === -1 && e.timeSpan?.start === opening;
      if (!ownPhrase && ((e.timeText && e.timeText !== visit.timeText) || e.window?.from !== w.from || e.window.to !== w.to)) continue;
      Object.assign(e, { window: { from: day, to: day, precision: 'day' }, timeText: null, timeSpan: null });
      if (ownPhrase) e.status = visit.status;
    }
  }
};

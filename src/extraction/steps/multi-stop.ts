// Multi-stop trips (GUIDELINES.md: "one `visit` for the whole trip plus one event for each stop the text reports on"),
// the ways a readout writes stops that the assembly leaves as one event or none. Runs after the assembly, before the
// whole trip is made of its stops (trip-stops.ts).
// - A trip to a region ("a tour of East Africa", "will travel to Asia") has no single place: it is the whole trip.
// - Stops written after the first one with dates of their own, with the verb left out: "will visit A on 2 May and B
//   on 4 May", "will be in A on 9 October …; on 10 October in B", "began in A on Monday, continues in B today and ends
//   in C on Friday", "will hold talks in A with P on Monday and in B with Q on Wednesday".
// - Stops a trip is said to include: "the tour also comprises A and B", "will also take him to A and B", "includes
//   stops in A and B", "beginning in A": visits in the trip's window.
// - A trip reported on its return ("returns home today after visits to A and B"): the day is the return's, not the
//   stops'; the trip runs from its first dated stop to the return, or has no window when no stop is dated.
import type { Context, DraftEvent, Mention, PersonRef, TokenIndex } from '../context.ts';
import { firstIndex, indexMentions, samePersonRef } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import type { TimeExpr } from '../time/expressions.ts';
import type { Resolved } from '../time/relative.ts';
import { draftEvent } from './draft.ts';
import { placeInfo } from './event-links.ts';
import { onward, sameTraveller } from './trip-stops.ts';

const PLACE_KINDS = new Set(['country', 'capital', 'city']);
const REGION_WORDS = new Set(['africa', 'asia', 'europe', 'america', 'americas', 'pacific', 'caribbean', 'balkans', 'gulf', 'oceania', 'scandinavia']);
const COMPASS = new Set(['east', 'west', 'north', 'south', 'central', 'eastern', 'western', 'northern', 'southern', 'southeast', 'south-east', 'northeast', 'southwest', 'northwest', 'middle']);
// What may stand before "in B" when B is a further stop: "…; on 10 October in B", "continues in B", "ends in C".
const INTRO = new Set([',', ';', 'and', 'continues', 'continue', 'ends', 'end', 'then', 'finally']);
const RETURN = new Set(['return', 'returns', 'returned', 'returning']);

const isPlace = (m: Mention | undefined): m is Mention => !!m && PLACE_KINDS.has(m.kind) && !m.quoted;

/** "East Africa", "Asia", "Central" (of "Central America"): a region the gazetteer knows as no state or city. */
function isRegion(ctx: Context, e: DraftEvent): boolean {
  if (!e.where || placeInfo(ctx, e.where)) return false;
  const words = e.where.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (REGION_WORDS.has(last)) return true;
  if (words.length !== 1 || !COMPASS.has(last)) return false;
  // A compass word cut from its region: the word after it in the evidence is a region word.
  for (const sp of e.evidence) {
    const text = ctx.body.slice(sp.start, sp.end);
    const at = text.indexOf(e.where);
    if (at < 0) continue;
    const next = /^\s+([A-Za-z]+)/.exec(text.slice(at + e.where.length))?.[1]?.toLowerCase();
    if (next && REGION_WORDS.has(next)) return true;
  }
  return false;
}

const traveller = (e: DraftEvent): PersonRef | undefined => e.people[0];

const dayAfter = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The times starting in tokens [a, b) (the times are in reading order). */
function timesOf(ctx: Context, a: number, b: number): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let x = firstIndex(ctx.times.length, (k) => (ctx.times[k]?.tokStart ?? 0) < a); x < ctx.times.length && (ctx.times[x]?.tokStart ?? b) < b; x++) out.push(ctx.times[x] as TimeExpr);
  return out;
}

/** The first mention starting in tokens [a, b) that passes the test. */
function firstMention(mentionAt: TokenIndex, a: number, b: number, test: (m: Mention) => boolean): Mention | undefined {
  for (let k = a; k < b; k++) {
    const m = mentionAt.get(k);
    if (m && test(m)) return m;
  }
  return undefined;
}

/** A stop's own time: ending right before its introduction ("on 10 October in B"), or after it in its clause ("B with Q on Wednesday"). */
function stopTime(ctx: Context, timeAt: Map<number, number>, timeEnd: Map<number, number>, m: Mention, intro: number, end: number): TimeExpr | undefined {
  const { tokens } = ctx;
  const x = timeEnd.get(intro) ?? (tokens[intro - 1]?.text === ',' ? timeEnd.get(intro - 1) : undefined);
  if (x !== undefined) return ctx.times[x];
  for (let k = m.tokEnd; k < Math.min(end, m.tokEnd + 8); k++) {
    const key = tokens[k]?.key ?? '';
    if (key === ';' || key === 'and' || (k > m.tokEnd && key === 'in')) break;
    const at = timeAt.get(k);
    if (at !== undefined) return ctx.times[at];
  }
  return undefined;
}

export const multiStopTrips = (ctx: Context): void => {
  if (ctx.events.length === 0) return;
  const { tokens } = ctx;
  for (const e of ctx.events) if (e.kind === 'visit' && isRegion(ctx, e)) e.where = null;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  const timeAt = new Map<number, number>();
  const timeEnd = new Map<number, number>();
  ctx.times.forEach((t, i) => {
    timeAt.set(t.tokStart, i);
    timeEnd.set(t.tokEnd, i);
  });
  const placed = new Set(ctx.events.map((e) => e.where?.toLowerCase()).filter((w): w is string => !!w));
  const added: DraftEvent[] = [];
  for (const e of ctx.events) {
    if ((e.kind !== 'visit' && e.kind !== 'talks') || !e.where || !e.window || e.window.precision === 'unknown') continue;
    const who = traveller(e);
    if (!who) continue;
    // The stops of its sentence, and of the next when it goes on from it ("From A, the President goes on to B on DATE").
    for (const s of onward(ctx, e.firstSentence + 1) ? [e.firstSentence, e.firstSentence + 1] : [e.firstSentence]) {
      const sent = ctx.sentences[s];
      if (!sent) continue;
      let prev: Resolved = e.window;
      for (let k = sent.tokStart + 1; k < sent.tokEnd; k++) {
        const m = mentionAt.get(k);
        if (!isPlace(m)) continue;
        // Introduced as a stop: "and B", "; on DATE in B", "continues in B", "ends in C", "goes on to B" (next sentence).
        const before = tokens[k - 1]?.key ?? '';
        if (before !== 'and' && before !== 'in' && before !== ',' && !(before === 'to' && s > e.firstSentence)) continue;
        if (before === 'in' && !INTRO.has(tokens[k - 2]?.key ?? '') && !timeEnd.has(k - 1)) continue;
        const time = stopTime(ctx, timeAt, timeEnd, m, before === 'in' || before === 'to' ? k - 1 : k, sent.tokEnd);
        if (!time || time.vague || (e.timeSpan && e.timeSpan.start === time.start)) continue;
        const window = resolveTime(time, ctx.reference, e.status === 'held' ? 'past' : 'future', prev);
        if (!window || (window.precision !== 'day' && window.precision !== 'days')) continue;
        if (Math.abs(dayAfter(prev.to, window.from)) > 10) continue;
        const pm = placeInfo(ctx, m.surface);
        if (!pm || (who.country && pm.country === who.country)) continue;
        const where = m.surface.toLowerCase();
        if (where === e.where.toLowerCase() && s === e.firstSentence) {
          // The event took a later stop's place ("will be in A on DATE …; on DATE in B"): its own is the one before.
          const own = firstMention(mentionAt, sent.tokStart, k, (x) => isPlace(x) && x.tokEnd <= k);
          if (!own || placed.has(own.surface.toLowerCase())) continue;
          e.where = own.surface;
          placed.add(own.surface.toLowerCase());
        } else if (pm.country === placeInfo(ctx, e.where)?.country) continue;
        // An event of the sentence on that day with no place of its own (the talks "for talks with Q"): at that stop.
        const same = ctx.events.find((x) => x !== e && x.firstSentence === s && s > e.firstSentence && (x.kind === 'talks' || x.kind === 'visit') && x.window?.from === window.from && (!x.where || x.where === e.where));
        if (same) {
          same.where = m.surface;
          if (!same.people.some((p) => sameTraveller(p, who))) same.people.unshift({ ...who });
          placed.add(where);
          prev = window;
          continue;
        }
        if (placed.has(where)) continue;
        const status = ctx.reference && window.from > ctx.reference ? 'upcoming' : ctx.reference && window.to < ctx.reference ? 'held' : e.status;
        // "… and in B with Q on Wednesday": talks with the person named with the stop.
        const host = firstMention(mentionAt, m.tokEnd + 1, Math.min(m.tokEnd + 7, sent.tokEnd), (p) => tokens[p.tokStart - 1]?.key !== 'of' && (p.kind === 'person' || p.kind === 'role') && p.people.length === 1 && !sameTraveller(p.people[0] as PersonRef, who));
        const withHost = !!host && tokens.slice(m.tokEnd, host.tokStart).some((t) => t.key === 'with');
        const stop = draftEvent({ kind: withHost ? 'talks' : 'visit', status, window, people: [{ ...who }], where: m.surface, timeText: ctx.body.slice(time.start, time.end), timeSpan: { start: time.start, end: time.end } }, sent, s);
        if (withHost && host) {
          const person = host.people[0] as PersonRef;
          stop.people.push({ ...person });
          e.people = e.people.filter((p) => !samePersonRef(p, person));
        }
        added.push(stop);
        placed.add(where);
        prev = window;
      }
    }
  }
  ctx.events.push(...added);
  furtherStops(ctx, mentionAt);
  returnedTrips(ctx);
};

// "the tour also comprises A and B", "includes stops in A and B", "takes in A, B and C", "will also take him to A and B".
const INCLUDE = new Set(['comprises', 'comprise', 'includes', 'include', 'including', 'covers', 'cover']);
const TRIP_NOUNS = new Set(['tour', 'trip', 'trips', 'visit', 'visits', 'itinerary', 'journey', 'leg', 'programme', 'program']);
const OBJECT = new Set(['him', 'her', 'them', 'it']);
const END = new Set(['ends', 'end', 'until', 'concludes', 'conclude']);

/** The token after a cue of further stops at i, or -1. */
function stopCue(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const key = tokens[i]?.key ?? '';
  const next = tokens[i + 1]?.key ?? '';
  if (INCLUDE.has(key)) return next === 'stops' && (tokens[i + 2]?.key === 'in' || tokens[i + 2]?.key === 'at') ? i + 3 : i + 1;
  if ((key === 'takes' || key === 'take') && next === 'in') return i + 2;
  if ((key === 'take' || key === 'takes') && OBJECT.has(next) && tokens[i + 2]?.key === 'to') return i + 3;
  if ((key === 'beginning' || key === 'begins' || key === 'starting' || key === 'starts') && next === 'in') return i + 2;
  if (key === 'stops' && next === 'in') return i + 2;
  return -1;
}

/** The places listed from token k: "A, B and C", "the A and B". */
function placeList(ctx: Context, k: number, end: number, mentionAt: TokenIndex): Mention[] {
  const out: Mention[] = [];
  while (k < end) {
    if (ctx.tokens[k]?.key === 'the') k++;
    const m = mentionAt.get(k);
    if (!isPlace(m)) break;
    out.push(m);
    k = m.tokEnd;
    if (ctx.tokens[k]?.text === ',') k++;
    if (ctx.tokens[k]?.key === 'and') k++;
  }
  return out;
}

function furtherStops(ctx: Context, mentionAt: TokenIndex): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const k = stopCue(ctx, i);
    if (k < 0) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const places = placeList(ctx, k, sent.tokEnd, mentionAt);
    if (places.length === 0) continue;
    // Only of a trip the sentence names ("the tour also comprises", "an Asian tour that will also take him to").
    let noun = false;
    for (let j = sent.tokStart; j < i && !noun; j++) noun = TRIP_NOUNS.has(tokens[j]?.key ?? '');
    if (!noun) continue;
    const near = ctx.events.filter((e) => e.kind === 'visit' && e.firstSentence <= s && s - e.lastSentence <= 2 && e.people.length > 0);
    // The trip named by the sentence, given the first listed place by the assembly: it is the whole trip.
    const whole = ctx.events.some((e) => e.kind === 'visit' && !e.where);
    let trip = near.find((e) => !e.where) ?? (whole ? undefined : near.find((e) => e.firstSentence === s && !!e.where && e.where.toLowerCase() === places[0]?.surface.toLowerCase()));
    const stop = near.filter((e) => e.where).pop();
    // The traveller the sentence names before the cue ("X's tour … also comprises"), else the trip's.
    const named = firstMention(mentionAt, sent.tokStart, i, (m) => m.tokEnd <= i && (m.kind === 'person' || m.kind === 'role') && m.people.length === 1 && !m.quoted)?.people[0];
    const who = named ?? (trip ?? stop)?.people[0];
    if (!who) continue;
    // The trip's end when the sentence writes it: "… and ends on Saturday".
    let end: string | null = null;
    for (const t of timesOf(ctx, sent.tokStart, sent.tokEnd)) {
      if (t.vague) continue;
      const before = tokens[t.tokStart - 1]?.key === 'on' ? t.tokStart - 2 : t.tokStart - 1;
      if (!END.has(tokens[before]?.key ?? '')) continue;
      end = resolveTime(t, ctx.reference, 'future', null)?.to ?? null;
    }
    let first: DraftEvent | null = null;
    if (trip?.where) {
      // Its place is a stop of its own, anywhere in the trip; the trip has none.
      first = { ...trip, people: trip.people.map((p) => ({ ...p })), evidence: trip.evidence.map((sp) => ({ ...sp })), topics: new Set(trip.topics), timeText: null, timeSpan: null };
      ctx.events.push(first);
      trip.where = null;
    }
    if (!trip && stop?.window) {
      trip = draftEvent({ kind: 'visit', status: stop.status, window: end ? { from: stop.window.from, to: end, precision: 'days' } : null, people: [{ ...who }] }, sent, s);
      ctx.events.push(trip);
    }
    if (!trip) continue;
    if (end && trip.window && end > trip.window.from) trip.window = { from: trip.window.from, to: end, precision: 'days' };
    if (!trip.window) {
      // "X's itinerary for 3 to 6 June includes stops in A and B": the sentence's time is the trip's.
      const t = timesOf(ctx, sent.tokStart, sent.tokEnd).find((x) => !x.vague);
      const w = t ? resolveTime(t, ctx.reference, trip.status === 'held' ? 'past' : 'future', null) : null;
      if (w && t) [trip.window, trip.timeText] = [w, null];
    }
    if (first) first.window = trip.window;
    let will = false;
    for (let j = sent.tokStart; j < i && !will; j++) will = tokens[j]?.key === 'will';
    for (const m of places) {
      if (ctx.events.some((e) => e.where?.toLowerCase() === m.surface.toLowerCase())) continue;
      const pm = placeInfo(ctx, m.surface);
      if (pm && who.country && pm.country === who.country) continue;
      ctx.events.push(draftEvent({ kind: 'visit', status: will ? 'upcoming' : trip.status, window: trip.window, people: [{ ...who }], where: m.surface }, sent, s));
    }
    // Stops that took the trip's start only (no day of their own) lie anywhere in it.
    for (const e of ctx.events) if (e !== trip && e.kind === 'visit' && e.where && e.window && trip.window && !e.timeText && e.firstSentence >= trip.firstSentence && e.firstSentence <= s && e.window.from === trip.window.from && e.window.to < trip.window.to) e.window = trip.window;
  }
}

/**
 * "returns home today after visits to A and B", "returned to <capital> on Sunday from a tour of A, B and C": the time
 * is the return's. The stops the sentence lists took it; they lie before it, on days not written. A later event that
 * tells a listed stop with a day of its own (talks in a city of that state) is that stop. The whole trip runs from its
 * first dated stop to the return, or has no window when no stop is dated.
 */
function returnedTrips(ctx: Context): void {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  let x = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!RETURN.has(tokens[i]?.key ?? '')) continue;
    let k = i + 1;
    if (tokens[k]?.key === 'home') k++;
    else if (tokens[k]?.key === 'to' && isPlace(mentionAt.get(k + 1))) k = mentionAt.get(k + 1)?.tokEnd ?? k;
    else continue;
    while (x < ctx.times.length && (ctx.times[x]?.tokStart ?? 0) < k) x++;
    const time = ctx.times[x];
    if (!time || time.tokStart - k > 2 || time.vague) continue;
    // "today (Wednesday, 5 October)": the day in brackets is the same time.
    const bracketed = tokens[time.tokEnd]?.text === '(' && ctx.times[x + 1]?.tokStart === time.tokEnd + 1 ? ctx.times[x + 1] : undefined;
    const last = bracketed ?? time;
    // "… after visits to", "… from a tour of": the trip the return ends, told after the time.
    const after = tokens[last.tokEnd]?.key === ',' || tokens[last.tokEnd]?.text === ')' ? last.tokEnd + 1 : last.tokEnd;
    if (tokens[after]?.key !== 'after' && tokens[after]?.key !== 'from') continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const back = resolveTime(time, ctx.reference, 'past', null);
    if (!back) continue;
    const took = (e: DraftEvent): boolean => (!!e.timeSpan && (e.timeSpan.start === time.start || e.timeSpan.start === last.start)) || (e.firstSentence === s && !!e.window && e.window.from === back.from && e.window.to === back.to);
    const listed = ctx.events.filter((e) => (e.kind === 'visit' || e.kind === 'talks') && took(e));
    if (listed.length === 0) continue;
    const who = listed.find((e) => e.people.length > 0)?.people[0];
    const later = ctx.events.filter((e) => e.firstSentence > s && e.where && (e.kind === 'visit' || e.kind === 'talks') && (!who || e.people.some((p) => samePersonRef(p, who))));
    const dated = later.filter((e) => !took(e) && e.window && e.window.to <= back.to);
    let trip = listed.find((e) => e.kind === 'visit' && !e.where);
    for (const e of listed) {
      if (e === trip) continue;
      const pe = placeInfo(ctx, e.where);
      // Another event of the same state (talks the stop was made for, a stop told with its day): that stop.
      // Not a stay whose days are written ("after a three-day visit to Y, where he held talks"): a visit of its own.
      const told = e.kind === 'visit' && e.firstSentence === s && pe && e.window?.from === e.window?.to ? [...later, ...listed].find((d) => d !== e && d !== trip && ctx.events.includes(d) && (d.kind === 'talks' || d.firstSentence > s) && (pe.isCountry ? placeInfo(ctx, d.where)?.country === pe.country : d.where?.toLowerCase() === e.where?.toLowerCase())) : undefined;
      if (told) {
        for (const sp of e.evidence) if (!told.evidence.some((y) => y.start === sp.start)) told.evidence.push(sp);
        ctx.events.splice(ctx.events.indexOf(e), 1);
      }
    }
    let from: string | null = null;
    for (const d of dated) if (d.window && (!from || d.window.from < from)) from = d.window.from;
    const window: Resolved | null = from ? { from, to: back.to, precision: from === back.to ? 'day' : 'days' } : null;
    const sent = ctx.sentences[s];
    const places = new Set([...listed, ...dated].map((e) => placeInfo(ctx, e.where)?.country).filter((w) => !!w));
    if (!trip && who && sent && places.size >= 2) {
      trip = draftEvent({ kind: 'visit', status: 'held', window, people: [{ ...who }] }, sent, s);
      ctx.events.push(trip);
    }
    if (!trip) continue;
    for (const e of ctx.events) {
      if (!took(e) || (e.kind !== 'visit' && e.kind !== 'talks')) continue;
      e.window = window;
      e.timeText = null;
      e.timeSpan = null;
    }
  }
}

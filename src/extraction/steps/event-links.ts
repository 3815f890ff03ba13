// Links between the events of a readout that one trigger alone cannot see: a time or place written once for a
// coordinated pair ("the summit … and a session … in Astana on 13-14 October"), a date given by another event
// ("a forum alongside the President's visit"), talks on the sidelines of a summit, and the stops of a trip whose
// windows follow from the gatherings held there.
import type { Context, DraftEvent, Trigger } from '../context.ts';
import { tokenise } from '../text/tokens.ts';
import { writtenAsTown } from './status.ts';

export interface PlaceInfo {
  country: string;
  /** The place is a whole country rather than a city in it. */
  isCountry: boolean;
}

// Places are compared for every candidate event of every trigger: each distinct name is looked up once per gazetteer.
const placeCache = new WeakMap<Context['gazetteer'], Map<string, PlaceInfo | null>>();

/** The state a place written in an event belongs to, from the gazetteer; null for places it does not know. */
export function placeInfo(ctx: Context, where: string | null): PlaceInfo | null {
  if (!where) return null;
  const g = ctx.gazetteer;
  let cache = placeCache.get(g);
  if (!cache) placeCache.set(g, (cache = new Map()));
  const hit = cache.get(where);
  if (hit !== undefined) return hit;
  let info: PlaceInfo | null = null;
  const m = g.match(tokenise(where), 0);
  for (const e of m?.entries ?? []) {
    if (e.type === 'country') info = { country: g.countries[e.index]?.code ?? '', isCountry: true };
    else if (e.type === 'capital') info = { country: g.countries[e.index]?.code ?? '', isCountry: false };
    else if (e.type === 'city') info = { country: g.cities[e.index]?.country ?? '', isCountry: false };
    if (info) break;
  }
  if (cache.size > 5_000) cache.clear();
  cache.set(where, info);
  return info;
}

/** Whether two places can be one event's: equal, or a country and a city in it, or one unknown to the gazetteer. */
export function placesAgree(ctx: Context, a: string | null, b: string | null): boolean {
  if (!a || !b || a.toLowerCase() === b.toLowerCase()) return true;
  const pa = placeInfo(ctx, a);
  const pb = placeInfo(ctx, b);
  if (!pa || !pb) return true;
  return pa.country === pb.country && (pa.isCountry || pb.isCountry);
}

/** The more precise of two agreeing places: a city in the country named before wins. */
export function finerPlace(ctx: Context, current: string | null, other: string | null): string | null {
  if (!current) return other;
  if (!other) return current;
  const pc = placeInfo(ctx, current);
  const po = placeInfo(ctx, other);
  if (pc && po && pc.isCountry && !po.isCountry && pc.country === po.country) return other;
  // "a working visit to Tajikistan … will visit the city of Khujand": a place the gazetteer does not know, named
  // after a country, is a town in it (placesAgree let the two mentions merge), when the text writes it as a town; not
  // any capitalised word after "to" ("Anwar's visit to S'pore" merged with his visit to Indonesia keeps Indonesia).
  if (pc && pc.isCountry && !po && other && writtenAsTown(ctx, other)) return other;
  return current;
}

const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'it', 'our', 'my']);

/** "… and congratulated Y on …": a lower-case past form right after "and", followed by its object (a name, a determiner). */
function newPredicate(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b - 1; k++) {
    if (tokens[k]?.key !== 'and') continue;
    const verb = tokens[k + 1];
    const next = tokens[k + 2];
    if (!verb || verb.type !== 'word' || verb.cap || !verb.key.endsWith('ed') || k + 2 >= b || !next) continue;
    if (next.cap || OBJECT_STARTS.has(next.key)) return true;
  }
  return false;
}

const WITH_EVENT = new Set(['alongside', 'during', 'sidelines', 'margins', 'fringes', 'framework', 'part', 'course']);
const AFTER = new Set(['after', 'following']);

/**
 * Within one sentence: (1) "X and Y in <place> on <date>": a trigger without its own time or place takes those written
 * after the next trigger it is coordinated with; (2) "a forum … alongside the President's official visit": an event
 * without a time takes the window of the event named after "alongside", "during", "on the sidelines of", "as part of".
 */
export function linkWithinSentence(ctx: Context, cands: readonly Trigger[], eventOf: ReadonlyMap<Trigger, DraftEvent>, timed: ReadonlySet<Trigger>): void {
  const { tokens } = ctx;
  for (let i = cands.length - 2; i >= 0; i--) {
    const t1 = cands[i];
    const t2 = cands[i + 1];
    if (!t1 || !t2) continue;
    const e1 = eventOf.get(t1);
    const e2 = eventOf.get(t2);
    if (!e1 || !e2 || e1 === e2) continue;
    let and = false;
    let clause = false;
    for (let k = t1.tokEnd; k < t2.tokStart; k++) {
      const key = tokens[k]?.key ?? '';
      if (key === 'and') and = true;
      if (key === ';' || key === '.' || key === 'will' || key === 'which' || key === 'who') clause = true;
    }
    if (!and || clause || t2.tokStart - t1.tokEnd > 8) continue;
    // "X's state visit in 2022 and their meeting in Geneva in 2023": a visit and a meeting each dated on its own are two
    // occurrences, and share nothing.
    if ((t1.kind === 'visit') !== (t2.kind === 'visit') && timed.has(t1) && timed.has(t2)) continue;
    // "agreed to come to Oslo in due course and thanked her for the vote this week": "and" opens a new
    // predicate (a past verb with its own object), whose time is not the first occurrence's.
    if (newPredicate(ctx, t1.tokEnd, t2.tokStart)) continue;
    if (!timed.has(t1) && timed.has(t2) && !e1.window && e2.window) {
      e1.window = e2.window;
      e1.timeText = e2.timeText;
      e1.timeSpan = e2.timeSpan;
      e1.tentative = e2.tentative;
      e1.status = e2.status;
    }
    if (!e1.where && e2.where && t1.kind !== 'phone_call') e1.where = e2.where;
  }
  for (const t of cands) {
    const e = eventOf.get(t);
    if (!e || t.anaphoric) continue;
    // "will be hosting a dinner banquet on Wednesday, March 1, during Anwar Ibrahim's official visit to Manila": dated
    // by its own words, the occurrence still takes the place of the one it is part of.
    if (e.window) {
      if (!e.where && e.kind !== 'phone_call') e.where = hostOf(ctx, cands, eventOf, t, e)?.host.where ?? null;
      continue;
    }
    const found = hostOf(ctx, cands, eventOf, t, e);
    if (found) {
      const { host, r, prep } = found;
      e.window = host.window;
      e.status = host.status;
      e.tentative = host.tentative;
      const a = tokens[prep]?.start ?? 0;
      const b = tokens[r.tokEnd - 1]?.end ?? a;
      e.timeText = ctx.body.slice(a, b);
      e.timeSpan = { start: a, end: b };
      e.where ??= host.where;
    }
  }
}

/** The event named after "alongside", "during", "on the sidelines of", "as part of" following trigger t in its sentence. */
function hostOf(ctx: Context, cands: readonly Trigger[], eventOf: ReadonlyMap<Trigger, DraftEvent>, t: Trigger, e: DraftEvent): { host: DraftEvent; r: Trigger; prep: number } | null {
  const { tokens } = ctx;
  for (const r of cands) {
    if (r === t || r.tokStart < t.tokEnd) continue;
    const host = eventOf.get(r);
    if (!host || host === e || !(e.window ? host.where : host.window)) continue;
    // "Talking to reporters after the meeting": undated remarks to the press after a meeting (named by a noun, not
    // "after visiting the plant") are of its day and place.
    const after = !e.window && !r.verb && (e.kind === 'interview' || e.kind === 'statement');
    for (let k = r.tokStart - 1; k >= Math.max(t.tokEnd, r.tokStart - 6); k--) if (WITH_EVENT.has(tokens[k]?.key ?? '') || (after && AFTER.has(tokens[k]?.key ?? ''))) return { host, r, prep: k };
  }
  return null;
}

export const SIDELINES: ReadonlySet<string> = new Set(['sidelines', 'margins', 'fringes', 'sideline', 'margin']);

/** "on the sidelines of the", "on the margins of the 7th": the words before a gathering's name say it is a setting. */
export function namedAsSetting(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  let k = t.tokStart - 1;
  while (k > t.tokStart - 8 && (tokens[k]?.key === 'the' || tokens[k]?.key === 'of' || tokens[k]?.cap || tokens[k]?.type === 'num' || tokens[k]?.text === '-')) k--;
  return SIDELINES.has(tokens[k]?.key ?? '');
}

/**
 * "upcoming contacts, in particular, on the sidelines of the CIS summit": talks announced for the sidelines of a
 * gathering are an event of their own with its window and place (GUIDELINES.md), when the sentence reports no other.
 */
export function sidelinesTalks(ctx: Context, cands: readonly Trigger[], eventOf: ReadonlyMap<Trigger, DraftEvent>, people: readonly DraftEvent['people'][number][], sentence: number): DraftEvent | null {
  if (cands.some((t) => t.kind === 'talks' || t.kind === 'phone_call')) return null;
  for (const t of cands) {
    if ((t.kind !== 'summit' && t.kind !== 'session') || !namedAsSetting(ctx, t)) continue;
    const host = eventOf.get(t);
    if (!host || people.length < 2) return null;
    return {
      ...host,
      kind: 'talks',
      people: people.map((p) => ({ ...p })),
      personSpans: [],
      bodies: [],
      label: null,
      topics: new Set(),
      evidence: host.evidence.slice(-1),
      firstSentence: sentence,
      lastSentence: sentence,
    };
  }
  return null;
}

const INVITED_TO_VISIT = /\binvit(?:ed|es|e|ing|ation)\b(?:\s+\S+){0,4}?\s+to (?:pay (?:a|an) (?:\S+ ){0,2})?visit\b/i;

/**
 * "X will travel to Kenya for a working visit. There he will attend the summit … in Nairobi on 4-5 March": a stop
 * announced without a time takes the window of the gatherings held in that country right after, and their city.
 */
export function stopWindows(ctx: Context, events: readonly DraftEvent[]): void {
  for (let i = 0; i < events.length; i++) {
    const v = events[i];
    if (!v || v.kind !== 'visit' || v.window || v.status !== 'upcoming') continue;
    // "She asked him to visit Chile … Chile hosts the regional summit in Santiago next month": an invitation is a
    // visit with no time until one is given for it (open4 NOTES #7), not a stop of the inviter's gatherings.
    if (v.evidence.some((sp) => INVITED_TO_VISIT.test(ctx.text.slice(sp.start, sp.end)))) continue;
    const pv = placeInfo(ctx, v.where);
    if (!pv || !pv.isCountry) continue;
    // Events are in the order they were first reported: the gatherings of a stop follow it closely.
    const inside: DraftEvent[] = [];
    for (let k = i + 1; k < events.length; k++) {
      const e = events[k];
      if (!e || e.firstSentence > v.lastSentence + 2) break;
      const pe = placeInfo(ctx, e.where);
      if (e.window && pe && pe.country === pv.country && !pe.isCountry) inside.push(e);
    }
    if (inside.length === 0) continue;
    let from = inside[0]?.window?.from ?? '';
    let to = inside[0]?.window?.to ?? '';
    for (const e of inside) {
      if (e.window && e.window.from < from) from = e.window.from;
      if (e.window && e.window.to > to) to = e.window.to;
    }
    const first = inside[0];
    if (!first?.window) continue;
    v.window = from === first.window.from && to === first.window.to ? first.window : { from, to, precision: from === to ? 'day' : 'days' };
    v.timeText = first.timeText;
    v.timeSpan = first.timeSpan;
    v.tentative = inside.some((e) => e.tentative);
    v.where = first.where;
  }
}

// Trips announced with their stops written apart from the visit (issue #4; tests in trip-lists.test.ts). Run after the
// stops the assembly and multi-stop.ts find, so that each only adds what they leave out.
// - `precededStops`: "The trip to A will be preceded (followed) by a visit to B, where X will meet Y": a visit to B of
//   its own, and what the clause after "where" reports (the talks with Y, a site visit) is placed in B, with the trip's
//   window. A visit to A that the assembly took for the talks it was made for is a visit again.
// - `listedStops`: "X will visit STATE next week. … She will go to A, B and C" ("will visit each of the four provinces;
//   A, B, and C"): each listed place is a stop, a visit in the window of the visit announced just before, the traveller
//   alone; the state's visit stays (it is the whole trip).
// - `arrivedOnVisit`: "X, who arrived in the capital on a five-day official visit to STATE, met Y": the arrival clause
//   is a visit held from the arrival's day for its length, and the meeting of the main clause is on that day (the
//   assembly took the visit for the talks it was made for, and the length widened them).
// - `visitItems`: undated items of a visit take its window (docs/annotation.md 2.3). "During his visit to STATE, X will
//   call on A and is expected to hold talks with B" after the visit was reported with its days: the visit the phrase
//   names is that one, and its items lie in its window. "X is also scheduled to visit CITY" (no time of its own): a stop
//   in the window of the traveller's visit to that city's state, the traveller alone; a visit the assembly moved to the
//   city (a finer place) is the state's again.
// - `tripSpan`: "X will be travelling from D1 to D2", "will be away from D1 to D2", "the trip runs from D1 to D2": the
//   window of the whole trip, one visit (with no place when it covers several states); its stops with no window of
//   their own, and the items placed by `precededStops`, lie in it.
import { indexMentions } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, TokenIndex } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import { addDays } from '../time/calendar.ts';
import { lastingDays } from './refine.ts';
import type { Resolved } from '../time/relative.ts';
import { draftEvent } from './draft.ts';
import { placeInfo } from './event-links.ts';
import { sameTraveller } from './trip-stops.ts';

const PLACE_KINDS = new Set(['country', 'capital', 'city']);
const PEOPLE_KINDS = new Set(['person', 'role', 'pronoun']);
const TRIP_NOUNS = new Set(['trip', 'tour', 'visit', 'journey', 'leg', 'stay']);

/** Events that took the window of the trip they belong to, not a window of their own: the trip's span replaces it. */
const tookTrip = new WeakMap<Context, Set<DraftEvent>>();
const tookOf = (ctx: Context): Set<DraftEvent> => {
  let set = tookTrip.get(ctx);
  if (!set) tookTrip.set(ctx, (set = new Set()));
  return set;
};

/** The one person the nearest person, office or pronoun before token i in its sentence stands for. */
function subjectBefore(ctx: Context, i: number): PersonRef | undefined {
  const s = ctx.sentenceOf[i] ?? -1;
  const start = ctx.sentences[s]?.tokStart ?? i;
  let best: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.tokStart < start) continue;
    if (m.tokEnd > i) break;
    if (PEOPLE_KINDS.has(m.kind) && m.people.length === 1 && !m.quoted) best = m;
  }
  return best?.people[0];
}

const travels = (e: DraftEvent, who: PersonRef | undefined): boolean => !who || e.people.some((p) => sameTraveller(p, who));

/** A place named from token k: a gazetteer place, or a capitalised name the gazetteer lacks ("Taveuni"); its end token. */
function placeAt(ctx: Context, k: number, mentionAt: TokenIndex): { name: string; end: number; known: Mention | null } | null {
  const { tokens } = ctx;
  const m = mentionAt.get(k);
  if (m) return PLACE_KINDS.has(m.kind) && !m.quoted ? { name: m.surface, end: m.tokEnd, known: m } : null;
  const t = tokens[k];
  if (!t || t.type !== 'word' || !t.cap || t.upper) return null;
  let end = k + 1;
  while (tokens[end]?.type === 'word' && tokens[end]?.cap && !mentionAt.get(end) && end - k < 3) end++;
  return { name: ctx.text.slice(t.start, tokens[end - 1]?.end ?? t.end), end, known: null };
}

/** The places listed from token k ("A, B and C", "A, B, and C"), up to the sentence's end or the first non-place. */
function listAt(ctx: Context, k: number, end: number, mentionAt: TokenIndex): { name: string; known: Mention | null }[] {
  const { tokens } = ctx;
  const out: { name: string; known: Mention | null }[] = [];
  let last = false;
  while (k < end) {
    const p = placeAt(ctx, k, mentionAt);
    if (!p) break;
    out.push({ name: p.name, known: p.known });
    k = p.end;
    if (last) break;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.key === 'and') {
      k++;
      last = true;
    } else if (tokens[k - 1]?.text !== ',') break;
  }
  // A list ends with "and": "A, B" alone is no list of stops (a city and its state).
  return last ? out : [];
}

// "she will go to A, B and C", "will travel to", "will visit A, B and C", "will visit each of the four provinces; A, …".
const GO = new Set(['go', 'travel', 'fly', 'proceed', 'head']);

/** The token where the list of stops after a verb of travel at i starts, or -1. */
function stopsFrom(ctx: Context, i: number): number {
  const { tokens } = ctx;
  const key = tokens[i]?.key ?? '';
  if (GO.has(key) && tokens[i + 1]?.key === 'to') return i + 2;
  if (key !== 'visit' && key !== 'tour') return -1;
  // "visit each of the four provinces; A, B and C", "visit all four provinces: A, B and C".
  if (tokens[i + 1]?.key === 'each' || tokens[i + 1]?.key === 'all') {
    for (let k = i + 2; k < i + 8; k++) {
      const t = tokens[k];
      if (!t) return -1;
      if (t.text === ';' || t.text === ':') return k + 1;
      if (t.type === 'word' && t.cap) return -1;
    }
    return -1;
  }
  return i + 1;
}

/** A verb of the future before token i in its sentence ("will", "is to", "is due/scheduled/expected to"). */
function futureBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= i - 5 && j >= 0; j--) {
    const key = ctx.tokens[j]?.key ?? '';
    if (key === 'will' || key === 'shall' || key === 'scheduled' || key === 'due' || key === 'expected' || key === 'set') return true;
    if (key === '.' || key === ';') return false;
  }
  return false;
}

export const listedStops = (ctx: Context): void => {
  const { tokens } = ctx;
  if (!ctx.events.some((e) => e.kind === 'visit')) return;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  for (let i = 0; i < tokens.length; i++) {
    const k = stopsFrom(ctx, i);
    if (k < 0 || !futureBefore(ctx, i)) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const places = listAt(ctx, k, sent.tokEnd, mentionAt);
    if (places.length < 2) continue;
    // The traveller the sentence names, else the visit's ("She will go to A, B and C" with no one resolved).
    const named = subjectBefore(ctx, i);
    // The visit announced in the two sentences before, of that traveller, to a state (or a place the gazetteer lacks).
    const names = new Set(places.map((p) => p.name.toLowerCase()));
    const visit = ctx.events.filter((e) => e.kind === 'visit' && e.where && e.window && e.firstSentence < s && s - e.firstSentence <= 2 && e.people.length > 0 && travels(e, named) && !names.has(e.where.toLowerCase())).pop();
    if (!visit?.window || !visit.where) continue;
    const who = named ?? (visit.people[0] as PersonRef);
    const state = placeInfo(ctx, visit.where);
    if (state && !state.isCountry) continue;
    // The stops lie in the state visited (when the gazetteer knows them).
    if (state && places.some((p) => p.known && p.known.country !== state.country)) continue;
    // What the assembly made of the list (a trip with no window, its stops): replaced by the stops in the visit's window.
    ctx.events = ctx.events.filter((e) => !(e.kind === 'visit' && e.firstSentence === s && !e.window && (!e.where || names.has(e.where.toLowerCase()))));
    for (const p of places) {
      ctx.events.push(draftEvent({ kind: 'visit', status: visit.status, window: visit.window, tentative: visit.tentative, people: [{ ...who }], where: p.name }, sent, s));
    }
  }
};

// "The trip to A will be preceded by a visit to B", "The Ghana visit will be followed by a two-day visit to B".
const ORDER = /\b(?:will|is to|is going to|shall) be (?:preceded|followed) by (?:a|an) (?:[\w-]+ ){0,2}(?:visit|trip|stop|stopover) (?:to|in) $/i;

export const precededStops = (ctx: Context): void => {
  const { tokens } = ctx;
  if (!ctx.events.some((e) => e.kind === 'visit' || e.kind === 'talks')) return;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  for (const m of ctx.mentions) {
    if (!PLACE_KINDS.has(m.kind) || m.quoted) continue;
    const s = ctx.sentenceOf[m.tokStart] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const before = ctx.text.slice(sent.start, m.start);
    const cue = ORDER.exec(before);
    if (!cue) continue;
    // The subject names the trip: "The trip to A", "The A visit", "The visit".
    const subject = ctx.text.slice(sent.start, sent.start + cue.index).toLowerCase().split(/\W+/);
    if (!subject.some((w) => TRIP_NOUNS.has(w))) continue;
    // "a visit to Suva, Fiji": the city, its state after a comma.
    let end = m.tokEnd;
    const state = tokens[end]?.text === ',' ? mentionAt.get(end + 1) : undefined;
    if (state?.kind === 'country' && (m.country === null || m.country === state.country)) end = state.tokEnd;
    // The trip: the latest visit (or the talks a visit was taken for) reported before, not in B.
    const trip = ctx.events.filter((e) => (e.kind === 'visit' || e.kind === 'talks') && e.firstSentence < s && e.window && e.where && e.where.toLowerCase() !== m.surface.toLowerCase() && e.people.length > 0).pop();
    if (!trip?.window) continue;
    const who = trip.people[0] as PersonRef;
    const took = tookOf(ctx);
    // "… will visit A this week. The trip to A will be preceded by a visit to B, where X will meet Y": the assembly
    // took the visit to A and the meeting of this sentence for one talks; the visit is A's, the talks B's.
    const here = (e: DraftEvent): boolean => e.evidence.some((sp) => sp.start >= sent.start && sp.start < sent.end);
    let visit = trip;
    if (trip.kind === 'talks' && here(trip)) {
      visit = { ...trip, kind: 'visit', people: [{ ...who }], evidence: trip.evidence.filter((sp) => sp.start < sent.start), personSpans: [], topics: new Set(), lastSentence: trip.firstSentence };
      ctx.events.splice(ctx.events.indexOf(trip), 0, visit);
      trip.evidence = trip.evidence.filter((sp) => sp.start >= sent.start);
      trip.firstSentence = s;
      trip.timeText = null;
      trip.timeSpan = null;
    }
    // What the sentence reports after "where" happens in B, in the trip's window.
    const items = ctx.events.filter((e) => e !== visit && e.kind !== 'visit' && e.firstSentence === s && e.status === 'upcoming');
    const stop = draftEvent({ kind: 'visit', status: visit.status === 'held' ? 'held' : 'upcoming', window: visit.window, tentative: visit.tentative, people: [{ ...who }], where: m.surface }, sent, s);
    for (const e of items) {
      e.where = m.surface;
      e.window = visit.window;
      e.timeText = null;
      e.timeSpan = null;
      if (e.kind === 'other') e.people = e.people.filter((p) => sameTraveller(p, who));
      // The stop takes its hosts (whom the traveller meets there), not the trip's companions (of the traveller's state).
      else for (const p of e.people) if (!stop.people.some((q) => sameTraveller(q, p)) && !(p.country && p.country === who.country)) stop.people.push({ ...p });
      took.add(e);
    }
    if (ctx.events.some((e) => e.kind === 'visit' && e.where?.toLowerCase() === m.surface.toLowerCase())) continue;
    ctx.events.push(stop);
    took.add(stop);
  }
};

// "will be travelling from D1 to D2", "will be away from D1 to D2", "the trip runs from D1 to D2".
const SPAN_VERBS = new Set(['travelling', 'traveling', 'away', 'abroad', 'runs', 'run', 'lasts', 'last']);

export const tripSpan = (ctx: Context): void => {
  const { tokens } = ctx;
  for (const t of ctx.times) {
    if (t.vague) continue;
    const from = tokens[t.tokStart]?.key === 'from' ? t.tokStart : tokens[t.tokStart - 1]?.key === 'from' ? t.tokStart - 1 : -1;
    if (from < 0 || !SPAN_VERBS.has(tokens[from - 1]?.key ?? '')) continue;
    const verb = tokens[from - 1]?.key ?? '';
    const s = ctx.sentenceOf[t.tokStart] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    // The trip runs: "the trip/tour/visit runs from"; a traveller is away or travelling.
    const words = tokens.slice(sent.tokStart, from - 1).map((x) => x.key);
    if ((verb.startsWith('run') || verb.startsWith('last')) && !words.some((w) => TRIP_NOUNS.has(w))) continue;
    if (!verb.startsWith('run') && !verb.startsWith('last') && !words.includes('will') && !words.includes('is') && !words.includes('are')) continue;
    const window: Resolved | null = resolveTime(t, ctx.reference, 'future', null);
    if (!window || window.from >= window.to) continue;
    const who = subjectBefore(ctx, from) ?? ctx.events.filter((e) => e.kind === 'visit' && e.firstSentence <= s && e.people.length > 0).pop()?.people[0];
    const visits = ctx.events.filter((e) => e.kind === 'visit' && e.firstSentence <= s + 1 && e.status !== 'held' && travels(e, who));
    if (visits.length === 0) continue;
    // The states (or places the gazetteer lacks) the trip covers: a stop inside a state visited is no state of its own.
    const states = new Set<string>();
    for (const e of visits) {
      if (!e.where) continue;
      const info = placeInfo(ctx, e.where);
      if (info) states.add(info.country);
      else if (!visits.some((v) => v !== e && v.firstSentence < e.firstSentence && v.where && !placeInfo(ctx, v.where) && e.firstSentence !== v.firstSentence)) states.add(e.where.toLowerCase());
    }
    let trip = visits.find((e) => !e.where);
    if (!trip && states.size >= 2 && who) {
      trip = draftEvent({ kind: 'visit', status: 'upcoming', window, people: [{ ...who }] }, sent, s);
      ctx.events.push(trip);
    }
    if (trip) trip.window = window;
    else if (states.size === 1 && visits.length === 1 && visits[0]) trip = visits[0];
    if (!trip) continue;
    trip.window = window;
    trip.timeText = null;
    trip.timeSpan = null;
    const took = tookOf(ctx);
    for (const e of ctx.events) {
      if (e === trip || !travels(e, who) || e.firstSentence > s) continue;
      if ((e.kind === 'visit' && !e.window) || took.has(e)) {
        e.window = window;
        e.timeText = null;
        e.timeSpan = null;
      }
    }
  }
};

// ", who arrived in the capital on a four-day working visit to Peru, met …", "who has arrived in Hanoi for a four-day
// state visit to Vietnam, held talks with …": a relative clause of arrival with a length and a state visited.
const ARRIVED_ON = /,\s*who (?:has |had )?(?:arrived|landed) in [^,;]{1,40}? (?:on|for) an? [\w-]+ (?:[\w-]+ ){0,3}(?:visit|trip|stay) to ([^,;]+),/i;

export const arrivedOnVisit = (ctx: Context): void => {
  const mentionAt = indexMentions(ctx.mentions, ctx.tokens.length, 'start');
  const added: DraftEvent[] = [];
  for (const e of ctx.events) {
    if (e.kind !== 'talks' || e.status !== 'held' || !e.window) continue;
    const sent = ctx.sentences[e.firstSentence];
    if (!sent) continue;
    const text = ctx.text.slice(sent.start, sent.end);
    const m = ARRIVED_ON.exec(text);
    const n = m ? lastingDays(m[0]) : undefined;
    if (!m || !n || n < 2) continue;
    // The state visited: a place mention where the clause names it.
    const at = sent.start + m.index + m[0].length - 1 - (m[1]?.length ?? 0);
    const place = ctx.mentions.find((x) => x.start >= at && x.start < at + (m[1]?.length ?? 0) && PLACE_KINDS.has(x.kind));
    if (!place || mentionAt.get(place.tokStart) !== place) continue;
    // Only when the meeting is the main clause's, after the arrival clause.
    if (!e.evidence.some((sp) => sp.start <= sent.start + m.index)) continue;
    if (ctx.events.some((v) => v.kind === 'visit' && v.firstSentence === e.firstSentence)) continue;
    // "This is her first trip abroad since she took office in January": a time a later sentence gives the change of
    // office dates no arrival; the arrival is the readout's day.
    const officeTime = !!e.timeSpan && e.timeSpan.start >= sent.end && /\boffice\s+(?:(?:in|on|since)\s+)?$/i.test(ctx.text.slice(Math.max(0, e.timeSpan.start - 20), e.timeSpan.start));
    if (officeTime && ctx.reference) {
      e.window = { from: ctx.reference, to: ctx.reference, precision: 'day' };
      e.timeText = null;
      e.timeSpan = null;
    }
    const from = e.window.from;
    const visit = draftEvent({ kind: 'visit', status: 'held', window: { from, to: addDays(from, n - 1), precision: 'days' }, people: e.people.map((p) => ({ ...p })), where: place.surface }, sent, e.firstSentence);
    e.window = { from, to: from, precision: 'day' };
    added.push(visit);
  }
  ctx.events.push(...added);
};

const DURING = /^\s*(?:during|in the course of|as part of) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:visit|trip|stay)\b/i;
const ALSO_VISIT = /\b(?:is|are) also (?:scheduled|due|set|expected|slated|planned) to (?:visit|tour)\s+$/i;

/** "… will visit Spain on 8-10 April. … X is also scheduled to visit Seville.": the assembly took the stop for the visit
 * said again with a finer place; the visit is the state's, and the stop a visit of its own (undated: `visitItems`). */
function stopsTakenForTheVisit(ctx: Context): void {
  const added: DraftEvent[] = [];
  for (const v of ctx.events) {
    if (v.kind !== 'visit' || !v.where || !v.window || v.evidence.length < 2) continue;
    const pv = placeInfo(ctx, v.where);
    const first = v.evidence[0];
    if (!pv || pv.isCountry || !first) continue;
    const state = ctx.mentions.find((m) => m.start >= first.start && m.end <= first.end && m.kind === 'country' && m.country === pv.country && !m.quoted);
    if (!state) continue;
    const later = v.evidence.findIndex((sp) => {
      const m = ctx.mentions.find((x) => x.start >= sp.start && x.end <= sp.end && x.surface === v.where && PLACE_KINDS.has(x.kind));
      return !!m && sp !== first && ALSO_VISIT.test(ctx.text.slice(sp.start, m.start));
    });
    const sp = v.evidence[later];
    const s = ctx.sentenceOf[ctx.tokens.findIndex((t) => t.start >= (sp?.start ?? 0))] ?? -1;
    const sent = ctx.sentences[s];
    if (!sp || !sent || v.people.length === 0) continue;
    added.push(draftEvent({ kind: 'visit', status: 'upcoming', window: null, people: [{ ...(v.people[0] as PersonRef) }], where: v.where }, sent, s));
    v.evidence.splice(later, 1);
    // The items reported before the stop took its place from the visit: they are the state's too.
    for (const e of ctx.events) if (e !== v && e.kind !== 'visit' && e.where === v.where && e.firstSentence >= v.firstSentence && e.firstSentence < s) e.where = state.surface;
    v.where = state.surface;
  }
  ctx.events.push(...added);
}

export const visitItems = (ctx: Context): void => {
  stopsTakenForTheVisit(ctx);
  const dated = (v: DraftEvent): boolean => v.kind === 'visit' && !!v.window && !!v.where && v.people.length > 0;
  for (let i = 0; i < ctx.events.length; i++) {
    const d = ctx.events[i] as DraftEvent;
    if (d.kind !== 'visit' || d.window || !d.where || d.people.length === 0) continue;
    const sent = ctx.sentences[d.firstSentence];
    if (!sent) continue;
    const text = ctx.text.slice(sent.start, sent.end);
    const pd = placeInfo(ctx, d.where);
    const who = d.people[0] as PersonRef;
    const visit = ctx.events.filter((v) => dated(v) && v.firstSentence < d.firstSentence && d.firstSentence - v.lastSentence <= 15 && v.people.some((p) => sameTraveller(p, who))).pop();
    if (!visit?.window || !visit.where) continue;
    const pv = placeInfo(ctx, visit.where);
    if (!pd || !pv || pd.country !== pv.country) continue;
    if (DURING.test(text) && pd.isCountry) {
      // The visit named again: one event, its items in its window.
      for (const sp of d.evidence) if (!visit.evidence.some((x) => x.start === sp.start)) visit.evidence.push(sp);
      for (const p of d.people) if (!visit.people.some((q) => sameTraveller(q, p))) visit.people.push({ ...p });
      visit.lastSentence = Math.max(visit.lastSentence, d.lastSentence);
      for (const e of ctx.events) {
        if (e === d || e.kind === 'visit' || e.window || e.firstSentence !== d.firstSentence || !e.people.some((p) => sameTraveller(p, who))) continue;
        e.window = visit.window;
        e.where = e.where ?? d.where;
      }
      ctx.events.splice(i--, 1);
      continue;
    }
    // "X is also scheduled to visit CITY": a stop in the visit's window.
    const m = ctx.mentions.find((x) => x.start >= sent.start && x.end <= sent.end && PLACE_KINDS.has(x.kind) && x.surface === d.where);
    if (pd.isCountry || !m || !ALSO_VISIT.test(ctx.text.slice(sent.start, m.start))) continue;
    d.window = visit.window;
    d.tentative = visit.tentative;
    d.people = [{ ...who }];
  }
};

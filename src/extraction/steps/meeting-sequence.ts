// Several separate meetings in one readout: a leader at a summit or on a trip meets one counterpart after another, each
// meeting told in a sentence of its own ("X met A. Afterwards, X met with B. Another bilateral meeting of the day took
// place with C."). Each is a talks event of its own, with the leader and that counterpart only; a meeting that writes
// no time of its own is of the day (and the place) of the meeting just before it, or of the series the readout opens
// with ("X held a series of bilateral meetings on Tuesday in Y").
import { indexMentions, samePersonRef, timeAt } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, TokenIndex, Trigger } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import { placeInfo, placesAgree } from './event-links.ts';
import { futureCue, placeAfter, statusOf } from './status.ts';
import { toldApart } from './visit-states.ts';

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b, true);

/** Each of two meetings names someone the other lacks: two meetings, not one said twice. */
export function otherCounterparts(e: DraftEvent, d: DraftEvent): boolean {
  return e.people.some((p) => !d.people.some((q) => same(p, q))) && d.people.some((p) => !e.people.some((q) => same(p, q)));
}

/** What a sequence of meetings carries from one to the next: its subject, day, status and place. */
export interface Anchor {
  sentence: number;
  /** Who the sequence is of: the first person of a meeting, anyone who attends a gathering. */
  subjects: PersonRef[];
  people: PersonRef[];
  window: DraftEvent['window'];
  status: DraftEvent['status'];
  tentative: boolean;
  where: string | null;
}

/** A meeting or gathering reported before as an anchor: a meeting's subject is its first person, a gathering's anyone in it. */
function anchorOf(p: DraftEvent): Anchor {
  return { sentence: p.lastSentence, subjects: p.kind === 'talks' ? p.people.slice(0, 1) : p.people, people: p.people, window: p.window, status: p.status, tentative: p.tentative, where: p.where };
}

// Sentences between a meeting and the one before it, and between a series and its meetings.
const REACH = 3;
const SERIES_REACH = 8;
const SEQUENCE_KINDS = new Set(['talks', 'summit', 'session']);
const SERIES_NOUNS = new Set(['meetings', 'bilaterals', 'one-on-ones']);
// "X is in Brussels today", "X will be in Lima on Monday": where the subject of a day's meetings stays.
const STAYS = new Set(['is', 'was', 'be']);
const HOLD = new Set(['held', 'had', 'holds', 'has', 'hold', 'holding', 'having', 'conducted', 'conducts', 'conduct']);
const PEOPLE = new Set(['person', 'role', 'pronoun']);

/**
 * "President X held a series of bilateral meetings … this Tuesday (24th), in Y", "X will hold several meetings in Y on
 * Friday": a series of meetings of one day, not an event itself (its meetings are, each told after it). The series of
 * each sentence that writes one with a day: its subject, day, status and place.
 */
export function seriesOfMeetings(ctx: Context): Map<number, Anchor> {
  const { tokens } = ctx;
  const out = new Map<number, Anchor>();
  const byTok = indexMentions(ctx.mentions, tokens.length, 'start');
  let xi = 0;
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const stay = STAYS.has(tokens[i]?.key ?? '') && tokens[i + 1]?.key === 'in' && !!byTok.get(i + 2) && (byTok.get(i + 2)?.kind === 'city' || byTok.get(i + 2)?.kind === 'capital');
    if (!SERIES_NOUNS.has(tokens[i]?.key ?? '') && !stay) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent || out.has(s)) continue;
    let verb = stay ? i : -1;
    for (let k = i - 1; k >= Math.max(sent.tokStart, i - 7) && verb < 0; k--) if (HOLD.has(tokens[k]?.key ?? '')) verb = k;
    if (verb < 0) continue;
    let subject: PersonRef | undefined;
    while (mi < ctx.mentions.length && (ctx.mentions[mi]?.tokEnd ?? 0) <= sent.tokStart) mi++;
    for (let k = mi; k < ctx.mentions.length; k++) {
      const m = ctx.mentions[k];
      if (!m || m.tokEnd > verb) break;
      if (PEOPLE.has(m.kind) && !m.quoted && m.people.length === 1) subject = m.people[0];
    }
    if (!subject) continue;
    while (xi < ctx.times.length && (ctx.times[xi]?.tokStart ?? 0) < sent.tokStart) xi++;
    const x = ctx.times[xi];
    if (!x || x.tokEnd > sent.tokEnd || x.shift !== null || x.vague) continue;
    const future = futureCue(ctx, sent.tokStart, i);
    const window = resolveTime(x, ctx.reference, future ? 'future' : 'past', null);
    if (!window || window.precision !== 'day') continue;
    const where = stay ? (byTok.get(i + 2)?.surface ?? null) : placeAfter(ctx, i + 1, sent.tokEnd, byTok);
    out.set(s, { sentence: s, subjects: [subject], people: [subject], window, status: statusOf(window, false, ctx.reference, future), tentative: false, where });
  }
  return out;
}

/**
 * "The first bilateral meeting of the day was with A", "A meeting with B was held", "The President also met C" (an
 * office the text does not resolve): a meeting whose sentence names no one before it, so its subject is the
 * sequence's (the one who met everyone before).
 */
export function subjectless(t: Trigger, ments: readonly Mention[], sentenceStart: number): boolean {
  return !ments.some((m) => m.tokStart >= sentenceStart && m.tokEnd <= t.tokStart && !m.quoted && ((PEOPLE.has(m.kind) && m.people.length > 0) || m.kind === 'group'));
}

/** "The first meeting of the day", "X first met with A": a sequence opens here, after no meeting of its day. */
function opensSequence(ctx: Context, t: Trigger): boolean {
  for (let k = t.tokStart - 1; k >= t.tokStart - 3 && k >= 0; k--) if (ctx.tokens[k]?.key === 'first') return true;
  return false;
}

/**
 * What a meeting that writes no time of its own follows: the meeting or gathering just before it in the last sentences
 * (a talks, summit or session of one day, of the same subject: the first person of talks, anyone of a gathering; with
 * the same status; the meeting naming someone it lacks), or the series announced before, whichever is nearer. A
 * sequence's first meeting follows no other meeting, nor does one told apart ("Separately, she will meet …"). Null when
 * there is none.
 */
export function meetingBefore(ctx: Context, t: Trigger, active: readonly DraftEvent[], series: ReadonlyMap<number, Anchor>, d: DraftEvent, s: number, lacksSubject: boolean): Anchor | null {
  if (toldApart(ctx, s)) return null;
  const follows = (p: Anchor): boolean => {
    // The tense of a meeting told in the same sentence as the one before carries over ("will have lunch with A,
    // followed by a meeting with B").
    if (p.subjects.length === 0 || !p.window || p.window.precision !== 'day' || (p.status !== d.status && p.sentence !== s)) return false;
    // A meeting dated by a time of its own follows a meeting of that day only.
    if (d.window && !(p.window.from <= d.window.from && d.window.to <= p.window.to)) return false;
    if (!lacksSubject && !d.people.some((q) => p.subjects.some((r) => same(q, r)))) return false;
    // "… in London; a Brisbane bilateral with A": a meeting elsewhere is not of the same day.
    if (d.where && p.where && !placesAgree(ctx, d.where, p.where)) return false;
    return d.people.some((q) => !p.people.some((r) => same(q, r)));
  };
  const first = opensSequence(ctx, t);
  let best: Anchor | null = null;
  for (let k = active.length - 1; k >= 0 && !best; k--) {
    const p = active[k];
    if (!p || p === d || s - p.lastSentence > REACH || !SEQUENCE_KINDS.has(p.kind) || (first && p.kind === 'talks')) continue;
    const anchor = anchorOf(p);
    if (follows(anchor)) best = anchor;
  }
  for (let k = s - 1; k >= s - SERIES_REACH && k >= 0; k--) {
    const a = series.get(k);
    if (!a || (best && best.sentence >= k)) continue;
    if (follows(a)) return a;
    break;
  }
  return best;
}

/**
 * The meeting takes the day and status of the one before it (unless it writes its own time), its place, and its
 * subject when its sentence named none.
 */
export function inSequence(d: DraftEvent, p: Anchor, lacksSubject: boolean, day: boolean): void {
  if (day) Object.assign(d, { window: p.window, status: p.status, tentative: p.tentative, timeText: null, timeSpan: null });
  d.where ??= p.where;
  const subject = p.subjects[0];
  if (lacksSubject && subject && !d.people.some((q) => same(q, subject))) d.people.unshift({ ...subject });
}

const PLUPERFECT_ADVERBS = new Set(['also', 'already', 'previously', 'earlier', 'once', 'last', 'first']);
const RECALLS = new Set(['recalled', 'recalling', 'recalls', 'remembered', 'remembering']);

/** "had met", "had already held talks", "recalled meeting": a meeting before the one the text reports. */
export function meetingInPassing(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  let k = t.tokStart - 1;
  while (k > t.tokStart - 3 && PLUPERFECT_ADVERBS.has(tokens[k]?.key ?? '')) k--;
  // "had met", "had held talks" (not "had talks", "had a meeting": the plain past of "have").
  const held = !t.verb && (tokens[k]?.key === 'held' || tokens[k]?.key === 'hold') ? k - 1 : k;
  if (tokens[held]?.key === 'had' && (t.verb || held < k)) return true;
  for (let j = t.tokStart - 1; j >= Math.max(0, t.tokStart - 3); j--) if (RECALLS.has(tokens[j]?.key ?? '')) return true;
  return false;
}

const RELATIVES = new Set(['which', 'whose']);
const RELATIVE_PREPS = new Set(['in', 'at', 'during', 'on']);
const NOUN_WORDS = new Set(['a', 'an', 'the', 'bilateral', 'separate', 'brief', 'first', 'another']);

/**
 * Where a meeting written without "in <place>" after it is: the place opening its sentence ("On Saturday in Nairobi,
 * …", "In Canada, …"); "a Brisbane bilateral", "the Oslo meeting" (a city right before the noun); "the summit in Lima,
 * at which X had a bilateral with Y", "the funeral in Tokyo in which …" (the place of what a relative clause opening
 * with "in which", "at which", "where" hangs on). Null otherwise.
 */
export function placeOfMeeting(ctx: Context, t: Trigger, sentenceStart: number, byTok: TokenIndex): string | null {
  const { tokens } = ctx;
  if (t.kind !== 'talks') return null;
  // "In Canada, X met …", "On Saturday in Nairobi, X met …": the place that opens the sentence, set off by a comma.
  let k = sentenceStart;
  const x = timeAt(ctx, k);
  if (x) k = x.tokEnd + (tokens[x.tokEnd]?.text === ',' ? 1 : 0);
  const opening = tokens[k]?.key === 'in' ? byTok.get(k + 1) : undefined;
  if (opening && (opening.kind === 'city' || opening.kind === 'capital' || opening.kind === 'country') && tokens[opening.tokEnd]?.text === ',' && opening.tokEnd < t.tokStart) return opening.surface.replace(/^the /i, '');
  if (!t.verb) {
    let k = t.tokStart - 1;
    while (k > t.tokStart - 3 && NOUN_WORDS.has(tokens[k]?.key ?? '') && byTok.get(k) === undefined) k--;
    for (let j = k; j >= t.tokStart - 4 && j >= sentenceStart; j--) {
      const m = byTok.get(j);
      if (m && m.tokEnd === k + 1 && (m.kind === 'city' || m.kind === 'capital') && NOUN_WORDS.has(tokens[j - 1]?.key ?? '')) return m.surface;
    }
  }
  // The relative pronoun of the trigger's clause, a few words before it.
  let rel = -1;
  for (let k = t.tokStart - 1; k >= Math.max(sentenceStart, t.tokStart - 8) && rel < 0; k--) {
    const key = tokens[k]?.key ?? '';
    if (tokens[k]?.text === ';' || tokens[k]?.text === '.') break;
    if ((RELATIVES.has(key) && RELATIVE_PREPS.has(tokens[k - 1]?.key ?? '')) || key === 'where') rel = RELATIVES.has(key) ? k - 1 : k;
  }
  if (rel < 0) return null;
  if (tokens[rel - 1]?.text === ',') rel--;
  // "in <city>" ending right before it ("D.C." ends with its full stop).
  for (let j = rel - 1; j >= Math.max(sentenceStart, rel - 5); j--) {
    const m = byTok.get(j);
    const adjacent = !!m && (m.tokEnd === rel || (m.tokEnd === rel - 1 && tokens[rel - 1]?.text === '.'));
    if (m && adjacent && (m.kind === 'city' || m.kind === 'capital') && (tokens[j - 1]?.key === 'in' || tokens[j - 1]?.key === 'at')) return m.surface;
  }
  return null;
}

/**
 * "X is in Brussels today. This morning she will meet A": a meeting dated by a time of its own but placed nowhere is
 * where its subject is that day, as the series, stay or meeting (or meetings of several days) just before it places
 * them. Null when none does.
 */
export function placeOfDay(active: readonly DraftEvent[], series: ReadonlyMap<number, Anchor>, d: DraftEvent, s: number): string | null {
  const w = d.window;
  if (d.where || !w || w.precision !== 'day') return null;
  const sameDay = (a: Anchor): boolean => !!a.window && !!a.where && a.window.from <= w.from && w.to <= a.window.to && d.people.some((q) => a.subjects.some((r) => same(q, r)));
  for (let k = s - 1; k >= s - SERIES_REACH && k >= 0; k--) {
    const a = series.get(k);
    if (a && sameDay(a)) return a.where;
  }
  for (let k = active.length - 1; k >= 0; k--) {
    const p = active[k];
    if (!p || p === d || s - p.lastSentence > SERIES_REACH || !SEQUENCE_KINDS.has(p.kind)) continue;
    const a = anchorOf(p);
    if (sameDay(a)) return a.where;
  }
  return null;
}

const MARGINS = new Set(['margins', 'sidelines', 'fringes', 'margin', 'sideline']);

/**
 * "X held a series of bilateral meetings this Tuesday (24th) in Y. The meetings took place on the margins of the Z
 * Summit": the gathering the series' meetings are said to be on the margins of, with no time of its own, is of the
 * series' day and place. The series of its sentence or the one before; null otherwise.
 */
export function seriesSetting(ctx: Context, t: Trigger, series: ReadonlyMap<number, Anchor>, s: number): Anchor | null {
  if (t.kind !== 'summit' && t.kind !== 'session') return null;
  const { tokens } = ctx;
  const sent = ctx.sentences[s];
  if (!sent) return null;
  let margin = -1;
  for (let k = t.tokStart - 1; k >= Math.max(sent.tokStart, t.tokStart - 10) && margin < 0; k--) if (MARGINS.has(tokens[k]?.key ?? '') && tokens[k + 1]?.key === 'of') margin = k;
  if (margin < 0) return null;
  let meetings = false;
  for (let k = sent.tokStart; k < margin && !meetings; k++) meetings = SERIES_NOUNS.has(tokens[k]?.key ?? '');
  return meetings ? (series.get(s) ?? series.get(s - 1) ?? null) : null;
}

/**
 * "This morning she will meet A. … In the early afternoon she will meet B in Brussels": the meetings of one subject on
 * one day that write no place are where that subject's other meetings that day are, when those name one city only
 * (a state alone, or two cities, says nothing); one told right after a trip of its subject under way is on that trip.
 * Runs after the meetings are split and placed.
 */
export const placeOfTheDay = (ctx: Context): void => {
  const byDay = new Map<string, DraftEvent[]>();
  for (const e of ctx.events) {
    const subject = e.people[0];
    if (e.kind !== 'talks' || !subject || e.window?.precision !== 'day') continue;
    const key = `${subject.person >= 0 ? `#${subject.person}` : subject.name.toLowerCase()}|${e.window.from}`;
    const day = byDay.get(key);
    if (day) day.push(e);
    else byDay.set(key, [e]);
  }
  for (const meetings of byDay.values()) {
    const places = new Set(meetings.map((e) => e.where).filter((w): w is string => !!w && !placeInfo(ctx, w)?.isCountry));
    const [city] = places;
    if (places.size !== 1 || !city) continue;
    for (const e of meetings) if (!e.where) e.where = city;
  }
  // "X is on a trip to Chile. Yesterday, she had a meeting with the country's president": a meeting told right after a
  // trip of its subject, under way, with no place of its own, is on that trip.
  const trips = ctx.events.filter((v) => v.kind === 'visit' && v.status === 'held' && v.where && v.people[0]);
  if (trips.length === 0) return;
  for (const e of ctx.events) {
    const subject = e.people[0];
    if (e.kind !== 'talks' || e.where || e.status !== 'held' || !subject) continue;
    const trip = trips.find((v) => v.firstSentence < e.firstSentence && e.firstSentence - v.lastSentence <= 2 && same(v.people[0] as PersonRef, subject) && (!v.window || !e.window || (v.window.from <= e.window.from && e.window.to <= v.window.to) || v.window.precision === 'day'));
    if (trip) e.where = trip.where;
  }
};

// Named gatherings mentioned in passing: a summit, an assembly's session or a conference that is not what the readout
// reports but the setting of a meeting ("will meet in Oslo, on the fringes of the G20 summit"), what a trip is made
// for ("will travel to Ghana for the Extraordinary Summit"), what a state will host ("Chile will host the General
// Assembly of …", "in 2028, when the country will host the Summit of …") or what a leader attends during a visit
// ("While in Kenya, the President will attend the … Summit"). It is an event of its own (GUIDELINES.md), and its time,
// place and people are those of the occurrence it is named with when it writes none of its own.
import { addPeople, indexMentions } from '../context.ts';
import type { Context, DraftEvent, Mention, TokenIndex, Trigger } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import type { TimeExpr } from '../time/expressions.ts';
import type { EventKind } from '../types.ts';
import { namedAsSetting, placeInfo, placesAgree } from './event-links.ts';
import { gatheringInPassing } from './participants.ts';
import { futureCue, joinerInName, pastCue, pastVerb, placeAfter, statusOf } from './status.ts';

const GATHERINGS = new Set<EventKind>(['summit', 'session', 'other']);
const CLAUSE_BREAKS = new Set(['.', ';', ':', '?', '!']);

// Nouns a gathering's name qualifies, its own occurrence not reported: "the summit declaration", "the Summit's chair",
// "the summit format", "the Conference secretariat".
const QUALIFIED = new Set([
  'declaration', 'declarations', 'communique', 'communiqué', 'conclusions', 'documents', 'decisions', 'outcome', 'outcomes',
  'results', 'format', 'formats', 'process', 'chair', 'chairmanship', 'chairpersonship', 'presidency', 'host', 'hosts',
  'venue', 'secretariat', 'resolution', 'resolutions', 'sherpa', 'sherpas', 'mechanism', 'spirit', 'legacy', 'theme',
]);
// Words that open a clause of its own inside a sentence: "…, whose country hosted the summit", "since they met at …".
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'since']);
const ABOUT = new Set(['on', 'about', 'regarding', 'concerning']);
const NAME_WORDS = new Set(['the', 'this', 'that', 'last', 'previous', 'recent', 'first', 'second', 'third', 'annual', 'extraordinary', 'informal']);

// Words before a name that close it even when capitalised at a sentence's start: "Since the X summit, …".
const NAME_STOPS = new Set(['since', 'on', 'about', 'at', 'during']);

/**
 * The token just before a gathering's name, walking back at most `limit` tokens over its capitalised words, numbers,
 * hyphens, an "of" inside it ("the Heads of Government Meeting") and the words `also` accepts.
 */
function beforeName(ctx: Context, tokStart: number, limit: number, also: (k: number) => boolean): number {
  const { tokens } = ctx;
  let j = tokStart - 1;
  while (j > tokStart - limit && tokens[j] && !tokens[j]?.lineBefore && !NAME_STOPS.has(tokens[j]?.key ?? '') && (tokens[j]?.cap || tokens[j]?.type === 'num' || tokens[j]?.text === '-' || joinerInName(ctx, j) || also(j))) j--;
  return j;
}

/**
 * A gathering named only in passing, not as an occurrence the sentence reports: what is said about it ("the results of
 * the X summit", "the commitments made at …", "recalled the X summit", "briefed him on the X summit"), a noun its name
 * qualifies ("the summit declaration", "the Summit's chair"), what something dates from ("since the X summit"), or the
 * object of a past clause of its own beside the sentence's occurrence ("met Y in Oslo on Tuesday, whom he had met at the
 * X summit"). Its own words may still date it ("the results of the X summit in March"); without them it is no event
 * (GUIDELINES.md).
 */
export function namedAside(ctx: Context, t: Trigger, cands: readonly Trigger[]): boolean {
  if (!GATHERINGS.has(t.kind) || t.verb) return false;
  if (gatheringInPassing(ctx, t) || pastVerb(ctx, t.tokStart, false)) return true;
  const { tokens } = ctx;
  const next = tokens[t.tokEnd];
  if (next?.type === 'word' && !next.cap && !next.lineBefore && QUALIFIED.has(next.key)) return true;
  const j = beforeName(ctx, t.tokStart, 8, (k) => NAME_WORDS.has(tokens[k]?.key ?? ''));
  // "since the X summit"; "briefed him on (about) the X summit": what a talk is about.
  if (tokens[j]?.key === 'since' || ABOUT.has(tokens[j]?.key ?? '')) return true;
  // A past clause of its own beside another occurrence of the sentence: "X, whose country hosted the Y summit, met Z".
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 14); k--) {
    const tok = tokens[k];
    if (!tok || CLAUSE_BREAKS.has(tok.text) || tok.lineBefore) return false;
    if (!CLAUSE_OPENERS.has(tok.key)) continue;
    let end = t.tokEnd;
    while (end < tokens.length && tokens[end]?.text !== ',' && !CLAUSE_BREAKS.has(tokens[end]?.text ?? '.')) end++;
    // Not "…, where both were attending the X summit": a clause of what was going on then is that occurrence's own.
    for (let q = k + 1; q < t.tokStart; q++) if ((tokens[q]?.key === 'was' || tokens[q]?.key === 'were') && tokens[q + 1]?.key.endsWith('ing')) return false;
    return cands.some((u) => u !== t && (u.tokEnd <= k || u.tokStart >= end)) && pastCue(ctx, k + 1, t.tokStart);
  }
  return false;
}

const AHEAD = new Set(['next', 'upcoming', 'forthcoming', 'coming', 'future', 'planned', 'proposed']);
const PREPARING = new Set(['preparation', 'preparations', 'preparing', 'organisation', 'organization', 'agenda', 'run-up', 'view', 'eve']);

/** "the next X summit", "preparations for the X summit": a gathering named in passing whose own words put it ahead. */
export function namedAhead(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  // "with a view to the next COP 40, the UN Climate Change Conference": a name in apposition to another is one name.
  const apposition = (k: number): boolean => tokens[k]?.text === ',' && (!!tokens[k - 1]?.cap || tokens[k - 1]?.type === 'num') && tokens[k + 1]?.key === 'the';
  const j = beforeName(ctx, t.tokStart, 12, (k) => NAME_WORDS.has(tokens[k]?.key ?? '') || AHEAD.has(tokens[k]?.key ?? '') || apposition(k));
  for (let k = j + 1; k < t.tokStart; k++) if (AHEAD.has(tokens[k]?.key ?? '')) return true;
  if ((tokens[j]?.key === 'for' || tokens[j]?.key === 'of' || tokens[j]?.key === 'to') && PREPARING.has(tokens[j - 1]?.key ?? '')) return true;
  // "discussed the summits of A and B, which will be held in Astana": a clause of its own after its name.
  for (let k = t.tokEnd; k < t.tokEnd + 25 && tokens[k] && !CLAUSE_BREAKS.has(tokens[k]?.text ?? '.'); k++) {
    if (tokens[k]?.text !== ',') continue;
    if (tokens[k + 1]?.key !== 'which' && tokens[k + 1]?.key !== 'to') return false;
    let end = k + 1;
    while (end < k + 12 && tokens[end] && tokens[end]?.text !== ',' && !CLAUSE_BREAKS.has(tokens[end]?.text ?? '.')) end++;
    return futureCue(ctx, k + 1, end);
  }
  return false;
}

const AT = new Set(['at', 'during']);

/**
 * "met Y on Tuesday at the X summit in Oslo", "held talks during the X summit": talks whose clause goes on with the
 * gathering after "at" or "during" were held there.
 */
function metAt(ctx: Context, g: Trigger, u: Trigger | undefined): boolean {
  const { tokens } = ctx;
  if (!u || u.kind !== 'talks' || g.tokStart - u.tokEnd > 16) return false;
  const j = beforeName(ctx, g.tokStart, g.tokStart - u.tokEnd, (k) => tokens[k]?.key === 'the');
  if (!AT.has(tokens[j]?.key ?? '')) return false;
  for (let k = u.tokEnd; k < j; k++) if (tokens[k]?.type === 'punct' || CLAUSE_OPENERS.has(tokens[k]?.key ?? '') || tokens[k]?.key === 'and') return false;
  return true;
}

/** One sentence as assembleEvents sees it once its events are made. */
export interface SentenceEvents {
  start: number;
  end: number;
  cands: readonly Trigger[];
  eventOf: ReadonlyMap<Trigger, DraftEvent>;
  timeOf: ReadonlyMap<Trigger, TimeExpr>;
  times: readonly TimeExpr[];
  byTok: TokenIndex;
}

/** Copies the time, status and place of `from` onto a gathering that has none of its own. */
function takeFrom(g: DraftEvent, from: DraftEvent): void {
  Object.assign(g, { window: from.window, status: from.status, tentative: from.tentative, timeText: from.timeText, timeSpan: from.timeSpan });
  g.where ??= from.where;
}

const PURPOSE_VERBS = new Set(['attend', 'participate', 'join', 'address', 'chair', 'co-chair', 'represent', 'open']);
const PURPOSE_DETS = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'this']);
const EMBEDDING = new Set(['of', 'on', 'with', 'about', 'at', 'from', 'by', 'over', 'regarding', 'concerning', 'in']);
// Parts of a gathering, named before it with "of": "to attend the opening of the X summit".
const PARTS = new Set(['opening', 'closing', 'session', 'sessions', 'plenary', 'ceremony', 'segment', 'work', 'proceedings']);
const JOURNEY_BREAKS = new Set(['and', 'where', 'which', 'who', 'while', 'after', 'before']);

/**
 * "travel to Ghana on Friday for the", "leaves for Brussels tomorrow to attend the", "to take part in the", "to represent
 * Ghana at the", "to attend the opening of the": the gathering is what a journey is made for. Not "for a meeting with Y
 * on the", "for a discussion of the results of": there the gathering is what the purpose is about.
 */
function purposeBetween(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a > 12) return false;
  let purpose: 'for' | 'verb' | null = null;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (!t || CLAUSE_BREAKS.has(t.text) || t.text === ',' || JOURNEY_BREAKS.has(t.key)) return false;
    const prev = tokens[k - 1]?.key ?? '';
    const own = (t.key === 'in' && (prev === 'part' || prev === 'participate')) || (t.key === 'of' && PARTS.has(prev)) || (t.key === 'at' && purpose === 'verb');
    if (purpose && EMBEDDING.has(t.key) && !own) return false;
    if (t.key === 'for' && PURPOSE_DETS.has(tokens[k + 1]?.key ?? '')) purpose ??= 'for';
    if (t.key === 'to' && (PURPOSE_VERBS.has(tokens[k + 1]?.key ?? '') || (tokens[k + 1]?.key === 'take' && tokens[k + 2]?.key === 'part'))) purpose = 'verb';
  }
  return purpose !== null;
}

const HOST_VERBS = new Set(['host', 'hosts', 'hosting', 'hosted']);
const HOST_AUX = new Set(['will', 'would', 'shall', 'is', 'was', 'to', 'also', 'be', 'set', 'due', 'has', 'had', 'been']);
const PLACE_KINDS = new Set(['country', 'capital', 'city']);
const PASSIVE_WORDS = new Set(['of', 'the', 'and', 'will', 'be', 'to', 'is', 'was', 'being', 'been', 'also', 'set', 'due', 'currently', 'now', 'jointly']);

/**
 * "the summit, to be hosted by Kenya", "the Summit of the Americas will be hosted by Panama", "the round currently hosted
 * by Cairo": the state or city named as the agent of "hosted" after an occurrence (after the rest of its name).
 */
export function hostedBy(ctx: Context, t: Trigger, byTok: TokenIndex): string | null {
  const { tokens } = ctx;
  for (let k = t.tokEnd; k < t.tokEnd + 10; k++) {
    const tok = tokens[k];
    if (!tok || (tok.type === 'punct' && tok.text !== ',' && tok.text !== '-')) break;
    if (tok.key === 'hosted' && tokens[k + 1]?.key === 'by') {
      const m = byTok.get(tokens[k + 2]?.key === 'the' ? k + 3 : k + 2);
      return m && PLACE_KINDS.has(m.kind) ? m.surface.replace(/^the /i, '') : null;
    }
    if (tok.type === 'word' && !tok.cap && !PASSIVE_WORDS.has(tok.key)) break;
  }
  return null;
}

/** The state or city that hosts a gathering: "Chile will host the …", "… will be hosted by Panama", "when the country will host". */
function hostOf(ctx: Context, g: Trigger, byTok: TokenIndex, sentStart: number): { place: string; active: boolean } | null {
  const { tokens } = ctx;
  const passive = hostedBy(ctx, g, byTok);
  if (passive) return { place: passive, active: false };
  // Active: the host verb before the gathering's name, its subject before the verb.
  let k = g.tokStart - 1;
  while (k > g.tokStart - 8 && (tokens[k]?.key === 'the' || tokens[k]?.key === 'next' || tokens[k]?.cap || tokens[k]?.type === 'num' || tokens[k]?.text === '-') && !HOST_VERBS.has(tokens[k]?.key ?? '')) k--;
  if (!HOST_VERBS.has(tokens[k]?.key ?? '')) return null;
  let j = k - 1;
  while (j > k - 5 && HOST_AUX.has(tokens[j]?.key ?? '')) j--;
  // "when the country will host": the state named last before it in the sentence.
  if ((tokens[j]?.key === 'country' || tokens[j]?.key === 'city') && tokens[j - 1]?.key === 'the') {
    const want = tokens[j]?.key === 'country' ? 'country' : 'city';
    for (let q = j - 2; q >= sentStart; q--) {
      const m = byTok.get(q);
      if (m && (want === 'country' ? m.kind === 'country' : m.kind === 'capital' || m.kind === 'city')) return { place: m.surface.replace(/^the /i, ''), active: true };
    }
    return null;
  }
  const subject = subjectEndingAt(ctx, byTok, j + 1, sentStart);
  return subject ? { place: subject.surface.replace(/^the /i, '').replace(/['’]s$/, ''), active: true } : null;
}

/** A place mention that ends at token `end` (the subject of the verb after it). */
function subjectEndingAt(ctx: Context, byTok: TokenIndex, end: number, sentStart: number): Mention | null {
  for (let a = end - 1; a >= Math.max(sentStart, end - 5); a--) {
    const m = byTok.get(a);
    if (m && m.tokEnd === end && PLACE_KINDS.has(m.kind)) return m;
  }
  return null;
}

/** "in 2028, when …", "in May when …": a time phrase the "when" clause after it is said of. */
function timeBeforeWhen(ctx: Context, g: Trigger, times: readonly TimeExpr[]): { x: TimeExpr; when: number } | null {
  const { tokens } = ctx;
  let when = -1;
  for (let k = g.tokStart - 1; k >= Math.max(0, g.tokStart - 10); k--) {
    const t = tokens[k];
    if (!t || CLAUSE_BREAKS.has(t.text) || t.text === ',') break;
    if (t.key === 'when') {
      when = k;
      break;
    }
  }
  if (when < 0) return null;
  const x = times.find((y) => y.tokEnd === when || (y.tokEnd === when - 1 && tokens[when - 1]?.text === ','));
  return x ? { x, when } : null;
}

const REFERRING = new Set(['the', 'these', 'those', 'both', 'all']);
const MEETING_NOUNS = new Set(['meetings', 'talks', 'discussions', 'contacts', 'consultations', 'meeting', 'encounters']);

/** "The meetings took place on the margins of …": the sentence opens by naming, as known, meetings it does not date. */
function refersToMeetings(ctx: Context, start: number): boolean {
  const { tokens } = ctx;
  let k = start;
  if (!REFERRING.has(tokens[k]?.key ?? '')) return false;
  k++;
  if (tokens[k]?.key === 'bilateral' || tokens[k]?.key === 'two') k++;
  return MEETING_NOUNS.has(tokens[k]?.key ?? '');
}

/**
 * The gatherings a sentence names in passing take the time, place, status and people of the occurrence they are named
 * with, when they write no time of their own: the meeting held on their sidelines, the trip made for them; the state
 * that hosts them gives their place, and a "when" clause after a time phrase is said of that time.
 */
export function gatheringsOfSentence(ctx: Context, v: SentenceEvents): void {
  const used = new Set(v.timeOf.values());
  for (const g of v.cands) {
    const e = v.eventOf.get(g);
    if (!e || !GATHERINGS.has(g.kind) || g.anaphoric || g.quoted) continue;
    const before = v.cands.filter((u) => u.tokEnd <= g.tokStart && v.eventOf.get(u) !== e);
    // "The chancellor will host the summit": the state that hosts it is where it is held.
    const host = hostOf(ctx, g, v.byTok, v.start);
    if (host) {
      e.where ??= host.place;
      // "X invited Y to visit Chile in 2028, when the country will host …": the people of the invitation do not attend.
      if (host.active && e.firstSentence === ctx.sentenceOf[g.tokStart]) e.people = [];
    }
    // "met Y on Tuesday, whom he had met on the sidelines of the X summit": named in passing, it is no setting or purpose.
    if (namedAside(ctx, g, v.cands)) continue;
    const setting = namedAsSetting(ctx, g) || metAt(ctx, g, before[before.length - 1]);
    // The meeting the gathering is the setting of: the nearest before it in the sentence, as merged.
    const meeting = setting ? before.map((u) => v.eventOf.get(u)).findLast((m) => m && (m.kind === 'talks' || m.kind === 'phone_call') && m.window) : undefined;
    // "will travel to Ghana on Friday for the Extraordinary Summit", "met in Vienna on Tuesday for the Danube Summit".
    const trip = setting ? undefined : before.filter((u) => u.verb && (u.kind === 'visit' || u.kind === 'talks')).pop();
    const journey = trip && purposeBetween(ctx, trip.tokEnd, g.tokStart) ? v.eventOf.get(trip) : undefined;
    if (e.window || v.timeOf.has(g)) {
      // "met Y in New York on Tuesday on the sidelines of the UN General Assembly": dated alike, it is where they met.
      if (meeting?.window && e.window && meeting.window.from >= e.window.from && meeting.window.to <= e.window.to) e.where ??= meeting.where;
      // "arrived in Lima on Monday to attend the summit, which opened on Tuesday": where the trip went.
      if (journey) e.where ??= journey.where;
      continue;
    }
    if (setting) {
      if (meeting) {
        takeFrom(e, meeting);
        addPeople(e, meeting.people);
        continue;
      }
      if (before.some((u) => u.kind === 'talks')) continue;
      // "meetings such as the one they will have this afternoon in Brussels, on the sidelines of …": the clause's own time.
      const x = v.times.filter((y) => y.tokEnd <= g.tokStart && !used.has(y)).pop();
      if (x) {
        dateBy(ctx, e, x, v.start, v.end, placeAfter(ctx, v.start, g.tokStart, v.byTok));
        continue;
      }
      // "The meetings took place on the margins of …": the time and place of the sentence that reported them.
      if (refersToMeetings(ctx, v.start)) {
        const s = ctx.sentenceOf[v.start] ?? 0;
        const y = ctx.times.filter((z) => z.tokEnd <= v.start && (ctx.sentenceOf[z.tokStart] ?? -9) >= s - 2).pop();
        const sent = y ? ctx.sentences[ctx.sentenceOf[y.tokStart] ?? -1] : undefined;
        if (y && sent) {
          dateBy(ctx, e, y, sent.tokStart, sent.tokEnd, placeAfter(ctx, sent.tokStart, sent.tokEnd, v.byTok));
          // Their subject, who held them, attended.
          const subject = ctx.mentions.find((m) => m.tokStart >= sent.tokStart && m.tokStart < sent.tokEnd && !m.quoted && (m.kind === 'person' || m.kind === 'role') && m.people.length === 1);
          if (subject?.people[0] && e.people.length === 0) e.people = [{ ...subject.people[0] }];
        }
      }
      continue;
    }
    if (trip && journey) {
      takeFrom(e, journey);
      if (e.people.length === 0 || trip.kind === 'visit') addPeople(e, journey.people);
      continue;
    }
    const when = timeBeforeWhen(ctx, g, v.times);
    if (when) dateBy(ctx, e, when.x, when.when, v.end, null);
  }
}

/** Dates a gathering by a time phrase of the clause from `a` to `b` (its tense), and gives it a place when it has none. */
function dateBy(ctx: Context, e: DraftEvent, x: TimeExpr, a: number, b: number, where: string | null): void {
  const future = futureCue(ctx, a, b);
  const window = resolveTime(x, ctx.reference, future ? 'future' : pastCue(ctx, a, b) ? 'past' : 'none', null);
  if (!window) return;
  e.window = window;
  e.timeText = ctx.body.slice(x.start, x.end);
  e.timeSpan = { start: x.start, end: x.end };
  e.status = statusOf(window, x.vague, ctx.reference, future);
  e.where ??= where;
}

const STAY_NOUNS = new Set(['visit', 'stay', 'trip', 'tour']);

/**
 * "While in Indonesia, the Prime Minister will attend the ASEAN Summit", "During his stay in Kenya, she will take part
 * in …": a gathering attended in the course of a visit the text dates (before or after it) takes the visit's window, the
 * place the clause names and the traveller, when it writes none of its own. Runs after the events are assembled.
 */
export const gatheringsDuringVisit = (ctx: Context): void => {
  const { tokens } = ctx;
  const visits = ctx.events.filter((v) => v.kind === 'visit' && v.window && v.people.length > 0);
  if (visits.length === 0) return;
  const byTok = indexMentions(ctx.mentions, tokens.length, 'start');
  const sentenceAt = new Map<number, number>();
  ctx.sentences.forEach((sent, i) => sentenceAt.set(sent.start, i));
  for (const e of ctx.events) {
    // "While in Malaysia, he will discuss preparations for the X summit": a gathering named in passing is not attended.
    if ((e.kind !== 'summit' && e.kind !== 'session') || e.window || e.aside) continue;
    for (const span of e.evidence) {
      const sent = ctx.sentences[sentenceAt.get(span.start) ?? -1];
      if (!sent) continue;
      const a = sent.tokStart;
      // "While in X," / "During his (official) visit (to X)," / "During her stay in X,".
      let place: string | null = null;
      let k = a;
      if (tokens[k]?.key === 'while' && tokens[k + 1]?.key === 'in') place = placeAfter(ctx, k + 1, k + 7, byTok);
      else if (tokens[k]?.key === 'during') {
        k++;
        while (k < a + 5 && !STAY_NOUNS.has(tokens[k]?.key ?? '')) k++;
        if (!STAY_NOUNS.has(tokens[k]?.key ?? '')) continue;
        place = placeAfter(ctx, k + 1, k + 7, byTok);
      } else continue;
      // The visit to that place: its place agrees, and is the same state or names it in the visit's own sentences.
      const visit = visits.find((v) => placesAgree(ctx, v.where, place) && (!place || placeInfo(ctx, place)?.country === placeInfo(ctx, v.where)?.country || v.evidence.some((sp) => ctx.text.slice(sp.start, sp.end).includes(place))));
      if (!visit?.window) continue;
      Object.assign(e, { window: visit.window, tentative: visit.tentative });
      e.where ??= place ?? visit.where;
      if (e.people.length === 0 && visit.people[0]) e.people = [{ ...visit.people[0] }];
      break;
    }
  }
};

// Events: each trigger takes the time phrase next to it, the people of its sentence, a place and a status; mentions
// of one occurrence are merged ("a meeting in the near future" … "their upcoming meeting").
import { addPeople as addSamePeople, firstIndex, indexMentions, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, TokenIndex, Trigger } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';
import type { Bias, TimeExpr } from '../time/expressions.ts';
import { windowsOverlap } from '../time/relative.ts';
import type { Resolved } from '../time/relative.ts';
import { toDayNumber } from '../time/calendar.ts';
import type { EventKind, Span } from '../types.ts';
import type { Sentence } from '../text/sentences.ts';
import { gatheringsOfSentence, hostedBy, namedAhead, namedAside } from './gatherings.ts';
import { SIDELINES, finerPlace, linkWithinSentence, placesAgree, sidelinesTalks, stopWindows } from './event-links.ts';
import { coordinated, gatheringInPassing, groupSubject, holdersOf, officesOfParties, hostsNamed, isPrincipal, isSpokesperson, leadersOfStates, openingPlace, speakerBefore } from './participants.ts';
import { futureCue, hedged, pastCue, pastVerb, placeAfter, statusOf } from './status.ts';
import { counterparts, dayOfVisit, framingVisit, visitProgrammes } from './programme.ts';
import { COMMUNITY, vocabularyLabel } from './vocabulary.ts';
import { welcomeOnArrival } from './welcomes.ts';
import { arrivalClauses } from './arrival-clause.ts';
import { occasionOfSpeech } from './speech-setting.ts';
import { sameDayAfter } from './within-day.ts';
import { announcedLater, announcedTrip } from './announced.ts';
import { holdsMore, programmeItems, toldApart, underWayOrDone, visitFrame, visitorNamed } from './visit-states.ts';
import type { VisitFrame } from './visit-states.ts';
import { backSubject, continuesWith } from './pronoun-subjects.ts';
import { partNamed } from './guests.ts';
import { afterDateline } from './dateline.ts';
import { bracketedOccurrence } from './time-brackets.ts';
import { returnedFrom } from './returns.ts';
import { endOfVisit } from './visit-end.ts';
import { failedOccurrences } from './failed.ts';
import { beforeDeparture, departureDay } from './departures.ts';
import { inSequence, meetingBefore, meetingInPassing, otherCounterparts, placeOfDay, placeOfMeeting, seriesOfMeetings, seriesSetting, subjectless } from './meeting-sequence.ts';

const MAX_GAP = 12;
const OPENERS = new Set(['earlier', 'later', 'previously', 'meanwhile', 'separately', 'also', 'then', 'subsequently', 'afterwards', 'before']);
const RECENT = 80;
const DAYS = new Set(['day', 'days']);
const IN_PERSON = new Set<EventKind>(['talks', 'visit', 'summit', 'session']);

function width(w: Resolved | null): number {
  if (!w) return Infinity;
  return (toDayNumber(w.to) ?? 0) - (toDayNumber(w.from) ?? 0);
}

const samePerson = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b, true);

const addPeople = (e: DraftEvent, people: readonly PersonRef[]): void => addSamePeople(e, people, true);

/** Pairs each time phrase with the trigger it belongs to: the nearest in its sentence, not across a clause before it. */
function assignTimes(ctx: Context, triggers: readonly Trigger[], times: readonly TimeExpr[], sentenceStart: number): Map<Trigger, TimeExpr> {
  const pairs: { d: number; t: Trigger; x: TimeExpr }[] = [];
  // A name counts as one word between an occurrence and a time after it: "Talks between Foreign Minister A B and
  // Foreign Minister C D got under way on Friday".
  const inName = new Set<number>();
  const first = Math.min(triggers[0]?.tokStart ?? 0, times[0]?.tokStart ?? Infinity);
  const last = Math.max(times[times.length - 1]?.tokEnd ?? 0, triggers[triggers.length - 1]?.tokEnd ?? 0);
  let officeEnd = -1;
  // Mentions are in reading order: start from the first that can reach into the sentence (a bounded look).
  const lo = firstIndex(ctx.mentions.length, (k) => (ctx.mentions[k]?.tokStart ?? 0) < first - 8);
  for (let k = lo; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    if (!m || m.tokStart >= last) break;
    if (m.tokEnd <= first || (m.kind !== 'person' && m.kind !== 'role' && m.kind !== 'bound')) continue;
    // An office and the name after it are one word too.
    for (let i = m.tokStart === officeEnd ? m.tokStart : m.tokStart + 1; i < m.tokEnd; i++) inName.add(i);
    officeEnd = m.kind === 'person' ? -1 : m.tokEnd;
  }
  const wordsBetween = (a: number, b: number): { n: number; gap: number; comma: boolean } => {
    let n = 0;
    let gap = 0;
    let comma = false;
    for (let i = a; i < b; i++) {
      const tok = ctx.tokens[i];
      if (tok?.type === 'word') n++;
      if (tok?.type === 'word' && !inName.has(i)) gap++;
      if (tok?.text === ',' || tok?.text === ';') comma = true;
    }
    return { n, gap, comma };
  };
  const inTimes = new Set<number>();
  for (const x of times) for (let i = x.tokStart; i < x.tokEnd; i++) inTimes.add(i);
  // A gathering named in passing ("the results of the X summit") takes only a time its own words write: inside its
  // name, or right after it in its clause ("the X summit in March"); the sentence's other times are another occurrence's.
  const aside = new Set(triggers.filter((t) => namedAside(ctx, t, triggers)));
  for (const x of times) {
    // A time in the sentence's opening clause ("On August 9, …", "The day before, on February 16th, …") dates its main trigger.
    let atStart = true;
    // "Earlier on November 12, …", "Later, on Friday, …": a sentence adverb before it keeps it in the opening clause.
    for (let i = sentenceStart; i < x.tokStart && atStart; i++) if (!inTimes.has(i) && ctx.tokens[i]?.type !== 'punct' && !(i === sentenceStart && OPENERS.has(ctx.tokens[i]?.key ?? ''))) atStart = false;
    // "Prime Minister X on Thursday held bilateral meetings … on the sidelines of the Y Summit": a time right after the
    // sentence's subject (capitalised words only) dates its main occurrence as an opening time does.
    if (!atStart && x.tokStart - sentenceStart >= 2 && x.tokStart - sentenceStart <= 6 && ctx.tokens[x.tokStart]?.key === 'on' && ctx.tokens[x.tokEnd]?.type === 'word' && !ctx.tokens[x.tokEnd]?.cap) {
      atStart = true;
      for (let i = sentenceStart; i < x.tokStart && atStart; i++) if (!ctx.tokens[i]?.cap || ctx.tokens[i]?.type !== 'word') atStart = false;
    }
    // "The ministry said that on Friday, June 4, President X will hold talks …": a time opening a reported
    // clause, set off by a comma, dates the clause's first trigger as an opening time dates the sentence's.
    // "… said that, on Friday, June 4, President X will …": a comma after "that" too.
    const opensClause = (ctx.tokens[x.tokStart - 1]?.key === 'that' || (ctx.tokens[x.tokStart - 1]?.text === ',' && ctx.tokens[x.tokStart - 2]?.key === 'that')) && ctx.tokens[x.tokEnd]?.text === ',';
    const moved = movedTo(ctx, x);
    // "X will, on Tuesday, hold talks": a time between an auxiliary and its verb dates the verb's occurrence (time-brackets.ts).
    const bracketed = bracketedOccurrence(ctx, x, triggers);
    if (bracketed && !aside.has(bracketed)) pairs.push({ d: 0, t: bracketed, x });
    for (const t of triggers) {
      // "The visit, planned for this week, was postponed to 28 June": the new time dates the occurrence, not the old.
      if (moved && x.tokStart >= t.tokEnd) {
        pairs.push({ d: 0, t, x });
        continue;
      }
      if (x.tokEnd <= t.tokStart) {
        const { n, comma } = wordsBetween(x.tokEnd, t.tokStart);
        if (atStart && !aside.has(t) && t === triggers.find((y) => (!y.anaphoric && !aside.has(y)) || y === t)) pairs.push({ d: 0, t, x });
        // "the election at the June 2022 Commonwealth Heads of Government Meeting": a time inside a name dates its gathering.
        else if (timeInName(ctx, x, t)) pairs.push({ d: 0, t, x });
        // Before a gathering named in passing, only a time inside its name ("the results of last month's X summit"), and
        // that before all: "told reporters after today's Cabinet meeting" dates the sitting, not the telling.
        else if (aside.has(t)) {
          if (withinName(ctx, x, t)) pairs.push({ d: -1, t, x });
        } else if (opensClause && n <= MAX_GAP && t === triggers.find((y) => y.tokStart >= x.tokEnd && ((!y.anaphoric && !aside.has(y)) || y === t))) pairs.push({ d: 0, t, x });
        else if ((!comma || introducesPart(ctx, x.tokEnd) || (purposeOf(ctx, x.tokEnd, t) && !triggers.some((u) => u.kind === 'visit' && u.verb && u.tokEnd <= x.tokStart))) && n <= MAX_GAP) pairs.push({ d: n + 1, t, x });
      } else if (x.tokStart >= t.tokEnd) {
        const words = wordsBetween(t.tokEnd, x.tokStart);
        const { n, comma } = words;
        // Names count as one word only for the sentence's last occurrence, the subject of the verb the time follows.
        const gap = triggers.some((u) => u.tokStart >= t.tokEnd) ? n : words.gap;
        // "his second official trip abroad since being appointed prime minister in November": a time inside a clause
        // opened by "since" dates what began then, not the occurrence before it; "X welcomed Y and said that he received
        // Y's letter last week": nor one inside a reported clause.
        if (gap > MAX_GAP || clauseBetween(ctx, t.tokEnd, x.tokStart)) continue;
        // Of a gathering named in passing: only its own clause's time ("the X summit held in Riga in May", "the X summit,
        // which took place in May"), not one after a comma that closes its name ("the Summit's chair, in Oslo on Tuesday").
        if (aside.has(t) && comma && !relativeAfter(ctx, t.tokEnd, x.tokStart)) continue;
        // "X told reporters at the State Department Wednesday his conversation …": the time closes the telling's clause.
        // Not "as he told journalists after visiting the plant on Monday": an occurrence between them takes it.
        const between = triggers.some((u) => u.tokStart >= t.tokEnd && u.tokEnd <= x.tokStart);
        if (t.kind === 'interview' && t.verb && !comma && !between && gap <= MAX_GAP) pairs.push({ d: 0, t, x });
        else if (gap <= MAX_GAP) pairs.push({ d: n, t, x });
      }
    }
  }
  // At equal distance a calendar date beats a relative phrase ("The day before, on February 16th").
  pairs.sort((a, b) => a.d - b.d || Number(a.x.fixed === null && a.x.yearless === null) - Number(b.x.fixed === null && b.x.yearless === null) || Number(!!b.x.yearless) - Number(!!a.x.yearless));
  const out = new Map<Trigger, TimeExpr>();
  const used = new Set<TimeExpr>();
  for (const p of pairs) {
    if (out.has(p.t) || used.has(p.x)) continue;
    out.set(p.t, p.x);
    used.add(p.x);
  }
  return out;
}

const NAME_JOINERS = new Set(['of', 'and', '-', '&']);
const DETERMINERS = new Set(['the', 'this', 'next', 'last', 'upcoming', 'forthcoming', 'coming']);

/** "the EU November summit", "last month's Mekong summit", "today's Cabinet meeting": a time within a gathering's name. */
function withinName(ctx: Context, x: TimeExpr, t: Trigger): boolean {
  const { tokens } = ctx;
  if (t.tokStart - x.tokEnd > 4 || !(tokens[x.tokEnd - 1]?.possessive || DETERMINERS.has(tokens[x.tokStart - 1]?.key ?? '') || tokens[x.tokStart - 1]?.cap)) return false;
  for (let k = x.tokEnd; k < t.tokStart; k++) if (!tokens[k]?.cap && !NAME_JOINERS.has(tokens[k]?.text ?? '')) return false;
  return true;
}

/** "On the sidelines of the gathering of Sahel leaders, X met Y": talks beside a gathering, not the gathering itself. */
function besideGathering(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (SIDELINES.has(ctx.tokens[k]?.key ?? '') && ctx.tokens[k + 1]?.key === 'of') return true;
  return false;
}

const RELATIVE_OPENERS = new Set(['which', 'that', 'held', 'hosted', 'scheduled', 'planned', 'set', 'slated', 'due', 'convened', 'to', 'organised', 'organized', 'arranged', 'staged']);

/** ", which took place in May", ", held in Riga in May": the first comma after a gathering opens a clause about it. */
function relativeAfter(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]?.text === ',') return RELATIVE_OPENERS.has(ctx.tokens[k + 1]?.key ?? '');
  return false;
}

/** "the June 2022 Commonwealth Heads of Government Meeting": "the", the time, then only the rest of the name. */
function timeInName(ctx: Context, x: TimeExpr, t: Trigger): boolean {
  const { tokens } = ctx;
  if (tokens[x.tokStart - 1]?.key !== 'the' || t.tokStart - x.tokEnd > 6 || !(t.kind === 'summit' || t.kind === 'session' || t.kind === 'other')) return false;
  for (let k = x.tokEnd; k < t.tokStart; k++) if (!tokens[k]?.cap && !NAME_JOINERS.has(tokens[k]?.text ?? '')) return false;
  return tokens[t.tokStart]?.cap ?? false;
}

const MOVED = new Set(['postponed', 'rescheduled', 'moved', 'deferred', 'delayed', 'back', 'off']);
const MOVED_PREPS = new Set(['to', 'until', 'till', 'for']);

/** "postponed to 28 June", "rescheduled for next week", "pushed back until Friday": the time an occurrence was moved to. */
function movedTo(ctx: Context, x: TimeExpr): boolean {
  const { tokens } = ctx;
  let j = x.tokStart;
  if (!MOVED_PREPS.has(tokens[j]?.key ?? '')) j--;
  if (!MOVED_PREPS.has(tokens[j]?.key ?? '')) return false;
  const verb = tokens[j - 1]?.key ?? '';
  // "put off until", "pushed back to": the particle after its verb.
  if (verb === 'off' || verb === 'back') return ['put', 'pushed', 'moved', 'set'].includes(tokens[j - 2]?.key ?? '');
  return MOVED.has(verb);
}

const CLAUSE_AFTER_COMMA = new Set(['and', 'while', 'after', 'before', 'following', 'then', 'where']);

/** The first clause break between tokens a and b (", and", ", after which", ";"), else b. */
function clauseBreak(ctx: Context, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (t?.text === ';' || (t?.text === ',' && CLAUSE_AFTER_COMMA.has(ctx.tokens[k + 1]?.key ?? ''))) return k;
  }
  return b;
}

const FORMER = new Set(['earlier', 'previous', 'prior', 'past', 'former', 'last']);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'the']);
const FORMER_MODIFIERS = new Set(['official', 'state', 'working', 'bilateral']);

/** "his earlier visit", "their previous meeting", "the last summit": an occurrence before another one, named so. */
function formerOne(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  let j = k - 1;
  while (j > k - 3 && FORMER_MODIFIERS.has(tokens[j]?.key ?? '')) j--;
  return FORMER.has(tokens[j]?.key ?? '') && OWNERS.has(tokens[j - 1]?.key ?? '');
}

const RECURRING = new Set(['regularly', 'every', 'whenever', 'often', 'frequently', 'routinely', 'annually', 'always', 'usually']);

/** A marker of habitual or recurring practice in the trigger's part of the sentence ("regularly", "every", "many times"). */
function recurring(ctx: Context, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const key = ctx.tokens[i]?.key ?? '';
    if (RECURRING.has(key) || (key === 'many' && ctx.tokens[i + 1]?.key === 'times')) return true;
  }
  return false;
}

const ATTEND = /\b(?:attended by|will attend|to attend|will take part|to take part|will participate|to participate)\b/i;

function attendance(ctx: Context, d: DraftEvent): boolean {
  const sp = d.evidence[0];
  // The sentence's first 1,000 characters: a bounded look, whatever the length of a run-on "sentence".
  return !!sp && ATTEND.test(ctx.text.slice(sp.start, Math.min(sp.end, sp.start + 1000)));
}

const SPOKEN = new Set(['said', 'told', 'stated', 'noted', 'remarked', 'announced', 'stressed', 'added', 'declared', 'explained']);
const BRIEFING_MODIFIERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'regular', 'daily', 'weekly', 'routine', 'recent', 'exclusive', 'joint', 'televised', 'press', 'news', 'live']);

/** "X said in an interview", "Y told reporters at a regular press briefing": the speech verb's token, or -1. */
function spokenAt(ctx: Context, t: Trigger): number {
  let j = t.tokStart - 1;
  while (j >= t.tokStart - 5 && BRIEFING_MODIFIERS.has(ctx.tokens[j]?.key ?? '')) j--;
  const prep = ctx.tokens[j]?.key ?? '';
  if (prep !== 'in' && prep !== 'at' && prep !== 'during') return -1;
  for (let k = j - 1; k >= j - 4 && k >= 0; k--) {
    const key = ctx.tokens[k]?.key ?? '';
    if (SPOKEN.has(key)) return k;
    if (ctx.tokens[k]?.type === 'punct') break;
  }
  return -1;
}

function clauseBetween(ctx: Context, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const key = ctx.tokens[i]?.key ?? '';
    if (key === 'since' || (SPEECH.has(key) && ctx.tokens[i + 1]?.key === 'that')) return true;
  }
  return false;
}

/** The places of a trip with several stops: "visits to Chile, Kenya, Nepal and Fiji", "to visit Spain, Panama", "a tour of A, B and C". */
function tripStops(ctx: Context, t: Trigger, end: number, byTok: ReturnType<typeof indexMentions>, verbal: boolean): Mention[] {
  const { tokens } = ctx;
  let k = t.tokEnd;
  if (tokens[k]?.key === 'to' || (tokens[k]?.key === 'of' && tokens[k - 1]?.key === 'tour')) k++;
  else if (!verbal) return [];
  const out: Mention[] = [];
  while (k < end) {
    if (tokens[k]?.key === 'the') k++;
    const m = byTok.get(k);
    if (!m || !(m.kind === 'country' || m.kind === 'capital' || m.kind === 'city')) break;
    out.push(m);
    k = m.tokEnd;
    // "Lyon (France), Osaka (Japan)": the state of a city, in brackets.
    const state = tokens[k]?.text === '(' ? byTok.get(k + 1) : undefined;
    if (state?.kind === 'country' && tokens[state.tokEnd]?.text === ')') k = state.tokEnd + 1;
    // "arrived in Tartu, Estonia": the state of the city arrived in, after a comma, is no stop of its own. (Only after an
    // arrival: "will be in X, Y from …" and "will visit the X, Y-based …" still read two places, which the visits and
    // talks of those sentences rely on.)
    const own = tokens[k]?.text === ',' && m.kind !== 'country' && ARRIVALS.has(tokens[t.tokStart]?.key ?? '') ? byTok.get(k + 1) : undefined;
    if (own?.kind === 'country' && (m.country === null || m.country === own.country)) k = own.tokEnd;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.key === 'and') k++;
  }
  return out;
}

/**
 * "Kremlin reports on first negotiations between President Putin and President Trump" over a readout of their
 * telephone conversation: talks with no place and no time of their own, held by the people of a call on its day, are
 * that call.
 */
function callsNamedTalks(events: DraftEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!e || e.kind !== 'talks' || e.where || e.timeText || e.status !== 'held' || e.people.length < 2) continue;
    // Only calls reported near the talks (events are in reading order): keeps a long text linear.
    let call: DraftEvent | undefined;
    for (let k = Math.max(0, i - 8); k < Math.min(events.length, i + 8) && !call; k++) {
      const c = events[k];
      if (c && c.kind === 'phone_call' && c.status === 'held' && (!e.window || windowsOverlap(c.window, e.window)) && e.people.every((p) => c.people.some((q) => samePerson(p, q)))) call = c;
    }
    if (!call) continue;
    for (const sp of e.evidence) if (!call.evidence.some((x) => x.start === sp.start)) call.evidence.push(sp);
    events.splice(i, 1);
  }
}

/** "I am going to pay a visit": the speaker of the quotation the trigger is in, when "I" or "we" precedes it there. */
function speakerOfFirstPerson(ctx: Context, t: Trigger, sentenceStart: number): PersonRef[] {
  const q = ctx.quotes.find((x) => x.start <= t.start && t.end <= x.end);
  if (!q?.speaker) return [];
  let first = false;
  for (let k = Math.max(sentenceStart, t.tokStart - 8); k < t.tokStart && !first; k++) first = ctx.tokens[k]?.key === 'i' || ctx.tokens[k]?.key === 'we';
  if (!first) return [];
  if (q.speaker.startsWith('#')) {
    const index = Number(q.speaker.slice(1));
    const person = ctx.gazetteer.people[index];
    return person ? [{ person: index, name: person.name, role: null, country: null }] : [];
  }
  return [{ person: -1, name: q.speaker, role: null, country: null }];
}

const OTHER_CLAUSE = new Set(['and', 'before', 'after', 'then', 'but', ';']);

/** "will visit Lisbon on 5 May for talks", "…, where she will hold talks": the talks after the visit in its own clause. */
function madeFor(ctx: Context, v: Trigger, trigs: readonly Trigger[]): boolean {
  const talks = trigs.find((u) => u.kind === 'talks' && u.tokStart > v.tokEnd);
  if (!talks) return false;
  for (let k = v.tokEnd; k < talks.tokStart; k++) if (OTHER_CLAUSE.has(ctx.tokens[k]?.key ?? '')) return false;
  return true;
}

/** A visit of several days told as held and dated ("has landed in Accra for a two-day visit", "returned from a three-day visit on Saturday"). */
const heldStay = (h: DraftEvent): boolean => h.kind === 'visit' && ((h as LeadDraft).stayDays ?? 0) >= 2 && h.status === 'held' && !!h.window;

/** The held stay of the last two sentences, when it is the last dated in-person occurrence told as held. */
function stayJustBefore(active: readonly DraftEvent[], s: number): DraftEvent | null {
  for (let k = active.length - 1; k >= 0; k--) {
    const e = active[k];
    if (!e || s - e.lastSentence > 2 || !IN_PERSON.has(e.kind) || e.status !== 'held' || !e.window) continue;
    return heldStay(e) ? e : null;
  }
  return null;
}

/** The dated visit of the last sentences whose people include one the sentence names (or who are not named). */
function visitEnded(active: readonly DraftEvent[], s: number, named: readonly PersonRef[]): DraftEvent | null {
  for (let k = active.length - 1; k >= 0; k--) {
    const e = active[k];
    if (!e || e.kind !== 'visit' || s - e.lastSentence > 3 || !e.window) continue;
    if (named.length > 0 && e.people.length > 0 && !e.people.some((p) => named.some((q) => samePerson(p, q)))) continue;
    return e;
  }
  return null;
}

function lastVisit(active: readonly DraftEvent[], s: number): DraftEvent | null {
  for (let k = active.length - 1; k >= 0; k--) {
    const e = active[k];
    if (e && (e.kind === 'visit' || e.kind === 'talks') && s - e.lastSentence <= 3) return e;
  }
  return null;
}

const SIDED = new Set(['trilateral', 'tripartite', 'quadrilateral', 'multilateral', 'three-way', 'four-way', 'quadripartite']);
const VERB_BEFORE = new Set(['will', 'to', 'would', 'shall', 'should', 'may', 'might', 'can', 'could']);

const PROGRAMME = new Set(['include', 'includes', 'included', 'programme', 'program', 'itinerary']);

/** A visit reported in the last sentences whose programme this sentence lists ("It will include …"). */
function programmeHost(ctx: Context, a: number, b: number, events: readonly DraftEvent[], s: number, mixed: boolean): DraftEvent | null {
  let listed = false;
  for (let i = a; i < b && !listed; i++) listed = PROGRAMME.has(ctx.tokens[i]?.key ?? '');
  // "It is planned to hold a joint meeting … as well as bilateral negotiations" after an announced visit.
  // Items of several kinds: two mentions of negotiations are the talks the visit was made for.
  const planned = !listed && mixed && futureCue(ctx, a, b);
  if (!listed && !planned) return null;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k];
    if (!e || s - e.lastSentence > 3) break;
    if (e.kind === 'visit' && e.window && (listed || e.status === 'upcoming')) return e;
  }
  return null;
}

const CLAUSE = new Set(['.', ';', 'which', 'who', 'when', 'while', 'after', 'before', 'but', 'said', 'says']);

/** "Xi will pay state visits … from tomorrow to December 5, and attend the summit": one subject, one tense, two verbs. */
function sharedSubject(ctx: Context, a: Trigger | undefined, b: Trigger): boolean {
  if (!a || b.tokStart - a.tokEnd > 25) return false;
  let verbAfterAnd = false;
  for (let k = a.tokEnd; k < b.tokStart; k++) {
    const t = ctx.tokens[k];
    if (!t || CLAUSE.has(t.key)) return false;
    if (t.key === 'and') {
      const v = ctx.tokens[k + 1];
      verbAfterAnd = !!v && v.type === 'word' && !v.cap && !ARTICLES.has(v.key);
    }
  }
  return verbAfterAnd;
}
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'other', 'also']);

const SETTING = new Set(['at', 'during', 'sidelines', 'margins', 'fringes', 'ahead', 'within', 'framework']);

/** "meet on the sidelines of the G7 summit", "talks during the session": the second trigger is the setting of the first. */
function attached(ctx: Context, a: Trigger | undefined, b: Trigger): boolean {
  if (!a || b.tokStart - a.tokEnd > 8 || !(b.kind === 'summit' || b.kind === 'session' || b.kind === 'other')) return false;
  let setting = false;
  for (let k = a.tokEnd; k < b.tokStart; k++) {
    const t = ctx.tokens[k];
    if (!t || t.type === 'punct') return false;
    if (SETTING.has(t.key)) setting = true;
  }
  return setting;
}

/** "engagement in the months ahead, including upcoming talks": what follows the comma is part of what the time dates. */
function introducesPart(ctx: Context, i: number): boolean {
  if (ctx.tokens[i]?.text !== ',') return false;
  const k = ctx.tokens[i + 1]?.key ?? '';
  return k === 'including' || k === 'notably' || k === 'especially' || (k === 'in' && ctx.tokens[i + 2]?.key === 'particular');
}

const PURPOSE_WORDS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'the']);

/**
 * "arrives in the country on Friday, May 26, for a two-day Official Visit", "left Ghana on Sunday, November 17, 2019,
 * for a visit to …": the day of the departure or arrival, set off by a comma, dates the visit the journey is "for".
 */
function purposeOf(ctx: Context, i: number, t: Trigger): boolean {
  const { tokens } = ctx;
  if (t.kind !== 'visit' || t.verb || tokens[i]?.text !== ',' || tokens[i + 1]?.key !== 'for' || !PURPOSE_WORDS.has(tokens[i + 2]?.key ?? '')) return false;
  for (let k = i + 3; k < t.tokStart; k++) if (tokens[k]?.type === 'punct' && tokens[k]?.text !== '-') return false;
  return t.tokStart - i <= 8;
}

const AUDIENCES = new Set(['reporters', 'journalists', 'media', 'press', 'the', 'tass', 'ria', 'interfax']);
const TEMPORAL = new Set(['after', 'before', 'while', 'following', 'since']);

const SPEECH = new Set(['said', 'says', 'told', 'noted', 'reported', 'reports', 'announced', 'stated', 'added', 'informed', 'confirmed', 'stressed']);

// "Spokesperson X on Thursday updated the press on the call": a time between a subject and its speech verb dates the
// speaking, not what is spoken of (unless the speaking is itself the event: "X on Friday told reporters").
const BRIEFING = new Set([...SPEECH, 'updated', 'briefed', 'explained', 'declared', 'revealed', 'disclosed', 'commented']);

// Only a spokesperson's or a press office's telling: "Trump had earlier on Sunday said his phone conversation was …" is
// how readouts date a principal's own call.
const SOURCES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'service', 'office', 'ministry', 'spokespersons']);

function beforeSpeech(ctx: Context, x: TimeExpr, triggers: readonly Trigger[], sentStart: number): boolean {
  if (!BRIEFING.has(ctx.tokens[x.tokEnd]?.key ?? '') || triggers.some((t) => t.tokStart === x.tokEnd)) return false;
  for (let j = Math.max(sentStart, x.tokStart - 14); j < x.tokStart; j++) if (SOURCES.has(ctx.tokens[j]?.key ?? '') && (ctx.tokens[j]?.key !== 'secretary' || ctx.tokens[j - 1]?.key === 'press')) return true;
  return false;
}

// "A final date for the visit will be set in the days ahead": the time is when the date is fixed, not the visit's.
const FIXED = new Set(['set', 'fixed', 'agreed', 'determined', 'decided', 'announced', 'finalised', 'finalized', 'confirmed', 'coordinated']);
const DATE_WORDS = new Set(['date', 'dates', 'timing', 'time', 'timeframe']);

function dateFixing(ctx: Context, x: TimeExpr, sentStart: number): boolean {
  const { tokens } = ctx;
  const k = x.tokStart - 1;
  if (!FIXED.has(tokens[k]?.key ?? '') || !BE_FORMS.has(tokens[k - 1]?.key ?? '')) return false;
  for (let j = k - 2; j >= Math.max(sentStart, k - 14); j--) if (DATE_WORDS.has(tokens[j]?.key ?? '')) return true;
  return false;
}
const BE_FORMS = new Set(['be', 'been', 'is', 'are', 'was', 'were']);

function afterSpeech(ctx: Context, i: number): boolean {
  // "told the press after today's Cabinet meeting": a possessive day dates the occurrence it names, not the telling.
  for (let k = i; k < i + 3 && ctx.tokens[k]?.type === 'word'; k++) if (ctx.tokens[k]?.possessive) return false;
  let j = i - 1;
  if (AUDIENCES.has(ctx.tokens[j]?.key ?? '')) j--;
  if (ctx.tokens[j]?.key === 'the' || ctx.tokens[j]?.key === 'to') j--;
  return SPEECH.has(ctx.tokens[j]?.key ?? '');
}

/** A person who only reports ("Kremlin Spokesman Dmitry Peskov told reporters", "according to X") takes no part. */
function isSourceOnly(ctx: Context, m: Mention): boolean {
  const after = ctx.tokens[m.tokEnd]?.key ?? '';
  const after2 = ctx.tokens[m.tokEnd + 1]?.key ?? '';
  if (SPEECH.has(after) && after !== 'added' && !ctx.tokens[m.tokEnd]?.lineBefore) return after !== 'said' || after2 !== 'that' || true;
  const b1 = ctx.tokens[m.tokStart - 1]?.key ?? '';
  const b2 = ctx.tokens[m.tokStart - 2]?.key ?? '';
  if (b2 === 'according' && b1 === 'to') return true;
  // "…, said Vice Foreign Minister Wang Chao": the speech verb before the name and its office.
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 6); k--) {
    const t = ctx.tokens[k];
    if (!t) break;
    if (t.type === 'word' && SPEECH.has(t.key) && !t.cap) return k > 0 && ctx.tokens[k - 1]?.text === ',';
    if (!(t.cap || t.text === '.' || t.text === '-')) break;
  }
  return false;
}

function findDateline(ctx: Context): { window: Resolved; text: string } | null {
  for (const x of ctx.times) {
    if (x.start > 600) break;
    const first = ctx.tokens[x.tokStart];
    const after = ctx.tokens[x.tokEnd];
    if (!first?.lineBefore && x.tokStart !== 0) continue;
    if (after && !after.lineBefore) continue;
    if (x.fixed && x.fixed.precision === 'day') return { window: x.fixed, text: ctx.body.slice(x.start, x.end) };
  }
  return null;
}

/** What the assembly carries from one sentence to the next. */
interface Assembly {
  ctx: Context;
  byTok: TokenIndex;
  byEnd: TokenIndex;
  events: DraftEvent[];
  /** Only events reported in the last RECENT sentences can be mentioned again: keeps a long text linear. */
  active: DraftEvent[];
  lastTouched: Map<DraftEvent, number>;
  touch: number;
  resolved: Map<TimeExpr, Resolved | null>;
  previousWindow: Resolved | null;
  quotedOnly: Set<DraftEvent>;
  programme: Map<number, number>;
  programmeCounts: string[][];
  series: ReturnType<typeof seriesOfMeetings>;
  programmeVisits: Map<number, DraftEvent>;
}

/** The main event's people: who "the leaders" and "the heads of state" are. */
function principalOf(a: Assembly): PersonRef[] {
  return a.events.find((e) => e.people.length >= 2)?.people ?? [];
}

function touched(a: Assembly, e: DraftEvent): void {
  a.lastTouched.set(e, ++a.touch);
}

/** "will visit the city of Ohrid": the noun "visit" used as a verb (or the verb itself). */
function verbalVisit(ctx: Context, t: Trigger): boolean {
  return t.verb || VERB_BEFORE.has(ctx.tokens[t.tokStart - 1]?.key ?? '');
}

/**
 * "…, as he told reporters after visiting the paper mill on Tuesday": a visit in a temporal clause is its own occurrence.
 * "returned home on Saturday after a three-day visit to Y, where he held talks": a visit returned from is over, an
 * occurrence of its own beside the talks it held (returns.ts).
 */
function apart(ctx: Context, t: Trigger): boolean {
  return TEMPORAL.has(ctx.tokens[t.tokStart - 1]?.key ?? '') || returnedFrom(ctx, t);
}

/**
 * A setting of what the sentence reports: one that opens it ("In the course of his visit to Y, X toured …") or one of an
 * occurrence the sentence names ("The talks took place during …"); not "this was discussed during X's visit".
 */
function framesReported(frames: ReadonlyMap<Trigger, VisitFrame>, sent: Sentence, trigs: readonly Trigger[], t: Trigger): boolean {
  return frames.has(t) && (t.tokStart - sent.tokStart <= 6 || trigs.some((u) => u.kind !== 'visit' && !u.quoted));
}

/**
 * "In the afternoon, she will visit the museum" within a visit of several days: a part of the day dates nothing unless a
 * single day is written before it (in its sentence or the ones before).
 */
function dayPartBase(reference: string | null, times: readonly TimeExpr[], previousWindow: Resolved | null, x: TimeExpr): Resolved | null {
  const y = times.filter((z) => z !== x && z.shift === null && z.tokEnd <= x.tokStart).pop();
  const w = y ? resolveTime(y, reference, 'none', previousWindow) : previousWindow;
  return w?.precision === 'day' ? w : null;
}

export const assembleEvents = (ctx: Context): void => {
  const { tokens, sentences, reference } = ctx;
  const a: Assembly = {
    ctx,
    byTok: indexMentions(ctx.mentions, tokens.length, 'start'),
    byEnd: indexMentions(ctx.mentions, tokens.length, 'end'),
    events: [],
    active: [],
    lastTouched: new Map(),
    touch: 0,
    resolved: new Map(),
    previousWindow: null,
    quotedOnly: new Set(),
    programme: visitProgrammes(ctx),
    programmeCounts: programmeItems(ctx),
    series: seriesOfMeetings(ctx),
    programmeVisits: new Map(),
  };
  const { events, quotedOnly } = a;
  let triggerSentences = 0;
  let tIdx = 0;
  let xIdx = 0;
  let mIdx = 0;
  for (let s = 0; s < sentences.length; s++) {
    if (s % 16 === 0) a.active = a.active.filter((e) => e.lastSentence >= s - RECENT);
    const sent = sentences[s];
    if (!sent) continue;
    const trigs: Trigger[] = [];
    while (tIdx < ctx.triggers.length && (ctx.triggers[tIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const t = ctx.triggers[tIdx++];
      if (t) trigs.push(t);
    }
    const times: TimeExpr[] = [];
    while (xIdx < ctx.times.length && (ctx.times[xIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const x = ctx.times[xIdx++];
      if (x) times.push(x);
    }
    const ments: Mention[] = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (m) ments.push(m);
    }
    if (trigs.length === 0) {
      // Days counted from another event ("the day before") count from a date the text wrote, not from each other.
      for (const x of times) if (x.shift === null) a.previousWindow = resolveTime(x, reference, 'none', a.previousWindow) ?? a.previousWindow;
      continue;
    }
    triggerSentences++;
    // Each sentence in three parts (its reading, one draft per candidate trigger, what links them), so that no one
    // function is so large that optimising it costs more than running it.
    const sa = readSentence(a, s, sent, trigs, times, ments, triggerSentences <= 2);
    for (let ti = 0; ti < sa.cands.length; ti++) draftTrigger(a, sa, ti);
    closeSentence(a, sa);
  }

  stopWindows(ctx, events);
  callsNamedTalks(events);
  // Events reported as held without a time: the lead takes the dateline or the reference date; others were passing mentions.
  const dateline = findDateline(ctx);
  // "X spoke by phone with Y on 9 May. Y said he hoped the sides would come to Brussels …": once a sentence has dated an
  // occurrence, one reported in a later sentence that writes no time at all is not the readout's lead (it was said in
  // passing). Not "… plans to meet Y on February 7, as he told reporters after visiting the factory on Tuesday".
  const datedFrom = events.find((e) => e.window !== null)?.firstSentence ?? Infinity;
  // "X had a telephone conversation with Y. During the conversation, the results of the state visit of … were
  // discussed": after the readout's own lead (dated by the fallback below), an occurrence referred back to ("the visit")
  // in a later sentence is one in passing too; "Later, X had a telephone conversation with Y" is still reported.
  const leadFrom = events.find((e) => e.status === 'held' && (e as LeadDraft).lead)?.firstSentence ?? Infinity;
  const timedSentences = new Set(ctx.times.map((x) => ctx.sentenceOf[x.tokStart]));
  const firstTimed = ctx.times.length > 0 ? (ctx.sentenceOf[ctx.times[0]?.tokStart ?? 0] ?? 0) : Infinity;
  ctx.events = events.filter((e, i) => {
    if (quotedOnly.has(e)) return false;
    // "soon after the outbreak of the crisis": a time written but not resolvable keeps the occurrence it dates.
    // "X held talks with Y in Riga on Friday. At the joint press conference afterwards both leaders said …", "X will meet
    // Y on Friday. The prime ministers will then hold a joint press conference": an undated joint appearance right after
    // talks of the same tense is of their day and place, and of their people.
    // "Separately, they will hold a joint press conference": told apart from the meeting before it.
    if (!e.window && (e as LeadDraft).joint && !toldApart(ctx, e.firstSentence)) {
      const talks = events.slice(Math.max(0, i - 8), i).reverse().find((h) => IN_PERSON.has(h.kind) && h.kind !== 'visit' && h.status === e.status && h.window?.precision === 'day' && e.firstSentence - h.lastSentence <= 2);
      if (talks) {
        Object.assign(e, { window: talks.window, tentative: talks.tentative, where: e.where ?? talks.where });
        if (e.people.length === 0) e.people = talks.people.map((p) => ({ ...p }));
        return true;
      }
    }
    // "…," X told reporters hours before departing Chile: remarks on the day the trip began (departures.ts).
    const departure = !e.window && e.kind === 'interview' && e.status === 'held' && e.people.length > 0 ? beforeDeparture(ctx, e.firstSentence) : null;
    if (departure) {
      e.window = departureDay(e, events, reference, samePerson);
      if (e.window) {
        const { phrase, left } = departure;
        [e.timeText, e.timeSpan] = [ctx.body.slice(phrase.start, phrase.end), phrase];
        // "before departing Chile": the remarks were made where the trip began.
        const place = left ? ctx.mentions.find((m) => m.start >= left.start && m.end <= left.end && (m.kind === 'country' || m.kind === 'capital' || m.kind === 'city')) : undefined;
        if (place) e.where = place.surface;
        return true;
      }
    }
    if (e.window || e.status !== 'held' || (e.timeText && reference)) return true;
    // "reaffirmed the summit declaration", "in line with the decisions of the X summit": a past gathering named in
    // passing with no time of its own is no event, in the lead as anywhere (GUIDELINES.md).
    if (e.aside) return false;
    // "X arrived in Suva on Monday. Y gave a banquet for X", "… in honour of the visiting leader": an undated occurrence
    // of the traveller told in the past right after the arrival is an item of the visit under way, in its window.
    if (e.kind === 'other') {
      const visit = events.slice(Math.max(0, i - 8), i).reverse().find((v) => v.kind === 'visit' && v.status === 'held' && v.window && e.firstSentence - v.lastSentence <= 2 && !!v.people[0] && (e.people.some((p) => samePerson(p, v.people[0]!)) || partNamed(ctx, e) === 'guest'));
      if (visit) {
        Object.assign(e, { window: visit.window, timeText: visit.timeText, timeSpan: visit.timeSpan, tentative: visit.tentative, where: e.where ?? visit.where });
        return true;
      }
    }
    // "X held talks with Y in Riga on Friday. She then laid a wreath at …": an undated item told by a sentence whose
    // subject stands for someone named before (pronoun-subjects.ts) is of the day and place of the occurrence just before.
    // Not when the subject is someone else, of nobody in it ("The visiting Foreign Minister …", "She" of a spokeswoman).
    if (e.kind !== 'talks' && !IN_PERSON.has(e.kind) && backSubject(ctx, e)) {
      const day = events.slice(Math.max(0, i - 8), i).reverse().find((h) => h.status === 'held' && h.window && (h.window.precision === 'day' || h.kind === 'visit') && h.firstSentence < e.firstSentence && e.firstSentence - h.lastSentence <= 2);
      if (day && continuesWith(ctx, e, day)) {
        Object.assign(e, { window: day.window, tentative: day.tentative, where: e.where ?? day.where });
        return true;
      }
    }
    // "The EU and China held their Summit on 7 December. X and Y met with Z": the meeting is the gathering just reported.
    let host: DraftEvent | undefined;
    for (let k = i - 1; e.kind === 'talks' && k >= 0 && !host; k--) {
      const h = events[k];
      if (!h || e.firstSentence - h.firstSentence > RECENT) break;
      // A further meeting ("also met") belongs to the subject's talks, not to a summit or session named in passing.
      const further = (e as LeadDraft).further;
      // In the passive ("a meeting was also held between X and Y") the subject is any of those named.
      const subjects = further && (e as LeadDraft).verbless ? e.people : e.people.slice(0, 1);
      if (further && (h.kind !== 'talks' || !h.people.some((p) => subjects.some((q) => samePerson(p, q))))) continue;
      if (h.kind !== 'visit' && IN_PERSON.has(h.kind) && h.status === 'held' && h.window && e.firstSentence - h.lastSentence <= 2) host = h;
      // "has landed in Accra for a two-day state visit. … then held a closed-door meeting": an undated item of a stay under
      // way, reported after it, is of its days and place.
      if (heldStay(h) && !further) {
        Object.assign(e, { window: h.window, status: h.status, tentative: h.tentative, where: e.where ?? h.where });
        return true;
      }
    }
    // "… also met Y": a further meeting of that gathering's day and place, not the gathering again; so are talks on its
    // sidelines (GUIDELINES.md).
    if (host && ((e as LeadDraft).further || (e as LeadDraft).beside)) {
      Object.assign(e, { window: host.window, status: host.status, tentative: host.tentative, where: e.where ?? host.where });
      // Who meets on a gathering's sidelines attends it.
      if ((e as LeadDraft).beside && host.kind !== 'talks') for (const p of e.people) if (!host.people.some((q) => samePerson(p, q))) host.people.push({ ...p });
      return true;
    }
    // "… in London; a Brisbane bilateral with A": a meeting with someone else, somewhere else, is not the one before,
    // even when the text dates neither.
    if (host && host.kind === 'talks' && e.where && host.where && !placesAgree(ctx, e.where, host.where) && otherCounterparts(host, e)) return true;
    if (host) {
      mergeInto(ctx, host, { ...e, kind: host.kind }, false);
      return false;
    }
    const { lead, passing } = e as LeadDraft;
    const later = !timedSentences.has(e.firstSentence) && (datedFrom < e.firstSentence || (passing && leadFrom < e.firstSentence));
    // "X, who is on a working trip to Moldova, met Y" after meetings dated on their own days: under way, its days not
    // written. Only a readout that writes no time before it or in its sentence dates it by its own day.
    if ((e as LeadDraft).current && (!lead || later || firstTimed <= e.firstSentence)) return true;
    if (!lead || later) return false;
    // "since Donald Trump's election": an election, forum or ceremony held at no time the text gives is a passing mention.
    if (e.kind === 'other') return false;
    const trip = announcedTrip(ctx, events, i);
    if (trip) {
      Object.assign(e, { window: trip, status: 'upcoming' });
      return true;
    }
    const announced = announcedLater(ctx, events, i);
    // The body's announcement says who takes part; the lead adds only its evidence. A visit announced as the talks it
    // is made for stays the visit, in their window.
    if (announced && announced.kind !== e.kind) {
      Object.assign(e, { window: announced.window, status: announced.status, tentative: announced.tentative, timeText: null });
      return true;
    }
    if (announced) {
      mergeInto(ctx, announced, { ...e, people: [] }, false);
      return false;
    }
    if (dateline) [e.window, e.timeText] = [dateline.window, dateline.text];
    else if (reference) e.window = { from: reference, to: reference, precision: 'day' };
    return true;
  });
  void tokens;
};

/** One sentence's reading: who it names, its candidate triggers and their times, and what its drafts leave for the next. */
type SentenceAssembly = ReturnType<typeof readSentence>;

function readSentence(a: Assembly, s: number, sent: Sentence, trigs: Trigger[], times: TimeExpr[], ments: Mention[], lead: boolean) {
  const { ctx, byTok, byEnd, events, programme, programmeCounts, programmeVisits, previousWindow } = a;
  const { reference } = ctx;

  // People of the sentence: named, by office, by pronoun; groups stand for the main event's participants.
  const named: PersonRef[] = [];
  const namedSpans: Span[] = [];
  let group = false;
  for (const m of ments) {
    if (m.quoted || isSourceOnly(ctx, m)) continue;
    if (m.kind === 'group') group = true;
    else if ((m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length > 0) {
      // A spokesperson announces or briefs; the occurrences reported are other people's.
      for (const p of m.people) if (!named.some((q) => samePerson(p, q)) && !isSpokesperson(ctx, p)) named.push(p);
      namedSpans.push({ start: m.start, end: m.end });
    }
  }
  const sentenceSpan: Span = { start: sent.start, end: sent.end };
  // A visit made to hold talks is one event, kind talks (GUIDELINES.md).
  const hasTalks = trigs.some((t) => t.kind === 'talks' && !t.anaphoric);
  let visitPlace: string | null = null;
  // "During his state visit to Spain, X is scheduled to meet with A, hold talks with B and meet with C": a visit whose
  // sentence lists several meetings is a visit with a programme, and each meeting is an event of its own.
  const meetings = trigs.filter((t) => t.kind === 'talks' && !t.anaphoric && !t.quoted);
  // "During the visit, X will meet Y" after a visit whose programme lists two items or more (programme.ts): each
  // meeting is an item of that visit, which keeps its kind.
  const hostS = programme.get(s);
  const programmeVisit = hostS !== undefined && hostS !== s ? programmeVisits.get(hostS) : undefined;
  const framingTrig = hostS !== undefined ? framingVisit(ctx, s, trigs) : null;
  // "a trip that included a meeting with the governor and talks with rice farmers": a meeting with a community (kind
  // other) is an item of the programme as a meeting is.
  const community = trigs.filter((t) => t.kind === 'other' && t.label === COMMUNITY && !t.quoted);
  const itemised = (meetings.length >= 1 && meetings.length + community.length >= 2 && trigs.some((t) => t.kind === 'visit' && !t.quoted)) || (hostS !== undefined && meetings.length >= 1);
  // "arrived in Tbilisi today for his June 10-12 visit": the arrival opens that visit, whose place it gives.
  const arrivals = arrivalsFor(ctx, trigs, byTok, byEnd);
  const arrivalOf = new Map([...arrivals].map(([a, v]) => [v, a]));
  // "will travel to Oslo on Tuesday for a visit": the journey's verb carries the occurrence, its tense and its time.
  const stayNouns = arrivalsFor(ctx, trigs, byTok, byEnd, false);
  const journeyNouns = new Set(stayNouns.values());
  // "has arrived in Riga, where she will hold talks with Y": the arrival done and the talks to come are two
  // occurrences, the visit (its arrival and the visit noun the arrival opens, one event) and its item
  // (arrival-clause.ts).
  const clauseVisits = new Set(arrivalClauses(ctx, trigs, ments).flatMap((c) => (c.noun ? [c.arrival, c.noun] : [c.arrival])));
  // "her first meeting of the day, during her working visit to France", "on the programme of his visit to Belize": a
  // visit named as the setting of what the sentence reports (visit-states.ts).
  const frames = new Map<Trigger, VisitFrame>();
  for (const t of trigs) {
    const f = visitFrame(ctx, t, sent.tokStart, byTok);
    if (f) frames.set(t, f);
  }
  // A visit stated as under way or named as a setting, with more than one meeting: its own event.
  const own = new Set(trigs.filter((t) => t.kind === 'visit' && !t.quoted && (frames.has(t) || underWayOrDone(ctx, t, byEnd)) && holdsMore(programmeCounts, s, frames.get(t))));
  // "The summit has been postponed twice, first on 12 March …": a gathering that failed is no event (failed.ts).
  const failed = failedOccurrences(ctx, trigs, times, sent.tokEnd, (x) => movedTo(ctx, x));
  const cands = trigs.filter((t) => {
    if (arrivals.has(t) || journeyNouns.has(t) || failed.triggers.has(t)) return false;
    if (t.kind === 'visit' && hasTalks && !apart(ctx, t) && !itemised) {
      // "X, who is in Cairo on an official visit, met …": the place may stand just before the visit.
      // "will visit Lisbon on 5 May for talks": the noun used as a verb takes its object as the place, when the talks are
      // what the visit is made for (not "will visit the memorial and … before holding talks").
      visitPlace = visitPlace ?? placeAfter(ctx, t.tokEnd, sent.tokEnd, byTok, t.verb || (verbalVisit(ctx, t) && madeFor(ctx, t, trigs))) ?? (t.verb ? null : placeAfter(ctx, Math.max(sent.tokStart, t.tokStart - 6), t.tokStart, byTok));
      // A visit of its own keeps its event; its meeting is held in its place.
      return own.has(t) || clauseVisits.has(t);
    }
    return true;
  });
  // Times said of the speech act ("Peskov told reporters on Friday") date no event.
  const timeOf = assignTimes(ctx, cands, times.filter((x) => !failed.times.has(x) && !afterSpeech(ctx, x.tokStart) && !beforeSpeech(ctx, x, cands, sent.tokStart) && !dateFixing(ctx, x, sent.tokStart) && !(x.shift === 0 && !dayPartBase(reference, times, previousWindow, x))), afterDateline(ctx, sent.tokStart));
  shareGatheringTime(ctx, cands, timeOf);
  visitTimeToTalks(ctx, trigs.filter((t) => !cands.includes(t) && t.kind === 'visit'), cands, times, timeOf);
  ownVisitTimeToItems(ctx, cands, own, timeOf);
  welcomeOnArrival(ctx, cands, timeOf, s);
  occasionOfSpeech(ctx, cands, timeOf, s);
  sameDayAfter(ctx, cands, timeOf, times);
  arrivalForGathering(ctx, cands, timeOf);
  // "arrived in Tbilisi today for his June 10-12 visit, where he was greeted by X": the greeting is of the arrival's day.
  const greetings = new Map<Trigger, Trigger>();
  for (const [arrival, visit] of arrivals) {
    const day = times.find((x) => x.tokStart >= arrival.tokEnd && x.tokEnd <= visit.tokStart && ![...timeOf.values()].includes(x));
    const greeting = cands.find((u) => u.kind === 'other' && u.verb && u.tokStart > visit.tokEnd && !timeOf.has(u));
    if (day && greeting) {
      timeOf.set(greeting, day);
      greetings.set(greeting, arrival);
    }
  }
  // "The programme of the visit … will include a meeting at the White House, a joint press conference and a state
  // dinner": each item is an event of its own, with the visit's window, place and people.
  // A programme lists several items; "the visit will include talks with X" is the visit made to hold talks.
  const items = trigs.filter((t) => t.kind !== 'visit');
  // Unlisted plans ("it is planned to hold A as well as B") only when the sentence dates none of them itself.
  const host = (items.length >= 2 ? programmeHost(ctx, sent.tokStart, sent.tokEnd, events, s, new Set(items.map((t) => t.kind)).size >= 2 && times.length === 0) : null) ?? programmeVisit ?? null;
  // "state visits to Chile, Kenya and Nepal": the trip, and one visit for each stop it lists.
  const tripsWithStops: { t: Trigger; stops: Mention[] }[] = [];
  const eventOf = new Map<Trigger, DraftEvent>();
  const timed = new Set<Trigger>();
  return {
    s, sent, trigs, times, ments, lead, named, namedSpans, group, sentenceSpan, visitPlace, meetings, hostS, programmeVisit, framingTrig, community, itemised, arrivals, arrivalOf, stayNouns, frames, own, cands, timeOf, greetings, host, tripsWithStops, eventOf, timed,
    summitOfSentence: null as DraftEvent | null,
    prevFuture: false,
    // The subject of the first of several meetings a sentence names: the later ones' too.
    sentenceSubject: null as PersonRef | null,
  };
}

/** The draft event of the sentence's candidate trigger `ti`: merged into one reported before, added, or none. */
function draftTrigger(a: Assembly, sa: SentenceAssembly, ti: number): void {
  const { ctx, byTok, byEnd, events, active, lastTouched, resolved, quotedOnly, series, previousWindow } = a;
  const { tokens, reference } = ctx;
  const { s, sent, trigs, times, ments, lead, named, namedSpans, sentenceSpan, visitPlace, meetings, programmeVisit, framingTrig, itemised, arrivals, arrivalOf, stayNouns, frames, own, cands, timeOf, greetings, host, tripsWithStops, eventOf, timed } = sa;

  const t = cands[ti];
  if (!t) return;
  const segA = ti === 0 ? sent.tokStart : (cands[ti - 1]?.tokEnd ?? sent.tokStart);
  // The words just before the next trigger modify it ("the upcoming meeting"), not this one.
  const segB = ti === cands.length - 1 ? sent.tokEnd : Math.max(t.tokEnd, (cands[ti + 1]?.tokStart ?? sent.tokEnd) - 3);
  // "agreed to meet on the sidelines of the G7 summit in Elmau on 26-27 June": the setting's time is the meeting's.
  const setting = cands[ti + 1];
  const x = timeOf.get(t) ?? (setting && attached(ctx, t, setting) ? (timeOf.get(setting) ?? null) : null);
  if (x) timed.add(t);
  // "X will have private negotiations with Y and negotiations involving the delegations": the tense carries over "and".
  // "when they met in St. Petersburg, the leaders agreed to …": a past-tense trigger is past whatever follows it.
  // "Macron said in an interview with Le Monde on Sunday": the interview is the saying, past with its verb.
  const spoken = t.kind === 'interview' && !t.verb ? spokenAt(ctx, t) : -1;
  // "arrived in Dakar on Wednesday on an official visit at the invitation of Y": the visit the arrival opens is
  // under way, whatever the invitation after it says.
  const opener = arrivalOf.get(t);
  const stated = underWayOrDone(ctx, t, byEnd) || (!!opener && pastVerb(ctx, opener.tokStart, true));
  const past = pastVerb(ctx, t.tokStart, t.verb) || spoken >= 0 || stated;
  // "agreed to meet at the G20 summit": a gathering named as the setting of a planned event shares its tense.
  const future: boolean = !past && (futureCue(ctx, segA, segB) || (sa.prevFuture && (coordinated(ctx, cands[ti - 1], t) || attached(ctx, cands[ti - 1], t) || sharedSubject(ctx, cands[ti - 1], t))));
  sa.prevFuture = future;
  // Without a cue either way, a year-less date is the occurrence nearest the reference date.
  const bias: Bias = future ? 'future' : past || pastCue(ctx, segA, segB) ? 'past' : 'none';
  // "during their phone call the day before", after the call was dated: the day is counted from the readout, not
  // from the very call the words refer back to.
  const ownAntecedent = !!x && x.shift !== null && t.anaphoric && !!previousWindow && active.some((e) => e.kind === t.kind && e.window?.from === previousWindow?.from && e.window?.to === previousWindow?.to);
  // "On Friday, X will arrive in Y and in the afternoon hold talks": a part of the day is of the day its sentence
  // wrote before it, else of the day last dated.
  const window = x ? resolveTime(x, reference, bias, ownAntecedent ? null : x.shift === 0 ? dayPartBase(reference, times, previousWindow, x) : previousWindow) : null;
  if (x) resolved.set(x, window);
  // "X arrived in Quito on Sunday. She will wrap up her trip and fly home on Friday": the visit reported before, said
  // to end that day, not a second visit (visit-end.ts).
  const ended = endOfVisit(ctx, t) ? visitEnded(active, s, named) : null;
  if (ended?.window) {
    // "Her visit ends on Friday" in a Sunday readout of an arrival that Sunday: the Friday after the arrival.
    const end = x && window && window.from < ended.window.from ? resolveTime(x, reference, 'future', previousWindow) : window;
    if (end && end.to > ended.window.to) ended.window = { from: ended.window.from, to: end.to, precision: 'days' };
    if (!ended.evidence.some((sp) => sp.start === sentenceSpan.start)) ended.evidence.push(sentenceSpan);
    ended.lastSentence = Math.max(ended.lastSentence, s);
    eventOf.set(t, ended);
    touched(a, ended);
    return;
  }
  const aside = namedAside(ctx, t, cands);
  // Named in passing, a gathering keeps its own tense, not the sentence's: "will build on the results of the X
  // summit" is past, "discussed preparations for the next X summit" to come.
  const status = aside && !x ? (namedAhead(ctx, t) ? 'upcoming' : 'held') : statusOf(window, x?.vague ?? false, reference, future || t.planned);
  const people = participantsOf(a, sa, ti, t, x, window, segA, segB, stated, spoken);
  if (!people) return;
  // "will visit the city of Khujand": the noun "visit" used as a verb takes its object as the place.
  const verbal = t.kind === 'visit' && verbalVisit(ctx, t);
  const arrival = arrivalOf.get(t) ?? greetings.get(t);
  // "on a tour of Bergen": the place toured.
  const toured = t.kind === 'visit' && tokens[t.tokEnd - 1]?.key === 'tour' && tokens[t.tokEnd]?.key === 'of' ? placeAfter(ctx, t.tokEnd + 1, segB, byTok, true) : null;
  const where = t.kind === 'phone_call' ? null : toured ?? placeAfter(ctx, t.tokEnd, segB, byTok, verbal) ?? (arrival ? placeAfter(ctx, arrival.tokEnd, t.tokStart, byTok, true) : null) ?? (t.kind === 'talks' ? visitPlace : null) ?? openingPlace(ctx, sent.tokStart, t.tokStart, byTok) ?? placeOfMeeting(ctx, t, sent.tokStart, byTok) ?? t.labelPlace;
  const noun = t.kind !== 'visit' ? undefined : t.verb ? (stayNouns.get(t) ?? arrivals.get(t)) : t;
  const draft: LeadDraft = {
    kind: t.kind,
    status,
    window,
    timeText: x ? ctx.body.slice(x.start, x.end) : null,
    timeSpan: x ? { start: x.start, end: x.end } : null,
    tentative: window ? hedged(ctx, segA, segB, window) : false,
    // "who is visiting Camp David to attend the … Summit": the visit's place is the gathering's too.
    where: visitPlace && (t.kind === 'talks' || t.kind === 'summit' || t.kind === 'session') && !where ? visitPlace : where,
    people: [...people, ...leadersOfStates(ctx, t, window?.from ?? reference, people)].map((p) => ({ ...p })),
    personSpans: namedSpans,
    bodies: [...t.bodies],
    label: t.label,
    topics: new Set(),
    evidence: [sentenceSpan],
    firstSentence: s,
    lastSentence: s,
    // A visit stated as under way or named as the setting of what the text reports is the visit of the day, not one
    // named in passing: kept with its first and last days unknown when no time is written for it.
    // Its length when begun ("has landed in Accra for a two-day state visit"), said by the noun or the journey's noun.
    own: own.has(t),
    item: own.size > 0 && t.kind !== 'visit',
    stayDays: (past || (noun !== undefined && returnedFrom(ctx, noun))) && noun ? statedDays(ctx, noun) : 0,
    current: t.kind === 'visit' && !x && (stated || framesReported(frames, sent, trigs, t)),
    // Set when the draft is added as an event of its own (below); declared here so that every draft has one shape.
    lead: undefined,
    passing: undefined,
    further: undefined,
    beside: undefined,
    verbless: undefined,
    joint: undefined,
    aside: undefined,
    several: undefined,
  };
  // "X, who is on a working trip to Moldova, met Y": a visit of its own is where its noun says.
  if ((own.has(t) || (draft as LeadDraft).current) && !t.verb && !draft.where) draft.where = placeAfter(ctx, t.tokEnd, Math.min(sent.tokEnd, t.tokEnd + 4), byTok);
  if (visitPlace && t.kind === 'talks' && !window && future && /left|leav|head/.test(ctx.text.slice(sent.start, sent.end)) && reference) {
    draft.window = { from: reference, to: reference, precision: 'day' };
  }
  // "The meetings took place on the margins of the Summit", after the series of meetings: the series' day and place.
  const margins = !x ? seriesSetting(ctx, t, series, s) : null;
  if (margins) {
    Object.assign(draft, { window: margins.window, status: margins.status });
    draft.where ??= margins.where;
    for (const p of margins.subjects) if (!draft.people.some((q) => samePerson(p, q))) draft.people.push({ ...p });
  }
  const stops = t.kind === 'visit' && !t.quoted ? tripStops(ctx, t, segB, byTok, verbal) : [];
  if (stops.length >= 2) {
    draft.where = null;
    tripsWithStops.push({ t, stops });
  }
  // "Within the framework of his visit to Switzerland, X will also visit the IOC in Lausanne": a stop of the
  // programme, with the visit's window.
  // "On the second day, she will visit the monastery": the noun used as a verb, in a sentence of one day of the visit.
  const dayStop = t.kind === 'visit' && !t.verb && VERB_BEFORE.has(tokens[t.tokStart - 1]?.key ?? '') && dayOfVisit(ctx, s) !== null;
  const stopItem = !!programmeVisit && t.kind === 'visit' && (t.verb || dayStop) && !t.anaphoric && !t.quoted;
  if (host && !x && (t.kind !== 'visit' || stopItem) && !t.quoted && host.window && !(itemised && t.kind === 'talks' && !t.anaphoric)) {
    if (stopItem) {
      Object.assign(draft, { window: host.window, timeText: null, timeSpan: null, status: host.status, tentative: host.tentative });
      // A site of the day (no place of its own: "the monastery") is a site visit, kind other, not a stop.
      if (dayStop && !draft.where) draft.kind = 'other';
      // Its visitor is the traveller, whom a pronoun may stand for ("she will visit …").
      const traveller = host.people[0];
      if (dayStop && traveller && !ments.some((m) => m.kind === 'person' && !m.quoted)) draft.people = [{ ...traveller }];
      eventOf.set(t, draft);
      events.push(draft);
      active.push(draft);
      touched(a, draft);
      return;
    }
    Object.assign(draft, { window: host.window, timeText: null, timeSpan: null, status: host.status, tentative: host.tentative });
    draft.where ??= host.where;
    // An item of a programme told sentence by sentence is of the people its sentence names.
    if (!(host === programmeVisit && draft.people.length > 0)) draft.people = [...host.people.map((p) => ({ ...p })), ...draft.people.filter((p) => !host.people.some((q) => samePerson(p, q)))];
    eventOf.set(t, draft);
    events.push(draft);
    active.push(draft);
    touched(a, draft);
    return;
  }
  // "The visit will include talks with X": the talks of the visit just reported, whoever the sentence names.
  const further = furtherMeeting(ctx, t);
  const ownVisit = t.kind === 'talks' && !x && !t.quoted && !itemised && !further && trigs.some((u) => u.kind === 'visit' && u.anaphoric) ? lastVisit(active, s) : null;
  // "your visit to Iran was very successful", said inside a quotation: a past occurrence in passing, merged nowhere.
  if (t.quoted && !x && !future) return;
  // "I am going to pay a working visit to Brussels", said inside a quotation: the speaker's own plan.
  if (t.quoted && draft.people.length === 0 && (t.kind === 'visit' || t.kind === 'talks')) draft.people = speakerOfFirstPerson(ctx, t, sent.tokStart);
  // "Quiroga had met Mitchell before the election", "she recalled meeting Mitchell": a meeting before the one
  // reported, in passing with no time of its own, is no event (GUIDELINES.md) and no part of the one reported.
  if (t.kind === 'talks' && !x && !t.quoted && meetingInPassing(ctx, t)) return;
  // A trip with several stops is only ever the same trip said again (a whole trip has no single place).
  const trip = stops.length >= 2 ? findTarget(ctx, active.filter((e) => e.kind === 'visit' && !e.where), draft, t, lastTouched) : undefined;
  // A meeting of a visit's programme is not the visit itself.
  const item = itemised && t.kind === 'talks' && !t.anaphoric;
  // "referred to X's state visit in 2022 and to their meeting in Geneva": a visit and a meeting named side by side
  // are two occurrences.
  const prev = cands[ti - 1];
  const beside = prev && t.kind !== prev.kind && (t.kind === 'visit' || prev.kind === 'visit') && !t.verb && !prev.verb && coordinated(ctx, prev, t) ? eventOf.get(prev) : undefined;
  const target = item ? null : trip !== undefined ? trip : (ownVisit ?? findTarget(ctx, beside ? active.filter((e) => e !== beside) : active, draft, t, lastTouched));
  if (target) {
    // "During his visit, X also met Y" where the visit was one of talks: Y is not of those talks.
    if (t === framingTrig && target.kind !== 'visit') draft.people = [];
    eventOf.set(t, target);
    if (!t.quoted) quotedOnly.delete(target);
    // Reported as an occurrence of its own once, it is no longer only named in passing.
    if (!aside) target.aside = false;
    mergeInto(ctx, target, draft, t.anaphoric && !x);
    touched(a, target);
    if (t.kind === 'summit') sa.summitOfSentence = target;
    return;
  }
  // "… a successful visit by Mr. President to China later this year," he said: an occurrence announced only in a
  // quotation is kept aside, and becomes an event when the text reports it outside quotation marks too.
  // A plan announced in a quotation with a place, a time or a body of its own is reported by the text as it stands.
  // "their ministers will visit Tashkent and Astana regularly", "every visit to X will be a celebration": generic
  // recurring practice is no occurrence (GUIDELINES.md), unless a time of its own makes it one.
  if (!x && recurring(ctx, segA, segB)) return;
  const specific = !!draft.where || draft.bodies.length > 0;
  if (t.quoted && future && status === 'upcoming' && !t.anaphoric && specific) {
    // kept as an event
  } else if (t.quoted && x && status === 'upcoming') quotedOnly.add(draft);
  else if (!t.quoted && !x && underWay(ctx, t)) {
    // "the round of negotiations that Lima is hosting now": under way and reported on, so held, on the readout's day.
    if (reference) draft.window = { from: reference, to: reference, precision: 'day' };
    draft.where ??= hostedBy(ctx, t, byTok);
    // "The two presidents went over the progress of the round …": who discusses it is not said to take part.
    if (t.anaphoric) draft.people = [];
  } else if (t.quoted || (t.anaphoric && !x && status === 'held' && !lead && !(draft as LeadDraft).current)) return;
  // "his election victory", "the referendum": a known occurrence named in passing, not a new event.
  if (t.kind === 'other' && t.anaphoric && !x) return;
  if (t.anaphoric && !x && !lead && t.verb) return;
  // "recalled his earlier visit to Lisbon", "their previous meeting": a past occurrence named in passing, with no
  // time at all, is no event (GUIDELINES.md).
  if (!x && !t.verb && status === 'held' && formerOne(ctx, t.tokStart)) return;
  // "X met A. Afterwards, X met with B": a meeting with a new counterpart that writes no time is of the day and place
  // of the meeting (or gathering) just before it.
  // "Later today, the Prime Minister will meet A" after her meetings of the morning: the sequence's subject.
  let separate = false;
  if (t.kind === 'talks' && !t.quoted && !t.anaphoric) {
    // The subject of a sentence's later meetings is that of its first ("X will have lunch with A, followed by a
    // meeting with B").
    const lacksSubject = subjectless(meetings.includes(t) ? (meetings[0] ?? t) : t, ments, sent.tokStart);
    const before = !x || lacksSubject ? meetingBefore(ctx, t, active, series, draft, s, lacksSubject) : null;
    if (before) inSequence(draft, before, lacksSubject, !x);
    separate = !!before && !x;
  }
  if (t.kind === 'talks' && x && !t.quoted) draft.where ??= placeOfDay(active, series, draft, s);
  // "X will meet A, B and C": a list of three or more is one meeting each (listed-meetings.ts).
  const several = t.kind === 'talks' && t.verb && listedAfter(t, ments, segB) >= 3;
  // "returned from a three-day visit to Y on Saturday. While there, X held talks with Z": undated talks told right
  // after a stay of several days are an item of it, of its days and place; dated now, they take in no later mention
  // of another occurrence ("a previous visit early this year").
  const stay = t.kind === 'talks' && !x && !t.anaphoric && !t.quoted && status === 'held' && !draft.window && !further ? stayJustBefore(active, s) : null;
  if (stay) Object.assign(draft, { window: stay.window, tentative: stay.tentative, where: draft.where ?? stay.where });
  Object.assign(draft, { lead: lead && !separate, passing: t.anaphoric, further, beside: t.kind === 'talks' && besideGathering(ctx, sent.tokStart, sent.tokEnd), verbless: !t.verb, joint: jointAppearance(ctx, t), aside, several });
  eventOf.set(t, draft);
  events.push(draft);
  active.push(draft);
  touched(a, draft);
  if (t.kind === 'summit') sa.summitOfSentence = draft;
}

/**
 * Who takes part in the occurrence of the sentence's candidate trigger `ti`, or null when it is none (remarks by no
 * principal, a spokesperson's briefing).
 */
function participantsOf(a: Assembly, sa: SentenceAssembly, ti: number, t: Trigger, x: TimeExpr | null, window: Resolved | null, segA: number, segB: number, stated: boolean, spoken: number): PersonRef[] | null {
  const { ctx, events } = a;
  const { tokens, reference } = ctx;
  const { sent, trigs, ments, named, group, meetings, hostS, itemised, cands } = sa;
  let people = named;
  // A meeting of a visit's programme: the traveller and the people named with that meeting.
  // "X will meet A, and in the afternoon he will meet B": each of a sentence's meetings is of the people named with it.
  // Not a part of the meeting before ("will hold talks in Weimar, including talks between A and B").
  if ((itemised || (meetings.length >= 2 && !partOfBefore(ctx, t))) && t.kind === 'talks' && !t.anaphoric) {
    const upTo = cands[ti + 1]?.tokStart ?? sent.tokEnd;
    const own = ments
      .filter((m) => m.tokStart >= t.tokEnd && m.tokStart < upTo && !m.quoted && !isSourceOnly(ctx, m) && (m.kind === 'person' || m.kind === 'role') && m.people.length > 0)
      .flatMap((m) => m.people)
      .filter((p) => !isSpokesperson(ctx, p));
    // "During his visit, Radev will meet with Y": the verb's subject, not whoever "his" was read as.
    // Later meetings of a list ("meet with A, hold talks with B") are the same subject's.
    const subject = hostS !== undefined && t === meetings[0] ? speakerBefore(ctx, t, ments) : null;
    // Outside a visit's programme: the meeting's own subject, else the first meeting's, else the first person the
    // sentence names before it ("The Prime Minister will then have a lunch with A, followed by a meeting with B").
    const ownSubject = !itemised ? (speakerBefore(ctx, t, ments) ?? subjectOverAuxiliaries(ctx, t, ments)) : null;
    if (!itemised && t === meetings[0]) sa.sentenceSubject = ownSubject ?? ments.find((m) => m.tokEnd <= t.tokStart && !m.quoted && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1)?.people[0] ?? null;
    const traveller = itemised
      ? ((subject && !own.some((q) => samePerson(subject, q)) ? subject : null) ?? named.find((p) => !own.some((q) => samePerson(p, q))))
      : (ownSubject ?? sa.sentenceSubject);
    if (own.length > 0) people = [...(traveller && !own.some((q) => samePerson(traveller, q)) ? [traveller] : []), ...own.filter((p, k) => own.findIndex((q) => samePerson(p, q)) === k)];
  }
  // Nobody named: for a call, talks or a visit the main event's people are meant; for a summit only a group says so.
  const personal = t.kind === 'phone_call' || t.kind === 'talks' || t.kind === 'visit';
  if ((group || (people.length === 0 && !t.quoted && personal)) && t.kind !== 'session') {
    if (group || people.length === 0) people = [...named, ...principalOf(a).filter((p) => !named.some((q) => samePerson(p, q)))];
    // "X will visit foreign countries on … An official visit to Y will take place on …": the traveller is the trip's.
    const last = events[events.length - 1];
    if (people.length === 0 && t.kind === 'visit' && last?.kind === 'visit') people = last.people;
  }
  // "the trilateral meeting": the main event's two parties are not its three sides.
  if (SIDED.has(tokens[t.tokStart - 1]?.key ?? '') && named.length === 0 && !group) people = [];
  // "a forum … alongside the President's visit": a possessive before another trigger names that trigger's people.
  if (t.kind === 'other') people = people.filter((p) => !ments.some((m) => m.people.includes(p) && tokens[m.tokEnd - 1]?.possessive && cands.some((u) => u !== t && u.tokStart >= m.tokEnd && u.tokStart - m.tokEnd <= 2)));
  // "will be honoured with a welcome ceremony on Tuesday, after which he will hold talks with Y": a ceremony's people
  // are named before the occurrence after it; those named only after that one are its.
  // "she will tour a plant, and in the evening President Y will host a banquet": nor those named after the clause
  // that opens the next one.
  const after = cands[ti + 1];
  if (t.kind === 'other' && after && !after.anaphoric) {
    const upTo = clauseBreak(ctx, t.tokEnd, after.tokStart);
    people = people.filter((p) => !ments.some((m) => m.people.includes(p)) || ments.some((m) => m.people.includes(p) && m.tokStart < upTo));
  }
  if (t.kind === 'session') people = named.filter((p, i) => ments.some((m) => m.kind !== 'pronoun' && m.people[0] === p) || i < 0);
  // "The heads of state … on the sidelines of the CIS summit": the group that opens the sentence will attend.
  if (t.kind === 'session' && people.length === 0 && groupSubject(ctx, ments, sent.tokStart)) people = principalOf(a);
  // Who commends or discusses a plan is not said to attend what it plans.
  if (t.topic || (t.planned && !x) || gatheringInPassing(ctx, t)) people = [];
  // "talks between our Foreign and Defence Ministers": those offices of the main event's states.
  const offices = ments.find((m) => m.kind === 'offices' && m.tokStart >= t.tokEnd && m.tokStart < segB);
  if (offices) people = holdersOf(ctx, offices.surface.split('|'), principalOf(a), window?.from ?? reference);
  // "a summit of their leaders", "the foreign ministers of both states": those offices' holders on its date.
  else people = officesOfParties(ctx, ments, segA, segB, principalOf(a), window?.from ?? reference) ?? people;
  // "The leaders agreed that Secretary of State Blinken will visit China": the visitor is the subject of the verb.
  if (t.kind === 'visit' && (t.verb || VERB_BEFORE.has(tokens[t.tokStart - 1]?.key ?? '')) && !t.quoted) {
    const visitor = speakerBefore(ctx, t, ments);
    // "Tamate was in Vienna for the burial of Y": who a stay is for is not of it; whom it meets is.
    const met = (p: PersonRef): boolean => !stated || !t.verb || ments.some((m) => m.people.includes(p) && cands.some((u) => u.kind === 'talks' && u.tokEnd <= m.tokStart));
    if (visitor && !isSpokesperson(ctx, visitor)) people = [visitor, ...named.filter((p) => !samePerson(p, visitor) && met(p))];
  }
  // "Saar referred to President Mansour's state visit in 2022": the visitor the noun names and the hosts named after
  // it, not who recalls or discusses it (a visit whose sentence lists its meetings takes their people below).
  // Hosts who meet the visitor in the sentence ("Y received X, one of the engagements of X's visit") stay.
  const visitor = itemised ? null : visitorNamed(ctx, t, ments);
  const metHere = trigs.some((u) => u.kind === 'talks' && !u.anaphoric && !u.quoted);
  if (visitor && !metHere) people = [visitor, ...named.filter((p) => !samePerson(p, visitor) && ments.some((m) => m.tokStart >= t.tokEnd && m.tokStart < segB && m.people.includes(p)))];
  else if (visitor) people = [visitor, ...people.filter((p) => !samePerson(p, visitor))];
  // "X plans to meet Y, as he said after visiting the factory": the visit is the subject's alone.
  if (t.kind === 'visit' && apart(ctx, t) && named.length > 0) people = named.slice(0, 1);
  // "X told reporters": a leader's remarks to the press are an occurrence; a spokesperson's are the usual channel.
  if (t.kind === 'interview' && t.verb) {
    // "will hold talks with Y on Friday and address the media": a verb after "and" is the first verb's subject's.
    const lead = tokens[t.tokStart - 1]?.key === 'and' ? cands.slice(0, ti).find((u) => u.kind !== 'interview') : undefined;
    // "Talking to reporters after the meeting, X said …": a participle opening the sentence is the main clause's subject's.
    const opening = t.tokStart === sent.tokStart && ctx.tokens[t.tokStart]?.key.endsWith('ing') ? subjectAfterComma(ctx, t, ments) : null;
    const speaker = lead ? (speakerBefore(ctx, lead, ments) ?? subjectOverAuxiliaries(ctx, lead, ments)) : (opening ?? speakerBefore(ctx, t, ments));
    if (!speaker || !isPrincipal(ctx, speaker)) return null;
    people = [speaker];
  }
  // "While in Manila, Anwar will speak at the University of the Philippines": the speaker is the verb's subject;
  // a speech by no one named ("the delegation will speak at …") or by a spokesperson is no occurrence.
  if (t.kind === 'statement' && t.verb) {
    // "X is scheduled to meet Y, hold talks with Z and address the two houses": a verb after "and" is the first verb's.
    const first = tokens[t.tokStart - 1]?.key === 'and' ? cands.slice(0, ti).find((u) => u.kind !== 'statement') : undefined;
    const speaker = first ? (speakerBefore(ctx, first, ments) ?? subjectOverAuxiliaries(ctx, first, ments)) : (speakerBefore(ctx, t, ments) ?? subjectOverAuxiliaries(ctx, t, ments));
    if (!speaker || isSpokesperson(ctx, speaker) || t.quoted) return null;
    people = [speaker];
  }
  // "the Secretary General also met Y": a further meeting is the subject's with those named after the verb.
  if (t.kind === 'talks' && t.verb && FURTHER.has(tokens[t.tokStart - 1]?.key ?? '')) {
    const subject = speakerBefore(ctx, { ...t, tokStart: t.tokStart - 1 }, ments);
    const met = ments.filter((m) => m.tokStart >= t.tokEnd && m.tokStart < segB && (m.kind === 'person' || m.kind === 'role')).flatMap((m) => m.people);
    if (subject && met.length > 0) people = [subject, ...met.filter((p) => !samePerson(p, subject))];
  }
  // "…, spokesperson Wang Wenbin said at a regular press briefing on Friday": a spokesperson's briefing is the usual
  // channel, not an occurrence; a leader's interview is the leader's.
  if (spoken >= 0) {
    const speaker = ments.filter((m) => m.tokEnd <= spoken && spoken - m.tokEnd <= 1 && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1).pop()?.people[0];
    const source = speaker ? isSpokesperson(ctx, speaker) : SOURCES.has(tokens[spoken - 1]?.key ?? '');
    if (source) return null;
    if (speaker) people = [speaker];
  }
  return people;
}

/** What links the drafts of one sentence: items of a programme, stops of a trip, talks at a summit. */
function closeSentence(a: Assembly, sa: SentenceAssembly): void {
  const { ctx, byTok, events, active, resolved, programmeVisits } = a;
  const { reference } = ctx;
  const { s, sent, times, ments, named, group, sentenceSpan, meetings, hostS, programmeVisit, framingTrig, community, itemised, cands, timeOf, tripsWithStops, eventOf, timed, summitOfSentence } = sa;

  linkWithinSentence(ctx, cands, eventOf, timed);
  gatheringsOfSentence(ctx, { start: sent.tokStart, end: sent.tokEnd, cands, eventOf, timeOf, times, byTok });
  // "would meet on Friday and give brief statements to the press afterwards", "will hold talks, after which joint
  // statements will follow", "will hold talks on Friday, followed by a joint press conference": statements and a press
  // conference at a meeting are of its day and place.
  for (const t of cands) {
    const e = eventOf.get(t);
    if (!e || (t.kind !== 'statement' && t.kind !== 'interview') || t.verb || e.window || timed.has(t) || e.firstSentence !== s) continue;
    const meeting = cands.map((u) => eventOf.get(u)).find((m) => m && m !== e && IN_PERSON.has(m.kind) && m.window && m.window.precision === 'day');
    if (!meeting) continue;
    Object.assign(e, { window: meeting.window, status: meeting.status, tentative: meeting.tentative });
    e.where ??= meeting.where;
  }
  if (hostS === s) {
    const own = cands.find((t) => t.kind === 'visit' && !t.anaphoric && !t.quoted);
    const visit = own ? eventOf.get(own) : undefined;
    if (visit && visit.kind === 'visit') programmeVisits.set(s, visit);
  }
  if (itemised) {
    // The visit the sentence's opening refers back to ("As part of his three-day visit"), else the programme's.
    const framed = framingTrig ? eventOf.get(framingTrig) : undefined;
    const visit = (framed?.kind === 'visit' && framed.window ? framed : undefined) ?? programmeVisit ?? cands.map((t) => (t.kind === 'visit' ? eventOf.get(t) : undefined)).find((e) => e?.window);
    let first: DraftEvent | null = null;
    [...meetings, ...community].forEach((t, mi) => {
      const e = eventOf.get(t);
      if (!visit || !e || e === visit || timed.has(t) || e.firstSentence !== s) return;
      // Own tense: "As part of his visit (under way), X is set to meet Y" is upcoming.
      const status = hostS !== undefined && e.status === 'upcoming' ? 'upcoming' : visit.status;
      Object.assign(e, { window: visit.window, timeText: visit.timeText, timeSpan: visit.timeSpan, status, tentative: visit.tentative });
      e.where ??= visit.where;
      // A meeting with a community is an item of its own, with no counterparts to list.
      if (hostS === undefined || t.kind !== 'talks') return;
      const upTo = cands[cands.indexOf(t) + 1]?.tokStart ?? sent.tokEnd;
      const groups = counterparts(ctx, ments.filter((m) => !m.quoted && !isSourceOnly(ctx, m)), t.tokEnd, upTo);
      // "will hold a tete-a-tete meeting and will chair plenary talks": formats of one meeting, named with no one new.
      if (groups.length === 0 && first && mi > 0) {
        mergeInto(ctx, first, e, false);
        events.splice(events.indexOf(e), 1);
        active.splice(active.indexOf(e), 1);
        return;
      }
      first ??= e;
      // "is set to meet with President A, Prime Minister B, and Speaker C": one meeting with each.
      if (groups.length >= 2) {
        const traveller = e.people.find((p) => !groups.some((g) => g.some((q) => samePerson(p, q))));
        groups.forEach((g, gi) => {
          const people = [...(traveller ? [{ ...traveller }] : []), ...g.map((p) => ({ ...p }))];
          if (gi === 0) e.people = people;
          else {
            const split: DraftEvent = { ...e, people, personSpans: [], topics: new Set(e.topics), evidence: e.evidence.map((sp) => ({ ...sp })), bodies: [...e.bodies] };
            events.push(split);
            active.push(split);
          }
        });
      }
      if (visit.kind === 'visit') for (const g of [e.people, ...groups]) addPeople(visit, g);
    });
  }
  for (const { t, stops } of tripsWithStops) {
    const trip = eventOf.get(t);
    if (!trip) continue;
    // "Xi's state visits to Argentina and Panama will take place on December 2 and 3", inside a trip already
    // reported: these are stops of that trip, not a trip of their own.
    const whole = trip.firstSentence === s && trip.window ? active.find((e) => e !== trip && e.kind === 'visit' && !e.where && e.window && e.window.from <= trip.window!.from && trip.window!.to <= e.window.to) : undefined;
    if (whole) {
      events.splice(events.indexOf(trip), 1);
      active.splice(active.indexOf(trip), 1);
    }
    for (const m of stops) {
      const date = trip.window?.from ?? reference;
      const stop: DraftEvent = {
        ...trip,
        where: m.surface,
        people: [...trip.people.map((p) => ({ ...p })), ...hostsNamed(ctx, m.country, date, trip.people)],
        personSpans: [],
        bodies: [],
        label: null,
        topics: new Set(),
        evidence: [sentenceSpan],
        firstSentence: s,
        lastSentence: s,
      };
      const same = active.find((e) => e.kind === 'visit' && e !== trip && !!e.where && e.where.toLowerCase() === m.surface.toLowerCase());
      if (same) mergeInto(ctx, same, stop, false);
      else {
        events.push(stop);
        active.push(stop);
      }
    }
  }
  const sidelines = sidelinesTalks(ctx, cands, eventOf, group ? [...named, ...principalOf(a).filter((p) => !named.some((q) => samePerson(p, q)))] : named, s);
  if (sidelines) {
    events.push(sidelines);
    active.push(sidelines);
  }
  // Talks announced at a summit share its place and time.
  if (summitOfSentence) {
    // Only events first reported in this sentence (the last ones pushed): keeps a long text linear.
    for (let k = events.length - 1; k >= 0 && (events[k]?.firstSentence ?? -1) >= s; k--) {
      const e = events[k];
      if (e && e.kind === 'talks' && e.firstSentence === s && e.status === summitOfSentence.status) {
        e.where = e.where ?? summitOfSentence.where;
        if (!e.window) [e.window, e.timeText] = [summitOfSentence.window, summitOfSentence.timeText];
      }
    }
  }
  for (const x of times) if (x.shift === null) a.previousWindow = resolved.get(x) ?? resolveTime(x, reference, 'none', a.previousWindow) ?? a.previousWindow;
}

/**
 * "X will pay a state visit to Kenya on 7-8 March, where he will hold talks with Y": the visit made to hold talks is
 * one event, the talks; the time written for the visit (right after it, before the talks) is theirs.
 */
function visitTimeToTalks(ctx: Context, visits: readonly Trigger[], cands: readonly Trigger[], times: readonly TimeExpr[], timeOf: Map<Trigger, TimeExpr>): void {
  const used = new Set(timeOf.values());
  for (const v of visits) {
    const t = cands.find((u) => u.kind === 'talks' && u.tokStart > v.tokEnd && !u.anaphoric);
    if (!t || timeOf.has(t)) continue;
    const x = times.find((y) => y.tokStart >= v.tokEnd && y.tokEnd <= t.tokStart && y.tokStart - v.tokEnd <= 6 && !used.has(y) && !clauseBetween(ctx, v.tokEnd, y.tokStart));
    if (!x) continue;
    timeOf.set(t, x);
    used.add(x);
  }
}

/**
 * "X is in Latvia on an official visit today and is to hold talks with Y": a visit of its own shares the time written
 * for it with the meeting its subject holds ("and is to hold talks"), which writes none.
 */
function ownVisitTimeToItems(ctx: Context, cands: readonly Trigger[], own: ReadonlySet<Trigger>, timeOf: Map<Trigger, TimeExpr>): void {
  for (const v of own) {
    const x = timeOf.get(v);
    if (!x) continue;
    for (const t of cands) if (t.tokStart > v.tokEnd && t.kind !== 'visit' && !t.anaphoric && !timeOf.has(t) && coordinated(ctx, v, t)) timeOf.set(t, x);
  }
}

const GATHERING_KINDS = new Set<EventKind>(['summit', 'session']);

/**
 * "attendance at the OSCE Ministerial Council last month and role at the Ocean Conference": two gatherings joined by
 * "and" with no verb or clause between share the one time phrase written for the first.
 */
function shareGatheringTime(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>): void {
  for (let k = 1; k < cands.length; k++) {
    const a = cands[k - 1];
    const b = cands[k];
    const x = a ? timeOf.get(a) : undefined;
    if (!a || !b || !x || timeOf.has(b) || !GATHERING_KINDS.has(a.kind) || !GATHERING_KINDS.has(b.kind) || b.tokStart - a.tokEnd > 12) continue;
    let joined = false;
    for (let j = a.tokEnd; j < b.tokStart; j++) {
      const t = ctx.tokens[j];
      if (!t || (t.type === 'punct' && t.text !== '-') || CLAUSE.has(t.key) || VERB_BEFORE.has(t.key)) {
        joined = false;
        break;
      }
      if (t.key === 'and') joined = true;
    }
    if (joined && x.tokEnd <= b.tokStart) timeOf.set(b, x);
  }
}

/** "Talking to reporters after the talks, X said": the person named right after the comma closing the opening clause. */
function subjectAfterComma(ctx: Context, t: Trigger, ments: readonly Mention[]): PersonRef | null {
  let k = t.tokEnd;
  while (k < t.tokEnd + 12 && ctx.tokens[k] && ctx.tokens[k]?.text !== ',') k++;
  if (ctx.tokens[k]?.text !== ',') return null;
  const m = ments.find((x) => x.tokStart === k + 1 && (x.kind === 'person' || x.kind === 'role') && x.people.length === 1);
  return m?.people[0] ?? null;
}

const AUXILIARIES = new Set(['had', 'has', 'have', 'already', 'been', 'is', 'was', 'are', 'were', 'be', 'scheduled', 'due', 'expected', 'set', 'to', 'also', 'will', 'would', 'then', 'later']);

/** "Papandreou had already been scheduled to speak": the subject before a run of auxiliaries and adverbs. */
function subjectOverAuxiliaries(ctx: Context, t: Trigger, ments: readonly Mention[]): PersonRef | null {
  let j = t.tokStart - 1;
  while (j > t.tokStart - 8 && AUXILIARIES.has(ctx.tokens[j]?.key ?? '')) j--;
  const m = ments.find((x) => x.tokEnd === j + 1 && (x.kind === 'person' || x.kind === 'role' || x.kind === 'pronoun') && x.people.length === 1);
  return m?.people[0] ?? null;
}

const ARRIVALS = new Set(['arrived', 'arrives', 'arrive', 'arriving']);
const TO_ATTEND = new Set(['attend', 'participate', 'join']);

/**
 * "The chancellor arrived in Lima to attend the APEC summit on November 14": the time after the gathering
 * the arrival is made for dates the arrival too (the sentence's main verb); the gathering keeps it unless the text
 * dates that named gathering otherwise (findTarget merges the two mentions).
 */
function arrivalForGathering(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>): void {
  const { tokens } = ctx;
  cands.forEach((t, i) => {
    const g = cands[i + 1];
    if (t.kind !== 'visit' || !t.verb || !ARRIVALS.has(tokens[t.tokStart]?.key ?? '') || timeOf.has(t) || !g || !(g.kind === 'summit' || g.kind === 'session' || g.kind === 'other')) return;
    const x = timeOf.get(g);
    if (!x || x.tokStart < g.tokEnd || g.tokStart - t.tokEnd > 10) return;
    // "has arrived in Lisbon to attend the summit, which opens on Friday": a clause of the gathering's own dates only it.
    if (relativeAfter(ctx, g.tokEnd, x.tokStart)) return;
    let purpose = false;
    for (let k = t.tokEnd; k < g.tokStart; k++) {
      if (tokens[k]?.type === 'punct' && tokens[k]?.text !== '-') return;
      if (tokens[k]?.key === 'to' && TO_ATTEND.has(tokens[k + 1]?.key ?? '')) purpose = true;
    }
    if (purpose) timeOf.set(t, x);
  });
}

// "arrived in Oslo to pay a state visit", "to make an official visit": the verbs that make a visit of the noun.
const JOURNEY_PURPOSE = new Set(['pay', 'make']);

/**
 * The comma at token k stands between a city and its own state ("Tartu, Estonia"), or closes that state ("Tartu,
 * Estonia, for").
 */
function stateOfCity(ctx: Context, k: number, byTok: TokenIndex, byEnd: TokenIndex): boolean {
  if (ctx.tokens[k]?.text !== ',') return false;
  const closed = byEnd.get(k);
  if (closed?.kind === 'country' && ctx.tokens[closed.tokStart - 1]?.text === ',') return stateOfCity(ctx, closed.tokStart - 1, byTok, byEnd);
  const city = byEnd.get(k);
  const state = byTok.get(k + 1);
  if (state?.kind !== 'country') return false;
  if (city) return (city.kind === 'city' || city.kind === 'capital') && (city.country === null || city.country === state.country);
  // "arrived in Kasama, Zambia for …": a town the gazetteer does not know, its capitalised words right after "in".
  let j = k - 1;
  while (j > k - 4 && ctx.tokens[j]?.cap && ctx.tokens[j]?.type === 'word' && !byEnd.has(j + 1) && !byTok.has(j)) j--;
  return j < k - 1 && ctx.tokens[j]?.key === 'in';
}

/** No punctuation between tokens a and b but a hyphen ("a three-day state visit"). */
function wordsOnly(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]?.type === 'punct' && ctx.tokens[k]?.text !== '-') return false;
  return true;
}

/**
 * "arrived in X today for his June 10-12 visit": each arrival trigger and the visit noun it opens. With `arrival`
 * false, the other verbs of a journey: "will travel to Oslo on Tuesday for a two-day visit", "is going to Chile next
 * week for a visit" name one visit twice.
 */
function arrivalsFor(ctx: Context, trigs: readonly Trigger[], byTok: TokenIndex, byEnd: TokenIndex, arrival = true): Map<Trigger, Trigger> {
  const out = new Map<Trigger, Trigger>();
  trigs.forEach((t, i) => {
    const next = trigs[i + 1];
    if (t.kind !== 'visit' || !t.verb || ARRIVALS.has(ctx.tokens[t.tokStart]?.key ?? '') !== arrival || !next || next.kind !== 'visit' || next.verb) return;
    // "arrives in Freetown on Friday, April 20, for a three-day visit": the commas of a date and the one closing it; the
    // date's words do not count towards the distance.
    const dated = ctx.times.filter((x) => x.tokStart >= t.tokEnd && x.tokEnd <= next.tokStart);
    if (next.tokStart - t.tokEnd - dated.reduce((n, x) => n + x.tokEnd - x.tokStart, 0) > 12) return;
    for (let k = t.tokEnd; k < next.tokStart; k++) {
      const tok = ctx.tokens[k];
      if (dated.some((x) => k >= x.tokStart && (k < x.tokEnd || (k === x.tokEnd && tok?.text === ',')))) continue;
      // "arrived in Tartu, Estonia, for a working visit": the commas around the state of the city arrived in.
      if (stateOfCity(ctx, k, byTok, byEnd)) continue;
      if (!tok || tok.text === ',' || tok.text === '.' || tok.text === ';') return;
      // "for a state visit"; with an arrival also "on a state visit", "to pay an official visit", "to make a visit".
      const purpose = tok.key === 'for' || (arrival && (tok.key === 'on' || (tok.key === 'to' && JOURNEY_PURPOSE.has(ctx.tokens[k + 1]?.key ?? ''))));
      const at = tok.key === 'to' ? k + 1 : k;
      if (purpose && PURPOSE_WORDS.has(ctx.tokens[at + 1]?.key ?? '') && next.tokStart - at <= 7 && wordsOnly(ctx, at + 1, next.tokStart)) {
        out.set(t, next);
        return;
      }
    }
  });
  return out;
}

const UNDER_WAY = new Set(['currently', 'ongoing', 'now', 'under']);

/** "the talks currently hosted by Cairo", "the ongoing negotiations", "the round now under way". */
function underWay(ctx: Context, t: Trigger): boolean {
  const before = ctx.tokens[t.tokStart - 1]?.key ?? '';
  const after = ctx.tokens[t.tokEnd]?.key ?? '';
  return before === 'ongoing' || (UNDER_WAY.has(after) && (after !== 'under' || ctx.tokens[t.tokEnd + 1]?.key === 'way') && (after !== 'now' || ctx.tokens[t.tokEnd + 1]?.key === 'under'));
}

const FURTHER = new Set(['also', 'separately', 'additionally']);
const PASSIVE_HELD = new Set(['held', 'organised', 'organized', 'arranged']);

/**
 * "X also met Y" (the verb after "also", "separately"), or in the passive "A meeting was also held between X and Y",
 * "talks were separately held with Z", "a meeting also took place with W": a further meeting, not the one before again.
 */
function furtherMeeting(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  if (t.kind !== 'talks' && t.kind !== 'phone_call') return false;
  if (t.verb) return FURTHER.has(tokens[t.tokStart - 1]?.key ?? '');
  if (t.kind !== 'talks') return false;
  if (t.anaphoric) return false;
  const [a, b, c] = [tokens[t.tokEnd]?.key ?? '', tokens[t.tokEnd + 1]?.key ?? '', tokens[t.tokEnd + 2]?.key ?? ''];
  return ((a === 'was' || a === 'were') && FURTHER.has(b) && PASSIVE_HELD.has(c)) || (FURTHER.has(a) && b === 'took' && c === 'place');
}

const PART_OF = new Set(['including', 'notably', 'particularly', 'especially']);

/** "including talks between A and B": the meeting is named as a part of the one before it. */
function partOfBefore(ctx: Context, t: Trigger): boolean {
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 3); k--) if (PART_OF.has(ctx.tokens[k]?.key ?? '')) return true;
  return false;
}

/** People named after a meeting's verb in its part of the sentence, by name or office (known or not): the ones it lists. */
function listedAfter(t: Trigger, ments: readonly Mention[], end: number): number {
  const seen: PersonRef[] = [];
  let offices = 0;
  for (const m of ments) {
    if (m.tokStart < t.tokEnd || m.tokStart >= end || m.quoted || (m.kind !== 'person' && m.kind !== 'role')) continue;
    if (m.people.length === 0) offices++;
    for (const p of m.people) if (!seen.some((q) => samePerson(p, q))) seen.push(p);
  }
  return seen.length + offices;
}

/** A draft event with what the fallback for undated held events needs: first reported in the lead, by a reference back. */
type LeadDraft = DraftEvent & { lead?: boolean; passing?: boolean; further?: boolean; beside?: boolean; verbless?: boolean; joint?: boolean; own?: boolean; item?: boolean; current?: boolean; stayDays?: number; several?: boolean };

const JOINT = new Set(['interview', 'statement']);

/** "a joint press conference", "joint press statements": the parties of a meeting appear together. */
function jointAppearance(ctx: Context, t: Trigger): boolean {
  if (!JOINT.has(t.kind) || t.verb) return false;
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 3); k--) if (ctx.tokens[k]?.key === 'joint') return true;
  return false;
}

function findTarget(ctx: Context, events: readonly DraftEvent[], d: DraftEvent, t: Trigger, lastTouched: ReadonlyMap<DraftEvent, number>): DraftEvent | null {
  let best: DraftEvent | null = null;
  let bestScore = -Infinity;
  const days = t.anaphoric ? statedDays(ctx, t) : 0;
  // "left on a three-day state visit": a stay of several days is not a meeting of one day.
  const lasting = t.kind === 'visit' && !t.verb ? statedDays(ctx, t) : 0;
  for (const e of events) {
    if (lasting >= 2 && e.kind !== 'visit' && (!e.window || width(e.window) + 1 < lasting)) continue;
    // "has landed in Accra for a two-day state visit … then held a closed-door meeting": undated talks are an item of the
    // stay under way, not the stay.
    if (((e as LeadDraft).stayDays ?? 0) >= 2 && d.kind === 'talks' && !d.window && !t.anaphoric) continue;
    const sameKind = e.kind === d.kind || (IN_PERSON.has(e.kind) && IN_PERSON.has(d.kind) && (e.kind === 'visit' || d.kind === 'visit') && e.kind !== 'session' && d.kind !== 'session' && e.kind !== 'summit' && d.kind !== 'summit');
    const anaphor = (t.anaphoric && !d.window) || t.such;
    // "X thanked Y … in a phone call. The talks, held on Monday night, also …": "the talks" dating a call
    // the text has not dated yet, with no place of their own, are that call.
    const callTalks = t.anaphoric && !t.verb && t.kind === 'talks' && e.kind === 'phone_call' && !e.timeText && !d.where && e.status === d.status;
    const compatibleKind = sameKind || (anaphor && IN_PERSON.has(e.kind) && IN_PERSON.has(d.kind) && d.bodies.length === 0) || (anaphor && t.kind === 'phone_call' && e.kind === 'talks') || callTalks;
    if (!compatibleKind) continue;
    // A visit said to hold more than one meeting is not any of its meetings (visit-states.ts).
    // Nor is a visit one of the meetings reported as its items (a trip after its programme).
    if (((e as LeadDraft).own && d.kind !== 'visit') || ((d as LeadDraft).own && e.kind !== 'visit') || ((e as LeadDraft).item && d.kind === 'visit')) continue;
    if (!windowsOverlap(e.window, d.window) && !sameGathering(e, d)) continue;
    // Two day-precise windows that differ are two occurrences (a trip on 11-14 October, its first stop on 11-12).
    // Not one named gathering reported on two of its days ("the 15th BRICS Summit" on the 22nd and the 24th).
    if (e.window && d.window && DAYS.has(e.window.precision) && DAYS.has(d.window.precision) && (e.window.from !== d.window.from || e.window.to !== d.window.to) && !sameGathering(e, d)) continue;
    if (!placesAgree(ctx, e.where, d.where)) continue;
    // A new visit to a named place is not the trip announced without one ("will visit foreign countries on …").
    if (!t.anaphoric && e.kind === 'visit' && d.kind === 'visit' && d.where && !e.where && e.window) continue;
    if (e.bodies.length > 0 && d.bodies.length > 0 && !e.bodies.some((b) => d.bodies.includes(b))) continue;
    if (e.label && d.label && e.label !== d.label && !e.label.includes(d.label) && !d.label.includes(e.label)) continue;
    // "expected to witness the signing …; he will attend a dinner": occurrences the vocabulary names by their words are
    // told apart from other occurrences of kind other unless referred back to.
    if (!anaphor && e.kind === 'other' && d.kind === 'other' && e.label !== d.label && (vocabularyLabel([e.label ?? '']) || vocabularyLabel([d.label ?? '']))) continue;
    // "Following the talks, they will have a working lunch": a meal (labelled talks) is not the talks it follows.
    if (!anaphor && e.kind === 'talks' && d.kind === 'talks' && e.label !== d.label) continue;
    if (!anaphor && e.status !== d.status && e.window && d.window) continue;
    const shared = e.people.filter((p) => d.people.some((q) => samePerson(p, q))).length;
    // One named gathering ("the G20 summit") whoever is said to attend it in each mention.
    const named = !!e.label && e.label === d.label && (e.kind === 'summit' || e.kind === 'session' || e.kind === 'other');
    if (!anaphor && !named && e.people.length > 0 && d.people.length > 0 && shared === 0) continue;
    // "This morning she will meet A. In the afternoon she will meet B", "X met A. Afterwards, X met with B": meetings
    // each with someone the other lacks are two meetings of a day's programme, not one said twice.
    // Calls too: "A spoke by phone with B … A and C agreed … during a phone conversation on 2 May" are two calls.
    if (!anaphor && e.kind === d.kind && (e.kind === 'talks' || e.kind === 'phone_call') && otherCounterparts(e, d)) continue;
    // "X will meet A, B and C between today and Friday. On Thursday, X will meet B": one of the meetings a list named,
    // not the list again.
    if (!anaphor && e.kind === 'talks' && d.kind === 'talks' && (e as LeadDraft).several && d.people.length < e.people.length && d.people.every((p) => e.people.some((q) => samePerson(p, q)))) continue;
    // "During his visit, the Secretary General also met Y": "also"/"separately" before the verb is a further meeting,
    // not the one before said again, when it names someone that one did not have.
    if (!anaphor && furtherMeeting(ctx, t) && d.people.some((p) => !e.people.some((q) => samePerson(p, q)))) continue;
    if (!anaphor && d.kind !== 'session' && d.kind !== 'summit' && !e.window !== !d.window && !(e.bodies.length > 0 && d.bodies.length > 0) && e.status !== d.status) continue;
    // Neither dated yet: what was held and what is announced are two occurrences ("I am going to pay a visit to X").
    if (!anaphor && !e.window && !d.window && e.status !== d.status && e.bodies.length === 0 && d.bodies.length === 0) continue;
    // "As part of his three-day visit": of visits that share as many people, the one that lasts as long.
    const long = days > 0 && e.window && width(e.window) + 1 === days ? 5 : 0;
    const score = (sameKind ? 1000 : 0) + shared * 10 + long + (lastTouched.get(e) ?? 0) / 1000;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

const DAY_COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7]]);

/** "his three-day visit", "the two-day official visit": the length written before a trigger, else 0. */
function statedDays(ctx: Context, t: Trigger): number {
  let j = t.tokStart - 1;
  while (j > t.tokStart - 4 && ['official', 'state', 'working', 'friendly'].includes(ctx.tokens[j]?.key ?? '')) j--;
  if (ctx.tokens[j]?.key !== 'day' || ctx.tokens[j - 1]?.text !== '-') return 0;
  const n = ctx.tokens[j - 2];
  return (n?.type === 'num' ? n.value : DAY_COUNTS.get(n?.key ?? '')) ?? 0;
}

/** Two mentions of one named summit or session, dated within three days of each other. */
function sameGathering(e: DraftEvent, d: DraftEvent): boolean {
  if (!e.label || e.label !== d.label || e.kind !== d.kind || (e.kind !== 'summit' && e.kind !== 'session') || !e.window || !d.window) return false;
  const a = toDayNumber(e.window.from) ?? 0;
  const b = toDayNumber(d.window.from) ?? 0;
  return Math.abs(a - b) <= 3;
}

function mergeInto(ctx: Context, e: DraftEvent, d: DraftEvent, anaphor: boolean): void {
  if (d.window && width(d.window) < width(e.window)) {
    e.window = d.window;
    e.timeText = d.timeText;
    e.timeSpan = d.timeSpan;
    e.tentative = d.tentative;
    e.status = d.status;
  } else if (d.window && e.window && d.window.from === e.window.from && d.window.to === e.window.to) {
    e.tentative ||= d.tentative;
  }
  if (e.kind === 'visit' && d.kind === 'talks') e.kind = 'talks';
  // A visit said again keeps what any of its mentions said of it: that it holds more than one meeting.
  if ((d as LeadDraft).own && e.kind === 'visit') (e as LeadDraft).own = true;
  if (e.kind === 'visit') (e as LeadDraft).stayDays = Math.max((e as LeadDraft).stayDays ?? 0, (d as LeadDraft).stayDays ?? 0);
  e.where = finerPlace(ctx, e.where, d.where);
  // A sitting referred back to names its attendees only when the sentence says they attend ("The meeting will be
  // attended by the heads of state …: Presidents X of A, Y of B").
  if (e.kind !== 'session' || !anaphor || attendance(ctx, d)) addPeople(e, d.people);
  for (const b of d.bodies) if (!e.bodies.includes(b)) e.bodies.push(b);
  e.label = e.label ?? d.label;
  for (const sp of d.evidence) if (!e.evidence.some((x) => x.start === sp.start)) e.evidence.push(sp);
  e.personSpans.push(...d.personSpans);
  e.lastSentence = Math.max(e.lastSentence, d.lastSentence);
}

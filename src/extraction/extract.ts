// The public entry point: a readout in, an extraction document out. An ordered list of small pure steps.
import type { Context, PersonRef, Step } from './context.ts';
import { defaultGazetteer } from './gazetteer/default.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import { findCommitments } from './steps/commitments.ts';
import { findListedPeople, joinListedPeople } from './steps/companions.ts';
import { withoutPeopleTalkedAbout } from './steps/talked-about.ts';
import { datelinePlace } from './steps/dateline.ts';
import { assembleEvents } from './steps/events.ts';
import { presentAhead } from './steps/present-ahead.ts';
import { splitListedCalls } from './steps/listed-calls.ts';
import { pairTalks } from './steps/pair-talks.ts';
import { findMentions } from './steps/mentions.ts';
import { hostsMetOnVisit, visitHosts, withoutRepeatedPeople } from './steps/participants.ts';
import { cityOfStay, hostCity, placeOfVisitItems } from './steps/places.ts';
import { findOccurrences } from './steps/occurrences.ts';
import { datedBySequence } from './steps/sequels.ts';
import { attributeQuotes, findQuoteSpans } from './steps/quotes.ts';
import { resolveMentions } from './steps/resolve.ts';
import { formerAndLatter } from './steps/former-latter.ts';
import { readSource } from './steps/source.ts';
import { assignTopics } from './steps/topics.ts';
import { findTriggers } from './steps/triggers.ts';
import { guestsAndHosts } from './steps/guests.ts';
import { speechOccasions } from './steps/speech-setting.ts';
import { tripReturn } from './steps/trips.ts';
import { tripOfStops } from './steps/trip-stops.ts';
import { multiStopTrips } from './steps/multi-stop.ts';
import { arrivedOnVisit, listedStops, precededStops, tripSpan, visitItems } from './steps/trip-lists.ts';
import { visitDays } from './steps/programme.ts';
import { arrivalStay } from './steps/arrival-stay.ts';
import { arrivalClauseItems } from './steps/arrival-clause.ts';
import { visitProgramme } from './steps/visit-programme.ts';
import { splitListedMeetings } from './steps/listed-meetings.ts';
import { meetingOfGathering } from './steps/anaphora.ts';
import { placeOfTheDay } from './steps/meeting-sequence.ts';
import { pronounSubjects } from './steps/pronoun-subjects.ts';
import { followOnItems } from './steps/follow-on.ts';
import { dropSinceTimes } from './steps/frames.ts';
import { gatheringsDuringVisit } from './steps/gatherings.ts';
import { referToLastEvent } from './steps/event-nouns.ts';
import { duringVisit, followedBy, lastInstance, pluralGatherings, refineWeeks, relativeClauseTime, visitDuration } from './steps/refine.ts';
import { isIsoDate } from './time/calendar.ts';
import { scanTimes } from './time/expressions.ts';
import { splitHeader } from './text/header.ts';
import { normalise } from './text/normalise.ts';
import { splitSentences } from './text/sentences.ts';
import { tokenise } from './text/tokens.ts';
import type { ExtractedEvent, ExtractionDocument, Participant } from './types.ts';

export interface ExtractOptions {
  /** ISO date overriding the `published` header. */
  reference?: string;
  gazetteer?: Gazetteer;
}

const tokens: Step = (ctx) => {
  ctx.tokens = tokenise(ctx.text);
};
const sentences: Step = (ctx) => {
  ctx.sentences = splitSentences(ctx.text, ctx.tokens);
  ctx.sentenceOf = new Int32Array(ctx.tokens.length);
  ctx.sentences.forEach((s, i) => ctx.sentenceOf.fill(i, s.tokStart, s.tokEnd));
};
const times: Step = (ctx) => {
  ctx.times = scanTimes(ctx.tokens, ctx.reference);
};
const markQuotedTriggers: Step = (ctx) => {
  let q = 0;
  for (const t of ctx.triggers) {
    while (q < ctx.quotes.length && (ctx.quotes[q]?.end ?? 0) <= t.start) q++;
    const quote = ctx.quotes[q];
    if (quote && quote.start <= t.start && t.end <= quote.end) t.quoted = true;
  }
};

/** The steps, in order. Each reads what the ones before it left in the context. */
export const STEPS: readonly Step[] = [
  readSource, tokens, sentences, findQuoteSpans, times, dropSinceTimes, findMentions, resolveMentions, attributeQuotes, formerAndLatter,
  findTriggers, markQuotedTriggers, findListedPeople, meetingOfGathering, referToLastEvent, assembleEvents, presentAhead, refineWeeks, duringVisit, relativeClauseTime, visitDuration, arrivedOnVisit, tripReturn, visitProgramme, visitDays, arrivalStay, arrivalClauseItems, gatheringsDuringVisit, followedBy, pluralGatherings, lastInstance, splitListedCalls, splitListedMeetings, pairTalks, findOccurrences, datedBySequence, speechOccasions, datelinePlace, cityOfStay, hostCity, pronounSubjects, followOnItems, visitHosts, guestsAndHosts, placeOfVisitItems, placeOfTheDay, joinListedPeople, withoutPeopleTalkedAbout, hostsMetOnVisit, multiStopTrips, tripOfStops, precededStops, listedStops, visitItems, tripSpan, assignTopics, findCommitments,
];

export function extract(text: string, options: ExtractOptions = {}): ExtractionDocument {
  const { header, body } = splitHeader(typeof text === 'string' ? text : '');
  const published = header.published && isIsoDate(header.published) ? header.published : null;
  const reference = options.reference && isIsoDate(options.reference) ? options.reference : published;
  const ctx: Context = {
    body,
    text: normalise(body),
    header,
    reference,
    gazetteer: options.gazetteer ?? defaultGazetteer(),
    home: null,
    agencies: [],
    tokens: [],
    sentences: [],
    sentenceOf: new Int32Array(0),
    quotes: [],
    times: [],
    mentions: [],
    triggers: [],
    events: [],
    commitments: [],
  };
  for (const step of STEPS) step(ctx);
  return toDocument(ctx, published);
}

/** The fullest spelling the text gives for a gazetteer person, else the gazetteer's own. */
function namer(ctx: Context): (ref: PersonRef) => string {
  const best = new Map<number, string>();
  for (const m of ctx.mentions) {
    if (m.kind !== 'person') continue;
    const p = m.people[0];
    if (!p || p.person < 0) continue;
    const cur = best.get(p.person);
    const words = (s: string): number => {
      let n = 1;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c === 32 || c === 45 || c === 10) && i > 0 && s.charCodeAt(i - 1) !== 32 && s.charCodeAt(i - 1) !== 45) n++;
      }
      return n;
    };
    if (!cur || words(m.surface) > words(cur) || (words(m.surface) === words(cur) && m.surface.length > cur.length)) best.set(p.person, m.surface.replace(/'s$|’s$/, ''));
  }
  return (ref) => (ref.person >= 0 ? (best.get(ref.person) ?? ctx.gazetteer.people[ref.person]?.name ?? ref.name) : ref.name);
}

function toDocument(ctx: Context, published: string | null): ExtractionDocument {
  const name = namer(ctx);
  const g = ctx.gazetteer;
  const fromRef = (s: string): string => (s.startsWith('#') ? name({ person: Number(s.slice(1)), name: s, role: null, country: null }) : s);
  const participant = (ref: PersonRef, date: string | null): Participant => {
    const person = ref.person >= 0 ? g.people[ref.person] : undefined;
    const pos = person ? g.positionOn(person, date) : null;
    return { name: name(ref), role: ref.role ?? pos?.role ?? null, country: ref.country ?? (pos ? pos.country : null) };
  };
  const events: ExtractedEvent[] = ctx.events
    .slice()
    .sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0))
    .map((e) => ({
      kind: e.kind,
      status: e.status,
      when: e.window
        ? { from: e.window.from, to: e.window.to, precision: e.window.precision, tentative: e.tentative, text: e.timeText }
        : { from: null, to: null, precision: 'unknown', tentative: false, text: e.timeText },
      where: e.where,
      participants: withoutRepeatedPeople(ctx, e.people).map((p) => participant(p, e.window?.from ?? ctx.reference)),
      bodies: e.bodies.map((b) => g.bodies[b]?.name ?? '').filter((b) => b.length > 0),
      topics: [...e.topics],
      evidence: e.evidence,
      spans: { when: e.timeSpan, participants: e.personSpans },
    }));
  return {
    schema: 'accord.extraction/v1',
    source: { title: ctx.header.title, published, agencies: ctx.agencies },
    events,
    commitments: ctx.commitments.map((c) => ({ ...c, by: c.by.map(fromRef) })),
    quotes: ctx.quotes.map((q) => ({ speaker: q.speaker ? fromRef(q.speaker) : null, text: q.text, start: q.start, end: q.end })),
  };
}

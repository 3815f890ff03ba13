// Two generic error classes of dating, shown by invented sentences (our own people, places, dates and wording):
// - a time set off by commas between an auxiliary and its verb ("will, on Tuesday, hold talks", "will on Monday,
//   15th March, 2027, begin a visit", "had on Friday, May 10, held talks") dates that verb's occurrence, whatever
//   commas surround it and whatever commas it holds;
// - a return from a visit of N days ("returned from a three-day visit on Saturday", "is back from a two-day visit")
//   says the return day is the visit's last: the N days are counted back from it, not forward.
// Negative rows are what must not change: a comma that closes another clause, a time inside a clause between the
// auxiliary and the verb, a subject that is itself the occurrence, lengths counted from an arrival or a start.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { EventKind, ExtractionDocument } from '../types.ts';

interface Row {
  about: string;
  /** Publication day (the reference date). */
  published: string;
  text: string;
  /** The window of the first event of each kind, "from..to" ("?..?" when undated). */
  when?: Partial<Record<EventKind, string>>;
  /** The status of the first event of each kind. */
  status?: Partial<Record<EventKind, string>>;
  /** Kinds no event may have. */
  none?: EventKind[];
  /** The first talks lie within the first visit. */
  talksWithinVisit?: boolean;
  known?: string;
}

const span = (e: ExtractionDocument['events'][number] | undefined): string => (e ? `${e.when.from ?? '?'}..${e.when.to ?? '?'}` : 'none');

function problems(d: ExtractionDocument, r: Row): string[] {
  const out: string[] = [];
  const first = (k: EventKind): ExtractionDocument['events'][number] | undefined => d.events.find((e) => e.kind === k);
  for (const [kind, want] of Object.entries(r.when ?? {})) {
    const got = span(first(kind as EventKind));
    if (got !== want) out.push(`${kind} ${got} (want ${want})`);
  }
  for (const [kind, want] of Object.entries(r.status ?? {})) if (first(kind as EventKind)?.status !== want) out.push(`${kind} ${first(kind as EventKind)?.status ?? 'none'} (want ${want})`);
  for (const kind of r.none ?? []) if (first(kind)) out.push(`has a ${kind}`);
  if (r.talksWithinVisit) {
    const t = first('talks');
    const v = first('visit');
    if (!t || !v || !t.when.from || !t.when.to || !v.when.from || !v.when.to || t.when.from < v.when.from || t.when.to > v.when.to) out.push(`talks ${span(t)} not within visit ${span(v)}`);
  }
  if (out.length === 0) return [];
  return [...out, `(${d.events.map((e) => `${e.kind}/${e.status} ${span(e)}`).join('; ') || 'no events'})`];
}

const BRACKETED: Row[] = [
  {
    about: '"will, on <day>, hold talks"',
    published: '2027-03-14',
    text: 'Prime Minister Ilse Brandt will, on Thursday, hold talks with President Tomas Varga in Vienna.',
    when: { talks: '2027-03-18..2027-03-18' },
  },
  {
    about: '"is, on <day>, expected to meet"',
    published: '2031-10-05',
    text: 'Foreign Minister Rafael Ortiz is, on Wednesday, expected to meet Foreign Minister Lena Holm in Stockholm.',
    when: { talks: '2031-10-08..2031-10-08' },
  },
  {
    about: '"will on <day>, <date>, travel": the time holds a comma',
    published: '2027-03-14',
    text: 'President Mirela Costa will on Friday, 19 March, travel to Lisbon.',
    when: { visit: '2027-03-19..2027-03-19' },
  },
  {
    about: '"will on <day>, <date>, <year>, begin a three-day visit": the length counts from that day',
    published: '2027-03-14',
    text: 'The President of Slovenia, Karel Novak, will on Monday, 15th March, 2027, begin a three-day state visit to Croatia.',
    when: { visit: '2027-03-15..2027-03-17' },
  },
  {
    about: '"had on <day>, <month day>, held talks": past perfect',
    published: '2025-06-22',
    text: 'Chancellor Ivo Rask had on Tuesday, June 17, held talks with Prime Minister Sara Lind in Tallinn.',
    when: { talks: '2025-06-17..2025-06-17' },
  },
  {
    about: '"would, on <date>, pay a visit", reported speech after it',
    published: '2023-11-18',
    text: 'Prime Minister Aiko Tanabe would, on 27 November, pay an official visit to Canada, the ministry said.',
    when: { visit: '2023-11-27..2023-11-27' },
  },
  {
    about: '"was, on <day>, <date>, received by": passive',
    published: '2031-10-05',
    text: 'President Joana Mendes was, on Thursday, 2 October, received by King Harald in Oslo.',
    when: { talks: '2031-10-02..2031-10-02' },
  },
  {
    about: '"will also, on <day>, <date>, <year>, hold a telephone conversation": an adverb after the auxiliary',
    published: '2025-06-22',
    text: 'The Prime Minister of Portugal, Rui Tavares, will also, on Monday, 30 June, 2025, hold a telephone conversation with President Amara Diallo.',
    when: { phone_call: '2025-06-30..2025-06-30' },
  },
  {
    about: '"said that, on <day>, X will hold talks": a reported clause opened by a time set off by commas',
    published: '2027-03-14',
    text: 'The President said that, on Friday, Chancellor Maria Lenz will hold talks with Prime Minister Oskar Dahl.',
    when: { talks: '2027-03-19..2027-03-19' },
  },
  {
    about: '"shall, on <date>, convene a summit"',
    published: '2031-10-05',
    text: 'The leaders of the Nordic Council shall, on 14 November, convene a summit in Reykjavik.',
    when: { summit: '2031-11-14..2031-11-14' },
  },
  {
    about: '"held, on <day>, talks with": a time between a light verb and the occurrence it is the object of',
    published: '2027-03-17',
    text: 'President Mirela Costa held, on Monday, talks with Chancellor Ilse Brandt in Lisbon.',
    when: { talks: '2027-03-15..2027-03-15' },
  },
  {
    about: '"had, <day>, a telephone conversation with"',
    published: '2027-03-17',
    text: 'King Tomas Varga had, Tuesday, a telephone conversation with Prime Minister Rafael Ortiz.',
    when: { phone_call: '2027-03-16..2027-03-16' },
  },
  {
    about: '"paid, on <date>, an official visit to"',
    published: '2027-03-17',
    text: 'Foreign Minister Lena Holm paid, on 12 March, an official visit to Estonia.',
    when: { visit: '2027-03-12..2027-03-12' },
  },
];

const RETURNS: Row[] = [
  {
    about: '"returned from a four-day visit … on <day>"',
    published: '2027-03-14',
    text: 'Prime Minister Hanna Berg returned from a four-day official visit to Japan on Sunday.',
    when: { visit: '2027-03-11..2027-03-14' },
  },
  {
    about: '"returned home on <day> from a two-day visit"',
    published: '2027-03-14',
    text: 'President Marco Silva returned home on Friday from a two-day working visit to Angola.',
    when: { visit: '2027-03-11..2027-03-12' },
  },
  {
    about: '"came back on <day> from a three-day visit"',
    published: '2031-10-05',
    text: 'Chancellor Petra Voss came back on Thursday from a three-day visit to India.',
    when: { visit: '2031-09-30..2031-10-02' },
  },
  {
    about: '"returned home on <day> after a three-day visit, where he held talks": the visit, and the talks within it',
    published: '2027-03-14',
    text: 'Prime Minister Nils Aaberg returned home on Saturday after a three-day state visit to Chile, where he held talks with President Rosa Ibarra.',
    when: { visit: '2027-03-11..2027-03-13' },
    talksWithinVisit: true,
  },
  {
    about: '"returned from a three-day visit on <day>. While there, she held talks": the talks of the next sentence lie within it',
    published: '2031-10-05',
    text: 'Chancellor Petra Voss returned from a three-day state visit to Kenya on Saturday. While there, she held talks with President Amos Kariuki.',
    when: { visit: '2031-10-02..2031-10-04' },
    talksWithinVisit: true,
  },
  {
    about: '"is back from a two-day visit": ends on the reference day',
    published: '2025-06-22',
    text: 'President Yusuf Demir is back from a two-day visit to Oman.',
    when: { visit: '2025-06-21..2025-06-22' },
  },
  {
    about: '"has returned from a three-day visit": ends on the reference day',
    published: '2023-11-18',
    text: 'President Salma Idris has returned from a three-day state visit to Qatar.',
    when: { visit: '2023-11-16..2023-11-18' },
  },
  {
    about: '"arrived back home on <day> from a five-day tour"',
    published: '2025-06-22',
    text: 'President Ruth Okafor arrived back home on Saturday from a five-day tour of Brazil.',
    when: { visit: '2025-06-17..2025-06-21' },
  },
  {
    about: '"flew back to <city> on <day> from a two-day visit"',
    published: '2031-10-05',
    text: 'Prime Minister Elif Kaya flew back to Ankara on Friday from a two-day visit to Baku.',
    when: { visit: '2031-10-02..2031-10-03' },
  },
];

const UNCHANGED: Row[] = [
  {
    about: 'negative: "had, on Monday, promised that talks …" dates no talks (a clause, not an object)',
    published: '2027-03-17',
    text: 'President Mirela Costa had, on Monday, promised that talks with Chancellor Ilse Brandt would take place in May.',
    when: { talks: '2027-05-01..2027-05-31' },
  },
  {
    about: '"will, however, meet … on <day>": a comma pair around an adverb, not a time',
    published: '2027-03-14',
    text: 'President Lucia Moreno will, however, meet Prime Minister Oskar Dahl in Madrid on Friday.',
    when: { talks: '2027-03-19..2027-03-19' },
  },
  {
    about: 'a time inside a clause between the auxiliary and the verb dates that clause\'s occurrence',
    published: '2027-03-14',
    text: 'Chancellor Maria Lenz will, after talks with Prime Minister Oskar Dahl on Thursday, fly to Oslo.',
    when: { talks: '2027-03-18..2027-03-18' },
  },
  {
    about: '"had on <day>, <date>, said that he would hold talks … in April": the bracketed verb is the saying',
    published: '2027-03-14',
    text: 'President Andrej Horvat had on Friday, 12 March, said that he would hold talks with Chancellor Maria Lenz in April.',
    when: { talks: '2027-04-01..2027-04-30' },
  },
  {
    about: '"The visit will, on <day>, include a meeting": the subject is the occurrence',
    published: '2027-03-14',
    text: 'The visit will, on Tuesday, include a meeting with Prime Minister Oskar Dahl.',
    when: { talks: '2027-03-16..2027-03-16' },
  },
  {
    about: '"who returned from <place> on <day>, will on <day> hold talks": no comma, no change',
    published: '2027-03-14',
    text: 'President Andrej Horvat, who returned from Ghana on Monday, will on Friday hold talks with Chancellor Maria Lenz.',
    when: { talks: '2027-03-19..2027-03-19' },
  },
  {
    about: '"will on <date> begin a two-day visit" without commas',
    published: '2027-03-14',
    text: 'President Karel Novak will on 15 March begin a two-day visit to Austria.',
    when: { visit: '2027-03-15..2027-03-16' },
  },
  {
    about: '"will begin a three-day visit … on <day>": counted forward from the start',
    published: '2027-03-14',
    text: 'President Andrej Horvat will begin a three-day state visit to Ghana on Monday.',
    when: { visit: '2027-03-15..2027-03-17' },
  },
  {
    about: '"arrived … on <day> for a three-day visit": counted forward from the arrival',
    published: '2027-03-14',
    text: 'President Andrej Horvat arrived in Accra on Tuesday for a three-day state visit.',
    when: { visit: '2027-03-09..2027-03-11' },
  },
  {
    about: '"will leave on <day> for a two-day visit": a departure, counted forward',
    published: '2027-03-14',
    text: 'Prime Minister Ines Kovac will leave on Friday for a two-day visit to Rome.',
    when: { visit: '2027-03-19..2027-03-20' },
  },
  {
    about: '"returned to <city> on <day> to begin a three-day visit": the visit starts on the return',
    published: '2027-03-14',
    text: 'President Andrej Horvat returned to Accra on Monday to begin a three-day state visit.',
    when: { visit: '2027-03-08..2027-03-10' },
  },
  {
    about: '"returned from a three-day visit … last month": a month is left as written',
    published: '2027-03-14',
    text: 'President Andrej Horvat returned from a three-day state visit to Ghana last month.',
    when: { visit: '2027-02-01..2027-02-28' },
  },
  {
    about: '"returned from <city>, where she had spent three days, on <day>": no visit of N days',
    published: '2027-03-14',
    text: 'Prime Minister Ines Kovac returned from Paris, where she had spent three days, on Monday.',
    none: ['visit'],
  },
  {
    about: '"will, on her return from a two-day visit, hold talks": the noun "return" names a time to come',
    published: '2027-03-14',
    text: 'Prime Minister Ines Kovac will, on her return from a two-day visit to Japan, hold talks with President Andrej Horvat.',
    when: { talks: '?..?' },
    status: { talks: 'upcoming' },
  },
  {
    about: '"will return home on <day> after a three-day visit": already counted back',
    published: '2027-03-14',
    text: 'Prime Minister Ines Kovac will return home on Friday after a three-day visit to Ghana.',
    when: { visit: '2027-03-17..2027-03-19' },
  },
];

const run = (rows: Row[]): void => {
  for (const r of rows) {
    (r.known ? it.fails : it)(r.known ? `${r.about} (known: ${r.known})` : r.about, () => {
      expect(problems(extractReadout(r.published, r.text), r)).toEqual([]);
    });
  }
};

describe('a time set off by commas between an auxiliary and its verb dates that verb\'s occurrence', () => run(BRACKETED));
describe('a return from a visit of N days ends the visit on the return day', () => run(RETURNS));
describe('what the two rules leave alone', () => run(UNCHANGED));

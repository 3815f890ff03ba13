// What a visit's programme absorbs from the sentences told after it. A meeting the text sets apart from the visit
// before it (a sentence opening "Separately,", "Meanwhile,", "In other news,"), placed in another city or state than
// the visit, dated on its own outside it, of another subject, or on another trip ("Next month she will also travel to
// …") is no item of the visit: it takes neither the visit's day nor its place, and lends the visit neither its
// counterpart nor its own place. Real programme items ("During the visit she will also meet …", "In <the visit's
// city>, she will also meet …", "The programme includes talks with …") keep the visit's day and place.
// Invented readouts (leaders, states, cities, dates, wording). Written before the rules: then 7 of 23 negatives and 10 of
// 12 positives passed (the 2 others marked known, read so by other steps); now 23 of 23 and 10 of 12.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractedEvent, ExtractionDocument } from '../types.ts';

interface Row {
  about: string;
  date: string;
  text: string;
  /** A word of the visit's host's name, and what every event with the host must read: status, window, place. */
  host: string;
  visit: string;
  /** A word of the name of the one met in the later sentence, and that meeting's window and place. */
  other: string;
  meeting: string;
  /** Still missed: runs as an expected failure, and turns the suite red once fixed. */
  known?: string;
}

const when = (e: ExtractedEvent): string => `${e.when.from ?? '-'}${e.when.to !== e.when.from ? `..${e.when.to ?? '-'}` : ''}`;
const has = (e: ExtractedEvent, word: string): boolean => e.participants.some((p) => p.name.split(/\s+/).includes(word));

/** The events with the host, and the one(s) with the other person, each as "status window place" (the latter without status). */
function read(d: ExtractionDocument, row: Row): { visit: string[]; meeting: string[]; mixed: number } {
  const visit = d.events.filter((e) => has(e, row.host)).map((e) => `${e.status} ${when(e)} ${e.where ?? '-'}`);
  const meeting = d.events.filter((e) => has(e, row.other) && !has(e, row.host)).map((e) => `${when(e)} ${e.where ?? '-'}`);
  const mixed = d.events.filter((e) => has(e, row.host) && has(e, row.other)).length;
  return { visit: [...new Set(visit)], meeting: [...new Set(meeting)], mixed };
}

/** A meeting apart shares no event with the host; an item may (the visit with its programme lists everyone). */
function check(row: Row, apart: boolean): void {
  const got = read(extractReadout(row.date, row.text), row);
  expect({ visit: got.visit, meeting: got.meeting, mixed: apart ? got.mixed : 0 }).toEqual({ visit: [row.visit], meeting: [row.meeting], mixed: 0 });
}

const PUB = '2027-04-20';
const VISIT = 'President Ilona Sarkane of Latvia will visit Lisbon on 5 May for talks with Prime Minister Rui Caldas.';
const TRAVEL = 'President Ilona Sarkane of Latvia will travel to Lisbon on 5 May for talks with Prime Minister Rui Caldas.';
const DAYS = 'President Ilona Sarkane of Latvia will pay an official visit to Lisbon on 5-6 May, where she will hold talks with Prime Minister Rui Caldas.';
const UPCOMING = 'upcoming 2027-05-05 Lisbon';
const UPCOMING_DAYS = 'upcoming 2027-05-05..2027-05-06 Lisbon';

const NEGATIVES: Row[] = [
  {
    about: '"Separately, she will meet <office>, <name>, in <city of another state>" after "will visit <city> on <day> for talks"',
    date: PUB, text: `${VISIT} Separately, she will meet the Prime Minister of Lithuania, Jurgis Balcius, in Vilnius.`,
    host: 'Caldas', visit: UPCOMING, other: 'Balcius', meeting: '- Vilnius',
  },
  {
    about: '"Separately, she will meet <name>" with no place: told apart, no day of the visit',
    date: PUB, text: `${TRAVEL} Separately, she will meet Chancellor Lena Auer of Austria.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '- -',
  },
  {
    about: '"Meanwhile, she will hold talks with <name> in <city>"',
    date: PUB, text: `${TRAVEL} Meanwhile, she will hold talks with President Kaarel Tamm of Estonia in Tallinn.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tamm', meeting: '- Tallinn',
  },
  {
    about: '"Meanwhile, <traveller> is to meet <name>" with no place',
    date: PUB, text: `${TRAVEL} Meanwhile, Sarkane is to meet the President of Estonia, Kaarel Tamm.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tamm', meeting: '- -',
  },
  {
    about: '"In other news, the President will meet <name> in <city>"',
    date: PUB, text: `${TRAVEL} In other news, the President will meet Chancellor Lena Auer of Austria in Vienna.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '- Vienna',
  },
  {
    about: '"Elsewhere, she will also meet <name>"',
    date: PUB, text: `${TRAVEL} Elsewhere, she will also meet Prime Minister Jurgis Balcius of Lithuania.`,
    host: 'Caldas', visit: UPCOMING, other: 'Balcius', meeting: '- -',
  },
  {
    about: '"In a separate development, she will meet <name> in <city>"',
    date: PUB, text: `${TRAVEL} In a separate development, she will meet Prime Minister Jurgis Balcius of Lithuania in Vilnius.`,
    host: 'Caldas', visit: UPCOMING, other: 'Balcius', meeting: '- Vilnius',
  },
  {
    about: 'a visit of two days, then "Separately, she will meet <name> in <city>"',
    date: PUB, text: `${DAYS} Separately, she will meet the President of Estonia, Kaarel Tamm, in Tallinn.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tamm', meeting: '- Tallinn',
  },
  {
    about: '"She will also meet <name> in <city of another state>" (no adverb): not in the visit\'s city',
    date: PUB, text: `${TRAVEL} She will also meet Chancellor Lena Auer of Austria in Vienna.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '- Vienna',
  },
  {
    about: '"She will also hold talks with <name> in <another city of the visit\'s state>"',
    date: PUB, text: `${TRAVEL} She will also hold talks with Mayor Ana Freitas in Porto.`,
    host: 'Caldas', visit: UPCOMING, other: 'Freitas', meeting: '- Porto',
  },
  {
    about: 'a visit of two days, then "She will meet <name> in <city of another state>"',
    date: PUB, text: `${DAYS} She will meet the Prime Minister of Spain, Carmen Ruiz, in Madrid.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Ruiz', meeting: '- Madrid',
  },
  {
    about: '"She will meet <name> on <a day of its own>": dated on its own, outside the visit',
    date: PUB, text: `${TRAVEL} She will meet Chancellor Lena Auer of Austria on 20 June.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '2027-06-20 -',
  },
  {
    about: 'a dated meeting elsewhere, then another: neither is of the visit',
    date: PUB, text: `${TRAVEL} On 12 May she will hold talks with President Kaarel Tamm of Estonia in Tallinn.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tamm', meeting: '2027-05-12 Tallinn',
  },
  {
    about: '"Next month she will also travel to <city> for talks with <name>": another trip',
    date: PUB, text: `${TRAVEL} Next month she will also travel to Vienna for talks with Chancellor Lena Auer.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '2027-05-01..2027-05-31 Vienna',
  },
  {
    about: '"Later in June, she is to travel to <city>, where she will meet <name>": another trip',
    date: PUB, text: `${TRAVEL} In June, she is to travel to Vilnius, where she will meet Prime Minister Jurgis Balcius.`,
    host: 'Caldas', visit: UPCOMING, other: 'Balcius', meeting: '2027-06-01..2027-06-30 Vilnius',
  },
  {
    about: 'another subject: "Foreign Minister <name> will meet <name>" after the President\'s visit',
    date: PUB, text: `${TRAVEL} Foreign Minister Edgars Lacis will meet Foreign Minister Mari Kask of Estonia in Tallinn.`,
    host: 'Caldas', visit: UPCOMING, other: 'Kask', meeting: '- Tallinn',
  },
  {
    about: 'another subject, no place: "Prime Minister <name> will meet <name>"',
    date: PUB, text: `${TRAVEL} Prime Minister Edgars Lacis will meet Chancellor Lena Auer of Austria.`,
    host: 'Caldas', visit: UPCOMING, other: 'Auer', meeting: '- -',
  },
  {
    about: 'held visit, then "Separately, on <day> she met <name> in <city>"',
    date: '2027-05-10', text: 'President Ilona Sarkane of Latvia visited Lisbon on 5 May for talks with Prime Minister Rui Caldas. Separately, on 7 May she met President Kaarel Tamm of Estonia in Tallinn.',
    host: 'Caldas', visit: 'held 2027-05-05 Lisbon', other: 'Tamm', meeting: '2027-05-07 Tallinn',
  },
  {
    about: 'held visit, then "Meanwhile, she met <name> in <city of another state>"',
    date: '2027-05-10', text: 'President Ilona Sarkane of Latvia visited Lisbon on 5 May for talks with Prime Minister Rui Caldas. Meanwhile, she met Prime Minister Jurgis Balcius in Vilnius.',
    host: 'Caldas', visit: 'held 2027-05-05 Lisbon', other: 'Balcius', meeting: '- Vilnius',
  },
  {
    about: 'a visit to a state, then "Separately, she will hold talks with <name> in <city of another state>"',
    date: PUB, text: 'Prime Minister Tor Hellum of Norway will travel to Portugal on 5 May for talks with Prime Minister Rui Caldas. Separately, he will hold talks with Chancellor Lena Auer in Vienna.',
    host: 'Caldas', visit: 'upcoming 2027-05-05 Portugal', other: 'Auer', meeting: '- Vienna',
  },
  {
    about: 'a programme item, then "Separately, she will meet <name> in <city>": the item stays, the meeting apart does not join',
    date: PUB, text: `${DAYS} During the visit she will also meet Speaker of Parliament Joana Tavares. Separately, she will meet the Prime Minister of Spain, Carmen Ruiz, in Madrid.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Ruiz', meeting: '- Madrid',
  },
  {
    about: '"will visit <city> on <day>" (the noun as a verb) and "Separately, she will meet <name> in <city>"',
    date: PUB, text: 'Prime Minister Tor Hellum of Norway will visit Valletta on 5 May for talks with Prime Minister Paul Borg. Separately, he will meet Chancellor Lena Auer in Vienna.',
    host: 'Borg', visit: 'upcoming 2027-05-05 Valletta', other: 'Auer', meeting: '- Vienna',
  },
  {
    about: 'the visit\'s sentence ends in an abbreviation ("… Rui Caldas Jr. Separately, she will meet …"): two sentences',
    date: PUB, text: 'President Ilona Sarkane of Latvia will travel to Lisbon on 5 May for talks with Prime Minister Rui Caldas Jr. Separately, she will meet Prime Minister Jurgis Balcius of Lithuania in Vilnius.',
    host: 'Caldas', visit: UPCOMING, other: 'Balcius', meeting: '- Vilnius',
  },
];

const POSITIVES: Row[] = [
  {
    about: '"During the visit she will also meet the Speaker of Parliament, <name>"',
    date: PUB, text: `${TRAVEL} During the visit she will also meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
  {
    about: '"In <the visit\'s city>, she will also meet <name>"',
    date: PUB, text: `${TRAVEL} In Lisbon, she will also meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
  {
    about: '"She will also meet <name>" with no place or day: an item of the visit',
    date: PUB, text: `${TRAVEL} She will also meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
  {
    about: '"She will also hold talks with <name> in <the visit\'s city>"',
    date: PUB, text: `${TRAVEL} She will also hold talks with President Joana Tavares in Lisbon.`,
    host: 'Caldas', visit: UPCOMING, other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
  {
    about: 'a visit of two days, "She will also meet <name>"',
    date: PUB, text: `${DAYS} She will also meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-05..2027-05-06 Lisbon',
  },
  {
    about: 'a visit of two days, "The programme includes talks with <name>"',
    known: 'the talks a programme lists are read as the talks the visit was made for (the assembly merges them with the host\'s), before these rules and unchanged by them',
    date: PUB, text: `${DAYS} The programme includes talks with Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-05..2027-05-06 Lisbon',
  },
  {
    about: 'a visit of two days, "On the second day, she will meet <name>"',
    date: PUB, text: `${DAYS} On the second day, she will meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-06 Lisbon',
  },
  {
    about: 'a visit of two days, "In Lisbon, she will also meet <name>"',
    date: PUB, text: `${DAYS} In Lisbon, she will also meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-05..2027-05-06 Lisbon',
  },
  {
    about: 'a visit to a state, "She will also meet <name> in <a city of that state>"',
    known: 'the item keeps the visit\'s days and its own city, but places.ts gives that city to the host\'s talks placed only in the state (as "She will hold talks with Y in Tbilisi" places the other items of a visit to Georgia, pronoun-subjects.test.ts)',
    date: PUB, text: 'Prime Minister Tor Hellum of Norway will pay an official visit to Portugal on 5-6 May, where he will hold talks with Prime Minister Rui Caldas. He will also meet Mayor Ana Freitas in Porto.',
    host: 'Caldas', visit: 'upcoming 2027-05-05..2027-05-06 Portugal', other: 'Freitas', meeting: '2027-05-05..2027-05-06 Porto',
  },
  {
    about: '"As part of the visit, she will meet <name>"',
    date: PUB, text: `${DAYS} As part of the visit, she will meet Speaker of Parliament Joana Tavares.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-05..2027-05-06 Lisbon',
  },
  {
    about: 'held: "She also met <name>" after a visit made for talks',
    date: '2027-05-10', text: 'President Ilona Sarkane of Latvia visited Lisbon on 5 May for talks with Prime Minister Rui Caldas. She also met Speaker of Parliament Joana Tavares.',
    host: 'Caldas', visit: 'held 2027-05-05 Lisbon', other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
  {
    about: '"She will also meet <name> on 5 May" (the visit\'s own day written again)',
    date: PUB, text: `${DAYS} She will also meet President Joana Tavares on 5 May.`,
    host: 'Caldas', visit: UPCOMING_DAYS, other: 'Tavares', meeting: '2027-05-05 Lisbon',
  },
];

describe('a meeting told apart from the visit before it is no item of that visit', () => {
  for (const row of NEGATIVES) (row.known ? it.fails : it)(`${row.about}${row.known ? ` (known: ${row.known})` : ''}`, () => check(row, true));
});

describe('the items of a visit\'s programme keep its day and place', () => {
  for (const row of POSITIVES) (row.known ? it.fails : it)(`${row.about}${row.known ? ` (known: ${row.known})` : ''}`, () => check(row, false));
});

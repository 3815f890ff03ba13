// An arrival (or a stay) told as done, followed in its sentence by a clause of what the traveller will do there
// ("has arrived in X, where she will hold talks with Y", "landed in X ahead of talks with Y", "arrived in X for a
// two-day visit during which he will meet Y"): the visit is an occurrence of its own, held, and the meeting to come
// is an item of it, in its window when the clause writes no time. Negative rows are what must not change: an arrival
// of no leader, a "where" clause of no meeting, a visit made for talks (one event, GUIDELINES.md), a "where" after
// talks. Invented readouts; a row still wrong is `known` with the reason and runs as an expected failure.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import { samePerson } from '../participant-check.ts';
import type { EventKind, EventStatus, ExtractionDocument } from '../types.ts';

interface Want {
  kind: EventKind;
  status?: EventStatus;
  from?: string;
  to?: string;
  where?: string;
  people?: string[];
}

interface Row {
  about: string;
  published: string;
  text: string;
  /** Events that must be found (each by its kind and the fields given). */
  want?: Want[];
  /** Kinds no event may have. */
  none?: EventKind[];
  known?: string;
}

const show = (d: ExtractionDocument): string =>
  d.events.map((e) => `${e.kind}/${e.status} ${e.when.from ?? '?'}..${e.when.to ?? '?'} ${e.where ?? '-'} [${e.participants.map((p) => p.name).join(', ')}]`).join('; ') || 'none';

function problems(d: ExtractionDocument, r: Row): string[] {
  const out: string[] = [];
  for (const w of r.want ?? []) {
    const hit = d.events.some(
      (e) =>
        e.kind === w.kind &&
        (w.status === undefined || e.status === w.status) &&
        (w.from === undefined || e.when.from === w.from) &&
        (w.to === undefined || e.when.to === w.to) &&
        (w.where === undefined || e.where?.toLowerCase() === w.where.toLowerCase()) &&
        (w.people ?? []).every((n) => e.participants.some((p) => samePerson(p.name, n))),
    );
    if (!hit) out.push(`no ${w.kind}/${w.status ?? '*'} ${w.from ?? '*'}..${w.to ?? '*'} ${w.where ?? '*'} [${(w.people ?? []).join(', ')}]`);
  }
  for (const k of r.none ?? []) if (d.events.some((e) => e.kind === k)) out.push(`has a ${k}`);
  return out.length > 0 ? [...out, `(${show(d)})`] : [];
}

/** A positive row: a visit held and talks to come; windows written "from..to" ("from.." leaves the last day unchecked). */
interface ArrivalCase {
  about: string;
  published: string;
  text: string;
  where: string;
  visit: string;
  talks: string;
  /** The traveller, then the host; the host is checked among the visit's people when `hostInVisit`. */
  people: [string, string];
  hostInVisit?: boolean;
}

function arrivalRow(c: ArrivalCase): Row {
  const [from, to] = c.visit.split('..');
  const [talksFrom, talksTo] = c.talks.split('..');
  return {
    about: c.about,
    published: c.published,
    text: c.text,
    want: [
      { kind: 'visit', status: 'held', from, ...(to ? { to } : {}), where: c.where, people: c.hostInVisit ? c.people : [c.people[0]] },
      { kind: 'talks', status: 'upcoming', from: talksFrom, to: talksTo, people: c.people },
    ],
  };
}

const POSITIVES: Row[] = (
  [
    { about: '"has arrived in <country> where she will hold talks with Y"', published: '2031-03-04', where: 'Lithuania', visit: '2031-03-04..2031-03-04', talks: '2031-03-04..2031-03-04', people: ['Tomas Berg', 'Rasa Vaitkute'], hostInVisit: true,
      text: 'Prime Minister Tomas Berg has arrived in Lithuania where he will hold talks with Lithuanian President Rasa Vaitkute.' },
    { about: '"has arrived in <city>, where she will hold talks with Y"', published: '2031-05-12', where: 'Accra', visit: '2031-05-12..2031-05-12', talks: '2031-05-12..2031-05-12', people: ['Maria Oyelaran', 'Kofi Mensah'], hostInVisit: true,
      text: 'President Maria Oyelaran has arrived in Accra, where she will hold talks with Ghanaian President Kofi Mensah.' },
    { about: '"has arrived in X for a two-day visit during which he will meet Y"', published: '2031-06-10', where: 'Portugal', visit: '2031-06-10..2031-06-11', talks: '2031-06-10..2031-06-11', people: ['Dieter Hahn', 'Rui Sousa'],
      text: 'Chancellor Dieter Hahn has arrived in Portugal for a two-day visit during which he will meet Prime Minister Rui Sousa.' },
    { about: '"arrived in X on <today\'s weekday>, where she will meet Y"', published: '2031-09-22', where: 'Hanoi', visit: '2031-09-22..2031-09-22', talks: '2031-09-22..2031-09-22', people: ['Ingrid Dahl', 'Tran Van Minh'],
      text: 'Foreign Minister Ingrid Dahl arrived in Hanoi on Monday, where she will meet Vietnamese Prime Minister Tran Van Minh.' },
    { about: '"landed in X ahead of talks with Y"', published: '2031-11-03', where: 'Nairobi', visit: '2031-11-03..2031-11-03', talks: '2031-11-03..2031-11-03', people: ['Joao Alves', 'David Kamau'],
      text: 'President Joao Alves landed in Nairobi ahead of talks with Kenyan President David Kamau.' },
    { about: '"is in X, where she is due to meet Y"', published: '2032-02-16', where: 'Slovenia', visit: '2032-02-16..2032-02-16', talks: '2032-02-16..2032-02-16', people: ['Hana Novak', 'Marko Zupan'],
      text: 'Prime Minister Hana Novak is in Slovenia, where she is due to meet President Marko Zupan.' },
    { about: '"arrived in X on a three-day state visit during which she will meet Y"', published: '2031-07-15', where: 'Chile', visit: '2031-07-15..2031-07-17', talks: '2031-07-15..2031-07-17', people: ['Amina Yusuf', 'Camilo Rojas'],
      text: 'President Amina Yusuf arrived in Chile on a three-day state visit during which she will meet President Camilo Rojas.' },
    { about: '"arrived in X on <weekday> evening, where he is expected to hold talks with Y"', published: '2031-05-12', where: 'Canberra', visit: '2031-05-12..2031-05-12', talks: '2031-05-12..2031-05-12', people: ['Kenji Mori', 'James Hart'],
      text: 'Prime Minister Kenji Mori arrived in Canberra on Monday evening, where he is expected to hold talks with Australian Prime Minister James Hart.' },
    { about: '"has arrived in X for a working visit, during which he will hold talks with Y"', published: '2031-03-04', where: 'Montevideo', visit: '2031-03-04..2031-03-04', talks: '2031-03-04..2031-03-04', people: ['Pablo Ruiz', 'Lucia Ferreira'],
      text: 'Foreign Minister Pablo Ruiz has arrived in Montevideo for a working visit, during which he will hold talks with Uruguayan Foreign Minister Lucia Ferreira.' },
    { about: '"has arrived in X where he is scheduled to meet Y"', published: '2031-06-10', where: 'Tunis', visit: '2031-06-10..2031-06-10', talks: '2031-06-10..2031-06-10', people: ['Omar Haddad', 'Leila Mansour'],
      text: 'Vice President Omar Haddad has arrived in Tunis where he is scheduled to meet Prime Minister Leila Mansour.' },
    { about: '"arrived in X on <yesterday> for a four-day state visit, during which he will hold talks with Y"', published: '2031-09-22', where: 'Lisbon', visit: '2031-09-21..2031-09-24', talks: '2031-09-21..2031-09-24', people: ['Nils Brandt', 'Marta Lobo'],
      text: 'President Nils Brandt arrived in Lisbon on Sunday for a four-day state visit, during which he will hold talks with President Marta Lobo.' },
    { about: '"has landed in X, where she will meet Y on <day>": the clause\'s own day dates the talks', published: '2031-05-12', where: 'Jakarta', visit: '2031-05-12..', talks: '2031-05-13..2031-05-13', people: ['Sara Lind', 'Budi Santoso'],
      text: 'Prime Minister Sara Lind has landed in Jakarta, where she will meet President Budi Santoso on Tuesday.' },
  ] satisfies ArrivalCase[]
).map(arrivalRow);

const NEGATIVES: Row[] = [
  {
    about: 'a delegation with no leader named arrives: no visit',
    published: '2031-05-12',
    text: 'A trade delegation from Norway has arrived in Lagos where it will hold talks with Nigerian officials.',
    none: ['visit'],
  },
  {
    about: '"held talks … on Friday, where they discussed trade": no visit',
    published: '2031-05-12',
    text: 'President Lars Holm held talks with Chancellor Dieter Hahn in Berlin on Friday, where they discussed trade.',
    want: [{ kind: 'talks', status: 'held', from: '2031-05-09', to: '2031-05-09', people: ['Lars Holm', 'Dieter Hahn'] }],
    none: ['visit'],
  },
  {
    about: '"praised the talks, where they discussed trade": no visit',
    published: '2031-05-12',
    text: 'President Lars Holm praised the talks, where they discussed trade and energy, as fruitful.',
    none: ['visit'],
  },
  {
    about: 'a "where" clause of the place\'s history is no meeting',
    published: '2031-05-12',
    text: 'President Amina Yusuf has arrived in Krakow, where the kings of Poland were crowned for centuries.',
    want: [{ kind: 'visit', status: 'held', from: '2031-05-12', to: '2031-05-12', where: 'Krakow', people: ['Amina Yusuf'] }],
    none: ['talks'],
  },
  {
    about: '"arrived at the conclusion" is no arrival',
    published: '2031-05-12',
    text: 'Foreign Minister Ingrid Dahl arrived at the conclusion that talks with President Marko Zupan should resume.',
    none: ['visit'],
  },
  {
    about: 'goods that arrive in a port make no visit',
    published: '2031-05-12',
    text: 'The goods arrived in the port of Mombasa, where they will be inspected by customs officers.',
    none: ['visit', 'talks'],
  },
  {
    about: 'a visit made for talks stays one event, kind talks (GUIDELINES.md)',
    published: '2031-05-12',
    text: 'Prime Minister Hana Novak has arrived in Moscow for talks with President Ivan Orlov.',
    want: [{ kind: 'talks', status: 'held', from: '2031-05-12', to: '2031-05-12', where: 'Moscow', people: ['Hana Novak', 'Ivan Orlov'] }],
    none: ['visit'],
  },
  {
    about: 'a future arrival made for talks stays one event',
    published: '2031-05-12',
    text: 'Prime Minister Hana Novak will arrive in Moscow on Tuesday for talks with President Ivan Orlov.',
    want: [{ kind: 'talks', status: 'upcoming', from: '2031-05-13', to: '2031-05-13', people: ['Hana Novak', 'Ivan Orlov'] }],
    none: ['visit'],
  },
  {
    about: '"arrived in X on <day>, where he held talks": the arrival and its talks told as done on one day are one event',
    published: '2031-05-12',
    text: 'President Lars Holm arrived in Warsaw on Saturday, where he held talks with President Pavel Marek.',
    want: [{ kind: 'talks', status: 'held', from: '2031-05-10', to: '2031-05-10', where: 'Warsaw', people: ['Lars Holm', 'Pavel Marek'] }],
    none: ['visit'],
  },
  {
    about: '"met Y in X, where they will sign an agreement": no visit',
    published: '2031-05-12',
    text: 'President Amina Yusuf met President Camilo Rojas in Santiago, where they will sign a trade agreement.',
    want: [{ kind: 'talks', status: 'held', from: '2031-05-12', to: '2031-05-12', people: ['Amina Yusuf', 'Camilo Rojas'] }],
    none: ['visit'],
  },
  {
    about: 'an arrival and talks told in two sentences keep their two events',
    published: '2031-05-12',
    text: 'Prime Minister Hana Novak has arrived in Moscow. She will hold talks with President Ivan Orlov.',
    want: [
      { kind: 'visit', status: 'held', from: '2031-05-12', to: '2031-05-12', where: 'Moscow', people: ['Hana Novak'] },
      { kind: 'talks', status: 'upcoming', people: ['Hana Novak', 'Ivan Orlov'] },
    ],
  },
  {
    about: 'an arrival with nothing after it stays a visit of the day',
    published: '2031-05-12',
    text: 'President Joao Alves has arrived in Lima.',
    want: [{ kind: 'visit', status: 'held', from: '2031-05-12', to: '2031-05-12', where: 'Lima', people: ['Joao Alves'] }],
    none: ['talks'],
  },
];

const check = (r: Row) => (): void => {
  expect(problems(extractReadout(r.published, r.text), r)).toEqual([]);
};

describe('an arrival followed by a clause of what the traveller will do there', () => {
  for (const r of POSITIVES) (r.known ? it.fails : it)(r.about, check(r));
});

describe('what the arrival clause must not change', () => {
  for (const r of NEGATIVES) (r.known ? it.fails : it)(r.about, check(r));
});

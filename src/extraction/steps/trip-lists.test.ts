// Trips with several stops (issue #4): invented readouts, one row per construction, with the cases that must not fire.
// A line is "kind status from..to where [participants]" (participants sorted). `has` lines must all be found, `not`
// patterns must match no line, `only` (when given) is the whole list.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

interface Row {
  name: string;
  ref: string;
  text: string;
  has?: string[];
  /** Patterns each of which some line must match (where a detail is another step's). */
  like?: RegExp[];
  not?: RegExp[];
  only?: string[];
}

const lines = (ref: string, text: string): string[] =>
  extractReadout(ref, text).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} [${e.participants.map((p) => p.name).sort().join('; ')}]`);

const check = (r: Row): void => {
  const got = lines(r.ref, r.text);
  if (r.only) expect(got.slice().sort()).toEqual(r.only.slice().sort());
  for (const h of r.has ?? []) expect(got).toContain(h);
  for (const l of r.like ?? []) expect(got.filter((g) => l.test(g)).length).toBeGreaterThan(0);
  for (const n of r.not ?? []) expect(got.filter((g) => n.test(g))).toEqual([]);
};

// 1. A country visit, then its stops in a list: the country visit stays, each stop is a visit in its window.
const listed: Row[] = [
  {
    name: 'cities listed in the next sentence ("she will go to A, B and C")',
    ref: '2024-03-12',
    text: 'President Lina Ferreira will visit Morocco next week, her office announced on Tuesday. In the course of the trip she will go to Rabat, Fez and Marrakesh.',
    only: ['visit upcoming 2024-03-18..2024-03-24 Morocco [Lina Ferreira]', 'visit upcoming 2024-03-18..2024-03-24 Rabat [Lina Ferreira]', 'visit upcoming 2024-03-18..2024-03-24 Fez [Lina Ferreira]', 'visit upcoming 2024-03-18..2024-03-24 Marrakesh [Lina Ferreira]'],
  },
  {
    name: 'places the gazetteer lacks, after a semicolon ("each of the four islands; A, B, C and D")',
    ref: '2024-03-12',
    text: 'Prime Minister Tomas Varga will travel to Fiji this week. Varga will visit each of the four islands; Taveuni, Kadavu, Ovalau and Koro, and will meet local chiefs.',
    has: ['visit upcoming 2024-03-11..2024-03-17 Fiji [Tomas Varga]', 'visit upcoming 2024-03-11..2024-03-17 Taveuni [Tomas Varga]', 'visit upcoming 2024-03-11..2024-03-17 Kadavu [Tomas Varga]', 'visit upcoming 2024-03-11..2024-03-17 Ovalau [Tomas Varga]', 'visit upcoming 2024-03-11..2024-03-17 Koro [Tomas Varga]'],
    not: [/^visit \S+ \S+ - /],
  },
  {
    name: 'a dated country visit and "He will travel to A, B and C"',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will visit Peru on 20-23 March. He will travel to Lima, Cusco and Arequipa.',
    has: ['visit upcoming 2024-03-20..2024-03-23 Peru [Erik Holm]', 'visit upcoming 2024-03-20..2024-03-23 Lima [Erik Holm]', 'visit upcoming 2024-03-20..2024-03-23 Cusco [Erik Holm]', 'visit upcoming 2024-03-20..2024-03-23 Arequipa [Erik Holm]'],
    not: [/^visit \S+ \S+ - /],
  },
  {
    name: 'not: places someone else went to before',
    ref: '2024-03-12',
    text: 'President Lina Ferreira will visit Morocco next week. Her foreign minister went to Rabat and Fez in January.',
    not: [/2024-03-18\.\.2024-03-24 (Rabat|Fez)/],
  },
  {
    name: 'not: places only talked about',
    ref: '2024-03-12',
    text: 'President Lina Ferreira will visit Morocco next week. Trade between Rabat, Fez and Casablanca has grown fast.',
    only: ['visit upcoming 2024-03-18..2024-03-24 Morocco [Lina Ferreira]'],
  },
  {
    name: 'not: another traveller’s stops',
    ref: '2024-03-12',
    text: 'President Lina Ferreira will visit Morocco next week. Chancellor Erik Holm will go to Rabat and Tunis.',
    not: [/(Rabat|Tunis) \[Lina Ferreira/],
  },
];

// 2. "The trip to A will be preceded / followed by a visit to B, where X will meet Y".
const preceded: Row[] = [
  {
    name: 'preceded by a visit to a city, with a meeting there',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will visit Chile next week. The trip to Chile will be preceded by a short visit to Montevideo, Uruguay, where Holm will meet President Luis Lacalle Pou.',
    has: ['visit upcoming 2024-03-18..2024-03-24 Chile [Erik Holm]', 'visit upcoming 2024-03-18..2024-03-24 Montevideo [Erik Holm; Luis Lacalle Pou]', 'talks upcoming 2024-03-18..2024-03-24 Montevideo [Erik Holm; Luis Lacalle Pou]'],
    not: [/^other /, /^talks .* Chile /],
  },
  {
    name: 'followed by a visit, the whole trip’s span written after',
    ref: '2024-03-12',
    text: 'Prime Minister Anna Berg will be in Ghana on 5-6 April. The Ghana visit will be followed by a visit to Lomé, Togo, where Berg will hold talks with President Faure Gnassingbé. Berg will be away from 4 to 8 April.',
    has: ['visit upcoming 2024-04-05..2024-04-06 Ghana [Anna Berg]', 'visit upcoming 2024-04-04..2024-04-08 Lomé [Anna Berg; Faure Gnassingbé]', 'talks upcoming 2024-04-04..2024-04-08 Lomé [Anna Berg; Faure Gnassingbé]', 'visit upcoming 2024-04-04..2024-04-08 - [Anna Berg]'],
    not: [/^other /],
  },
  {
    name: 'not: talks followed by a site visit',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will visit Chile next week. The talks will be followed by a visit to the national museum, where Holm will meet students.',
    not: [/museum/, /^visit \S+ \S+ - /],
  },
];

// 3. The span of the whole trip written apart.
const span: Row[] = [
  {
    name: '"will be travelling from D1 to D2" after a trip to two states',
    ref: '2024-03-12',
    text: 'Prime Minister Anna Berg will visit Kenya and Tanzania. The Prime Minister will be travelling from 27 March to 2 April.',
    only: ['visit upcoming 2024-03-27..2024-04-02 - [Anna Berg]', 'visit upcoming 2024-03-27..2024-04-02 Kenya [Anna Berg]', 'visit upcoming 2024-03-27..2024-04-02 Tanzania [Anna Berg]'],
  },
  {
    name: '"will be away from D1 to D2": one state, one visit',
    ref: '2024-03-12',
    text: 'President Lina Ferreira will pay an official visit to Japan. She will be away from 3 to 7 June.',
    only: ['visit upcoming 2024-06-03..2024-06-07 Japan [Lina Ferreira]'],
  },
  {
    name: '"the trip runs from D1 to D2"',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will travel to Brazil and Argentina. The trip runs from 14 to 19 April.',
    only: ['visit upcoming 2024-04-14..2024-04-19 - [Erik Holm]', 'visit upcoming 2024-04-14..2024-04-19 Brazil [Erik Holm]', 'visit upcoming 2024-04-14..2024-04-19 Argentina [Erik Holm]'],
  },
  {
    name: 'not: travelling from a place to a place',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will visit Chile next week. The delegates will be travelling from Santiago to Valparaiso.',
    only: ['visit upcoming 2024-03-18..2024-03-24 Chile [Erik Holm]'],
  },
  {
    name: 'not: an exhibition that runs from D1 to D2',
    ref: '2024-03-12',
    text: 'Chancellor Erik Holm will visit Chile on 18 March. The exhibition runs from 14 to 19 April.',
    has: ['visit upcoming 2024-03-18..2024-03-18 Chile [Erik Holm]'],
    not: [/2024-04-14/],
  },
];

// 4. Undated items of a visit take its window.
const items: Row[] = [
  {
    name: '"During her visit to STATE, X will call on A and is expected to hold talks with B"',
    ref: '2024-03-12',
    text: 'President Lina Ferreira arrived in Hanoi on Tuesday for a three-day state visit to Vietnam. During her visit to Vietnam, President Lina Ferreira will call on President Vo Van Thuong and is expected to hold talks with Prime Minister Pham Minh Chinh.',
    like: [/^talks upcoming 2024-03-12\.\.2024-03-14 \S+ \[Lina Ferreira; Vo Van Thuong\]$/, /^talks upcoming 2024-03-12\.\.2024-03-14 \S+ \[Lina Ferreira; Pham Minh Chinh\]$/],
  },
  {
    name: '"X is also scheduled to visit CITY": a stop in the visit’s window, the traveller only',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah will pay an official visit to Spain on 8-10 April. During his visit to Spain, Mensah will call on King Felipe VI and is expected to meet Prime Minister Pedro Sánchez. Mensah is also scheduled to visit Seville.',
    has: ['talks upcoming 2024-04-08..2024-04-10 Spain [King Felipe VI; Kofi Mensah]', 'talks upcoming 2024-04-08..2024-04-10 Spain [Kofi Mensah; Pedro Sánchez]', 'visit upcoming 2024-04-08..2024-04-10 Seville [Kofi Mensah]'],
  },
  {
    name: 'a visit dated by its arrival clause, named again sentences later ("During his visit to STATE, …")',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah, who arrived in Madrid on a three-day official visit to Spain, met King Felipe VI. It is his first trip abroad. He was greeted by the Mayor. The two countries have close ties. During his visit to Spain, Mensah will call on President Isabel Vidal and is expected to hold talks with Prime Minister Pedro Sánchez. Mensah is also scheduled to visit Seville.',
    // Left: the talks with the Prime Minister are merged with the King's meeting by another step (no window, three people).
    like: [/^talks upcoming 2024-03-12\.\.2024-03-14 \S+ \[Isabel Vidal; Kofi Mensah\]$/],
    has: ['visit upcoming 2024-03-12..2024-03-14 Seville [Kofi Mensah]'],
    not: [/^visit \S+ -\.\.- /],
  },
  {
    name: '"She is also due to visit CITY" after an arrival',
    ref: '2024-03-12',
    text: 'President Lina Ferreira arrived in Hanoi on Tuesday for a three-day state visit to Vietnam. She is also due to visit Da Nang.',
    has: ['visit upcoming 2024-03-12..2024-03-14 Da Nang [Lina Ferreira]'],
  },
  {
    name: 'not: a stop dated by its own phrase',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah will pay an official visit to Spain on 8-10 April. Mensah is also scheduled to visit Seville in May.',
    not: [/2024-04-08\.\.2024-04-10 Seville/],
  },
  {
    name: 'not: someone else’s visit',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah will pay an official visit to Spain on 8-10 April. Minister Ana Soto is also scheduled to visit Seville.',
    not: [/Seville \[Kofi Mensah/],
  },
];

// 5. "who arrived in the capital on an N-day visit to STATE": a visit held from the arrival for N days.
const arrived: Row[] = [
  {
    name: 'a dateline, the arrival in a relative clause, a meeting as main verb',
    ref: '2024-03-12',
    text: "Hanoi: Ghana's Prime Minister, Kofi Mensah, who arrived in the city on a four-day state visit to Vietnam, met Prime Minister Pham Minh Chinh at the government office. This is the first trip abroad of the Ghanaian leader, who took office in January 2024.",
    like: [/^talks held 2024-03-12\.\.2024-03-12 \S+ \[Kofi Mensah; Pham Minh Chinh\]$/],
    not: [/2024-01-01/],
  },
  {
    name: 'the visit of the relative clause is an event of its own',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah, who arrived in Madrid on a three-day official visit to Spain, met King Felipe VI.',
    has: ['talks held 2024-03-12..2024-03-12 Madrid [King Felipe VI; Kofi Mensah]'],
    not: [/^talks held 2024-03-12\.\.2024-03-14/],
  },
  {
    name: 'not: an arrival with no length written',
    ref: '2024-03-12',
    text: 'Prime Minister Kofi Mensah, who arrived in Madrid on Monday, met King Felipe VI.',
    not: [/^visit held 2024-03-1\d\.\.2024-03-1[3-9]/, /^talks held 2024-03-1\d\.\.2024-03-1[3-9]/],
  },
];

const arrivedVisit = (r: Row, from: string, to: string): boolean => lines(r.ref, r.text).some((l) => l.startsWith(`visit held ${from}..${to} `));

describe('trips with several stops (issue #4)', () => {
  for (const [group, rows] of [['listed stops', listed], ['preceded / followed by a visit', preceded], ['the trip’s span', span], ['undated items of a visit', items], ['arrival on an N-day visit', arrived]] as const) {
    describe(group, () => {
      for (const r of rows) it(r.name, () => check(r));
    });
  }
  it('arrival on an N-day visit: the visit runs from the arrival for N days', () => {
    expect(arrivedVisit(arrived[0] as Row, '2024-03-12', '2024-03-15')).toBe(true);
    expect(arrivedVisit(arrived[1] as Row, '2024-03-12', '2024-03-14')).toBe(true);
  });
});

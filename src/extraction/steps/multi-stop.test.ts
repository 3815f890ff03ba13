// Multi-stop trips (family G): "A multi-stop trip is one `visit` for the whole trip plus one event for each stop the
// text reports on" (GUIDELINES.md). The whole trip runs from its first stop's first day to its last stop's last day (or
// over the span the text gives the trip), has no single place, and is the traveller's (the held-out golds list the
// traveller alone there: the hosts take part in their stops; this table first listed them in the trip too); each stop
// has its place, its own dates when written (the trip's window otherwise) and its host when named; a stop made for
// talks is those talks. Invented readouts (leaders, states, cities, dates, wording), and negatives: places listed that
// are no stops, one visit with a programme in one country, past trips with no time, the other direction.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const readout = (published: string, title: string, body: string): string => `published: ${published}\ntitle: ${title}\n---\n${body}\n`;

/** Each event: kind, status, window, place, participants (sorted: their order is not scored). */
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`).sort();

interface Row {
  about: string;
  published: string;
  title: string;
  body: string;
  events: string[];
  /** Still missed: runs as an expected failure, and turns the suite red once fixed. */
  known?: boolean;
}

const ROWS: Row[] = [
  {
    about: '"will pay official visits to A, B and C from 8 to 12 October"',
    published: '2031-10-01',
    title: 'President Marsh to visit three Andean states',
    body: 'President Elena Marsh of Uruguay will pay official visits to Chile, Peru and Ecuador from 8 to 12 October.',
    events: [
      'visit upcoming 2031-10-08..2031-10-12 - Elena Marsh',
      'visit upcoming 2031-10-08..2031-10-12 Chile Elena Marsh',
      'visit upcoming 2031-10-08..2031-10-12 Peru Elena Marsh',
      'visit upcoming 2031-10-08..2031-10-12 Ecuador Elena Marsh',
    ],
  },
  {
    about: '"a tour of <region> from … to …, beginning in A. The tour also comprises B and C."',
    published: '2031-03-01',
    title: 'Ortiz to tour East Africa',
    body: 'Prime Minister Rafael Ortiz of Spain will make a tour of East Africa from 3 to 7 March, beginning in Kenya. The tour also comprises Tanzania and Uganda.',
    events: [
      'visit upcoming 2031-03-03..2031-03-07 - Rafael Ortiz',
      'visit upcoming 2031-03-03..2031-03-07 Kenya Rafael Ortiz',
      'visit upcoming 2031-03-03..2031-03-07 Tanzania Rafael Ortiz',
      'visit upcoming 2031-03-03..2031-03-07 Uganda Rafael Ortiz',
    ],
  },
  {
    about: '"X will also be visiting A and B for business engagements" after talks at the first stop',
    known: true,
    published: '2031-05-10',
    title: 'Chancellor Holm travels to Asia',
    body: 'Chancellor Greta Holm of Austria will travel to Asia from 14 to 19 May. In Hanoi, on 14 and 15 May, Holm will hold talks with President Tran Van Minh of Vietnam. Holm will also be visiting Thailand and Malaysia for business engagements.',
    events: [
      'visit upcoming 2031-05-14..2031-05-19 - Greta Holm',
      'talks upcoming 2031-05-14..2031-05-15 Hanoi Greta Holm+Tran Van Minh',
      'visit upcoming 2031-05-14..2031-05-19 Thailand Greta Holm',
      'visit upcoming 2031-05-14..2031-05-19 Malaysia Greta Holm',
    ],
  },
  {
    about: '"will attend the summit in A on Monday before heading to B next Wednesday"',
    published: '2031-06-04',
    title: 'Diallo to attend regional summit',
    body: 'President Omar Diallo of Senegal will attend the summit of West African leaders in Accra on Monday before heading to Lome next Wednesday.',
    events: [
      'visit upcoming 2031-06-09..2031-06-11 - Omar Diallo',
      'summit upcoming 2031-06-09..2031-06-09 Accra Omar Diallo',
      'visit upcoming 2031-06-11..2031-06-11 Lome Omar Diallo',
    ],
  },
  {
    about: '"After A, the Chancellor travels on to B on DATE for talks with …"',
    published: '2031-06-01',
    title: 'Chancellor Lind to visit Portugal and Spain',
    body: 'Chancellor Petra Lind of Germany arrives in Lisbon on 4 June for talks with Prime Minister Joao Reis. After Lisbon, the Chancellor travels on to Madrid on 6 June for talks with Prime Minister Carmen Vidal.',
    events: [
      'visit upcoming 2031-06-04..2031-06-06 - Petra Lind',
      'talks upcoming 2031-06-04..2031-06-04 Lisbon Joao Reis+Petra Lind',
      'talks upcoming 2031-06-06..2031-06-06 Madrid Carmen Vidal+Petra Lind',
    ],
  },
  {
    about: '"arrived in A on Monday for a two-day visit, the first leg of an Asian tour that will also take him to B and C and ends on Saturday"',
    known: true,
    published: '2031-09-16',
    title: 'Berg begins Asian tour in Tokyo',
    body: 'President Karl Berg of Finland arrived in Tokyo on Monday for a two-day visit, the first leg of an Asian tour that will also take him to Seoul and Manila and ends on Saturday.',
    events: [
      'visit held 2031-09-15..2031-09-20 - Karl Berg',
      'visit held 2031-09-15..2031-09-16 Tokyo Karl Berg',
      'visit upcoming 2031-09-15..2031-09-20 Seoul Karl Berg',
      'visit upcoming 2031-09-15..2031-09-20 Manila Karl Berg',
    ],
  },
  {
    about: '"X will be in A on DATE for talks with …; on DATE in B, and on DATE in C"',
    known: true,
    published: '2031-10-01',
    title: 'Novak to tour the Baltic states',
    body: 'Prime Minister Lina Novak of Poland will tour the Baltic states. Novak will be in Vilnius on 9 October for talks with President Jonas Kalnins of Lithuania; on 10 October in Riga, and on 11 October in Tallinn.',
    events: [
      'visit upcoming 2031-10-09..2031-10-11 - Lina Novak',
      'talks upcoming 2031-10-09..2031-10-09 Vilnius Jonas Kalnins+Lina Novak',
      'visit upcoming 2031-10-10..2031-10-10 Riga Lina Novak',
      'visit upcoming 2031-10-11..2031-10-11 Tallinn Lina Novak',
    ],
  },
  {
    about: '"The trip, which began in A on Monday, continues in B today and ends in C on Friday"',
    known: true,
    published: '2031-09-17',
    title: 'Brandt in Central America',
    body: 'President Hugo Brandt of Chile is on a tour of Central America. The trip, which began in Guatemala on Monday, continues in Honduras today and ends in Costa Rica on Friday.',
    events: [
      'visit held 2031-09-15..2031-09-19 - Hugo Brandt',
      'visit held 2031-09-15..2031-09-15 Guatemala Hugo Brandt',
      'visit held 2031-09-17..2031-09-17 Honduras Hugo Brandt',
      'visit upcoming 2031-09-19..2031-09-19 Costa Rica Hugo Brandt',
    ],
  },
  {
    about: 'a trip already made, reported stop by stop after the return: "returned to <capital> on Sunday from a tour of A, B and C. On Tuesday …"',
    published: '2031-02-10',
    title: 'Okoro back from southern Africa',
    body: 'President Ada Okoro of Nigeria returned to Abuja on Sunday from a tour of Botswana, Namibia and Angola. On Tuesday Okoro held talks in Gaborone with President Kagiso Dube. On Thursday Okoro visited Namibia. On Saturday Okoro met President Manuel Costa of Angola in Luanda.',
    events: [
      'visit held 2031-02-04..2031-02-09 - Ada Okoro',
      'talks held 2031-02-04..2031-02-04 Gaborone Ada Okoro+Kagiso Dube',
      'visit held 2031-02-06..2031-02-06 Namibia Ada Okoro',
      'talks held 2031-02-08..2031-02-08 Luanda Ada Okoro+Manuel Costa',
    ],
  },
  {
    about: 'a trip dated only by its return: "returns home today after visits to A and B. In A, X held talks with …"',
    published: '2031-05-10',
    title: 'Eklund returns from South America',
    body: 'Prime Minister Lars Eklund of Sweden returns home today after visits to Brazil and Argentina. In Brazil, Eklund held talks with President Paulo Dias.',
    events: [
      'visit held -..- - Lars Eklund',
      'talks held -..- Brazil Lars Eklund+Paulo Dias',
      'visit held -..- Argentina Lars Eklund',
    ],
  },
  {
    about: '"will leave for A on DATE on a tour of A, B and C. X will return home on DATE"',
    known: true,
    published: '2031-02-28',
    title: 'Krogh to tour Africa',
    body: 'Prime Minister Sofia Krogh of Denmark will leave for Kenya on Monday, 3 March, on a tour of Kenya, Rwanda and Ghana. Krogh will return home on Saturday, 8 March.',
    events: [
      'visit upcoming 2031-03-03..2031-03-08 - Sofia Krogh',
      'visit upcoming 2031-03-03..2031-03-08 Kenya Sofia Krogh',
      'visit upcoming 2031-03-03..2031-03-08 Rwanda Sofia Krogh',
      'visit upcoming 2031-03-03..2031-03-08 Ghana Sofia Krogh',
    ],
  },
  {
    about: '"Following her stay in A, the Prime Minister will fly to B on DATE to meet …"',
    known: true,
    published: '2031-04-01',
    title: 'Prime Minister Tan to visit Vietnam and Indonesia',
    body: 'Prime Minister Mei Tan of Singapore will be in Hanoi on 10 and 11 April for talks with Prime Minister Le Van Hung. Following her stay in Hanoi, the Prime Minister will fly to Jakarta on 12 April to meet President Budi Santoso.',
    events: [
      'visit upcoming 2031-04-10..2031-04-12 - Mei Tan',
      'talks upcoming 2031-04-10..2031-04-11 Hanoi Le Van Hung+Mei Tan',
      'talks upcoming 2031-04-12..2031-04-12 Jakarta Budi Santoso+Mei Tan',
    ],
  },
  {
    about: '"will visit A on DATE and B on DATE"',
    published: '2031-04-25',
    title: 'Royal visits to Iceland and Ireland',
    body: 'King Olav Arnesen of Norway will visit Iceland on 2 May and Ireland on 4 May.',
    events: [
      'visit upcoming 2031-05-02..2031-05-04 - Olav Arnesen',
      'visit upcoming 2031-05-02..2031-05-02 Iceland Olav Arnesen',
      'visit upcoming 2031-05-04..2031-05-04 Ireland Olav Arnesen',
    ],
  },
  {
    about: '"will begin a three-nation tour on DATE that takes in A, B and C and ends on DATE"',
    published: '2031-08-20',
    title: 'Kader to tour North Africa',
    body: 'President Nadia Kader of Algeria will begin a three-nation tour on 5 September that takes in Morocco, Tunisia and Egypt and ends on 10 September.',
    events: [
      'visit upcoming 2031-09-05..2031-09-10 - Nadia Kader',
      'visit upcoming 2031-09-05..2031-09-10 Morocco Nadia Kader',
      'visit upcoming 2031-09-05..2031-09-10 Tunisia Nadia Kader',
      'visit upcoming 2031-09-05..2031-09-10 Egypt Nadia Kader',
    ],
  },
  {
    about: '"will travel to A, B and C between 1 and 6 July"',
    published: '2031-06-20',
    title: 'Foreign Minister Maric to visit neighbours',
    body: 'Foreign Minister Ivo Maric of Croatia will travel to Austria, Slovakia and Hungary between 1 and 6 July.',
    events: [
      'visit upcoming 2031-07-01..2031-07-06 - Ivo Maric',
      'visit upcoming 2031-07-01..2031-07-06 Austria Ivo Maric',
      'visit upcoming 2031-07-01..2031-07-06 Slovakia Ivo Maric',
      'visit upcoming 2031-07-01..2031-07-06 Hungary Ivo Maric',
    ],
  },
  {
    about: '"will hold talks in A with P on Monday and in B with Q on Wednesday"',
    published: '2031-09-12',
    title: 'Conti to visit Greece and Cyprus',
    body: 'President Paolo Conti of Italy will hold talks in Athens with Prime Minister Nikos Petrou on Monday and in Nicosia with President Andreas Loizou on Wednesday.',
    events: [
      'visit upcoming 2031-09-15..2031-09-17 - Paolo Conti',
      'talks upcoming 2031-09-15..2031-09-15 Athens Nikos Petrou+Paolo Conti',
      'talks upcoming 2031-09-17..2031-09-17 Nicosia Andreas Loizou+Paolo Conti',
    ],
  },
  {
    about: '"From A, the President goes on to B on DATE"',
    published: '2031-05-01',
    title: 'President Mensah in East Africa',
    body: 'President Kwame Mensah of Ghana will visit Nairobi on 10 May. From Nairobi, the President goes on to Kampala on 12 May.',
    events: [
      'visit upcoming 2031-05-10..2031-05-12 - Kwame Mensah',
      'visit upcoming 2031-05-10..2031-05-10 Nairobi Kwame Mensah',
      'visit upcoming 2031-05-12..2031-05-12 Kampala Kwame Mensah',
    ],
  },
  {
    about: '"X\'s itinerary for DATE to DATE includes stops in A and B"',
    published: '2031-05-28',
    title: 'Nordic trip',
    body: "Prime Minister Aiko Mori of Japan will travel to Northern Europe. Mori's itinerary for 3 to 6 June includes stops in Oslo and Stockholm.",
    events: [
      'visit upcoming 2031-06-03..2031-06-06 - Aiko Mori',
      'visit upcoming 2031-06-03..2031-06-06 Oslo Aiko Mori',
      'visit upcoming 2031-06-03..2031-06-06 Stockholm Aiko Mori',
    ],
  },
  {
    about: '"will visit A on DATE; the visit will be followed by a stop in B on DATE"',
    published: '2031-05-28',
    title: 'President Sy in West Africa',
    body: 'President Awa Sy of Mali will visit Ghana on 4 June; the visit will be followed by a stop in Togo on 6 June.',
    events: [
      'visit upcoming 2031-06-04..2031-06-06 - Awa Sy',
      'visit upcoming 2031-06-04..2031-06-04 Ghana Awa Sy',
      'visit upcoming 2031-06-06..2031-06-06 Togo Awa Sy',
    ],
  },
  {
    about: '"X\'s state visits to A and B will take place on DATE and DATE respectively" (the trip with its two dated stops)',
    known: true,
    published: '2031-05-28',
    title: 'State visits announced',
    body: "President Liu Wen's state visits to Mongolia and Kazakhstan will take place on 8 June and 10 June respectively.",
    events: [
      'visit upcoming 2031-06-08..2031-06-10 - Liu Wen',
      'visit upcoming 2031-06-08..2031-06-08 Mongolia Liu Wen',
      'visit upcoming 2031-06-10..2031-06-10 Kazakhstan Liu Wen',
    ],
  },
  {
    about: '"X left for A on Monday, the first stop of a tour that will also take her to B" (begun, its end not written)',
    known: true,
    published: '2031-02-04',
    title: 'Tane leaves for the Pacific',
    body: 'Prime Minister Mere Tane of New Zealand left for Fiji on Monday, the first stop of a tour that will also take her to Samoa and Tonga before she returns home on Friday.',
    events: [
      'visit held 2031-02-03..2031-02-07 - Mere Tane',
      'visit held 2031-02-03..2031-02-07 Fiji Mere Tane',
      'visit upcoming 2031-02-03..2031-02-07 Samoa Mere Tane',
      'visit upcoming 2031-02-03..2031-02-07 Tonga Mere Tane',
    ],
  },
  {
    about: '"X visited A and B last week" (a past trip with a time phrase, no stop dated)',
    published: '2031-05-28',
    title: 'Review of the week',
    body: 'Prime Minister Aiko Mori of Japan visited Laos and Cambodia last week.',
    events: [
      'visit held 2031-05-19..2031-05-25 - Aiko Mori',
      'visit held 2031-05-19..2031-05-25 Laos Aiko Mori',
      'visit held 2031-05-19..2031-05-25 Cambodia Aiko Mori',
    ],
  },
];

interface Negative {
  about: string;
  published: string;
  title: string;
  body: string;
  /** Places that must be no event's place. */
  absent: string[];
  /** The events expected, when the row says them all. */
  events?: string[];
  known?: boolean;
}

/** No whole trip (a visit with no place) and no event placed in a place listed as no stop. */
const noTrip = (d: ExtractionDocument, absent: readonly string[]): string[] =>
  d.events.filter((e) => (e.kind === 'visit' && e.where === null) || absent.some((a) => e.where?.toLowerCase() === a.toLowerCase())).map((e) => `${e.kind} ${e.where ?? '-'}`);

const NEGATIVES: Negative[] = [
  {
    about: '"discussed relations with A, B and C" in a call',
    published: '2031-10-01',
    title: 'Marsh and Brandt speak by phone',
    body: 'President Elena Marsh of Uruguay spoke by telephone on Tuesday with President Hugo Brandt of Chile. They discussed relations with Peru, Ecuador and Bolivia.',
    absent: ['Peru', 'Ecuador', 'Bolivia'],
    events: ['phone_call held 2031-09-30..2031-09-30 - Elena Marsh+Hugo Brandt'],
  },
  {
    about: '"talks … about exports to A, B and C"',
    published: '2031-09-16',
    title: 'Holm meets Maric',
    body: 'Chancellor Greta Holm of Austria held talks in Vienna on Monday with Prime Minister Ivo Maric of Croatia about exports to Japan, Korea and India.',
    absent: ['Japan', 'Korea', 'India'],
    events: ['talks held 2031-09-15..2031-09-15 Vienna Greta Holm+Ivo Maric'],
  },
  {
    about: 'one state visit whose talks are in one city and a forum in another of the same country (no stops)',
    published: '2031-06-04',
    title: 'Diallo to visit France',
    body: 'President Omar Diallo of Senegal will pay a state visit to France on 12 and 13 June. The talks with President Claire Morel will take place in Paris.',
    absent: [],
  },
  {
    about: 'a past tour with no time phrase ("who has toured A, B and C")',
    published: '2031-09-16',
    title: 'Okoro meets Eklund',
    body: 'President Ada Okoro of Nigeria met Prime Minister Lars Eklund of Sweden in Abuja on Monday. Eklund, who has toured Ghana, Togo and Benin, spoke about trade.',
    absent: ['Ghana', 'Togo', 'Benin'],
    events: ['talks held 2031-09-15..2031-09-15 Abuja Ada Okoro+Lars Eklund'],
  },
  {
    about: '"A had been visited by the leaders of B and C" (the other direction)',
    published: '2031-09-16',
    title: 'Conti on Malta',
    body: 'President Paolo Conti of Italy said on Monday that Malta had been visited by the leaders of Spain, Portugal and Greece.',
    absent: ['Spain', 'Portugal', 'Greece'],
  },
  {
    about: '"agreed to exchange visits to A and B by trade delegations" (a plural plan)',
    published: '2031-09-16',
    title: 'Presidents agree on trade',
    body: 'President Hugo Brandt of Chile and President Elena Marsh of Uruguay met in Montevideo on Monday. The two presidents agreed to exchange visits to Peru and Bolivia by trade delegations in the coming months.',
    absent: ['Peru', 'Bolivia'],
  },
  {
    about: '"an exchange of visits to A and B" in a call (a plural plan)',
    published: '2032-02-03',
    title: 'Leaders speak by phone',
    body: 'Prime Minister Ana Lukic of Croatia spoke by telephone with Prime Minister Jonas Berg of Norway on 2 February. They discussed an exchange of visits to Zagreb and Oslo by their economy ministers later this year.',
    absent: ['Zagreb', 'Oslo'],
  },
  {
    about: '"mutual visits to A and B at the highest level" (a plural plan)',
    published: '2032-02-03',
    title: 'Presidents meet',
    body: 'President Kofi Asante of Ghana received President Marta Ruiz of Ecuador in Accra on Tuesday. The two sides will prepare mutual visits to Quito and Kumasi at the highest level.',
    absent: ['Quito', 'Kumasi'],
  },
  {
    about: '"flights to A, B and C next month" (no leader travels)',
    published: '2031-09-16',
    title: 'New routes',
    body: 'The national airline will open flights to Lima, Quito and Bogota next month.',
    absent: ['Lima', 'Quito', 'Bogota'],
    events: [],
  },
  {
    about: 'one visit and the return home (one stop is no multi-stop trip)',
    published: '2031-02-28',
    title: 'Krogh to visit Chile',
    body: 'Prime Minister Sofia Krogh of Denmark will visit Chile on 4 March and will return home on 6 March.',
    absent: [],
  },
  {
    about: 'two travellers, one visit each',
    published: '2031-04-25',
    title: 'Visits announced',
    body: 'President Karl Berg of Finland will visit Chile on 4 May. Prime Minister Lina Novak of Poland will visit Peru on 6 May.',
    absent: [],
  },
  {
    about: '"Envoys from A, B and C attended …" (where guests come from)',
    published: '2031-09-16',
    title: 'Inauguration',
    body: 'Envoys from France, Germany and Italy attended the inauguration of President Hugo Brandt in Santiago on Monday.',
    absent: ['France', 'Germany', 'Italy'],
  },
  {
    about: '"recalled his visits to A and B" at talks (past visits with no time)',
    published: '2031-09-16',
    title: 'Conti in Rome',
    body: 'During talks in Rome on Monday with Prime Minister Nikos Petrou of Greece, President Paolo Conti recalled his visits to Chile and Peru.',
    absent: ['Chile', 'Peru'],
  },
  {
    about: '"The foreign ministers of A, B and C will visit D on Monday" (several travellers, one place)',
    published: '2031-09-12',
    title: 'Ministers to visit Brasilia',
    body: 'The foreign ministers of Chile, Peru and Ecuador will visit Brasilia on Monday.',
    absent: ['Chile', 'Peru', 'Ecuador'],
  },
  {
    about: '"inaugurated the railway between A and B" (a route, no trip)',
    published: '2031-09-16',
    title: 'Railway opens',
    body: 'President Kwame Mensah of Ghana inaugurated the railway between Kumasi and Accra on Monday.',
    absent: ['Kumasi'],
  },
];

describe('multi-stop trips: the whole trip and one event per stop', () => {
  for (const r of ROWS) (r.known ? it.fails : it)(r.about, () => expect(events(extract(readout(r.published, r.title, r.body)))).toEqual([...r.events].sort()));
});

describe('no trip where the places are no stops', () => {
  for (const r of NEGATIVES) {
    (r.known ? it.fails : it)(r.about, () => {
      const d = extract(readout(r.published, r.title, r.body));
      expect(noTrip(d, r.absent)).toEqual([]);
      if (r.events) expect(events(d)).toEqual([...r.events].sort());
    });
  }
});

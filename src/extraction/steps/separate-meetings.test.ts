// Several separate meetings reported in one readout: a leader at a summit or on a trip meets one counterpart after
// another, each meeting told in a sentence (or a clause) of its own. Each is a talks event of its own, with the leader
// and that counterpart only, the day of the sequence and its place; a name in one meeting's sentence does not leak into
// another's. Invented readouts (leaders, states, cities, dates, wording), and the cases that stay one meeting.
// ROWS and NEGATIVES were written before any rule: 0 of 14 rows and 6 of 6 negatives passed then; 13 of 14 rows passed
// after this family's rules, and all 14 since the multi-stop trips' rule (steps/multi-stop.ts) reads a trip dated only
// by its return.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

/** Each talks event: status, first day, place, participants (sorted: their order is not scored). */
const talks = (d: ExtractionDocument): string[] =>
  d.events
    .filter((e) => e.kind === 'talks')
    .map((e) => `${e.status} ${e.when.from ?? '-'}${e.when.to !== e.when.from ? `..${e.when.to ?? '-'}` : ''} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`)
    .sort();

interface Row {
  about: string;
  date: string;
  text: string;
  talks: string[];
  /** Still missed: runs as an expected failure, and turns the suite red once fixed. */
  known?: boolean;
}

// A summit day: Tuesday 15 May 2029 (readouts published on the 16th).
const SUMMIT = 'President Marta Quiroga held a series of bilateral meetings on Tuesday (15th) in Quito, on the margins of the Andean Summit.';

const ROWS: Row[] = [
  {
    about: '"The first bilateral meeting of the day was with <office of state>, <name>", then "Afterwards, X met with …"',
    date: '2029-05-16',
    text: `${SUMMIT} The first bilateral meeting of the day was with the Prime Minister of Jamaica, Delroy Mitchell. Afterwards, Quiroga met with the President of Ghana, Kofi Mensah, and spoke about trade.`,
    talks: ['held 2029-05-15 Quito Delroy Mitchell+Marta Quiroga', 'held 2029-05-15 Quito Kofi Mensah+Marta Quiroga'],
  },
  {
    about: '"Another bilateral meeting of the day took place with <office of a body>, <name>"',
    date: '2029-05-16',
    text: `${SUMMIT} Quiroga met with President Kofi Mensah of Ghana. Another bilateral meeting of the day took place with the President of the African Union Commission, Amina Diallo.`,
    talks: ['held 2029-05-15 Quito Kofi Mensah+Marta Quiroga', 'held 2029-05-15 Quito Amina Diallo+Marta Quiroga'],
  },
  {
    about: '"The President also met with the director general of <organisation> (<acronym>), <name>"',
    date: '2029-05-16',
    text: `${SUMMIT} Quiroga met with President Kofi Mensah of Ghana. The President also met with the director general of the World Health Organization (WHO), Pedro Alves.`,
    talks: ['held 2029-05-15 Quito Kofi Mensah+Marta Quiroga', 'held 2029-05-15 Quito Marta Quiroga+Pedro Alves'],
  },
  {
    about: 'on a trip: "Yesterday, she had a meeting with the country\'s president, <name>, to …" and a meeting of today',
    date: '2029-03-15',
    text: 'Chancellor Ilse Brandauer is on a trip to Chile, her first abroad since taking office. Yesterday (14), she had a meeting with the country\'s president, Rafael Soto, to relaunch bilateral relations. Today, Brandauer met with Prime Minister Lucia Campos of Peru in Santiago.',
    talks: ['held 2029-03-14 Chile Ilse Brandauer+Rafael Soto', 'held 2029-03-15 Santiago Ilse Brandauer+Lucia Campos'],
  },
  {
    about: '"had a bilateral with" (the adjective as a noun), twice',
    date: '2026-09-22',
    text: 'On Monday, Prime Minister Henrik Aalto had a bilateral with Canadian Prime Minister Claire Dubois in Ottawa. He also had a bilateral with Mexican President Luis Ortega.',
    talks: ['held 2026-09-21 Ottawa Claire Dubois+Henrik Aalto', 'held 2026-09-21 Ottawa Henrik Aalto+Luis Ortega'],
  },
  {
    about: '"has two meetings with the Commissioners for A, <name>, and for B, <name>" after a meeting of the morning',
    date: '2028-02-09',
    text: 'Prime Minister Ana Duarte is in Brussels today. This morning she will meet with Commission Vice-President Erik Holm. Later in the morning, the Prime Minister has two meetings with the Commissioners for Trade, Karel Novak, and for Energy, Mira Lind.',
    talks: ['upcoming 2028-02-09 Brussels Ana Duarte+Erik Holm', 'upcoming 2028-02-09 Brussels Ana Duarte+Karel Novak', 'upcoming 2028-02-09 Brussels Ana Duarte+Mira Lind'],
  },
  {
    about: '"is scheduled to meet with <name>, the <office>", after another meeting of the day',
    date: '2028-02-09',
    text: 'Prime Minister Ana Duarte is in Brussels today. This morning she will meet with Commission Vice-President Erik Holm. Later today, the Prime Minister will open a photo exhibition and is scheduled to meet with Karel Novak, the Commissioner for Trade.',
    talks: ['upcoming 2028-02-09 Brussels Ana Duarte+Erik Holm', 'upcoming 2028-02-09 Brussels Ana Duarte+Karel Novak'],
  },
  {
    about: '"In <state>, X met A and B" on a tour: one meeting with both, apart from the meeting in the next state',
    date: '2026-10-12',
    text: 'Prime Minister Henrik Aalto returned home on Sunday from visits to Canada and Mexico. In Canada, Aalto met Governor General Paul Leblanc and Prime Minister Claire Dubois. In Mexico, Aalto had a bilateral with President Luis Ortega.',
    talks: ['held - Canada Claire Dubois+Henrik Aalto+Paul Leblanc', 'held - Mexico Henrik Aalto+Luis Ortega'],
  },
  {
    about: '"will meet with A, and there will be individual talks with B and C": one meeting each',
    date: '2026-04-09',
    text: 'Prime Minister Henrik Aalto will pay an official visit to Croatia on 11 April. During the visit, Aalto will meet with President Ana Kovac, and there will be individual talks with Prime Minister Marko Horvat and Finance Minister Ivan Babic.',
    talks: ['upcoming 2026-04-11 Croatia Ana Kovac+Henrik Aalto', 'upcoming 2026-04-11 Croatia Henrik Aalto+Marko Horvat', 'upcoming 2026-04-11 Croatia Henrik Aalto+Ivan Babic'],
  },
  {
    about: '"will hold talks with A on Thursday. He will then meet B": the second meeting is of the same day',
    date: '2027-06-13',
    text: 'President Kwame Adjei will hold talks with Chancellor Ilse Brandauer in Berlin on Thursday. He will then meet President Marta Quiroga.',
    talks: ['upcoming 2027-06-17 Berlin Ilse Brandauer+Kwame Adjei', 'upcoming 2027-06-17 Berlin Kwame Adjei+Marta Quiroga'],
  },
  {
    about: 'three meetings in three sentences, three verbs ("first met", "then held talks", "later received")',
    date: '2027-06-13',
    text: 'On Saturday in Nairobi, President Kwame Adjei first met with Prime Minister Claire Dubois. He then held talks with President Luis Ortega. Later, Adjei received Prime Minister Henrik Aalto.',
    talks: ['held 2027-06-12 Nairobi Claire Dubois+Kwame Adjei', 'held 2027-06-12 Nairobi Kwame Adjei+Luis Ortega', 'held 2027-06-12 Nairobi Henrik Aalto+Kwame Adjei'],
  },
  {
    about: 'a name in one meeting\'s sentence ("who was accompanied by") stays in that meeting',
    date: '2029-05-16',
    text: `${SUMMIT} Quiroga met with President Kofi Mensah, who was accompanied by Foreign Minister Ama Owusu. Quiroga then met with Prime Minister Delroy Mitchell.`,
    talks: ['held 2029-05-15 Quito Ama Owusu+Kofi Mensah+Marta Quiroga', 'held 2029-05-15 Quito Delroy Mitchell+Marta Quiroga'],
  },
  {
    about: 'wire style: "On the sidelines of the summit in Dakar on Friday, X met A. X also held talks with B"',
    date: '2027-06-13',
    text: 'On the sidelines of the Sahel summit in Dakar on Friday, Prime Minister Henrik Aalto met Senegalese President Moussa Ndiaye. Aalto also held talks with Ethiopian Prime Minister Abebe Tesfaye.',
    talks: ['held 2027-06-11 Dakar Henrik Aalto+Moussa Ndiaye', 'held 2027-06-11 Dakar Abebe Tesfaye+Henrik Aalto'],
  },
  {
    about: 'the next meeting of a sequence with "Next," and a passive "A meeting with … was held"',
    date: '2029-05-16',
    text: `${SUMMIT} Quiroga began with a meeting with President Kofi Mensah. Next, a meeting with Prime Minister Delroy Mitchell was held.`,
    talks: ['held 2029-05-15 Quito Kofi Mensah+Marta Quiroga', 'held 2029-05-15 Quito Delroy Mitchell+Marta Quiroga'],
  },
];

const NEGATIVES: Row[] = [
  {
    about: 'one meeting mentioned twice: "met A … During the meeting, A …"',
    date: '2029-05-16',
    text: 'President Marta Quiroga met with President Kofi Mensah in Accra on Tuesday. During the meeting, Mensah thanked Quiroga for her support.',
    talks: ['held 2029-05-15 Accra Kofi Mensah+Marta Quiroga'],
  },
  {
    about: 'a joint meeting of three leaders is one meeting with all three',
    date: '2029-05-16',
    text: 'President Marta Quiroga, Chancellor Ilse Brandauer and Prime Minister Henrik Aalto held a trilateral meeting in Vienna on Tuesday. The three leaders discussed energy.',
    talks: ['held 2029-05-15 Vienna Henrik Aalto+Ilse Brandauer+Marta Quiroga'],
  },
  {
    about: 'people accompanying a leader join that leader\'s meeting',
    date: '2029-05-16',
    text: 'President Marta Quiroga, accompanied by Foreign Minister Diego Salas, met with President Kofi Mensah in Accra on Tuesday. Salas and Quiroga later held talks with Mensah over lunch.',
    talks: ['held 2029-05-15 Accra Diego Salas+Kofi Mensah+Marta Quiroga'],
  },
  {
    about: 'the talks referred back to, attended by someone named there, stay one meeting',
    date: '2029-05-16',
    text: 'President Marta Quiroga held talks with President Kofi Mensah in Accra on Tuesday. The talks were also attended by Foreign Minister Ama Owusu.',
    talks: ['held 2029-05-15 Accra Ama Owusu+Kofi Mensah+Marta Quiroga'],
  },
  {
    about: 'the same two leaders said again ("A and B also discussed") stay one meeting',
    date: '2029-05-16',
    text: 'President Marta Quiroga met with President Kofi Mensah in Accra on Tuesday. Quiroga and Mensah also discussed regional security.',
    talks: ['held 2029-05-15 Accra Kofi Mensah+Marta Quiroga'],
  },
  {
    about: 'an earlier meeting in passing ("recalled meeting A", "who had met with A") is no meeting of the day and no part of it',
    date: '2029-05-16',
    text: 'President Marta Quiroga met President Kofi Mensah in Accra on Tuesday. She recalled meeting Prime Minister Delroy Mitchell at an earlier summit. Mensah thanked Quiroga, who had met with Prime Minister Ama Owusu to prepare the visit.',
    talks: ['held 2029-05-15 Accra Kofi Mensah+Marta Quiroga'],
  },
  {
    about: '"met A and B" stays one meeting with both',
    date: '2029-05-16',
    text: 'President Marta Quiroga met with President Kofi Mensah and Foreign Minister Ama Owusu in Accra on Tuesday.',
    talks: ['held 2029-05-15 Accra Ama Owusu+Kofi Mensah+Marta Quiroga'],
  },
];

// Written after the first rules, for what they showed: two meetings in one sentence, and a lead that lists the
// meetings the readout then tells one by one.
const MORE: Row[] = [
  {
    about: 'two meeting verbs in one sentence, each with its own counterpart, where the leader is that day ("X is in Vienna today. … X will meet A, and in the late afternoon she will meet B")',
    date: '2028-02-09',
    text: 'Prime Minister Ana Duarte is in Vienna today. In the early afternoon, Duarte will meet with President Lee Sung, and in the late afternoon she will meet with Speaker Anne Roux.',
    talks: ['upcoming 2028-02-09 Vienna Ana Duarte+Anne Roux', 'upcoming 2028-02-09 Vienna Ana Duarte+Lee Sung'],
  },
  {
    about: 'a lead listing the meetings of the days to come, then told one by one with their own days',
    date: '2028-02-09',
    text: 'Prime Minister Ana Duarte will meet President Lee Sung, Chancellor Paul Girard and Speaker Anne Roux in Vienna between today and Friday. This morning she will meet with Speaker Anne Roux. On Thursday, Duarte will meet with Chancellor Paul Girard.',
    talks: ['upcoming 2028-02-09 Vienna Ana Duarte+Anne Roux', 'upcoming 2028-02-09..2028-02-11 Vienna Ana Duarte+Lee Sung', 'upcoming 2028-02-10 Vienna Ana Duarte+Paul Girard'],
  },
  {
    about: 'the meetings of one day that write no place are in the one city the others of that day name',
    date: '2028-02-09',
    text: 'This morning Prime Minister Ana Duarte will meet with President Lee Sung. In the early afternoon, she will meet with Speaker Anne Roux at the parliament in Lisbon.',
    talks: ['upcoming 2028-02-09 Lisbon Ana Duarte+Anne Roux', 'upcoming 2028-02-09 Lisbon Ana Duarte+Lee Sung'],
  },
];

// Written after the rules, as a check that they are not narrower than the rows above: other verbs, tenses and word
// orders. When written, 3 of 6 passed (the opening "Her first meeting …" then "She …", the passive "Meetings were
// also held with A and B", and "…, followed by a meeting with <office of a body the gazetteer lacks>, <name>" failed).
const VARIANTS: Row[] = [
  {
    about: '"held several bilateral meetings … on Monday"; "Her first meeting was with A. She then met B"',
    date: '2030-09-17',
    text: 'Chancellor Ilse Brandauer held several bilateral meetings in Geneva on Monday on the sidelines of the Alpine Forum. Her first meeting was with Prime Minister Henrik Aalto. She then met President Lucia Ferraz.',
    talks: ['held 2030-09-16 Geneva Henrik Aalto+Ilse Brandauer', 'held 2030-09-16 Geneva Ilse Brandauer+Lucia Ferraz'],
  },
  {
    about: '"X met A in <city> on Monday. X later held talks with B"',
    date: '2030-09-17',
    text: 'Prime Minister Henrik Aalto met Chilean President Rafael Soto in Santiago on Monday. Aalto later held talks with Foreign Minister Ana Lupu of Peru.',
    talks: ['held 2030-09-16 Santiago Henrik Aalto+Rafael Soto', 'held 2030-09-16 Santiago Ana Lupu+Henrik Aalto'],
  },
  {
    about: '"On Friday, X will hold talks with A in <city>. He will also hold a bilateral meeting with B"',
    date: '2030-09-17',
    text: 'On Friday, President Kwame Adjei will hold talks with Chancellor Ilse Brandauer in Vienna. He will also hold a bilateral meeting with Prime Minister Amara Nwosu.',
    talks: ['upcoming 2030-09-20 Vienna Ilse Brandauer+Kwame Adjei', 'upcoming 2030-09-20 Vienna Amara Nwosu+Kwame Adjei'],
  },
  {
    about: '"Afterwards, the President received the Secretary General of <body>, <name>"',
    date: '2030-09-17',
    text: 'President Kwame Adjei met Prime Minister Amara Nwosu in Accra on Monday. Afterwards, the President received the Secretary General of the Andean Community, Luis Ortega.',
    talks: ['held 2030-09-16 Accra Amara Nwosu+Kwame Adjei', 'held 2030-09-16 Accra Kwame Adjei+Luis Ortega'],
  },
  {
    about: 'the passive "Meetings were also held with A and B"',
    date: '2030-09-17',
    text: 'President Kwame Adjei met Prime Minister Amara Nwosu in Accra on Monday. Meetings were also held with President Lucia Ferraz and Chancellor Ilse Brandauer.',
    talks: ['held 2030-09-16 Accra Amara Nwosu+Kwame Adjei', 'held 2030-09-16 Accra Kwame Adjei+Lucia Ferraz', 'held 2030-09-16 Accra Ilse Brandauer+Kwame Adjei'],
  },
  {
    about: '"will then have a working lunch with A, followed by a meeting with the Speaker of <body>, <name>"',
    date: '2030-09-17',
    text: 'On Tuesday, Prime Minister Amara Nwosu will meet President Lucia Ferraz in Oslo. The Prime Minister will then have a working lunch with Prime Minister Henrik Aalto, followed by a meeting with the Speaker of the Storting, Eva Dahl.',
    talks: ['upcoming 2030-09-17 Oslo Amara Nwosu+Lucia Ferraz', 'upcoming 2030-09-17 Oslo Amara Nwosu+Henrik Aalto', 'upcoming 2030-09-17 Oslo Amara Nwosu+Eva Dahl'],
  },
];

describe('separate meetings of one readout, each with its own counterpart', () => {
  for (const r of [...ROWS, ...MORE, ...VARIANTS]) (r.known ? it.fails : it)(r.about, () => expect(talks(extractReadout(r.date, r.text))).toEqual([...r.talks].sort()));
});

describe('negatives: one meeting stays one', () => {
  for (const r of NEGATIVES) it(r.about, () => expect(talks(extractReadout(r.date, r.text))).toEqual([...r.talks].sort()));
});

// A review for precision of the pronoun and description subjects (pronoun-subjects.ts, and its backSubject, subjectOf
// and continuesWith as events.ts, guests.ts and follow-on.ts use them): sentences where a careful reader would NOT read
// the subject as the traveller, nor give the item the day or place of the occurrence before it. Each negative names a
// sentence and what no event first told there may carry (a person, a day, a place). Invented readouts: people,
// states, cities, dates and wording of our own.
// Before any change: 17 of the 31 negatives failed (11 where these rules fired, 6 marked known) and 14 of 14 positives
// passed. Now 25 of 31 negatives and 14 of 14 positives pass; the 6 known: 4 are read so by other steps before these
// rules (mentions, assembly, follow-on by people), 2 are pronouns whose person no rule can tell (an unread name, a
// minister named after the occurrence word).
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractedEvent, ExtractionDocument } from '../types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\ntitle: Readout\n---\n${body}\n`);

const line = (e: ExtractedEvent): string => {
  const when = e.when.from === null ? '?' : e.when.from === e.when.to ? e.when.from : `${e.when.from}..${e.when.to ?? '?'}`;
  return `${e.kind} ${e.status} ${when} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`;
};

interface Row {
  about: string;
  date: string;
  text: string;
  /** Events that must be among the output. */
  has: string[];
}

// Positives that must keep working (all passed before the review's changes).
const ROWS: Row[] = [
  {
    about: '"She will also meet the community there." in a state visit of given days',
    date: '2033-06-01',
    text: 'President Ruta Zemaityte of Lithuania will make a state visit to Chile from 8 to 10 June at the invitation of President Andres Fuentes. In Santiago, she will hold talks with President Fuentes. She will also meet the Lithuanian community there.',
    has: ['other upcoming 2033-06-08..2033-06-10 Santiago Ruta Zemaityte'],
  },
  {
    about: '"The visiting Prime Minister then laid flowers …" (the traveller holds that office)',
    date: '2033-06-01',
    text: 'Prime Minister Jonas Eriksen of Norway held talks with President Ama Boateng in Accra on Tuesday. The visiting Prime Minister then laid flowers at the Independence Monument.',
    has: ['other held 2033-05-31 Accra Jonas Eriksen'],
  },
  {
    about: '"The visiting leader then toured …" (a word for a leader in lower case)',
    date: '2033-06-01',
    text: 'Prime Minister Jonas Eriksen of Norway held talks with President Ama Boateng in Accra on Tuesday. The visiting leader then toured a cocoa processing plant.',
    has: ['other held 2033-05-31 Accra Jonas Eriksen'],
  },
  {
    about: '"The two Presidents then gave a joint press conference."',
    date: '2033-06-01',
    text: 'President Ruta Zemaityte of Lithuania and President Andres Fuentes of Chile held talks in Valparaiso on Monday. The two Presidents then gave a joint press conference.',
    has: ['interview held 2033-05-30 Valparaiso Andres Fuentes+Ruta Zemaityte'],
  },
  {
    about: '"The leaders of both countries then held a joint press conference." (the pair: states follow "of")',
    date: '2033-06-01',
    text: 'President Ruta Zemaityte of Lithuania held talks with Prime Minister Jonas Eriksen in Oslo on Monday. The leaders of both countries then held a joint press conference.',
    has: ['interview held 2033-05-30 Oslo Jonas Eriksen+Ruta Zemaityte'],
  },
  {
    about: '"His Majesty will also attend a gala dinner there." on a one-day visit of a king',
    date: '2033-06-01',
    text: 'King Omar Haddadin of Jordan will visit Ottawa on 12 June at Prime Minister Louise Gagnon\'s invitation. His Majesty will also attend a gala dinner there.',
    has: ['other upcoming 2033-06-12 Ottawa Omar Haddadin'],
  },
  {
    about: '"Her Majesty will also attend a state banquet there." on a visit of a queen',
    date: '2033-06-01',
    text: 'Queen Lena Aaltonen of Finland will visit Lisbon on 9 June at the invitation of President Rui Marques. Her Majesty will also attend a state banquet there.',
    has: ['other upcoming 2033-06-09 Lisbon Lena Aaltonen'],
  },
  {
    about: '"In the evening, Her Excellency will attend a concert there."',
    date: '2033-06-01',
    text: 'Chancellor Greta Hollmann will visit Yerevan on 9 June for talks with President Aram Hovhannisyan. In the evening, Her Excellency will attend a concert there.',
    has: ['other upcoming 2033-06-09 Yerevan Greta Hollmann'],
  },
  {
    about: '"On Tuesday, she will meet <office> <name>." during a stay begun on Sunday',
    date: '2033-05-30',
    text: 'President Ama Boateng arrived in Madrid on Sunday for a three-day visit to Spain. On Tuesday, she will meet Prime Minister Carlos Ibarra.',
    has: ['talks upcoming 2033-05-31 Madrid Ama Boateng+Carlos'],
  },
  {
    about: '"After the talks, she will lay a wreath …" in a visit of two days',
    date: '2033-06-01',
    text: 'President Nadia Petrescu of Romania will make an official visit to Armenia on 20-21 June. She will hold talks with President Aram Hovhannisyan in Yerevan. After the talks, she will lay a wreath at the memorial.',
    has: ['other upcoming 2033-06-20..2033-06-21 Yerevan Nadia Petrescu'],
  },
  {
    about: '"On <date>, the guest laid a wreath … in <city>" during a visit begun before',
    date: '2033-06-22',
    text: 'Prime Minister Kenji Watanabe of Japan began a three-day visit to Kenya on 18 June. On 19 June, the guest laid a wreath at the Uhuru Memorial in Nairobi.',
    has: ['other held 2033-06-19 Nairobi Kenji Watanabe'],
  },
  {
    about: '"She is also to meet the community there." after a one-day visit for talks',
    date: '2033-06-01',
    text: 'President Nadia Petrescu of Romania will visit Lisbon on 9 June for talks with Prime Minister Rui Tavares. She is also to meet the Romanian community there.',
    has: ['other upcoming 2033-06-09 Lisbon Nadia Petrescu'],
  },
  {
    about: '"She then laid a wreath …" after a day\'s talks',
    date: '2033-06-01',
    text: 'Chancellor Greta Hollmann held talks with President Aram Hovhannisyan in Yerevan on Friday. She then laid a wreath at the genocide memorial.',
    has: ['other held 2033-05-27 Yerevan Greta Hollmann'],
  },
  {
    about: '"She will also …" after a spokesman who names her after his verb (the one named after the verb is the subject)',
    date: '2033-06-01',
    text: 'President Ama Boateng of Ghana will visit Lisbon on 9 June for talks with Prime Minister Rui Tavares. Her spokesman said that President Boateng would arrive the day before. She will also meet the Ghanaian community there.',
    has: ['other upcoming 2033-06-09 Lisbon Ama Boateng'],
  },
];

interface Negative {
  about: string;
  date: string;
  text: string;
  /** The sentence whose events are checked. */
  quiet: string;
  /** What no event first told in that sentence may carry: a participant's name, a day (from or to) or a place. */
  wrong: string[];
  /** Still fails, for the reason given: runs as an expected failure. */
  known?: string;
}

const A = 'President Teodor Vrana of Slovakia held talks with Prime Minister Liis Kaasik in Tallinn on Monday.';
const B = 'President Marija Kalnina of Latvia will visit Oslo on 5 May for talks with Prime Minister Einar Solbakk.';
const C = 'President Teodor Vrana of Slovakia will visit Tallinn on 9 May for talks with Prime Minister Liis Kaasik.';

const NEGATIVES: Negative[] = [
  // Pronouns of someone other than the traveller.
  { about: '"She" after a spokeswoman who told reporters (named alone: unclear whose)', date: '2033-05-02', text: `${C} Presidential spokeswoman Marta Jurikova told reporters on Monday that the programme was final. She will also hold a press conference in Bratislava.`, quiet: 'She will also hold a press conference in Bratislava.', wrong: ['Teodor Vrana', '2033-05-09'] },
  { about: '"She" after a spokesman named in apposition ("Her spokesman, X, told …") is not the spokesman', date: '2033-06-01', text: 'President Ama Boateng of Ghana will visit Lisbon on 9 June for talks with Prime Minister Rui Tavares. Her spokesman, Kofi Annor, told reporters that President Boateng would arrive the day before. She will also meet the Ghanaian community there.', quiet: 'She will also meet the Ghanaian community there.', wrong: ['Kofi Annor'] },
  { about: '"She" of a former prime minister who criticised the visit: no day of the visit', date: '2033-05-02', text: `${C} Former Prime Minister Katrin Vaher criticised the agenda. She will also hold a news conference.`, quiet: 'She will also hold a news conference.', wrong: ['Teodor Vrana', '2033-05-09'] },
  { about: '"She" of an opposition leader whose name no rule reads', known: 'the name with no office before it is no mention, so the look-back passes over its sentence to the traveller (resolve.ts reads "She" the same way)', date: '2033-05-02', text: `${C} Opposition leader Katrin Vaher criticised the agenda of the visit. She will hold a news conference of her own.`, quiet: 'She will hold a news conference of her own.', wrong: ['Teodor Vrana', '2033-05-09'] },
  { about: '"He said the two leaders would meet again …" (a source, another occurrence)', date: '2033-05-02', text: 'Prime Minister Ola Brekstad held talks with President Dario Lenzi in Bern on Tuesday. He said the two leaders would meet again in the autumn.', quiet: 'He said the two leaders would meet again in the autumn.', wrong: ['2033-04-26', 'Bern'] },
  { about: '"He will visit Riga in June." after a quotation said of a third person', date: '2033-05-02', text: 'President Marija Kalnina of Latvia held talks with Prime Minister Einar Solbakk in Oslo on Monday. "He is a reliable partner," Kalnina said of the Danish Prime Minister, Jens Holm. He will visit Riga in June.', quiet: 'He will visit Riga in June.', wrong: ['2033-05-02', 'Oslo'] },
  { about: '"He" after a minister who did not travel', date: '2033-05-02', text: `${A} Foreign Minister Peter Hudak did not travel. He is due to meet the NATO Secretary General instead.`, quiet: 'He is due to meet the NATO Secretary General instead.', wrong: ['2033-05-02', 'Tallinn'] },
  { about: '"He then addressed a forum." after "The talks were also attended by <minister>"', known: 'the minister is named after the sentence\'s first occurrence word, where the rule takes no subject ("Another meeting took place with X"); whom "He" means is then a guess', date: '2033-05-02', text: `${A} The talks were also attended by Economy Minister Jonas Pikk. He then addressed a business forum.`, quiet: 'He then addressed a business forum.', wrong: ['Teodor Vrana'] },
  { about: '"Her Majesty" after a king and a queen is the queen', date: '2033-05-02', text: 'King Harald Lund and Queen Margit Lund of Denmark arrived in Vilnius on Monday for a state visit. Her Majesty will also open an exhibition of Danish design.', quiet: 'Her Majesty will also open an exhibition of Danish design.', wrong: ['Harald Lund'] },
  { about: '"They" are the ministries instructed', date: '2033-05-02', text: `${A} The foreign ministries were instructed to draft a new agreement. They will meet in Bratislava to finalise it.`, quiet: 'They will meet in Bratislava to finalise it.', wrong: ['2033-05-02', 'Tallinn'] },
  // "the guest", "the visiting …" in other senses.
  { about: '"The visiting business delegation" is not the traveller', date: '2033-05-02', text: `${A} The visiting business delegation will meet Estonian investors at a forum.`, quiet: 'The visiting business delegation will meet Estonian investors at a forum.', wrong: ['Teodor Vrana'] },
  { about: '"The visiting journalists then held a press conference"', date: '2033-05-02', text: `${A} The visiting journalists then held a press conference of their own.`, quiet: 'The visiting journalists then held a press conference of their own.', wrong: ['Teodor Vrana', '2033-05-02'] },
  { about: '"The visiting Foreign Minister" on a president\'s visit is another member of the delegation', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia held talks with President Alar Kivi in Tallinn on Monday. The visiting Foreign Minister then addressed a conference on energy security.', quiet: 'The visiting Foreign Minister then addressed a conference on energy security.', wrong: ['Teodor Vrana', '2033-05-02'] },
  { about: '"The guest lecturer" at a conference with no visit', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia opened a conference on artificial intelligence in Kosice on Monday. The guest lecturer then gave a speech on data protection.', quiet: 'The guest lecturer then gave a speech on data protection.', wrong: ['Teodor Vrana', '2033-05-02'] },
  { about: '"The guest speaker will address the forum on the second day."', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia opened an investment forum in Bratislava on Monday. The guest speaker will address the forum on the second day.', quiet: 'The guest speaker will address the forum on the second day.', wrong: ['Teodor Vrana', '2033-05-02'] },
  { about: '"The visiting public will also attend a concert"', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia opened the restored castle in Trencin on Monday. The visiting public will also attend a concert in the courtyard.', quiet: 'The visiting public will also attend a concert in the courtyard.', wrong: ['Teodor Vrana', '2033-05-02', 'Trencin'] },
  // An office alone, or a pair, that is someone else.
  { about: '"The Vice President will meanwhile address …" while the President travels', date: '2033-05-02', text: 'President Kwabena Asante of Ghana will visit Lisbon on 9 May for talks with Prime Minister Rui Tavares. The Vice President will meanwhile address a conference on cocoa.', quiet: 'The Vice President will meanwhile address a conference on cocoa.', wrong: ['Kwabena Asante', '2033-05-09'] },
  { about: '"The Chancellor" when no chancellor took part', date: '2033-05-02', text: 'Prime Minister Einar Solbakk of Norway held talks with President Alar Kivi of Estonia in Tallinn on Monday. The Chancellor will also address the Bundestag.', quiet: 'The Chancellor will also address the Bundestag.', wrong: ['Einar Solbakk', 'Alar Kivi', '2033-05-02'] },
  { about: '"The Prime Minister of <state>, who stayed home, …"', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia held talks with President Alar Kivi of Estonia in Tallinn on Monday. The Prime Minister of Slovakia, who stayed home, will meet the Estonian ambassador next week.', quiet: 'The Prime Minister of Slovakia, who stayed home, will meet the Estonian ambassador next week.', wrong: ['Teodor Vrana', 'Tallinn'] },
  { about: '"The leaders of the two chambers of commerce will also meet"', known: 'the plural office "leaders" is read as the two leaders by the mentions (not by these rules), and follow-on.ts then dates an item whose people all took part before', date: '2033-05-02', text: `${A} The leaders of the two chambers of commerce will also meet to prepare a trade fair.`, quiet: 'The leaders of the two chambers of commerce will also meet to prepare a trade fair.', wrong: ['2033-05-02', 'Tallinn'] },
  { about: '"The two leaders\' advisers will also meet" (a possessive: not the pair)', known: 'as above: the plural office is read as the pair by the mentions, and follow-on.ts dates the item by its people', date: '2033-05-02', text: 'President Teodor Vrana of Slovakia held talks with President Alar Kivi of Estonia in Tallinn on Monday. The two leaders\' advisers will also meet to draft a roadmap.', quiet: 'The two leaders\' advisers will also meet to draft a roadmap.', wrong: ['2033-05-02', 'Tallinn'] },
  { about: '"Both sides will hold expert talks" (experts, not the leaders)', known: 'the leaders are read for "Both sides" by the assembly (events.ts), before these rules', date: '2033-05-02', text: `${A} Both sides will hold expert talks on energy.`, quiet: 'Both sides will hold expert talks on energy.', wrong: ['Teodor Vrana'] },
  // "there", "in the capital" of another place.
  { about: '"there" after a flight from the home capital is not the home capital', date: '2033-05-02', text: 'President Marija Kalnina will fly from Riga to Norway on 9 May for talks with Prime Minister Einar Solbakk. She will also attend a state banquet there.', quiet: 'She will also attend a state banquet there.', wrong: ['Riga'] },
  { about: '"Upon her return, she will address parliament in the capital." (the home capital, another day)', date: '2033-05-02', text: 'President Marija Kalnina of Latvia held talks with Prime Minister Einar Solbakk in Oslo on Monday. Upon her return, she will address parliament in the capital.', quiet: 'Upon her return, she will address parliament in the capital.', wrong: ['Oslo', '2033-05-02'] },
  { about: '"She returned to <home> on Tuesday and chaired a cabinet meeting there."', date: '2033-05-02', text: 'President Marija Kalnina of Latvia held talks with Prime Minister Einar Solbakk in Oslo on Monday. She returned to Riga on Tuesday and chaired a cabinet meeting there.', quiet: 'She returned to Riga on Tuesday and chaired a cabinet meeting there.', wrong: ['Oslo', '2033-05-02'] },
  // Items of another day or generic.
  { about: '"The President traditionally lays a wreath …" (habit, not an item of the day)', date: '2033-05-02', text: `${A} The President traditionally lays a wreath at the Freedom Monument on national holidays.`, quiet: 'The President traditionally lays a wreath at the Freedom Monument on national holidays.', wrong: ['2033-05-02', 'Tallinn'] },
  { about: '"He once addressed the parliament as a student leader."', date: '2033-05-02', text: `${A} He once addressed the Estonian parliament as a student leader.`, quiet: 'He once addressed the Estonian parliament as a student leader.', wrong: ['2033-05-02', 'Tallinn'] },
  { about: '"In 2029 she laid a wreath at the same memorial." (a day of its own)', date: '2033-05-02', text: 'President Marija Kalnina of Latvia held talks with Prime Minister Einar Solbakk in Oslo on Monday. In 2029 she laid a wreath at the same memorial.', quiet: 'In 2029 she laid a wreath at the same memorial.', wrong: ['2033-05-02', 'Oslo'] },
  { about: '"Last year she also held talks with the King." (another year, another place)', date: '2033-05-02', text: 'President Marija Kalnina of Latvia held talks with Prime Minister Einar Solbakk in Oslo on Monday. Last year she also held talks with the King.', quiet: 'Last year she also held talks with the King.', wrong: ['2033-05-02', 'Oslo'] },
  { about: '"Presidents of the two countries often hold talks on the sidelines of summits." (generic)', known: 'the assembly (events.ts) reads a summit in "on the sidelines of summits" with the day of the talks before, before these rules; the subject rule itself no longer fires (habit)', date: '2033-05-02', text: `${A} Presidents of the two countries often hold talks on the sidelines of summits.`, quiet: 'Presidents of the two countries often hold talks on the sidelines of summits.', wrong: ['2033-05-02', 'Tallinn'] },
  // Items of another trip.
  { about: '"Separately, she will host <office> of <state> in <home capital>."', date: '2033-05-02', text: `${B} Separately, she will host the Prime Minister of Lithuania in Riga.`, quiet: 'Separately, she will host the Prime Minister of Lithuania in Riga.', wrong: ['2033-05-05', 'Oslo'] },
];

describe('pronoun and description subjects: what must keep working', () => {
  for (const r of ROWS) it(r.about, () => expect(doc(r.date, r.text).events.map(line)).toEqual(expect.arrayContaining(r.has)));
});

describe('pronoun and description subjects: where they must not fire', () => {
  for (const r of NEGATIVES) {
    (r.known ? it.fails : it)(r.about, () => {
      const d = doc(r.date, r.text);
      const from = r.text.indexOf(r.quiet);
      expect(from).toBeGreaterThanOrEqual(0);
      const inside = d.events.filter((e) => (e.evidence[0]?.start ?? -1) >= from && (e.evidence[0]?.start ?? -1) < from + r.quiet.length);
      const carried = inside.flatMap((e) => [...e.participants.map((p) => p.name), e.when.from, e.when.to, e.where]);
      expect(carried.filter((x) => x !== null && r.wrong.includes(x)), inside.map(line).join('; ')).toEqual([]);
    });
  }
});

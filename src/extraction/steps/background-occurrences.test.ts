// Past occurrences told in background sentences with a time phrase of their own (family H): "the last contact between
// A and B was on …", "their first phone conversation took place in …", "the two leaders last met in X in 2019", "B
// visited X in July at A's invitation". GUIDELINES: each is an event, held, in the window its time phrase writes, at
// the place it writes, with the people its sentence names (or resolves: "the two presidents", "the latter"). Only a past
// occurrence named with no time phrase at all is none; nor is a date of something else ("signed in 2015", "relations
// established in 1992", "since 2014 …"), a count with no occurrence ("the 30th anniversary"), generic practice, or a
// time phrase that dates the readout's own event again (no duplicate). Whole invented readouts (header, title, body).
// The states are ones whose holders matter little here, and the rows were written before any rule: on main (b31874c)
// 14 of 25 positives and 14 of 14 negatives passed; now 24 of 25 and 14 of 14.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const surname = (name: string): string => name.split(' ').pop() ?? name;

/** One line per event: kind, status, window, precision, place, participants' last names (sorted). */
const lines = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.when.precision} @${e.where ?? '-'} | ${e.participants.map((p) => surname(p.name)).sort().join('+')}`);

/** The lines without participants, for rows whose people are not the point. */
const bare = (l: string): string => l.split(' | ')[0] ?? l;

const readout = (published: string, title: string, body: string): string => `published: ${published}\ntitle: ${title}\n---\n${body}\n`;

interface Row {
  about: string;
  text: string;
  /** Lines that must be among the events (without " | people" it checks no people). */
  has?: string[];
  /** For negatives: the events' kind and first day, all of them, in order. */
  only?: string[];
  /** Still missed: runs as an expected failure. */
  known?: boolean;
}

const ROWS: Row[] = [
  {
    about: '"The last direct contact between A and B was on <date>", the next sentence says the latter had called the former',
    text: readout('2024-04-18', 'Astudel to meet Boateng in Windhoek', 'Costa Rican President Ramiro Astudel will travel to Windhoek on 2 May for talks with Namibian President Kwesi Boateng.\n\nThe last direct contact between President Astudel and President Boateng was on 11 February 2023. The latter had called the former that day over fertiliser prices.'),
    has: ['phone_call held 2023-02-11..2023-02-11 day @- | Astudel+Boateng'],
  },
  {
    about: '"Their first phone conversation took place in <month> last year"',
    text: readout('2023-06-20', 'Hallvik and Illanes speak by phone', 'Icelandic Prime Minister Sigrun Hallvik held a telephone conversation with New Zealand Prime Minister Teodoro Illanes on 19 June. They discussed fisheries and green hydrogen.\n\nTheir first phone conversation took place in May last year.'),
    has: ['phone_call held 2022-05-01..2022-05-31 month @- | Hallvik+Illanes'],
  },
  {
    about: '"The first telephone call between the two presidents was held on <date>": the group is the lead\'s pair',
    text: readout('2021-09-02', 'Vilanova and Mwangaza hold talks in Lusaka', 'President Duarte Vilanova of Panama met President Joseph Mwangaza of Zambia in Lusaka on 1 September.\n\nThe first telephone call between the two presidents was held on 14 April 2021, shortly after the elections in Panama.'),
    has: ['phone_call held 2021-04-14..2021-04-14 day @- | Mwangaza+Vilanova'],
  },
  {
    about: '"A had attended B\'s inauguration in <month>"',
    text: readout('2022-10-05', 'Ferrando visits Gaborone', 'Namibian President Lucas Ferrando held talks with Botswana\'s President Matías Olazábal in Gaborone on 4 October.\n\nFerrando had attended Olazábal\'s inauguration in March.'),
    has: ['other held 2022-03-01..2022-03-31 month @-'],
  },
  {
    about: '"He had also met C on the sidelines of the <gathering> in <city> on <date>"',
    text: readout('2023-02-10', 'Santoso meets Arakawa in Vientiane', 'Cambodian Prime Minister Bima Santoso met Lao Prime Minister Kenji Arakawa in Vientiane on 9 February.\n\nSantoso had also met Arakawa on the sidelines of the Mekong summit in Bangkok on 12 November 2022.'),
    has: ['talks held 2022-11-12..2022-11-12 day @Bangkok | Arakawa+Santoso'],
  },
  {
    about: '"the two leaders last met in <city> in <year>"',
    text: readout('2024-03-12', 'Lehtola and Tamm speak by phone', 'Icelandic Prime Minister Aino Lehtola spoke by telephone with Prime Minister of New Zealand Kalev Tamm on Monday about fisheries.\n\nThe two leaders last met in Auckland in 2019.'),
    has: ['talks held 2019-01-01..2019-12-31 year @Auckland | Lehtola+Tamm'],
  },
  {
    about: '"It was A\'s second visit to X since January, after a working trip on <date>"',
    text: readout('2023-04-27', 'Pappas in Podgorica', 'Albanian Prime Minister Nikos Pappas arrived in Podgorica on 26 April for talks with Montenegrin Prime Minister Andrej Kovač.\n\nIt was Pappas\'s second visit to Montenegro since January, after a working trip on 12 February.'),
    has: ['visit held 2023-02-12..2023-02-12 day @Montenegro | Pappas'],
    // Found, but without its place (the trip's state is named before its time) and with "Montenegro" read as a person.
    known: true,
  },
  {
    about: '"B visited X in <month year> at A\'s invitation"',
    text: readout('2024-01-16', 'Khoa receives Berkes in Vientiane', 'Lao President Tran Van Khoa held talks with Mauritian President Zoltán Berkes in Vientiane on 15 January.\n\nKhoa visited Mauritius in July 2023 at Berkes\'s invitation.'),
    has: ['visit held 2023-07-01..2023-07-31 month @Mauritius'],
  },
  {
    about: '"the previous round of talks, held in <city> in <month>,"',
    text: readout('2022-09-14', 'New round of talks on the border', 'The foreign ministers of Albania and North Macedonia held a new round of talks in Geneva on 13 September.\n\nThe previous round of talks, held in Ohrid in April, ended without agreement.'),
    has: ['talks held 2022-04-01..2022-04-30 month @Ohrid'],
  },
  {
    about: '"in a call on <weekday>, the leaders …" before a visit the readout announces',
    text: readout('2025-03-07', 'Serrano to visit Panama', 'Costa Rican President Alba Serrano will pay an official visit to Panama City on 20 March, at the invitation of Panamanian President Karim Bennani.\n\nThe visit was agreed in a call on Tuesday, in which the leaders also discussed migration.'),
    has: ['phone_call held 2025-03-04..2025-03-04 day @- | Bennani+Serrano'],
  },
  {
    about: '"A reciprocated the visit B paid to <city> in <year>"',
    text: readout('2019-11-21', 'Nowicki begins state visit', 'Jamaican Prime Minister Tadeusz Nowicki began a state visit to Fiji on 20 November. With the visit, Nowicki reciprocated the visit Prime Minister Duarte Vilanova paid to Kingston in 2016.'),
    has: ['visit held 2016-01-01..2016-12-31 year @Kingston | Vilanova'],
  },
  {
    about: '"The two presidents last spoke by telephone on <day month>"',
    text: readout('2023-10-03', 'Farias and Salcedo meet in San José', 'Panamanian President Helena Farias met Costa Rican President Rodrigo Salcedo in San José on 2 October.\n\nThe two presidents last spoke by telephone on 2 September.'),
    has: ['phone_call held 2023-09-02..2023-09-02 day @- | Farias+Salcedo'],
  },
  {
    about: '"The previous meeting between the prime ministers took place in <city> in <month year>"',
    text: readout('2022-06-09', 'Hruby and Kollar meet', 'Albanian Prime Minister Edvin Marku held talks with Montenegrin Prime Minister Juraj Kollár in Podgorica on 8 June.\n\nThe previous meeting between the prime ministers took place in Tirana in November 2021.'),
    has: ['talks held 2021-11-01..2021-11-30 month @Tirana | Kollár+Marku'],
  },
  {
    about: '"X and Y had spoken on the phone on <date>, shortly after the election"',
    text: readout('2024-02-20', 'Diagne and Montagne meet in Windhoek', 'Zambian President Moussa Diagne held talks with Namibian President Claire Montagne at State House in Windhoek on 19 February.\n\nDiagne and Montagne had spoken on the phone on 14 January, shortly after the election.'),
    has: ['phone_call held 2024-01-14..2024-01-14 day @- | Diagne+Montagne'],
  },
  {
    about: '"The leaders first met at the <summit> in <city> in <month year>"',
    text: readout('2023-08-30', 'Carver and Mehra talk by phone', 'Fijian Prime Minister Liam Carver spoke by phone with Samoan Prime Minister Arjun Mehra on Tuesday.\n\nThe leaders first met at the Pacific Islands Forum summit in Suva in November 2022.'),
    has: ['talks held 2022-11-01..2022-11-30 month @Suva | Carver+Mehra'],
  },
  {
    about: '"Their previous telephone conversation was held on <date>"',
    text: readout('2023-01-12', 'Abenov and Tashkentov speak by phone', 'President of Botswana Nurlan Abenov had a telephone conversation with President of Zambia Jasur Tashkentov on 11 January.\n\nTheir previous telephone conversation was held on 21 December 2022.'),
    has: ['phone_call held 2022-12-21..2022-12-21 day @- | Abenov+Tashkentov'],
  },
  {
    about: 'sentence-initial time: "In <month year>, X made an official visit to <state>"',
    text: readout('2024-05-15', 'Mwangaza receives Boateng', 'Zambian President Joseph Mwangaza received Namibian President Kwesi Boateng at State House in Lusaka on 14 May.\n\nIn October 2020, Mwangaza made an official visit to Namibia.'),
    has: ['visit held 2020-10-01..2020-10-31 month @Namibia | Mwangaza'],
  },
  {
    about: '"The King had received the Prime Minister in <city> on <day month>"',
    text: readout('2022-09-28', 'King Faris and Prime Minister Tala speak by phone', 'King Faris Tupou of Tonga spoke by phone with the Prime Minister of Samoa, Fiame Tala, on 27 September.\n\nKing Faris had received Prime Minister Tala in Nukuʻalofa on 3 April.'),
    has: ['talks held 2022-04-03..2022-04-03 day @Nukuʻalofa'],
  },
  {
    about: '"Last month, the two ministers met in <city>"',
    text: readout('2023-11-15', 'Ferri and Hosny speak by phone', 'Icelandic Foreign Minister Paolo Ferri spoke by phone with Foreign Minister of Jamaica Samir Hosny on 14 November.\n\nLast month, the two ministers met in Geneva.'),
    has: ['talks held 2023-10-01..2023-10-31 month @Geneva | Ferri+Hosny'],
  },
  {
    about: '"The two leaders last met in person in <year>, in <city>" (place after the time)',
    text: readout('2022-03-02', 'Arslan and Lindqvist speak by phone', 'Montenegrin President Kemal Arslan held a phone call with Icelandic Prime Minister Ebba Lindqvist on 1 March.\n\nThe two leaders last met in person in 2021, in Reykjavik.'),
    has: ['talks held 2021-01-01..2021-12-31 year @Reykjavik | Arslan+Lindqvist'],
  },
  {
    about: 'pluperfect passive: "A had been received by B in <city> on <date>"',
    text: readout('2021-07-08', 'Markovic and Kranjc speak by phone', 'North Macedonian Prime Minister Ivo Marković spoke by telephone with Albanian Prime Minister Janez Kranjc on 7 July.\n\nMarković had been received by Kranjc in Tirana on 22 May.'),
    has: ['talks held 2021-05-22..2021-05-22 day @Tirana | Kranjc+Marković'],
  },
  {
    about: '"X\'s previous visit to <state> was in <year>"',
    text: readout('2024-06-05', 'Brenner arrives in Thimphu', 'Icelandic President Lukas Brenner arrived in Thimphu on 4 June for a state visit to Bhutan. Brenner\'s previous visit to Bhutan was in 2011.'),
    has: ['visit held 2011-01-01..2011-12-31 year @Bhutan | Brenner'],
  },
  {
    about: '"X and Y met in <city> on <date>" told after the call reported',
    text: readout('2020-02-11', 'Montoya and Cordero speak by phone', 'Panamanian President Andrés Montoya spoke by telephone with Costa Rican President Rafael Cordero on 10 February.\n\nMontoya and Cordero met in San José on 15 January to sign a border agreement.'),
    has: ['talks held 2020-01-15..2020-01-15 day @San José | Cordero+Montoya'],
  },
  {
    about: '"The last contact between A and B was a phone call on <date>"',
    text: readout('2022-05-18', 'Ozols and Vaitkus meet in Skopje', 'Albanian Prime Minister Artis Ozols met North Macedonian Prime Minister Rimas Vaitkus in Skopje on 17 May.\n\nThe last contact between Ozols and Vaitkus was a phone call on 3 February.'),
    has: ['phone_call held 2022-02-03..2022-02-03 day @- | Ozols+Vaitkus'],
  },
  {
    about: '"in a telephone conversation on <date>, the former congratulated the latter"',
    text: readout('2021-12-10', 'Haldor and Moana meet in Wellington', 'Icelandic President Einar Haldor held talks with New Zealand Prime Minister Rosa Moana in Wellington on 9 December.\n\nIn a telephone conversation on 30 October, the former had congratulated the latter on her election.'),
    has: ['phone_call held 2021-10-30..2021-10-30 day @- | Haldor+Moana'],
  },
  // Negatives: no event beyond the readout's own.
  {
    about: 'an earlier meeting with no time phrase ("their earlier meeting in <city>")',
    text: readout('2023-05-10', 'Astudel and Hallvik speak by phone', 'Costa Rican President Ramiro Astudel held a telephone conversation with Icelandic Prime Minister Sigrun Hallvik on 9 May.\n\nThe leaders recalled their earlier meeting in Reykjavik.'),
    only: ['phone_call 2023-05-09'],
  },
  {
    about: 'an anniversary of relations is no occurrence',
    text: readout('2022-04-13', 'Quispe and Park speak by phone', 'Panamanian President Elena Quispe spoke by phone with Jamaican Prime Minister Min-ho Park on 12 April.\n\nThe two leaders noted that this year marks the 60th anniversary of diplomatic relations.'),
    only: ['phone_call 2022-04-12'],
  },
  {
    about: 'an agreement "signed in <year>" dates a document, not a meeting',
    text: readout('2021-10-20', 'Ozols and Vaitkus meet', 'Albanian Prime Minister Artis Ozols met North Macedonian Prime Minister Rimas Vaitkus in Tirana on 19 October.\n\nThey reviewed the implementation of the energy agreement signed in 2015.'),
    only: ['talks 2021-10-19'],
  },
  {
    about: '"relations were established in <year>"',
    text: readout('2022-11-09', 'Ciobanu and Kapanadze hold talks', 'Montenegrin President Ana Ciobanu held talks with North Macedonian President Levan Kapanadze in Podgorica on 8 November.\n\nDiplomatic relations between the two countries were established in 1993.'),
    only: ['talks 2022-11-08'],
  },
  {
    about: '"Since <year>, the two countries have …"',
    text: readout('2024-09-11', 'Serrano and Calado meet', 'Costa Rican President Alba Serrano met Panamanian President Rui Calado in Panama City on 10 September.\n\nSince 2014, the two countries have held annual summits.'),
    only: ['talks 2024-09-10'],
  },
  {
    about: 'generic practice: "the two presidents speak regularly by phone"',
    text: readout('2023-03-22', 'Diagne and Traoré meet', 'Zambian President Moussa Diagne met Botswana\'s President Bakary Traoré in Lusaka on 21 March.\n\nThe two presidents speak regularly by phone.'),
    only: ['talks 2023-03-21'],
  },
  {
    about: 'the time phrase of the readout\'s own talks, written again: no duplicate',
    text: readout('2022-03-15', 'Tamm and Holm meet in Reykjavik', 'Icelandic Prime Minister Kalev Tamm held talks with New Zealand Prime Minister Freja Holm in Reykjavik on 14 March.\n\nThe talks, held in Reykjavik on 14 March, focused on fisheries and energy.'),
    only: ['talks 2022-03-14'],
  },
  {
    about: '"in the call on <weekday>" that is the readout\'s own call: no duplicate',
    text: readout('2025-03-07', 'Serrano and Bennani speak by phone', 'Costa Rican President Alba Serrano spoke by phone with Panamanian President Karim Bennani on Tuesday.\n\nIn the call on Tuesday, the leaders also discussed migration.'),
    only: ['phone_call 2025-03-04'],
  },
  {
    about: 'a past visit named in passing with no time ("recalled his previous visit to <city>")',
    text: readout('2023-07-19', 'Hudák and Quispe meet', 'Montenegrin President Marek Hudák met Panamanian President Elena Quispe in Podgorica on 18 July.\n\nHudák recalled his previous visit to Panama City and the warm welcome he received there.'),
    only: ['talks 2023-07-18'],
  },
  {
    about: 'a count of meetings "since <year>" is no occurrence',
    text: readout('2024-10-02', 'Astudel and Ferrando meet', 'Costa Rican President Ramiro Astudel met Namibian President Lucas Ferrando in San José on 1 October.\n\nThe two leaders have met five times since 2022.'),
    only: ['talks 2024-10-01'],
  },
  {
    about: 'a treaty "in force since <year>"',
    text: readout('2020-06-25', 'Hrubý and Aigner speak by phone', 'Albanian Prime Minister Pavel Hrubý spoke by telephone with Montenegrin Prime Minister Felix Aigner on 24 June.\n\nThey discussed the border treaty, in force since 2005.'),
    only: ['phone_call 2020-06-24'],
  },
  {
    about: '"the first visit by a <adjective> prime minister in 20 years" counts years, not an occurrence',
    text: readout('2023-09-14', 'Mehra in San José', 'Samoan Prime Minister Arjun Mehra arrived in San José on 13 September for talks with Costa Rican President Ramiro Astudel. It is the first visit by a Samoan prime minister to Costa Rica in 20 years.'),
    only: ['talks 2023-09-13'],
  },
  {
    about: 'a meeting in passing with only "recent" ("their recent meeting in <city>")',
    text: readout('2022-12-07', 'Arslan and Tala speak by phone', 'Montenegrin President Kemal Arslan spoke by phone with Samoan Prime Minister Fiame Tala on 6 December.\n\nThe leaders discussed the outcome of their recent meeting in Apia.'),
    only: ['phone_call 2022-12-06'],
  },
  {
    about: 'a ministry "founded in <year>" and an election "won in <year>" are no meetings of the leaders',
    text: readout('2021-04-08', 'Haldor and Moana speak by phone', 'Icelandic President Einar Haldor spoke by telephone with New Zealand Prime Minister Rosa Moana on 7 April.\n\nHaldor congratulated Moana, whose party has governed since 2017, on the new ministry founded in March.'),
    only: ['phone_call 2021-04-07'],
  },
];

describe('past occurrences in background sentences with a time phrase (family H)', () => {
  for (const row of ROWS) {
    const run = row.known ? it.fails : it;
    run(row.about, () => {
      const d = extract(row.text);
      const got = lines(d);
      if (row.has) {
        for (const want of row.has) {
          expect(want.includes(' | ') ? got : got.map(bare)).toContain(want);
        }
      }
      if (row.only) expect(d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}`)).toEqual(row.only);
    });
  }
});

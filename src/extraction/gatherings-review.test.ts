// An adversarial review table of named gatherings (summits, conferences, sittings) mentioned in passing, written
// before reading the rules it checks: the gatherings GUIDELINES.md makes events (one to come, even without a time; one
// past with a time phrase; the setting, purpose or host of a reported occurrence) and those it does not (a past one
// named in passing with no time phrase, a title or a body named after a gathering, the readout's own gathering named
// again under another phrase). Invented leaders, places and wording; readouts dated Thursday 14 October 2027.
// The first 87 rows were written before the rules were read; the rows after them (the same kinds in a readout's first
// sentence, trips made "to represent" or "to attend the opening of", a summit's own relative clause) after. Still
// missed (known): a journey by "set off for", the place of "gathered in X … for their summit", the speaker "told the X
// summit" as an attendee, a gathering named by an acronym only, a summit attended in a "where" clause after dated
// talks, and "thanked Y on Tuesday for hosting the X summit" (the day taken by the past summit).
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';

const R = '2027-10-14';
/** kind, status, window, place and participants of every event, sorted (their order is not scored). */
const events = (text: string): string[] =>
  extractReadout(R, text)
    .events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`)
    .sort();

interface Row {
  about: string;
  text: string;
  /** the events expected; more than one list when GUIDELINES.md allows more than one reading. */
  expected: string[] | string[][];
  /** still missed: runs as an expected failure. */
  known?: boolean;
}

const CALL_TEXT = 'President Amara Okafor held a telephone conversation with Prime Minister Tomas Berg on Wednesday.';
const CALL = 'phone_call held 2027-10-13..2027-10-13 - Amara Okafor+Tomas Berg';
const call = (sentence: string): string => `${CALL_TEXT} ${sentence}`;

const positives: Row[] = [
  {
    about: 'a trip to come made to attend a summit',
    text: "Prime Minister Lotta Virtanen will travel to Reykjavik on Monday to attend the Nordic leaders' summit.",
    expected: ['summit upcoming 2027-10-18..2027-10-18 Reykjavik Lotta Virtanen', 'visit upcoming 2027-10-18..2027-10-18 Reykjavik Lotta Virtanen'],
  },
  {
    about: 'a past meeting on the sidelines of a summit, place and day after the name',
    text: 'President Amara Okafor met Prime Minister Tomas Berg on the sidelines of the Black Sea summit in Varna on Tuesday.',
    expected: ['summit held 2027-10-12..2027-10-12 Varna Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Varna Amara Okafor+Tomas Berg'],
  },
  {
    about: 'leaders who agreed to meet at a summit (to come, no time)',
    text: 'President Amara Okafor held a telephone conversation with Chancellor Jonas Riedl on Wednesday. The two leaders agreed to meet at the Danube summit in Vienna.',
    expected: [
      ['phone_call held 2027-10-13..2027-10-13 - Amara Okafor+Jonas Riedl', 'summit upcoming -..- Vienna Amara Okafor+Jonas Riedl'],
      ['phone_call held 2027-10-13..2027-10-13 - Amara Okafor+Jonas Riedl', 'summit upcoming -..- Vienna Amara Okafor+Jonas Riedl', 'talks upcoming -..- Vienna Amara Okafor+Jonas Riedl'],
    ],
  },
  {
    about: 'a state that will host a summit next June',
    text: 'Mongolia will host the Steppe Nations summit in Ulaanbaatar next June.',
    expected: ['summit upcoming 2028-06-01..2028-06-30 Ulaanbaatar '],
  },
  {
    about: 'a summit with its year in its name, hosted by a state (passive)',
    text: 'The 2029 Andean summit will be hosted by Bolivia.',
    expected: ['summit upcoming 2029-01-01..2029-12-31 Bolivia '],
  },
  {
    about: "last month's summit",
    text: "Last month's Mekong summit in Vientiane produced a joint action plan on river management.",
    expected: ['summit held 2027-09-01..2027-09-30 Vientiane '],
  },
  {
    about: 'a past summit with a month after its place',
    text: 'At the Baltic summit in Riga in March, the leaders adopted a declaration on energy security.',
    expected: ['summit held 2027-03-01..2027-03-31 Riga '],
  },
  {
    about: 'a summit attended during a dated visit',
    text: 'President Amara Okafor will pay a state visit to Malaysia from 20 to 22 October. While in Malaysia, he will also attend the Indian Ocean Rim summit.',
    expected: ['summit upcoming 2027-10-20..2027-10-22 Malaysia Amara Okafor', 'visit upcoming 2027-10-20..2027-10-22 Malaysia Amara Okafor'],
  },
  {
    about: "today's Cabinet meeting chaired",
    text: "President Amara Okafor chaired today's Cabinet meeting in Accra.",
    expected: ['session held 2027-10-14..2027-10-14 Accra Amara Okafor'],
  },
  {
    about: 'talks to come on the margins of a Heads of Government Meeting next week',
    text: 'Chancellor Jonas Riedl and President Lucia Ferrer will hold talks on the margins of the Commonwealth Heads of Government Meeting in Kigali next week.',
    expected: ['summit upcoming 2027-10-18..2027-10-24 Kigali Jonas Riedl+Lucia Ferrer', 'talks upcoming 2027-10-18..2027-10-24 Kigali Jonas Riedl+Lucia Ferrer'],
  },
  {
    about: 'a summit that will take place on a day',
    text: 'The Caspian summit will take place in Baku on 3 November.',
    expected: ['summit upcoming 2027-11-03..2027-11-03 Baku '],
  },
  {
    about: 'preparations for a summit with a month in its name, discussed in a call',
    text: 'President Lucia Ferrer and Prime Minister Tomas Berg discussed by phone on Wednesday preparations for the November summit of the Pacific Alliance.',
    expected: ['phone_call held 2027-10-13..2027-10-13 - Lucia Ferrer+Tomas Berg', 'summit upcoming 2027-11-01..2027-11-30 - '],
  },
  {
    about: 'an arrival to take part in a summit',
    text: 'President Lucia Ferrer arrived in Asuncion on Tuesday to take part in the Chaco summit.',
    expected: ['summit held 2027-10-12..2027-10-12 Asuncion Lucia Ferrer', 'visit held 2027-10-12..2027-10-12 Asuncion Lucia Ferrer'],
  },
  {
    about: 'expected to attend a summit, no time',
    text: 'Prime Minister Tomas Berg is expected to attend the Baltic Sea summit in Stockholm.',
    expected: ['summit upcoming -..- Stockholm Tomas Berg'],
  },
  {
    about: '"heads to … tomorrow for" a summit',
    text: 'President Lucia Ferrer heads to Quito tomorrow for the Ibero-American Summit.',
    expected: ['summit upcoming 2027-10-15..2027-10-15 Quito Lucia Ferrer', 'visit upcoming 2027-10-15..2027-10-15 Quito Lucia Ferrer'],
  },
  {
    about: 'a past summit named with a month and year (a time phrase)',
    text: 'Relations between the two countries have deepened since the Tartu summit in July 2025.',
    expected: ['summit held 2025-07-01..2025-07-31 Tartu '],
  },
  {
    about: 'a summit "held in … on" a day',
    text: 'The leaders reviewed the decisions of the summit held in Tashkent on 2 October.',
    expected: ['summit held 2027-10-02..2027-10-02 Tashkent '],
  },
  {
    about: "next year's summit that a leader will attend",
    text: "Prime Minister Tomas Berg confirmed that he would attend next year's Arctic summit in Tromso.",
    expected: ['summit upcoming 2028-01-01..2028-12-31 Tromso Tomas Berg'],
  },
  {
    about: 'fronted "On the fringes of" with the day inside the phrase',
    text: 'On the fringes of the Three Seas summit in Bucharest on Wednesday, President Amara Okafor held talks with President Lucia Ferrer.',
    expected: ['summit held 2027-10-13..2027-10-13 Bucharest Amara Okafor+Lucia Ferrer', 'talks held 2027-10-13..2027-10-13 Bucharest Amara Okafor+Lucia Ferrer'],
  },
  {
    about: 'leaders who will convene for a summit',
    text: 'Leaders of the Gulf states will convene for the Gulf summit in Doha on 9 December.',
    expected: ['summit upcoming 2027-12-09..2027-12-09 Doha '],
  },
  {
    about: 'a summit "held in … last week" in a relative clause',
    text: 'The Atlantic summit, held in Rabat last week, agreed on a fisheries pact.',
    expected: ['summit held 2027-10-04..2027-10-10 Rabat '],
  },
  {
    about: 'the agenda of an upcoming summit (no time)',
    text: 'The foreign ministers discussed the agenda of the upcoming Nile Basin summit.',
    expected: ['summit upcoming -..- - '],
  },
  {
    about: 'an arrival today for a summit that opens on Friday',
    text: 'President Lucia Ferrer has arrived in Lisbon to attend the Ibero-American summit, which opens on Friday.',
    expected: ['summit upcoming 2027-10-15..2027-10-15 Lisbon Lucia Ferrer', 'visit held 2027-10-14..2027-10-14 Lisbon Lucia Ferrer'],
  },
  {
    about: "a standing body's sitting under way today",
    text: 'Prime Minister Tomas Berg is taking part in the session of the Nordic Council in Helsinki today.',
    expected: ['session held 2027-10-14..2027-10-14 Helsinki Tomas Berg'],
  },
  {
    about: 'talks ahead of a summit, each on its own day',
    text: 'Ahead of the Danube summit next Tuesday, President Amara Okafor will meet Chancellor Jonas Riedl in Vienna on Monday.',
    // Who meets ahead of a summit may be read as attending it.
    expected: [
      ['summit upcoming 2027-10-19..2027-10-19 - ', 'talks upcoming 2027-10-18..2027-10-18 Vienna Amara Okafor+Jonas Riedl'],
      ['summit upcoming 2027-10-19..2027-10-19 - Amara Okafor+Jonas Riedl', 'talks upcoming 2027-10-18..2027-10-18 Vienna Amara Okafor+Jonas Riedl'],
    ],
  },
  {
    about: 'a leader who will represent a state at a summit on Saturday',
    text: 'Prime Minister Tomas Berg will represent Norway at the Arctic summit in Tromso on Saturday.',
    expected: ['summit upcoming 2027-10-16..2027-10-16 Tromso Tomas Berg'],
  },
  {
    about: 'a summit "scheduled for" a span of days, in apposition',
    text: 'The summit of the Lusophone states, scheduled for 4-5 November in Maputo, will focus on maritime security.',
    expected: ['summit upcoming 2027-11-04..2027-11-05 Maputo '],
  },
  {
    about: 'leaders who will meet during a dated summit',
    text: 'President Amara Okafor and Chancellor Jonas Riedl will meet during the Danube summit in Vienna on 25 October.',
    expected: ['summit upcoming 2027-10-25..2027-10-25 Vienna Amara Okafor+Jonas Riedl', 'talks upcoming 2027-10-25..2027-10-25 Vienna Amara Okafor+Jonas Riedl'],
  },
  {
    about: 'the upcoming summit discussed in a call',
    text: call('The leaders also discussed the upcoming Lusophone summit in Maputo.'),
    expected: [CALL, 'summit upcoming -..- Maputo '],
  },
  {
    about: '"preparations for the next X summit" in a call',
    text: call('They exchanged views on preparations for the next Danube summit.'),
    expected: [CALL, 'summit upcoming -..- - '],
  },
  {
    about: "a leader who will chair next year's summit",
    text: call("Okafor, who will chair next year's Danube summit, invited Berg to attend it."),
    expected: [[CALL, 'summit upcoming 2028-01-01..2028-12-31 - Amara Okafor'], [CALL, 'summit upcoming 2028-01-01..2028-12-31 - Amara Okafor+Tomas Berg']],
  },
  {
    about: 'leading a delegation to a dated summit',
    text: "President Amara Okafor will lead Ghana's delegation to the Danube summit in Vienna on 20 October.",
    expected: [
      ['summit upcoming 2027-10-20..2027-10-20 Vienna Amara Okafor'],
      ['summit upcoming 2027-10-20..2027-10-20 Vienna Amara Okafor', 'visit upcoming 2027-10-20..2027-10-20 Vienna Amara Okafor'],
    ],
  },
  {
    about: '"will be in X on Monday for" a summit',
    text: 'President Amara Okafor will be in Vienna on Monday for the Danube summit.',
    expected: [
      ['summit upcoming 2027-10-18..2027-10-18 Vienna Amara Okafor'],
      ['summit upcoming 2027-10-18..2027-10-18 Vienna Amara Okafor', 'visit upcoming 2027-10-18..2027-10-18 Vienna Amara Okafor'],
    ],
  },
  {
    about: '"set off for X on Wednesday to join" a summit',
    known: true,
    text: 'Prime Minister Tomas Berg set off for Bern on Wednesday to join the Alpine summit.',
    expected: ['summit held 2027-10-13..2027-10-13 Bern Tomas Berg', 'visit held 2027-10-13..2027-10-13 Bern Tomas Berg'],
  },
  {
    about: '"held talks in the margins of" a summit',
    text: 'President Amara Okafor and Prime Minister Tomas Berg held talks in the margins of the Alpine summit in Bern on Tuesday.',
    expected: ['summit held 2027-10-12..2027-10-12 Bern Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Bern Amara Okafor+Tomas Berg'],
  },
  {
    about: '"on the sideline of" (singular) a summit',
    text: 'President Amara Okafor met Prime Minister Tomas Berg on the sideline of the Alpine summit in Bern on Tuesday.',
    expected: ['summit held 2027-10-12..2027-10-12 Bern Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Bern Amara Okafor+Tomas Berg'],
  },
  {
    about: 'a summit "to be hosted by" a state in a month, in apposition',
    text: 'The Alpine summit, to be hosted by Switzerland in March, will focus on glaciers.',
    expected: ['summit upcoming 2028-03-01..2028-03-31 Switzerland '],
  },
  {
    about: 'two summits to come in one sentence, each with its day',
    text: 'President Amara Okafor will attend the Danube summit in Vienna on 20 October and the Alpine summit in Bern on 28 October.',
    expected: ['summit upcoming 2027-10-20..2027-10-20 Vienna Amara Okafor', 'summit upcoming 2027-10-28..2027-10-28 Bern Amara Okafor'],
  },
  {
    about: 'a summit a state announced it will host in a year',
    text: 'Prime Minister Tomas Berg announced that Norway will host the Arctic summit in 2029.',
    expected: ['summit upcoming 2029-01-01..2029-12-31 Norway '],
  },
  {
    about: 'a summit to come announced on a past day (the day is the telling\'s)',
    text: 'Prime Minister Tomas Berg said on Monday that he would attend the Arctic summit in Tromso.',
    expected: ['summit upcoming -..- Tromso Tomas Berg'],
  },
  {
    about: 'a host state and a numbered General Assembly, the telling dated',
    text: 'Uruguay will host the 60th General Assembly of the Andean Parliament, the minister said on Tuesday.',
    expected: ['session upcoming -..- Uruguay '],
  },
  {
    about: 'a meeting "at the X summit" after its day dates the summit',
    text: 'President Amara Okafor met Prime Minister Tomas Berg on Tuesday at the Arctic summit in Oslo.',
    expected: ['summit held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'a summit attended, in a "where" clause after dated talks',
    text: 'President Amara Okafor met Prime Minister Tomas Berg in Oslo on Tuesday, where both were attending the Arctic summit.',
    expected: ['summit held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
    known: true,
  },
  {
    about: 'the results of a summit dated by its own relative clause',
    text: 'The foreign ministers reviewed the results of the Arctic summit, which took place in Tromso on 2 October.',
    expected: ['summit held 2027-10-02..2027-10-02 Tromso '],
  },
  {
    about: 'a trip "to represent" a state "at" a summit',
    text: 'President Amara Okafor will travel to Oslo on Friday to represent Ghana at the Arctic summit.',
    expected: ['summit upcoming 2027-10-15..2027-10-15 Oslo Amara Okafor', 'visit upcoming 2027-10-15..2027-10-15 Oslo Amara Okafor'],
  },
  {
    about: 'a trip "to attend the opening of" a summit',
    text: 'Prime Minister Tomas Berg will fly to Tromso on Friday to attend the opening of the Arctic summit.',
    expected: ['summit upcoming 2027-10-15..2027-10-15 Tromso Tomas Berg', 'visit upcoming 2027-10-15..2027-10-15 Tromso Tomas Berg'],
  },
];

const negatives: Row[] = [
  { about: '"since the X summit" (past, no time)', text: call('They noted that the alliance had strengthened its eastern flank since the Tartu summit.'), expected: [CALL] },
  { about: '"the summit declaration"', text: call('Both sides reaffirmed their commitment to the summit declaration.'), expected: [CALL] },
  { about: '"the outcome of the last X summit"', text: call('They discussed the outcome of the last Pacific Alliance summit.'), expected: [CALL] },
  { about: '"in the spirit of the X conference"', text: call('The President stressed that disputes should be settled in the spirit of the Turku conference.'), expected: [CALL] },
  { about: '"in line with the decisions of the X summit"', text: call('The Prime Minister called for steps in line with the decisions of the Almaty summit.'), expected: [CALL] },
  {
    about: '"the Summit\'s chair" (a title)',
    text: "In his capacity as the Summit's chair, President Amara Okafor held a telephone conversation with Prime Minister Tomas Berg on Wednesday.",
    expected: [CALL],
  },
  { about: '"the G7 presidency" (a title)', text: call("Berg briefed Okafor on the priorities of his country's G7 presidency."), expected: [CALL] },
  { about: '"the Conference on Disarmament" (a body)', text: call('The leaders called for the Conference on Disarmament to resume substantive work.'), expected: [CALL] },
  {
    about: 'the readout\'s summit named again as "the Quito summit"',
    text: 'The 14th Andean summit was held in Quito on Tuesday. On the sidelines of the summit, President Lucia Ferrer met President Amara Okafor. The Quito summit adopted a declaration on water.',
    expected: ['summit held 2027-10-12..2027-10-12 Quito Amara Okafor+Lucia Ferrer', 'talks held 2027-10-12..2027-10-12 Quito Amara Okafor+Lucia Ferrer'],
  },
  {
    about: 'the readout\'s summit named again as "the Vientiane gathering"',
    known: true,
    text: 'Leaders of the Mekong states gathered in Vientiane on Wednesday for their annual summit. The Vientiane gathering ended with a joint statement on river management.',
    expected: ['summit held 2027-10-13..2027-10-13 Vientiane '],
  },
  { about: '"recalled the X summit"', text: call('Okafor recalled the Entebbe summit.'), expected: [CALL] },
  { about: '"since the previous summit in X"', text: call('They noted the progress achieved since the previous summit in Oslo.'), expected: [CALL] },
  { about: '"the X summit format"', text: call('Both leaders praised the Three Seas summit format.'), expected: [CALL] },
  { about: '"which hosted the X summit" (past, no time)', text: call('Berg thanked Ghana, which hosted the Gulf of Guinea summit, for its leadership.'), expected: [CALL] },
  { about: '"the commitments made at the X Heads of Government Meeting"', text: call('The sides agreed to implement the commitments made at the Kigali Heads of Government Meeting.'), expected: [CALL] },
  { about: '"the General Assembly resolution"', text: call('They welcomed the General Assembly resolution on ocean governance.'), expected: [CALL] },
  { about: '"the President of the Conference of the Parties" (a title)', text: call('Okafor praised the President of the Conference of the Parties for her work.'), expected: [CALL] },
  { about: '"as agreed at the X summit"', text: call('Berg proposed to continue the dialogue as agreed at the Bratislava summit.'), expected: [CALL] },
  { about: '"the X summit decisions"', text: call('The leaders discussed the implementation of the Madrid summit decisions.'), expected: [CALL] },
  {
    about: '"the summit\'s rotating chair" inside the readout\'s own summit',
    text: "The Sahel summit opened in Niamey on Wednesday. President Amara Okafor, who holds the summit's rotating chair, welcomed the delegations.",
    expected: ['summit held 2027-10-13..2027-10-13 Niamey Amara Okafor'],
  },
  {
    about: 'the summit of an arrival named again as "the Lima summit"',
    text: 'President Lucia Ferrer arrived in Lima on Monday to attend the Pacific Rim summit, which opened on Tuesday. The Lima summit adopted a plan on fisheries.',
    expected: ['summit held 2027-10-12..2027-10-12 Lima Lucia Ferrer', 'visit held 2027-10-11..2027-10-11 Lima Lucia Ferrer'],
  },
  { about: '"the results of the X summit"', text: call('The Prime Minister briefed the President on the results of the Bled summit.'), expected: [CALL] },
  { about: '"the summit process launched in X"', text: call('The two leaders exchanged views on the summit process launched in Lusaka.'), expected: [CALL] },
  { about: '"described the X conference as"', text: call('Okafor described the Accra conference as a turning point.'), expected: [CALL] },
  { about: '"had hosted the X summit" (past perfect, no time)', text: call('Berg recalled that his country had hosted the Arctic summit.'), expected: [CALL] },
  { about: '"briefed on the X summit" after a call', text: call('Berg briefed Okafor on the Valletta conference on migration.'), expected: [CALL] },
  { about: 'a time phrase of the telling, not of the summit recalled', text: 'On Wednesday, President Amara Okafor recalled the Entebbe summit in a telephone conversation with Prime Minister Tomas Berg.', expected: [CALL] },
  { about: 'a future verb on the results of a past summit', text: call('The leaders will build on the results of the Tartu summit.'), expected: [CALL] },
  { about: '"the current chair of the X summit" (a title)', text: call('Berg, the current chair of the Baltic Sea summit, thanked Okafor for the call.'), expected: [CALL] },
  { about: 'a body named "Conference on …" that states coordinate within', text: call('The two leaders will coordinate their positions within the Conference on Maritime Confidence-Building.'), expected: [CALL] },
  { about: '"last met at the X summit" (past, no time)', text: call('The two leaders last met at the Baltic summit.'), expected: [CALL] },
  { about: '"had met on the sidelines of the X summit" (past, no time)', text: call('They had met on the sidelines of the Danube summit.'), expected: [CALL] },
  { about: '"the successful X summit hosted by" a state (past, no time)', text: call('Berg congratulated Okafor on the successful Danube summit hosted by Ghana.'), expected: [CALL] },
  {
    about: 'the readout\'s summit named again as "the Arusha summit" and "the summit of the … Community"',
    known: true,
    text: 'The summit of the Lake States Community opened in Arusha on Tuesday. President Amara Okafor told the Arusha summit that trade had doubled.',
    expected: ['summit held 2027-10-12..2027-10-12 Arusha Amara Okafor'],
  },
  { about: '"the Cabinet had approved" (a body)', text: call('Berg said the Cabinet had approved the plan.'), expected: [CALL] },
  { about: '"endorsed at a Cabinet meeting" (past, no time)', text: call('Berg said the plan had been endorsed at a Cabinet meeting.'), expected: [CALL] },
  { about: '"the secretariat of the X Conference, hosted by" a state (a body)', text: call('Berg praised the secretariat of the Coral Sea Conference, hosted by Fiji.'), expected: [CALL] },
  { about: '"President of the 79th General Assembly" (a title)', text: call('Berg, who served as President of the 79th General Assembly, thanked Okafor.'), expected: [CALL] },
  { about: '"the outcomes of the X Leaders\' Meeting" (past, no time)', text: call("They welcomed the outcomes of the Kigali Leaders' Meeting."), expected: [CALL] },
  { about: '"thanked for travelling to X for" a summit (past trip, no time)', text: call('Okafor thanked Berg for travelling to Accra for the Gulf summit.'), expected: [CALL] },
  { about: '"first raised on the margins of" a summit (past, no time)', text: call('The idea was first raised on the margins of the Tartu summit.'), expected: [CALL] },
  {
    about: 'the readout\'s summit named again in a setting phrase',
    text: 'The Sahel summit was held in Niamey on Wednesday. On the sidelines of the gathering of Sahel leaders, President Amara Okafor met Prime Minister Tomas Berg.',
    expected: ['summit held 2027-10-13..2027-10-13 Niamey Amara Okafor+Tomas Berg', 'talks held 2027-10-13..2027-10-13 Niamey Amara Okafor+Tomas Berg'],
  },
  {
    about: 'the readout\'s Heads of Government Meeting named again by its acronym',
    known: true,
    text: 'The Coral Sea Heads of Government Meeting (CSHOGM) opened in Apia on Monday. On the margins of CSHOGM, President Amara Okafor held talks with Prime Minister Tomas Berg on Tuesday.',
    expected: [
      ['summit held 2027-10-11..2027-10-12 Apia Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Apia Amara Okafor+Tomas Berg'],
      ['summit held 2027-10-11..2027-10-11 Apia Amara Okafor+Tomas Berg', 'talks held 2027-10-12..2027-10-12 Apia Amara Okafor+Tomas Berg'],
      ['summit held 2027-10-11..2027-10-11 Apia ', 'talks held 2027-10-12..2027-10-12 Apia Amara Okafor+Tomas Berg'],
    ],
  },
  { about: '"the X sherpas" (a title)', text: call('The call was prepared by the G20 sherpas of both countries.'), expected: [CALL] },
  {
    about: 'a past summit recalled during a dated visit',
    text: 'President Amara Okafor paid a state visit to Malaysia on 11-12 October. While in Malaysia, he recalled the Indian Ocean Rim summit.',
    expected: ['visit held 2027-10-11..2027-10-12 Malaysia Amara Okafor'],
  },
  { about: '"told the press after" a past summit with no time', text: call('Berg told the press after the Tartu summit that he favoured a ceasefire.'), expected: [CALL] },
  // The same kinds in the readout's first sentence, where an undated occurrence would take the readout's day.
  {
    about: 'lead: "in line with decisions of the X summit" after dated talks',
    text: 'President Amara Okafor and Prime Minister Tomas Berg held talks in Oslo on Tuesday in line with decisions of the Almaty summit.',
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  { about: 'lead: "discussed the outcome of the last X summit", no other occurrence', text: 'The foreign ministers discussed the outcome of the last Pacific Alliance summit.', expected: [] },
  { about: 'lead: "reaffirmed the summit declaration"', text: 'The leaders reaffirmed the summit declaration.', expected: [] },
  { about: 'lead: "Since the X summit, …"', text: 'Since the Tartu summit, trade between Ghana and Norway has doubled.', expected: [] },
  {
    about: 'lead: "the Summit\'s chair" in apposition before the meeting\'s time',
    text: "President Amara Okafor met Prime Minister Tomas Berg, the Summit's chair, in Oslo on Tuesday.",
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'lead: "whose country hosted the X summit" (past relative clause)',
    text: 'Prime Minister Tomas Berg, whose country hosted the Arctic summit, met President Amara Okafor in Oslo on Tuesday.',
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'lead: "whom he had met at the X summit" after a dated trip for talks',
    text: 'President Amara Okafor flew to Oslo on Tuesday for a meeting with Prime Minister Tomas Berg, whom he had met at the Arctic summit.',
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'lead: "their first meeting since they spoke on the sidelines of" a summit',
    text: 'President Amara Okafor met Prime Minister Tomas Berg in Oslo on Tuesday, their first meeting since they spoke on the sidelines of the Danube summit.',
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'lead: a trip "for a discussion of the results of" a summit',
    text: 'President Amara Okafor travelled to Oslo on Tuesday for a discussion of the results of the Arctic summit.',
    expected: ['visit held 2027-10-12..2027-10-12 Oslo Amara Okafor'],
  },
  {
    about: 'lead: talks to come with "who chaired the X summit"',
    text: 'President Amara Okafor will hold talks in Oslo on Friday with Prime Minister Tomas Berg, who chaired the Arctic summit.',
    expected: ['talks upcoming 2027-10-15..2027-10-15 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'lead: "to follow up on the decisions of the X Leaders\' Meeting"',
    text: "President Amara Okafor met Prime Minister Tomas Berg in Oslo on Tuesday to follow up on the decisions of the Arctic Leaders' Meeting.",
    expected: ['talks held 2027-10-12..2027-10-12 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: 'a summit named as a topic during a dated visit takes no time from the visit',
    text: 'President Amara Okafor will pay a state visit to Malaysia from 20 to 22 October. While in Malaysia, he will also discuss preparations for the next Indian Ocean Rim summit.',
    expected: ['summit upcoming -..- - ', 'visit upcoming 2027-10-20..2027-10-22 Malaysia Amara Okafor'],
  },
  {
    about: '"the next COP" after a dated call does not move the call ahead',
    text: 'President Amara Okafor and Prime Minister Tomas Berg discussed by phone on Wednesday their positions at the next COP.',
    expected: [[CALL], [CALL, 'other upcoming -..- - ']],
  },
  {
    about: 'a trip "for a meeting with Y on the X summit": what the meeting is about, not what the trip is for',
    text: 'President Amara Okafor will travel to Oslo on Friday for a meeting with Prime Minister Tomas Berg on the Arctic summit.',
    expected: ['talks upcoming 2027-10-15..2027-10-15 Oslo Amara Okafor+Tomas Berg'],
  },
  {
    about: '"thanked … on Tuesday for hosting the X summit" (past, no time of its own)',
    text: 'President Amara Okafor thanked Prime Minister Tomas Berg in Oslo on Tuesday for hosting the Arctic summit.',
    expected: [],
    known: true,
  },
];

const check = (row: Row) => (): void => {
  const got = events(row.text);
  const readings = typeof row.expected[0] === 'string' ? [row.expected as string[]] : (row.expected as string[][]);
  const match = readings.find((r) => JSON.stringify([...r].sort()) === JSON.stringify(got));
  expect(got).toEqual([...(match ?? readings[0] ?? [])].sort());
};

describe('gatherings review: events', () => {
  for (const row of positives) (row.known ? it.fails : it)(row.about, check(row));
});

describe('gatherings review: not events', () => {
  for (const row of negatives) (row.known ? it.fails : it)(row.about, check(row));
});

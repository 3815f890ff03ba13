// Undated items announced right after a dated occurrence, as its continuation ("X and Y will meet in A on Friday. In A,
// the two will also attend a concert", "She is also set to brief the press", "Afterwards, the two
// leaders will attend a concert", "During the visit, he will also lay a wreath"): the item takes the day of the meeting,
// or the window of the visit it belongs to (GUIDELINES.md: "a time that is not written but follows from the text").
// Negatives: an item with a time of its own, someone else's item, an item of the past, another trip, an item after a
// meeting that is already over, an item too far from the meeting, a meeting dated more loosely than a day.
// Invented readouts (people, states, cities, dates, wording). Written before the rule: then 6 of 22 rows and 12 of 12
// negatives passed.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

interface Row {
  published: string;
  text: string;
  /** A phrase of the sentence that tells the item. */
  at: string;
  /** The item's kind. */
  kind: string;
  /** Expected `status from..to` of the item (`?` for no day). */
  want: string;
  /** Negatives only: what the item must not be (when whether it is found at all is not this rule's business). */
  not?: boolean;
  known?: string;
}

/** The item of `kind` first told in the sentence that holds `at`: its status and window. */
function item(r: Row): string {
  const d = extractReadout(r.published, r.text);
  const start = r.text.indexOf(r.at);
  if (start < 0) throw new Error(`row phrase not in text: ${r.at}`);
  const sentenceStart = Math.max(r.text.lastIndexOf('. ', start) + 2, 0);
  const sentenceEnd = r.text.indexOf('. ', start) < 0 ? r.text.length : r.text.indexOf('. ', start);
  const e = d.events.find((x) => x.kind === r.kind && x.evidence.some((s) => s.start >= sentenceStart && s.start < sentenceEnd));
  if (!e) return 'none';
  return `${e.status} ${e.when.from ?? '?'}..${e.when.to ?? '?'}`;
}

const ROWS: Row[] = [
  // the day of a meeting announced just before
  { published: '2031-05-07', text: 'President Halvard Ostby of Norway and President Aino Rautio of Finland will meet in Tromso on Friday. In Tromso, the two presidents will also attend a ceremony at the harbour for the fisheries accord, signed forty years ago.', at: 'attend a ceremony at the harbour', kind: 'other', want: 'upcoming 2031-05-09..2031-05-09' },
  { published: '2029-03-12', text: 'Prime Minister Clara Vintila will visit the headquarters of the Danube Commission in Budapest on Wednesday, March 14. She is also set to give a news conference in the Commission\'s main hall.', at: 'give a news conference', kind: 'interview', want: 'upcoming 2029-03-14..2029-03-14' },
  { published: '2030-09-02', text: 'President Tomas Varga will hold talks with Chancellor Ilse Brandner in Vienna on 4 September. Afterwards, the two leaders will attend a gala concert at the State Opera.', at: 'attend a gala concert', kind: 'other', want: 'upcoming 2030-09-04..2030-09-04' },
  { published: '2028-06-19', text: 'Prime Minister Ruben Castell will receive Prime Minister Maren Holt in Valencia on Thursday. Later, Castell will lay flowers at the monument to the victims of the flood.', at: 'lay flowers', kind: 'other', want: 'upcoming 2028-06-22..2028-06-22' },
  { published: '2027-10-11', text: 'President Ilir Kraja is expected to meet President Darko Peric in Ohrid on 13 October. The presidents will also lay the foundation stone of a new border crossing.', at: 'lay the foundation stone', kind: 'other', want: 'upcoming 2027-10-13..2027-10-13' },
  { published: '2032-02-01', text: 'Chancellor Ilse Brandner will host Prime Minister Ruben Castell for talks in Graz on Monday, 2 February. The two heads of government will then hold a joint news conference.', at: 'joint news conference', kind: 'interview', want: 'upcoming 2032-02-02..2032-02-02' },
  { published: '2031-11-20', text: 'President Aino Rautio will meet King Olav in Bergen on November 24. Rautio will also attend a state banquet in her honour.', at: 'state banquet', kind: 'other', want: 'upcoming 2031-11-24..2031-11-24' },
  { published: '2026-04-27', text: 'The prime ministers of Latvia and Estonia, Evija Silina and Kaja Tamme, will hold a joint government meeting in Valga on Thursday, April 30. Silina and Tamme will also open a new cross-border health centre.', at: 'open a new cross-border', kind: 'other', want: 'upcoming 2026-04-30..2026-04-30' },
  { published: '2029-08-13', text: 'President Marek Zielny will receive President Ondrej Kral at the Presidential Palace on 14 August. Following the talks, they will also visit an exhibition on the history of the two nations.', at: 'visit an exhibition', kind: 'other', want: 'upcoming 2029-08-14..2029-08-14' },
  { published: '2033-01-09', text: 'President Nuno Faria will hold talks with President Lucia Ibarra in Montevideo on Tuesday. Faria is also scheduled to address a business forum of the two countries.', at: 'address a business forum', kind: 'other', want: 'upcoming 2033-01-11..2033-01-11' },
  // the window of a visit announced or under way
  { published: '2030-03-04', text: 'President Kwame Asante arrived in Lome on Sunday for a three-day state visit. He will also attend a ceremony to launch the coastal highway.', at: 'attend a ceremony', kind: 'other', want: 'upcoming 2030-03-03..2030-03-05' },
  { published: '2031-09-28', text: 'Prime Minister Hana Sato will pay an official visit to Vietnam from 1 to 3 October. During the visit, she will also lay a wreath at the war memorial in Hanoi.', at: 'lay a wreath', kind: 'other', want: 'upcoming 2031-10-01..2031-10-03' },
  { published: '2027-05-16', text: 'President Amadou Diallo began a two-day state visit to Senegal on Sunday. He will also tour the new port of Ndayane.', at: 'tour the new port', kind: 'other', want: 'upcoming 2027-05-16..2027-05-17' },
  { published: '2028-11-06', text: 'Prime Minister Anil Mehra will visit Nepal on 8 and 9 November. Mehra will also inaugurate a hydropower plant built with Indian assistance.', at: 'inaugurate a hydropower', kind: 'other', want: 'upcoming 2028-11-08..2028-11-09' },
  { published: '2029-07-01', text: 'President Sofia Markou will be in Nicosia on Friday for talks with President Andreas Lambrou. She will also meet representatives of the business community.', at: 'meet representatives', kind: 'talks', want: 'upcoming 2029-07-06..2029-07-06', known: 'a meeting with a group is talks only when a trigger reads it so; the check finds no event there' },
  { published: '2032-04-05', text: 'Emir Khalid will hold talks with President Leila Haddad in Tunis on April 7. The two leaders will also sign a memorandum on renewable energy.', at: 'sign a memorandum', kind: 'other', want: 'upcoming 2032-04-07..2032-04-07', known: 'a signing told with the talks is a commitment and part of the talks, not an event of its own (GUIDELINES.md)' },
  { published: '2030-10-19', text: 'Prime Minister Maren Holt will travel to Reykjavik on Wednesday, October 21, for talks with Prime Minister Einar Sveinsson. Holt and Sveinsson will also visit a geothermal power station.', at: 'visit a geothermal', kind: 'other', want: 'upcoming 2030-10-21..2030-10-21' },
  { published: '2027-06-07', text: 'The President of Chile, Ignacio Fuentes, is expected to meet his Argentine counterpart Ramiro Sosa at the border on 9 June. After the meeting, both presidents will also inspect the reconstruction of the mountain pass.', at: 'inspect the reconstruction', kind: 'other', want: 'upcoming 2027-06-09..2027-06-09', known: 'inspecting works is no occurrence the vocabulary reads' },
  { published: '2031-02-16', text: 'President Ramiro Sosa will meet President Ignacio Fuentes in Mendoza on 18 February. He will then attend a wine festival with his host.', at: 'attend a wine festival', kind: 'other', want: 'upcoming 2031-02-18..2031-02-18' },
  { published: '2026-12-01', text: 'Prime Minister Evija Silina will host her Lithuanian counterpart Rokas Baltrus in Riga on Thursday, December 3. The prime ministers will also attend the opening of the joint rail terminal.', at: 'attend the opening', kind: 'other', want: 'upcoming 2026-12-03..2026-12-03', known: '"the opening of" a facility is no occurrence the vocabulary reads' },
  { published: '2029-05-20', text: 'President Halvard Ostby will visit Iceland on May 22. In Reykjavik, Ostby will also take part in a commemoration of the sinking of the trawler fleet.', at: 'take part in a commemoration', kind: 'other', want: 'upcoming 2029-05-22..2029-05-22' },
  { published: '2028-09-11', text: 'Prime Minister Ana Duarte will hold talks with Prime Minister Luis Cabral in Porto on Saturday. Duarte and Cabral will also hold a press conference.', at: 'hold a press conference', kind: 'interview', want: 'upcoming 2028-09-16..2028-09-16' },
];

const NEGATIVES: Row[] = [
  { published: '2031-05-07', text: 'President Halvard Ostby will meet President Aino Rautio in Tromso on Friday. Ostby will also hold a press conference on Saturday.', at: 'hold a press conference', kind: 'interview', want: 'upcoming 2031-05-10..2031-05-10' },
  { published: '2031-05-07', text: 'President Halvard Ostby will meet President Aino Rautio in Tromso on Friday. Queen Sonja will also attend a ceremony at the cathedral.', at: 'attend a ceremony', kind: 'other', want: 'upcoming ?..?' },
  { published: '2029-03-12', text: 'President Tomas Varga will meet Chancellor Ilse Brandner in Vienna on Wednesday. The two leaders last met in Salzburg in 2025.', at: 'last met', kind: 'talks', want: 'held 2025-01-01..2025-12-31' },
  { published: '2029-03-12', text: 'President Tomas Varga met Chancellor Ilse Brandner in Vienna on Saturday. The two leaders will also attend a ceremony at the State Opera.', at: 'attend a ceremony', kind: 'other', want: 'upcoming ?..?' },
  { published: '2028-06-19', text: 'Prime Minister Ruben Castell will receive Prime Minister Maren Holt in Valencia on Thursday. Castell will also visit Morocco.', at: 'visit Morocco', kind: 'visit', want: 'upcoming 2028-06-22..2028-06-22', not: true },
  { published: '2030-09-02', text: 'President Tomas Varga will hold talks with Chancellor Ilse Brandner in Vienna on 4 September. Her husband will also attend a ceremony at the State Opera.', at: 'attend a ceremony', kind: 'other', want: 'upcoming ?..?' },
  { published: '2030-09-02', text: 'President Tomas Varga will hold talks with Chancellor Ilse Brandner in Vienna on 4 September. The talks will cover energy and transport. Trade has grown by a fifth since 2025. The countries share a long border. Officials expect a busy agenda. Varga will also attend a gala concert at the State Opera.', at: 'attend a gala concert', kind: 'other', want: 'upcoming ?..?' },
  { published: '2027-10-11', text: 'President Ilir Kraja is expected to meet President Darko Peric in Ohrid on 13 October. The presidents also agreed to hold a regional summit.', at: 'regional summit', kind: 'summit', want: 'upcoming ?..?' },
  { published: '2032-02-01', text: 'Chancellor Ilse Brandner will host Prime Minister Ruben Castell for talks in Graz on Monday, 2 February. Brandner will also hold a telephone conversation with President Nuno Faria.', at: 'telephone conversation', kind: 'phone_call', want: 'upcoming ?..?' },
  { published: '2031-11-20', text: 'President Aino Rautio will meet King Olav in Bergen on November 24. The two heads of state attended a ceremony in Oslo together last year.', at: 'attended a ceremony', kind: 'other', want: 'held 2030-01-01..2030-12-31' },
  { published: '2026-04-27', text: 'Prime Minister Evija Silina will meet Prime Minister Kaja Tamme in Valga on Thursday, April 30. Separately, Silina will also attend a ceremony at the border.', at: 'attend a ceremony', kind: 'other', want: 'upcoming ?..?' },
  { published: '2033-01-09', text: 'President Nuno Faria will hold talks with President Lucia Ibarra in Montevideo on Tuesday. Faria will also attend the inauguration of the new president of Paraguay on 15 August.', at: 'attend the inauguration', kind: 'other', want: 'upcoming 2033-08-15..2033-08-15' },
];

describe('undated items right after a dated occurrence take its day or the visit\'s window', () => {
  for (const r of ROWS) {
    (r.known ? it.fails : it)(`${r.at}${r.known ? ` (known: ${r.known})` : ''}`, () => expect(item(r)).toBe(r.want));
  }
});

describe('items that keep their own time, or none', () => {
  for (const r of NEGATIVES) it(r.at + ' — ' + r.text.slice(0, 60), () => (r.not ? expect(item(r)).not.toBe(r.want) : expect(item(r)).toBe(r.want)));
});

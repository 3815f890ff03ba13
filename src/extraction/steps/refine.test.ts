// A week, then its days: a later mention dated inside "next week" is the same occurrence, dated more precisely.
// Invented readouts with other people, places, days and wording, and the cases that stay two events.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const windows = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'}`);

describe('"… talks next week. The meeting will take place from Tuesday to Thursday"', () => {
  it('is one occurrence with the days', () => {
    expect(windows(doc('2019-08-16', 'The foreign ministers of France, Germany and Poland will hold talks in Weimar next week. The ministry said Friday the trilateral ministerial meeting will take place from Tuesday to Thursday.'))).toEqual(['talks 2019-08-20..2019-08-22 Weimar']);
    expect(windows(doc('2024-05-03', 'Prime Minister Narendra Modi will hold talks with Olaf Scholz in Berlin next week. The talks between Narendra Modi and Olaf Scholz are scheduled for 8 May.'))).toEqual(['talks 2024-05-08..2024-05-08 Berlin']);
  });

  it('stays two occurrences in other places, with other people, or of another week', () => {
    expect(windows(doc('2019-08-16', 'Emmanuel Macron will hold talks with Olaf Scholz in Berlin next week. Emmanuel Macron will hold talks with Pedro Sanchez in Madrid on Wednesday.'))).toHaveLength(2);
    expect(windows(doc('2024-05-03', 'Narendra Modi will hold talks with Olaf Scholz next week. Narendra Modi will meet Giorgia Meloni on 20 May.'))).toHaveLength(2);
  });
});

describe('"X will visit Y in September. X will attend the ceremony of …"', () => {
  const during = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'other').map((e) => `${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.when.text ?? '-'} ${e.where ?? '-'}`);
  it('is an occurrence during the visit, with its window and place', () => {
    expect(during(doc('2010-04-01', 'Ilham Aliyev would visit Georgia in May. At the invitation of the Georgian leader the President of Azerbaijan would attend the ceremony of opening the new railway line.'))).toEqual(['2010-05-01..2010-05-31 - Georgia']);
    expect(during(doc('2015-02-10', 'Narendra Modi will visit Sri Lanka on 13-14 March. At the invitation of the Sri Lankan President, the Prime Minister of India will attend the ceremony of handing over new homes in Jaffna.'))).toEqual(['2015-03-13..2015-03-14 - Jaffna']);
  });

  it('keeps no window when someone else attends, or when the visit is undated', () => {
    expect(during(doc('2009-07-01', 'Viktor Yushchenko would visit Turkmenistan this September. At the invitation of the Turkmen leader Vladimir Putin would attend the ceremony of opening the new gas pipeline.'))).toEqual(['-..- - -']);
    expect(during(doc('2009-07-01', 'Viktor Yushchenko would visit Turkmenistan. At the invitation of the Turkmen leader the President of Ukraine would attend the ceremony of opening the new gas pipeline.'))).toEqual(['-..- - -']);
  });
});

describe('"While in <city>, X will …" sentences after the visit', () => {
  const speech = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'statement').map((e) => `${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.when.text ?? '-'}`);
  const visit = 'Chancellor Olaf Scholz will pay an official visit to Portugal on 9-10 March. He will hold talks with Prime Minister Antonio Costa in Lisbon. The two leaders are expected to sign a joint declaration on energy.';
  it('places an undated item of the visitor in the visit, however many sentences later', () => {
    expect(speech(doc('2031-03-02', `${visit} While in Lisbon, Olaf Scholz will deliver a speech at the University of Lisbon.`))).toEqual(['2031-03-09..2031-03-10 -']);
    expect(speech(doc('2027-06-01', 'President Lula da Silva will make a state visit to Angola on 14-16 June. He is expected to meet President Joao Lourenco. Several agreements on trade will be signed. During his visit, Lula da Silva will deliver an address to the National Assembly.'))).toEqual(['2027-06-14..2027-06-16 -']);
  });
  it('leaves it undated when someone else does it (without the opening, the visitor\'s item is of the visit as well)', () => {
    expect(speech(doc('2031-03-02', `${visit} Olaf Scholz will deliver a speech at the University of Lisbon.`))).toEqual(['2031-03-09..2031-03-10 -']);
    expect(speech(doc('2031-03-02', `${visit} While in Lisbon, Antonio Costa will deliver a speech at the University of Lisbon.`))).toEqual(['-..- -']);
  });
});

describe('"…, which will be held in Dushanbe in September this year"', () => {
  const gatherings = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind !== 'phone_call').map((e) => `${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);
  it('dates the gathering the relative clause follows, however long its name', () => {
    expect(gatherings(doc('2023-05-15', 'The presidents discussed preparations for regional events, including the summit of the Organization of Turkic States and the Central Asia plus Germany format, which will be held in Astana in October this year.'))).toEqual(['upcoming 2023-10-01..2023-10-31']);
    expect(gatherings(doc('2021-02-03', 'Alexander Lukashenko and Vladimir Putin discussed the session of the Supreme State Council of the Union State of Belarus and Russia and of its working bodies, which is scheduled for 5 March.'))).toEqual(['upcoming 2021-03-05..2021-03-05']);
  });

  it('dates nothing without the relative clause of scheduling', () => {
    expect(gatherings(doc('2023-05-15', 'The presidents discussed preparations for regional events, including the summit of the Organization of Turkic States and the Central Asia plus Germany format, which they called important for the region in 2023.'))).toEqual(['upcoming -..-']);
  });
});

describe('"arrived on Tuesday for a two-day official visit"', () => {
  const visits = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'visit').map((e) => `${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.when.precision}`);
  it('runs from the day written for the number of days said', () => {
    expect(visits(doc('2023-01-24', 'Prime Minister Anwar Ibrahim arrived in Brunei on Tuesday for a two-day official visit.'))).toEqual(['2023-01-24..2023-01-25 days']);
    expect(visits(doc('2019-05-02', 'President Moon Jae-in will begin a three-day state visit to Sweden on 4 May.'))).toEqual(['2019-05-04..2019-05-06 days']);
  });

  it('reads the length whatever the visit is called ("a two-day inaugural visit", "a three-day official working visit")', () => {
    expect(visits(doc('2031-03-03', 'Chancellor Ida Brenner will pay a two-day inaugural visit to Oslo starting on Tuesday, her office said.'))).toEqual(['2031-03-04..2031-03-05 days']);
    expect(visits(doc('2029-09-10', 'President Tomas Varga arrived in Lisbon on Monday for a three-day official working visit.'))).toEqual(['2029-09-10..2029-09-12 days']);
  });

  it('is no length when the number of days belongs to something else ("a two-day forum and a visit")', () => {
    expect(visits(doc('2031-03-03', 'Chancellor Ida Brenner will attend a two-day forum and a visit to Oslo on Tuesday.'))).not.toContain('2031-03-04..2031-03-05 days');
  });

  it('gives the whole visit to the items of its programme listed in a later sentence, not to those with a day of their own', () => {
    const items = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind !== 'visit').map((e) => `${e.kind} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);
    const text = 'Prime Minister Olav Lindqvist arrived in Accra on March 3, beginning a three-day official visit to Ghana. During the visit, Mr Lindqvist is scheduled to hold talks with President Kofi Mensah, attend a cocoa industry event and take part in a business forum.';
    expect(items(doc('2027-03-03', text))).toEqual(['talks 2027-03-03..2027-03-05', 'other 2027-03-03..2027-03-05', 'other 2027-03-03..2027-03-05']);
    const dated = 'Prime Minister Olav Lindqvist arrived in Accra on March 3, beginning a three-day official visit to Ghana. On March 4 he will hold talks with President Kofi Mensah.';
    expect(items(doc('2027-03-03', dated))).toEqual(['talks 2027-03-04..2027-03-04']);
  });

  it('leaves a visit without a number of days, or with a span of its own, as written', () => {
    expect(visits(doc('2023-01-24', 'Prime Minister Anwar Ibrahim arrived in Brunei on Tuesday for an official visit.'))).toEqual(['2023-01-24..2023-01-24 day']);
    expect(visits(doc('2019-05-02', 'President Moon Jae-in will pay a three-day state visit to Sweden on 4-6 May.'))).toEqual(['2019-05-04..2019-05-06 days']);
  });
});

describe('"an audience with X on Wednesday, followed by a bilateral meeting"', () => {
  const talks = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'talks').map((e) => `${e.when.from ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);
  it('is a second occurrence of the programme, the same day, with the same people', () => {
    expect(talks(doc('2023-01-24', 'King Abdullah II is slated to have an audience with Sultan Haitham bin Tarik on Wednesday, followed by a bilateral meeting.'))).toEqual(['2023-01-25 King Abdullah II+Haitham bin Tarik', '2023-01-25 King Abdullah II+Haitham bin Tarik']);
    expect(talks(doc('2019-06-10', 'Shinzo Abe will hold talks with Emmanuel Macron in Paris on 12 June, followed by an official meeting.'))).toEqual(['2019-06-12 Shinzo Abe+Emmanuel Macron', '2019-06-12 Shinzo Abe+Emmanuel Macron']);
  });

  it('is nothing new when another kind follows, or without "followed by"', () => {
    expect(talks(doc('2023-01-24', 'King Abdullah II is slated to have an audience with Sultan Haitham bin Tarik on Wednesday, followed by a dinner.'))).toHaveLength(1);
    expect(talks(doc('2019-06-10', 'Shinzo Abe will hold talks with Emmanuel Macron in Paris on 12 June, followed by a press conference.'))).toHaveLength(1);
  });
});

describe('"the summits of the A and the B, which will be held …"', () => {
  const summits = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind !== 'phone_call').map((e) => `${e.when.from ?? '-'} ${e.where ?? '-'}`);
  it('is one gathering for each name, with the same time and place', () => {
    expect(summits(doc('2023-05-15', 'The presidents discussed the summits of the Organization of Turkic States and the Conference on Interaction and Confidence-Building Measures in Asia, which will be held in Astana in October this year.'))).toEqual(['2023-10-01 Astana', '2023-10-01 Astana']);
  });

  it('is one gathering for one name', () => {
    expect(summits(doc('2023-05-15', 'The presidents discussed the summits of the Organization of Turkic States, which will be held in Astana in October this year.'))).toHaveLength(1);
  });
});

describe('"a trilateral summit of their leaders, which last took place in Chengdu in December 2019"', () => {
  const summits = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'summit').map((e) => `${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`).sort();
  it('is the summit to come and the last one, held at its own time', () => {
    expect(summits(doc('2023-11-16', 'The ministerial talks could pave the way for a trilateral summit of their leaders, which last took place in Chengdu in December 2019.'))).toEqual(['held 2019-12-01..2019-12-31', 'upcoming -..-']);
    expect(summits(doc('2024-02-01', 'The ministers hope to prepare a new summit of the Nordic and Baltic leaders, which was last held in Riga in March 2021.'))).toEqual(['held 2021-03-01..2021-03-31', 'upcoming -..-']);
  });

  it('is not read into "the summit, which took place …" (the same occurrence)', () => {
    expect(summits(doc('2023-11-16', 'The leaders recalled the trilateral summit of their leaders, which took place in Chengdu in December 2019.'))).toEqual(['held 2019-12-01..2019-12-31']);
  });
});

// General structures of programme and trip reporting, independent of any fixture: invented readouts with other
// leaders, states, dates and wording, and the similar sentences that must not fire.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const brief = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind}/${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('meetings listed after the verb: one talks event per person met', () => {
  it('"will meet A; B; and C" (semicolons): one meeting each, with the one who meets them', () => {
    const d = extractReadout('2031-03-02', 'During the visit, President Ana Duarte will meet Speaker of Parliament Ivo Petrov; Prime Minister Lee Sung; and Foreign Minister Mira Kostova.');
    expect(brief(d)).toEqual([
      'talks/upcoming -..- - Ana Duarte+Ivo Petrov',
      'talks/upcoming -..- - Ana Duarte+Lee Sung',
      'talks/upcoming -..- - Ana Duarte+Mira Kostova',
    ]);
  });

  it('"the Mayor of <city> <name>" and "Speaker of Parliament <name>" are people of the list', () => {
    const d = extractReadout('2030-05-02', 'During her stay, Chancellor Helena Lenz will meet Speaker of Parliament Paul Girard; Prime Minister Anne Roux; and Mayor of Vienna Marc Petit.');
    expect(d.events.map((e) => e.participants.map((p) => `${p.name}|${p.role ?? '-'}`).join('+'))).toEqual([
      'Helena Lenz|Chancellor+Paul Girard|Speaker',
      'Helena Lenz|Chancellor+Anne Roux|Prime Minister',
      'Helena Lenz|Chancellor+Marc Petit|Mayor',
    ]);
  });

  it('after a dated visit, the listed meetings take the visit\'s days and place', () => {
    const d = extractReadout('2031-03-02', 'President Ana Duarte will pay an official visit to Bulgaria on 4-5 March. During the visit, she will meet Speaker of Parliament Ivo Petrov; Prime Minister Lee Sung; and Foreign Minister Mira Kostova.');
    expect(brief(d).filter((e) => e.startsWith('talks'))).toEqual([
      'talks/upcoming 2031-03-04..2031-03-05 Bulgaria Ana Duarte+Ivo Petrov',
      'talks/upcoming 2031-03-04..2031-03-05 Bulgaria Ana Duarte+Lee Sung',
      'talks/upcoming 2031-03-04..2031-03-05 Bulgaria Ana Duarte+Mira Kostova',
    ]);
  });

  it('"met A, B and C" on a day: three meetings of that day', () => {
    const d = extractReadout('2027-06-12', 'On Friday, Chancellor Karl Weber met President Tomas Lind, Prime Minister Eva Marsh and Speaker Otto Brandt.');
    expect(brief(d)).toEqual([
      'talks/held 2027-06-11..2027-06-11 - Karl Weber+Tomas Lind',
      'talks/held 2027-06-11..2027-06-11 - Karl Weber+Eva Marsh',
      'talks/held 2027-06-11..2027-06-11 - Karl Weber+Otto Brandt',
    ]);
  });

  it('"met with A and B" stays one meeting, as written; so does a second verb after talks in the sentence', () => {
    expect(brief(extractReadout('2027-06-12', 'On Friday, Chancellor Karl Weber met with President Tomas Lind and Prime Minister Eva Marsh.'))).toEqual([
      'talks/held 2027-06-11..2027-06-11 - Karl Weber+Tomas Lind+Eva Marsh',
    ]);
    const d = extractReadout('2027-06-12', 'On Friday, Chancellor Karl Weber held talks with President Tomas Lind, and met Prime Minister Eva Marsh, Speaker Otto Brandt and Mayor Ida Holm.');
    expect(d.events.filter((e) => e.kind === 'talks').length).toBeLessThan(3);
  });
});

describe('a visit whose end is written: "returned home on Saturday after a three-day visit"', () => {
  it('ends on the day written and began N-1 days before', () => {
    expect(brief(extractReadout('2031-03-02', 'President Amina Odhiambo returned home on Saturday after a three-day state visit to Japan.'))).toEqual([
      'visit/held 2031-02-27..2031-03-01 Japan Amina Odhiambo',
    ]);
    expect(brief(extractReadout('2028-10-09', 'Chancellor Karl Weber concluded a two-day official visit to Chile on Friday.'))).toEqual([
      'visit/held 2028-10-05..2028-10-06 Chile Karl Weber',
    ]);
  });

  it('a visit that begins on the day written still runs forward from it', () => {
    expect(brief(extractReadout('2028-10-09', 'Chancellor Karl Weber arrived in Chile on Friday for a two-day official visit.'))).toEqual([
      'visit/held 2028-10-06..2028-10-07 Chile Karl Weber',
    ]);
  });
});

describe('"The last time A and B met was …": a held meeting dated by what follows', () => {
  it('takes the place and time after "was"', () => {
    expect(brief(extractReadout('2031-03-02', 'The last time President Ana Duarte and Prime Minister Lee Sung met was in Astana in July 2029.'))).toEqual([
      'talks/held 2029-07-01..2029-07-31 Astana Ana Duarte+Lee Sung',
    ]);
    expect(brief(extractReadout('2026-04-20', 'The last time King Harald Berg and President Helena Lenz met was in Vienna in March 2024.'))).toEqual([
      'talks/held 2024-03-01..2024-03-31 Vienna Harald Berg+Helena Lenz',
    ]);
  });

  it('not "the time they met was well spent"', () => {
    expect(extractReadout('2026-04-20', 'Chancellor Karl Weber said the time they met was well spent.').events).toEqual([]);
  });
});

describe('a visit made to hold talks, its time written for the visit', () => {
  it('"a state visit to Kenya on 7-8 March, where he will hold talks": the talks take the visit\'s days', () => {
    expect(brief(extractReadout('2031-03-02', 'Prime Minister Lee Sung will pay a state visit to Kenya on 7-8 March, where he will hold talks with President Amina Odhiambo.'))).toEqual([
      'talks/upcoming 2031-03-07..2031-03-08 Kenya Lee Sung+Amina Odhiambo',
    ]);
  });

  it('"proceed to Nairobi for a two-day state visit from 7 March, where he will hold talks": the two days from the first', () => {
    expect(brief(extractReadout('2031-03-02', 'Prime Minister Lee Sung will then proceed to Nairobi for a two-day state visit from 7 March, where he will hold talks with President Amina Odhiambo.'))).toEqual([
      'talks/upcoming 2031-03-07..2031-03-08 Nairobi Lee Sung+Amina Odhiambo',
    ]);
    expect(brief(extractReadout('2029-05-02', 'President Helena Lenz will proceed to Accra for a three-day official visit from 10 May, during which she will hold talks with President Kofi Mensah.'))).toEqual([
      'talks/upcoming 2029-05-10..2029-05-12 Accra Helena Lenz+Kofi Mensah',
    ]);
  });

  it('talks in a sentence of their own after a two-day visit stay on their own day', () => {
    const d = extractReadout('2029-05-02', 'President Helena Lenz arrives in Ghana on Friday, 4 May, for a two-day official visit. On Friday, she will hold talks with President Kofi Mensah.');
    expect(brief(d).filter((e) => e.startsWith('talks'))).toEqual(['talks/upcoming 2029-05-04..2029-05-04 Ghana Helena Lenz+Kofi Mensah']);
  });
});

describe('setting off: "will leave for Spain on 4 March"', () => {
  it('is a visit to come on that day; "depart for" too', () => {
    expect(brief(extractReadout('2031-03-02', 'Prime Minister Lee Sung will leave for Spain on 4 March.'))).toEqual(['visit/upcoming 2031-03-04..2031-03-04 Spain Lee Sung']);
    expect(brief(extractReadout('2029-05-02', 'President Helena Lenz will depart for Ghana on Friday.'))).toEqual(['visit/upcoming 2029-05-04..2029-05-04 Ghana Helena Lenz']);
  });

  it('not "leave for the private sector"', () => {
    expect(extractReadout('2029-05-02', 'Several officials will leave for the private sector next year.').events).toEqual([]);
  });
});

describe('a trip told stop by stop: one visit for the whole trip besides the stops', () => {
  it('"leave for Spain on 4 March. From Madrid, he will travel to Lisbon on 6 March"', () => {
    expect(brief(extractReadout('2031-03-02', 'Prime Minister Lee Sung will leave for Spain on 4 March. From Madrid, he will travel to Lisbon on 6 March.'))).toEqual([
      'visit/upcoming 2031-03-04..2031-03-04 Spain Lee Sung',
      'visit/upcoming 2031-03-04..2031-03-06 - Lee Sung',
      'visit/upcoming 2031-03-06..2031-03-06 Lisbon Lee Sung',
    ]);
  });

  it('"will then proceed to Lome for a two-day official visit from 4 June, where she will hold talks"', () => {
    const d = extractReadout('2031-03-02', 'President Helena Lenz will visit Ghana on 2-3 June. She will then proceed to Lome for a two-day official visit from 4 June, where she will hold talks with President Kodjo Amavi.');
    expect(brief(d)).toEqual([
      'visit/upcoming 2031-06-02..2031-06-03 Ghana Helena Lenz',
      'visit/upcoming 2031-06-02..2031-06-05 - Helena Lenz',
      'talks/upcoming 2031-06-04..2031-06-05 Lome Helena Lenz+Kodjo Amavi',
    ]);
  });

  it('not two visits of different travellers, nor a visit reported as done and one to come', () => {
    const d = extractReadout('2031-03-02', 'President Helena Lenz visited Ghana on 2-3 June last year. President Kodjo Amavi will then travel to Lome on 14 June.');
    expect(d.events.filter((e) => e.kind === 'visit' && !e.where)).toEqual([]);
  });
});

describe('a dated visit told day by day: "On the first day, … On the second day, …"', () => {
  const days = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

  it('the visit keeps its span and each item is on its day; a site of the day is a site visit (other)', () => {
    const d = extractReadout('2031-03-02', 'President Ana Duarte will pay an official visit to Bulgaria on 4-5 March. On the first day, she will hold talks with President Ivo Petrov. On the second day, she will visit the Rila Monastery.');
    expect(brief(d)).toEqual([
      'visit/upcoming 2031-03-04..2031-03-05 Bulgaria Ana Duarte+Ivo Petrov',
      'talks/upcoming 2031-03-04..2031-03-04 Bulgaria Ana Duarte+Ivo Petrov',
      'other/upcoming 2031-03-05..2031-03-05 Bulgaria Ana Duarte',
    ]);
  });

  it('"On the first day of the visit … On the last day …" over three days', () => {
    const d = extractReadout('2029-05-02', 'Chancellor Karl Weber will pay a state visit to Chile from 14 to 16 May. On the first day of the visit, he will meet President Rosa Vidal. On the last day, he will attend a business forum in Valparaiso.');
    expect(days(d)).toEqual(['visit 2029-05-14..2029-05-16', 'talks 2029-05-14..2029-05-14', 'other 2029-05-16..2029-05-16']);
  });

  it('not without a visit of several days before it', () => {
    const d = extractReadout('2029-05-02', 'Chancellor Karl Weber will attend the summit in Lima on 14 May. On the first day, he will hold talks with President Rosa Vidal.');
    expect(days(d).filter((e) => e.startsWith('talks'))).not.toContain('talks 2029-05-15..2029-05-15');
    expect(d.events.every((e) => e.when.from !== '2029-05-15')).toBe(true);
  });
});

describe('"met separately with her counterparts from A and B": one meeting with each state\'s holder of the office', () => {
  const who = (d: ExtractionDocument): string[] =>
    d.events.map((e) => `${e.kind}/${e.status} ${e.when.from ?? '-'} ${e.participants.map((p) => `${p.name}|${p.role ?? '-'}|${p.country ?? '-'}`).join('+')}`);

  it('takes the holders the gazetteer knows, else the office and state', () => {
    expect(who(extractReadout('2031-03-02', 'On Saturday, Foreign Minister Ana Duarte met separately with her counterparts from Chile and Peru.'))).toEqual([
      'talks/held 2031-03-01 Ana Duarte|Foreign Minister|-+Alberto van Klaveren|Foreign Minister|CL',
      'talks/held 2031-03-01 Ana Duarte|Foreign Minister|-+Foreign Minister of Peru|Foreign Minister|PE',
    ]);
  });

  it('three states, announced', () => {
    const d = extractReadout('2024-05-03', 'Foreign Minister Karl Weber will meet separately with his counterparts from France, Japan and India on Tuesday.');
    expect(who(d)).toEqual([
      'talks/upcoming 2024-05-07 Karl Weber|Foreign Minister|-+Stéphane Séjourné|Foreign Minister|FR',
      'talks/upcoming 2024-05-07 Karl Weber|Foreign Minister|-+Yoko Kamikawa|Foreign Minister|JP',
      'talks/upcoming 2024-05-07 Karl Weber|Foreign Minister|-+Subrahmanyam Jaishankar|Foreign Minister|IN',
    ]);
  });

  it('"met with her counterparts from A and B" (not separately) stays one meeting', () => {
    expect(extractReadout('2031-03-02', 'On Saturday, Foreign Minister Ana Duarte met with her counterparts from Chile and Peru.').events).toHaveLength(1);
  });
});

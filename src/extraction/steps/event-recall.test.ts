// Event recall and kind on readouts of agencies the rules were not written for (open4-open6): which occurrences become
// events, and of what kind. Invented readouts with other people, states, places, dates and wording, and for each rule
// the similar sentence that must not fire.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const summary = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('a summit of an organisation whose council is not named as its heads\' is a summit', () => {
  it('"the EU summit", "the NATO summit", a summit of two organisations', () => {
    expect(summary(doc('2022-06-17', 'Prime Minister Mark Rutte will attend the EU summit in Brussels on 23 June.'))[0]).toBe('summit upcoming 2022-06-23..2022-06-23');
    expect(summary(doc('2023-07-01', 'President Gitanas Nausėda will host the NATO summit in Vilnius on 11-12 July.'))[0]).toBe('summit upcoming 2023-07-11..2023-07-12');
    const d = doc('2022-02-20', 'President Macky Sall attended the Summit of the European Union and the African Union, which took place in Brussels on 17 February.');
    expect(d.events.map((e) => e.kind)).toEqual(['summit']);
  });

  it('a summit of an organisation whose heads sit as its council is that council\'s session', () => {
    expect(summary(doc('2022-10-01', 'The CSTO summit will be held in Yerevan on 23 November.'))).toEqual(['session upcoming 2022-11-23..2022-11-23']);
    expect(summary(doc('2024-06-20', 'President Kassym-Jomart Tokayev will chair the SCO summit in Astana on 3-4 July.'))[0]).toBe('session upcoming 2024-07-03..2024-07-04');
  });
});

describe('a lead with no time and no word of the past is the occurrence the text announces after it', () => {
  const body = 'news.siteChancellor Karl Nehammer to Pay Official Visits to Slovenia, Croatia\n\nOn 3 and 4 April, Austrian Chancellor Karl Nehammer will pay an official visit to Slovenia at the invitation of Prime Minister Robert Golob.\n\nOn 5 April, the Chancellor will be on a working visit to Croatia, where he will meet Prime Minister Andrej Plenković.';
  it('a headline glued to the site name: its stops are the visits announced, its trip spans them', () => {
    const d = doc('2023-03-31', body);
    expect(d.events.filter((e) => e.status === 'held')).toEqual([]);
    expect(d.events.filter((e) => e.kind === 'visit' && !e.where).map((e) => `${e.status} ${e.when.from}..${e.when.to}`)).toEqual(['upcoming 2023-04-03..2023-04-05']);
    expect(d.events.find((e) => e.where === 'Slovenia')?.when.from).toBe('2023-04-03');
  });

  it('a lead visit announced as the talks it is made for stays a visit, to come in their window', () => {
    const d = doc('2024-02-05', 'President William Ruto is the first African leader to visit Tokyo under Prime Minister Fumio Kishida.\n\nRuto and Kishida will hold a bilateral meeting on 8 February to discuss trade and investment.');
    expect(summary(d)).toEqual(['visit upcoming 2024-02-08..2024-02-08', 'talks upcoming 2024-02-08..2024-02-08']);
  });

  it('a lead that says the visit is past stays held on the readout\'s day', () => {
    const d = doc('2023-03-31', 'Chancellor Karl Nehammer visited Slovenia.\n\nOn 3 April next year, Chancellor Karl Nehammer will pay an official visit to Slovenia again.');
    expect(summary(d)).toEqual(['visit held 2023-03-31..2023-03-31', 'visit upcoming 2024-04-03..2024-04-03']);
  });
});

describe('"hold discussions with", "held consultations with" someone are talks', () => {
  it('with a person, an office or "his host"', () => {
    expect(summary(doc('2019-04-02', 'On 3 April, President Uhuru Kenyatta will hold discussions with President Yoweri Museveni in Kampala.'))).toEqual(['talks upcoming 2019-04-03..2019-04-03']);
    expect(summary(doc('2019-04-02', 'Foreign Minister Retno Marsudi held consultations with her Malaysian counterpart in Jakarta on Monday.'))).toEqual(['talks held 2019-04-01..2019-04-01']);
  });

  it('not discussions that are a topic or a plan of no one met', () => {
    expect(summary(doc('2019-04-02', 'The discussions on 3 April focused on trade and energy.'))).toEqual([]);
    expect(summary(doc('2019-04-02', 'The ministries agreed to continue consultations on visas in May.'))).toEqual([]);
  });
});

describe('a "tête-à-tête" or "one-on-one", however hyphenated, is talks', () => {
  it('with or without the accents', () => {
    expect(summary(doc('2022-09-12', 'President Emmanuel Macron will have a tête-à-tête with Chancellor Olaf Scholz on 14 September.'))).toEqual(['talks upcoming 2022-09-14..2022-09-14']);
    expect(summary(doc('2022-09-12', 'Prime Minister Mette Frederiksen held a one-on-one with President Sauli Niinistö on Sunday.'))).toEqual(['talks held 2022-09-11..2022-09-11']);
  });
});

describe('a working lunch of a visit\'s programme', () => {
  const body = 'President Hakainde Hichilema will arrive on Monday, March 6, for a two-day state visit to Malawi. While in Malawi, President Hichilema will hold discussions with his host, President Lazarus Chakwera.\n\nFollowing the talks, the two presidents will have a working lunch with their delegations. President Hichilema will attend a state banquet in the evening.';
  it('is talks of its own on the day of the talks it follows, and the visit keeps its kind', () => {
    const d = doc('2023-03-03', body);
    expect(summary(d)).toEqual(['talks upcoming 2023-03-06..2023-03-06', 'visit upcoming 2023-03-06..2023-03-07', 'talks upcoming 2023-03-06..2023-03-06', 'other upcoming 2023-03-06..2023-03-06']);
  });

  it('a lunch that is not a working one is no event, and a visit made for one round of talks stays talks', () => {
    const d = doc('2023-03-03', 'President Hakainde Hichilema will arrive on Monday, March 6, for a two-day state visit to Malawi. While in Malawi, President Hichilema will hold discussions with his host, President Lazarus Chakwera. The talks will be followed by lunch.');
    expect(d.events.map((e) => e.kind)).toEqual(['talks']);
  });
});

describe('a further meeting said in the passive', () => {
  const people = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.when.from ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);
  it('"A meeting was also held between X and Y" is a meeting of its own, on the day of the talks just reported', () => {
    const d = doc('2023-08-24', 'Prime Minister Narendra Modi held talks with President Cyril Ramaphosa in Johannesburg on Wednesday. A meeting was also held between Narendra Modi and President Luiz Inacio Lula da Silva at the same venue.');
    expect(people(d)).toEqual(['talks 2023-08-23 Narendra Modi+Cyril Ramaphosa', 'talks 2023-08-23 Narendra Modi+Luiz Inacio Lula da Silva']);
  });

  it('without "also", or naming no one new, it is the talks just reported', () => {
    const d = doc('2023-08-24', 'Prime Minister Narendra Modi held talks with President Cyril Ramaphosa in Johannesburg on Wednesday. A meeting was held between Narendra Modi and Cyril Ramaphosa at the Union Buildings.');
    expect(d.events).toHaveLength(1);
  });
});

describe('a gathering named only as the setting, and the arrival made for it', () => {
  const body = 'President Lula da Silva on Tuesday held bilateral meetings with several leaders on the sidelines of the 16th BRICS Summit in Kazan.\n\nThe president arrived in Kazan to attend the 16th BRICS Summit on October 21.';
  it('"X on Tuesday held … on the sidelines of the Nth Summit": the summit is held that day; the arrival keeps the date after it', () => {
    const d = doc('2024-10-23', body);
    expect(d.events.map((e) => `${e.kind} ${e.status} ${e.when.from} ${e.where}`)).toEqual(['summit held 2024-10-22 Kazan', 'visit held 2024-10-21 Kazan']);
  });

  it('a time after the subject and a lower-case word is not an opening time; a summit of another year is another summit', () => {
    expect(summary(doc('2024-10-23', 'The president said on Tuesday that the ministers will attend the BRICS summit in Kazan next year.'))).toEqual(['summit upcoming 2025-01-01..2025-12-31']);
    const d = doc('2024-10-23', 'President Lula da Silva attended the BRICS Summit on 22 October. He recalled the BRICS Summit on 23 August 2023.');
    expect(d.events.map((e) => e.when.from)).toEqual(['2024-10-22', '2023-08-23']);
  });
});

describe('a joint press conference right after held talks', () => {
  it('is an interview of their day, place and people', () => {
    const d = doc('2019-07-17', 'President Andrzej Duda held talks with President Zuzana Čaputová in Warsaw on Tuesday.\n\nDuring a joint press conference the two presidents stressed that relations were good.');
    expect(d.events.map((e) => `${e.kind} ${e.when.from} ${e.where} ${e.participants.length}`)).toEqual(['talks 2019-07-16 Warsaw 2', 'interview 2019-07-16 Warsaw 2']);
  });

  it('not a press conference that is not joint', () => {
    expect(doc('2019-07-17', 'President Andrzej Duda held talks with President Zuzana Čaputová in Warsaw on Tuesday.\n\nAt a press conference the spokesman said relations were good.').events.map((e) => e.kind)).toEqual(['talks']);
  });
});

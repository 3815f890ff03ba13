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

  it('a lead that says the visit is past stays held on the readout\'s day', () => {
    const d = doc('2023-03-31', 'Chancellor Karl Nehammer visited Slovenia.\n\nOn 3 April next year, Chancellor Karl Nehammer will pay an official visit to Slovenia again.');
    expect(summary(d)).toEqual(['visit held 2023-03-31..2023-03-31', 'visit upcoming 2024-04-03..2024-04-03']);
  });
});

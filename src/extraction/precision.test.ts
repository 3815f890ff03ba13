// Event precision: occurrences said in passing must not become events (GUIDELINES.md, "Not events"). Each rule is tested
// with invented readouts in other states and wordings, with negatives built like the over-firing cases, and with the
// positive case the rule must keep.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';
import type { ExtractionDocument } from './types.ts';

const doc = extractReadout;
const kinds = (d: ExtractionDocument): string[] => d.events.map((e) => e.kind);
/** Each readout yields one event, of this kind, held on its reference date. */
function onlyLeadOnReferenceDay(kind: string, cases: [string, string][]): void {
  for (const [published, body] of cases) expect(doc(published, body).events.map((e) => [e.kind, e.when.from]), body).toEqual([[kind, published]]);
}

describe('an undated occurrence after the text has dated one', () => {
  it('negative: said in passing in a later sentence with no time, it is no event of the readout', () => {
    for (const [published, body] of [
      ['2024-05-10', 'Emmanuel Macron spoke by phone with Olaf Scholz on 9 May. Olaf Scholz said he hoped the sides would come to Brussels with a common position.'],
      ['2023-02-02', 'Recep Tayyip Erdogan had a telephone conversation with Ilham Aliyev on 1 February. Erdogan noted that the two countries could travel to Baku together as a united team of negotiators.'],
      ['2022-09-15', 'Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev in Samarkand on 14 September. The presidents recalled that their governments had visited Tashkent and Astana many times.'],
    ]) expect(kinds(doc(published as string, body as string)), body).toHaveLength(1);
  });

  it('negative: the lead dated only by the reference date counts as dated for what follows', () => {
    onlyLeadOnReferenceDay('phone_call', [
      ['2023-05-15', 'Emomali Rahmon had a telephone conversation with Gurbanguly Berdimuhamedow.\n\nDuring the conversation, the results of the state visit of the President of Turkmenistan to Tajikistan were discussed.'],
      ['2024-04-02', 'Nikol Pashinyan held a telephone conversation with Emmanuel Macron.\n\nThe sides discussed the outcomes of the official visit of the President of France to Armenia and the regional agenda.'],
    ]);
  });

  it('the lead of a readout that writes no time still takes the reference date', () => {
    onlyLeadOnReferenceDay('talks', [
      ['2024-05-10', 'Emmanuel Macron held talks with Olaf Scholz. The leaders discussed energy security.'],
      ['2021-11-03', 'Narendra Modi met Naftali Bennett in Glasgow. They discussed innovation and trade.'],
      ['2017-01-28', 'Vladimir Putin held talks with Angela Merkel in Sochi.\n\nThe talks focused on the settlement in Syria.'],
    ]);
  });

  it('an undated occurrence in a sentence that dates another one stays ("after visiting the factory on Tuesday")', () => {
    const d = doc('2021-06-08', 'Kassym-Jomart Tokayev plans to meet Sadyr Japarov on June 11. Tokayev will meet Japarov on June 11, as he told reporters after visiting the Pavlodar steel plant on Tuesday.');
    expect(kinds(d).sort()).toEqual(['interview', 'talks', 'visit']);
  });
});

describe('a time inside a clause opened by "since"', () => {
  it('dates what began then, not the occurrence before it', () => {
    for (const [published, body, from] of [
      ['2023-01-24', 'Anwar Ibrahim arrived in Brunei on Tuesday for a two-day official visit, his second official trip abroad since being appointed prime minister in November.', '2023-01-24'],
      ['2024-06-12', 'Keir Starmer will travel to Berlin on Friday, his first visit abroad since taking office in the spring.', '2024-06-14'],
    ] as const) {
      const visits = doc(published, body).events.filter((e) => e.kind === 'visit');
      expect(visits.map((e) => e.when.from), body).toEqual([from]);
    }
  });

  it('negative: a time before "since" still dates the occurrence ("met on 3 May, for the first time since 2019")', () => {
    const d = doc('2024-05-10', 'Recep Tayyip Erdogan met Kyriakos Mitsotakis in Ankara on 3 May, for the first time since the crisis of 2019.');
    expect(d.events.map((e) => [e.kind, e.when.from])).toEqual([['talks', '2024-05-03']]);
  });
});

describe('a time inside a reported clause ("said that …")', () => {
  it('dates what the clause reports, not the occurrence before the speech verb', () => {
    for (const [published, body, from] of [
      ['2024-05-10', 'Vladimir Putin held talks with Xi Jinping on 9 May. Putin welcomed the Chinese President and said that he received President Xi’s letter last week.', '2024-05-09'],
      ['2023-10-20', 'Emmanuel Macron met Benjamin Netanyahu in Jerusalem on 19 October. Macron received the Israeli Prime Minister’s team and noted that France had sent aid on Monday.', '2023-10-19'],
    ] as const) expect(doc(published, body).events.map((e) => e.when.from), body).toEqual([from]);
  });

  it('negative: a time before the speech verb still dates the occurrence', () => {
    const d = doc('2024-05-10', 'Ilham Aliyev met Nikol Pashinyan in Almaty on 10 May and said that the talks were useful.');
    expect(d.events.map((e) => [e.kind, e.when.from])).toEqual([['talks', '2024-05-10']]);
  });
});

describe('generic recurring practice', () => {
  it('negative: habitual or repeated visits and meetings, said or quoted, are no events', () => {
    for (const body of [
      'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on 9 May. The presidents agreed that their ministers will visit Tashkent and Astana regularly.',
      'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on 9 May. "Our ministers will visit Tashkent many times to work out the details," Tokayev said.',
      'Emmanuel Macron held talks with Pedro Sánchez in Madrid on 9 May. "Every visit to Paris by a Spanish leader will be a celebration for us," Macron said.',
      'Olaf Scholz held talks with Donald Tusk in Warsaw on 9 May. The leaders noted that the foreign ministers frequently meet in Brussels.',
    ]) expect(kinds(doc('2024-05-10', body)), body).toEqual(['talks']);
  });

  it('a dated occurrence stays one, and so does a single plan without a marker of habit', () => {
    expect(kinds(doc('2024-05-10', 'The forum, held every year in St. Petersburg, will open on 5 June with Vladimir Putin.'))).toEqual(['other']);
    const d = doc('2024-05-10', 'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on 9 May. "I will come to Tashkent for the summit," Tokayev said.');
    expect(d.events.map((e) => [e.kind, e.where])).toEqual([['talks', 'Astana'], ['visit', 'Tashkent']]);
  });
});

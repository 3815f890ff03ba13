// Occurrences named by words the lexicon lacked (open7, open8): courtesy calls and "call on" a person, meals held as
// meetings or as programme items, and general words for an occurrence ("event", "dialogue", "gathering") when attended,
// hosted or held. Invented readouts with other leaders, states, dates and wording; negative cases.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const kinds = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}`);

describe('a courtesy call', () => {
  it('"pay a courtesy call on", "call on Prime Minister X" and "a courtesy visit to" are meetings', () => {
    expect(kinds(doc('2021-03-08', 'On Wednesday, President Gitanas Nauseda will pay a courtesy call on King Harald V.'))).toEqual(['talks upcoming 2021-03-10']);
    expect(kinds(doc('2021-03-08', 'On Wednesday, Minister Gao Feng will call on Prime Minister Erna Solberg.'))).toEqual(['talks upcoming 2021-03-10']);
    expect(kinds(doc('2021-03-08', 'President Gitanas Nauseda will pay a courtesy visit to the Governor-General of Canada on Thursday.'))).toEqual(['talks upcoming 2021-03-11']);
    expect(kinds(doc('2021-03-08', 'Prime Minister Ana Brnabic is due to make a courtesy call on the Governor-General of New Zealand on Thursday.'))).toEqual(['talks upcoming 2021-03-11']);
  });

  it('"called on X to …" is an appeal, not a meeting', () => {
    expect(doc('2021-03-08', 'On Wednesday, President Gitanas Nauseda called on Prime Minister Erna Solberg to lift the sanctions.').events).toEqual([]);
    expect(doc('2021-03-08', 'The ministers called on the United Nations to act.').events).toEqual([]);
  });
});

describe('meals and general words for an occurrence', () => {
  it('a working lunch is a meeting; a lunch and a reception are other occurrences', () => {
    expect(kinds(doc('2019-05-02', 'On Thursday, Chancellor Sebastian Kurz hosted a working lunch for Prime Minister Viktor Orban.'))).toEqual(['talks held 2019-05-02']);
    expect(kinds(doc('2019-05-02', 'On Friday, Prime Minister Viktor Orban will be hosted to a lunch by Foreign Minister Karin Kneissl.'))).toEqual(['other upcoming 2019-05-03']);
    expect(kinds(doc('2019-05-02', 'On Friday, President Alexander Van der Bellen will give a reception for the diplomatic corps.'))).toEqual(['other upcoming 2019-05-03']);
  });

  it('"attend a constituency event", "take part in a business dialogue", "an event on oil to be held on 17 March"', () => {
    const d = doc('2021-03-10', 'On Friday, Minister Gao Feng will be hosted to a lunch by Foreign Minister Ine Eriksen Soreide and attend a constituency event hosted by State Secretary Jens Frolich Holte.');
    expect(d.events.map((e) => `${e.kind} ${e.status}`)).toEqual(['other upcoming', 'other upcoming']);
    expect(kinds(doc('2021-03-10', 'The ambassador invited the government to an event on fisheries to be held on 17 March in Bergen.'))).toEqual(['other upcoming 2021-03-17']);
    expect(kinds(doc('2021-03-10', 'On Monday, Prime Minister Erna Solberg will take part in a business dialogue between the two countries.'))).toEqual(['other upcoming 2021-03-15']);
    expect(kinds(doc('2021-03-10', 'On Monday, President Klaus Iohannis will join a trade dialogue between the two governments.'))).toEqual(['other upcoming 2021-03-15']);
  });

  it('the same words name no occurrence when nothing is attended, hosted or held', () => {
    expect(doc('2021-03-10', 'On Monday, the minister said the event was a success. A dialogue on values is needed.').events).toEqual([]);
    expect(doc('2021-03-10', 'On Monday, the delegation was given a warm reception.').events).toEqual([]);
    expect(doc('2021-03-10', 'On Monday, the ministers discussed the reception of refugees.').events).toEqual([]);
    expect(doc('2021-03-10', 'On Monday, the minister stressed the dialogue between the two countries.').events).toEqual([]);
  });
});

describe('a forum that convened leaders', () => {
  it('is a summit', () => {
    const d = doc('2023-11-03', 'On Friday President Gustavo Petro took part in the Pacific Trade forum in Ottawa, which convened several Latin American presidents.');
    expect(kinds(d)).toContain('summit held 2023-11-03');
  });

  it('a forum that gathered investors stays an other occurrence or a venue', () => {
    const d = doc('2023-11-03', 'On Friday President Gustavo Petro took part in the Pacific Trade forum in Ottawa, which gathered investors from the region.');
    expect(kinds(d).filter((k) => k.startsWith('summit'))).toEqual([]);
  });
});

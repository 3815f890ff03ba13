// A standing body named as what someone attended, addressed or took part in is its sitting ("participation in the UN
// General Assembly last week"), and two gatherings joined by "and" share the time written for the first (open7).
// Invented readouts with other leaders, states, dates and wording; negative cases.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const gatherings = (d: ExtractionDocument): string[] =>
  d.events.filter((e) => e.kind === 'session' || e.kind === 'summit').map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('a standing body attended', () => {
  it('"participation in the UN General Assembly last week", "addressed the 74th UNGA" are sittings', () => {
    expect(gatherings(doc('2019-10-04', "Following Norway's participation in the United Nations General Assembly last week, Prime Minister Erna Solberg met Vice President Mike Pence on Monday."))).toEqual(['session held 2019-09-23..2019-09-29']);
    expect(gatherings(doc('2021-10-01', 'Prime Minister Mia Mottley addressed the 76th UNGA in New York on September 20.'))).toEqual(['session held 2021-09-20..2021-09-20']);
    expect(gatherings(doc('2019-10-04', 'After taking part in the UN General Assembly last month, President Gitanas Nauseda met Prime Minister Justin Trudeau on Monday.'))).toEqual(['session held 2019-09-01..2019-09-30']);
  });

  it('the body acting, praised or named without attendance is no sitting', () => {
    expect(gatherings(doc('2019-10-04', 'On Monday the Prime Minister praised the UN Security Council.'))).toEqual([]);
    expect(gatherings(doc('2019-10-04', 'The Prime Minister met the President of the UN General Assembly on Monday.'))).toEqual([]);
  });
});

describe('two gatherings joined by "and"', () => {
  it('share the one time phrase', () => {
    const d = doc('2019-10-04', "Following Norway's participation in the United Nations General Assembly last week and leading role at the UN Climate Action Summit in New York, Prime Minister Erna Solberg met Vice President Mike Pence on Monday.");
    expect(gatherings(d)).toEqual(['session held 2019-09-23..2019-09-29', 'summit held 2019-09-23..2019-09-29']);
  });

  it('not across a clause with a verb of its own', () => {
    const d = doc('2019-10-04', 'Prime Minister Erna Solberg addressed the UN General Assembly last week, and she will attend the Nordic Council summit.');
    expect(gatherings(d)).not.toContain('summit upcoming 2019-09-23..2019-09-29');
    expect(gatherings(d)).not.toContain('summit held 2019-09-23..2019-09-29');
  });
});

describe('a numbered council or commission the gazetteer lacks', () => {
  it('held or chaired, is a sitting', () => {
    expect(gatherings(doc('2022-04-02', 'The Fifth Joint Intergovernmental Commission was held in Baku on Friday.'))).toEqual(['session held 2022-04-01..2022-04-01']);
    expect(gatherings(doc('2022-04-02', 'On Friday the two ministers co-chaired the 7th Strategic Dialogue Council in Rabat.'))).toEqual(['session held 2022-04-01..2022-04-01']);
  });

  it('acting, or with no number, is not', () => {
    expect(gatherings(doc('2022-04-02', 'The Third Committee adopted a resolution on Friday.'))).toEqual([]);
    expect(gatherings(doc('2022-04-02', 'The Joint Commission was held in Baku on Friday.'))).toEqual([]);
  });
});

describe('who chairs a sitting takes part in it', () => {
  const people = (d: ExtractionDocument): string[][] =>
    d.events.filter((e) => e.kind === 'session' || e.kind === 'summit').map((e) => e.participants.map((p) => p.name));
  it('"The meeting will be chaired by A", "It will be chaired by A", "was co-chaired by A and B"', () => {
    expect(people(doc('2027-03-10', 'The Supreme State Council will meet in Grodno on 25 March. The meeting will be chaired by Prime Minister Ana Duarte.'))).toEqual([['Ana Duarte']]);
    expect(people(doc('2027-03-10', 'The summit of the Baltic Council will take place in Riga on 25 March. It will be chaired by President Erik Lindqvist.'))).toEqual([['Erik Lindqvist']]);
    expect(people(doc('2027-03-10', 'The Joint Commission met in Bergen on Tuesday. The session was co-chaired by Foreign Minister Ana Duarte and Foreign Minister Ivo Sand.'))).toEqual([['Ana Duarte', 'Ivo Sand']]);
  });

  it('a body chaired by someone, named in passing, adds no one to another occurrence', () => {
    const d = doc('2027-03-10', 'President Ana Duarte held talks with Prime Minister Erik Lindqvist on Tuesday. The committee on fisheries, chaired by Minister Ivo Sand, will report in June.');
    expect(d.events.map((e) => e.participants.map((p) => p.name))).toEqual([['Ana Duarte', 'Erik Lindqvist']]);
  });
});

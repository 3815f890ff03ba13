// Trigger words added for readouts of other agencies: "speaking with his counterpart" as a call, a speech delivered as a
// statement. Invented readouts with other people, states, dates and wording, and the cases that are no trigger.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const summary = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('a call by "speaking with" a counterpart', () => {
  it('takes the call and its time, whoever speaks and whatever the state', () => {
    expect(summary(doc('2022-07-27', 'Antony Blinken says he will be speaking with his Russian counterpart in the coming days.'))).toEqual(['phone_call upcoming 2022-07-27..2022-08-03']);
    expect(summary(doc('2023-03-01', 'Foreign Minister Annalena Baerbock will be speaking to her Chinese counterpart next week.'))).toEqual(['phone_call upcoming 2023-03-06..2023-03-12']);
  });

  it('no call without a counterpart or a person', () => {
    expect(summary(doc('2023-03-01', 'Annalena Baerbock will be speaking with her Chinese accent next week.'))).toEqual([]);
    expect(summary(doc('2023-03-01', 'Annalena Baerbock was speaking with confidence on Monday.'))).toEqual([]);
  });
});

describe('a speech delivered is a statement', () => {
  it('announced or held, with its day', () => {
    expect(summary(doc('2018-09-13', 'On Friday (14 September), the Secretary General will deliver a keynote speech at the Heritage Foundation.'))).toEqual(['statement upcoming 2018-09-14..2018-09-14']);
    expect(summary(doc('2021-05-12', 'On May 10, Chancellor Angela Merkel gave a speech at the University of Cambridge.'))).toEqual(['statement held 2021-05-10..2021-05-10']);
  });

  it('"in his speech", "the speech was" and "address" as a verb are no statements', () => {
    expect(summary(doc('2021-05-12', 'In his speech on May 10, Angela Merkel said the union must stay united.'))).toEqual([]);
    expect(summary(doc('2021-05-12', 'The speech on May 10 was well received.'))).toEqual([]);
    expect(summary(doc('2021-05-12', 'The ministers will address the issue of migration on May 20.'))).toEqual([]);
  });
});

describe('an occurrence under way', () => {
  it('"the negotiation round currently hosted by Cairo" is held talks on the readout\'s day, in the host city', () => {
    for (const [body, where] of [
      ['Abdel Fattah El-Sisi received a phone call from Joe Biden this evening. The two presidents reviewed developments in the negotiation round currently hosted by Cairo.', 'Cairo'],
      ['Recep Tayyip Erdogan spoke by phone with Vladimir Putin today. The leaders discussed the round of talks currently hosted by Istanbul.', 'Istanbul'],
    ] as const) {
      const d = doc('2024-08-24', body);
      const talks = d.events.find((e) => e.kind === 'talks');
      expect([talks?.status, talks?.when.from, talks?.where, talks?.participants.length], body).toEqual(['held', '2024-08-24', where, 0]);
    }
  });

  it('a round named in passing, not under way, is no event', () => {
    const d = doc('2024-08-24', 'Abdel Fattah El-Sisi received a phone call from Joe Biden this evening. The two presidents recalled the negotiation round hosted by Cairo.');
    expect(d.events.map((e) => e.kind)).toEqual(['phone_call']);
  });
});

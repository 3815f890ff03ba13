// Several calls named in one list: one call per person listed, on invented readouts with other callers, partners,
// dates and wording; and the cases that stay one call or none.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const calls = (d: ExtractionDocument): string[][] =>
  d.events.filter((e) => e.kind === 'phone_call').map((e) => e.participants.map((p) => p.name.split(' ').pop() ?? '').sort());

describe('several calls named in one list', () => {
  it('one held call with each person listed, dated by the sentence before', () => {
    const d = doc(
      '2021-04-12',
      'Prime Minister Narendra Modi sent his greetings on Monday (April 12) to the leaders of Nepal and Bangladesh.\n\n' +
        'His office said he made telephone calls to Nepalese Prime Minister Khadga Prasad Oli, Bangladeshi Prime Minister Sheikh Hasina and President Gotabaya Rajapaksa.',
    );
    expect(calls(d)).toEqual([['Modi', 'Oli'], ['Hasina', 'Modi'], ['Modi', 'Rajapaksa']]);
    for (const e of d.events) expect([e.status, e.when.from, e.when.to]).toEqual(['held', '2021-04-12', '2021-04-12']);
  });

  it('a day of its own and other wording ("held phone calls with")', () => {
    const d = doc('2019-03-09', 'On March 7, Chancellor Angela Merkel held phone calls with President Emmanuel Macron and Prime Minister Theresa May.');
    expect(calls(d)).toEqual([['Macron', 'Merkel'], ['May', 'Merkel']]);
    expect(d.events.map((e) => e.when.from)).toEqual(['2019-03-07', '2019-03-07']);
  });

  it('calls announced are upcoming, and undated when no time is given', () => {
    const d = doc('2023-06-01', 'President Emmanuel Macron will hold telephone calls with Olaf Scholz and Giorgia Meloni.');
    expect(calls(d)).toEqual([['Macron', 'Scholz'], ['Macron', 'Meloni']]);
    for (const e of d.events) expect([e.status, e.when.from]).toEqual(['upcoming', null]);
  });

  it('one call with two people stays one call; a list of things is no list of calls', () => {
    expect(calls(doc('2019-03-09', 'On March 7, Angela Merkel spoke by phone with Emmanuel Macron and Theresa May.'))).toHaveLength(1);
    expect(calls(doc('2019-03-09', 'Angela Merkel made calls to end the sanctions and to reopen the border.'))).toEqual([]);
    expect(calls(doc('2019-03-09', 'Angela Merkel held conversations with Emmanuel Macron and Theresa May in Paris.'))).toEqual([]);
    expect(calls(doc('2019-03-09', 'Critics made calls to Angela Merkel.'))).toEqual([]);
  });

  it('calls named after "following"/"after", listed behind a group ("three of her counterparts –"), and one named again later', () => {
    const d = doc(
      '2024-02-15',
      'Prime Minister Kristrun Frostadottir wrote in a blog post last night after telephone conversations with three of her counterparts – Norwegian Prime Minister Jonas Gahr Store, Danish Prime Minister Mette Frederiksen and Finnish Prime Minister Petteri Orpo.\n\n' +
        'She added that her conversation with Mette Frederiksen touched on fisheries.',
    );
    expect(calls(d)).toEqual([['Frostadottir', 'Store'], ['Frederiksen', 'Frostadottir'], ['Frostadottir', 'Orpo']]);
    for (const e of d.events) expect([e.status, e.when.from]).toEqual(['held', '2024-02-14']);
    expect(d.events[1]?.evidence).toHaveLength(2);
  });

  it('a group with no list after it, or talks after a list, are no list of calls', () => {
    expect(calls(doc('2024-02-15', 'Kristrun Frostadottir spoke to reporters after telephone conversations with three of her counterparts.'))).not.toHaveLength(3);
    expect(calls(doc('2024-02-15', 'Kristrun Frostadottir wrote in a post after talks with three of her counterparts – Jonas Gahr Store, Mette Frederiksen and Petteri Orpo.'))).toEqual([]);
  });
});

describe('calls listed with a time before the list, or with the preposition repeated', () => {
  const rows: [label: string, date: string, text: string, want: string[][]][] = [
    ['a time between "calls" and "with"', '2024-03-08', 'Prime Minister Ana Duarte held phone calls on Thursday with President Ivo Petrov and Chancellor Erik Lindqvist.', [['Duarte', 'Petrov'], ['Duarte', 'Lindqvist']]],
    ['"telephone conversations yesterday with"', '2024-03-08', 'President Lucia Ferraz held telephone conversations yesterday with King Tomas Varga and Prime Minister Amara Nwosu.', [['Ferraz', 'Varga'], ['Ferraz', 'Nwosu']]],
    ['one call named, the preposition repeated', '2024-03-08', 'The President of the Government, Lucia Ferraz, had a telephone conversation yesterday with the Chancellor, Erik Lindqvist, and with Prime Minister Amara Nwosu.', [['Ferraz', 'Lindqvist'], ['Ferraz', 'Nwosu']]],
    ['"a phone call … and with", future', '2024-03-08', 'Chancellor Erik Lindqvist will have a phone call on Monday with President Ivo Petrov and with King Tomas Varga.', [['Lindqvist', 'Petrov'], ['Lindqvist', 'Varga']]],
    // One verb, one call: the preposition not repeated.
    ['"a call with A and B" stays one call', '2024-03-08', 'Prime Minister Ana Duarte had a video call yesterday with President Ivo Petrov and Chancellor Erik Lindqvist.', [['Duarte', 'Lindqvist', 'Petrov']]],
    ['a call, and "with" about the topic', '2024-03-08', 'Prime Minister Ana Duarte had a telephone conversation with President Ivo Petrov and with great interest discussed trade.', [['Duarte', 'Petrov']]],
  ];
  for (const [label, date, text, want] of rows) {
    it(label, () => {
      expect(calls(doc(date, text))).toEqual(want.map((p) => [...p].sort()));
    });
  }
});

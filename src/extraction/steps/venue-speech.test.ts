// "X will speak at <venue>" during a visit is a statement of its own (open4). Invented readouts with other people, states, dates and wording, and the cases that must stay nothing.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"will speak at" a named venue', () => {
  it('is a statement by the subject, in the window of the visit it is part of', () => {
    const d = doc('2023-02-28', 'Prime Minister Anwar Ibrahim will pay an official visit to South Korea. He will be in Seoul from March 1 to 2, 2023.\n\nWhile in Seoul, Anwar Ibrahim will speak at the Seoul National University on trade.');
    expect(events(d)).toEqual(['visit upcoming 2023-03-01..2023-03-02 Anwar Ibrahim', 'statement upcoming 2023-03-01..2023-03-02 Anwar Ibrahim']);
    const e = doc('2019-05-06', 'Chancellor Angela Merkel will make a state visit to France from 7 to 9 May. Merkel will speak at the Sorbonne University on Europe.');
    expect(events(e)).toEqual(['visit upcoming 2019-05-07..2019-05-09 Angela Merkel', 'statement upcoming 2019-05-07..2019-05-09 Angela Merkel']);
  });

  it('is a statement with its own time when it has one, held when past', () => {
    expect(events(doc('2021-11-03', 'President Emmanuel Macron spoke at the University of Oxford on Tuesday.'))).toEqual(['statement held 2021-11-02..2021-11-02 Emmanuel Macron']);
  });

  it('is nothing at a gathering (the summit is the occurrence), at no named venue, or by no one named', () => {
    expect(events(doc('2023-02-28', 'Prime Minister Anwar Ibrahim will speak at the ASEAN Summit in Jakarta.')).filter((x) => x.startsWith('statement'))).toEqual([]);
    expect(events(doc('2023-02-28', 'Chancellor Olaf Scholz spoke at the Munich Security Conference on Saturday.')).filter((x) => x.startsWith('statement'))).toEqual([]);
    expect(events(doc('2023-02-28', 'President Joe Biden will speak at the opening of the new bridge.')).filter((x) => x.startsWith('statement'))).toEqual([]);
    expect(events(doc('2023-02-28', 'President Joe Biden spoke at length about the economy.'))).toEqual([]);
    expect(events(doc('2023-02-28', 'The delegation will speak at the University of Tokyo on Friday.'))).toEqual([]);
  });
});

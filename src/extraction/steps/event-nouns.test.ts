// "the event will take place on …" refers back to the occurrence reported last and dates it: invented readouts with
// other bodies, leaders, places, dates and wording, and the nouns that refer to nothing.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const windows = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('"the event will take place on …"', () => {
  it('dates the occurrence reported just before, as one event', () => {
    expect(windows(doc('2025-11-25', 'President Sadyr Japarov will hold the next meeting of the heads of state in Bishkek. According to him, the event will take place in the capital on November 26-27.'))).toEqual(['talks upcoming 2025-11-26..2025-11-27']);
    expect(windows(doc('2024-03-04', 'Kassym-Jomart Tokayev will host a summit of Central Asian leaders in Astana. The official said the event is scheduled for 14 March.'))).toEqual(['summit upcoming 2024-03-14..2024-03-14']);
    expect(windows(doc('2022-09-01', 'Shavkat Mirziyoyev will pay a state visit to Turkey. This event will be held on 12-13 September, the press service said.'))).toEqual(['visit upcoming 2022-09-12..2022-09-13']);
  });

  it('refers to nothing without an occurrence in the sentences before, or without a scheduling verb', () => {
    expect(windows(doc('2025-11-25', 'The ministry published its annual report. Trade grew by ten percent. Exports rose. The event will take place on November 26.'))).toEqual([]);
    expect(windows(doc('2024-03-04', 'Kassym-Jomart Tokayev will host a summit of Central Asian leaders in Astana. The event marks a new stage, the official said on 3 March.'))).toEqual(['summit upcoming -..-']);
  });
});

describe('"He will be in Manila from March 1 to 2": the visitor\'s stay', () => {
  it('dates the visit reported before', () => {
    const a = doc('2023-06-20', 'President Joko Widodo will pay an official visit to Australia. He will be in Canberra from 4 to 6 July, the palace said.');
    expect(a.events.map((e) => `${e.kind} ${e.when.from}..${e.when.to}`)).toEqual(['visit 2023-07-04..2023-07-06']);
    const b = doc('2024-02-01', 'Chancellor Olaf Scholz is expected to make a state visit to Japan. Scholz will stay in Tokyo on 12-13 February.');
    expect(b.events.map((e) => `${e.kind} ${e.when.from}..${e.when.to}`)).toEqual(['visit 2024-02-12..2024-02-13']);
  });

  it('is nothing without a visit before it, or without a time', () => {
    expect(doc('2023-06-20', 'The minister will be in Canberra from 4 to 6 July for a conference of donors.').events.filter((e) => e.kind === 'visit')).toEqual([]);
    const c = doc('2023-06-20', 'President Joko Widodo will pay an official visit to Australia. He will be in Canberra, the palace said.');
    expect(c.events.map((e) => `${e.kind} ${e.when.from ?? '-'}`)).toEqual(['visit -']);
  });
});

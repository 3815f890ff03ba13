// "since YEAR" begins a span; it dates no occurrence: invented readouts with other people, years and wording, and the
// dates that must still date their events.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const windows = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('"the first such meeting since 2014"', () => {
  it('leaves the meeting with the day the text gives, not the year after "since"', () => {
    const a = windows(doc('2023-11-16', 'Foreign Minister Park Jin met Yoko Kamikawa on Wednesday in San Francisco. It was the first such meeting since 2014.'));
    expect(a).toEqual(['talks held 2023-11-15..2023-11-15']);
    const b = windows(doc('2021-05-07', 'Emmanuel Macron held talks with Olaf Scholz in Paris on 6 May, the first such talks since early 2017.'));
    expect(b).toEqual(['talks held 2021-05-06..2021-05-06']);
    const c = windows(doc('2019-03-02', 'Recep Tayyip Erdogan received Ilham Aliyev in Ankara on Friday. The two leaders have met regularly ever since 2010.'));
    expect(c).toEqual(['talks held 2019-03-01..2019-03-01']);
  });

  it('makes no event of the year alone', () => {
    expect(windows(doc('2022-06-01', 'Relations between the two countries have grown steadily since 2014, the ministry said.'))).toEqual([]);
  });

  it('keeps the dates that do date an occurrence', () => {
    expect(windows(doc('2023-11-16', 'The last meeting of the three foreign ministers was held in August 2016.'))).toEqual(['talks held 2016-08-01..2016-08-31']);
    expect(windows(doc('2024-04-10', 'Narendra Modi will visit Japan in 2025, the first visit since he took office.'))).toEqual(['visit upcoming 2025-01-01..2025-12-31']);
  });
});

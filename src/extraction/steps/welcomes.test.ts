// A welcome at the airport reported after the arrival takes the arrival's day. Invented readouts
// with other leaders, states, dates and wording; negative cases.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const others = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'other').map((e) => `${e.status} ${e.when.from ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('a welcome on arrival', () => {
  it('"At the X airport, he was welcomed by A" after "arrived in Y on the night of March 9"', () => {
    const d = doc('2021-03-10', 'President Gitanas Nauseda arrived in Oslo on the night of March 9. At the Gardermoen airport, he was welcomed by Foreign Minister Ine Eriksen Soreide.');
    expect(others(d)).toEqual(['held 2021-03-09 Gitanas Nauseda+Ine Eriksen Soreide']);
  });

  it('"were greeted at the airport by" two sentences after the arrival', () => {
    const d = doc('2016-06-02', 'President Michelle Bachelet arrived at Haneda airport in Tokyo on the afternoon of June 1.\n\nShe will attend a summit in Osaka.\n\nPresident Bachelet and her delegation were greeted at the airport by Foreign Minister Fumio Kishida.');
    expect(others(d).map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['held 2016-06-01']);
    // Said in one sentence with the landing.
    expect(others(doc('2022-03-15', 'Prime Minister Petr Fiala landed in Chisinau on Tuesday and was welcomed at the airport by Prime Minister Natalia Gavrilita.'))).toEqual(['held 2022-03-15 Petr Fiala+Natalia Gavrilita']);
  });

  it('a welcome that is the host receiving the guest, or with no arrival reported, is no welcome on arrival', () => {
    expect(others(doc('2021-03-10', 'President Gitanas Nauseda was welcomed by Prime Minister Erna Solberg on Tuesday and the two held talks.'))).toEqual([]);
    expect(others(doc('2021-03-10', 'Delegates were greeted at the airport by volunteers.'))).toEqual([]);
    expect(others(doc('2021-03-10', 'President Gitanas Nauseda arrived in Oslo on Tuesday. He was met at the summit by reporters.'))).toEqual([]);
  });
});

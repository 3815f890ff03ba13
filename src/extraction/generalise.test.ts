// Rules added for readouts the extractor had not seen (issue 4): each is checked on invented readouts with other
// names, dates, places and wording than the texts that prompted it, and with negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import type { ExtractedEvent, ExtractionDocument } from './types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\n---\n${body}\n`);
const names = (e: ExtractedEvent | undefined): string[] => (e?.participants ?? []).map((p) => p.name).sort();
const kinds = (d: ExtractionDocument): string[] => d.events.map((e) => e.kind);

describe('summit labels that name states', () => {
  it('a summit of two states is their leaders\' talks', () => {
    const d = doc('2022-03-19', 'India-Japan Summit Meeting\nOn March 19, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with Narendra Modi, Prime Minister of India, in New Delhi.');
    expect(kinds(d)).toEqual(['talks']);
    expect(d.events[0]?.where).toBe('New Delhi');
  });

  it('a summit of three or more states has their leaders as participants, named or not', () => {
    const d = doc('2024-04-11', 'Prime Minister Kishida, who is visiting Washington to attend the Japan-Philippines-U.S. Summit, held talks with President Biden on April 11.');
    const summit = d.events.find((e) => e.kind === 'summit');
    expect(names(summit).some((n) => /Marcos/.test(n))).toBe(true);
    expect(names(summit).some((n) => /Kishida/i.test(n))).toBe(true);
    expect(summit?.status).toBe('held');
  });

  it('a label with one state or with a union stays a summit; a summit telephone talk stays a call', () => {
    expect(kinds(doc('2019-04-09', 'The EU-China Summit was held in Brussels on 9 April 2019.'))).toEqual(['summit']);
    expect(kinds(doc('2024-08-09', 'Japan-Kazakhstan Summit Telephone Talk\nOn August 9, Prime Minister Kishida held a summit telephone talk with President Tokayev.'))).toEqual(['phone_call']);
  });
});

describe('passing mentions and purposes', () => {
  it('"spoke to X to congratulate him on his election victory" is a call, and the election is no event', () => {
    const d = doc('2022-05-23', 'The Prime Minister spoke to New Zealand\'s Prime Minister Jacinda Ardern to congratulate her on her election victory.');
    expect(kinds(d)).toEqual(['phone_call']);
    expect(d.events[0]?.status).toBe('held');
  });

  it('a headline subject before "to" still announces: "Scholz to visit Beijing"', () => {
    const d = doc('2022-11-01', 'Scholz to visit Beijing on November 4');
    expect(d.events[0]?.status).toBe('upcoming');
  });
});

describe('a meeting reported right after a gathering is that gathering', () => {
  it('people who "met" after a summit sentence are the summit\'s participants', () => {
    const d = doc('2022-10-06', 'The European Union and Japan held their 29th Summit in Brussels on 6 October 2022. President of the European Commission, Ursula von der Leyen, met with Japan\'s Prime Minister, Fumio Kishida.\nThe Summit reviewed cooperation.');
    expect(d.events).toHaveLength(1);
    expect(names(d.events[0])).toEqual(['Fumio Kishida', 'Ursula von der Leyen']);
  });

  it('but not when the meeting has its own date', () => {
    const d = doc('2022-10-06', 'The Summit was held in Brussels on 6 October 2022. Ursula von der Leyen met with Fumio Kishida on 4 October.');
    expect(d.events).toHaveLength(2);
  });
});

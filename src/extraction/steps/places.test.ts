// Where, finer than the state: the city the visitor is said to be in, and a state's capital named with it. Invented
// readouts with other leaders, states, cities and dates, and negatives.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const places = (d: ExtractionDocument, kind: string): (string | null)[] => d.events.filter((e) => e.kind === kind).map((e) => e.where);

describe('a visit placed in a state whose sentences say the visitor arrived in its city', () => {
  it('"has arrived in Hanoi on a three-day visit to Vietnam" is in Hanoi', () => {
    const cases: [string, string, string][] = [
      ['2023-07-20', 'Prime Minister Anthony Albanese has arrived in Hanoi on a three-day visit to Vietnam at the invitation of Prime Minister Pham Minh Chinh.', 'Hanoi'],
      ['2022-03-14', 'President Cyril Ramaphosa arrived in Nairobi today on a state visit to Kenya at the invitation of President Uhuru Kenyatta.', 'Nairobi'],
    ];
    for (const [date, body, city] of cases) {
      const found = places(doc(date, body), 'visit');
      expect(found.length, body).toBeGreaterThan(0);
      expect(found.every((p) => p === city), body).toBe(true);
    }
  });

  it('the visit announced first takes the city of the later "has arrived in Beijing on a two-day visit to China"', () => {
    const body = [
      'Prime Minister Shehbaz Sharif was received by Foreign Minister Wang Yi a short while ago.',
      'Prime Minister Sharif departed on an official two-day visit to China this afternoon (20 July), on an invitation from President Xi Jinping.',
      'Pakistani Prime Minister Shehbaz Sharif has arrived in Beijing on a two-day visit to China at the invitation of President Xi Jinping.',
    ].join('\n\n');
    expect(places(doc('2023-07-20', body), 'visit')).toEqual(['Beijing']);
  });

  it('negative: a city of another state, or one only talked about, leaves the state', () => {
    const d = doc('2023-07-20', 'Prime Minister Anthony Albanese will pay an official visit to Vietnam next week; the two leaders will discuss the flights that arrived in Sydney from Hanoi.');
    expect(places(d, 'visit')).toContain('Vietnam');
    expect(places(d, 'visit')).not.toContain('Hanoi');
  });
});

describe("a state's possessive before its capital", () => {
  it('"in Saudi Arabia\'s capital Riyadh", "in Kenya\'s capital Nairobi" is the city', () => {
    const cases: [string, string][] = [
      ['Crown Prince Mohammed bin Salman chaired the GCC summit in Saudi Arabia\'s capital Riyadh on December 14, 2021.', 'Riyadh'],
      ['President William Ruto held talks with President Yoweri Museveni in Kenya\'s capital Nairobi on 3 May.', 'Nairobi'],
    ];
    for (const [body, city] of cases) {
      const d = doc('2022-06-01', body);
      expect(d.events.map((e) => e.where), body).toContain(city);
    }
  });

  it('negative: "in Japan\'s north" is still Japan', () => {
    const d = doc('2024-03-02', 'Fumio Kishida held talks with Joe Biden in Japan\'s north on 1 March.');
    expect(d.events.map((e) => e.where)).toContain('Japan');
  });
});

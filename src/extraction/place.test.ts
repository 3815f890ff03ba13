// Where an event is (GUIDELINES.md, `where`): the city, or the country when no city is given, as written. Rules tested
// with invented readouts in other states, cities and wordings, and with negatives built like the over-firing cases.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import type { ExtractionDocument } from './types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\n---\n${body}\n`);
const places = (d: ExtractionDocument): (string | null)[] => d.events.map((e) => e.where);

describe('a place the gazetteer does not know', () => {
  it('a hyphenated name is one place: "Ulaan-Ude", "Aix-en-Provence", "Petropavlovsk-Kamchatsky"', () => {
    const cases: [string, string][] = [
      ['Ukhnaagiin Khurelsukh will take part in the World Herders Forum to be held in Ulaan-Ude on 3 August.', 'Ulaan-Ude'],
      ['Emmanuel Macron and Olaf Scholz met in Aix-en-Provence on 12 May.', 'Aix-en-Provence'],
      ['Vladimir Putin and Fumio Kishida will hold talks in Petropavlovsk-Kamchatsky on 5 September.', 'Petropavlovsk-Kamchatsky'],
    ];
    for (const [body, where] of cases) expect(places(doc('2024-06-01', body)), body).toContain(where);
  });

  it('close to the trigger it is the place; a town written as such is the place wherever it stands', () => {
    expect(places(doc('2023-01-10', 'Alexander Lukashenko and Vladimir Putin held talks in Zavidovo on 9 January.'))).toEqual(['Zavidovo']);
    const d = doc('2024-03-01', 'Ilham Aliyev held talks with Recep Tayyip Erdogan on 29 February, after the two leaders had toured a new industrial park together in the town of Nakhchivan.');
    expect(places(d)).toContain('Nakhchivan');
  });

  it('negative: a region or a body named far on in the clause is what was discussed, not where', () => {
    for (const body of [
      'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev on 12 March, and the two presidents discussed the prospects of water and energy cooperation in Central Asia.',
      'Emmanuel Macron spoke with Volodymyr Zelensky by phone on 4 April; they discussed the situation at the front and the humanitarian needs of the civilians who remain in Donbas.',
      'Olaf Scholz held talks with Mark Rutte on 7 June; the two leaders also reviewed the preparations for the debate on the new budget in Parliament.',
    ]) {
      const d = doc('2024-06-10', body);
      expect(d.events.length, body).toBeGreaterThan(0);
      expect(places(d).filter((p) => p && /Asia|Donbas|Parliament/.test(p)), body).toEqual([]);
    }
  });
});

describe("a state's possessive before a place", () => {
  it('"in South Korea\'s port city of Busan" is Busan; "in Russia\'s Sochi" is Sochi', () => {
    for (const [body, where] of [
      ['The three countries are working out details to hold talks among their foreign ministers in South Korea\'s port city of Busan later this month.', 'Busan'],
      ['Recep Tayyip Erdogan and Vladimir Putin will hold talks in Russia\'s Black Sea resort of Sochi on 4 September.', 'Sochi'],
      ['Xi Jinping and Emmanuel Macron met in China\'s southern city of Guangzhou on 7 April.', 'Guangzhou'],
    ] as const) expect(places(doc('2023-08-30', body)), body).toContain(where);
  });

  it('negative: before a person it names no place ("talks among South Korea\'s Park Jin and …")', () => {
    for (const body of [
      'The foreign ministers will hold talks with South Korea\'s Park Jin and Japan\'s Yoko Kamikawa on 26 November.',
      'Antony Blinken met Japan\'s Yoko Kamikawa on 8 November.',
    ]) expect(places(doc('2023-11-20', body)).filter((p) => p && /Korea|Japan/.test(p)), body).toEqual([]);
  });
});

// Metamorphic tests: swap a fixture's leaders, countries, cities and dates for others from the gazetteer and expect
// the correspondingly changed output. Nothing in the extractor may depend on the fixtures' names or dates.
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/intake/load.ts';
import { scoreExtractions } from './eval.ts';
import { extract } from './extract.ts';
import type { ExtractionDocument } from './types.ts';

type Swap = readonly [string, string];

function swapAll(s: string, swaps: readonly Swap[]): string {
  // Placeholders first, so that a swap never feeds another.
  let out = s;
  swaps.forEach(([from], i) => (out = out.split(from).join(`\u0000${i}\u0000`)));
  swaps.forEach(([, to], i) => (out = out.split(`\u0000${i}\u0000`).join(to)));
  return out;
}

interface Case {
  fixture: string;
  text: readonly Swap[];
  /** Applied to the gold document's JSON: names, and dates written out in full. */
  gold: readonly Swap[];
}

const CASES: Case[] = [
  {
    fixture: 'seed',
    text: [
      ['Aleksandr Lukashenko', 'Kassym-Jomart Tokayev'], ['Lukashenko', 'Tokayev'], ['Vladimir Putin', 'Xi Jinping'], ['Putin', 'Xi'],
      ['Belarusian', 'Kazakh'], ['Belarus', 'Kazakhstan'], ['Russian', 'Chinese'], ['Russia', 'China'], ['Moscow', 'Beijing'],
      ['February', 'March'], ['published: 2023-02-17', 'published: 2021-03-17'],
    ],
    gold: [
      ['Aleksandr Lukashenko', 'Kassym-Jomart Tokayev'], ['Vladimir Putin', 'Xi Jinping'], ['Moscow', 'Beijing'],
      ['2023-02-05', '2021-03-05'], ['2023-02-16', '2021-03-16'], ['2023-02-17', '2021-03-17'], ['2023-02-01', '2021-03-01'],
      ['2023-02-28', '2021-03-31'], ['2023-04-01', '2021-04-01'], ['2023-05-31', '2021-05-31'], ['2023-03-19', '2021-04-16'],
    ],
  },
  {
    fixture: 'by-ru-call-2023-02-05',
    text: [
      ['Aleksandr Lukashenko', 'Shavkat Mirziyoyev'], ['Vladimir Putin', 'Recep Tayyip Erdogan'], ['Belarusian', 'Uzbek'],
      ['Belarus', 'Uzbekistan'], ['Russian', 'Turkish'], ['Russia', 'Turkey'], ['5 February', '12 September'],
      ['in February', 'in September'], ['April and May', 'October and November'], ['published: 2023-02-06', 'published: 2022-09-13'],
    ],
    gold: [
      ['Aleksandr Lukashenko', 'Shavkat Mirziyoyev'], ['Vladimir Putin', 'Recep Tayyip Erdogan'], ['2023-02-05', '2022-09-12'],
      ['2023-02-06', '2022-09-13'], ['2023-03-08', '2022-10-13'], ['2023-02-01', '2022-09-01'], ['2023-02-28', '2022-09-30'],
      ['2023-04-01', '2022-10-01'], ['2023-05-31', '2022-11-30'],
    ],
  },
  {
    fixture: 'uk-us-call-2022-10-25',
    text: [
      ['the President of the United States, Joe Biden', 'the Federal Chancellor of Germany, Olaf Scholz'], ['President Biden', 'Chancellor Scholz'],
      ['UK-US', 'UK-German'], ['America’s', 'Germany’s'], ['Indonesia', 'India'], ['published: 2022-10-25', 'published: 2023-03-10'],
    ],
    gold: [
      ['Joe Biden', 'Olaf Scholz'], ['"President"', '"Chancellor"'], ['"US"', '"DE"'], ['Indonesia', 'India'], ['2022-10-25', '2023-03-10'],
    ],
  },
  {
    fixture: 'jp-kz-call-2024-08-09',
    text: [
      ['KISHIDA Fumio', 'ISHIBA Shigeru'], ['Kishida', 'Ishiba'], ['Kassym-Jomart TOKAYEV', 'Sadyr JAPAROV'], ['Tokayev', 'Japarov'],
      ['Kazakhstan', 'Kyrgyzstan'], ['August 9', 'December 3'], ['August 8', 'December 2'], ['2024-08-09', '2024-12-03'],
    ],
    gold: [['KISHIDA Fumio', 'ISHIBA Shigeru'], ['Kassym-Jomart TOKAYEV', 'Sadyr JAPAROV'], ['"KZ"', '"KG"'], ['2024-08-09', '2024-12-03']],
  },
  {
    fixture: 'eaeu-supreme-council-2018-12-06',
    text: [['Vladimir Putin', 'Nikol Pashinyan'], ['President of Russia', 'Prime Minister of Armenia'], ['December 6, 2018', 'May 29, 2019'], ['2018-12-06', '2019-05-29']],
    gold: [['Vladimir Putin', 'Nikol Pashinyan'], ['2018-12-06', '2019-05-29']],
  },
];

describe('metamorphic: swapped leaders, countries, cities and dates', () => {
  it.each(CASES.map((c) => [c.fixture, c] as const))('%s', (_name, c) => {
    const f = loadFixture(c.fixture);
    const text = swapAll(f.text, c.text);
    const gold = JSON.parse(swapAll(JSON.stringify(f.gold), c.gold)) as ExtractionDocument;
    const output = extract(text);
    const r = scoreExtractions([{ name: c.fixture, gold, output }]).overall;
    expect({ events: r.events.f1, when: r.whenExact, participants: r.participants, status: r.status, where: r.where }).toEqual({ events: 1, when: 1, participants: 1, status: 1, where: 1 });
    // The swapped-in names appear, the swapped-out ones never do.
    const names = output.events.flatMap((e) => e.participants.map((p) => p.name)).join(' ');
    for (const [from, to] of c.gold) {
      if (/^\d|"/.test(from)) continue;
      expect(names.includes(from)).toBe(false);
      if (/[A-Z]/.test(to)) expect(JSON.stringify(output)).toContain(to.split(' ')[0]);
    }
  });
});

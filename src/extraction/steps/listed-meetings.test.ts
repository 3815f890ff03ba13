// Meetings named in one list (rule written for the BSS readout of sideline meetings, open6): invented readouts with
// other leaders, states, dates and wording, and the cases that must stay one meeting or nothing.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const talks = (d: ExtractionDocument): string[] =>
  d.events.filter((e) => e.kind === 'talks').map((e) => `${e.status} ${e.when.from ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"the bilateral meetings between X and A, B and C": one talks each', () => {
  it('takes the day the sentence before wrote and the place of the summit they were held at', () => {
    const d = doc('2019-06-29', 'Prime Minister Narendra Modi on Friday held bilateral meetings with several leaders on the sidelines of the G20 Summit in Osaka. The bilateral meetings between Narendra Modi and President Joko Widodo, Brazilian President Jair Bolsonaro and Prime Minister Scott Morrison were held at the Intex centre.');
    expect(talks(d)).toEqual([
      'held 2019-06-28 Osaka Narendra Modi+Joko Widodo',
      'held 2019-06-28 Osaka Narendra Modi+Jair Bolsonaro',
      'held 2019-06-28 Osaka Narendra Modi+Scott Morrison',
    ]);
  });

  it('"held separate meetings with A, B and C": the one who held them with each, on the day written', () => {
    const d = doc('2022-11-16', 'President Joe Biden held separate meetings with Prime Minister Rishi Sunak, President Emmanuel Macron and Prime Minister Giorgia Meloni in Bali on November 15.');
    expect(talks(d)).toEqual([
      'held 2022-11-15 - Joe Biden+Rishi Sunak',
      'held 2022-11-15 - Joe Biden+Emmanuel Macron',
      'held 2022-11-15 - Joe Biden+Giorgia Meloni',
    ]);
  });

  it('is announced when the meetings are to come', () => {
    const d = doc('2022-11-14', 'President Joe Biden will hold bilateral meetings with Rishi Sunak and Giorgia Meloni on Wednesday.');
    expect(talks(d)).toEqual(['upcoming 2022-11-16 - Joe Biden+Rishi Sunak', 'upcoming 2022-11-16 - Joe Biden+Giorgia Meloni']);
  });

  it('stays one meeting in the singular, and nothing without two people listed', () => {
    expect(talks(doc('2022-11-16', 'President Joe Biden held a meeting with Rishi Sunak and Giorgia Meloni in Bali on November 15.'))).toHaveLength(1);
    expect(talks(doc('2022-11-16', 'President Joe Biden held bilateral meetings with heads of state of four countries on November 15.'))).toEqual([]);
    expect(talks(doc('2022-11-16', 'The meetings with the business community and civil society were held in Bali on November 15.'))).toEqual([]);
  });
});

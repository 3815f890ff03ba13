// "one-on-one talks between A and B and A and C" on the sidelines of a gathering are two meetings (open4). Invented
// readouts with other people, states, dates and wording, and the lists that must stay one meeting or nothing.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const pairs = (d: ExtractionDocument): string[] =>
  d.events.filter((e) => e.participants.length === 2).map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name.split(' ').pop()).join('+')}`);

describe('meetings listed in pairs on the sidelines of a gathering', () => {
  it('are one meeting for each pair, at the gathering\'s time', () => {
    const a = doc('2019-08-16', 'The foreign ministers of France, Germany and Poland will hold talks in Weimar from Tuesday to Thursday. On the sidelines of the meeting, one-on-one talks between Le Drian and Maas and Le Drian and Czaputowicz may also take place.');
    expect(pairs(a)).toEqual(['talks upcoming 2019-08-20..2019-08-22 Drian+Maas', 'talks upcoming 2019-08-20..2019-08-22 Drian+Czaputowicz']);
    const b = doc('2023-11-10', 'Foreign Minister Antony Blinken, Foreign Minister Wang Yi and Foreign Minister Yoko Kamikawa will meet in San Francisco on 15 November. Bilateral meetings between Blinken and Wang, and Blinken and Kamikawa are planned there as well.');
    expect(pairs(b)).toEqual(['talks upcoming 2023-11-15..2023-11-15 Blinken+Yi', 'talks upcoming 2023-11-15..2023-11-15 Blinken+Kamikawa']);
  });

  it('take a bare name the text gave in full before as that person', () => {
    const d = doc('2019-08-16', 'Foreign Minister Kang Kyung-wha, Foreign Minister Wang Yi and Foreign Minister Taro Kono will meet in Beijing on 21 August. On the sidelines, talks between Kang and Yi and Kang and Kono may take place.');
    expect(d.events.filter((e) => e.participants.length === 2).map((e) => e.participants.map((p) => p.name).join('+'))).toEqual(['Kang Kyung-wha+Wang Yi', 'Kang Kyung-wha+Taro Kono']);
  });

  it('are no pairs when no name comes back, or without a gathering of that sentence', () => {
    const c = doc('2019-08-16', 'The foreign ministers of France, Germany and Poland will hold talks in Weimar on 20 August, including talks between Le Drian and Maas.');
    expect(pairs(c)).toEqual([]);
    const d = doc('2019-08-16', 'The leaders will meet in Weimar on 20 August. Talks between Le Drian and Maas and Czaputowicz and Szijjarto are not planned.');
    expect(pairs(d)).toEqual([]);
    expect(doc('2019-08-16', 'Experts discussed the differences between Germany and France and Germany and Poland.').events).toEqual([]);
  });
});

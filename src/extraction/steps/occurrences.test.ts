// Dated occurrences no meeting word names: changes of office, on invented readouts with other states,
// people, dates and wording; and the cases that are no event (no time phrase, nobody named, a disaster).
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractedEvent, ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const others = (d: ExtractionDocument): ExtractedEvent[] => d.events.filter((e) => e.kind === 'other');
const names = (e: ExtractedEvent | undefined): string[] => (e?.participants ?? []).map((p) => p.name).sort();

describe('disasters are left out (the dev and open3 gold disagree on them)', () => {
  it('a dated disaster adds no event', () => {
    expect(others(doc('2020-12-14', 'Prime Minister Suga conveyed his sympathies for the damage caused by the two typhoons that hit the Philippines in November.'))).toEqual([]);
  });
});

describe('changes of office with a time phrase', () => {
  it('a succession: both people, the day given', () => {
    const e = others(doc('2024-10-15', 'Mark Rutte succeeded Jens Stoltenberg as Secretary General of NATO on 1 October this year.'));
    expect(e).toHaveLength(1);
    expect([e[0]?.status, e[0]?.when.from]).toEqual(['held', '2024-10-01']);
    expect(names(e[0])).toEqual(['Jens Stoltenberg', 'Mark Rutte']);
    const f = others(doc('2022-10-30', 'Rishi Sunak succeeded Liz Truss as Prime Minister on October 25.'));
    expect([f[0]?.when.from, ...names(f[0])]).toEqual(['2022-10-25', 'Liz Truss', 'Rishi Sunak']);
  });

  it('a swearing-in, past or announced, with the person sworn in', () => {
    const past = others(doc('2017-01-22', "Monday is Donald Trump's first official work day since being sworn in Friday afternoon."));
    expect([past[0]?.status, past[0]?.when.from, ...names(past[0])]).toEqual(['held', '2017-01-20', 'Donald Trump']);
    const next = others(doc('2021-01-10', 'Joe Biden will be sworn in on January 20 in Washington.'));
    expect([next[0]?.status, next[0]?.when.from, ...names(next[0])]).toEqual(['upcoming', '2021-01-20', 'Joe Biden']);
  });

  it('no time phrase or nobody named: no event', () => {
    expect(others(doc('2021-01-22', 'Joe Biden has been busy since he took office.'))).toEqual([]);
    expect(others(doc('2021-01-22', 'The plan succeeded on Monday.'))).toEqual([]);
  });
});

describe('a named occurrence that is held or takes place', () => {
  it('upcoming with who attends, or held with its day, whatever its head noun', () => {
    const d = doc('2010-07-09', 'President Elbegdorj will participate in the World Mongols Convention to be held in Ulaan-Ude.');
    expect(others(d).map((e) => `${e.status} ${e.when.from ?? '-'} ${names(e).join('+')}`)).toEqual(['upcoming - Elbegdorj']);
    const g = doc('2023-06-12', 'The Central Asian Games took place on 8 June in Almaty.');
    expect(others(g).map((e) => `${e.status} ${e.when.from} ${e.where}`)).toEqual(['held 2023-06-08 Almaty']);
  });

  it('held with no time of its own, a person, a state or one word: no event', () => {
    expect(others(doc('2023-06-12', 'The Central Asian Games took place in Almaty.'))).toEqual([]);
    expect(others(doc('2023-06-12', 'Talks with President Emmanuel Macron took place on 8 June.')).length).toBe(0);
    expect(others(doc('2023-06-12', 'The Republic of Kazakhstan will take place among the leaders.'))).toEqual([]);
    expect(others(doc('2023-06-12', 'Elections were won. Voting took place on 8 June.'))).toEqual([]);
  });
});

describe('a name that is what a meeting is of', () => {
  it('"one of the meetings of the Intergovernmental Council will be held": no occurrence besides the meeting', () => {
    const d = doc('2019-03-01', 'One of the meetings of the Intergovernmental Council will be held in Yerevan. The next session of the Joint Commission will be held in Minsk.');
    expect(others(d)).toEqual([]);
  });
});

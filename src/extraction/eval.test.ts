// The scorer on hand-made cases, edge cases included (GUIDELINES.md "Scoring").
import { describe, expect, it } from 'vitest';
import { headlineDifference, headlineInterval, pairEvents, participantsF1, samePerson, scoreExtractions } from './eval.ts';
import type { ExtractedEvent, ExtractionDocument, Quote } from './types.ts';

function ev(kind: ExtractedEvent['kind'], from: string | null, to: string | null, people: string[], extra: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    kind, status: 'held', where: null, bodies: [], topics: [], evidence: [],
    when: { from, to, precision: from ? 'day' : 'unknown', tentative: false, text: null },
    participants: people.map((name) => ({ name, role: null, country: null })),
    ...extra,
  };
}

function doc(events: ExtractedEvent[], quotes: Quote[] = [], commitmentSpans: [number, number][] = []): ExtractionDocument {
  return {
    schema: 'accord.extraction/v1', source: { title: null, published: null, agencies: [] }, events, quotes,
    commitments: commitmentSpans.map(([start, end]) => ({ text: '', by: [], to: [], topics: [], due: null, evidence: [{ start, end }] })),
  };
}

describe('samePerson', () => {
  it('agrees on a shared word, whatever the order and case', () => {
    expect(samePerson('KISHIDA Fumio', 'Fumio Kishida')).toBe(true);
    expect(samePerson('Vladimir Putin', 'Putin')).toBe(true);
  });
  it('tolerates one letter in words of six letters or more (transliterations)', () => {
    expect(samePerson('Aleksandr Lukashenko', 'Alyaksandr Lukashenka')).toBe(true);
    expect(samePerson('Aleksandr', 'Alexander')).toBe(true);
    expect(samePerson('Lukashenko', 'Lukashenka')).toBe(true);
  });
  it('does not tolerate a letter in short words', () => {
    expect(samePerson('Joe Biden', 'Jim Boden')).toBe(false);
    expect(samePerson('Xi Jinping', 'Li Qiang')).toBe(false);
  });
  it('two null speakers agree, one null does not', () => {
    expect(samePerson(null, null)).toBe(true);
    expect(samePerson(null, 'Putin')).toBe(false);
  });
});

describe('pairEvents', () => {
  it('pairs within a kind group only, by overlapping windows', () => {
    const gold = [ev('talks', '2023-02-17', '2023-02-17', ['Putin'])];
    expect(pairEvents(gold, [ev('phone_call', '2023-02-17', '2023-02-17', ['Putin'])]).pairs).toHaveLength(0);
    expect(pairEvents(gold, [ev('session', '2023-02-01', '2023-02-28', [])]).pairs).toHaveLength(1);
    expect(pairEvents(gold, [ev('talks', '2023-02-18', '2023-02-20', ['Putin'])]).pairs).toHaveLength(0);
  });
  it('pairs two unknown windows but not an unknown with a known one', () => {
    expect(pairEvents([ev('summit', null, null, [])], [ev('summit', null, null, [])]).pairs).toHaveLength(1);
    expect(pairEvents([ev('summit', null, null, [])], [ev('summit', '2023-01-01', '2023-12-31', [])]).pairs).toHaveLength(0);
  });
  it('prefers the pair with most shared participants, one to one', () => {
    const gold = [ev('talks', '2023-02-01', '2023-02-28', ['Putin', 'Lukashenko']), ev('session', '2023-02-01', '2023-02-28', [])];
    const out = [ev('session', '2023-02-01', '2023-02-28', []), ev('talks', '2023-02-10', '2023-02-10', ['Lukashenka', 'Putin'])];
    const { pairs } = pairEvents(gold, out);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]?.[0].kind).toBe('talks');
    expect(pairs[0]?.[1].kind).toBe('talks');
  });
});

describe('participantsF1', () => {
  it('is 1 when both lists are empty and 0 when only one is', () => {
    expect(participantsF1([], [])).toBe(1);
    expect(participantsF1([{ name: 'Putin', role: null, country: null }], [])).toBe(0);
  });
  it('matches one to one', () => {
    const g = [{ name: 'Vladimir Putin', role: null, country: null }, { name: 'Xi Jinping', role: null, country: null }];
    const o = [{ name: 'Putin', role: null, country: null }, { name: 'Vladimir Putin', role: null, country: null }];
    expect(participantsF1(g, o)).toBeCloseTo(0.5);
  });
});

describe('scoreExtractions', () => {
  it('computes event P/R/F1, per-pair figures and the headline over all files together', () => {
    const g1 = doc([ev('phone_call', '2023-02-05', '2023-02-05', ['Putin', 'Lukashenko']), ev('talks', '2023-02-17', '2023-02-17', ['Putin'])]);
    const o1 = doc([ev('phone_call', '2023-02-05', '2023-02-05', ['Putin'], { where: 'Minsk' })]);
    const g2 = doc([ev('summit', null, null, ['Biden'], { where: 'Indonesia', status: 'upcoming' })]);
    const o2 = doc([ev('summit', null, null, ['Biden'], { where: 'indonesia' }), ev('other', '2022-01-01', '2022-01-01', [])]);
    const r = scoreExtractions([{ name: 'a', gold: g1, output: o1 }, { name: 'b', gold: g2, output: o2 }]);
    expect(r.overall.events).toMatchObject({ gold: 3, output: 3, matched: 2 });
    expect(r.overall.events.f1).toBeCloseTo(2 / 3);
    expect(r.overall.whenExact).toBe(1);
    expect(r.overall.status).toBe(0.5);
    expect(r.overall.where).toBe(0.5);
    expect(r.overall.participants).toBeCloseTo((2 / 3 + 1) / 2);
    expect(r.overall.headline).toBeCloseTo((2 / 3) * (0.5 * 1 + 0.5 * (5 / 6)));
    expect(r.files.map((f) => f.name)).toEqual(['a', 'b']);
  });
  it('scores empty documents as perfect and an empty output as zero', () => {
    expect(scoreExtractions([{ name: 'x', gold: doc([]), output: doc([]) }]).overall.events.f1).toBe(1);
    expect(scoreExtractions([{ name: 'x', gold: doc([ev('talks', null, null, [])]), output: doc([]) }]).overall.headline).toBe(0);
    expect(scoreExtractions([]).overall.events.f1).toBe(1);
  });
  it('pairs quotes by overlapping offsets and counts them when the speakers agree', () => {
    const q = (start: number, end: number, speaker: string | null): Quote => ({ start, end, speaker, text: '' });
    const r = scoreExtractions([{ name: 'q', gold: doc([], [q(10, 50, 'Lukashenko'), q(60, 90, null)]), output: doc([], [q(12, 48, 'Aleksandr Lukashenka'), q(60, 70, 'Putin'), q(100, 120, null)]) }]);
    expect(r.overall.quotes).toMatchObject({ gold: 2, output: 3, matched: 1 });
  });
  it('pairs commitments by overlapping evidence, end exclusive', () => {
    const r = scoreExtractions([{ name: 'c', gold: doc([], [], [[0, 10], [20, 30]]), output: doc([], [], [[10, 20], [25, 26]]) }]);
    expect(r.overall.commitments).toMatchObject({ matched: 1 });
  });
});

describe('how far a dozen readouts can be trusted (bootstrap over files)', () => {
  // Twelve files: in each the gold has two talks; the output finds both in the first six files and one in the others.
  const gold = doc([ev('talks', '2024-05-01', '2024-05-01', ['Ana Duarte', 'Ivo Kalns']), ev('phone_call', '2024-05-03', '2024-05-03', ['Ana Duarte', 'Tomas Varga'])]);
  const full = doc(gold.events);
  const half = doc(gold.events.slice(0, 1));
  const files = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}`, gold, output: i < 6 ? full : half }));

  it('puts the headline inside an interval that is wider when the files disagree', () => {
    const mixed = headlineInterval(files);
    expect(mixed.headline).toBeCloseTo(scoreExtractions(files).overall.headline, 10);
    expect(mixed.lo).toBeLessThan(mixed.headline);
    expect(mixed.hi).toBeGreaterThan(mixed.headline);
    const alike = headlineInterval(files.map((f) => ({ ...f, output: full })));
    expect([alike.lo, alike.hi]).toEqual([1, 1]);
  });

  it('is the same interval when asked twice (seeded), and takes the level and resamples asked', () => {
    expect(headlineInterval(files)).toEqual(headlineInterval(files));
    const o = headlineInterval(files, { resamples: 500, level: 0.8, seed: 7 });
    expect([o.resamples, o.level]).toEqual([500, 0.8]);
    expect(o.hi - o.lo).toBeLessThanOrEqual(headlineInterval(files).hi - headlineInterval(files).lo);
  });

  it('compares two extractions file by file: no difference is exactly none, a gain in every file is a gain', () => {
    const same = headlineDifference(files, files);
    expect([same.difference, same.lo, same.hi]).toEqual([0, 0, 0]);
    const before = files.map((f) => ({ ...f, output: half }));
    const gain = headlineDifference(files, before);
    expect(gain.difference).toBeCloseTo(scoreExtractions(files).overall.headline - scoreExtractions(before).overall.headline, 10);
    expect(gain.lo).toBeGreaterThan(0);
    expect(headlineDifference(before, files).hi).toBeLessThan(0);
  });

  it('refuses a baseline without the same files', () => {
    expect(() => headlineDifference(files, files.slice(1))).toThrow(/no baseline document for f0/);
  });
});

// A visit whose programme the later sentences list (rule written for the Kenyan State House readout, open6): invented
// readouts with other leaders, states and wording, and the visits made for one round of talks that stay talks.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('a visit for talks, then a further meeting with someone else: a visit with a programme', () => {
  it('is a visit of its own, and its meetings take its window and place', () => {
    const d = doc('2024-03-11', 'President Cyril Ramaphosa has begun his three-day state visit to Brazil where he will hold bilateral talks on trade. Ramaphosa will meet with President Luiz Inacio Lula da Silva on energy. Ramaphosa will also meet with Vice President Geraldo Alckmin.');
    expect(events(d)).toEqual([
      'visit held 2024-03-11..2024-03-13 Brazil Cyril Ramaphosa+Geraldo Alckmin+Luiz Inacio Lula da Silva',
      'talks upcoming 2024-03-11..2024-03-13 Brazil Cyril Ramaphosa+Luiz Inacio Lula da Silva',
      'talks upcoming 2024-03-11..2024-03-13 Brazil Cyril Ramaphosa+Geraldo Alckmin',
    ]);
  });

  it('stays one talks event when no one new is met after it', () => {
    const d = doc('2024-03-11', 'President Cyril Ramaphosa has begun his three-day state visit to Brazil where he will hold bilateral talks on trade. Ramaphosa will meet with President Luiz Inacio Lula da Silva on energy. The talks will cover mining.');
    expect(d.events.map((e) => e.kind)).toEqual(['talks']);
    const e = doc('2024-03-11', 'Prime Minister Narendra Modi arrived in Tokyo on a visit to hold talks with Fumio Kishida. The two leaders discussed trade.');
    expect(e.events.map((x) => x.kind)).toEqual(['talks']);
  });

  it('an undated visit "has embarked on" or "began" is under way: held from the readout\'s day, its items in its window', () => {
    const d = doc('2022-09-05', 'President Yoon Suk Yeol has embarked on his three-day state visit to Canada, where he will hold talks with Prime Minister Justin Trudeau. Yoon will also meet Governor General Mary Simon.');
    const visit = d.events.find((e) => e.kind === 'visit');
    expect([visit?.status, visit?.when.from, visit?.when.to]).toEqual(['held', '2022-09-05', '2022-09-07']);
    expect(d.events.filter((e) => e.kind === 'talks').every((e) => e.when.from === '2022-09-05' && e.when.to === '2022-09-07')).toBe(true);
  });

  it('is no visit under way when the start is still to come', () => {
    const d = doc('2022-09-05', 'President Yoon Suk Yeol will begin his three-day state visit to Canada, where he will hold talks with Prime Minister Justin Trudeau. Yoon will also meet Governor General Mary Simon.');
    expect(d.events.some((e) => e.kind === 'visit' && e.status === 'held')).toBe(false);
  });
});

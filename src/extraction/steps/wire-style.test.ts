// Wire-copy constructions: a bare weekday after the verb, an office in apposition after a bracketed acronym, a former
// office holder. Invented people, places and dates; negatives where a rule could over-fire.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const brief = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind}/${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"met Tuesday in X with Y": a bare weekday after the verb', () => {
  it('dates the meeting, whatever follows the weekday', () => {
    expect(brief(extractReadout('2027-09-17', 'Foreign Minister Ana Duarte met Wednesday in Quito with Foreign Minister Ivo Petrov.'))).toEqual(['talks/held 2027-09-15..2027-09-15 Quito Ana Duarte+Ivo Petrov']);
    expect(brief(extractReadout('2027-09-17', 'Foreign Minister Ana Duarte met Thursday with Foreign Minister Ivo Petrov.'))).toEqual(['talks/held 2027-09-16..2027-09-16 - Ana Duarte+Ivo Petrov']);
  });

  it('negative: "met Friday\'s deadline" is no meeting of people', () => {
    expect(extractReadout('2027-09-17', 'The ministry met Friday\'s deadline for the report.').events).toEqual([]);
  });
});

describe('offices in apposition', () => {
  it('"the Secretary General of the Association of X (AX), Name," binds the name to the office', () => {
    const d = extractReadout('2027-09-17', 'The Secretary General of the Association of Southeast Asian Nations (ASEAN), Marta Lindqvist, met on Thursday in Quito with Foreign Minister Ivo Petrov.');
    expect(d.events[0]?.participants.map((p) => `${p.name}|${p.role ?? '-'}`)).toEqual(['Marta Lindqvist|Secretary General', 'Ivo Petrov|Foreign Minister']);
  });

  it('"the former President of X" is not whoever holds the office on the day', () => {
    const d = extractReadout('2027-09-17', 'Foreign Minister Ivo Petrov met on Thursday with the former President of Ecuador.');
    expect(d.events[0]?.participants.map((p) => p.name)).toEqual(['Ivo Petrov']);
  });

  it('negative: "the President of Ecuador" alone is still the holder of the office', () => {
    const d = extractReadout('2027-09-17', 'Foreign Minister Ivo Petrov met on Thursday with the President of Ecuador.');
    expect(d.events[0]?.participants).toHaveLength(2);
  });
});

describe('a call and "the talks" that date it', () => {
  it('"the talks, held on Monday night," after an undated call are that call, on that day', () => {
    const d = extractReadout('2026-03-12', 'President Ana Duarte thanked Prime Minister Ivo Petrov for his support in a phone call. The talks, held on Monday night, also touched on grain exports.');
    expect(brief(d)).toEqual(['phone_call/held 2026-03-09..2026-03-09 - Ana Duarte+Ivo Petrov']);
  });

  it('negative: a meeting in a place of its own stays a meeting', () => {
    const d = extractReadout('2026-03-12', 'In a phone call with Prime Minister Ivo Petrov, President Ana Duarte congratulated him on the vote. The talks in Vienna on Monday covered energy.');
    expect(d.events.map((e) => e.kind)).toContain('talks');
  });

  it('"a platform for peace talks" is what a place is offered for, no occurrence', () => {
    const d = extractReadout('2026-03-12', 'On Tuesday President Ana Duarte spoke by phone with Prime Minister Ivo Petrov and offered Geneva as a venue for peace talks.');
    expect(d.events.map((e) => e.kind)).toEqual(['phone_call']);
  });
});

describe('"President-elect Name"', () => {
  it('is the person named, not the holder of the office on the day', () => {
    const d = extractReadout('2024-11-27', 'On Monday Chancellor Ivo Petrov spoke by phone with US President-elect Ana Duarte.');
    expect(d.events[0]?.participants.map((p) => `${p.name}|${p.role ?? '-'}`)).toEqual(['Ivo Petrov|Chancellor', 'Ana Duarte|President-elect']);
  });
});

describe('"According to the X, A and B spoke …" is no headline future', () => {
  it('a call reported through its source on the readout\'s day is held', () => {
    const d = extractReadout('2026-05-13', 'According to the presidency, President Ana Duarte and Chancellor Ivo Petrov spoke this Wednesday, May 13 by telephone.');
    expect(brief(d)).toEqual(['phone_call/held 2026-05-13..2026-05-13 - Ana Duarte+Ivo Petrov']);
  });

  it('negative: a headline "X to visit Y" still announces', () => {
    expect(extractReadout('2026-05-13', 'Duarte to visit Chile next week').events[0]?.status).toBe('upcoming');
  });
});

describe('"soon after the outbreak of the crisis": a time written that the text does not date', () => {
  it('keeps the past meeting it dates, with no window and the phrase as written', () => {
    const d = extractReadout('2026-05-13', 'President Ana Duarte spoke by phone with Chancellor Ivo Petrov on Monday. Duarte also recalled Petrov\'s meeting with President Lee Sung shortly after the start of the crisis.');
    const m = d.events.find((e) => e.kind === 'talks');
    expect(m?.when).toMatchObject({ from: null, to: null, text: 'shortly after the start of the crisis' });
  });

  it('negative: "shortly after the talks" is no time of its own', () => {
    const d = extractReadout('2026-05-13', 'President Ana Duarte met Chancellor Ivo Petrov on Monday. Shortly after the talks, Duarte left for Lima.');
    expect(d.events.every((e) => e.when.text !== 'Shortly after the talks')).toBe(true);
  });
});

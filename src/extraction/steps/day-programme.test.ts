// A day's programme told part of day by part of day, and a list of meetings on an agenda: invented readouts with
// other people, places, dates and wording, and the similar sentences that must not fire.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const brief = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind}/${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('parts of the day: the day last dated, else the readout\'s day', () => {
  it('"in the afternoon", "in the early evening", "later in the morning" on the readout\'s day', () => {
    const d = extractReadout('2031-06-10', 'Prime Minister Ana Duarte will open the trade fair this morning. Later in the morning, she will meet with Foreign Minister Ivo Petrov. In the early evening, Prime Minister Duarte will meet with President Lee Sung.');
    expect(brief(d).filter((s) => s.startsWith('talks'))).toEqual([
      'talks/upcoming 2031-06-10..2031-06-10 Ana Duarte+Ivo Petrov',
      'talks/upcoming 2031-06-10..2031-06-10 Ana Duarte+Lee Sung',
    ]);
  });

  it('after a dated day, "in the afternoon" is that day\'s afternoon', () => {
    const d = extractReadout('2031-06-10', 'On Thursday, President Mira Kostova will hold talks with Chancellor Paul Girard. In the afternoon, President Kostova will meet with Speaker Anne Roux.');
    expect(brief(d)).toEqual([
      'talks/upcoming 2031-06-12..2031-06-12 Mira Kostova+Paul Girard',
      'talks/upcoming 2031-06-12..2031-06-12 Mira Kostova+Anne Roux',
    ]);
  });

  it('not a session, the news or the evening of a date: "in the morning session", "the evening of 5 July"', () => {
    const d = extractReadout('2031-06-10', 'Chancellor Paul Girard will speak in the morning session of the forum on 14 June. President Lee Sung will host a dinner for him on the evening of 13 June.');
    expect(d.events.map((e) => e.when.from)).not.toContain('2031-06-10');
  });
});

describe('meetings of one day, each dated by a phrase of its own, are one event each', () => {
  it('two meetings with other people at other times of the day are not merged', () => {
    const d = extractReadout('2031-02-03', 'This morning, Foreign Minister Ivo Petrov met with President Lee Sung. In the late afternoon Foreign Minister Ivo Petrov met with Prime Minister Anne Roux.');
    expect(brief(d)).toEqual([
      'talks/held 2031-02-03..2031-02-03 Ivo Petrov+Lee Sung',
      'talks/held 2031-02-03..2031-02-03 Ivo Petrov+Anne Roux',
    ]);
  });

  it('negative: the same meeting said twice with the same people stays one', () => {
    const d = extractReadout('2031-02-03', 'This morning, Foreign Minister Ivo Petrov met with President Lee Sung. On Monday morning, Petrov and Lee Sung discussed trade.');
    expect(brief(d).filter((s) => s.startsWith('talks'))).toHaveLength(1);
  });
});

describe('an agenda of meetings: "meetings with A; B; and C" after a reported visit', () => {
  it('the office before a comma and the name after it are one person; one meeting each, with the traveller', () => {
    const d = extractReadout('2029-04-16', 'Secretary General Marta Lindqvist is on an official visit to Moldova on 16 April 2029. Her agenda features meetings with the President of Moldova, Ion Rusu; Prime Minister, Dan Popa; Foreign Minister, Ana Lupu; and the Speaker, Igor Munteanu.');
    expect(brief(d).filter((s) => s.startsWith('talks'))).toEqual([
      'talks/held 2029-04-16..2029-04-16 Marta Lindqvist+Ion Rusu',
      'talks/held 2029-04-16..2029-04-16 Marta Lindqvist+Dan Popa',
      'talks/held 2029-04-16..2029-04-16 Marta Lindqvist+Ana Lupu',
      'talks/held 2029-04-16..2029-04-16 Marta Lindqvist+Igor Munteanu',
    ]);
  });

  it('negative: "a meeting with A and B" stays one meeting', () => {
    const d = extractReadout('2029-04-16', 'Secretary General Marta Lindqvist is on an official visit to Moldova on 16 April 2029. Her programme includes a meeting with Prime Minister Dan Popa and Foreign Minister Ana Lupu.');
    expect(brief(d).filter((s) => s.startsWith('talks')).length).toBeLessThanOrEqual(1);
  });
});

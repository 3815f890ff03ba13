// "was received by the Prime Minister, X": the host after "by" and "the", as "was received by Prime Minister X" is
// read. Invented readouts; counted before the rule: 0 of 4 positives gave the meeting, the 3 negatives were right.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const meetings = (body: string): string[] =>
  extractReadout('2024-05-14', body).events.filter((e) => e.kind === 'talks').map((e) => `${e.participants.map((p) => p.name).join('+')} ${e.when.from ?? '?'}`);

describe('received by the holder of an office', () => {
  it.each([
    ['On Monday, President Ana Gil was received by the Prime Minister, Omar Haddad.', 'Ana Gil+Omar Haddad 2024-05-13'],
    ['President Ana Gil was received by the Prime Minister of Jordan, Omar Haddad, on Monday.', 'Ana Gil+Omar Haddad 2024-05-13'],
    ['Foreign Minister Lena Vik was received on Tuesday by the President, Tomas Rey.', 'Lena Vik+Tomas Rey 2024-05-14'],
    ['Today the delegation led by Chancellor Karl Nehammer is received by the King of Norway, Harald V.', 'Karl Nehammer+Harald V 2024-05-14'],
  ])('%s', (body, want) => expect(meetings(body)).toEqual([want]));

  it.each([
    'The proposal was received by the public with enthusiasm on Monday.',
    'The letter of President Ana Gil was received by the Prime Minister\'s office on Monday.',
    'President Ana Gil said the plan was well received by the region.',
  ])('no meeting: %s', (body) => expect(meetings(body)).toEqual([]));
});

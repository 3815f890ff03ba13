// Two calls of one person with different counterparts are two calls, however far apart and whichever is dated; the
// same pair said twice is one call. Invented readouts with their own names, dates and wording.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const calls = (d: ExtractionDocument): string[] =>
  d.events.filter((e) => e.kind === 'phone_call').map((e) => `${e.participants.map((p) => p.name.split(' ').pop() ?? '').sort().join('+')} ${e.when.from ?? '?'}`);

describe('calls with different counterparts stay apart', () => {
  const rows: [label: string, date: string, text: string, want: string[]][] = [
    ['an undated call and an earlier dated one with someone else', '2022-03-09',
      'The presidency said on Tuesday that President Anna Berg has spoken by phone with her Estonian counterpart Alar Karis to discuss trade.\n\n' +
        'Earlier, Anna Berg and Latvian President Egils Levits agreed to meet in Riga in April during a phone conversation that took place on March 2.',
      ['Berg+Karis 2022-03-09', 'Berg+Levits 2022-03-02']],
    ['"also spoke on the phone with" another leader', '2022-03-09',
      'President Alar Karis held a telephone conversation with Latvian President Egils Levits.\n\nKaris also spoke on the phone with Lithuanian President Gitanas Nauseda on Monday.',
      ['Karis+Levits 2022-03-09', 'Karis+Nauseda 2022-03-07']],
    ['two dated calls on the same day with two people', '2023-10-12',
      'On Wednesday, Chancellor Karl Nehammer had a phone call with Prime Minister Petr Fiala. The same day he held a telephone conversation with Prime Minister Robert Golob.',
      ['Fiala+Nehammer 2023-10-11', 'Golob+Nehammer 2023-10-11']],
    ['the same pair said twice is one call', '2022-03-09',
      'President Alar Karis had a phone call with Egils Levits on Monday.\n\nDuring the telephone conversation, Karis and Levits discussed energy.',
      ['Karis+Levits 2022-03-07']],
    ['the call referred back with one side only is the same call', '2022-03-09',
      'President Alar Karis had a phone call with Egils Levits on Monday.\n\nIn the conversation, Levits thanked Estonia for its support.',
      ['Karis+Levits 2022-03-07']],
  ];
  for (const [label, date, text, want] of rows) {
    it(label, () => expect(calls(extractReadout(date, text))).toEqual(want));
  }
});

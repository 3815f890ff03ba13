// A briefing and the occurrence it reports: the time of the speaking dates the speaking; a principal's remarks to the
// press are an interview, a spokesperson's are sourcing. Invented readouts with other people, states, days and wording.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\n---\n${body}\n`);
const summary = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'} ${e.participants.map((p) => p.name.split(' ').pop()).join('+')}`);

describe('the time of a briefing dates the briefing, not what it is about', () => {
  it('a spokesperson who "on Thursday updated the press on" an anticipated call', () => {
    expect(summary(doc('2022-11-18', 'Spokesperson Le Thi Thu Hang on Thursday updated the press on the highly anticipated phone call between Nguyen Phu Trong and Joe Biden.')))
      .toEqual(['phone_call upcoming - Trong+Biden']);
    expect(summary(doc('2023-05-12', 'Spokesperson Wang Wenbin on Friday briefed reporters on the upcoming visit of Xi Jinping to Kazakhstan.')))
      .toEqual(['visit upcoming - Jinping']);
  });

  it('a time before an occurrence verb still dates it', () => {
    expect(summary(doc('2023-05-12', 'Xi Jinping on Friday held talks with Kassym-Jomart Tokayev.'))).toEqual(['talks held 2023-05-12 Jinping+Tokayev']);
  });
});

describe("a principal's remarks to the press", () => {
  it('a foreign minister telling reporters is an interview, with the day that closes the clause', () => {
    const d = doc('2022-07-27', 'Secretary of State Antony Blinken told reporters at the State Department Wednesday his conversation with Sergey Lavrov will happen in the coming days.');
    expect(summary(d)).toContain('interview held 2022-07-27 Blinken');
    expect(d.events.find((e) => e.kind === 'phone_call')?.when.to).toBe('2022-08-03');
  });

  it('a spokesperson telling reporters is no interview', () => {
    expect(summary(doc('2022-07-27', 'Spokesperson John Kirby told reporters on Wednesday the sanctions will stay.'))).toEqual([]);
  });
});

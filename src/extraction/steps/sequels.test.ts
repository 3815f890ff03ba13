// An occurrence that follows one the sentence refers back to takes its day and place: invented readouts with other
// people, places, days and wording, and the cases that stay undated.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const interview = (d: ExtractionDocument): string => {
  const e = d.events.find((x) => x.kind === 'interview');
  return `${e?.status} ${e?.when.from ?? '-'} ${e?.where ?? '-'}`;
};

describe('"Following the meeting, they will hold a joint press conference"', () => {
  it('takes the meeting\'s day and place', () => {
    expect(interview(doc('2024-10-15', 'Prime Minister Ulf Kristersson will meet with Mark Rutte in Brussels on Wednesday 16 October. Following the meeting, they will hold a joint press conference.'))).toBe('upcoming 2024-10-16 Brussels');
    expect(interview(doc('2023-02-28', 'Emmanuel Macron will hold talks with Pedro Sanchez in Madrid on 3 March. After the talks, the two leaders will give a joint news conference.'))).toBe('upcoming 2023-03-03 Madrid');
  });

  it('stays undated without a reference back or when the press conference has its own time', () => {
    expect(interview(doc('2024-10-15', 'Ulf Kristersson will meet with Mark Rutte in Brussels on Wednesday 16 October. Separately, they will hold a joint press conference.'))).toBe('upcoming - -');
    expect(interview(doc('2024-10-15', 'Ulf Kristersson will meet with Mark Rutte in Brussels on Wednesday 16 October. Following the meeting, they will hold a joint press conference on 18 October.'))).toBe('upcoming 2024-10-18 -');
  });
});

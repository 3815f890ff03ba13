// A briefing and the occurrence it reports: the time of the speaking dates the speaking; a principal's remarks to the
// press are an interview, a spokesperson's are sourcing. Invented readouts with other people, states, days and wording.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
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

describe('sentence openers and long coordinations', () => {
  it('"Earlier on November 12, within … summits, X had talks with Y": the opening date is the gathering\'s and its talks\'', () => {
    for (const [published, body, from] of [
      ['2022-11-18', 'Earlier on November 12, within the framework of the ASEAN Summits in Cambodia, Prime Minister Pham Minh Chinh had talks with Joe Biden.', '2022-11-12'],
      ['2019-07-02', 'Later, on June 29, on the sidelines of the G20 summit in Osaka, Shinzo Abe had talks with Vladimir Putin.', '2019-06-29'],
    ] as const) {
      const d = doc(published, body);
      expect(d.events.map((e) => `${e.kind} ${e.when.from}`).sort(), body).toEqual([`summit ${from}`, `talks ${from}`]);
    }
  });

  it('"the anticipated call between <long titles> as well as a visit": the visit is announced too', () => {
    const d = doc('2023-03-10', 'The ministry updated the press on the upcoming phone call between the General Secretary of the Communist Party of China Xi Jinping and the President of Brazil Luiz Inacio Lula da Silva as well as a visit by the Brazilian leader to China.');
    expect(d.events.map((e) => `${e.kind} ${e.status}`)).toEqual(['phone_call upcoming', 'visit upcoming']);
  });

  it('without "as well as", a far trigger keeps its own tense', () => {
    const d = doc('2023-03-10', 'The ministry spoke of the upcoming phone call between the General Secretary of the Communist Party of China Xi Jinping and the President of Brazil Luiz Inacio Lula da Silva. Lula visited China in 2009.');
    expect(d.events.map((e) => `${e.kind} ${e.status}`)).toEqual(['phone_call upcoming', 'visit held']);
  });
});

describe('a day counted back from a call the words refer back to', () => {
  it('"their call the day before" is the call already dated, counted from the readout', () => {
    for (const [published, body, from] of [
      ['2025-07-28', 'Earlier, Lukashenko reported that he had a phone conversation with Putin on Sunday, July 27. According to her, the leaders did not discuss trade during their phone call the day before.', '2025-07-27'],
      ['2023-03-14', 'Erdogan had a telephone conversation with Macron on March 13. The leaders discussed grain exports during their phone call the day before.', '2023-03-13'],
    ] as const) {
      const calls = doc(published, body).events.filter((e) => e.kind === 'phone_call');
      expect(calls.map((e) => e.when.from), body).toEqual([from]);
    }
  });

  it('a new occurrence "the day before" another still counts from it', () => {
    const d = doc('2023-03-20', 'Erdogan met Macron in Paris on March 13. The day before, Erdogan visited Berlin.');
    expect(d.events.find((e) => e.kind === 'visit')?.when.from).toBe('2023-03-12');
  });
});

describe('times that date a telling or a decision, not the occurrence', () => {
  it('a principal "earlier on Sunday said his phone conversation …" still dates the call', () => {
    const d = doc('2017-01-22', 'Trump had earlier on Sunday said his phone conversation with Netanyahu was "very nice" but did not provide details.');
    expect(summary(d)).toEqual(['phone_call held 2017-01-22 Trump+Netanyahu']);
  });

  it('"a final date for the visit will be set in the days ahead": the visit is the one planned for February', () => {
    for (const body of [
      'Donald Trump invited Binyamin Netanyahu to come to Washington to meet him in February. A final date for Netanyahu\'s visit to Washington will be set in the days ahead.',
      'Emmanuel Macron invited Narendra Modi to come to Paris to meet him in February. The dates of Modi\'s visit to Paris will be agreed later this month.',
    ]) {
      const d = doc('2017-01-22', body);
      expect(d.events.map((e) => `${e.kind} ${e.when.from}`), body).toEqual(['talks 2017-02-01']);
    }
  });

  it('a visit set for a day is dated by it', () => {
    expect(summary(doc('2017-01-22', 'Netanyahu\'s visit to Washington is set for February 15.'))).toEqual(['visit upcoming 2017-02-15 Netanyahu']);
  });
});

// Time expressions with a fixed reference date; offsets are asserted.
import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokens.ts';
import { resolveTime, scanTimes } from './expressions.ts';
import type { Bias } from './expressions.ts';

const R = '2023-02-17'; // a Friday

function times(text: string, bias: Bias = 'none', ref: string | null = R): { text: string; from: string | null; to: string | null; precision: string | null }[] {
  return scanTimes(tokenise(text), ref).map((x) => {
    const w = resolveTime(x, ref, bias, null);
    return { text: text.slice(x.start, x.end), from: w?.from ?? null, to: w?.to ?? null, precision: w?.precision ?? null };
  });
}

describe('scanTimes', () => {
  it.each([
    ['on the evening of February 5th', '2023-02-05', '2023-02-05', 'day'],
    ['in the evening of 5 February', '2023-02-05', '2023-02-05', 'day'],
    ['December 6, 2018', '2018-12-06', '2018-12-06', 'day'],
    ['on 30-31 August 2024', '2024-08-30', '2024-08-31', 'days'],
    ['on 28 February - 2 March', '2023-02-28', '2023-03-02', 'days'],
    ['in April-May', '2023-04-01', '2023-05-31', 'months'],
    ['for April and May', '2023-04-01', '2023-05-31', 'months'],
    ['in February', '2023-02-01', '2023-02-28', 'month'],
    ['in early March', '2023-03-01', '2023-03-10', 'days'],
    ['at the end of May', '2023-05-21', '2023-05-31', 'days'],
    ['in the near future', '2023-02-17', '2023-03-19', 'relative'],
    ['in the coming days', '2023-02-17', '2023-02-24', 'relative'],
    ['in the coming weeks', '2023-02-17', '2023-03-17', 'relative'],
    ['in the coming months', '2023-02-17', '2023-05-18', 'relative'],
    ['by the end of the year', '2023-02-17', '2023-12-31', 'relative'],
    ['later this month', '2023-02-17', '2023-02-28', 'relative'],
    ['next week', '2023-02-20', '2023-02-26', 'days'],
    ['last week', '2023-02-06', '2023-02-12', 'days'],
    ['next month', '2023-03-01', '2023-03-31', 'month'],
    ['this summer', '2023-06-01', '2023-08-31', 'months'],
    ['early in the new year', '2024-01-01', '2024-03-31', 'quarter'],
    ['in the first half of 2024', '2024-01-01', '2024-06-30', 'half'],
    ['in Q3', '2023-07-01', '2023-09-30', 'quarter'],
    ['in 2019', '2019-01-01', '2019-12-31', 'year'],
    ['next year', '2024-01-01', '2024-12-31', 'year'],
    ['yesterday', '2023-02-16', '2023-02-16', 'day'],
    ['The day before', '2023-02-16', '2023-02-16', 'day'],
    ['this evening', '2023-02-17', '2023-02-17', 'day'],
    ['last Monday', '2023-02-13', '2023-02-13', 'day'],
    ['next Tuesday', '2023-02-21', '2023-02-21', 'day'],
    ['06.02.2023', '2023-02-06', '2023-02-06', 'day'],
  ])('%s', (text, from, to, precision) => {
    expect(times(text)).toEqual([{ text, from, to, precision }]);
  });

  it('keeps offsets into the text', () => {
    const text = 'The leaders will meet in the near future, and talks are set for April-May.';
    const found = scanTimes(tokenise(text), R);
    expect(found.map((x) => [x.start, x.end, text.slice(x.start, x.end)])).toEqual([
      [22, 40, 'in the near future'],
      [60, 73, 'for April-May'],
    ]);
  });

  it('resolves a year-less date by tense: a past December is last year, a future one this year', () => {
    expect(times('in December', 'past', '2024-01-10')[0]?.from).toBe('2023-12-01');
    expect(times('in December', 'future', '2024-01-10')[0]?.from).toBe('2024-12-01');
  });

  it('resolves weekdays by tense', () => {
    expect(times('on Monday', 'past')[0]?.from).toBe('2023-02-13');
    expect(times('on Monday', 'future')[0]?.from).toBe('2023-02-20');
  });

  it('without a reference keeps year-less dates unresolved', () => {
    expect(times('on 5 February', 'none', null)).toEqual([{ text: 'on 5 February', from: null, to: null, precision: null }]);
    expect(times('on 5 February 2023', 'none', null)[0]?.from).toBe('2023-02-05');
  });

  describe('negative cases', () => {
    it.each([
      'The parties may sign the agreement.',
      'May I add something?',
      'the may be held remark',
      'Good Friday Agreement',
      'the 20th anniversary of the dialogue',
      'for approximately 10 minutes',
      'shortly after the start of his new term',
      'a march in the street',
      'they met 2000 delegates',
    ])('%s has no time', (text) => {
      expect(times(text)).toEqual([]);
    });
  });
});

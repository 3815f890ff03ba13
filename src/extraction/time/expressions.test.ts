// Time expressions with a fixed reference date; offsets are asserted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/tokens.ts';
import { resolveTime, scanTimes } from './expressions.ts';
import type { Bias } from './expressions.ts';
import { addDays, fromDayNumber, toDayNumber, weekdayOf } from './calendar.ts';

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
    ['by the end of the month', '2023-02-17', '2023-02-28', 'relative'],
    ['at the end of the month', '2023-02-21', '2023-02-28', 'days'],
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

  it('reads "towards the end of this month" as its last third, the phrase without "towards"', () => {
    expect(times('towards the end of this month')).toEqual([{ text: 'the end of this month', from: '2023-02-21', to: '2023-02-28', precision: 'days' }]);
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

// Each phrase family against several reference dates: month ends, leap years, year boundaries and weekday arithmetic.
describe('phrase families against varied reference dates', () => {
  type Row = [ref: string, text: string, from: string | null, to: string | null, precision: string | null, bias?: Bias];
  const rows: Record<string, Row[]> = {
    'abbreviated months with a full stop': [
      ['2018-11-23', 'from Nov. 27 to Dec. 5', '2018-11-27', '2018-12-05', 'days'],
      ['2018-11-23', 'on Sept. 4', '2019-09-04', '2019-09-04', 'day', 'future'],
      ['2024-01-10', 'on Sept. 4', '2023-09-04', '2023-09-04', 'day', 'past'],
      ['2019-05-01', 'on Feb. 29, 2020', '2020-02-29', '2020-02-29', 'day'],
      ['2021-03-03', 'in Jan. 2022', '2022-01-01', '2022-01-31', 'month'],
      ['2021-03-03', 'on 5 Oct. 2021', '2021-10-05', '2021-10-05', 'day'],
      ['2021-03-03', 'Aug. 30-31', '2021-08-30', '2021-08-31', 'days'],
      ['2021-06-03', 'in Sept.', '2021-09-01', '2021-09-30', 'month'],
    ],
    'day ranges across months': [
      ['2018-11-23', 'from November 27 to December 5', '2018-11-27', '2018-12-05', 'days'],
      ['2018-11-23', 'from 27 November to 5 December', '2018-11-27', '2018-12-05', 'days'],
      ['2023-12-20', 'from December 30 to January 2', '2023-12-30', '2024-01-02', 'days'],
      ['2023-12-20', '30 December 2023 - 2 January 2024', '2023-12-30', '2024-01-02', 'days'],
      ['2023-12-20', 'from 30 December to 2 January 2024', '2023-12-30', '2024-01-02', 'days'],
      ['2023-12-20', 'December 30 - January 2, 2024', '2023-12-30', '2024-01-02', 'days'],
      ['2023-06-20', 'in December-January 2024', '2023-12-01', '2024-01-31', 'months'],
      ['2024-02-01', 'from 28 February to 1 March', '2024-02-28', '2024-03-01', 'days'],
      ['2023-02-01', 'between 27 February and 2 March', '2023-02-27', '2023-03-02', 'days'],
      ['2025-06-01', 'June 30 - July 1, 2025', '2025-06-30', '2025-07-01', 'days'],
      ['2025-06-01', 'from late June to early July', '2025-06-21', '2025-07-10', 'days'],
      ['2025-01-15', 'from March to May', '2025-03-01', '2025-05-31', 'months'],
      ['2025-01-15', 'between November 2025 and February 2026', '2025-11-01', '2026-02-28', 'months'],
    ],
    'relative days and weekday ranges': [
      ['2018-11-26', 'from tomorrow to Thursday', '2018-11-27', '2018-11-29', 'days'],
      ['2018-11-26', 'from tomorrow to December 5', '2018-11-27', '2018-12-05', 'days'],
      ['2018-11-26', 'on Friday and Saturday', '2018-11-30', '2018-12-01', 'days', 'future'],
      ['2018-11-26', 'on Friday and Saturday', '2018-11-23', '2018-11-24', 'days', 'past'],
      ['2024-12-31', 'today and tomorrow', '2024-12-31', '2025-01-01', 'days'],
      ['2024-12-30', 'from today to Friday', '2024-12-30', '2025-01-03', 'days'],
      ['2024-02-27', 'from Wednesday to Friday', '2024-02-28', '2024-03-01', 'days', 'future'],
      ['2024-02-27', 'Monday to Wednesday', '2024-02-26', '2024-02-28', 'days'],
      ['2024-02-27', 'between Sunday and Tuesday', '2024-03-03', '2024-03-05', 'days', 'future'],
      ['2024-02-27', 'from Saturday until Monday', '2024-03-02', '2024-03-04', 'days', 'future'],
      ['2024-02-28', 'the day after tomorrow', '2024-03-01', '2024-03-01', 'day'],
      ['2024-03-01', 'the day before yesterday', '2024-02-28', '2024-02-28', 'day'],
      ['2024-12-31', 'tomorrow', '2025-01-01', '2025-01-01', 'day'],
      ['2025-01-01', 'yesterday', '2024-12-31', '2024-12-31', 'day'],
      // The day of the month in brackets is the day meant: a text written the day before it was published.
      ['2031-07-09', 'Yesterday (7)', '2031-07-07', '2031-07-07', 'day'],
      ['2031-08-01', 'yesterday (30th)', '2031-07-30', '2031-07-30', 'day'],
      ['2031-07-09', 'today (9)', '2031-07-09', '2031-07-09', 'day'],
      ['2024-12-31', 'tonight', '2024-12-31', '2024-12-31', 'day'],
      ['2024-12-31', 'this evening', '2024-12-31', '2024-12-31', 'day'],
      ['2024-12-31', 'this morning', '2024-12-31', '2024-12-31', 'day'],
      ['2018-11-23', 'made the announcement here Friday', '2018-11-23', '2018-11-23', 'day'],
      ['2018-11-21', 'will arrive Friday', '2018-11-23', '2018-11-23', 'day', 'future'],
      ['2023-09-08', 'spoke with Rishi Sunak Thursday', '2023-09-07', '2023-09-07', 'day'],
      ['2018-11-21', 'by Friday', '2018-11-23', '2018-11-23', 'day', 'future'],
      ['2018-11-21', 'on Friday evening', '2018-11-23', '2018-11-23', 'day', 'future'],
      ['2025-01-01', 'next Monday', '2025-01-06', '2025-01-06', 'day'],
      ['2024-12-30', 'this Friday', '2025-01-03', '2025-01-03', 'day'],
      ['2025-01-03', 'this Monday', '2024-12-30', '2024-12-30', 'day'],
      ['2024-02-26', 'this Thursday evening', '2024-02-29', '2024-02-29', 'day'],
      // "this Tuesday" is of R's week unless the tense says the day is past (future: the next one) or to come (past: the last).
      ['2023-06-30', 'this Tuesday', '2023-07-04', '2023-07-04', 'day', 'future'],
      ['2023-06-30', 'this Thursday', '2023-06-29', '2023-06-29', 'day', 'past'],
      ['2023-06-26', 'this Friday', '2023-06-23', '2023-06-23', 'day', 'past'],
      ['2023-06-26', 'this Friday', '2023-06-30', '2023-06-30', 'day', 'future'],
      ['2023-06-28', 'this Wednesday', '2023-06-28', '2023-06-28', 'day', 'future'],
      ['2023-06-28', 'this Wednesday', '2023-06-28', '2023-06-28', 'day', 'past'],
      ['2024-12-30', 'this coming Sunday', '2025-01-05', '2025-01-05', 'day'],
      ['2025-01-05', 'this coming Sunday', '2025-01-12', '2025-01-12', 'day'],
      ['2025-01-06', 'next Monday', '2025-01-13', '2025-01-13', 'day'],
      ['2025-01-06', 'last Monday', '2024-12-30', '2024-12-30', 'day'],
      ['2025-01-01', 'last Sunday', '2024-12-29', '2024-12-29', 'day'],
    ],
    'a day in apposition narrows a wider window': [
      ['2023-09-08', 'last month, on August 18', '2023-08-18', '2023-08-18', 'day'],
      ['2025-01-08', 'last month, on December 30', '2024-12-30', '2024-12-30', 'day'],
      ['2025-09-08', 'this week, on Friday', '2025-09-12', '2025-09-12', 'day'],
      ['2025-09-08', 'next week, on Monday', '2025-09-15', '2025-09-15', 'day'],
      ['2025-09-08', 'in 2023, on 5 March', '2023-03-05', '2023-03-05', 'day'],
      ['2025-09-08', 'in 2023, on 5 April 2024', '2023-01-01', '2023-12-31', 'year'],
      ['2025-09-08', 'last year, on Friday', '2025-09-12', '2025-09-12', 'day', 'future'],
      ['2025-09-08', 'on 9-10 September, on Saturday', '2025-09-13', '2025-09-13', 'day', 'future'],
    ],
    'weeks and weekends': [
      ['2024-12-31', 'next week', '2025-01-06', '2025-01-12', 'days'],
      ['2025-01-05', 'this week', '2024-12-30', '2025-01-05', 'days'],
      ['2025-01-01', 'last week', '2024-12-23', '2024-12-29', 'days'],
      ['2025-01-01', 'later this week', '2025-01-01', '2025-01-05', 'relative'],
      ['2025-01-01', 'this weekend', '2025-01-04', '2025-01-05', 'days'],
      ['2025-01-01', 'next weekend', '2025-01-11', '2025-01-12', 'days'],
      ['2025-01-01', 'last weekend', '2024-12-28', '2024-12-29', 'days'],
      ['2024-03-01', 'from Monday to Wednesday next week', '2024-03-04', '2024-03-06', 'days'],
      ['2024-03-01', 'on Friday last week', '2024-02-23', '2024-02-23', 'day'],
      ['2024-12-29', 'on Tuesday this week', '2024-12-24', '2024-12-24', 'day', 'future'],
      ['2024-12-28', 'on Wednesday next week', '2025-01-01', '2025-01-01', 'day', 'past'],
    ],
    'parts of a month': [
      ['2024-01-10', 'in early February', '2024-02-01', '2024-02-10', 'days'],
      ['2024-01-10', 'in mid-February', '2024-02-11', '2024-02-20', 'days'],
      ['2024-01-10', 'in late February', '2024-02-21', '2024-02-29', 'days'],
      ['2023-01-10', 'in late February', '2023-02-21', '2023-02-28', 'days'],
      ['2023-01-10', 'at the end of February', '2023-02-21', '2023-02-28', 'days'],
      ['2023-01-10', 'at the beginning of April', '2023-04-01', '2023-04-10', 'days'],
      ['2023-06-10', 'in the middle of September', '2023-09-11', '2023-09-20', 'days'],
      ['2023-01-10', 'in late Nov. 2024', '2024-11-21', '2024-11-30', 'days'],
      ['2023-01-10', 'mid-December 2022', '2022-12-11', '2022-12-20', 'days'],
      ['2023-12-15', 'in the first decade of October', '2023-10-01', '2023-10-10', 'days'],
      ['2023-12-15', 'in the third decade of February 2024', '2024-02-21', '2024-02-29', 'days'],
      ['2023-06-15', 'in the second ten-day period of May', '2023-05-11', '2023-05-20', 'days'],
      // Weeks of a month (annotation guide: "in the last week of May" is 25-31 May) and ten-day thirds in words.
      ['2024-05-14', 'in the last week of June', '2024-06-24', '2024-06-30', 'days'],
      ['2024-05-14', 'in the first week of June', '2024-06-01', '2024-06-07', 'days'],
      ['2024-05-14', 'during the second week of July', '2024-07-08', '2024-07-14', 'days'],
      ['2024-05-14', 'in the fourth week of September 2025', '2025-09-22', '2025-09-28', 'days'],
      ['2023-06-15', 'in the final week of February', '2023-02-22', '2023-02-28', 'days', 'past'],
      ['2024-05-14', 'in the first ten days of June', '2024-06-01', '2024-06-10', 'days'],
      ['2024-05-14', 'in the last ten days of August', '2024-08-21', '2024-08-31', 'days'],
      ['2024-06-03', 'in the second half of February', '2025-02-16', '2025-02-28', 'days', 'future'],
      ['2023-06-03', 'in the first half of February 2024', '2024-02-01', '2024-02-15', 'days'],
      ['2024-12-15', 'early next month', '2025-01-01', '2025-01-10', 'days'],
      ['2024-01-15', 'at the end of next month', '2024-02-21', '2024-02-29', 'days'],
      ['2024-01-15', 'in mid-next month', '2024-02-11', '2024-02-20', 'days'],
      ['2024-01-15', 'by the end of this month', '2024-01-15', '2024-01-31', 'relative'],
    ],
    'halves, quarters, the end of the year': [
      ['2024-05-05', 'in the first half of the year', '2024-01-01', '2024-06-30', 'half'],
      ['2024-05-05', 'in the second half of next year', '2025-07-01', '2025-12-31', 'half'],
      ['2024-05-05', 'in the fourth quarter of 2026', '2026-10-01', '2026-12-31', 'quarter'],
      ['2024-05-05', 'H2 2025', '2025-07-01', '2025-12-31', 'half'],
      ['2024-05-05', 'by the end of the year', '2024-05-05', '2024-12-31', 'relative'],
      ['2024-05-05', 'before the end of this year', '2024-05-05', '2024-12-31', 'relative'],
      ['2024-12-31', 'later this year', '2024-12-31', '2024-12-31', 'relative'],
      ['2017-04-12', 'later this year', '2017-04-12', '2017-12-31', 'relative'],
      ['2024-05-05', 'before the year is out', '2024-05-05', '2024-12-31', 'relative'],
      ['2024-02-10', 'later this month', '2024-02-10', '2024-02-29', 'relative'],
      ['2024-12-05', 'early next year', '2025-01-01', '2025-03-31', 'quarter'],
      ['2024-12-05', 'in early 2026', '2026-01-01', '2026-03-31', 'quarter'],
      ['2024-12-05', 'at the beginning of 2025', '2025-01-01', '2025-03-31', 'quarter'],
      ['2024-12-05', 'in late 2023', '2023-10-01', '2023-12-31', 'quarter'],
      ['2024-12-05', 'at the end of 2022', '2022-10-01', '2022-12-31', 'quarter'],
    ],
    'vague spans': [
      ['2024-02-20', 'in the foreseeable future', '2024-02-20', '2024-03-21', 'relative'],
      ['2024-02-20', 'an early date', '2024-02-20', '2024-03-21', 'relative'],
      ['2024-02-20', 'at the earliest opportunity', '2024-02-20', '2024-03-21', 'relative'],
      ['2024-12-30', 'in the upcoming days', '2024-12-30', '2025-01-06', 'relative'],
      ['2024-12-30', 'over the next weeks', '2024-12-30', '2025-01-27', 'relative'],
      ['2024-03-15', 'by the end of 2025', '2024-03-15', '2025-12-31', 'relative'],
      ['2024-03-15', 'by end of 2024', '2024-03-15', '2024-12-31', 'relative'],
      ['2024-03-15', 'by the end of next year', '2024-03-15', '2025-12-31', 'relative'],
    ],
    'seasons': [
      ['2024-05-05', 'this summer', '2024-06-01', '2024-08-31', 'months'],
      ['2024-05-05', 'in the summer of 2026', '2026-06-01', '2026-08-31', 'months'],
      ['2024-05-05', 'in spring 2025', '2025-03-01', '2025-05-31', 'months'],
      ['2024-05-05', 'in autumn', '2024-09-01', '2024-11-30', 'months'],
      ['2024-05-05', 'in the autumn', '2024-09-01', '2024-11-30', 'months'],
      ['2024-05-05', 'next spring', '2025-03-01', '2025-05-31', 'months'],
      ['2023-05-05', 'this winter', '2023-12-01', '2024-02-29', 'months'],
      ['2024-05-05', 'in the winter of 2022', '2022-12-01', '2023-02-28', 'months'],
      ['2024-05-05', 'in the fall of 2025', '2025-09-01', '2025-11-30', 'months'],
      ['2024-05-05', 'in the autumn of this year', '2024-09-01', '2024-11-30', 'months'],
      ['2024-11-05', 'in the spring of next year', '2025-03-01', '2025-05-31', 'months'],
    ],
    'ordinals and weekdays with dates': [
      ['2024-03-01', 'on the 4th of April', '2024-04-04', '2024-04-04', 'day'],
      ['2024-03-01', 'April the 4th', '2024-04-04', '2024-04-04', 'day'],
      ['2024-03-01', 'on 4th April 2025', '2025-04-04', '2025-04-04', 'day'],
      ['2022-10-01', 'Friday, 7 October', '2022-10-07', '2022-10-07', 'day'],
      ['2022-10-01', 'on Friday, October 7, 2022', '2022-10-07', '2022-10-07', 'day'],
      ['2022-10-01', 'on Friday 7 October 2022', '2022-10-07', '2022-10-07', 'day'],
      ['2022-10-01', 'on the 1st and 2nd of November', '2022-11-01', '2022-11-02', 'days'],
      ['2025-10-03', 'on Tuesday (7 October)', '2025-10-07', '2025-10-07', 'day'],
      ['2025-10-03', 'Friday (October 10, 2025)', '2025-10-10', '2025-10-10', 'day'],
      ['2024-02-27', 'from the 29th of February 2024 to the 2nd of March 2024', '2024-02-29', '2024-03-02', 'days'],
      ['2022-10-01', 'on the first of November', '2022-11-01', '2022-11-01', 'day'],
      ['2022-10-01', 'the twenty-ninth of February 2024', '2024-02-29', '2024-02-29', 'day'],
      ['2022-10-01', 'on the thirtieth of November', '2022-11-30', '2022-11-30', 'day'],
    ],
    'numeric dates': [
      ['2025-10-01', '07.10.2025', '2025-10-07', '2025-10-07', 'day'],
      ['2025-10-01', '2025-10-07', '2025-10-07', '2025-10-07', 'day'],
      ['2025-10-01', 'on 29.02.2024', '2024-02-29', '2024-02-29', 'day'],
      ['2025-10-01', '12/25/2025', '2025-12-25', '2025-12-25', 'day'],
      ['2025-10-01', '25/12/2025', '2025-12-25', '2025-12-25', 'day'],
      ['2025-10-01', '2025/10/07', '2025-10-07', '2025-10-07', 'day'],
      ['2025-10-01', 'on 6-7.10.2025', '2025-10-06', '2025-10-07', 'days'],
      ['2024-02-27', 'from 29.02.2024 to 02.03.2024.', '2024-02-29', '2024-03-02', 'days'],
      ['2025-10-01', 'from 30.12.2025 to 02.01.2026', '2025-12-30', '2026-01-02', 'days'],
      ['2025-10-01', '07.10.2025-09.10.2025', '2025-10-07', '2025-10-09', 'days'],
    ],
    'year-less dates take the year the tense gives': [
      ['2023-12-15', 'on 7 October this year', '2023-10-07', '2023-10-07', 'day', 'future'],
      ['2023-12-15', 'in March of next year', '2024-03-01', '2024-03-31', 'month'],
      ['2023-01-15', 'on December 1 last year', '2022-12-01', '2022-12-01', 'day', 'future'],
      ['2024-12-28', 'on January 3', '2025-01-03', '2025-01-03', 'day', 'future'],
      ['2025-01-03', 'on December 28', '2024-12-28', '2024-12-28', 'day', 'past'],
      ['2025-01-03', 'on December 28', '2024-12-28', '2024-12-28', 'day', 'none'],
      ['2023-03-01', 'on February 29', '2023-02-28', '2023-02-28', 'day', 'past'],
      ['2024-03-01', 'on February 29', '2024-02-29', '2024-02-29', 'day', 'past'],
    ],
    'a day of an unnamed month, the weekend, parts of weeks and years, "ago", "earlier this"': [
      ['2027-03-05', 'on the 31st', '2027-01-31', '2027-01-31', 'day', 'past'],
      ['2027-01-30', 'on the 31st', '2027-01-31', '2027-01-31', 'day', 'future'],
      ['2027-01-31', 'on the 30th', '2027-03-30', '2027-03-30', 'day', 'future'],
      ['2027-01-05', 'on the 20th', '2026-12-20', '2026-12-20', 'day', 'past'],
      ['2027-12-20', 'on the 3rd of next month', '2028-01-03', '2028-01-03', 'day'],
      ['2028-01-04', 'on the 29th of last month', '2027-12-29', '2027-12-29', 'day'],
      ['2027-02-10', 'on the 30th of this month', '2027-02-01', '2027-02-28', 'month'],
      ['2027-09-19', 'over the weekend', '2027-09-18', '2027-09-19', 'days', 'past'],
      ['2027-09-20', 'over the weekend', '2027-09-18', '2027-09-19', 'days', 'past'],
      ['2027-09-20', 'over the weekend', '2027-09-25', '2027-09-26', 'days', 'future'],
      ['2027-12-30', 'early next week', '2028-01-03', '2028-01-05', 'days'],
      ['2027-09-15', 'in the middle of next week', '2027-09-21', '2027-09-23', 'days'],
      ['2027-09-15', 'at the end of next week', '2027-09-23', '2027-09-26', 'days'],
      ['2028-01-04', 'late last year', '2027-10-01', '2027-12-31', 'quarter'],
      ['2028-01-04', 'at the beginning of this year', '2028-01-01', '2028-03-31', 'quarter'],
      ['2028-01-04', 'late last month', '2027-12-21', '2027-12-31', 'days'],
      ['2028-03-02', 'a week ago', '2028-02-24', '2028-02-24', 'day'],
      ['2028-03-02', 'two days ago', '2028-02-29', '2028-02-29', 'day'],
      ['2028-03-02', 'earlier this month', '2028-03-01', '2028-03-02', 'relative'],
      ['2028-03-02', 'earlier this year', '2028-01-01', '2028-03-02', 'relative'],
      ['2028-03-02', 'earlier this week', '2028-02-28', '2028-03-02', 'relative'],
      ['2028-02-10', 'at the turn of the year', '2027-12-21', '2028-01-10', 'days', 'past'],
      ['2027-10-10', 'at the turn of the year', '2027-12-21', '2028-01-10', 'days', 'future'],
      ['2027-09-15', 'on the eve of 9 May 2028', '2028-05-08', '2028-05-08', 'day'],
    ],
  };
  for (const [family, list] of Object.entries(rows)) {
    describe(family, () => {
      it.each(list)('R=%s: %s', (ref, text, from, to, precision, bias) => {
        const found = times(text, bias ?? 'none', ref);
        const last = found[found.length - 1];
        expect(found.length).toBeGreaterThan(0);
        expect({ from: last?.from, to: last?.to, precision: last?.precision }).toEqual({ from, to, precision });
      });
    });
  }
});

// Metamorphic: a phrase written for the dates around R must give the same window relative to R, whatever R is. Shifting
// the reference date and every written date by N days shifts the window by N days.
describe('metamorphic: windows move with the reference date', () => {
  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const at = (r: string, k: number): { y: number; m: number; d: number; wd: string } => {
    const iso = addDays(r, k);
    return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)), wd: DAY_NAMES[weekdayOf(iso)] ?? '' };
  };
  const md = (r: string, k: number): string => `${MONTH_NAMES[at(r, k).m - 1]} ${at(r, k).d}`;
  const dm = (r: string, k: number): string => `${at(r, k).d} ${MONTH_NAMES[at(r, k).m - 1]}`;
  const ab = (r: string, k: number): string => `${ABBR[at(r, k).m - 1]} ${at(r, k).d}`;
  const dmy = (r: string, k: number): string => `${dm(r, k)} ${at(r, k).y}`;
  const mdy = (r: string, k: number): string => `${md(r, k)}, ${at(r, k).y}`;
  const num = (r: string, k: number): string => `${String(at(r, k).d).padStart(2, '0')}.${String(at(r, k).m).padStart(2, '0')}.${at(r, k).y}`;
  const wd = (r: string, k: number): string => at(r, k).wd;
  /** A phrase for R, the bias of its clause, and its window as day offsets from R. */
  const TEMPLATES: [name: string, make: (r: string) => string, bias: Bias, from: number, to: number][] = [
    ['month-day, no year', (r) => `on ${md(r, 12)}`, 'none', 12, 12],
    ['day-month in the past', (r) => `on ${dm(r, -40)}`, 'past', -40, -40],
    ['day-month in the future', (r) => `on ${dm(r, 40)}`, 'future', 40, 40],
    ['full date', (r) => `on ${mdy(r, -400)}`, 'none', -400, -400],
    ['day-month-year', (r) => `on ${dmy(r, 700)}`, 'none', 700, 700],
    ['numeric', (r) => num(r, 5), 'none', 5, 5],
    ['weekday with date', (r) => `${wd(r, 3)}, ${dm(r, 3)}`, 'none', 3, 3],
    ['a weekday fixes the year against the tense', (r) => `on ${wd(r, -200)}, ${dm(r, -200)}`, 'future', -200, -200],
    ['a weekday fixes the year, month first', (r) => `${wd(r, 250)}, ${md(r, 250)}`, 'past', 250, 250],
    ['abbreviated range', (r) => `from ${ab(r, 4)} to ${ab(r, 12)}`, 'future', 4, 12],
    ['month-day range', (r) => `from ${md(r, 1)} to ${md(r, 9)}`, 'future', 1, 9],
    ['between full dates', (r) => `between ${dmy(r, -3)} and ${dmy(r, 1)}`, 'none', -3, 1],
    ['range with the year at its end', (r) => `from ${dm(r, 20)} to ${dmy(r, 40)}`, 'none', 20, 40],
    ['month-first range with the year at its end', (r) => `${md(r, -50)} - ${mdy(r, -10)}`, 'none', -50, -10],
    ['tomorrow to a weekday', (r) => `from tomorrow to ${wd(r, 4)}`, 'future', 1, 4],
    ['tomorrow to a date', (r) => `from tomorrow to ${md(r, 9)}`, 'future', 1, 9],
    ['two weekdays ahead', (r) => `on ${wd(r, 4)} and ${wd(r, 5)}`, 'future', 4, 5],
    ['weekday ahead', (r) => `on ${wd(r, 2)}`, 'future', 2, 2],
    ['last weekday', (r) => `last ${wd(r, -5)}`, 'none', -5, -5],
    ['the day after tomorrow', () => 'the day after tomorrow', 'none', 2, 2],
    ['yesterday evening', () => 'yesterday evening', 'none', -1, -1],
    ['soon', () => 'soon', 'future', 0, 30],
    ['the coming weeks', () => 'in the coming weeks', 'future', 0, 28],
  ];
  const refs = fc.integer({ min: toDayNumber('1995-01-01') ?? 0, max: toDayNumber('2045-12-31') ?? 0 }).map(fromDayNumber);

  it.each(TEMPLATES)('%s', (_name, make, bias, a, b) => {
    fc.assert(
      fc.property(refs, (r) => {
        const found = times(make(r), bias, r);
        expect(found).toHaveLength(1);
        expect([found[0]?.from, found[0]?.to]).toEqual([addDays(r, a), addDays(r, b)]);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it.each([
    ['next week', 'days'], ['this weekend', 'days'], ['on Friday last week', 'day'], ['from Monday to Thursday next week', 'days'], ['later this week', 'relative'], ['on Friday and Saturday', 'days'],
  ])('"%s" shifts by whole weeks', (text, precision) => {
    fc.assert(
      fc.property(refs, fc.integer({ min: -300, max: 300 }), (r, weeks) => {
        const r2 = addDays(r, weeks * 7);
        const [w1] = times(text, 'future', r);
        const [w2] = times(text, 'future', r2);
        expect(w1?.precision).toBe(precision);
        expect([w2?.from, w2?.to]).toEqual([addDays(w1?.from ?? '', weeks * 7), addDays(w1?.to ?? '', weeks * 7)]);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});

describe('more negative cases', () => {
  it.each([
    'The sides may return to the issue.',
    'May the talks succeed.',
    'They will March on the capital.',
    'Forward, march!',
    'he met the delegation at Mar-a-Lago',
    'the 2030 Agenda for Sustainable Development',
    'in 12 countries and 3.5 percent growth',
    'version 1.2.3.4 of the text',
    'at 10.30 local time',
    'on 1/2 of the territory',
    'in 1,500 projects',
    'the Friday Mosque',
    'on Ash Wednesday',
    'since Bloody Sunday',
    'before Super Tuesday',
    'the fall of the regime',
    'the Arab Spring',
    'first of all',
    'the first decade of the century',
    'the first week of the visit',
    'the end of an era',
    'the second of his visits',
    'in the first of the rounds',
    'Article 31 of the Charter',
    'the 45th anniversary of relations',
  ])('%s has no time', (text) => {
    expect(times(text)).toEqual([]);
  });

  it.each([
    'on the 45th anniversary of relations',
    'on the 3rd round of consultations',
    'on the 21st-century agenda',
    'the weekend edition',
    'a weekend retreat',
    'the turn of events',
    'on the eve of a new era',
    'a day ago was nothing',
  ])('%s has no date', (text) => {
    expect(times(text).filter((x) => x.from !== null || x.text.includes('eve'))).toEqual(text === 'a day ago was nothing' ? [{ text: 'a day ago', from: '2023-02-16', to: '2023-02-16', precision: 'day' }] : []);
  });

  it('"May" as a month only where a date is', () => {
    expect(times('The leaders may meet in May.').map((x) => x.text)).toEqual(['in May']);
  });

  it('a month inside a gathering\'s name dates it; not a surname, an abbreviation or a month before another noun', () => {
    expect(times('the October summit', 'future')).toEqual([{ text: 'October', from: '2023-10-01', to: '2023-10-31', precision: 'month' }]);
    expect(times('the Alliance June Summit', 'future').map((x) => x.from)).toEqual(['2023-06-01']);
    expect(times('the NATO May summit', 'future')).toEqual([]);
    expect(times('the Theresa May summit and the Oct summit and the March report')).toEqual([]);
  });

  it('a year inside a gathering\'s name dates it; not a year before another noun', () => {
    expect(times('the 2029 Andean summit')).toEqual([{ text: '2029', from: '2029-01-01', to: '2029-12-31', precision: 'year' }]);
    expect(times('the 2030 Summit of the Lakes').map((x) => x.from)).toEqual(['2030-01-01']);
    expect(times('the 2029 budget and the 2028 Olympic Games')).toEqual([]);
  });
});

describe('long inputs', () => {
  it.each(['Monday ', 'Friday, ', 'Tuesday (', 'on Monday and ', 'from 5 May to ', 'the first of the ', 'the evening of ', 'evening of ', 'Monday (evening of ', 'last month, on ', 'this week, '])('"%s" repeated 30,000 times scans without recursion', (unit) => {
    const text = unit.repeat(30_000);
    expect(() => scanTimes(tokenise(text), R)).not.toThrow();
  });
});

describe('days counted from the event dated before', () => {
  it.each([
    ['Two days later', '2024-02-28', '2024-03-01'],
    ['three days earlier', '2025-01-02', '2024-12-30'],
    ['a week later', '2024-12-27', '2025-01-03'],
    ['2 weeks later', '2023-02-20', '2023-03-06'],
    ['one day earlier', '2024-03-01', '2024-02-29'],
  ])('%s, after an event on %s, is %s', (text, previous, expected) => {
    const [x] = scanTimes(tokenise(text), R);
    expect(x && text.slice(x.start, x.end)).toBe(text);
    expect(x && resolveTime(x, R, 'none', { from: previous, to: previous, precision: 'day' })).toEqual({ from: expected, to: expected, precision: 'day' });
  });

  it.each(['a day of talks later', 'two days of mourning', 'one days later', 'a weeks later', 'two days before the summit'])('%s is no shift', (text) => {
    expect(scanTimes(tokenise(text), R).filter((x) => x.shift !== null)).toEqual([]);
  });
});

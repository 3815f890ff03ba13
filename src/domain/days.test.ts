import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  endOfMonthOf,
  epochDayFromYmd,
  formatDayForPeople,
  isIsoDay,
  parseIsoDay,
  toEpochDay,
  toIsoDay,
  weekday,
  ymdFromEpochDay,
} from './days.ts';

describe('days', () => {
  it('maps known days to epoch days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2000-03-01')).toBe(11017);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toIsoDay(19405)).toBe('2023-02-17');
  });

  it('rejects days that are not on the calendar', () => {
    expect(parseIsoDay('2023-02-30')).toBeNull();
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-02-29')).not.toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
    expect(parseIsoDay('2000-02-29')).not.toBeNull();
    expect(isIsoDay('2023-13-01')).toBe(false);
    expect(isIsoDay('2023-1-01')).toBe(false);
    expect(isIsoDay('2023-01-00')).toBe(false);
    expect(isIsoDay('2023-01-01T00:00')).toBe(false);
    expect(() => toEpochDay('2023-02-30')).toThrow(RangeError);
  });

  it('agrees with Date in UTC over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(toIsoDay(n)).toBe(iso);
        expect(toEpochDay(iso)).toBe(n);
      }),
    );
  });

  it('round-trips y-m-d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_932_896 }), (n) => {
        expect(epochDayFromYmd(ymdFromEpochDay(n))).toBe(n);
      }),
    );
  });

  it('adds days and months', () => {
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(endOfMonthOf('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonthOf('2023-12-01')).toBe('2023-12-31');
  });

  it('knows the weekday', () => {
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2023-02-17')).toBe(5);
    expect(weekday('2023-02-19')).toBe(7);
    expect(weekday('1969-12-29')).toBe(1);
  });

  it('writes days for people', () => {
    expect(formatDayForPeople(toEpochDay('2023-02-28'))).toBe('28 February 2023');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endOfMonth, startOfMonth, toIsoDay, ymdFromEpochDay } from './days.ts';
import { formatEdtf, parseEdtf } from './edtf.ts';
import type { TimeWindow } from './window.ts';
import { windowFromDays } from './window.ts';

function ok(s: string): TimeWindow {
  const r = parseEdtf(s);
  if (!r.ok) throw new Error(`expected ${s} to parse: ${r.error.message}`);
  return r.window;
}

function err(s: string): string {
  const r = parseEdtf(s);
  if (r.ok) throw new Error(`expected ${s} to fail`);
  return r.error.message;
}

describe('parseEdtf', () => {
  it('reads years, months and days', () => {
    expect(ok('2023')).toEqual({ earliest: '2023-01-01', latest: '2023-12-31', precision: 'year', tentative: false, text: null });
    expect(ok('2023-02')).toMatchObject({ earliest: '2023-02-01', latest: '2023-02-28', precision: 'month' });
    expect(ok('2024-02')).toMatchObject({ latest: '2024-02-29' });
    expect(ok('2023-02-17')).toMatchObject({ earliest: '2023-02-17', latest: '2023-02-17', precision: 'day' });
  });

  it('reads intervals and infers their precision', () => {
    expect(ok('2023-04/2023-05')).toMatchObject({ earliest: '2023-04-01', latest: '2023-05-31', precision: 'months' });
    expect(ok('2023-02-17/2023-02-18')).toMatchObject({ earliest: '2023-02-17', latest: '2023-02-18', precision: 'days' });
    expect(ok('2023-04/2023-06')).toMatchObject({ precision: 'quarter' });
    expect(ok('2023-07/2023-12')).toMatchObject({ precision: 'half' });
    expect(ok('2023-01/2023-12')).toMatchObject({ precision: 'year' });
    expect(ok('2023/2024')).toMatchObject({ earliest: '2023-01-01', latest: '2024-12-31', precision: 'months' });
    expect(ok('2023-02/2023-03-15')).toMatchObject({ earliest: '2023-02-01', latest: '2023-03-15', precision: 'days' });
  });

  it('reads open and unknown ends as unbounded', () => {
    expect(ok('../2023-12-31')).toMatchObject({ earliest: null, latest: '2023-12-31', precision: 'relative' });
    expect(ok('2023-03-01/..')).toMatchObject({ earliest: '2023-03-01', latest: null, precision: 'relative' });
    expect(ok('/2023-12')).toMatchObject({ earliest: null, latest: '2023-12-31' });
    expect(ok('XXXX')).toMatchObject({ earliest: null, latest: null, precision: 'unknown' });
    expect(ok('../..')).toMatchObject({ precision: 'unknown' });
  });

  it('treats ?, ~ and % alike as tentative', () => {
    expect(ok('2023-04?')).toMatchObject({ tentative: true, precision: 'month' });
    expect(ok('2023-04~')).toMatchObject({ tentative: true });
    expect(ok('2023-04%')).toMatchObject({ tentative: true });
    expect(ok('2023-04/2023-05?')).toMatchObject({ tentative: true, precision: 'months' });
    expect(ok('2023-04')).toMatchObject({ tentative: false });
  });

  it('reads northern seasons', () => {
    expect(ok('2023-21')).toMatchObject({ earliest: '2023-03-01', latest: '2023-05-31', precision: 'months' });
    expect(ok('2023-22')).toMatchObject({ earliest: '2023-06-01', latest: '2023-08-31' });
    expect(ok('2023-23')).toMatchObject({ earliest: '2023-09-01', latest: '2023-11-30' });
    expect(ok('2023-24')).toMatchObject({ earliest: '2023-12-01', latest: '2024-02-29' });
  });

  it('says what is wrong in words', () => {
    expect(err('2023-13')).toBe("'2023-13' is not a month");
    expect(err('2023-00')).toBe("'2023-00' is not a month");
    expect(err('2023-02-30')).toBe("'2023-02-30' is not a day: February 2023 has 28 days");
    expect(err('2023-05/2023-04')).toBe("'2023-05/2023-04' ends before it starts");
    expect(err('')).toMatch(/empty/);
    expect(err('next spring')).toMatch(/^'next spring' is not a date/);
    expect(err('2023-21-01')).toMatch(/season/);
    expect(err('201X')).toMatch(/XXXX/);
    expect(err('-0100')).toMatch(/0000 to 9999/);
    expect(err('2023/2024/2025')).toMatch(/more than one/);
  });
});

describe('formatEdtf', () => {
  const w = (e: string | null, l: string | null, tentative = false): TimeWindow => ({
    earliest: e,
    latest: l,
    precision: 'days',
    tentative,
    text: null,
  });

  it('writes the shortest form', () => {
    expect(formatEdtf(w('2023-02-01', '2023-02-28'))).toBe('2023-02');
    expect(formatEdtf(w('2023-04-01', '2023-05-31'))).toBe('2023-04/2023-05');
    expect(formatEdtf(w('2023-04-01', '2023-05-31', true))).toBe('2023-04?/2023-05?');
    expect(formatEdtf(w('2023-04-01', '2023-04-30', true))).toBe('2023-04?');
    expect(formatEdtf(w('2023-01-01', '2023-12-31'))).toBe('2023');
    expect(formatEdtf(w('2023-04-01', '2023-06-30'))).toBe('2023-04/2023-06');
    expect(formatEdtf(w('2023-02-17', '2023-02-17'))).toBe('2023-02-17');
    expect(formatEdtf(w('2023-02-17', '2023-02-18'))).toBe('2023-02-17/2023-02-18');
    expect(formatEdtf(w('2023-02-01', '2023-03-15'))).toBe('2023-02-01/2023-03-15');
    expect(formatEdtf(w('2023-01-01', '2024-12-31'))).toBe('2023/2024');
    expect(formatEdtf(w('2023-01-01', '2024-06-30'))).toBe('2023-01/2024-06');
    expect(formatEdtf(w(null, '2023-12-31'))).toBe('../2023-12-31');
    expect(formatEdtf(w('2023-03-01', null, true))).toBe('2023-03-01?/..');
    expect(formatEdtf({ earliest: null, latest: null, precision: 'unknown', tentative: false, text: null })).toBe('XXXX');
  });
});

describe('round trips', () => {
  const day = fc.integer({ min: 0, max: 2_932_896 }); // 1970 .. 9999
  const windowArb = fc
    .record({ a: fc.option(day), b: fc.option(day), tentative: fc.boolean(), monthly: fc.boolean() })
    .map(({ a, b, tentative, monthly }) => {
      // Snap to whole months half the time, or month and year forms would hardly be drawn.
      const snap = (d: number | null, end: boolean): number | null => {
        if (d === null || !monthly) return d;
        const { year, month } = ymdFromEpochDay(d);
        return end ? endOfMonth(year, month) : startOfMonth(year, month);
      };
      const [x, y] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      const [e, l] = [snap(x, false), snap(y, true)];
      return windowFromDays(e, l, { tentative: tentative && (e !== null || l !== null) });
    });

  it('parse(format(w)) gives back the window', () => {
    fc.assert(
      fc.property(windowArb, (w) => {
        expect(ok(formatEdtf(w))).toEqual(w);
      }),
      { numRuns: 2000 },
    );
  });

  const canonical = fc.oneof(
    fc.integer({ min: 1000, max: 9999 }).map(String),
    fc.record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
    day.map((d) => toIsoDay(d)),
    fc.tuple(day, day).map(([x, y]) => `${toIsoDay(Math.min(x, y))}/${toIsoDay(Math.max(x, y))}`),
  );

  it('format(parse(s)) is s for canonical strings', () => {
    fc.assert(
      fc.property(canonical, fc.boolean(), (s, q) => {
        const input = q ? s.split('/').map((p) => `${p}?`).join('/') : s;
        const back = formatEdtf(ok(input));
        // An interval of two equal days or a month pair that spans a whole unit shortens; else identical.
        if (!s.includes('/')) expect(back).toBe(input);
        else expect(ok(back)).toEqual(ok(input));
      }),
      { numRuns: 2000 },
    );
  });
});

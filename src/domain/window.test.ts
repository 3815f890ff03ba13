import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toEpochDay } from './days.ts';
import { checkWindow, classifyPrecision, compareWindows, contains, containsDay, narrow, overlaps, unknownWindow, width, windowFromDays } from './window.ts';
import type { TimeWindow } from './window.ts';

const w = (e: string | null, l: string | null, tentative = false): TimeWindow =>
  windowFromDays(e === null ? null : toEpochDay(e), l === null ? null : toEpochDay(l), { tentative });

describe('TimeWindow', () => {
  const feb = w('2023-02-01', '2023-02-28');
  const aprMay = w('2023-04-01', '2023-05-31', true);

  it('classifies shapes', () => {
    expect(feb.precision).toBe('month');
    expect(aprMay.precision).toBe('months');
    expect(w('2023-10-01', '2023-12-31').precision).toBe('quarter');
    expect(w('2023-01-01', '2023-06-30').precision).toBe('half');
    expect(w('2023-02-01', '2023-06-30').precision).toBe('months');
    expect(w('2023-02-17', '2023-02-17').precision).toBe('day');
    expect(w('2023-02-17', '2023-02-20').precision).toBe('days');
    expect(classifyPrecision(null, 5)).toBe('relative');
    expect(unknownWindow().precision).toBe('unknown');
  });

  it('overlaps, contains, width, compare', () => {
    expect(overlaps(feb, aprMay)).toBe(false);
    expect(overlaps(feb, w('2023-02-28', '2023-03-05'))).toBe(true);
    expect(overlaps(feb, unknownWindow())).toBe(true);
    expect(contains(feb, w('2023-02-17', '2023-02-17'))).toBe(true);
    expect(contains(feb, aprMay)).toBe(false);
    expect(contains(unknownWindow(), feb)).toBe(true);
    expect(contains(feb, w(null, '2023-02-10'))).toBe(false);
    expect(containsDay(aprMay, '2023-05-31')).toBe(true);
    expect(containsDay(aprMay, '2023-06-01')).toBe(false);
    expect(width(feb)).toBe(28);
    expect(width(w('2023-02-17', '2023-02-17'))).toBe(1);
    expect(width(w(null, '2023-02-17'))).toBe(Infinity);
    expect(compareWindows(feb, aprMay)).toBe(-1);
    expect(compareWindows(w(null, '2023-01-01'), feb)).toBe(-1);
    expect(compareWindows(feb, w('2023-02-01', null))).toBe(-1);
    expect(compareWindows(feb, w('2023-02-01', '2023-02-28'))).toBe(0);
  });

  it('narrows to the intersection, or says they do not meet', () => {
    const r = narrow(w('2023-02-01', '2023-03-31'), w('2023-03-01', '2023-05-31', true));
    expect(r).toEqual({ ok: true, window: { earliest: '2023-03-01', latest: '2023-03-31', precision: 'month', tentative: true, text: null } });
    const bad = narrow(feb, aprMay);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('2023-02-28');
    expect(narrow(unknownWindow(), unknownWindow())).toMatchObject({ ok: true, window: { precision: 'unknown' } });
  });

  it('checks invariants', () => {
    expect(checkWindow(feb)).toEqual([]);
    expect(checkWindow({ ...feb, latest: '2023-02-30' })).toHaveLength(1);
    expect(checkWindow({ ...feb, precision: 'unknown' })).toHaveLength(1);
    expect(checkWindow({ ...feb, earliest: '2023-03-01' })).toHaveLength(1);
  });

  it('narrowing is contained in both and overlaps agrees with it', () => {
    const side = fc.option(fc.integer({ min: 19000, max: 19100 }));
    const win = fc.tuple(side, side).map(([a, b]) => (a !== null && b !== null && a > b ? windowFromDays(b, a) : windowFromDays(a, b)));
    fc.assert(
      fc.property(win, win, (a, b) => {
        const r = narrow(a, b);
        expect(r.ok).toBe(overlaps(a, b));
        if (r.ok) {
          expect(contains(a, r.window) && contains(b, r.window)).toBe(true);
          expect(checkWindow(r.window)).toEqual([]);
        }
      }),
    );
  });
});

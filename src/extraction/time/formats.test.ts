// Whole readouts whose dates are written in other formats: the events and their windows must not change. The dates
// are rendered from one calendar day, so the same test runs for days across month ends, leap days and year ends.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { addDays, weekdayOf } from './calendar.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function ordinal(d: number): string {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix}`;
}

function parts(iso: string): { y: number; m: number; d: number; wd: string } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)), wd: DAYS[weekdayOf(iso)] ?? '' };
}

/** One day written in several ways. */
const FORMATS: [string, (iso: string) => string][] = [
  ['day month year', (iso) => { const p = parts(iso); return `on ${p.d} ${MONTHS[p.m - 1]} ${p.y}`; }],
  ['month day, year', (iso) => { const p = parts(iso); return `on ${MONTHS[p.m - 1]} ${p.d}, ${p.y}`; }],
  ['abbreviated', (iso) => { const p = parts(iso); return `on ${ABBR[p.m - 1]} ${p.d}, ${p.y}`; }],
  ['ordinal', (iso) => { const p = parts(iso); return `on the ${ordinal(p.d)} of ${MONTHS[p.m - 1]} ${p.y}`; }],
  ['numeric', (iso) => { const p = parts(iso); return `on ${String(p.d).padStart(2, '0')}.${String(p.m).padStart(2, '0')}.${p.y}`; }],
  ['with weekday', (iso) => { const p = parts(iso); return `on ${p.wd}, ${p.d} ${MONTHS[p.m - 1]} ${p.y}`; }],
  ['weekday, no year', (iso) => { const p = parts(iso); return `on ${p.wd}, ${MONTHS[p.m - 1]} ${p.d}`; }],
];

/** A trip from `a` to `b` announced on `r`, and a call held on `c`. */
function readout(r: string, a: string, b: string, c: string, fmt: (iso: string) => string): string {
  const range = fmt(a).replace(/^on /, 'from ') + ' to ' + fmt(b).replace(/^on (the )?/, '$1');
  return `published: ${r}\n---\nPresident Emmanuel Macron will pay a state visit to Japan ${range}.\n\n`
    + `${fmt(c).replace(/^on/, 'On')}, Emmanuel Macron held a telephone conversation with Prime Minister Fumio Kishida.\n`;
}

describe('date formats in whole readouts', () => {
  const days = ['2024-02-26', '2023-12-29', '2025-06-28', '2020-02-27'];
  for (const c of days) {
    const r = addDays(c, 1);
    const a = addDays(c, 3);
    const b = addDays(c, 5);
    it.each(FORMATS)(`${c}: %s`, (_name, fmt) => {
      const doc = extract(readout(r, a, b, c, fmt));
      const visit = doc.events.find((e) => e.kind === 'visit');
      const call = doc.events.find((e) => e.kind === 'phone_call');
      expect([visit?.when.from, visit?.when.to, visit?.when.precision, visit?.status]).toEqual([a, b, 'days', 'upcoming']);
      expect([call?.when.from, call?.when.to, call?.when.precision, call?.status]).toEqual([c, c, 'day', 'held']);
    });
  }
});

describe('relative days in whole readouts', () => {
  // The call is the day before R, the visit from R+1 to R+3: written with relative words and weekday names.
  for (const r of ['2024-02-28', '2023-12-30', '2025-01-01', '2021-07-05']) {
    const wd = (k: number): string => DAYS[weekdayOf(addDays(r, k))] ?? '';
    it.each([
      ['tomorrow to a weekday', `from tomorrow to ${wd(3)}`, 'yesterday'],
      ['the day after tomorrow', `from tomorrow until ${wd(3)}`, 'yesterday evening'],
      ['weekdays', `from ${wd(1)} to ${wd(3)}`, `on ${wd(-1)}`],
    ])(`${r}: %s`, (_name, trip, call) => {
      const doc = extract(`published: ${r}\n---\nPresident Emmanuel Macron will pay a state visit to Japan ${trip}.\n\n`
        + `Emmanuel Macron held a telephone conversation with Prime Minister Fumio Kishida ${call}.\n`);
      const visit = doc.events.find((e) => e.kind === 'visit');
      const callEvent = doc.events.find((e) => e.kind === 'phone_call');
      expect([visit?.when.from, visit?.when.to, visit?.when.precision]).toEqual([addDays(r, 1), addDays(r, 3), 'days']);
      expect([callEvent?.when.from, callEvent?.when.to, callEvent?.status]).toEqual([addDays(r, -1), addDays(r, -1), 'held']);
    });
  }
});

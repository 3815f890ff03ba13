// EDTF (ISO 8601-2, the parts of level 0 and 1 Accord needs): how windows
// are written to the outside and typed in by people.
//
// Read:
//   2023, 2023-02, 2023-02-17           a year, month or day
//   2023-21 … 2023-24                   seasons, northern hemisphere:
//                                       spring Mar–May, summer Jun–Aug,
//                                       autumn Sep–Nov, winter Dec–Feb
//                                       (winter 2023 = Dec 2023 – Feb 2024)
//   A/B                                 from the first day of A to the last of B
//   ../B, A/..                          open start or end: unbounded (null side)
//   /B, A/                              unknown start or end: also unbounded;
//                                       Accord does not tell "open" from
//                                       "unknown" for one side
//   XXXX, ../.., /                      the unknown window
//   ? ~ %  after a date or interval end uncertain, approximate, both. All three
//                                       set `tentative`: the press hedges a
//                                       date without saying which of the two
//                                       it means, and Accord keeps one flag.
// Written: the shortest calendar form of the window, no seasons (they are
// obscure to readers and hemisphere-bound), quarters and halves as month
// intervals (2023-04/2023-06), interval ends at the same granularity, open
// ends as full days (`../2023-12-31`: "by 31 December"), and `?` after each
// bounded end when tentative. Unknown is `XXXX`.
//
// So parse(format(w)) gives back w's days and tentative flag, with the
// precision its shape implies (`classifyPrecision`) and text null.

import { daysInMonth, endOfMonth, epochDayFromYmd, monthName, startOfMonth, toIsoDay, ymdFromEpochDay } from './days.ts';
import type { EpochDay } from './days.ts';
import { classifyPrecision, dayRange } from './window.ts';
import type { TimeWindow } from './window.ts';

export interface EdtfError {
  input: string;
  /** A sentence a person can act on: "'2023-13' is not a month". */
  message: string;
}

export type EdtfResult = { ok: true; window: TimeWindow } | { ok: false; error: EdtfError };

interface Bound {
  earliest: EpochDay;
  latest: EpochDay;
  qualified: boolean;
}

type BoundResult = { ok: true; bound: Bound | null } | { ok: false; message: string };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

const SEASON_START_MONTH: Readonly<Record<number, number>> = { 21: 3, 22: 6, 23: 9, 24: 12 };

const EXAMPLES = 'e.g. 2023, 2023-02, 2023-02-17, 2023-04/2023-05 or 2023-04?';

function parseBound(part: string): BoundResult {
  const m = DATE.exec(part);
  if (m === null) {
    if (/^[-+Y]/.test(part)) return { ok: false, message: `'${part}': only years 0000 to 9999 are supported` };
    if (/^[\dX]{4}(?:-[\dX]{2}){0,2}[?~%]?$/.test(part)) return { ok: false, message: `'${part}': unspecified digits (X) are only understood as XXXX, the unknown date` };
    return { ok: false, message: `'${part}' is not a date (${EXAMPLES})` };
  }
  const year = Number(m[1]);
  const qualified = m[4] !== undefined;
  if (m[2] === undefined) {
    return { ok: true, bound: { earliest: startOfMonth(year, 1), latest: endOfMonth(year, 12), qualified } };
  }
  const month = Number(m[2]);
  const seasonStart = SEASON_START_MONTH[month];
  if (seasonStart !== undefined) {
    if (m[3] !== undefined) return { ok: false, message: `'${part}': a season (21–24) has no days` };
    const earliest = startOfMonth(year, seasonStart);
    // Three months on: the last day of the month before the one three later.
    const latest = epochDayFromYmd({ year: seasonStart === 12 ? year + 1 : year, month: seasonStart === 12 ? 3 : seasonStart + 3, day: 1 }) - 1;
    return { ok: true, bound: { earliest, latest, qualified } };
  }
  if (month < 1 || month > 12) return { ok: false, message: `'${m[1]}-${m[2]}' is not a month` };
  if (m[3] === undefined) {
    return { ok: true, bound: { earliest: startOfMonth(year, month), latest: endOfMonth(year, month), qualified } };
  }
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { ok: false, message: `'${m[1]}-${m[2]}-${m[3]}' is not a day: ${monthName(month)} ${year} has ${last} days` };
  }
  const d = epochDayFromYmd({ year, month, day });
  return { ok: true, bound: { earliest: d, latest: d, qualified } };
}

function fail(input: string, message: string): EdtfResult {
  return { ok: false, error: { input, message } };
}

/** Reads an EDTF date or interval; never throws for bad input. */
export function parseEdtf(input: string): EdtfResult {
  const s = input.trim();
  if (s === '') return fail(input, `An empty text is not a date (${EXAMPLES})`);
  if (s === 'XXXX' || s === 'xxxx' || s === '/' || s === '../..') {
    return { ok: true, window: { earliest: null, latest: null, precision: 'unknown', tentative: false, text: null } };
  }
  const parts = s.split('/');
  if (parts.length > 2) return fail(input, `'${s}' has more than one '/': an interval is two dates, ${EXAMPLES}`);
  if (parts.length === 1) {
    const r = parseBound(s);
    if (!r.ok) return fail(input, r.message);
    if (r.bound === null) return fail(input, `'${s}' is not a date (${EXAMPLES})`);
    return { ok: true, window: toWindow(r.bound.earliest, r.bound.latest, r.bound.qualified) };
  }
  const [startText = '', endText = ''] = parts;
  const start = startText === '' || startText === '..' ? ({ ok: true, bound: null } as const) : parseBound(startText);
  if (!start.ok) return fail(input, start.message);
  const end = endText === '' || endText === '..' ? ({ ok: true, bound: null } as const) : parseBound(endText);
  if (!end.ok) return fail(input, end.message);
  const earliest = start.bound?.earliest ?? null;
  const latest = end.bound?.latest ?? null;
  if (earliest !== null && latest !== null && earliest > latest) {
    return fail(input, `'${s}' ends before it starts`);
  }
  return { ok: true, window: toWindow(earliest, latest, (start.bound?.qualified ?? false) || (end.bound?.qualified ?? false)) };
}

function toWindow(earliest: EpochDay | null, latest: EpochDay | null, tentative: boolean): TimeWindow {
  return {
    earliest: earliest === null ? null : toIsoDay(earliest),
    latest: latest === null ? null : toIsoDay(latest),
    precision: classifyPrecision(earliest, latest),
    tentative,
    text: null,
  };
}

type Granularity = 'year' | 'month' | 'day';

function startGranularity(day: EpochDay): Granularity {
  const { month, day: d } = ymdFromEpochDay(day);
  if (d !== 1) return 'day';
  return month === 1 ? 'year' : 'month';
}

function endGranularity(day: EpochDay): Granularity {
  const { year, month } = ymdFromEpochDay(day);
  if (endOfMonth(year, month) !== day) return 'day';
  return month === 12 ? 'year' : 'month';
}

function finer(a: Granularity, b: Granularity): Granularity {
  if (a === 'day' || b === 'day') return 'day';
  if (a === 'month' || b === 'month') return 'month';
  return 'year';
}

function writeAt(day: EpochDay, g: Granularity): string {
  const iso = toIsoDay(day);
  return g === 'year' ? iso.slice(0, 4) : g === 'month' ? iso.slice(0, 7) : iso;
}

/** Writes a window as the shortest EDTF that reads back to the same days. */
export function formatEdtf(w: TimeWindow): string {
  const { earliest, latest } = dayRange(w);
  const q = w.tentative ? '?' : '';
  const hasStart = Number.isFinite(earliest);
  const hasEnd = Number.isFinite(latest);
  if (!hasStart && !hasEnd) return 'XXXX';
  if (!hasStart) return `../${toIsoDay(latest)}${q}`;
  if (!hasEnd) return `${toIsoDay(earliest)}${q}/..`;
  if (earliest === latest) return `${toIsoDay(earliest)}${q}`;
  const g = finer(startGranularity(earliest), endGranularity(latest));
  const a = writeAt(earliest, g);
  const b = writeAt(latest, g);
  if (a === b) return `${a}${q}`;
  return `${a}${q}/${b}${q}`;
}

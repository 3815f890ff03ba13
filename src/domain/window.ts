// Time windows: "some day between earliest and latest", the shape every
// date in Accord takes (engagement dates, deadlines), because press readouts
// rarely give a day ("in February", "tentatively in April–May").
//
// Storage shape: two nullable ISO-day columns plus precision, tentative and
// text. A null side is unbounded: `earliest: null` means "any time up to
// latest" (an open start, as in EDTF `../2023-12-31`), `latest: null` means
// "any time from earliest". Both null is the unknown window. We chose
// nullable sides over a separate `{ precision: 'unknown' }` case because
// open ends are real ("by the end of 2023" with no start) and the schedule
// treats an unknown bound as unbounded anyway; a tagged union would need a
// third shape for half-open windows.
//
// Invariants (checked by `checkWindow`): both sides are valid ISO days when
// present, earliest <= latest, and precision is 'unknown' exactly when both
// sides are null.

import { endOfMonth, parseIsoDay, toEpochDay, toIsoDay, ymdFromEpochDay } from './days.ts';
import type { EpochDay } from './days.ts';

export type Precision = 'day' | 'days' | 'month' | 'months' | 'quarter' | 'half' | 'year' | 'relative' | 'unknown';

export const PRECISIONS: readonly Precision[] = [
  'day',
  'days',
  'month',
  'months',
  'quarter',
  'half',
  'year',
  'relative',
  'unknown',
];

export interface TimeWindow {
  /** First possible day (ISO, inclusive); null = unbounded before. */
  earliest: string | null;
  /** Last possible day (ISO, inclusive); null = unbounded after. */
  latest: string | null;
  precision: Precision;
  /** The source hedges the time ("tentatively", "expected to"). */
  tentative: boolean;
  /** The time phrase as written in the source, if any. */
  text: string | null;
}

/** A window's bounds as epoch days; unbounded sides are -Infinity / +Infinity. */
export interface DayRange {
  earliest: number;
  latest: number;
}

export type NarrowResult = { ok: true; window: TimeWindow } | { ok: false; error: string };

export function unknownWindow(text: string | null = null): TimeWindow {
  return { earliest: null, latest: null, precision: 'unknown', tentative: false, text };
}

/**
 * Builds a window from epoch days (null = unbounded), inferring precision
 * from its shape. Use this when the precision is not given by the source,
 * e.g. for derived windows (intersections, EDTF input).
 */
export function windowFromDays(
  earliest: EpochDay | null,
  latest: EpochDay | null,
  options: { tentative?: boolean; text?: string | null } = {},
): TimeWindow {
  if (earliest !== null && latest !== null && earliest > latest) {
    throw new RangeError(`Window ends before it starts: ${toIsoDay(earliest)} > ${toIsoDay(latest)}`);
  }
  return {
    earliest: earliest === null ? null : toIsoDay(earliest),
    latest: latest === null ? null : toIsoDay(latest),
    precision: classifyPrecision(earliest, latest),
    tentative: options.tentative ?? false,
    text: options.text ?? null,
  };
}

function isFirstOfMonth(day: EpochDay): boolean {
  return ymdFromEpochDay(day).day === 1;
}

function isLastOfMonth(day: EpochDay): boolean {
  const { year, month } = ymdFromEpochDay(day);
  return endOfMonth(year, month) === day;
}

/**
 * The precision a window's shape suggests: one day, one calendar month, a
 * calendar quarter, half or year, a run of whole months, or a run of days.
 * Half-open windows are 'relative' ("by 31 December"): the only precision
 * the glossary has for a span that is not a calendar unit.
 */
export function classifyPrecision(earliest: EpochDay | null, latest: EpochDay | null): Precision {
  if (earliest === null && latest === null) return 'unknown';
  if (earliest === null || latest === null) return 'relative';
  if (earliest === latest) return 'day';
  if (!isFirstOfMonth(earliest) || !isLastOfMonth(latest)) return 'days';
  const a = ymdFromEpochDay(earliest);
  const b = ymdFromEpochDay(latest);
  if (a.year === b.year) {
    if (a.month === b.month) return 'month';
    if (a.month === 1 && b.month === 12) return 'year';
    if (b.month - a.month === 5 && (a.month === 1 || a.month === 7)) return 'half';
    if (b.month - a.month === 2 && a.month % 3 === 1) return 'quarter';
  }
  return 'months';
}

export function dayRange(w: TimeWindow): DayRange {
  return {
    earliest: w.earliest === null ? -Infinity : toEpochDay(w.earliest),
    latest: w.latest === null ? Infinity : toEpochDay(w.latest),
  };
}

/** Reasons a stored or received window breaks the invariants; empty when it is sound. */
export function checkWindow(w: TimeWindow): string[] {
  const problems: string[] = [];
  const e = w.earliest === null ? null : parseIsoDay(w.earliest);
  const l = w.latest === null ? null : parseIsoDay(w.latest);
  if (w.earliest !== null && e === null) problems.push(`earliest '${w.earliest}' is not a calendar day`);
  if (w.latest !== null && l === null) problems.push(`latest '${w.latest}' is not a calendar day`);
  if (e !== null && l !== null && e > l) problems.push(`the window ends (${w.latest}) before it starts (${w.earliest})`);
  const unbounded = w.earliest === null && w.latest === null;
  if (unbounded !== (w.precision === 'unknown')) {
    problems.push(unbounded ? `a window without days must have precision 'unknown'` : `precision 'unknown' needs both days empty`);
  }
  if (!PRECISIONS.includes(w.precision)) problems.push(`'${String(w.precision)}' is not a precision`);
  return problems;
}

export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  const x = dayRange(a);
  const y = dayRange(b);
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/** Whether every day of `inner` is a possible day of `outer`. */
export function contains(outer: TimeWindow, inner: TimeWindow): boolean {
  const o = dayRange(outer);
  const i = dayRange(inner);
  return o.earliest <= i.earliest && i.latest <= o.latest;
}

export function containsDay(w: TimeWindow, iso: string): boolean {
  const r = dayRange(w);
  const d = toEpochDay(iso);
  return r.earliest <= d && d <= r.latest;
}

/** Number of possible days (both ends inclusive); Infinity when a side is open. */
export function width(w: TimeWindow): number {
  const r = dayRange(w);
  return r.latest - r.earliest + 1;
}

/**
 * The days both windows allow. Empty intersections are an answer, not an
 * exception (two sources disagree), so they come back as an error value.
 * The result is tentative if either input was: a firm window narrowed by a
 * hedged one is only as firm as the hedge. Its text is null: no source
 * wrote it.
 */
export function narrow(a: TimeWindow, b: TimeWindow): NarrowResult {
  const x = dayRange(a);
  const y = dayRange(b);
  const earliest = Math.max(x.earliest, y.earliest);
  const latest = Math.min(x.latest, y.latest);
  if (earliest > latest) {
    return { ok: false, error: `The windows do not overlap: one ends on ${toIsoDay(Math.min(x.latest, y.latest))}, the other starts on ${toIsoDay(Math.max(x.earliest, y.earliest))}.` };
  }
  return {
    ok: true,
    window: windowFromDays(Number.isFinite(earliest) ? earliest : null, Number.isFinite(latest) ? latest : null, {
      tentative: a.tentative || b.tentative,
    }),
  };
}

/** Orders windows by earliest day (open starts first), then latest day (open ends last). */
export function compareWindows(a: TimeWindow, b: TimeWindow): number {
  const x = dayRange(a);
  const y = dayRange(b);
  if (x.earliest !== y.earliest) return x.earliest < y.earliest ? -1 : 1;
  if (x.latest !== y.latest) return x.latest < y.latest ? -1 : 1;
  return 0;
}

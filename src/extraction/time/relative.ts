// Vague and relative phrases (GUIDELINES.md table), as token-key sequences resolved against the reference date R.
import { addDays, isoDate, lastDayOfMonth, mondayOf, monthOf, yearOf } from './calendar.ts';
import type { Precision } from '../types.ts';

export interface Resolved {
  from: string;
  to: string;
  precision: Precision;
}

/** A day counted from the event the text just dated ("the day before", "the next day"), or from R when there is none. */
export interface Shift {
  shift: number;
}

type Rule = (r: string, slot: number) => Resolved | Shift | 'same-day' | null;

const shift = (days: number): Rule => () => ({ shift: days });

const rel = (days: number): Rule => (r) => ({ from: r, to: addDays(r, days), precision: 'relative' });
const day = (offset: number): Rule => (r) => ({ from: addDays(r, offset), to: addDays(r, offset), precision: 'day' });
const week = (offset: number): Rule => (r) => {
  const mon = addDays(mondayOf(r), offset * 7);
  return { from: mon, to: addDays(mon, 6), precision: 'days' };
};
const month = (offset: number): Rule => (r) => {
  let y = yearOf(r);
  let m = monthOf(r) + offset;
  if (m > 12) [y, m] = [y + 1, m - 12];
  if (m < 1) [y, m] = [y - 1, m + 12];
  return { from: isoDate(y, m, 1), to: isoDate(y, m, lastDayOfMonth(y, m)), precision: 'month' };
};
const year = (offset: number): Rule => (r) => {
  const y = yearOf(r) + offset;
  return { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), precision: 'year' };
};
const restOfYear: Rule = (r) => ({ from: r, to: isoDate(yearOf(r), 12, 31), precision: 'relative' });
const restOfMonth: Rule = (r) => ({ from: r, to: isoDate(yearOf(r), monthOf(r), lastDayOfMonth(yearOf(r), monthOf(r))), precision: 'relative' });
const season = (offset: number): Rule => (r, slot) => {
  const [a, b] = slot === 12 ? [12, 2] : slot === 3 ? [3, 5] : slot === 6 ? [6, 8] : [9, 11];
  const y = yearOf(r) + offset;
  if (a === 12) return { from: isoDate(y, 12, 1), to: isoDate(y + 1, 2, lastDayOfMonth(y + 1, 2)), precision: 'months' };
  return { from: isoDate(y, a, 1), to: isoDate(y, b, lastDayOfMonth(y, b)), precision: 'months' };
};
const monthSoFar: Rule = (r) => ({ from: isoDate(yearOf(r), monthOf(r), 1), to: r, precision: 'relative' });
const weekSoFar: Rule = (r) => ({ from: mondayOf(r), to: r, precision: 'relative' });
const yearSoFar: Rule = (r) => ({ from: isoDate(yearOf(r), 1, 1), to: r, precision: 'relative' });
const restOfNextYear: Rule = (r) => ({ from: r, to: isoDate(yearOf(r) + 1, 12, 31), precision: 'relative' });
const restOfWeek: Rule = (r) => ({ from: r, to: addDays(mondayOf(r), 6), precision: 'relative' });
const weekend = (offset: number): Rule => (r) => {
  const sat = addDays(mondayOf(r), offset * 7 + 5);
  return { from: sat, to: addDays(sat, 1), precision: 'days' };
};
const nextQ1: Rule = (r) => {
  const y = yearOf(r) + 1;
  return { from: isoDate(y, 1, 1), to: isoDate(y, 3, 31), precision: 'quarter' };
};

/** `{season}` matches a season word; its first month is passed as `slot`. */
const TABLE: [string, Rule][] = [
  ['soon', rel(30)], ['shortly', rel(30)], ['the near future', rel(30)], ['near future', rel(30)],
  ['the foreseeable future', rel(30)], ['the very near future', rel(30)], ['the nearest time', rel(30)],
  ['the earliest opportunity', rel(30)], ['the earliest possible date', rel(30)], ['the earliest convenience', rel(30)],
  ['the upcoming days', rel(7)], ['the next days', rel(7)], ['the upcoming weeks', rel(28)], ['the next weeks', rel(28)],
  ['the upcoming months', rel(90)], ['the next months', rel(90)],
  ['an early date', rel(30)], ['the nearest future', rel(30)], ['the near term', rel(30)], ['short order', rel(30)],
  ['the coming days', rel(7)], ['coming days', rel(7)], ['the next few days', rel(7)], ['the days ahead', rel(7)],
  ['the coming weeks', rel(28)], ['coming weeks', rel(28)], ['the next few weeks', rel(28)], ['the weeks ahead', rel(28)],
  ['the coming months', rel(90)], ['coming months', rel(90)], ['the next few months', rel(90)], ['the months ahead', rel(90)],
  ['later this year', restOfYear], ['the end of the year', restOfYear], ['the end of this year', restOfYear],
  ['end of the year', restOfYear], ['end of this year', restOfYear], ['the year is out', restOfYear], ['within the year', restOfYear], ['within this year', restOfYear],
  ['the end of the current year', restOfYear], ['year-end', restOfYear], ['the remainder of the year', restOfYear],
  ['later this month', restOfMonth], ['later in the month', restOfMonth], ['later in the year', restOfYear],
  ['the end of the month', restOfMonth], ['the end of this month', restOfMonth],
  ['the end of next year', restOfNextYear], ['later tonight', day(0)],
  ['later this week', restOfWeek], ['later in the week', restOfWeek],
  ['earlier this month', monthSoFar], ['earlier in the month', monthSoFar], ['earlier this week', weekSoFar],
  ['earlier in the week', weekSoFar], ['earlier this year', yearSoFar], ['earlier in the year', yearSoFar],
  ['this past weekend', weekend(-1)], ['the past weekend', weekend(-1)],
  ['this weekend', weekend(0)], ['next weekend', weekend(1)], ['last weekend', weekend(-1)], ['the coming weekend', weekend(0)],
  ['next week', week(1)], ['this week', week(0)], ['last week', week(-1)], ['the following week', week(1)],
  ['the coming week', week(1)], ['the next week', week(1)], ['the past week', week(-1)],
  ['next month', month(1)], ['this month', month(0)], ['last month', month(-1)], ['the following month', month(1)],
  ['the coming month', month(1)], ['the next month', month(1)],
  ['this year', year(0)], ['next year', year(1)], ['last year', year(-1)], ['the current year', year(0)],
  ['the next year', year(1)], ['the coming year', year(1)], ['the following year', year(1)],
  ['early in the new year', nextQ1], ['early next year', nextQ1], ['the beginning of next year', nextQ1],
  ['the start of next year', nextQ1], ['early in the next year', nextQ1],
  ['this {season}', season(0)], ['next {season}', season(1)], ['last {season}', season(-1)],
  ['the coming {season}', season(0)],
  ['today', day(0)], ['tonight', day(0)], ['this evening', day(0)], ['this morning', day(0)],
  ['this afternoon', day(0)], ['earlier today', day(0)], ['later today', day(0)], ['earlier this evening', day(0)],
  ['yesterday', day(-1)], ['tomorrow', day(1)], ['the day before', shift(-1)], ['the previous day', shift(-1)],
  ['the next day', shift(1)], ['the following day', shift(1)], ['the day after', shift(1)],
  ['the day before yesterday', day(-2)], ['the day after tomorrow', day(2)], ['last night', day(-1)],
  ['yesterday evening', day(-1)], ['tomorrow morning', day(1)],
  // "Later in the morning", "earlier in the afternoon": a part of the day last dated, else of the readout's day.
  ['later in the morning', shift(0)], ['earlier in the day', shift(0)], ['later in the day', shift(0)], ['later in the afternoon', shift(0)], ['later in the evening', shift(0)],
  ['earlier in the morning', shift(0)], ['earlier in the afternoon', shift(0)], ['earlier in the evening', shift(0)],
  ['the same day', () => 'same-day'], ['that day', () => 'same-day'], ['the same date', () => 'same-day'],
];

interface Node {
  next: Map<string, Node>;
  rule: Rule | null;
}

const ROOT: Node = { next: new Map(), rule: null };
for (const [phrase, rule] of TABLE) {
  let node = ROOT;
  for (const w of phrase.replace('-', ' ').split(' ')) {
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = { next: new Map(), rule: null }));
    node = child;
  }
  node.rule = rule;
}

const SEASON_FIRST: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** Longest relative phrase starting at keys[0]; returns its length in keys and the rule. */
export function matchRelative(keys: readonly string[]): { length: number; rule: Rule; slot: number } | null {
  let node: Node | undefined = ROOT;
  let best: { length: number; rule: Rule; slot: number } | null = null;
  let slot = 0;
  for (let i = 0; i < keys.length && node; i++) {
    const k = keys[i] ?? '';
    let child: Node | undefined = node.next.get(k);
    if (!child && SEASON_FIRST[k] !== undefined) {
      child = node.next.get('{season}');
      slot = SEASON_FIRST[k] ?? 0;
    }
    node = child;
    if (node?.rule) best = { length: i + 1, rule: node.rule, slot };
  }
  return best;
}

/** The same over tokens from index i (hyphens skipped, a line break ends it): `end` is the token index after the match. */
export function matchRelativeAt(tokens: readonly { key: string; text: string; lineBefore: boolean }[], i: number): { words: number; end: number; rule: Rule; slot: number } | null {
  let node: Node | undefined = ROOT;
  let best: { words: number; end: number; rule: Rule; slot: number } | null = null;
  let slot = 0;
  let words = 0;
  for (let n = i; n < tokens.length && words < 6 && node; n++) {
    const t = tokens[n];
    if (!t || (n > i && t.lineBefore)) break;
    if (t.text === '-') continue;
    words++;
    let child: Node | undefined = node.next.get(t.key);
    if (!child && SEASON_FIRST[t.key] !== undefined) {
      child = node.next.get('{season}');
      slot = SEASON_FIRST[t.key] ?? 0;
    }
    node = child;
    if (node?.rule) best = { words, end: n + 1, rule: node.rule, slot };
  }
  return best;
}

export const RELATIVE_FIRST_WORDS: ReadonlySet<string> = new Set(ROOT.next.keys());

/** Two windows share a day; an unknown window (null) overlaps any. */
export function windowsOverlap(a: Resolved | null, b: Resolved | null): boolean {
  if (!a || !b) return true;
  return a.from <= b.to && b.from <= a.to;
}

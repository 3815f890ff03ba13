// Time expressions: found once over the tokens, kept with their offsets; year-less dates and bare weekdays are
// resolved later, when the tense of their clause is known.
import { addDays, isoDate, lastDayOfMonth, mondayOf, monthFrom, toDayNumber, weekdayOf, yearOf, fromDayNumber } from './calendar.ts';
import { COUNT_WORDS, MONTH_ABBREVIATIONS, MONTHS, ORDINAL_DAYS, ORDINALS, PARTS_OF_DAY, PREPOSITIONS, SEASONS, WEEKDAYS } from './lexicon.ts';
import { matchRelativeAt, RELATIVE_FIRST_WORDS } from './relative.ts';

const AT_END = new Set(['at', 'towards', 'toward', 'around']);
import type { Resolved } from './relative.ts';
import type { Token } from '../text/tokens.ts';
import type { Precision } from '../types.ts';

export type Bias = 'past' | 'future' | 'none';

// Words naming one day, which keep it whatever clause follows them.
const DAY_WORDS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
// "in the morning session", "in the evening news": the part of the day names something else.
const ONSETS = new Set(['start', 'beginning', 'outbreak', 'end', 'onset']);
const CONFLICTS = new Set(['war', 'conflict', 'crisis', 'pandemic', 'invasion', 'hostilities', 'fighting', 'offensive', 'occupation']);
const CLAUSE_OPENERS = new Set(['.', ',', ';', 'and']);
const CLAUSE_CLOSERS = new Set(['before', 'after', 'and', 'when', 'where', 'while', 'followed']);
const DAY_PART_NOUNS = new Set(['session', 'sessions', 'sitting', 'part', 'half', 'hours', 'news', 'papers', 'paper', 'edition', 'prayer', 'prayers', 'shift', 'sun', 'light', 'sky', 'programme', 'program', 'show', 'rush', 'peak', 'traffic']);

export interface TimeExpr {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  /** Resolved window when it does not depend on tense; null when year-less, weekday, same-day, or no reference. */
  fixed: Resolved | null;
  /** A date without its year; `weekday` (0 = Monday) when the text names the day's weekday too. */
  yearless: { m1: number; d1: number | null; m2: number; d2: number | null; precision: Precision; weekday?: number } | null;
  weekday: { day: number; dir: Bias; thisWeek?: boolean } | null;
  sameDay: boolean;
  /** Days from the event dated just before ("the day before"), or from R; null otherwise. */
  shift: number | null;
  /** Says a relative span ("in the near future") rather than a calendar date. */
  vague: boolean;
  /** The end of a range ("from tomorrow to Thursday"): the window runs from this expression's start to its end. */
  until: TimeExpr | null;
  /** A day in apposition ("last month, on August 18"): the window when it falls inside this one. */
  refine?: TimeExpr | null;
  /** A day of an unnamed month ("on the 13th"): the month is R's, the one before or the one after, by tense. */
  monthDay?: number | null;
  /** "over the weekend": the Saturday and Sunday before or after R, by tense. */
  weekend?: boolean;
}

interface Core {
  end: number;
  fixed?: Resolved;
  yearless?: TimeExpr['yearless'];
  weekday?: TimeExpr['weekday'];
  sameDay?: boolean;
  shift?: number;
  vague?: boolean;
  monthDay?: number;
  weekend?: boolean;
}

function isYear(t: Token | undefined): t is Token {
  return !!t && t.type === 'num' && t.text.length === 4 && t.value >= 1900 && t.value <= 2100;
}

function dayNum(t: Token | undefined): number | null {
  if (!t || t.type !== 'num' || t.text.length > 4 || t.value < 1 || t.value > 31) return null;
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(t.text)) return t.value;
  return null;
}

function month(t: Token | undefined): number | null {
  if (!t || t.type !== 'word' || !t.cap) return null;
  return MONTHS.get(t.key) ?? null;
}

const UNITS: ReadonlyMap<string, number> = new Map([['day', 1], ['days', 1], ['week', 7], ['weeks', 7]]);

const STARTERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, ...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_FIRST_WORDS, ...ORDINALS.keys(), ...PARTS_OF_DAY,
  ...SEASONS.keys(), ...ORDINAL_DAYS.keys(), ...COUNT_WORDS.keys(), 'twenty', 'thirty', 'the', 'early', 'mid', 'middle', 'late', 'end', 'beginning', 'start', 'last', 'next', 'this', 'coming',
]);

const PARTS_OF_MONTH = new Set(['beginning', 'start', 'middle', 'end']);

// The head nouns of a gathering's name, after a month that dates it ("the October summit").
const GATHERING_NOUNS = new Set(['summit', 'summits', 'session', 'meeting', 'conference', 'forum', 'assembly', 'council']);

/** A gathering's head noun at token j, after at most two capitalised words of its name ("the June EU Summit"). */
function gatheringNounAt(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.lineBefore) return false;
    if (GATHERING_NOUNS.has(t.key)) return true;
    if (!t.cap) return false;
  }
  return false;
}

/** "q3", "h1": a quarter or half written as a code. */
function isQuarterKey(k: string): boolean {
  if (k.length !== 2) return false;
  const a = k.charCodeAt(0);
  const b = k.charCodeAt(1);
  return (a === 113 || a === 104) && b >= 49 && b <= 52;
}

const DASH = new Set(['-', 'to', 'and', 'through', 'till', 'until', 'or']);

function clampDay(y: number, m: number, d: number): string {
  return isoDate(y, m, Math.min(d, lastDayOfMonth(y, m)));
}

export function scanTimes(tokens: readonly Token[], reference: string | null): TimeExpr[] {
  const out: TimeExpr[] = [];
  const key = (i: number): string => tokens[i]?.key ?? '';
  const isDash = (i: number): boolean => DASH.has(key(i)) && tokens[i]?.lineBefore === false;
  // A trailing year: "6 December 2018", "December 6, 2018".
  const yearAt = (i: number): { year: number; end: number } | null => {
    if (isYear(tokens[i]) && !tokens[i]?.lineBefore) return { year: tokens[i]?.value ?? 0, end: i + 1 };
    if (key(i) === ',' && isYear(tokens[i + 1]) && !tokens[i + 1]?.lineBefore) return { year: tokens[i + 1]?.value ?? 0, end: i + 2 };
    // "on 7 October this year", "in March of next year".
    const j = key(i) === 'of' ? i + 1 : i;
    const which = key(j);
    if (reference && key(j + 1) === 'year' && (which === 'this' || which === 'next' || which === 'last') && !tokens[j]?.lineBefore) {
      return { year: yearOf(reference) + (which === 'next' ? 1 : which === 'last' ? -1 : 0), end: j + 2 };
    }
    return null;
  };
  const windowOf = (y: number | null, m1: number, d1: number | null, m2: number, d2: number | null, p: Precision, end: number): Core => {
    if (y === null) return { end, yearless: { m1, d1, m2, d2, precision: p } };
    // The year is written after the last date: "30 December - 2 January 2024" starts in 2023.
    const y1 = m2 < m1 ? y - 1 : y;
    const from = clampDay(y1, m1, d1 ?? 1);
    const to = clampDay(y, m2, d2 ?? 31);
    return { end, fixed: { from, to, precision: p } };
  };

  /** A month name at i and the index after it: an abbreviation's full stop is part of it ("Nov. 27"); "Mar-a-Lago" is none. */
  const monthAt = (i: number): { m: number; next: number; abbr: boolean } | null => {
    const t = tokens[i];
    const m = month(t);
    if (m === null || !t) return null;
    const after = tokens[i + 1];
    if (after && after.text === '-' && !after.spaceBefore && tokens[i + 2]?.type === 'word' && month(tokens[i + 2]) === null) return null;
    if (!MONTH_ABBREVIATIONS.has(t.key)) return { m, next: i + 1, abbr: false };
    if (after && after.text === '.' && !after.spaceBefore) return { m, next: i + 2, abbr: false };
    return { m, next: i + 1, abbr: true };
  };
  /** A day number at i, with an optional "the" before it ("April the 4th"). */
  const dayAt = (i: number): { d: number; next: number } | null => {
    const d = dayNum(tokens[i]);
    if (d !== null) return { d, next: i + 1 };
    const h = key(i) === 'the' ? i + 1 : i;
    if (h > i && !isYear(tokens[h])) {
      const d2 = dayNum(tokens[h]);
      if (d2 !== null) return { d: d2, next: h + 1 };
    }
    // "the first of May", "the twenty-first of June": an ordinal word is a day only before "of" and a month.
    let n = ORDINAL_DAYS.get(key(h)) ?? null;
    let next = h + 1;
    const tens = key(h) === 'twenty' ? 20 : key(h) === 'thirty' ? 30 : 0;
    if (tens && key(h + 1) === '-' && (ORDINAL_DAYS.get(key(h + 2)) ?? 10) < 10) [n, next] = [tens + (ORDINAL_DAYS.get(key(h + 2)) ?? 0), h + 3];
    if (n !== null && n <= 31 && key(next) === 'of' && monthAt(next + 1)) return { d: n, next };
    return null;
  };
  /** A numeric date: 06.02.2023 and 6/2/2023 day first (month first when the day-first reading is impossible), 2023-02-06. */
  const numericAt = (i: number): Core | null => {
    const t = tokens[i];
    if (!t || t.type !== 'num') return null;
    // "6-7.10.2025": a range of days before a numeric date.
    if (key(i + 1) === '-' && !tokens[i + 1]?.spaceBefore && !tokens[i + 2]?.spaceBefore && t.text.length <= 2) {
      const to = numericAt(i + 2);
      const d2 = tokens[i + 2]?.value ?? 0;
      if (to?.fixed && key(i + 3) !== '-' && t.value < d2) {
        const from = isoDate(yearOf(to.fixed.from), Number(to.fixed.from.slice(5, 7)), t.value);
        return { end: to.end, fixed: { from, to: to.fixed.to, precision: 'days' } };
      }
    }
    const sep = key(i + 1);
    const tight = !tokens[i + 1]?.spaceBefore && !tokens[i + 2]?.spaceBefore && !tokens[i + 3]?.spaceBefore && !tokens[i + 4]?.spaceBefore;
    if (!tight || key(i + 3) !== sep || tokens[i + 2]?.type !== 'num' || tokens[i + 4]?.type !== 'num') return null;
    if (sep !== '.' && sep !== '/' && sep !== '-') return null;
    const b = tokens[i + 2]?.value ?? 0;
    const c = tokens[i + 4];
    let iso: string | null = null;
    if (isYear(t) && c && c.text.length <= 2) iso = isoDate(t.value, b, c.value);
    else if (sep !== '-' && isYear(c) && t.text.length <= 2 && (tokens[i + 2]?.text.length ?? 0) <= 2) {
      iso = isoDate(c.value, b, t.value);
      if (toDayNumber(iso) === null) iso = isoDate(c.value, t.value, b);
    }
    // "1.2.3.4" and version numbers: a fifth part joined on is no date.
    const follow = tokens[i + 5];
    const after = tokens[i + 6];
    if (follow && !follow.spaceBefore && (follow.type === 'num' || (follow.text === sep && after?.type === 'num' && !after.spaceBefore))) return null;
    if (iso !== null && toDayNumber(iso) !== null) return { end: i + 5, fixed: { from: iso, to: iso, precision: 'day' } };
    return null;
  };

  /** `depth` counts the prefixes read so far (a part of day, a weekday): at most two, so nothing recurses down a list. */
  const dateAt = (i: number, prep: boolean, depth = 0): Core | null => {
    // Weekday before a date: "Monday, 5 February".
    if (depth < 2 && WEEKDAYS.has(key(i)) && tokens[i]?.cap) {
      const j = key(i + 1) === ',' || key(i + 1) === '(' ? i + 2 : i + 1;
      // One weekday only: "Monday, Tuesday, …" must not recurse down a list.
      let d = WEEKDAYS.has(key(j)) ? null : dateAt(j, true, 2);
      // "on Tuesday (7 October)": the bracket closes the date.
      if (d && key(i + 1) === '(') d = key(d.end) === ')' ? { ...d, end: d.end + 1 } : null;
      // The weekday tells the year of a year-less day: "Friday, 7 October" is in a year where 7 October is a Friday.
      if (d?.yearless && d.yearless.d1 !== null && d.yearless.precision === 'day') return { ...d, yearless: { ...d.yearless, weekday: WEEKDAYS.get(key(i)) ?? 0 } };
      if (d && (d.fixed || d.yearless?.d1 !== null)) return d;
    }
    // Part of day: "the evening of 5 February".
    if (depth === 0 && key(i) === 'the' && PARTS_OF_DAY.has(key(i + 1)) && key(i + 2) === 'of') return dateAt(i + 3, true, 1);
    if (depth === 0 && PARTS_OF_DAY.has(key(i)) && key(i + 1) === 'of') return dateAt(i + 2, true, 1);
    const numeric = numericAt(i);
    if (numeric) return numeric;
    // Day first: "5 February", "30-31 August", "30 August - 2 September", "the 5th of February", "5 Feb. 2018".
    const day1 = dayAt(i);
    if (day1 !== null) {
      const d1 = day1.d;
      let j = day1.next;
      if (key(j) === 'of') j++;
      const mo1 = monthAt(j);
      if (mo1 !== null) {
        j = mo1.next;
        const m1 = mo1.m;
        if (isDash(j)) {
          const day2 = dayAt(j + 1);
          const mo2 = day2 ? monthAt(key(day2.next) === 'of' ? day2.next + 1 : day2.next) : null;
          if (day2 && mo2) {
            const y = yearAt(mo2.next);
            return windowOf(y?.year ?? null, m1, d1, mo2.m, day2.d, 'days', y?.end ?? mo2.next);
          }
        }
        const y = yearAt(j);
        return windowOf(y?.year ?? null, m1, d1, m1, d1, 'day', y?.end ?? j);
      }
      if (isDash(day1.next)) {
        const day2 = dayAt(day1.next + 1);
        if (day2 !== null) {
          let k = day2.next;
          if (key(k) === 'of') k++;
          const mo = monthAt(k);
          if (mo !== null && day2.d > d1) {
            const y = yearAt(mo.next);
            return windowOf(y?.year ?? null, mo.m, d1, mo.m, day2.d, 'days', y?.end ?? mo.next);
          }
        }
      }
      return null;
    }
    // Month first: "February 5th", "August 30-31", "December 6, 2018", "Nov. 27 to Dec. 5", "April-May", "February 2024".
    const mo1 = monthAt(i);
    if (mo1 !== null) {
      const m1 = mo1.m;
      const dd = dayAt(mo1.next);
      if (dd !== null && !tokens[mo1.next]?.lineBefore && !isYear(tokens[mo1.next])) {
        let j = dd.next;
        if (isDash(j)) {
          const d2 = dayAt(j + 1);
          if (d2 !== null && d2.d > dd.d && monthAt(d2.next) === null) {
            const y = yearAt(d2.next);
            return windowOf(y?.year ?? null, m1, dd.d, m1, d2.d, 'days', y?.end ?? d2.next);
          }
          const mo2 = monthAt(j + 1);
          const dd2 = mo2 ? dayAt(mo2.next) : null;
          if (mo2 && dd2) {
            const y = yearAt(dd2.next);
            return windowOf(y?.year ?? null, m1, dd.d, mo2.m, dd2.d, 'days', y?.end ?? dd2.next);
          }
        }
        const y = yearAt(j);
        j = y?.end ?? j;
        return windowOf(y?.year ?? null, m1, dd.d, m1, dd.d, 'day', j);
      }
      if (isDash(mo1.next)) {
        const mo2 = monthAt(mo1.next + 1);
        if (mo2 !== null) {
          const y = yearAt(mo2.next);
          // "May" alone is too often the verb; a range of two months is a date.
          return windowOf(y?.year ?? null, m1, null, mo2.m, null, 'months', y?.end ?? mo2.next);
        }
      }
      const y = yearAt(mo1.next);
      if (y) return windowOf(y.year, m1, null, m1, null, 'month', y.end);
      // "in February" is a month; "at Mar" is not (an abbreviation needs a day, a year or its full stop).
      if (prep && !mo1.abbr) return windowOf(null, m1, null, m1, null, 'month', mo1.next);
      // "the October summit", "the NATO June Summit": a month written inside a gathering's name dates it ("May" only
      // after "the": "Theresa May" is a name).
      if (!mo1.abbr && (key(i - 1) === 'the' || (tokens[i - 1]?.cap && tokens[i - 1]?.type === 'word' && key(i) !== 'may')) && gatheringNounAt(tokens, mo1.next)) return windowOf(null, m1, null, m1, null, 'month', mo1.next);
      return null;
    }
    return null;
  };

  const coreAt = (i: number, prep: boolean): Core | null => {
    const k = key(i);
    // "In the afternoon, she will …", "…; in the early evening the minister is due to see …": a part of the day opening a sentence
    // or clause is of the day last dated, as "the same day" (events.ts drops it when no single day was written); not "the
    // evening of 5 February", "in the morning session", nor one after a verb's object, where a date may stand elsewhere.
    // "will tour a farm in the afternoon and attend a reception in the evening": one closing its clause is too.
    const h0 = key(i + 1) === 'early' || key(i + 1) === 'late' ? i + 2 : i + 1;
    const closes = !tokens[h0 + 1] || (tokens[h0 + 1]?.type === 'punct' && tokens[h0 + 1]?.text !== '-') || CLAUSE_CLOSERS.has(key(h0 + 1));
    if (prep && k === 'the' && key(i - 1) === 'in' && (i < 2 || tokens[i - 1]?.lineBefore || CLAUSE_OPENERS.has(key(i - 2)) || closes)) {
      const h = h0;
      const after = tokens[h + 1];
      if (PARTS_OF_DAY.has(key(h)) && key(h) !== 'night' && !(after && after.type === 'word' && !after.lineBefore && DAY_PART_NOUNS.has(after.key)) && key(h + 1) !== 'of') return { end: h + 1, shift: 0 };
    }
    // Early / mid / late a month: days 1-10, 11-20, 21-last.
    let part: [number, number] | null = null;
    let j = i;
    if (k === 'early' || k === 'beginning' || k === 'start') part = [1, 10];
    else if (k === 'mid' || k === 'middle') part = [11, 20];
    else if (k === 'late' || k === 'end') part = [21, 31];
    if (k === 'the' && PARTS_OF_MONTH.has(key(i + 1)) && key(i + 2) === 'of') {
      part = key(i + 1) === 'middle' ? [11, 20] : key(i + 1) === 'end' ? [21, 31] : [1, 10];
      j = i + 3;
    } else if (part) {
      j = key(i + 1) === 'of' || key(i + 1) === '-' ? i + 2 : i + 1;
    }
    // "on the 13th", "on the 3rd of this month": a day of a month the text does not name; "of this (last, next) month"
    // names it, else the tense picks R's month, the one before or the one after. Only after "on", and not before a
    // noun ("on the 45th anniversary").
    if (k === 'the' && key(i - 1) === 'on') {
      const t = tokens[i + 1];
      const d = t && t.type === 'num' && /^\d{1,2}(?:st|nd|rd|th)$/.test(t.text) && t.value >= 1 && t.value <= 31 ? t.value : null;
      if (d !== null && reference) {
        const which = key(i + 3);
        if (key(i + 2) === 'of' && key(i + 4) === 'month' && (which === 'this' || which === 'last' || which === 'next' || which === 'the' || which === 'current')) {
          const [y, m] = monthFrom(reference, which === 'next' ? 1 : which === 'last' ? -1 : 0);
          if (d <= lastDayOfMonth(y, m)) return windowOf(y, m, d, m, d, 'day', i + 5);
        }
        const after = tokens[i + 2];
        // "on the 1st and 2nd of November" names its month further on.
        const dated = dateAt(i, true);
        if (dated) return dated;
        if (!after || after.lineBefore || (after.type === 'punct' && after.text !== '-') || (after.type === 'word' && !after.cap && AFTER_MONTH_DAY.has(after.key))) return { end: i + 2, monthDay: d };
      }
    }
    // "over the weekend", "at the weekend": the Saturday and Sunday that the tense gives.
    if (k === 'the' && key(i + 1) === 'weekend' && WEEKEND_PREPS.has(key(i - 1))) return { end: i + 2, weekend: true };
    // "at the turn of the year": the last third of December and the first of January, in the year the tense gives.
    if (k === 'the' && key(i + 1) === 'turn' && key(i + 2) === 'of' && key(i + 3) === 'the' && key(i + 4) === 'year') {
      return { end: i + 5, yearless: { m1: 12, d1: 21, m2: 1, d2: 10, precision: 'days' } };
    }
    // "on the eve of 9 May": the day before the date; "on the eve of the summit": the day before the event dated before.
    if (k === 'the' && key(i + 1) === 'eve' && key(i + 2) === 'of') {
      const d = dateAt(i + 3, true);
      if (d?.fixed && d.fixed.precision === 'day') {
        const iso = addDays(d.fixed.from, -1);
        return { end: d.end, fixed: { from: iso, to: iso, precision: 'day' } };
      }
      if (d?.yearless && !d.fixed && d.yearless.precision === 'day' && (d.yearless.d1 ?? 0) > 1) {
        const dd = (d.yearless.d1 ?? 0) - 1;
        return { end: d.end, yearless: { m1: d.yearless.m1, d1: dd, m2: d.yearless.m1, d2: dd, precision: 'day' } };
      }
      if (!d && occasionWithin(tokens, i + 3)) return { end: i + 3, shift: -1 };
    }
    // "by the end of 2025", said in 2025 or before: the relative "by the end of the year", to that year's last day.
    {
      const h = k === 'the' ? i + 1 : i;
      const yt = tokens[h + 2];
      if (key(h) === 'end' && key(h + 1) === 'of' && isYear(yt) && reference && yt.value >= yearOf(reference)) {
        return { end: h + 3, fixed: { from: reference, to: isoDate(yt.value, 12, 31), precision: 'relative' }, vague: true };
      }
    }
    // "in the first decade of October", "the last ten days of May": the ten-day thirds of a month (the last runs to the
    // month's end).
    {
      const h = k === 'the' ? i + 1 : i;
      const third = key(h) === 'first' ? 1 : key(h) === 'second' ? 2 : key(h) === 'third' || key(h) === 'last' ? 3 : 0;
      const dm = third && (key(h + 1) === 'decade' || key(h + 1) === 'ten') ? monthAt(key(h + 1) === 'ten' && key(h + 2) === '-' && key(h + 3) === 'day' && key(h + 4) === 'period' && key(h + 5) === 'of' ? h + 6 : key(h + 1) === 'ten' && key(h + 2) === 'days' && key(h + 3) === 'of' ? h + 4 : key(h + 2) === 'of' ? h + 3 : -1) : null;
      if (dm) {
        const y = yearAt(dm.next);
        return windowOf(y?.year ?? null, dm.m, third * 10 - 9, dm.m, third === 3 ? 31 : third * 10, 'days', y?.end ?? dm.next);
      }
    }
    // "in the first week of June", "the last week of May": days 1-7, 8-14, 15-21, 22-28 of the month, and its last seven
    // (annotation guide, relative phrases). Not "last week" alone, nor "the first week of the visit".
    {
      const h = k === 'the' ? i + 1 : i;
      const nth = ORDINALS.get(key(h));
      const wm = nth !== undefined && key(h + 1) === 'week' && key(h + 2) === 'of' ? monthAt(h + 3) : null;
      if (wm) {
        const y = yearAt(wm.next);
        const last = key(h) === 'last' || key(h) === 'final';
        const days = lastDayOfMonth(y?.year ?? (reference ? yearOf(reference) : 2001), wm.m);
        const [d1, d2] = last ? [days - 6, days] : [7 * (nth ?? 1) - 6, 7 * (nth ?? 1)];
        return windowOf(y?.year ?? null, wm.m, d1, wm.m, d2, 'days', y?.end ?? wm.next);
      }
    }
    // "in early 2025", "at the beginning of 2025", "late 2024": the year's first or last quarter, as "early in the new year".
    if (part && (part[0] === 1 || k === 'late' || (k === 'the' && key(i + 1) === 'end')) && isYear(tokens[j]) && !(key(j + 1) === '-' && tokens[j + 2]?.type === 'num')) {
      return quarterOrHalf(tokens[j]?.value ?? 0, 'quarter', part[0] === 1 ? 1 : 4, j + 1);
    }
    // "early next month", "in late this month", "late last month"; "by the end of this month" is the relative "later
    // this month" (below).
    if (part && (key(j) === 'next' || key(j) === 'last' || (key(j) === 'this' && k !== 'the')) && key(j + 1) === 'month' && reference) {
      const [y, m] = monthFrom(reference, key(j) === 'next' ? 1 : key(j) === 'last' ? -1 : 0);
      return windowOf(y, m, part[0], m, part[1], 'days', j + 2);
    }
    // "late last year", "early this year", "at the end of last year": that year's first or last quarter, as "late 2026";
    // "by the end of this (next) year" stays the relative span of the table.
    if (part && part[0] !== 11 && reference && key(j + 1) === 'year' && (key(j) === 'last' || ((key(j) === 'this' || key(j) === 'next') && (k !== 'the' || part[0] === 1)))) {
      const y = yearOf(reference) + (key(j) === 'next' ? 1 : key(j) === 'last' ? -1 : 0);
      return quarterOrHalf(y, 'quarter', part[0] === 1 ? 1 : 4, j + 2);
    }
    // "at the start of next week", "late last week": Monday to Wednesday, Tuesday to Thursday, Thursday to Sunday of
    // that week; "by the end of next week" is a deadline, not read here.
    if (part && reference && key(j + 1) === 'week' && WEEK_OFFSETS.has(key(j)) && !(k === 'the' && key(i + 1) === 'end' && !AT_END.has(key(i - 1)))) {
      const monday = addDays(mondayOf(reference), (WEEK_OFFSETS.get(key(j)) ?? 0) * 7);
      const [a, b] = part[0] === 1 ? [0, 2] : part[0] === 11 ? [1, 3] : [3, 6];
      return { end: j + 2, fixed: { from: addDays(monday, a), to: addDays(monday, b), precision: 'days' } };
    }
    const pm = part ? monthAt(j) : null;
    if (part && pm) {
      const y = yearAt(pm.next);
      return windowOf(y?.year ?? null, pm.m, part[0], pm.m, part[1], 'days', y?.end ?? pm.next);
    }
    // Halves and quarters: "the first half of 2024", "Q3", "H1 2024", "the second quarter of this year".
    let h = i;
    if (key(h) === 'the') h++;
    const ord = ORDINALS.get(key(h));
    const unit = key(h + 1);
    if (ord !== undefined && (unit === 'half' || unit === 'quarter') && !(unit === 'half' && ord > 2)) {
      let y: number | null = null;
      let end = h + 2;
      // "the second half of October": days 16 to the month's last.
      const hm = unit === 'half' && key(end) === 'of' ? monthAt(end + 1) : null;
      if (hm) {
        const yy = yearAt(hm.next);
        return windowOf(yy?.year ?? null, hm.m, ord === 1 ? 1 : 16, hm.m, ord === 1 ? 15 : 31, 'days', yy?.end ?? hm.next);
      }
      if (key(end) === 'of') {
        if (isYear(tokens[end + 1])) [y, end] = [tokens[end + 1]?.value ?? 0, end + 2];
        else if (reference && (key(end + 1) === 'this' || key(end + 1) === 'the') && key(end + 2) === 'year') [y, end] = [yearOf(reference), end + 3];
        else if (reference && key(end + 1) === 'next' && key(end + 2) === 'year') [y, end] = [yearOf(reference) + 1, end + 3];
      } else if (isYear(tokens[end])) [y, end] = [tokens[end]?.value ?? 0, end + 1];
      if (y === null && reference) y = yearOf(reference);
      if (y !== null) return quarterOrHalf(y, unit === 'half' ? 'half' : 'quarter', ord, end);
      return null;
    }
    const qm = /^([qh])([1-4])$/.exec(k);
    if (qm && tokens[i]?.upper !== false) {
      const n = Number(qm[2]);
      const y = isYear(tokens[i + 1]) ? tokens[i + 1]?.value ?? 0 : reference ? yearOf(reference) : null;
      if (y !== null && (qm[1] === 'q' || n <= 2)) return quarterOrHalf(y, qm[1] === 'q' ? 'quarter' : 'half', n, isYear(tokens[i + 1]) ? i + 2 : i + 1);
    }
    // "this April", "last November", "next March", "this coming May": that month, counted from R's month.
    if ((k === 'this' || k === 'last' || k === 'next' || k === 'coming') && reference) {
      const j = k === 'this' && key(i + 1) === 'coming' ? i + 2 : i + 1;
      const m = month(tokens[j]);
      if (m !== null && !isYear(tokens[j + 1]) && dayNum(tokens[j + 1]) === null) {
        const ry = yearOf(reference);
        const rm = Number(reference.slice(5, 7));
        let y = ry;
        if (k === 'last') y = m < rm ? ry : ry - 1;
        else if (k === 'next' || j === i + 2 || k === 'coming') y = m > rm ? ry : ry + 1;
        return windowOf(y, m, null, m, null, 'month', j + 1);
      }
    }
    // Weekdays need a determiner: "Good Friday" is no date.
    if ((k === 'last' || k === 'next' || k === 'this' || k === 'coming' || k === 'on') && WEEKDAYS.has(key(i + 1)) && tokens[i + 1]?.cap) {
      const dt = dateAt(i + 1, true);
      if (dt) return dt;
      const dir: Bias = k === 'last' ? 'past' : k === 'next' || k === 'coming' ? 'future' : 'none';
      let end = i + 2;
      if (PARTS_OF_DAY.has(key(end))) end++;
      const day = WEEKDAYS.get(key(i + 1)) ?? 0;
      // "this Friday": the Friday of R's week (Monday to Sunday), unless the tense says the day is already past ("will
      // meet this Tuesday" in a readout of Friday is next Tuesday) or still to come ("met this Friday" on a Monday).
      if (k === 'this' && reference) return { end, weekday: { day, dir, thisWeek: true } };
      return { end, weekday: { day, dir } };
    }
    // "this coming Friday": the next one.
    if (k === 'this' && key(i + 1) === 'coming' && WEEKDAYS.has(key(i + 2)) && tokens[i + 2]?.cap) {
      return { end: PARTS_OF_DAY.has(key(i + 3)) ? i + 4 : i + 3, weekday: { day: WEEKDAYS.get(key(i + 2)) ?? 0, dir: 'future' } };
    }
    // A weekday after a preposition ("by Friday", "until Monday") or alone ("arrives Friday", "on Friday and Saturday"),
    // but not inside a name: "Good Friday", "the Friday Mosque".
    if (WEEKDAYS.has(k) && tokens[i]?.cap) {
      const dt = dateAt(i, true);
      if (dt) return dt;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // "spoke with Rishi Sunak Thursday" is a date; "Good Friday", "Ash Wednesday" and "the Friday Mosque" are names.
      const named = (prev && prev.type === 'word' && prev.cap && !prev.lineBefore && WEEKDAY_NAME_WORDS.has(prev.key)) || (next && next.type === 'word' && next.cap && !next.lineBefore);
      if (prep || !named) {
        let end = i + 1;
        if (PARTS_OF_DAY.has(key(end))) end++;
        return { end, weekday: { day: WEEKDAYS.get(k) ?? 0, dir: 'none' } };
      }
    }
    // Seasons: "in the summer of 2026", "spring 2025", "in autumn" (R's year); northern seasons, winter from December.
    {
      const h = k === 'the' ? i + 1 : i;
      const months = SEASONS.get(key(h));
      if (months && !tokens[h]?.upper) {
        let y: number | null = null;
        let end = h + 1;
        if (key(end) === 'of' && isYear(tokens[end + 1])) [y, end] = [tokens[end + 1]?.value ?? 0, end + 2];
        else if (key(end) === 'of' && reference && key(end + 2) === 'year' && (key(end + 1) === 'this' || key(end + 1) === 'next' || key(end + 1) === 'the')) {
          [y, end] = [yearOf(reference) + (key(end + 1) === 'next' ? 1 : 0), end + 3];
        }
        else if (isYear(tokens[end]) && !tokens[end]?.lineBefore) [y, end] = [tokens[end]?.value ?? 0, end + 1];
        // "the fall of Kabul", "in the spring of hope": a season is followed by its year or by nothing of its own.
        else if (prep && reference && key(end) !== 'of' && key(h) !== 'fall') y = yearOf(reference);
        if (y !== null) {
          const [a, b] = months;
          const y2 = b < a ? y + 1 : y;
          return { end, fixed: { from: isoDate(y, a, 1), to: isoDate(y2, b, lastDayOfMonth(y2, b)), precision: 'months' } };
        }
      }
    }
    // "two days later", "a week earlier": counted from the event dated just before, as "the next day".
    {
      const n = COUNT_WORDS.get(k) ?? (tokens[i]?.type === 'num' && tokens[i]?.text.length <= 2 ? tokens[i]?.value : undefined);
      const unit = n !== undefined ? UNITS.get(key(i + 1)) : undefined;
      const dir = key(i + 2) === 'later' ? 1 : key(i + 2) === 'earlier' ? -1 : 0;
      if (n !== undefined && unit !== undefined && dir !== 0 && n > 0 && (n === 1) === (key(i + 1) === 'day' || key(i + 1) === 'week')) {
        return { end: i + 3, shift: dir * n * unit };
      }
      // "a week ago", "three days ago": counted back from R.
      if (n !== undefined && unit !== undefined && key(i + 2) === 'ago' && n > 0 && reference && (n === 1) === (key(i + 1) === 'day' || key(i + 1) === 'week')) {
        const iso = addDays(reference, -n * unit);
        return { end: i + 3, fixed: { from: iso, to: iso, precision: 'day' } };
      }
    }
    // A year: "in 2019", "the year 2024".
    if (key(i) === 'the' && key(i + 1) === 'year' && isYear(tokens[i + 2])) return yearWindow(tokens[i + 2]?.value ?? 0, i + 3);
    if (prep && isYear(tokens[i]) && !(key(i + 1) === '-' && tokens[i + 2]?.type === 'num')) return yearWindow(tokens[i]?.value ?? 0, i + 1);
    // "the 2029 Andean summit", "the 2030 Summit of the Americas": a year written inside a gathering's name dates it, as a
    // month does.
    if (key(i - 1) === 'the' && isYear(tokens[i]) && gatheringNounAt(tokens, i + 1)) return yearWindow(tokens[i]?.value ?? 0, i + 1);
    // The relative table.
    if (RELATIVE_FIRST_WORDS.has(k)) {
      // Walked on the tokens directly: "the" starts most sentences, and arrays per "the" were most of this step's garbage.
      const m = matchRelativeAt(tokens, i);
      // "shortly after the start of his term", "soon after": relative to something else, not to R.
      const follower = m ? key(m.end) : '';
      // "yesterday after they exchanged greetings" is still yesterday.
      // "soon after the outbreak of the crisis": a time told by a conflict the text does not date; kept as written, with no
      // window. Not "shortly after the start of his term" (a term is no occurrence of its own).
      if (m && m.words === 1 && (k === 'shortly' || k === 'soon') && (follower === 'after' || follower === 'before') && key(m.end + 1) === 'the' && ONSETS.has(key(m.end + 2)) && key(m.end + 3) === 'of' && key(m.end + 4) === 'the' && CONFLICTS.has(key(m.end + 5))) return { end: m.end + 6, vague: true };
      if (m && m.words === 1 && !DAY_WORDS.has(k) && (follower === 'after' || follower === 'before' || follower === 'afterwards')) return null;
      if (m) {
        const end = m.end;
        if (!reference) return { end, vague: true };
        const r = m.rule(reference, m.slot);
        if (r === 'same-day') return { end, sameDay: true };
        // "at (towards) the end of the month" is the month's days 21 to the last, as "late March"; "by the end of the
        // month" stays a deadline, the rest of the month.
        if (r && 'from' in r && k === 'the' && key(i + 1) === 'end' && (key(end - 1) === 'month') && AT_END.has(key(i - 1))) {
          const y = yearOf(reference);
          const mo = Number(reference.slice(5, 7));
          return windowOf(y, mo, 21, mo, 31, 'days', end);
        }
        if (r && 'shift' in r) return { end, shift: r.shift };
        // "Yesterday (23)", "today (24th)": the day of the month in brackets, as some agencies write it, is the day meant
        // (a text written the day before its publication says "yesterday" of the day before that).
        const bracketed = r && 'from' in r && r.precision === 'day' && DAY_WORDS.has(k) ? dayInBrackets(end) : null;
        if (r && 'from' in r && bracketed !== null) {
          for (const n of [0, -1, 1, -2, 2]) {
            const iso = addDays(r.from, n);
            if (Number(iso.slice(8, 10)) === bracketed) return { end: end + 3, fixed: { from: iso, to: iso, precision: 'day' } };
          }
        }
        // "earlier this month" runs up to R: a span already past, not a plan.
        if (r) return { end, fixed: r, vague: r.precision === 'relative' && r.to !== reference };
      }
    }
    return dateAt(i, prep);
  };

  /** "(23)", "(24th)" at token i: the day of the month, else null. */
  const dayInBrackets = (i: number): number | null => {
    if (key(i) !== '(' || key(i + 2) !== ')') return null;
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(key(i + 1));
    const n = m ? Number(m[1]) : 0;
    return n >= 1 && n <= 31 ? n : null;
  };

  const exprOf = (core: Core, start: number, until: TimeExpr | null): TimeExpr | null => {
    const first = tokens[start];
    const last = tokens[core.end - 1];
    if (!first || !last) return null;
    return {
      start: first.start,
      end: last.end,
      tokStart: start,
      tokEnd: core.end,
      fixed: core.fixed ?? null,
      yearless: core.yearless ?? null,
      weekday: core.weekday ?? null,
      sameDay: core.sameDay ?? false,
      shift: core.shift ?? null,
      vague: core.vague ?? false,
      until,
      monthDay: core.monthDay ?? null,
      weekend: core.weekend ?? false,
    };
  };
  /**
   * The end of a range after `core`: "from tomorrow to Thursday", "on Friday and Saturday", "between Monday and
   * Wednesday", "from late November to early December". Both ends must be days, or both months.
   */
  const rangeEnd = (core: Core, start: number): Core | null => {
    const c = core.end;
    const conn = key(c);
    const lvl = levelOf(core);
    if (lvl === null || tokens[c]?.lineBefore || !(RANGE_CONNECTORS.has(conn) || conn === 'and')) return null;
    const opener = key(start);
    const tail = coreAt(c + 1, false);
    if (!tail || tail.end <= c + 1 || levelOf(tail) !== lvl) return null;
    // "today and tomorrow", "on Friday and Saturday": two days joined by "and" are one window from the first to the last.
    // "to" needs "from" ("agreed on Monday to …" is no range), unless both ends are weekdays ("Monday to Friday").
    if (conn === 'to' && opener !== 'from' && !(core.weekday && tail.weekday)) return null;
    return tail;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.type === 'punct') continue;
    // Only a few words can start a time expression; the rest are skipped at the cost of one lookup.
    if (t.type === 'word' && !STARTERS.has(t.key) && !isQuarterKey(t.key)) continue;
    // "a", "two": only before "day(s)" or "week(s)" ("a week later").
    if (COUNT_WORDS.has(t.key) && !UNITS.has(key(i + 1)) && !RELATIVE_FIRST_WORDS.has(t.key)) continue;
    const isPrep = PREPOSITIONS.has(t.key);
    let core: Core | null = null;
    let start = i;
    if (isPrep && t.key !== 'early') core = coreAt(i + 1, true);
    if (!core) {
      start = i;
      core = coreAt(i, false);
    }
    if (!core || core.end <= i) continue;
    let tail = rangeEnd(core, start);
    // "on Monday next week", "from Monday to Wednesday next week": the weekdays of that week.
    const w = tail ?? core;
    const wk = key(w.end + 1) === 'week' && !tokens[w.end]?.lineBefore ? WEEK_OFFSETS.get(key(w.end)) : undefined;
    if (wk !== undefined && reference && core.weekday && (!tail || tail.weekday)) {
      const monday = addDays(mondayOf(reference), wk * 7);
      const from = addDays(monday, core.weekday.day);
      const to = tail?.weekday ? addDays(monday, tail.weekday.day) : from;
      if (to >= from) {
        core = { end: w.end + 2, fixed: { from, to, precision: from === to ? 'day' : 'days' } };
        tail = null;
      }
    }
    const until = tail ? exprOf(tail, core.end + 1, null) : null;
    let e = exprOf(until && tail ? { ...core, end: tail.end } : core, start, until);
    if (!e) continue;
    // "last month, on August 18", "this week, on Friday": a day in apposition narrows a wider window.
    const wide = !e.weekday && !e.until && e.shift === null && !e.sameDay && (e.fixed ?? e.yearless)?.precision !== 'day';
    if (wide && key(e.tokEnd) === ',' && !tokens[e.tokEnd + 1]?.lineBefore) {
      const j = e.tokEnd + 1;
      const inner = (PREPOSITIONS.has(key(j)) ? coreAt(j + 1, true) : null) ?? coreAt(j, false);
      // A weekday narrows a week or a span of days only ("last year, on Friday" is no day of last year).
      if (inner && levelOf(inner) === 'day' && inner.shift === undefined && (!inner.weekday || e.fixed?.precision === 'days')) {
        const refine = exprOf(inner, j, null);
        if (refine) e = { ...e, end: refine.end, tokEnd: refine.tokEnd, refine };
      }
    }
    out.push(e);
    i = e.tokEnd - 1;
  }
  return out;
}

/** Words that make a weekday part of a name: "Good Friday", "Super Tuesday", "Bloody Sunday". */
const WEEKDAY_NAME_WORDS: ReadonlySet<string> = new Set([
  'good', 'black', 'holy', 'maundy', 'ash', 'easter', 'palm', 'bloody', 'super', 'cyber', 'giving', 'fat', 'shrove', 'whit',
  'low', 'trinity', 'rose', 'red', 'blue', 'great', 'clean', 'spy', 'orthodox', 'casual', 'thank', 'god',
]);

const WEEK_OFFSETS: ReadonlyMap<string, number> = new Map([['next', 1], ['this', 0], ['last', -1]]);

const WEEKEND_PREPS = new Set(['over', 'at', 'on', 'during', 'through', 'throughout']);

const OCCASION_NOUNS = new Set([
  'summit', 'visit', 'talks', 'meeting', 'session', 'forum', 'conference', 'election', 'elections', 'vote', 'referendum',
  'trip', 'tour', 'negotiations', 'consultations', 'celebrations', 'parade', 'ceremony', 'inauguration', 'congress', 'assembly',
]);

/** "the eve of the summit", "the eve of his state visit": an occasion named within a few words, no clause between. */
function occasionWithin(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 6; j++) {
    const t = tokens[j];
    if (!t || t.type === 'punct' || (j > i && t.lineBefore)) return false;
    if (OCCASION_NOUNS.has(t.key)) return true;
  }
  return false;
}

/** Words that may follow "on the 13th" when it is a day: the end of a clause, a conjunction, a preposition. */
const AFTER_MONTH_DAY = new Set([
  'and', 'or', 'but', 'in', 'at', 'with', 'when', 'while', 'where', 'during', 'after', 'before', 'to', 'for', 'by', 'from',
  'as', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'that', 'which', 'who', 'said', 'says',
]);

const RANGE_CONNECTORS = new Set(['-', 'to', 'through', 'till', 'until']);

function levelOf(c: Core): 'day' | 'month' | null {
  if (c.vague) return null;
  if (c.weekday || c.shift !== undefined) return 'day';
  const p = c.fixed?.precision ?? c.yearless?.precision;
  if (p === 'day' || p === 'days') return 'day';
  if (p === 'month' || p === 'months') return 'month';
  return null;
}

function quarterOrHalf(y: number, unit: 'half' | 'quarter', n: number, end: number): Core {
  const months = unit === 'half' ? 6 : 3;
  const m1 = (n - 1) * months + 1;
  const m2 = m1 + months - 1;
  return { end, fixed: { from: isoDate(y, m1, 1), to: isoDate(y, m2, lastDayOfMonth(y, m2)), precision: unit } };
}

function yearWindow(y: number, end: number): Core {
  return { end, fixed: { from: isoDate(y, 1, 1), to: isoDate(y, 12, 31), precision: 'year' } };
}

/** Resolves an expression against R; year-less dates take the year that fits the tense, else the nearest. */
export function resolveTime(e: TimeExpr, reference: string | null, bias: Bias, previous: Resolved | null): Resolved | null {
  if (e.refine) {
    const wide = resolveTime({ ...e, refine: null }, reference, bias, previous);
    // A year-less day or a weekday is looked for inside the wider window: "in 2023, on 5 March", "this week, on Friday".
    const r = e.refine;
    const narrow = wide && (r.yearless || r.weekday) ? resolveAfter(r, wide.from, reference, previous) : resolveTime(r, reference, bias, previous);
    return wide && narrow && narrow.from >= wide.from && narrow.to <= wide.to ? narrow : wide;
  }
  if (e.until) {
    const a = resolveTime({ ...e, until: null }, reference, bias, previous);
    if (!a) return null;
    const b = resolveAfter(e.until, a.from, reference, previous);
    if (!b || b.to < a.from) return a;
    const months = a.precision === 'month' || a.precision === 'months';
    return { from: a.from, to: b.to, precision: months ? 'months' : 'days' };
  }
  return resolvePoint(e, reference, bias, previous);
}

/** The end of a range: the first occurrence of a weekday or year-less date on or after the range's first day. */
function resolveAfter(e: TimeExpr, anchor: string, reference: string | null, previous: Resolved | null): Resolved | null {
  if (e.weekday) {
    const iso = addDays(anchor, (e.weekday.day - weekdayOf(anchor) + 7) % 7);
    return { from: iso, to: iso, precision: 'day' };
  }
  if (e.yearless) {
    const { m1, d1, m2, d2, precision } = e.yearless;
    for (const y of [yearOf(anchor), yearOf(anchor) + 1]) {
      const c = { from: clampDay(y, m1, d1 ?? 1), to: clampDay(m2 < m1 ? y + 1 : y, m2, d2 ?? 31), precision };
      if (c.to >= anchor) return c;
    }
    return null;
  }
  return resolvePoint(e, reference, 'future', previous);
}

function resolvePoint(e: TimeExpr, reference: string | null, bias: Bias, previous: Resolved | null): Resolved | null {
  if (e.fixed) return e.fixed;
  if (e.sameDay) return previous;
  if (e.monthDay && reference) return dayOfNearMonth(e.monthDay, reference, bias);
  if (e.weekend && reference) {
    const sat = resolvePoint({ ...e, weekend: false, weekday: { day: 5, dir: 'none' } }, reference, bias, previous);
    return sat ? { from: sat.from, to: addDays(sat.from, 1), precision: 'days' } : null;
  }
  if (e.shift !== null) {
    const base = previous && previous.precision === 'day' ? previous.from : reference;
    if (!base) return null;
    const iso = addDays(base, e.shift);
    return { from: iso, to: iso, precision: 'day' };
  }
  if (!reference) return null;
  const r = toDayNumber(reference) ?? 0;
  if (e.weekday) {
    const wd = weekdayOf(reference);
    const dir = e.weekday.dir === 'none' ? bias : e.weekday.dir;
    let delta = e.weekday.day - wd;
    if (e.weekday.thisWeek) {
      if (bias === 'future' && delta < 0) delta += 7;
      else if (bias === 'past' && delta > 0) delta -= 7;
    } else if (dir === 'future') delta = delta < 0 ? delta + 7 : delta;
    else if (dir === 'past') delta = delta > 0 ? delta - 7 : delta;
    else if (delta > 3) delta -= 7;
    else if (delta < -3) delta += 7;
    if (e.weekday.dir === 'future' && delta === 0) delta = 7;
    if (e.weekday.dir === 'past' && delta === 0) delta = -7;
    const iso = fromDayNumber(r + delta);
    return { from: iso, to: iso, precision: 'day' };
  }
  if (!e.yearless) return null;
  const { m1, d1, m2, d2, precision } = e.yearless;
  const ry = yearOf(reference);
  const candidates = [ry - 1, ry, ry + 1].map((y) => {
    const y2 = m2 < m1 ? y + 1 : y;
    const from = clampDay(y, m1, d1 ?? 1);
    const to = clampDay(y2, m2, d2 ?? 31);
    return { from, to, precision };
  });
  const dist = (c: Resolved): number => {
    const a = toDayNumber(c.from) ?? 0;
    const b = toDayNumber(c.to) ?? 0;
    // A day a few days the "wrong" side of R is more likely a loose tense than a date a year away.
    const slack = precision === 'day' || precision === 'days' ? 3 : 0;
    if (bias === 'future' && b < r - slack) return 1e6 + (r - b);
    if (bias === 'past' && a > r + slack) return 1e6 + (a - r);
    return a <= r && r <= b ? 0 : Math.min(Math.abs(a - r), Math.abs(b - r));
  };
  const wd = e.yearless.weekday;
  const fitting = wd === undefined ? [] : candidates.filter((c) => weekdayOf(c.from) === wd);
  const pool = fitting.length > 0 ? fitting : candidates;
  let best = pool.includes(candidates[1] as Resolved) ? candidates[1] : pool[0];
  for (const c of pool) if (best && dist(c) < dist(best)) best = c;
  return best ?? null;
}

/** Day `d` of R's month, or of a month before or after it: the latest on or before R when past, the first on or after
 * R when future, else R's month ("on the 31st" said in a month of 30 days looks two months away at most). */
function dayOfNearMonth(d: number, reference: string, bias: Bias): Resolved | null {
  const step = bias === 'past' ? -1 : bias === 'future' ? 1 : 0;
  for (let o = 0; o <= 2; o++) {
    const [y, mm] = monthFrom(reference, o * step);
    const iso = d <= lastDayOfMonth(y, mm) ? isoDate(y, mm, d) : null;
    if (iso && (step === 0 || (step < 0 ? iso <= reference : iso >= reference))) return { from: iso, to: iso, precision: 'day' };
    if (step === 0) return null;
  }
  return null;
}

export { addDays };

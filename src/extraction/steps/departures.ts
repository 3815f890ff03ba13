// "…," X told reporters hours before departing Chile: remarks to the press made as the trip the readout reports began.
// The time is written only relative to the departure (GUIDELINES: such an occurrence still counts); the departure is the
// first day of the traveller's trip held, else the readout's day.
import { PERSONAL_POSSESSIVES } from '../context.ts';
import type { Context, DraftEvent } from '../context.ts';
import type { Span } from '../types.ts';
import type { Resolved } from '../time/relative.ts';

const DEPART = new Set(['departing', 'leaving', 'departure', 'flying', 'boarding']);
const BEFORE_DEPART = new Set(['hours', 'minutes', 'shortly', 'just', 'moments', 'ahead']);

/**
 * "told reporters hours before departing Chile", "shortly before leaving for Lima", "ahead of his departure": the
 * phrase in sentence s (from the word before "before" when it measures the time, to the place after the departure), or
 * null.
 */
export function beforeDeparture(ctx: Context, s: number): { phrase: Span; left: Span | null } | null {
  const sent = ctx.sentences[s];
  if (!sent) return null;
  const { tokens } = ctx;
  for (let k = sent.tokStart; k < sent.tokEnd; k++) {
    const key = tokens[k]?.key;
    const ahead = key === 'of' && tokens[k - 1]?.key === 'ahead';
    if (key !== 'before' && !ahead) continue;
    let j = k + 1;
    if (PERSONAL_POSSESSIVES.has(tokens[j]?.key ?? '')) j++;
    if (!DEPART.has(tokens[j]?.key ?? '')) continue;
    const from = ahead || BEFORE_DEPART.has(tokens[k - 1]?.key ?? '') ? k - 1 : k;
    // "departing Chile": the place left; "leaving for Lima" names where the trip goes, not where the remarks were made.
    const toward = tokens[j + 1]?.key === 'for';
    let to = toward ? j + 2 : j + 1;
    while (to < sent.tokEnd && tokens[to]?.cap && tokens[to]?.type === 'word') to++;
    if (toward && to === j + 2) to--;
    const phrase = { start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 };
    const left = !toward && to > j + 1 ? { start: tokens[j + 1]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 } : null;
    return { phrase, left };
  }
  return null;
}

/** The day of the departure: the first day of a held visit of the speaker's, else the reference day. */
export function departureDay(e: DraftEvent, events: readonly DraftEvent[], reference: string | null, same: (a: DraftEvent['people'][number], b: DraftEvent['people'][number]) => boolean): Resolved | null {
  const trip = events.find((v) => v.kind === 'visit' && v.status === 'held' && v.window && v.people.some((p) => e.people.some((q) => same(p, q))));
  const day = trip?.window?.from ?? reference;
  return day ? { from: day, to: day, precision: 'day' } : null;
}

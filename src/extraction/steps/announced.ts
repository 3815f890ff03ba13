// "President X to Pay Official Visits to A, B" as a page's headline (glued to the site's name, so no headline future is
// read), then "On 3 and 4 June, X will pay a state visit to A … On 5 June, X travels to B for a working visit": the
// lead's visit, said with no time and no word of the past, is the occurrence the text goes on to date and announce,
// not one held on the readout's day. Used by the lead fallback of the assembly (events.ts) before it dates an undated
// lead by the reference date.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import type { Resolved } from '../time/relative.ts';
import { placesAgree } from './event-links.ts';
import { pastCue, pastVerb } from './status.ts';

/** How many sentences after the lead the announcement may come. */
const AHEAD = 12;
const IN_PERSON = new Set(['talks', 'visit', 'summit', 'session']);

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b, true);

/** The later, dated, upcoming event the undated lead event `e` (at index i) announces, or null. */
export function announcedLater(ctx: Context, events: readonly DraftEvent[], i: number): DraftEvent | null {
  const e = events[i];
  const sent = e ? ctx.sentences[e.firstSentence] : undefined;
  if (!e || !sent || e.window || !IN_PERSON.has(e.kind) || e.people.length === 0) return null;
  // "X visited A", "the talks held in A": the lead says it is past.
  if (pastCue(ctx, sent.tokStart, sent.tokEnd)) return null;
  for (let k = sent.tokStart; k < sent.tokEnd; k++) if (pastVerb(ctx, k, true)) return null;
  for (let k = i + 1; k < events.length; k++) {
    const f = events[k];
    if (!f || f.firstSentence - e.firstSentence > AHEAD) break;
    if (f.firstSentence <= e.firstSentence || !f.window || f.status !== 'upcoming' || !IN_PERSON.has(f.kind)) continue;
    if (f.kind !== e.kind && !(e.kind === 'visit' && f.kind === 'talks')) continue;
    // A stop is the stop announced for the same place (or talks placed nowhere); a whole trip (no place) only a whole trip.
    if (e.where ? !placesAgree(ctx, e.where, f.where) || (!f.where && f.kind !== 'talks') : !!f.where) continue;
    if (e.people.some((p) => f.people.some((q) => same(p, q)))) return f;
  }
  return null;
}

/**
 * The lead's whole trip ("Visits to A, B", no place of its own) whose stops are each announced later: it is to come too,
 * from the first stop's first day to the last stop's last day. Null when a stop is not announced.
 */
export function announcedTrip(ctx: Context, events: readonly DraftEvent[], i: number): Resolved | null {
  const e = events[i];
  if (!e || e.kind !== 'visit' || e.where || e.window) return null;
  let from = '';
  let to = '';
  let stops = 0;
  for (let k = i + 1; k < events.length; k++) {
    const stop = events[k];
    if (!stop || stop.firstSentence !== e.firstSentence) break;
    if (stop.kind !== 'visit' || !stop.where) continue;
    const w = announcedLater(ctx, events, k)?.window;
    if (!w) return null;
    if (!from || w.from < from) from = w.from;
    if (!to || w.to > to) to = w.to;
    stops++;
  }
  return stops >= 2 ? { from, to, precision: from === to ? 'day' : 'days' } : null;
}

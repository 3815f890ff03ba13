// A trip told stop by stop. "X will leave for Chile on 4 May. From Santiago, he will travel to Lima on 6 May", "X will
// visit Ghana on 2-3 June and will then proceed to Togo", "will attend the summit in A on Monday before heading to B
// next Wednesday": the later stop is reported as a journey onward from the earlier one (or in the same sentence), so
// the stops are of one trip, and a multi-stop trip is one `visit` for the whole trip (GUIDELINES.md) besides one event
// per stop. The trip runs from the first stop's first day to the last stop's last day, has no single place, and is the
// traveller's (the hosts take part in their stops: the held-out golds list the traveller alone, or with companions). Only dated stops of one traveller, in different states none of which is the
// traveller's own, a few days apart, and none when the text reports the whole trip already. Runs after the assembly.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { draftEvent } from './draft.ts';
import { placeInfo } from './event-links.ts';

const ONWARD = new Set(['then', 'onward', 'onwards', 'subsequently', 'afterwards', 'next']);
const MOVE = new Set(['proceed', 'proceeds', 'travel', 'travels', 'fly', 'flies', 'head', 'heads', 'go', 'goes', 'move', 'moves', 'continue', 'continues']);
// "before heading to B", "After A, X travels on to B", "followed by a stop in B", "continues in B", "ends in C".
const CUE = new Set(['heading', 'followed', 'following', 'after', 'stop', 'leg', 'continues', 'ends', 'onward', 'onwards']);
const STOP_KINDS = new Set(['visit', 'talks', 'summit']);
/** Days between stops of one trip at most. */
const GAP = 3;

/** The sentence goes on from a place ("From Santiago, …") or says the journey is onward ("will then proceed to"). */
export function onward(ctx: Context, s: number): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const { tokens } = ctx;
  if (tokens[sent.tokStart]?.key === 'from') {
    const place = ctx.mentions.find((m) => m.tokStart === sent.tokStart + 1 && (m.kind === 'capital' || m.kind === 'city' || m.kind === 'country'));
    if (place && tokens[place.tokEnd]?.text === ',') return true;
  }
  for (let j = sent.tokStart; j < sent.tokEnd; j++) {
    const key = tokens[j]?.key ?? '';
    if (CUE.has(key) || (ONWARD.has(key) && MOVE.has(tokens[j + 1]?.key ?? '')) || (MOVE.has(key) && tokens[j + 1]?.key === 'on')) return true;
  }
  return false;
}

/** The same traveller: one person, or two spellings sharing the surname ("Lina Novak", later "Novak"). */
export function sameTraveller(a: PersonRef, b: PersonRef): boolean {
  if (samePersonRef(a, b)) return true;
  const last = (p: PersonRef): string => p.name.toLowerCase().split(/\s+/).pop() ?? '';
  return (a.person < 0 || b.person < 0) && last(a).length > 2 && last(a) === last(b);
}

const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

export const tripOfStops = (ctx: Context): void => {
  const stops = ctx.events
    .filter((e) => STOP_KINDS.has(e.kind) && e.where && e.window && e.window.precision !== 'unknown' && e.people.length > 0 && e.evidence.length > 0)
    .sort((a, b) => a.firstSentence - b.firstSentence || (a.window?.from ?? '').localeCompare(b.window?.from ?? ''));
  const trips = ctx.events.filter((e) => e.kind === 'visit' && !e.where);
  for (let k = 0; k < stops.length; k++) {
    const first = stops[k] as DraftEvent;
    const who = first.people[0];
    const home = who?.country ?? null;
    const pf = placeInfo(ctx, first.where);
    if (!who || !pf || pf.country === home) continue;
    const chain = [first];
    const states = new Set([pf.country]);
    for (let j = k + 1; j < stops.length; j++) {
      const next = stops[j] as DraftEvent;
      const last = chain[chain.length - 1] as DraftEvent;
      if (next.firstSentence - last.lastSentence > 3) break;
      const pn = placeInfo(ctx, next.where);
      if (!pn || pn.country === home || !next.window || !last.window || next.where?.toLowerCase() === last.where?.toLowerCase()) continue;
      if (!next.people.some((p) => sameTraveller(p, who))) continue;
      const gap = days(last.window.to, next.window.from);
      if (gap < 0 || gap > GAP) continue;
      if (next.firstSentence !== last.firstSentence && !onward(ctx, next.firstSentence)) continue;
      chain.push(next);
      states.add(pn.country);
    }
    if (chain.length < 2 || states.size < 2) continue;
    const from = chain[0]?.window?.from ?? '';
    const to = chain.reduce((m, e) => ((e.window?.to ?? '') > m ? (e.window?.to ?? '') : m), '');
    const whole = trips.find((t) => (!t.window || (t.window.from <= to && from <= t.window.to)) && (t.people.length === 0 || t.people.some((p) => sameTraveller(p, who))));
    if (whole) {
      // "X will tour the Baltic states." and its dated stops: the trip runs over them.
      if (!whole.window) whole.window = { from, to, precision: from === to ? 'day' : 'days' };
      k += chain.length - 1;
      continue;
    }
    const sent = ctx.sentences[first.firstSentence];
    if (!sent) continue;
    const status = chain.some((e) => e.status === 'held') ? 'held' : first.status;
    const trip = draftEvent({ kind: 'visit', status, window: { from, to, precision: from === to ? 'day' : 'days' }, people: [{ ...who }] }, sent, first.firstSentence);
    const lastSpan = chain[chain.length - 1]?.evidence[0];
    if (lastSpan && !trip.evidence.some((x) => x.start === lastSpan.start)) trip.evidence.push({ ...lastSpan });
    trip.lastSentence = chain[chain.length - 1]?.firstSentence ?? first.firstSentence;
    ctx.events.push(trip);
    trips.push(trip);
    k += chain.length - 1;
  }
};

// A trip told stop by stop. "X will leave for Chile on 4 May. From Santiago, he will travel to Lima on 6 May", "X will
// visit Ghana on 2-3 June and will then proceed to Togo": the second stop is reported as a journey onward from the
// first, so the two are stops of one trip, and a multi-stop trip is one `visit` for the whole trip (GUIDELINES.md)
// besides one event per stop. The trip runs from the first stop's first day to the last stop's last day, has no single
// place, and is the traveller's. Only when the text reports no trip of its own (a visit with no place) and the stops
// are dated, share a traveller and a status, and lie in different places. Runs after the assembly.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { draftEvent } from './draft.ts';

const ONWARD = new Set(['then', 'onward', 'onwards', 'subsequently', 'afterwards', 'next']);
const STOP_KINDS = new Set(['visit', 'talks']);

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b);

/** The sentence goes on from a place ("From Santiago, …") or says the journey is onward ("will then proceed to"). */
function onward(ctx: Context, s: number): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const { tokens } = ctx;
  if (tokens[sent.tokStart]?.key === 'from') {
    const place = ctx.mentions.find((m) => m.tokStart === sent.tokStart + 1 && (m.kind === 'capital' || m.kind === 'city' || m.kind === 'country'));
    if (place && tokens[place.tokEnd]?.text === ',') return true;
  }
  for (let j = sent.tokStart; j < sent.tokEnd; j++) if (ONWARD.has(tokens[j]?.key ?? '') && (tokens[j + 1]?.key === 'proceed' || tokens[j + 1]?.key === 'travel' || tokens[j + 1]?.key === 'fly' || tokens[j + 1]?.key === 'head' || tokens[j + 1]?.key === 'go')) return true;
  return false;
}

export const tripOfStops = (ctx: Context): void => {
  if (ctx.events.some((e) => e.kind === 'visit' && !e.where)) return;
  const stops = ctx.events.filter((e) => STOP_KINDS.has(e.kind) && e.where && e.window && e.evidence.length > 0);
  for (let k = 1; k < stops.length; k++) {
    const next = stops[k] as DraftEvent;
    if (!onward(ctx, next.firstSentence)) continue;
    const first = stops.slice(0, k).reverse().find((e) => e.firstSentence < next.firstSentence && e.status === next.status && e.where?.toLowerCase() !== next.where?.toLowerCase() && e.people.some((p) => next.people.some((q) => same(p, q))));
    if (!first?.window || !next.window || next.window.to < first.window.from) continue;
    const travellers = first.people.filter((p) => next.people.some((q) => same(p, q))).slice(0, 1);
    const sent = ctx.sentences[first.firstSentence];
    if (!sent) continue;
    const trip = draftEvent({ kind: 'visit', status: first.status, window: { from: first.window.from, to: next.window.to, precision: 'days' }, people: travellers.map((p) => ({ ...p })) }, sent, first.firstSentence);
    const lastSpan = next.evidence[0];
    if (lastSpan && !trip.evidence.some((x) => x.start === lastSpan.start)) trip.evidence.push({ ...lastSpan });
    trip.lastSentence = next.firstSentence;
    ctx.events.push(trip);
    return;
  }
};

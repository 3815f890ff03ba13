// A visit dated only by its arrival. "X arrived in Tallinn on the evening of 9 May. He is visiting Estonia at the
// invitation of …", published on 10 May; "arrived in Quito on Monday. A welcome ceremony will be held on Wednesday
// morning": the text writes the first day and no length and no end, so the visit runs at least to the latest day the
// text places it or one of its items in: the readout's day when it says the visit is under way ("is visiting", "is on
// an official visit"), or a later day given to an item of its programme within the week. An arrival alone says nothing
// of the days after it. Its undated items, which the assembly gave the arrival day, take the same
// window (open8 NOTES #1, open7 NOTES #5). Not a visit with a length or an end written ("a two-day visit", "returned
// home", "concluded his visit"), nor one that ended before the readout ("left for Riga on Tuesday"), nor the trip made to
// attend a gathering ("arrived in Durban to attend the summit"), which is dated as written.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { addDays } from '../time/calendar.ts';
import type { Resolved } from '../time/relative.ts';
import { isWelcome } from './welcomes.ts';

const ARRIVING = /\b(?:arrived|arrives|arriving|landed|lands)\b/i;
const ENDED = /\b(?:returned|returns|departed|departs|left|leaves|leaving|concluded|concludes|wrapped up|wraps up|ended|ends|wound up|completed|completes|rounded off|farewell|see-off|seen off)\b/i;
const UNDER_WAY = /\b(?:is|are) (?:currently |now )?(?:visiting|staying|on (?:a|an|his|her|their) (?:[a-z-]+ ){0,2}(?:visit|trip|tour))\b/i;
export const TO_ATTEND = /\b(?:to attend|to participate in|to take part in|to join)\b/i;
/** How many days after the arrival an item may lie and still be of the visit. */
const WEEK = 6;
const SKIP = new Set(['visit', 'phone_call']);

/** The traveller named again, perhaps by surname alone ("Prime Minister Paulo Reis", then "Mr Reis"). */
function sameTraveller(p: PersonRef, traveller: PersonRef): boolean {
  if (samePersonRef(p, traveller) || p.person >= 0 || traveller.person >= 0) return samePersonRef(p, traveller);
  const words = new Set(traveller.name.toLowerCase().split(/\s+/).filter((w) => w.length >= 3));
  return p.name.toLowerCase().split(/\s+/).some((w) => words.has(w));
}

// "on a two-day trip that includes a meeting with …, a tour of …": the visit's programme, listed in its sentence.
const LISTING = /\b(?:(?:which|that) (?:includes|included|will include)|including)\b/i;

/** An item listed in the visit's own sentence as part of its programme ("a trip that includes …", "including …"). */
function listedBy(ctx: Context, visit: DraftEvent, e: DraftEvent): boolean {
  const sp = visit.evidence[0];
  if (!sp || e.evidence[0]?.start !== sp.start) return false;
  return LISTING.test(ctx.text.slice(sp.start, sp.end));
}

const dayWindow = (w: Resolved | null): w is Resolved => !!w && w.precision === 'day' && w.from === w.to;

export const arrivalStay = (ctx: Context): void => {
  const reference = ctx.reference;
  if (!reference) return;
  const text = ctx.text;
  if (ENDED.test(text)) return;
  for (const visit of ctx.events) {
    const w = visit.window;
    if (visit.kind !== 'visit' || visit.status !== 'held' || !dayWindow(w) || w.from > reference || addDays(w.from, WEEK) < reference) continue;
    if (!visit.evidence.some((sp) => ARRIVING.test(text.slice(sp.start, sp.end)))) continue;
    // "arrived in Durban to attend the summit on 3 March": the trip to a gathering is dated as written (open6 NOTES #4).
    if (visit.evidence.some((sp) => TO_ATTEND.test(text.slice(sp.start, sp.end)))) continue;
    const traveller = visit.people[0];
    const last = addDays(w.from, WEEK);
    // The latest day of an item of the traveller's within the week after the arrival; the readout's day when the text
    // says the visit is under way.
    let to = UNDER_WAY.test(text) ? reference : w.from;
    for (const e of ctx.events) {
      if (e === visit || SKIP.has(e.kind) || !e.window || e.window.precision === 'relative' || e.window.from < w.from || e.window.to > last) continue;
      if (!traveller || !e.people.some((p) => sameTraveller(p, traveller))) continue;
      if (e.window.to > to) to = e.window.to;
    }
    if (to === w.from) continue;
    const window: Resolved = { from: w.from, to, precision: 'days' };
    // Undated items that took the arrival day: its phrase or none, reported after the arrival. Not the welcome on
    // arrival ("was greeted at the airport by …"), which is of the arrival's day.
    for (const e of ctx.events) {
      if (e === visit || SKIP.has(e.kind) || !dayWindow(e.window) || e.window.from !== w.from || (e.lastSentence <= visit.firstSentence && !listedBy(ctx, visit, e)) || isWelcome(ctx, e)) continue;
      if (e.timeSpan && e.timeSpan.start !== visit.timeSpan?.start) continue;
      if (!traveller || !e.people.some((p) => sameTraveller(p, traveller))) continue;
      e.window = window;
    }
    visit.window = window;
  }
};

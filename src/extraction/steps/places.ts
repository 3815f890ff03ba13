// Where an event is, finer than the state (GUIDELINES.md, `where`: "the city, or the country when no city is given"):
// an event placed in a country whose own sentences say the visitor is or arrived in a city of that country ("has
// arrived in New Delhi on a two-day visit to India", "is in Abu Dhabi for an official visit") is in that city.
import type { Context, Mention } from '../context.ts';
import { placeInfo } from './event-links.ts';
import { namedAlike } from './participants.ts';

// Verbs and phrases after which "in <city>" is where the subject is, not what is talked about.
const STAY = new Set(['arrived', 'arrives', 'arriving', 'is', 'was', 'landed', 'lands', 'reached', 'be', 'are', 'were', 'stay', 'stays', 'staying']);

export const cityOfStay = (ctx: Context): void => {
  const { tokens } = ctx;
  const cities: Mention[] = ctx.mentions.filter((m) => (m.kind === 'capital' || m.kind === 'city') && !m.quoted);
  if (cities.length === 0) return;
  for (const e of ctx.events) {
    if (e.kind !== 'visit' && e.kind !== 'talks') continue;
    const info = placeInfo(ctx, e.where);
    if (!info || !info.isCountry) continue;
    for (const m of cities) {
      if (m.country !== info.country || !e.evidence.some((sp) => sp.start <= m.start && m.end <= sp.end)) continue;
      const before = tokens[m.tokStart - 1];
      const verb = tokens[m.tokStart - 2];
      if (before?.key !== 'in' || !verb || !STAY.has(verb.key)) continue;
      e.where = m.surface;
      break;
    }
  }
};

const IN_PERSON_ITEMS = new Set(['talks', 'other', 'statement', 'interview']);

/**
 * The items of a visit that write no place of their own, or only the visited state ("a dinner with Malaysians in
 * Brunei" during a visit placed in its capital), are where the visit is: an occurrence of the traveller inside the
 * visit's window takes the visit's city (GUIDELINES: the city when the text gives one). Not a call, not an item whose
 * own place is another city or state, not an occurrence outside the window.
 */
export const placeOfVisitItems = (ctx: Context): void => {
  // "X will meet A, B and C in Brussels between today and Friday": meetings over several days place their subject too.
  const visits = ctx.events.filter((e) => (e.kind === 'visit' || (e.kind === 'talks' && e.window?.precision === 'days')) && e.where && e.window && e.people.length > 0);
  for (const e of ctx.events) {
    if (!IN_PERSON_ITEMS.has(e.kind) || !e.window || e.people.length === 0) continue;
    const own = placeInfo(ctx, e.where);
    if (e.where && !own?.isCountry) continue;
    const visit = visits.find((v) => {
      const info = placeInfo(ctx, v.where);
      // A visit dated to the day ("on 8-9 May"), not one "in the near future" that any meeting of the month falls in.
      // A visit placed only in its state gives that state to the items that write no place at all.
      if (!info || (info.isCountry && e.where) || !v.window || (v.window.precision !== 'day' && v.window.precision !== 'days') || (own && own.country !== info.country)) return false;
      // A visit of one day only for the items of that day with no place of their own (a welcome on arrival).
      const within = v.window.from <= e.window!.from && e.window!.to <= v.window.to && (v.window.from !== v.window.to || !e.where);
      const traveller = v.people[0];
      return within && !!traveller && e.people.some((p) => namedAlike(ctx, p, traveller));
    });
    if (visit) e.where = visit.where;
    // "X met Y in Quito on Tuesday. X will give a state banquet tonight for Y": an item of that day, of
    // the same people, with no place of its own, is where they met.
    else if (!e.where && e.kind !== 'talks' && e.window.from === e.window.to) {
      const day = e.window.from;
      const meeting = ctx.events.find((m) => m.kind === 'talks' && m.where && m.window?.from === day && m.window.to === day && m.people.length >= 2 && e.people.every((p) => m.people.some((q) => namedAlike(ctx, p, q))));
      if (meeting) e.where = meeting.where;
    }
  }
};

const HOSTING = new Set(['host', 'hosts', 'hosting', 'hosted']);
const GATHERINGS = new Set(['summit', 'session', 'other']);

/** "Tallinn to host Baltic summit on 9 May", "Astana will host the summit": the host city is the gathering's place. */
export const hostCity = (ctx: Context): void => {
  const { tokens } = ctx;
  const byEnd = new Map<number, Mention>();
  for (const m of ctx.mentions) if ((m.kind === 'capital' || m.kind === 'city') && !m.quoted) byEnd.set(m.tokEnd, m);
  if (byEnd.size === 0) return;
  for (const t of ctx.triggers) {
    if (!GATHERINGS.has(t.kind) || t.quoted) continue;
    let k = t.tokStart - 1;
    while (k > t.tokStart - 4 && tokens[k] && !HOSTING.has(tokens[k]?.key ?? '') && tokens[k]?.type === 'word') k--;
    if (!HOSTING.has(tokens[k]?.key ?? '')) continue;
    const aux = tokens[k - 1]?.key === 'to' || tokens[k - 1]?.key === 'will' || tokens[k - 1]?.key === 'is' ? 1 : 0;
    const city = byEnd.get(k - aux);
    if (!city) continue;
    const e = ctx.events.find((x) => x.kind === t.kind && x.evidence.some((sp) => sp.start <= t.start && t.end <= sp.end));
    if (e && (!e.where || placeInfo(ctx, e.where)?.isCountry)) e.where = city.surface;
  }
};

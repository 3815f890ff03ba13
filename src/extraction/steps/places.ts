// Where an event is, finer than the state (GUIDELINES.md, `where`: "the city, or the country when no city is given"):
// an event placed in a country whose own sentences say the visitor is or arrived in a city of that country ("has
// arrived in New Delhi on a two-day visit to India", "is in Abu Dhabi for an official visit") is in that city.
import type { Context, Mention } from '../context.ts';
import { placeInfo } from './event-links.ts';

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

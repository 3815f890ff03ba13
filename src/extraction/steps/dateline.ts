// The dateline's city ("BANDAR SERI BEGAWAN - …", "Madrid, Spain", "SEOUL, Nov. 16 (Yonhap) --") as an event's place.
// GUIDELINES.md: `where` is the city, or the country when no city is given. A dateline gives the city the report was
// filed from; an event the text places only in that city's country was in that city as far as the text says
// ("BANDAR SERI BEGAWAN - Malaysia's Prime Minister arrived in Brunei on Tuesday").
import { firstIndex } from '../context.ts';
import type { Context, DraftEvent, Mention, Step } from '../context.ts';
import { MONTHS } from '../time/lexicon.ts';
import { placeInfo } from './event-links.ts';

export const DASHES = new Set(['-', '–', '—', '--']);
// The dateline is the first line of the body or one of its first lines (after a headline and page chrome).
const DATELINE_WITHIN = 600;

/** The city that opens a line near the start as a dateline: followed by a dash, a line end, ", Country" or ", <date>". */
export function datelineCity(ctx: Context): Mention | null {
  const { tokens } = ctx;
  for (const m of ctx.mentions) {
    if (m.start > DATELINE_WITHIN) break;
    if (!(m.kind === 'capital' || m.kind === 'city') || !m.country || m.quoted) continue;
    if (m.tokStart > 0 && !tokens[m.tokStart]?.lineBefore) continue;
    let k = m.tokEnd;
    if (tokens[k]?.text === ',') {
      const next = ctx.mentions.find((x) => x.tokStart === k + 1);
      // "Madrid, Spain": the city's own state; "SEOUL, Nov. 16": a date.
      if (next && next.kind === 'country' && next.country === m.country) k = next.tokEnd;
      else if (MONTHS.has(tokens[k + 1]?.key ?? '')) return m;
      else continue;
    }
    const after = tokens[k];
    if (!after || after.lineBefore || DASHES.has(after.text)) return m;
  }
  return null;
}

/** The countries a person of an event represents on the event's day, from the draft or the gazetteer. */
function countriesOf(ctx: Context, e: DraftEvent): Set<string> {
  const out = new Set<string>();
  for (const p of e.people) {
    const person = p.person >= 0 ? ctx.gazetteer.people[p.person] : undefined;
    const country = p.country ?? (person ? ctx.gazetteer.positionOn(person, e.window?.from ?? ctx.reference)?.country : null);
    if (country) out.add(country);
  }
  return out;
}

export const datelinePlace: Step = (ctx) => {
  const city = datelineCity(ctx);
  // A dateline away from the publisher's own state is a reporter sent to the occurrence; one at home ("SEOUL, Nov. 16
  // (Yonhap) -- … the foreign ministers met on Wednesday") is often a desk reporting what was held abroad.
  if (!city || !city.country || city.country === ctx.home) return;
  const surface = city.surface.replace(/^the /i, '');
  for (const e of ctx.events) {
    // The dateline is where the report was filed: where what is reported as held took place, not where a planned
    // occurrence will ("HÀ NỘI — … a visit by the US leader to Việt Nam" stays a visit to the country).
    // Only what the text itself dates: an occurrence held at no written time may be one in passing or misread.
    if (e.kind === 'phone_call' || e.status !== 'held' || !e.timeText) continue;
    const info = placeInfo(ctx, e.where);
    // The city, finer than its state written for the event.
    if (e.where && info?.isCountry && info.country === city.country) e.where = surface;
    // "Madrid, Spain … The Secretary-General met today with the Prime Minister of Spain": talks held that day, with a
    // leader of the dateline's state, in no place the text gives.
    else if (!e.where && (e.kind === 'talks' || e.kind === 'visit') && e.window?.from === ctx.reference && e.window?.to === ctx.reference && countriesOf(ctx, e).has(city.country)) e.where = surface;
  }
};

// How far into a line a dateline may run: "Accra, by Kofi Mensah and Ama Owusu (Coast Press Agency) –".
const DATELINE_TOKENS = 16;
const BYLINE_WORDS = new Set(['by', 'and']);

/**
 * Where a sentence's own words begin after a dateline that opens its line: "Lisbon – This Tuesday, …", "Accra, by Kofi
 * Mensah (Coast Press) – On Monday, …". The dateline is capitalised words, a by-line and a parenthesis before a dash;
 * a time right after it opens the sentence as it would with no dateline. A line that names a person or an office
 * before the dash ("President X – who …") has no dateline.
 */
export function afterDateline(ctx: Context, start: number): number {
  const { tokens } = ctx;
  if (start > 0 && !tokens[start]?.lineBefore) return start;
  if (!tokens[start]?.cap) return start;
  let depth = 0;
  for (let i = start; i < start + DATELINE_TOKENS && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || (i > start && t.lineBefore)) return start;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth > 0) continue;
    else if (DASHES.has(t.text)) {
      if (i === start || !tokens[i + 1]?.cap) return start;
      return namedBefore(ctx, start, i) ? start : i + 1;
    } else if (t.type === 'word' ? !t.cap && !BYLINE_WORDS.has(t.key) : t.text !== ',' && t.text !== '.') return start;
  }
  return start;
}

/** Whether a person or an office is named from token a to before b (the mentions are in reading order). */
function namedBefore(ctx: Context, a: number, b: number): boolean {
  const { mentions } = ctx;
  for (let k = firstIndex(mentions.length, (j) => (mentions[j]?.tokStart ?? 0) < a); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.tokStart >= b) break;
    if (m.kind === 'person' || m.kind === 'role') return true;
  }
  return false;
}

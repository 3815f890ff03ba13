// "X and Y will meet in A on Friday. In A, the two will also attend a concert", "She is also set to brief the press",
// "Later, X will lay flowers at …", "During the visit, he will also tour …": an item announced right
// after a dated occurrence as its continuation, with no time of its own, is of that occurrence's day, or of the window
// of the visit it belongs to (GUIDELINES.md: a time that is not written but follows from the text). The held side has
// its own rules in the assembly (events.ts); this is the announced side, and the visit under way.
//
// Only when all of these hold: the item is upcoming and undated; its sentence says it continues ("also", "then",
// "afterwards", "later", or opens "During/After/Following the …"); everyone it names takes part in the occurrence
// before it; that occurrence is in person, at most REACH sentences back, and either announced for one day (or held
// on the readout's own day) or a visit whose window has not ended. Not for visits, summits or calls: another trip,
// another gathering or a call has days of its own. Runs after the pronoun subjects are read (pronoun-subjects.ts), so
// "She will also …" names the person it stands for. One pass over the events in the order the text reports them.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent } from '../context.ts';
import type { EventKind } from '../types.ts';
import { continuesWith } from './pronoun-subjects.ts';
import { toldApart } from './visit-states.ts';

/** Words that tell an item as a continuation of what was told before. */
const CONTINUING = new Set(['also', 'then', 'afterwards', 'afterward', 'later', 'subsequently', 'thereafter']);
/** "During the visit, …", "After the talks, …", "Following their meeting, …". */
const OPENERS = new Set(['during', 'after', 'following']);
const DETERMINERS = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);
/** What an item may be. */
const ITEMS = new Set<EventKind>(['talks', 'other', 'statement', 'interview', 'session']);
/** What an item may continue. */
const CONTINUED = new Set<EventKind>(['talks', 'visit', 'summit', 'session', 'other']);
/** How many sentences after the occurrence the item may be told. */
const REACH = 2;

function continues(ctx: Context, s: number): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const key = (k: number): string => ctx.tokens[k]?.key ?? '';
  if (toldApart(ctx, s)) return false;
  if (OPENERS.has(key(sent.tokStart)) && DETERMINERS.has(key(sent.tokStart + 1))) return true;
  for (let k = sent.tokStart; k < sent.tokEnd; k++) if (CONTINUING.has(key(k))) return true;
  return false;
}

/** Whether `h` can give its time to an item told after it: announced for a day, held today, or a visit not yet over. */
function datesItems(ctx: Context, h: DraftEvent): boolean {
  const w = h.window;
  if (!w || !CONTINUED.has(h.kind)) return false;
  if (h.kind === 'visit') return (w.precision === 'day' || w.precision === 'days') && (ctx.reference === null || w.to >= ctx.reference);
  if (w.precision !== 'day') return false;
  return h.status === 'upcoming' || (ctx.reference !== null && w.from === ctx.reference);
}

export const followOnItems = (ctx: Context): void => {
  const order = ctx.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.firstSentence - b.e.firstSentence || a.i - b.i);
  const dated: DraftEvent[] = [];
  for (const { e } of order) {
    // Everyone it names takes part in the occurrence before; named by none, its subject stands for someone of it.
    if (!e.window && !e.timeText && e.status === 'upcoming' && ITEMS.has(e.kind) && continues(ctx, e.firstSentence)) {
      let h: DraftEvent | undefined;
      for (let k = dated.length - 1; k >= 0 && !h; k--) {
        const c = dated[k];
        if (!c || e.firstSentence - c.lastSentence > REACH) break;
        // Named by none: its subject stands for someone of c ("The Vice President will also …" after the President's talks is not).
        if (c.firstSentence < e.firstSentence && (e.people.length > 0 ? e.people.every((p) => c.people.some((q) => samePersonRef(p, q, true))) : continuesWith(ctx, e, c))) h = c;
      }
      if (h?.window) Object.assign(e, { window: h.window, tentative: h.tentative, where: e.where ?? h.where });
    }
    if (datesItems(ctx, e)) dated.push(e);
  }
};

// Gatherings that did not take place (GUIDELINES: "nor a cancelled meeting"): "The summit has been postponed twice, first
// on 12 March when …", "the meeting set for Friday was called off", "a second round planned for 8 May that never took
// place". The occurrence named with the failure is no event, and the times of its failure date nothing; only a time it
// was moved to ("postponed to 12 December") or is now set for ("will now take place on 14 June") makes it an event to come.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

/** Words that say an occurrence failed, alone or with the words after them. */
const FAILED = new Set(['postponed', 'aborted', 'cancelled', 'canceled', 'cancellation', 'scrapped', 'abandoned']);
const FAILED_WITH: readonly (readonly string[])[] = [
  ['called', 'off'], ['put', 'off'], ['fell', 'through'], ['never', 'took', 'place'], ['did', 'not', 'take', 'place'],
  ['failed', 'to', 'take', 'place'], ['failing', 'to', 'take', 'place'], ['fails', 'to', 'take', 'place'], ['was', 'not', 'held'],
];
/** How far after its occurrence's noun a failure may be written ("the meeting of the leaders set for Monday was postponed"). */
const REACH = 12;
/** Words before a time that place the occurrence there after all ("will now take place on", "is now set for"). */
const AGAIN = new Set(['will', 'now']);

function failureAt(ctx: Context, k: number): boolean {
  const key = ctx.tokens[k]?.key ?? '';
  if (FAILED.has(key)) return true;
  return FAILED_WITH.some((w) => w.every((x, j) => ctx.tokens[k + j]?.key === x));
}

/** A time the failed occurrence was moved to or is now held on. */
function stillHeld(ctx: Context, x: TimeExpr, movedTo: (x: TimeExpr) => boolean): boolean {
  if (movedTo(x)) return true;
  for (let k = x.tokStart - 1; k >= x.tokStart - 5 && k >= 0; k--) {
    const t = ctx.tokens[k];
    if (!t || t.text === ',' || t.text === ';' || failureAt(ctx, k)) return false;
    if (AGAIN.has(t.key)) return true;
  }
  return false;
}

export interface Failures {
  /** Occurrences named with their failure and no time they are still held on: no event. */
  triggers: Set<Trigger>;
  /** Times of the failure: they date nothing. */
  times: Set<TimeExpr>;
}

/**
 * The occurrences of one sentence named with their failure: the failure written after the noun in its clause, with no
 * other occurrence between ("the summit … was postponed", "a meeting planned for 8 May failing to take place"), or right
 * before it ("the cancelled summit"). Verbs ("met", "visited") are no such occurrence.
 */
export function failedOccurrences(ctx: Context, trigs: readonly Trigger[], times: readonly TimeExpr[], to: number, movedTo: (x: TimeExpr) => boolean): Failures {
  const out: Failures = { triggers: new Set(), times: new Set() };
  const { tokens } = ctx;
  const tied: Trigger[] = [];
  trigs.forEach((t, n) => {
    if (t.verb || t.quoted || t.kind === 'phone_call') return;
    if (failureAt(ctx, t.tokStart - 1) || (tokens[t.tokStart - 1]?.type === 'word' && failureAt(ctx, t.tokStart - 2))) {
      tied.push(t);
      return;
    }
    const next = trigs[n + 1];
    const end = Math.min(to, t.tokEnd + REACH, next ? next.tokStart : to);
    for (let k = t.tokEnd; k < end; k++) {
      if (tokens[k]?.text === ';' || tokens[k]?.text === '.') break;
      if (failureAt(ctx, k)) {
        tied.push(t);
        return;
      }
    }
  });
  if (tied.length === 0) return out;
  // A time is the failure's when the occurrence nearest before it (else the first after it) is a failed one: "met on
  // Monday after the summit was cancelled" keeps its Monday.
  const nearest = (x: TimeExpr): Trigger | undefined => trigs.filter((t) => t.tokStart < x.tokStart).pop() ?? trigs.find((t) => t.tokStart >= x.tokEnd);
  const mine = times.filter((x) => tied.includes(nearest(x) as Trigger));
  const held = mine.filter((x) => stillHeld(ctx, x, movedTo));
  for (const x of mine) if (!held.includes(x)) out.times.add(x);
  // One still held after a failed one names the same gathering ("postponed from March, will now take place in June").
  if (held.length === 0) for (const t of tied) out.triggers.add(t);
  return out;
}

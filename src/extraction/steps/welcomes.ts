// A welcome on arrival: "At the X airport, he was welcomed by A", "were greeted at the airport by B" a sentence or two
// after "arrived in Y on the afternoon of March 14". The welcome writes no day of its own; it is the arrival's.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

const GREETED = new Set(['welcomed', 'greeted', 'met']);
const ARRIVED = new Set(['arrived', 'arrives', 'arrive', 'arriving', 'landed', 'lands']);
/** How many sentences back the arrival may be reported. */
const LOOK_BACK = 3;

/** The time phrase of the arrival reported in sentence s or the few before it, after its verb. */
function arrivalTime(ctx: Context, s: number): TimeExpr | null {
  for (let q = s; q >= Math.max(0, s - LOOK_BACK); q--) {
    const sent = ctx.sentences[q];
    if (!sent) continue;
    let verb = -1;
    for (let k = sent.tokStart; k < sent.tokEnd && verb < 0; k++) if (ARRIVED.has(ctx.tokens[k]?.key ?? '')) verb = k;
    if (verb < 0) continue;
    const x = ctx.times.find((y) => y.tokStart > verb && y.tokEnd <= sent.tokEnd && !y.vague && y.shift === null);
    if (x) return x;
  }
  return null;
}

/** Passive welcomes with no time of their own take the day of the arrival just reported. */
export function welcomeOnArrival(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>, s: number): void {
  for (const t of cands) {
    if (t.kind !== 'other' || !t.verb || timeOf.has(t) || !GREETED.has(ctx.tokens[t.tokStart]?.key ?? '')) continue;
    const x = arrivalTime(ctx, s);
    if (x) timeOf.set(t, x);
  }
}

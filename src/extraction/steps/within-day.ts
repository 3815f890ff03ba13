// "will be accorded a welcome ceremony this morning, following which he will pay a courtesy call on the President":
// an occurrence said to come right after another in the same sentence, with no time of its own, is on that one's day.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

const RELATIVES = new Set(['which', 'that', 'this']);
const AFTER = new Set(['following', 'after']);

/** "…, following which", "…, after which", "…, after that", "…, afterwards" between the two triggers. */
function sequelBetween(ctx: Context, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const key = ctx.tokens[j]?.key ?? '';
    if ((AFTER.has(key) && RELATIVES.has(ctx.tokens[j + 1]?.key ?? '')) || key === 'afterwards' || key === 'thereafter') return true;
  }
  return false;
}

export function sameDayAfter(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>): void {
  for (let k = 1; k < cands.length; k++) {
    const a = cands[k - 1];
    const b = cands[k];
    const x = a ? timeOf.get(a) : undefined;
    // "after which the Chancellor flies on to X for a working visit": a journey onward starts no item of that day.
    if (!a || !b || !x || timeOf.has(b) || b.anaphoric || b.kind === 'visit' || b.tokStart - a.tokEnd > 16 || !sequelBetween(ctx, Math.max(a.tokEnd, x.tokEnd), b.tokStart)) continue;
    timeOf.set(b, x);
  }
}

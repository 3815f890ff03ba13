// "will be accorded a welcome ceremony this morning, following which he will pay a courtesy call on the President":
// an occurrence said to come right after another in the same sentence, with no time of its own, is on that one's day.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

const RELATIVES = new Set(['which', 'that', 'this']);
const AFTER = new Set(['following', 'after']);

const THEN = new Set(['later', 'then', 'subsequently']);

/** "…, following which", "…, after which", "…, after that", "…, afterwards", "… and later" between the two triggers. */
function sequelBetween(ctx: Context, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const key = ctx.tokens[j]?.key ?? '';
    if ((AFTER.has(key) && RELATIVES.has(ctx.tokens[j + 1]?.key ?? '')) || key === 'afterwards' || key === 'thereafter') return true;
    if (THEN.has(key) && (ctx.tokens[j - 1]?.key === 'and' || ctx.tokens[j - 1]?.text === ',')) return true;
  }
  return false;
}

/**
 * "a signing ceremony", "the ceremony of signing of the agreements": the signing of documents at a meeting is a moment
 * of that meeting (as "witnessed the signing"), an occurrence of its own only with a time of its own; it takes none by
 * sequence.
 */
function signingCeremony(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  if (tokens[t.tokEnd - 1]?.key !== 'ceremony') return false;
  if (tokens[t.tokEnd - 2]?.key === 'signing') return true;
  const k = tokens[t.tokEnd + 1]?.key === 'the' ? t.tokEnd + 2 : t.tokEnd + 1;
  return tokens[t.tokEnd]?.key === 'of' && tokens[k]?.key === 'signing';
}

export function sameDayAfter(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>, times: readonly TimeExpr[] = []): void {
  // "The two presidents will sign three agreements in the late afternoon, after which X will give a banquet": a
  // time no occurrence took, before the sequel word, dates the occurrence after it.
  const used = new Set(timeOf.values());
  for (let k = 0; k < cands.length; k++) {
    const b = cands[k];
    const before = cands[k - 1];
    if (!b || timeOf.has(b) || b.anaphoric || b.kind === 'visit' || signingCeremony(ctx, b)) continue;
    const x = times.filter((y) => !used.has(y) && y.tokEnd <= b.tokStart && b.tokStart - y.tokEnd <= 16 && (!before || y.tokStart >= before.tokEnd)).pop();
    if (x && sequelBetween(ctx, x.tokEnd, b.tokStart)) {
      timeOf.set(b, x);
      used.add(x);
    }
  }
  for (let k = 1; k < cands.length; k++) {
    const a = cands[k - 1];
    const b = cands[k];
    const x = a ? timeOf.get(a) : undefined;
    // "after which the Chancellor flies on to X for a working visit": a journey onward starts no item of that day.
    if (!a || !b || !x || timeOf.has(b) || b.anaphoric || b.kind === 'visit' || signingCeremony(ctx, b) || b.tokStart - a.tokEnd > 16 || !sequelBetween(ctx, Math.max(a.tokEnd, x.tokEnd), b.tokStart)) continue;
    timeOf.set(b, x);
  }
}

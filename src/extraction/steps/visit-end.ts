// The end of a visit under way, said after it was reported: "X arrived in Quito on Sunday. She will end her trip and
// return home on Friday", "… Her visit ends on Thursday", "… The state visit will conclude on Tuesday". The noun
// refers back to the visit already reported (no second visit, and no visit to wherever the traveller returns): its
// day is the visit's last (GUIDELINES.md: a window runs to the last possible day).
import type { Context, Trigger } from '../context.ts';

/** Verbs that end a visit, before it ("will end her trip") or after it ("her visit ends"). */
const END = new Set(['end', 'ends', 'ending', 'conclude', 'concludes', 'concluding', 'complete', 'completes', 'completing', 'finish', 'finishes']);
/** Verbs that end a visit with a particle: "wrap up", "wind up", "round off". */
const END_WITH = new Map([['up', new Set(['wrap', 'wraps', 'wrapping', 'wind', 'winds', 'winding'])], ['off', new Set(['round', 'rounds', 'rounding'])]]);
const DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'this']);
/** Between the determiner and the noun: "her three-day state visit", "the official trip". */
const MODIFIERS = new Set(['state', 'official', 'working', 'current', 'regional', 'foreign', '-', 'day', 'week', 'long', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Between the noun and a verb after it: "Her visit will end", "The trip is due to conclude", "is scheduled to end". */
const AUXILIARIES = new Set(['will', 'is', 'due', 'to', 'scheduled', 'set', 'expected', 'then', 'also']);

/** A verb of ending whose last token is at k ("end", "wrap up"). */
function endVerbAt(ctx: Context, k: number): boolean {
  const key = ctx.tokens[k]?.key ?? '';
  if (END.has(key)) return true;
  return END_WITH.get(key)?.has(ctx.tokens[k - 1]?.key ?? '') ?? false;
}

/** A verb of ending whose first token is at k ("ends", "wraps up"). */
function endVerbFrom(ctx: Context, k: number): boolean {
  const key = ctx.tokens[k]?.key ?? '';
  if (END.has(key)) return true;
  for (const [particle, verbs] of END_WITH) if (verbs.has(key) && ctx.tokens[k + 1]?.key === particle) return true;
  return false;
}

/**
 * The visit noun t is said to end: "end her trip", "wrap up the state visit", "her visit ends", "the trip will
 * conclude". Only a noun with a determiner that refers back (not "a visit", which is a new one), not quoted.
 */
export function endOfVisit(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  if (t.kind !== 'visit' || t.verb || t.quoted) return false;
  let k = t.tokStart - 1;
  while (k > t.tokStart - 7 && (MODIFIERS.has(tokens[k]?.key ?? '') || tokens[k]?.type === 'num')) k--;
  if (!DETERMINERS.has(tokens[k]?.key ?? '')) return false;
  if (endVerbAt(ctx, k - 1)) return true;
  let j = t.tokEnd;
  while (j < t.tokEnd + 4 && AUXILIARIES.has(tokens[j]?.key ?? '')) j++;
  return endVerbFrom(ctx, j);
}

// A welcome on arrival: "At the X airport, he was welcomed by A", "were greeted at the airport by B" a sentence or two
// after "arrived in Y on the afternoon of March 14". The welcome writes no day of its own; it is the arrival's.
import { spansWithin } from '../context.ts';
import type { Context, DraftEvent, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';
import { futureCue } from './status.ts';

const GREETED = new Set(['welcomed', 'greeted', 'met', 'received']);
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

// The honours of a welcome: "was honoured with a 19-gun salute", "inspected a guard of honour", "an official welcome ceremony".
const HONOURS = new Set(['gun salute', 'guard of honour', 'guard of honor', 'honour guard', 'honor guard']);
const WELCOMING = new Set(['welcome', 'welcoming', 'arrival', 'reception']);

/** A salute, a guard of honour or a welcome ceremony (the words at tokens a..b): the honours a guest is received with. */
export function welcomeHonour(ctx: Context, a: number, b: number): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(a, b).filter((t) => t.type === 'word').map((t) => t.key).join(' ');
  if (HONOURS.has(words)) return true;
  return tokens[b - 1]?.key === 'ceremony' && (WELCOMING.has(tokens[b - 2]?.key ?? '') || WELCOMING.has(tokens[b - 3]?.key ?? ''));
}

/** Honours reported as given ("was honoured with a 19-gun salute"), not announced ("is to attend a welcome ceremony"). */
function honoursGiven(ctx: Context, t: Trigger): boolean {
  return welcomeHonour(ctx, t.tokStart, t.tokEnd) && !futureCue(ctx, ctx.sentences[t.sentence]?.tokStart ?? t.tokStart, t.tokStart);
}

/**
 * Passive welcomes and the honours of a welcome reported as given ("was honoured with a 19-gun salute"), with no time of
 * their own, take the day of the arrival just reported; not honours announced ("is scheduled to attend an official
 * welcome ceremony"), which are items of the visit's programme.
 */
export function welcomeOnArrival(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>, s: number): void {
  for (const t of cands) {
    if (t.kind !== 'other' || timeOf.has(t) || !(t.verb ? GREETED.has(ctx.tokens[t.tokStart]?.key ?? '') : honoursGiven(ctx, t))) continue;
    const x = arrivalTime(ctx, s);
    if (x) timeOf.set(t, x);
  }
}

/**
 * A welcome on arrival among the events: an occurrence of kind other whose first sentence holds a greeting verb
 * ("was greeted at the airport by …", "welcomed her at the airport"). It is of the arrival's day, whatever span the
 * visit is later given.
 */
export function isWelcome(ctx: Context, e: DraftEvent): boolean {
  const sp = e.evidence[0];
  if (e.kind !== 'other' || !sp) return false;
  return spansWithin(ctx.triggers, sp.start, sp.end).some((t) => t.kind === 'other' && (t.verb ? GREETED.has(ctx.tokens[t.tokStart]?.key ?? '') : honoursGiven(ctx, t)));
}

const PASSIVE = new Set(['was', 'were', 'being', 'been', 'be']);

/**
 * "He was welcomed by President X at the palace and was honoured with a 19-gun salute": the reception is the welcome
 * the honours are part of, one occurrence (of kind other), not a meeting of its own. The passive reception verb just
 * before the honours in the same sentence, joined by "and", "where" or "with".
 */
export function receptionOfHonours(ctx: Context, reception: Trigger, honours: Trigger | undefined): boolean {
  if (!honours || reception.kind !== 'talks' || !reception.verb || honours.sentence !== reception.sentence || honours.tokStart - reception.tokEnd > 16) return false;
  const { tokens } = ctx;
  if (!GREETED.has(tokens[reception.tokStart]?.key ?? '') || !PASSIVE.has(tokens[reception.tokStart - 1]?.key ?? '') || !welcomeHonour(ctx, honours.tokStart, honours.tokEnd)) return false;
  for (let k = reception.tokEnd; k < honours.tokStart; k++) if (tokens[k]?.key === 'and' || tokens[k]?.key === 'where' || tokens[k]?.key === 'with') return true;
  return false;
}

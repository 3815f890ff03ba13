// An arrival told as done, followed in its sentence by a clause of what the traveller will do there: "has arrived in
// Riga, where she will hold talks with Y", "landed in Nairobi ahead of talks with Y", "has arrived in Lisbon for a
// two-day visit during which he will meet Y", "is in Oslo, where she is due to meet Y". The arrival has happened and
// the meeting is still to come, so they are not the one occurrence of "a visit made to hold talks" (GUIDELINES.md,
// which merges them when the text tells them together as one): the visit is an event of its own, held, and the
// meeting an item of it. An item that writes no time of its own takes the visit's window once its days are known
// (its only known day, or the days its length gives). Not "arrived in Moscow for talks with Y" (the visit made for
// them), not "arrived on Saturday, where he held talks" (both done, one occurrence), not a future arrival ("will
// arrive in X, where she will …", both to come), not an arrival of no one named (a delegation, goods).
import { bySentence } from '../context.ts';
import type { Context, DraftEvent, Mention, Trigger } from '../context.ts';
import { futureCue } from './status.ts';
import { isSpokesperson, speakerBefore } from './participants.ts';

/** The first word of an arrival or stay trigger told as done or under way ("arrived in", "landed in", "is in"). */
const ARRIVED = new Set(['arrived', 'landed', 'is', 'are']);
const NOT_DONE = new Set(['will', 'to', 'would', 'shall', 'may', 'might', 'could', 'should', 'be']);
/** How far after the arrival (or its visit noun) the clause may open, past its place, its day and a comma. */
const REACH = 12;
/** How far into the clause its meeting may stand ("where she is expected to hold talks"). */
const CLAUSE_REACH = 7;

export interface ArrivalClause {
  /** The arrival or stay trigger. */
  arrival: Trigger;
  /** The visit noun the arrival opens ("for a two-day visit during which"), when it names one. */
  noun: Trigger | null;
  /** The meeting the clause announces. */
  talks: Trigger;
}

/** Where the clause opens after token a, before b ("where", "during which", "ahead of"); null when none. */
function clauseOpening(ctx: Context, a: number, b: number): { at: number; ahead: boolean } | null {
  const { tokens } = ctx;
  for (let k = a; k < b; k++) {
    const key = tokens[k]?.key ?? '';
    if (key === '.' || key === ';') return null;
    if (key === 'where') return { at: k, ahead: false };
    if ((key === 'during' || key === 'in') && tokens[k + 1]?.key === 'which') return { at: k + 1, ahead: false };
    if (key === 'ahead' && tokens[k + 1]?.key === 'of') return { at: k + 1, ahead: true };
  }
  return null;
}

/**
 * The arrival clauses of a sentence's triggers: an arrival (or stay) told as done, by someone named, then within a few
 * words a clause ("where", "during which", "ahead of") whose first occurrence is talks to come. No other occurrence may
 * stand between them but the visit noun the arrival opens.
 */
export function arrivalClauses(ctx: Context, trigs: readonly Trigger[], ments: readonly Mention[]): ArrivalClause[] {
  const { tokens } = ctx;
  const out: ArrivalClause[] = [];
  trigs.forEach((t, i) => {
    if (t.kind !== 'visit' || !t.verb || t.quoted || !ARRIVED.has(tokens[t.tokStart]?.key ?? '')) return;
    if (NOT_DONE.has(tokens[t.tokStart - 1]?.key ?? '') || NOT_DONE.has(tokens[t.tokStart - 2]?.key ?? '')) return;
    let j = i + 1;
    const next = trigs[j];
    const noun = next && next.kind === 'visit' && !next.verb && !next.quoted && next.tokStart - t.tokEnd <= REACH ? next : null;
    if (noun) j++;
    const talks = trigs[j];
    const from = (noun ?? t).tokEnd;
    if (!talks || talks.kind !== 'talks' || talks.anaphoric || talks.quoted || talks.tokStart - from > REACH + CLAUSE_REACH) return;
    const opening = clauseOpening(ctx, from, talks.tokStart);
    if (!opening || opening.at - from > REACH || talks.tokStart - opening.at > CLAUSE_REACH) return;
    // "ahead of talks with Y", "ahead of his meeting with Y": the meeting named right after; else a clause of the future.
    if (opening.ahead ? talks.tokStart - opening.at > 3 : !futureCue(ctx, opening.at + 1, talks.tokEnd)) return;
    // Someone named arrives, not "a trade delegation" nor "the goods"; not a spokesperson's briefing.
    const traveller = speakerBefore(ctx, t, ments);
    if (!traveller || isSpokesperson(ctx, traveller)) return;
    out.push({ arrival: t, noun, talks });
  });
  return out;
}

/** The first event of a kind reported in a sentence (its evidence opens with that sentence's span). */
function eventOfSentence(ctx: Context, kind: DraftEvent['kind'], s: number): DraftEvent | undefined {
  const start = ctx.sentences[s]?.start;
  return ctx.events.find((e) => e.kind === kind && e.evidence.some((sp) => sp.start === start));
}

/**
 * Once the visit's days are known (its length, its stay: visitDuration, arrivalStay), the meeting its arrival clause
 * announces without a time of its own takes the visit's window; one with its own day ("where she will meet Y on
 * Tuesday") keeps it.
 */
export const arrivalClauseItems = (ctx: Context): void => {
  const triggersOf = bySentence(ctx, ctx.triggers);
  const mentionsOf = bySentence(ctx, ctx.mentions);
  triggersOf.forEach((trigs, s) => {
    if (!trigs.some((t) => t.kind === 'visit') || !trigs.some((t) => t.kind === 'talks')) return;
    if (arrivalClauses(ctx, trigs, mentionsOf[s] ?? []).length === 0) return;
    const visit = eventOfSentence(ctx, 'visit', s);
    const talks = eventOfSentence(ctx, 'talks', s);
    if (!visit?.window || !talks || talks.timeSpan || talks.status !== 'upcoming' || visit.status !== 'held') return;
    Object.assign(talks, { window: visit.window, tentative: visit.tentative });
    talks.where ??= visit.where;
  });
};

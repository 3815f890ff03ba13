// The present for the readout's own day: "X visits Y today. He will meet Z …" announces the visit; "X visits Y today.
// He held talks with Z" reports it. Annotation guide 2.4: a meeting announced for today is upcoming unless the text
// reports its content.
import { firstIndex, indexMentions, spansWithin, type Context, type Step } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';
import { futureCue, pastCue } from './status.ts';

// Verbs of an occurrence in the present simple, as a headline or a lead writes the day's programme.
const PRESENT = new Set(['visits', 'meets', 'receives', 'hosts', 'travels', 'arrives', 'pays', 'holds', 'attends', 'welcomes', 'tours', 'flies', 'heads']);
// The same in the progressive after "is" or "are" ("is visiting Cyprus on Monday").
const PROGRESSIVE = new Set(['visiting', 'meeting', 'receiving', 'hosting', 'travelling', 'traveling', 'arriving', 'paying', 'holding', 'attending', 'welcoming', 'touring', 'flying', 'heading']);
const BE_PRESENT = new Set(['is', 'are']);
const SUBJECTS = new Set(['person', 'role', 'bound', 'pronoun']);

/**
 * Occurrences held on R by a verb in the present ("visits", "receives") after its subject, whose next sentence speaks
 * of what is still to come that day ("He will hold talks …", "is scheduled to meet …") and of nothing past: upcoming.
 */
export const presentAhead: Step = (ctx) => {
  const R = ctx.reference;
  if (!R) return;
  const byEnd = indexMentions(ctx.mentions, ctx.tokens.length, 'end');
  for (const e of ctx.events) {
    if (e.status !== 'held' || e.window?.from !== R || e.window.to !== R) continue;
    const first = e.evidence[0];
    const sentence = ctx.sentences[e.firstSentence];
    if (!first || !sentence) continue;
    const verb = presentVerb(ctx, first.start, first.end, byEnd);
    if (verb < 0 || pastCue(ctx, sentence.tokStart, sentence.tokEnd) || futureCue(ctx, sentence.tokStart, sentence.tokEnd)) continue;
    // The first of the next sentences that says a tense decides, past up to two more in the present ("Her programme
    // opens at noon, when she sees …").
    for (let s = e.firstSentence + 1; s <= e.firstSentence + 3; s++) {
      const next = ctx.sentences[s];
      if (!next || pastCue(ctx, next.tokStart, next.tokEnd)) break;
      if (!futureCue(ctx, next.tokStart, next.tokEnd)) continue;
      // "Next year X will visit Y": a future of another day is no programme of this one.
      if (!spansWithin(ctx.times, next.start, next.end).some((x) => otherDay(x, R))) e.status = 'upcoming';
      break;
    }
  }
};

/** A time of another day than R; a part of the day ("in the afternoon") or the day itself is R's. */
function otherDay(x: TimeExpr, R: string): boolean {
  return x.fixed ? x.fixed.from > R || x.fixed.to < R : !!x.yearless || !!x.weekday || (x.shift ?? 0) !== 0;
}

/** The token of a present-tense occurrence verb right after its subject (a name, an office, a pronoun) in start..end, or -1. */
function presentVerb(ctx: Context, start: number, end: number, byEnd: ReturnType<typeof indexMentions>): number {
  const { tokens } = ctx;
  for (let k = firstIndex(tokens.length, (j) => (tokens[j]?.end ?? 0) <= start); k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.start >= end) break;
    if (t.cap) continue;
    const progressive = PROGRESSIVE.has(t.key) && BE_PRESENT.has(tokens[k - 1]?.key ?? '');
    const subject = byEnd.get(progressive ? k - 1 : k);
    if ((PRESENT.has(t.key) || progressive) && subject && SUBJECTS.has(subject.kind)) return k;
  }
  return -1;
}

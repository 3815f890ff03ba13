// "Following the meeting, they will hold a joint press conference": an occurrence said to follow another one the
// sentence refers back to, and given no time of its own, takes that occurrence's day and place (a day inside the span
// of the visit it was dated by as an item). Runs after the events
// are assembled (the reference back is then merged into the event it names).
import type { Context, DraftEvent } from '../context.ts';

const AFTER = new Set(['following', 'after']);
const DETERMINERS = new Set(['the', 'this', 'that', 'their', 'his', 'her', 'its']);

export const datedBySequence = (ctx: Context): void => {
  const { tokens } = ctx;
  const sentenceAt = new Map<number, number>();
  ctx.sentences.forEach((sent, i) => sentenceAt.set(sent.start, i));
  for (const e of ctx.events) {
    // Undated, or dated only by the visit it is an item of (a window and no time phrase of its own).
    if (e.timeText) continue;
    for (const span of e.evidence) {
      const s = sentenceAt.get(span.start);
      const sent = s === undefined ? undefined : ctx.sentences[s];
      if (s === undefined || !sent) continue;
      // The sentence opens with "Following the …" / "After their …" and a reference back right after the determiner.
      if (!AFTER.has(tokens[sent.tokStart]?.key ?? '') || !DETERMINERS.has(tokens[sent.tokStart + 1]?.key ?? '')) continue;
      if (!ctx.triggers.some((t) => t.tokStart >= sent.tokStart + 2 && t.tokStart <= sent.tokStart + 4 && t.anaphoric)) continue;
      // The event that reference went to: another event this sentence is evidence of, reported before and dated to a day.
      const before: DraftEvent | undefined = ctx.events.find((o) => o !== e && o.window?.precision === 'day' && o.firstSentence < s && o.evidence.some((sp) => sp.start === sent.start));
      // A day of the visit's span, not a day outside it.
      if (!before?.window || (e.window && (before.window.from < e.window.from || before.window.to > e.window.to))) continue;
      e.window = before.window;
      e.status = before.status;
      e.where ??= before.where;
      break;
    }
  }
};

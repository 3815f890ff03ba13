// "… will hold the next meeting of the Council in Bishkek. … the event will take place in the capital on November
// 26-27": a general noun ("the event", "this gathering") as the subject of a scheduling verb refers back to the
// occurrence the text reported last, and its time and place are that occurrence's. The noun alone names no kind, so
// it is a reference back (anaphoric trigger) of the kind of the last trigger outside quotations in the same or the
// two sentences before; with none there, it is nothing. One pass over the tokens and the triggers.
import type { Context, Trigger } from '../context.ts';

const NOUNS = new Set(['event', 'gathering', 'occasion']);
const DETERMINERS = new Set(['the', 'this', 'that']);
// The scheduling verb right after the noun: "will take place", "is scheduled", "was held", "is set to happen".
const VERBS = /^(?:will|is|was|would|shall|are)(?: also)?(?: be)? (?:take|took|taking|held|scheduled|set|planned|due|happen|convened|organi[sz]ed)\b/;
const LOOK_BACK = 2;

export const referToLastEvent = (ctx: Context): void => {
  const { tokens } = ctx;
  const added: Trigger[] = [];
  let t = 0;
  let last: Trigger | null = null;
  let q = 0;
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || !NOUNS.has(tok.key) || !DETERMINERS.has(tokens[i - 1]?.key ?? '')) continue;
    const words: string[] = [];
    for (let j = i + 1; j < tokens.length && words.length < 5 && tokens[j]?.type === 'word'; j++) words.push(tokens[j]?.key ?? '');
    if (!VERBS.test(words.join(' '))) continue;
    while (t < ctx.triggers.length && (ctx.triggers[t]?.tokStart ?? 0) < i) {
      const x = ctx.triggers[t++];
      if (x && !x.quoted && !x.topic) last = x;
    }
    while (q < ctx.quotes.length && (ctx.quotes[q]?.end ?? 0) <= tok.start) q++;
    const quote = ctx.quotes[q];
    const sentence = ctx.sentenceOf[i] ?? 0;
    if (!last || last.sentence < sentence - LOOK_BACK || last.tokEnd > i - 1) continue;
    added.push({
      ...last,
      start: tokens[i - 1]?.start ?? tok.start,
      end: tok.end,
      tokStart: i - 1,
      tokEnd: i + 1,
      sentence,
      anaphoric: true,
      verb: false,
      planned: false,
      such: false,
      topic: false,
      quoted: !!quote && quote.start <= tok.start,
      bodies: [...last.bodies],
      states: [...last.states],
    });
  }
  if (added.length === 0) return;
  ctx.triggers = [...ctx.triggers, ...added].sort((a, b) => a.tokStart - b.tokStart);
};

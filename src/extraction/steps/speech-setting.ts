// "Prime Minister X said on Tuesday that … At a ceremony marking the start of work on a bridge in Y, the Premier said
// …": an occasion named as where a speech was given ("At the … ceremony, X said"), with no time of its own, was held
// when the speech reported just before it was given. Only an occasion opening its sentence after "At", in a sentence
// whose verb is a speech verb, and a time said of a speech verb in the sentence before.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

const SAID = new Set(['said', 'stated', 'told', 'announced', 'declared', 'stressed', 'noted', 'remarked', 'explained']);

/** A time right before or after a speech verb in sentence s ("on Monday said", "said on Monday"). */
function timeOfSpeech(ctx: Context, s: number): TimeExpr | null {
  const sent = ctx.sentences[s];
  if (!sent) return null;
  return ctx.times.find((x) => x.tokStart >= sent.tokStart && x.tokEnd <= sent.tokEnd && !x.vague && x.shift === null && (SAID.has(ctx.tokens[x.tokEnd]?.key ?? '') || SAID.has(ctx.tokens[x.tokStart - 1]?.key ?? ''))) ?? null;
}

export function occasionOfSpeech(ctx: Context, cands: readonly Trigger[], timeOf: Map<Trigger, TimeExpr>, s: number): void {
  const sent = ctx.sentences[s];
  const t = cands[0];
  if (!sent || !t || t.kind !== 'other' || timeOf.has(t) || ctx.tokens[sent.tokStart]?.key !== 'at' || t.tokStart - sent.tokStart > 4) return;
  let spoken = false;
  for (let k = t.tokEnd; k < sent.tokEnd && !spoken; k++) spoken = SAID.has(ctx.tokens[k]?.key ?? '');
  const x = spoken ? timeOfSpeech(ctx, s - 1) : null;
  if (x) timeOf.set(t, x);
}

/**
 * After the assembly: the occasion dated by the speech before it is that speech's, so it was held (the speech is
 * reported as given), and its speaker, the subject of that sentence, took part when its own sentence names no one.
 */
export const speechOccasions = (ctx: Context): void => {
  for (const e of ctx.events) {
    const sp = e.evidence[0];
    if (e.kind !== 'other' || !e.timeSpan || !sp || e.timeSpan.start >= sp.start || !e.window) continue;
    const s = ctx.sentences.findIndex((x) => x.start <= e.timeSpan!.start && e.timeSpan!.start < x.end);
    if (s < 0 || s !== ctx.sentences.findIndex((x) => x.start === sp.start) - 1) continue;
    if (ctx.reference && e.window.to <= ctx.reference) e.status = 'held';
    if (e.people.length > 0) continue;
    const sent = ctx.sentences[s]!;
    const speaker = ctx.mentions.find((m) => m.tokStart >= sent.tokStart && m.tokEnd <= sent.tokEnd && (m.kind === 'person' || m.kind === 'role') && m.people.length === 1 && !m.quoted);
    if (speaker?.people[0]) e.people.push({ ...speaker.people[0] });
  }
};

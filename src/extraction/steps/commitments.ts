// Commitments: agreements, decisions, instructions and promises ("agreed to", "instructed", "will be signed").
import type { Context, PersonRef } from '../context.ts';
import type { Commitment } from '../types.ts';
import { resolveTime } from '../time/expressions.ts';
import { topicsIn } from './topics.ts';

const CUES = new Set([
  'agreed', 'agree', 'agrees', 'instructed', 'instructs', 'instruct', 'pledged', 'pledge', 'committed', 'commit',
  'promised', 'promise', 'decided', 'decide', 'undertook', 'undertake', 'signed', 'sign', 'formalize', 'formalise',
  'formalized', 'formalised', 'ordered', 'tasked', 'vowed', 'resolved', 'coordinated', 'adopted', 'adopt',
]);

export const findCommitments = (ctx: Context): void => {
  const { tokens, sentences, reference } = ctx;
  const out: Commitment[] = [];
  let mIdx = 0;
  let xIdx = 0;
  for (const s of sentences) {
    const people: PersonRef[] = [];
    const bodies: string[] = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < s.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (!m || m.quoted) continue;
      if (m.kind === 'body') bodies.push(ctx.gazetteer.bodies[m.body]?.name ?? m.surface);
      for (const p of m.people) if (!people.some((q) => q.person === p.person && q.name === p.name)) people.push(p);
    }
    let due = null;
    while (xIdx < ctx.times.length && (ctx.times[xIdx]?.tokStart ?? 0) < s.tokEnd) {
      const x = ctx.times[xIdx++];
      if (x && !due) {
        const w = resolveTime(x, reference, 'future', null);
        if (w) due = { from: w.from, to: w.to, precision: w.precision, tentative: false, text: ctx.body.slice(x.start, x.end) };
      }
    }
    let cue = -1;
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const t = tokens[i];
      if (!t || !CUES.has(t.key)) continue;
      // "agreed on the need" is an agreement too, but "the agreed date" is not.
      if (tokens[i - 1]?.key === 'the') continue;
      cue = i;
      break;
    }
    if (cue < 0) continue;
    const start = tokens[cue]?.start ?? s.start;
    out.push({
      text: ctx.body.slice(start, s.end).replace(/[.\s]+$/, ''),
      by: people.map((p) => (p.person >= 0 ? `#${p.person}` : p.name)),
      to: [],
      topics: topicsIn(ctx.text.slice(s.start, s.end)),
      due,
      evidence: [{ start: s.start, end: s.end }],
    });
    if (out[out.length - 1]?.by.length === 0) out[out.length - 1]!.by = bodies;
  }
  ctx.commitments = out;
};

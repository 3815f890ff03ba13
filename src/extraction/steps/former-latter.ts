// "The last contact between A and B was on 3 May. The latter had called the former that day": "the former" and "the
// latter" are the earlier and the later of the last two people the text named before them. Added as mentions of those
// people, so the events of their sentences take them. "the former President of X" is an office, not a reference back.
import type { Context, Mention } from '../context.ts';
import { lastTwoNamed } from './participants.ts';

/** Words after "the former" that make it an adjective of an office or a state ("the former president", "the former Soviet Union"). */
const NOUNS = new Set(['president', 'prime', 'minister', 'head', 'heads', 'leader', 'leaders', 'member', 'members', 'state', 'states', 'capital', 'colony', 'colonial', 'republic', 'republics', 'chairman', 'chair', 'secretary', 'ambassador', 'chancellor', 'king', 'queen', 'foreign', 'deputy', 'vice', 'general', 'official', 'officials', 'one', 'two', 'case', 'option', 'country', 'government', 'regime', 'part', 'half']);

export const formerAndLatter = (ctx: Context): void => {
  const { tokens } = ctx;
  const added: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const key = tokens[i]?.key;
    if ((key !== 'former' && key !== 'latter') || tokens[i - 1]?.key !== 'the') continue;
    const next = tokens[i + 1];
    if (next && (next.cap || NOUNS.has(next.key) || next.text === '-')) continue;
    const two = lastTwoNamed(ctx, i - 1, () => true);
    const p = two?.[key === 'former' ? 0 : 1];
    if (!p) continue;
    const start = tokens[i - 1]?.start ?? 0;
    const end = tokens[i]?.end ?? 0;
    const quoted = ctx.quotes.some((q) => q.start <= start && end <= q.end);
    added.push({ kind: 'pronoun', start, end, tokStart: i - 1, tokEnd: i + 1, people: [p], country: p.country, body: -1, surface: ctx.body.slice(start, end), quoted });
  }
  if (added.length === 0) return;
  ctx.mentions.push(...added);
  ctx.mentions.sort((a, b) => a.start - b.start);
};

// Topic labels from keywords (the schema's list), over an event's sentences and the discussion that follows them.
import type { Context } from '../context.ts';
import type { Topic } from '../types.ts';

const KEYWORDS: [string, Topic][] = [
  ['econom', 'economy'], ['trade', 'trade'], ['energy', 'energy'], ['oil', 'energy'], ['gas', 'energy'],
  ['financ', 'finance'], ['industr', 'industry'], ['agricultur', 'agriculture'], ['transport', 'transport'],
  ['import substitution', 'import_substitution'], ['sanction', 'sanctions'], ['single market', 'single_market'],
  ['common market', 'single_market'], ['integration', 'integration'], ['union state', 'integration'],
  ['security', 'security'], ['defence', 'defence'], ['defense', 'defence'], ['military', 'military'],
  ['conflict', 'conflict'], ['war', 'conflict'], ['nuclear', 'nuclear'], ['politic', 'politics'],
  ['foreign policy', 'foreign_policy'], ['international', 'foreign_policy'], ['bilateral relations', 'foreign_policy'],
  ['election', 'elections'], ['migration', 'migration'], ['humanitarian', 'humanitarian'], ['health', 'health'],
  ['education', 'education'], ['cultur', 'culture'], ['science', 'science'], ['technolog', 'technology'],
  ['digital', 'technology'], ['space', 'space'], ['climate', 'climate'], ['infrastructure', 'infrastructure'],
  ['labour', 'labour'], ['media', 'media'], ['regional', 'regional'], ['central asia', 'regional'], ['sport', 'sport'],
  ['touris', 'tourism'],
];

export function topicsIn(text: string): Topic[] {
  const lower = text.toLowerCase();
  const out: Topic[] = [];
  for (const [k, t] of KEYWORDS) {
    const i = lower.indexOf(k);
    if (i < 0 || out.includes(t)) continue;
    // Whole-word start: "war" is not "toward".
    if (i > 0 && /\p{L}/u.test(lower[i - 1] ?? '')) continue;
    out.push(t);
  }
  return out;
}

export const assignTopics = (ctx: Context): void => {
  for (const e of ctx.events) {
    for (const sp of e.evidence) for (const t of topicsIn(ctx.text.slice(sp.start, sp.end))) e.topics.add(t);
  }
};

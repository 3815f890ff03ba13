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

// One alternation, compiled once; a word start is required ("war" is not "toward").
const PATTERN = new RegExp(`(?<![\\p{L}])(?:${KEYWORDS.map(([k]) => k).join('|')})`, 'giu');
const TOPIC_OF = new Map(KEYWORDS.map(([k, t]) => [k, t]));

export function topicsIn(text: string): Topic[] {
  const out: Topic[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const t = TOPIC_OF.get(m[0].toLowerCase());
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export const assignTopics = (ctx: Context): void => {
  for (const e of ctx.events) {
    for (const sp of e.evidence) for (const t of topicsIn(ctx.text.slice(sp.start, sp.end))) e.topics.add(t);
  }
};

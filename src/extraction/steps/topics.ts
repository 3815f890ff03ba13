// Topic labels from keywords (the schema's list), over an event's sentences and the discussion that follows them.
import { firstIndex } from '../context.ts';
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

// One alternation, compiled once (ASCII keywords, so no Unicode mode: V8 scans for it much faster). A word start is
// required ("war" is not "toward"), checked on the character before a hit rather than by a lookbehind at every position.
const PATTERN = new RegExp(KEYWORDS.map(([k]) => k).join('|'), 'gi');
const LETTER = /\p{L}/u;
const TOPIC_OF = new Map(KEYWORDS.map(([k, t]) => [k, t]));

interface TopicHits {
  starts: number[];
  ends: number[];
  topics: Topic[];
}
const hitsOf = new WeakMap<Context, TopicHits>();

/**
 * The topics of the keywords wholly inside [start, end) of the readout. The text is scanned once per readout and the
 * hits kept: events and commitments share sentences, and scanning each span again was a twentieth of the extractor's time.
 */
export function topicsBetween(ctx: Context, start: number, end: number): Topic[] {
  let hits = hitsOf.get(ctx);
  if (!hits) {
    hits = { starts: [], ends: [], topics: [] };
    const text = ctx.text;
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      if (m.index > 0 && LETTER.test(text[m.index - 1] ?? '')) {
        PATTERN.lastIndex = m.index + 1;
        continue;
      }
      const t = TOPIC_OF.get(m[0].toLowerCase());
      if (!t) continue;
      hits.starts.push(m.index);
      hits.ends.push(m.index + m[0].length);
      hits.topics.push(t);
    }
    hitsOf.set(ctx, hits);
  }
  const lo = firstIndex(hits.starts.length, (k) => (hits.starts[k] ?? 0) < start);
  const out: Topic[] = [];
  for (let i = lo; i < hits.starts.length && (hits.starts[i] ?? end) < end; i++) {
    const t = hits.topics[i];
    if (t && (hits.ends[i] ?? end + 1) <= end && !out.includes(t)) out.push(t);
  }
  return out;
}

export const assignTopics = (ctx: Context): void => {
  for (const e of ctx.events) {
    for (const sp of e.evidence) for (const t of topicsBetween(ctx, sp.start, sp.end)) e.topics.add(t);
  }
};

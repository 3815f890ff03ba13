// One-on-one meetings listed in pairs: "one-on-one talks between Kang and Yi and Kang and Kono may also take place on
// the sidelines" are two meetings, each pair its own, not one meeting of three. The list is read as pairs only when a
// name comes back ("A and B and A and C"); "talks between A and B" stays the one meeting the assembly made.
// Runs after the assembly: a pair's meeting takes the time, place and status of the gathering its sentence, or the
// one before, reports (the sidelines of which the pairs meet at).
import { indexMentions, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { draftEvent } from './draft.ts';

const HEADS = new Set(['talks', 'meeting', 'meetings', 'talk', 'consultations', 'discussions', 'one-on-ones']);
const PEOPLE_KINDS = new Set(['person', 'role', 'bound']);
const GATHERINGS = new Set(['talks', 'summit', 'session', 'visit']);

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b);

/** A bare word the gazetteer does not know ("Yi") is the person already named whose name has that word ("Wang Yi"). */
function known(ctx: Context, word: string, people: readonly PersonRef[]): PersonRef {
  const w = word.toLowerCase();
  const hit = people.find((p) => (p.person >= 0 ? (ctx.gazetteer.people[p.person]?.name ?? p.name) : p.name).toLowerCase().split(/[\s-]+/).includes(w));
  return hit ? { ...hit } : { person: -1, name: word, role: null, country: null };
}

export const pairTalks = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]?.key !== 'between' || !HEADS.has(tokens[i - 1]?.key ?? '')) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    // The gathering the pairs meet at: a dated event this sentence reports, else one the sentence before reports.
    const reporting = (at: number | undefined): DraftEvent | undefined =>
      at === undefined ? undefined : ctx.events.find((e) => GATHERINGS.has(e.kind) && e.window && e.evidence.some((sp) => sp.start <= at && sp.end > at));
    const host = reporting(sent.start) ?? reporting(ctx.sentences[s - 1]?.start);
    if (!host) continue;
    const names: PersonRef[] = [];
    let k = i + 1;
    while (k < sent.tokEnd) {
      const t = tokens[k];
      if (!t) break;
      if (t.key === 'and' || t.text === ',') {
        k++;
        continue;
      }
      const m = mentionAt.get(k);
      if (m && PEOPLE_KINDS.has(m.kind) && m.people[0]) {
        names.push({ ...m.people[0] });
        k = m.tokEnd;
        continue;
      }
      if (t.type === 'word' && t.cap && !m) {
        names.push(known(ctx, t.text, host.people));
        k++;
        continue;
      }
      break;
    }
    if (names.length < 4 || names.length % 2 !== 0 || tokens[k - 1]?.key === 'and') continue;
    const pairs: [PersonRef, PersonRef][] = [];
    for (let j = 0; j < names.length; j += 2) pairs.push([names[j] as PersonRef, names[j + 1] as PersonRef]);
    // Read as pairs only when a name comes back in another pair, and no pair is one person twice.
    const repeated = pairs.some(([a, b], j) => pairs.some(([c, d], q) => q !== j && (same(a, c) || same(a, d) || same(b, c) || same(b, d))));
    if (!repeated || pairs.some(([a, b]) => same(a, b))) continue;
    for (const [a, b] of pairs) {
      const meeting: DraftEvent = draftEvent({ kind: 'talks', status: host.status, window: host.window, people: [a, b], where: host.where, tentative: host.tentative }, sent, s);
      ctx.events.push(meeting);
    }
  }
};

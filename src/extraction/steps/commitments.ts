// Commitments: agreements, decisions, instructions and promises ("agreed to", "instructed", "will be signed", "concurred
// on continuing", "we will continue to"). One per cue clause: a sentence with two cues in two clauses gives two.
import type { Context, PersonRef } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import type { Commitment, TimeWindow } from '../types.ts';
import { resolveTime } from '../time/expressions.ts';
import { buildPhraseTrie, matchPhrase } from '../text/phrases.ts';
import { topicsIn } from './topics.ts';

const CUES = new Set([
  'agreed', 'agree', 'agrees', 'instructed', 'instructs', 'instruct', 'pledged', 'pledge', 'committed', 'commit',
  'promised', 'promise', 'decided', 'decide', 'undertook', 'undertake', 'signed', 'sign', 'formalize', 'formalise',
  'formalized', 'formalised', 'ordered', 'tasked', 'vowed', 'resolved', 'coordinated', 'adopted', 'adopt', 'concurred',
]);

// Cues of more than one word: promises and plans that the single words above would miss or over-read.
const PHRASES = buildPhraseTrie<true>([
  ['will continue to', true], ['will carry out', true], ['would like to continue', true], ['would like to further', true],
  ['would like to appropriately', true], ['would like to coordinate', true], ['decision to', true], ['upcoming contacts', true],
  ['future contacts', true], ['series of meetings', true], ['extended an invitation', true], ['invited', true],
  ['to be signed', true], ['will be signed', true],
].map(([p, v]) => [p as string, v as true]));

// Who is told to act: "instructed the Government to", "the ministries were tasked with".
const DIRECTIVES = new Set(['instructed', 'instructs', 'instruct', 'ordered', 'tasked', 'charged', 'commissioned', 'directed']);
const MODALS = new Set(['should', 'must', 'could', 'can', 'may', 'might', 'would', 'ought']);
const BE = new Set(['be', 'been', 'being']);

function keysAt(tokens: readonly Token[], i: number, end: number): string[] {
  const out: string[] = [];
  for (let j = i; j < end && out.length < 4; j++) out.push(tokens[j]?.key ?? '');
  return out;
}

/** Whether token i starts a cue: a word or phrase above, not "the agreed date", not an opinion ("should be resolved"). */
function cueLength(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t || t.type !== 'word') return 0;
  if (PHRASES.next.has(t.key)) {
    const m = matchPhrase(PHRASES, keysAt(tokens, i, end));
    if (m) return m.length;
  }
  if (!CUES.has(t.key)) return 0;
  if (tokens[i - 1]?.key === 'the') return 0;
  if (BE.has(tokens[i - 1]?.key ?? '') && MODALS.has(tokens[i - 2]?.key ?? '')) return 0;
  return 1;
}

const BOUNDARY = new Set([',', ';', ':']);

export const findCommitments = (ctx: Context): void => {
  const { tokens, sentences, reference, gazetteer: g } = ctx;
  const out: Commitment[] = [];
  let mIdx = 0;
  let xIdx = 0;
  for (const s of sentences) {
    const people: PersonRef[] = [];
    const bodies: string[] = [];
    const sentenceMentions = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < s.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (!m) continue;
      sentenceMentions.push(m);
      if (m.quoted) continue;
      if (m.kind === 'body') bodies.push(g.bodies[m.body]?.name ?? m.surface);
      for (const p of m.people) if (!people.some((q) => q.person === p.person && q.name === p.name)) people.push(p);
    }
    let due: TimeWindow | null = null;
    while (xIdx < ctx.times.length && (ctx.times[xIdx]?.tokStart ?? 0) < s.tokEnd) {
      const x = ctx.times[xIdx++];
      if (x && !due) {
        const w = resolveTime(x, reference, 'future', null);
        if (w) due = { from: w.from, to: w.to, precision: w.precision, tentative: false, text: ctx.body.slice(x.start, x.end) };
      }
    }
    // Cue positions, then one clause per cue: a cue after a clause boundary that follows another cue starts a new one.
    const cues: number[] = [];
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const n = cueLength(tokens, i, s.tokEnd);
      if (n === 0) continue;
      cues.push(i);
      i += n - 1;
    }
    if (cues.length === 0) continue;
    const starts: number[] = [];
    for (const c of cues) {
      const prev = starts[starts.length - 1];
      if (prev === undefined) {
        starts.push(c);
        continue;
      }
      let cut = -1;
      for (let k = c - 1; k > prev; k--) {
        if (BOUNDARY.has(tokens[k]?.text ?? '') || tokens[k]?.text === '.' || (tokens[k]?.key === 'and' && BOUNDARY.has(tokens[k - 1]?.text ?? ''))) {
          cut = k + 1;
          break;
        }
      }
      if (cut > 0) starts.push(cut);
    }
    for (let n = 0; n < starts.length; n++) {
      const a = n === 0 ? s.tokStart : (starts[n] ?? s.tokStart);
      const b = n + 1 < starts.length ? (starts[n + 1] ?? s.tokEnd) : s.tokEnd;
      const cue = cues.find((c) => c >= a && c < b) ?? a;
      const start = tokens[n === 0 ? cue : a]?.start ?? s.start;
      const spanStart = tokens[a]?.start ?? s.start;
      const spanEnd = tokens[b - 1]?.end ?? s.end;
      const by = people.map((p) => (p.person >= 0 ? `#${p.person}` : p.name));
      out.push({
        text: ctx.body.slice(start, spanEnd).replace(/[.,;\s]+$/, ''),
        by: by.length > 0 ? by : bodies,
        to: addressees(ctx, cue, a, b, sentenceMentions),
        topics: topicsIn(ctx.text.slice(spanStart, spanEnd)),
        due,
        evidence: [{ start: spanStart, end: spanEnd }],
      });
    }
  }
  ctx.commitments = out;
};

/** "instructed the Government and the Ministry of Energy to …" or "the governments were instructed to …": who must act. */
function addressees(ctx: Context, cue: number, a: number, b: number, mentions: readonly Context['mentions'][number][]): string[] {
  const { tokens, gazetteer: g } = ctx;
  if (!DIRECTIVES.has(tokens[cue]?.key ?? '')) return [];
  const name = (m: Context['mentions'][number]): string => (m.kind === 'body' ? (g.bodies[m.body]?.name ?? m.surface) : m.surface);
  const passive = BE.has(tokens[cue - 1]?.key ?? '') || tokens[cue - 1]?.key === 'were' || tokens[cue - 1]?.key === 'was';
  if (passive) {
    const found = mentions.filter((m) => m.tokStart >= a && m.tokEnd <= cue && m.kind === 'body').map(name);
    if (found.length > 0) return found;
    // "the governments were instructed": the noun phrase that is the subject.
    let k = cue - 2;
    while (k >= a && tokens[k]?.type === 'word' && !BE.has(tokens[k]?.key ?? '')) k--;
    const words = tokens.slice(k + 1, cue - 1).filter((t) => t.type === 'word' && t.key !== 'the');
    return words.length > 0 && words.length <= 6 ? [ctx.body.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0)] : [];
  }
  let end = cue + 1;
  while (end < b && tokens[end]?.key !== 'to' && tokens[end]?.key !== 'with') end++;
  return mentions.filter((m) => m.tokStart > cue && m.tokEnd <= end && (m.kind === 'body' || m.kind === 'person' || m.kind === 'role' || m.kind === 'bound')).map(name);
}

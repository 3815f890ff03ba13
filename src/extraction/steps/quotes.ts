// Direct quotations: spans between quotation marks (typographic or straight) of more than five words, and who said
// them, from the attribution after ("…," the President of Belarus added) or before (X said: "…").
import type { Context, Mention, PersonRef, QuoteSpan } from '../context.ts';

const OPEN = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSE = new Set(['\u201D', '\u00BB']);
const SPEECH = new Set([
  'said', 'says', 'added', 'adds', 'stressed', 'noted', 'emphasized', 'emphasised', 'stated', 'remarked', 'told',
  'explained', 'declared', 'underlined', 'pointed', 'continued', 'concluded', 'observed', 'recalled', 'commented',
  'insisted', 'asserted', 'announced', 'wrote', 'according', 'believes', 'warned', 'urged', 'replied', 'answered',
]);

function words(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

/** Finds quotation spans on the original body, where opening and closing marks still differ. */
export const findQuoteSpans = (ctx: Context): void => {
  const body = ctx.body;
  const out: QuoteSpan[] = [];
  let open = -1;
  let straight = false;
  const emit = (a: number, b: number): void => {
    let s = a + 1;
    let e = b;
    while (s < e && /\s/.test(body[s] ?? '')) s++;
    while (e > s && /[\s,]/.test(body[e - 1] ?? '')) e--;
    const text = body.slice(s, e);
    if (words(text) > 5) out.push({ speaker: null, text, start: s, end: e, outerStart: a, outerEnd: Math.min(b + 1, body.length) });
  };
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    // Fast path: only line breaks and quotation marks matter here.
    if (code !== 10 && code !== 34 && code !== 0x201c && code !== 0x201d && code !== 0xab && code !== 0xbb && code !== 0x201e) continue;
    const c = body[i] ?? '';
    if (c === '\n') {
      // A quotation continued in the next paragraph opens it again without closing this one.
      if (open >= 0 && !straight) {
        let k = i;
        while (k < body.length && /\s/.test(body[k] ?? '')) k++;
        if (OPEN.has(body[k] ?? '')) emit(open, i);
      }
      open = -1;
      continue;
    }
    if (OPEN.has(c)) {
      if (open < 0 || straight) [open, straight] = [i, false];
    } else if (CLOSE.has(c)) {
      if (open >= 0 && !straight) emit(open, i);
      open = -1;
    } else if (c === '"') {
      if (open >= 0 && straight) {
        emit(open, i);
        open = -1;
      } else if (open < 0) [open, straight] = [i, true];
    }
  }
  ctx.quotes = out;
};

/** Names the speaker of each quotation from the mentions next to it. */
export const attributeQuotes = (ctx: Context): void => {
  const { mentions, tokens } = ctx;
  if (ctx.quotes.length === 0) return;
  const starts = mentions.map((m) => m.start);
  const speakerOf = (m: Mention): PersonRef | null => (m.people.length === 1 ? (m.people[0] ?? null) : null);
  const isSpeaker = (m: Mention): boolean => (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && !m.quoted;
  // Token index at or after an offset, by binary search.
  const tokAt = (off: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const mentionFrom = (off: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) < off) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const q of ctx.quotes) {
    let speaker: PersonRef | null = null;
    // After: up to ten tokens to the end of the sentence, with a speech verb among them.
    const a = tokAt(q.outerEnd);
    let hasVerb = false;
    let stop = a;
    for (; stop < tokens.length && stop < a + 12; stop++) {
      const t = tokens[stop];
      if (!t || (stop > a && (t.lineBefore || t.text === '.' || t.text === '"' || t.text === '\u201C'))) break;
      if (SPEECH.has(t.key)) hasVerb = true;
    }
    if (hasVerb) {
      const end = tokens[stop - 1]?.end ?? q.outerEnd;
      for (let k = mentionFrom(q.outerEnd); k < mentions.length && (mentions[k]?.start ?? end) < end; k++) {
        const m = mentions[k];
        if (m && isSpeaker(m) && speakerOf(m)) {
          speaker = speakerOf(m);
          break;
        }
        if (m && m.kind === 'bound') {
          const owner = mentions[k + 1] ?? mentions[k - 1];
          if (owner && owner.kind === 'person') speaker = speakerOf(owner);
          if (speaker) break;
        }
      }
    }
    // Before: "X said:", "According to X,", within the same sentence.
    if (!speaker) {
      const b = tokAt(q.outerStart);
      let hasBefore = false;
      let from = b;
      for (; from > 0 && from > b - 15; from--) {
        const t = tokens[from - 1];
        if (!t || (t.text === '.' && from < b - 1) || tokens[from]?.lineBefore) break;
        if (SPEECH.has(t.key)) hasBefore = true;
      }
      if (hasBefore) {
        const start = tokens[from]?.start ?? q.outerStart;
        for (let k = mentionFrom(q.outerStart) - 1; k >= 0 && (mentions[k]?.start ?? 0) >= start; k--) {
          const m = mentions[k];
          if (m && isSpeaker(m) && speakerOf(m)) {
            speaker = speakerOf(m);
            break;
          }
        }
      }
    }
    if (speaker) q.speaker = speaker.person >= 0 ? `#${speaker.person}` : speaker.name;
  }
};

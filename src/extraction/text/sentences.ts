// Sentence boundaries over tokens: terminal punctuation not belonging to an abbreviation or an initial, and line breaks.
import type { Token } from './tokens.ts';

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Index of the paragraph (block of lines) the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'e', 'i', 'g', 'a', 'p', 'm', 'h',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'lt', 'sgt',
  'rep', 'sen', 'gov', 'hon', 'rev', 'messrs', 'approx', 'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'corp', 'art', 'para',
]);

// Abbreviated parts of names written with a full stop: "Mohd." (Mohammad), "Hj." (Haji); and any capital with one or two
// consonants ("Th.", "Ch.", "Sz.", "Md.", "Ts."), except a surname that is written whole ("Ng").
const NAME_ABBREVIATIONS = new Set(['mohd', 'muhd', 'mhd', 'hj', 'wm']);
const WHOLE_NAMES = new Set(['ng']);

/** A word that abbreviates part of a name ("Guðni Th. Jóhannesson", "Md. Rafiqul Islam"), when a full stop follows it. */
export function isNameAbbreviation(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !t.cap || t.upper || ABBREVIATIONS.has(t.key) || WHOLE_NAMES.has(t.key)) return false;
  return NAME_ABBREVIATIONS.has(t.key) || /^[A-Z][bcdfghjklmnpqrstvwxz]{1,2}$/.test(t.text);
}

// Words that open sentences and never continue a name.
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these',
  'those', 'in', 'on', 'at', 'after', 'before', 'during', 'following', 'later', 'then', 'also', 'both', 'but', 'and',
]);

// Adverbs that open a sentence and are no part of a name.
const OPENING_ADVERBS = new Set(['separately', 'meanwhile', 'elsewhere', 'however', 'moreover', 'furthermore', 'additionally', 'nevertheless']);

export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let startTok = 0;
  let paragraph = 0;
  const push = (endTok: number): void => {
    if (endTok <= startTok) return;
    const a = tokens[startTok];
    const b = tokens[endTok - 1];
    if (a && b) out.push({ start: a.start, end: b.end, tokStart: startTok, tokEnd: endTok, paragraph });
    startTok = endTok;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.lineBefore && i > startTok) {
      push(i);
      if (/\n[ ]*\n/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start))) paragraph++;
    } else if (t.lineBefore && /\n[ ]*\n/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start))) {
      paragraph++;
    }
    if (t.type !== 'punct' || (t.text !== '.' && t.text !== '!' && t.text !== '?')) continue;
    // Closing quotes and brackets that follow the mark stay with the sentence.
    let j = i + 1;
    while (j < tokens.length && tokens[j]?.type === 'punct' && !tokens[j]?.spaceBefore && /^["')\]]$/.test(tokens[j]?.text ?? '')) j++;
    const next = tokens[j];
    if (!next) {
      push(j);
      i = j - 1;
      continue;
    }
    // "… early next week.Seoul's Foreign Ministry said …" (pages stored without the space): a full stop between a
    // lower-case word and a capitalised one ends the sentence even so; not "U.S.", "St.Petersburg", "24.kg", "e.g.".
    if (!next.spaceBefore && !(t.text === '.' && j === i + 1 && runTogether(tokens[i - 1], next))) continue;
    if (t.text === '.') {
      const prev = tokens[i - 1];
      if (prev && prev.end === t.start && prev.type === 'word') {
        // "Mr.", "Jan.", an initial "H.", the last dot of "U.S." followed by a lower-case word.
        // Not before a sentence adverb set off by a comma ("… with Prime Minister B. Separately, she …"): no name.
        const opens = OPENING_ADVERBS.has(next.key) && tokens[j + 1]?.text === ',';
        if (ABBREVIATIONS.has(prev.key) && !next.lineBefore && !opens) continue;
        if (prev.text.length === 1 && prev.cap && !next.lineBefore && !opens) continue;
        // "Guðni Th. Jóhannesson", "Md. Rafiqul Islam": an abbreviated part of a name before the rest of it.
        if (isNameAbbreviation(prev) && !next.lineBefore && next.type === 'word' && next.cap && !OPENERS.has(next.key) && !OPENING_ADVERBS.has(next.key)) continue;
      }
      if (!next.lineBefore && next.type === 'word' && !next.cap) continue;
    }
    push(j);
    i = j - 1;
  }
  push(tokens.length);
  return out;
}

function runTogether(prev: Token | undefined, next: Token): boolean {
  if (!prev || prev.type !== 'word' || prev.cap || prev.text.length < 3 || ABBREVIATIONS.has(prev.key)) return false;
  return next.type === 'word' && next.cap && !next.upper && next.text.length >= 2;
}

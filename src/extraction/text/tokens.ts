// Tokens over the normalised body: words, numbers (with an ordinal suffix) and single punctuation marks.

export type TokenType = 'word' | 'num' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  /** Lower case without diacritics and without a possessive 's: the key for lexicons. */
  key: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Entirely upper case, two letters or more. */
  upper: boolean;
  /** A line break lies between this token and the previous one. */
  lineBefore: boolean;
  /** Whitespace lies between this token and the previous one. */
  spaceBefore: boolean;
  possessive: boolean;
  /** Numeric value for num tokens. */
  value: number;
}

// One alternative per token class; no nested quantifiers, so matching is linear.
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:'[\p{L}]+)?|\p{N}+(?:st|nd|rd|th)?|[^\s\p{L}\p{M}\p{N}]/gu;

export function foldKey(word: string): string {
  const s = word.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return s;
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const gap = start > prevEnd ? text.slice(prevEnd, start) : '';
    const first = raw.charCodeAt(0);
    const isDigit = first >= 48 && first <= 57;
    let type: TokenType;
    if (isDigit || /^\p{N}/u.test(raw)) type = 'num';
    else if (/^[\p{L}\p{M}]/u.test(raw)) type = 'word';
    else type = 'punct';
    let key = type === 'word' ? foldKey(raw) : raw.toLowerCase();
    let possessive = false;
    if (type === 'word' && key.endsWith("'s")) {
      key = key.slice(0, -2);
      possessive = true;
    } else if (type === 'word' && key.includes("'")) {
      key = key.replace("'", '');
    }
    const lower = raw.toLowerCase();
    out.push({
      type,
      text: raw,
      key,
      start,
      end: start + raw.length,
      cap: type === 'word' && raw !== lower,
      upper: type === 'word' && raw.length >= 2 && raw === raw.toUpperCase() && raw !== lower,
      lineBefore: gap.includes('\n'),
      spaceBefore: gap.length > 0,
      possessive,
      value: type === 'num' ? parseInt(raw, 10) : NaN,
    });
    prevEnd = start + raw.length;
  }
  return out;
}

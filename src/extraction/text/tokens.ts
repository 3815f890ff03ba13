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

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

/** 0 space, 1 letter, 2 digit, 3 other; ASCII by code, the rest by Unicode class. */
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    if (c >= 48 && c <= 57) return 2;
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12) return 0;
    return 3;
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (LETTER.test(ch)) return 1;
  if (DIGIT.test(ch)) return 2;
  if (SPACE.test(ch)) return 0;
  return 3;
}

function unitLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

export function foldKey(word: string): string {
  return foldLower(word.toLowerCase());
}

/** foldKey of a word already in lower case. */
function foldLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 127) return s.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return s;
}

/** Entirely upper case (two letters or more), without allocating an upper-cased copy for ASCII words. */
function isUpper(raw: string, lower: string): boolean {
  if (raw.length < 2 || raw === lower) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 127) return raw === raw.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** One pass over the characters: words (letters, then letters or digits, with one inner apostrophe), numbers (with an ordinal suffix), single marks. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let lineBefore = false;
  let spaceBefore = false;
  while (i < n) {
    const cls = classOf(text, i);
    if (cls === 0) {
      if (text.charCodeAt(i) === 10) lineBefore = true;
      spaceBefore = true;
      i += unitLength(text, i);
      continue;
    }
    const start = i;
    let type: TokenType;
    if (cls === 1) {
      type = 'word';
      i += unitLength(text, i);
      while (i < n) {
        const k = classOf(text, i);
        if (k === 1 || k === 2) i += unitLength(text, i);
        else break;
      }
      if (text.charCodeAt(i) === 39 && i + 1 < n && classOf(text, i + 1) === 1) {
        i++;
        while (i < n && classOf(text, i) === 1) i += unitLength(text, i);
      }
    } else if (cls === 2) {
      type = 'num';
      i += unitLength(text, i);
      while (i < n && classOf(text, i) === 2) i += unitLength(text, i);
      // Ordinal suffixes (st, nd, rd, th in either case), read by character code.
      const a = text.charCodeAt(i) | 32;
      const b = text.charCodeAt(i + 1) | 32;
      if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) i += 2;
    } else {
      type = 'punct';
      i += unitLength(text, i);
    }
    const raw = text.slice(start, i);
    let key = raw;
    let possessive = false;
    let cap = false;
    let upper = false;
    if (type === 'word') {
      const lower = raw.toLowerCase();
      cap = raw.charCodeAt(0) !== lower.charCodeAt(0);
      upper = isUpper(raw, lower);
      key = foldLower(lower);
      if (key.endsWith("'s")) {
        key = key.slice(0, -2);
        possessive = true;
      } else if (key.includes("'")) key = key.replace("'", '');
    } else if (type === 'num') key = raw.toLowerCase();
    out.push({ type, text: raw, key, start, end: i, cap, upper, lineBefore, spaceBefore, possessive, value: type === 'num' ? parseInt(raw, 10) : NaN });
    lineBefore = false;
    spaceBefore = false;
  }
  return out;
}

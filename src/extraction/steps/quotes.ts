// Direct quotations: spans between quotation marks of more than five words, and who said them, from the attribution
// after ("…," the President of Belarus added) or before (X said: "…").
//
// Marks: double (“ ” « » „ and straight "), single (‘ ’ and straight ') and doubled singles (‘’ … ’’), told apart
// from apostrophes by what stands on either side. Straight and single marks open where a word starts and close where
// one ends. Only outermost quotations count; marks inside an open quotation of the other family are nested quotes.
// A quotation that is not closed at the end of its paragraph continues into the next ones, whether or not they open
// with a mark again (the English convention), until its closing mark; an opening mark inside a paragraph (not at its
// start) gives up an earlier quotation that never closed. Not quotations: scare quotes (five words or fewer) and the
// quoted titles of documents, programmes and slogans ("the agreement “On Cooperation in …”").
import { firstIndex } from '../context.ts';
import type { Context, Mention, PersonRef, QuoteSpan } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import { matchRole } from './roles.ts';

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'both';

// Speech verbs as participles: their subject is the subject of the sentence's main verb ("Aliyev welcomed Erdogan,
// saying …" is Aliyev's).
const PARTICIPLES = [
  'saying', 'adding', 'noting', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'underscoring', 'stating',
  'declaring', 'explaining', 'insisting', 'warning', 'urging', 'recalling', 'pointing', 'describing', 'calling',
  'highlighting', 'reiterating', 'affirming', 'asserting', 'remarking', 'observing', 'telling', 'writing', 'concluding',
];
const PARTICIPLE_SET = new Set(PARTICIPLES);

const SPEECH = new Set([
  'said', 'says', 'say', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes', 'emphasized', 'emphasised', 'emphasizes',
  'emphasises', 'stated', 'states', 'remarked', 'told', 'tells', 'explained', 'declared', 'underlined', 'underscored',
  'pointed', 'continued', 'concluded', 'observed', 'recalled', 'commented', 'insisted', 'asserted', 'announced', 'wrote',
  'writes', 'according', 'believes', 'warned', 'urged', 'replied', 'answered', 'responded', 'asked', 'reports',
  'reported', 'quoted', 'quotes', 'cited', 'cites', 'reads', 'read', 'assured', 'affirmed', 'reaffirmed', 'confirmed',
  'reiterated', 'highlighted', 'mentioned', 'acknowledged', 'admitted', 'argued', 'claimed', 'suggested', 'proposed',
  'summed', 'shared', 'addressed', 'greeted', 'informed', 'went', 'spoke', 'speaking', 'saying', 'words', 'briefed',
  // Posts and characterisations ("X tweeted: …", "X described the talks as “…”", "called the visit “…”") and the
  // participles that continue a sentence with someone's words ("…, stressing that “…”", "noting: “…”").
  'tweeted', 'posted', 'described', 'describes', 'called', 'calls', 'termed', 'dubbed',
  ...PARTICIPLES,
]);

// Words that, written right before a quotation mark, make what follows the title of a document or a motto.
const TITLE_BEFORE = new Set([
  'agreement', 'agreements', 'treaty', 'declaration', 'memorandum', 'programme', 'program', 'strategy', 'concept',
  'plan', 'law', 'resolution', 'decision', 'decisions', 'convention', 'protocol', 'charter', 'document', 'documents',
  'roadmap', 'accord', 'communique', 'communiqué', 'project', 'initiative', 'book', 'article', 'report', 'titled',
  'entitled', 'dubbed', 'themed', 'theme', 'motto', 'slogan', 'order', 'decree', 'instruction', 'doctrine', 'act',
  'exercise', 'exercises', 'operation', 'forum', 'festival', 'award', 'medal', 'prize', 'named',
]);

// Capitalised words that end a bare name read next to a speech verb: offices, institutions, and words that open a
// sentence ("Ministry of Foreign Affairs added", "the Presidential Communications Office said" name no person).
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'in', 'on', 'at', 'of', 'and', 'for', 'to', 'with', 'he', 'she', 'they', 'it', 'we',
  'i', 'his', 'her', 'their', 'our', 'its', 'but', 'as', 'by', 'from', 'after', 'before', 'during', 'also', 'today',
  'however', 'meanwhile', 'according', 'following', 'republic', 'federation', 'kingdom', 'state', 'states', 'union',
  'council', 'government', 'ministry', 'office', 'offices', 'service', 'press', 'department', 'administration',
  'agency', 'committee', 'commission', 'secretariat', 'embassy', 'affairs', 'communications', 'spokesperson',
  'spokesman', 'spokeswoman', 'news', 'minister', 'president', 'secretary', 'chairman', 'head', 'statement',
  'release', 'organization', 'organisation', 'kremlin', 'palace', 'house', 'cabinet', 'presidency', 'bureau',
  'times', 'post', 'daily', 'tribune', 'herald', 'journal', 'gazette', 'radio', 'television', 'tv', 'wire', 'media',
]);

// Adverbs between a speaker's name and the speech verb ("Marek Szczygieł also briefed", "X further noted").
const VERB_ADVERBS = new Set(['also', 'further', 'then', 'later', 'again', 'additionally', 'separately', 'earlier', 'once', 'had', 'has', 'have']);
// Words before a name that make it the object of a preposition rather than the subject of the verb after it.
const PREPOSITIONS = new Set(['with', 'to', 'for', 'from', 'of', 'by', 'towards', 'toward', 'on', 'about', 'against', 'between', 'among', 'than']);

const LEADER_ROLES = new Set(['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Sultan', 'Crown Prince', 'Taoiseach', 'Emperor', 'Chief Executive']);

// Words that open a clause continuing the sentence rather than a reporting clause ("…, and said", "…, who noted").
const CLAUSE_LINKS = new Set(['and', 'but', 'or', 'which', 'who', 'whom', 'as', 'while', 'where', 'when', 'he', 'she', 'they', 'it']);

const MAX_PARAGRAPHS = 8;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
// ASCII by code, the rest by Unicode class: this runs at every mark of a 1 MB text.
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57);
  return WORD_CHAR.test(c);
}
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const k = c.charCodeAt(0);
  if (k < 128) return k === 32 || (k >= 9 && k <= 13);
  return SPACE_CHAR.test(c);
}
/** Room for a word to start after: nothing, a space or an opening bracket or dash. */
function opensAfter(c: string | undefined): boolean {
  return isSpace(c) || (c !== undefined && '([{\u2014\u2013-:/'.includes(c));
}

/**
 * Whether a text has more than `n` words as written: runs between spaces with a letter or digit in them ("Mar-a-Lago",
 * "don't", "100-Day" are one each). A plain scan that stops at the word after `n` (no regular expression to backtrack).
 */
function moreWordsThan(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) [inWord, counted] = [true, false];
    if (!counted && isWordChar(c)) {
      counted = true;
      if (++count > n) return true;
    }
  }
  return false;
}

/** A mark at i (one or two characters): its family, its role from its shape and what stands around it, its length. */
function markAt(body: string, i: number): { family: Family; role: Role; length: number; soft: boolean } | null {
  const c = body[i] ?? '';
  const single = c === '\u2018' || c === '\u2019' || c === '\u201A' || c === "'";
  if (!single) {
    if (c === '\u201C' || c === '\u00AB' || c === '\u201E') return { family: 'double', role: 'open', length: 1, soft: false };
    if (c === '\u201D' || c === '\u00BB') return { family: 'double', role: 'close', length: 1, soft: false };
    if (c !== '"') return null;
  }
  const next = body[i + 1];
  // Two single marks in a row (‘’ … ’’, '' … '') stand for a double mark.
  const doubled = single && (next === '\u2018' || next === '\u2019' || next === "'");
  const length = doubled ? 2 : 1;
  const before = body[i - 1];
  const after = body[i + length];
  const canOpen = opensAfter(before) && !isSpace(after);
  const canClose = !isSpace(before) && !isWordChar(after);
  if (c === '"' || doubled) {
    return { family: 'double', role: canOpen ? 'open' : canClose ? 'close' : 'both', length, soft: false };
  }
  // A single mark between two letters is an apostrophe (Trump’s, don't); ‘ is never a closing mark.
  if (isWordChar(before) && isWordChar(after)) return null;
  if (c === '\u2018' || c === '\u201A') return canOpen || !isWordChar(before) ? { family: 'single', role: 'open', length, soft: false } : null;
  if (canOpen && c === "'") return { family: 'single', role: 'open', length, soft: false };
  if (!canClose) return null;
  // "the leaders’ meeting": a plural possessive, unless nothing else closes the quotation in its paragraph.
  const soft = (before === 's' || before === 'S') && after === ' ' && /\p{Ll}/u.test(body[i + 2] ?? '');
  return { family: 'single', role: 'close', length, soft };
}

/** The quotation between a and b is the title of a document or a motto rather than someone's words. */
function isTitle(body: string, markStart: number, text: string): boolean {
  let k = markStart;
  while (k > 0 && body[k - 1] === ' ') k--;
  let w = k;
  while (w > 0 && isWordChar(body[w - 1])) w--;
  if (w < k && k < markStart && TITLE_BEFORE.has(body.slice(w, k).toLowerCase())) return true;
  // A sentence inside, or sentence punctuation at the end: someone's words. (trimEnd and one character, not /\s*$/,
  // which would rescan the tail from every mark.)
  // A title may carry the sentence's full stop inside its closing mark (“… for ASEAN.”): that one alone is still read
  // as a title when the rest is Title Case.
  if (/[!?;:]/.test(text.trimEnd().slice(-1)) || /[.!?;]\s/.test(text)) return false;
  if (/^(On|About|Concerning|Regarding)\s+\p{Lu}|^On\s+the\s+\p{Lu}/u.test(text)) return true;
  // Title Case: at least 70% of the words of four letters or more start with a capital (a scan, no arrays).
  let long = 0;
  let capped = 0;
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    const first = text[i] ?? '';
    let j = i;
    while (j < text.length && isWordChar(text[j])) j++;
    if (j - i >= 4) {
      long++;
      if (first !== first.toLowerCase()) capped++;
    }
    i = j;
  }
  return long >= 3 && capped / long >= 0.7;
}

/** An opening mark after a colon or a comma ("X said: “…", "saying, “…"): a quotation opens there. */
function opensQuotation(body: string, at: number): boolean {
  let k = at;
  while (k > 0 && isSpace(body[k - 1]) && body[k - 1] !== '\n') k--;
  return k === 0 || body[k - 1] === '\n' || body[k - 1] === ':' || body[k - 1] === ',';
}

/** Within the six words after a closing mark, in the same sentence, a speech verb: "“…,” a statement from the Presidency noted". */
function attributedAfter(body: string, outerEnd: number): boolean {
  const rest = /^[^.;\n\u201C\u201D"\u00AB\u00BB]{0,80}/.exec(body.slice(outerEnd, outerEnd + 80))?.[0] ?? '';
  const words = rest.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.slice(0, 6).some((w) => SPEECH.has(w));
}

/**
 * A quotation that is a line of its own with no sentence punctuation at its end, no colon before it and no speech verb
 * after: a headline in quotation marks ("“Tallinn to host Baltic summit on 9 May”"), not someone's words.
 */
function isHeadline(body: string, outerStart: number, outerEnd: number, text: string): boolean {
  let k = outerStart;
  while (k > 0 && body[k - 1] !== '\n' && isSpace(body[k - 1])) k--;
  if (k > 0 && body[k - 1] !== '\n') return false;
  let e = outerEnd;
  while (e < body.length && body[e] !== '\n' && isSpace(body[e])) e++;
  if (e < body.length && body[e] !== '\n') return false;
  if (/[.!?\u2026]$/.test(text)) return false;
  let p = k - 1;
  while (p > 0 && isSpace(body[p - 1])) p--;
  return p <= 0 || body[p - 1] !== ':';
}

/** Finds quotation spans on the original body, where opening and closing marks still differ. */
export const findQuoteSpans = (ctx: Context): void => {
  const body = ctx.body;
  const out: QuoteSpan[] = [];
  let open = -1;
  let openLength = 1;
  let family: Family = 'double';
  let paragraphs = 0;
  let soft = -1;
  let softLength = 1;
  let lineStart = true;
  // Double quotations nested in a double quotation of the same paragraph ("We support the “One China” policy"): how
  // deep, where the innermost-but-one opened, and the pairs closed at depth one. When the outer mark never closes in
  // its paragraph it was a stray one, and those pairs are the quotations.
  let depth = 0;
  let innerOpen = -1;
  let innerLength = 1;
  let inner: [number, number, number, number][] = [];
  // A quotation that never closes: where its first paragraph ends (or the last later one that reopened with a mark),
  // whether that later paragraph reopened, and whether it opened as a quotation does (at the start of its paragraph or
  // after a colon or comma), not as a stray mark inside a sentence.
  let runEnd = -1;
  let reopened = false;
  let opensRun = false;
  const reset = (): void => {
    open = -1;
    soft = -1;
    paragraphs = 0;
    depth = 0;
    inner = [];
    runEnd = -1;
    reopened = false;
  };
  const push = (a: number, aLength: number, closeAt: number, closeLength: number): void => {
    let s = a + aLength;
    let e = closeAt;
    while (s < e && isSpace(body[s])) s++;
    while (e > s && (isSpace(body[e - 1]) || body[e - 1] === ',')) e--;
    const text = body.slice(s, e);
    const outerEnd = Math.min(closeAt + closeLength, body.length);
    if (!moreWordsThan(text, 5) || isHeadline(body, a, outerEnd, text)) return;
    if (isTitle(body, a, text) && !attributedAfter(body, outerEnd)) return;
    out.push({ speaker: null, text, start: s, end: e, outerStart: a, outerEnd });
  };
  const emit = (closeAt: number, closeLength: number): void => {
    push(open, openLength, closeAt, closeLength);
    reset();
  };
  // A quotation given up without its closing mark ("“The Prime Minister had a telephone conversation … tourist
  // flows.\n" and no mark after): the paragraphs it ran over while they still belonged to it, when it opened as one.
  const giveUp = (): void => {
    if (opensRun && runEnd > open) push(open, openLength, runEnd, 0);
  };
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    // Fast path: only line breaks and quotation marks matter here.
    if (code !== 10 && code !== 34 && code !== 39 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x201e)) {
      if (code !== 32 && code !== 9 && code !== 13 && code !== 0x3000) lineStart = false;
      continue;
    }
    if (code === 10) {
      if (open >= 0) {
        // A single-quoted span does not run on: it ends at its last possible closing mark or is dropped.
        if (family === 'single') {
          if (soft >= 0) emit(soft, softLength);
          else reset();
        } else if (inner.length > 0) {
          const pairs = inner;
          reset();
          for (const [a, al, b, bl] of pairs) push(a, al, b, bl);
        } else {
          if (paragraphs === 0 || reopened) runEnd = i;
          reopened = false;
          if (++paragraphs > MAX_PARAGRAPHS) {
            giveUp();
            reset();
          } else depth = 0;
        }
      }
      lineStart = true;
      continue;
    }
    let mark = markAt(body, i);
    // „ … “: the German low-high pair, where “ closes.
    if (mark && open >= 0 && code === 0x201c && body.charCodeAt(open) === 0x201e) mark = { ...mark, role: 'close' };
    const atLineStart = lineStart;
    lineStart = false;
    if (!mark) continue;
    const skip = mark.length - 1;
    if (open < 0) {
      if (mark.role !== 'close') {
        [open, openLength, family, paragraphs, soft, depth, inner] = [i, mark.length, mark.family, 0, -1, 0, []];
        opensRun = atLineStart || opensQuotation(body, i);
      }
    } else if (mark.family !== family) {
      // A nested quotation of the other family: part of the outer one.
    } else if (mark.role === 'close' || (mark.role === 'both' && (paragraphs === 0 || depth > 0))) {
      if (mark.soft) [soft, softLength] = [i, mark.length];
      else if (depth > 0) {
        if (depth === 1) inner.push([innerOpen, innerLength, i, mark.length]);
        depth--;
      } else emit(i, mark.length);
    } else if (atLineStart && paragraphs > 0) {
      // At the start of a paragraph an opening mark only reopens a quotation that runs on.
      reopened = true;
    } else if (family === 'double' && paragraphs === 0) {
      if (++depth === 1) [innerOpen, innerLength] = [i, mark.length];
    } else {
      // An opening mark inside a later paragraph: the earlier quotation never closed (its paragraphs are the
      // quotation), this one starts afresh.
      giveUp();
      reset();
      [open, openLength, paragraphs, soft, depth, inner] = [i, mark.length, 0, -1, 0, []];
      opensRun = opensQuotation(body, i);
    }
    i += skip;
  }
  if (open >= 0 && family === 'single' && soft >= 0) emit(soft, softLength);
  else if (open >= 0 && inner.length > 0) for (const [a, al, b, bl] of inner) push(a, al, b, bl);
  else if (open >= 0) {
    if (paragraphs === 0 || reopened) runEnd = body.length;
    giveUp();
  }
  ctx.quotes = out;
};

/** What an attribution says: none written, or written with its speaker (null when it names no person: "the press service reports"). */
type Attribution = { speaker: PersonRef | null } | null;

const FOREIGN_MINISTER = /^(?:Foreign (?:Minister|Secretary)|(?:Minister|Secretary) (?:of|for) (?:Foreign|External) (?:Affairs|Relations)(?: and [A-Z][a-z]+)*)$/;

/** Names the speaker of each quotation from the attribution next to it: "X said: “…”", "“…,” X said", "“…,” said X". */
export const attributeQuotes = (ctx: Context): void => {
  const { mentions, tokens } = ctx;
  if (ctx.quotes.length === 0) return;
  const starts = mentions.map((m) => m.start);
  const lowerBound = (arr: ArrayLike<number>, off: number): number => firstIndex(arr.length, (k) => (arr[k] ?? 0) < off);
  const tokenStarts = tokens.map((t) => t.start);
  const tokAt = (off: number): number => lowerBound(tokenStarts, off);
  const isQuoteMark = (k: number): boolean => tokens[k]?.text === '"' || tokens[k]?.text === "'";
  /** A speech verb at k, or "put it" ("as the President put it, “…”"). */
  const isSpeechAt = (k: number): boolean => SPEECH.has(tokens[k]?.key ?? '') || (tokens[k]?.key === 'put' && tokens[k + 1]?.key === 'it');
  const speakerOf = (m: Mention): PersonRef | null => (m.people.length === 1 ? (m.people[0] ?? null) : null);
  const isSpeaker = (m: Mention): boolean => (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun' || m.kind === 'bound') && !m.quoted;
  const g = ctx.gazetteer;
  /** A person's office and state: as the text bound them, else the gazetteer's on the reference date. */
  const officeOf = (p: PersonRef): { role: string | null; country: string | null } => {
    const person = p.person >= 0 ? g.people[p.person] : undefined;
    const pos = person ? g.positionOn(person, ctx.reference) : null;
    return { role: p.role ?? pos?.role ?? null, country: p.country ?? pos?.country ?? null };
  };
  /**
   * The person named before mention k whose office fits: "the minister" after "Foreign Minister X", "the Turkish
   * leader" after the Turkish president was named (a leader is a head of state or government). Within the last few
   * hundred mentions, nearest first.
   */
  const officeBack = (k: number, fits: (role: string, country: string | null) => boolean): PersonRef | null => {
    for (let j = k - 1; j >= 0 && j > k - 300; j--) {
      const m = mentions[j];
      if (!m || m.quoted || (m.kind !== 'person' && m.kind !== 'role') || m.people.length !== 1) continue;
      const p = m.people[0];
      if (!p) continue;
      const { role, country } = officeOf(p);
      if (role !== null && fits(role, country)) return p;
    }
    return null;
  };
  const personOf = (k: number): PersonRef | null => {
    const m = mentions[k];
    if (!m) return null;
    if (m.kind === 'role' && m.people.length === 0 && !m.surface.endsWith('s')) {
      // "the minister said" after "Foreign Minister Jeyhun Bayramov": the office the text named last.
      const office = m.surface;
      const holder = officeBack(k, (role, country) => (role === office || role.endsWith(` ${office}`)) && (m.country === null || country === m.country));
      // "the Chancellor" with no chancellor named before: the foreign minister, as Spanish and Portuguese name the office
      // ("el canciller", "o chanceler") and translations of Latin American releases keep it.
      if (holder || office !== 'Chancellor') return holder;
      return officeBack(k, (role) => FOREIGN_MINISTER.test(role));
    }
    if (m.kind !== 'bound') return speakerOf(m);
    const owner = mentions[k + 1] ?? mentions[k - 1];
    return owner && owner.kind === 'person' ? speakerOf(owner) : null;
  };
  /** Mention indexes of speakers within [from, to) of the body, in order. */
  const speakersIn = (from: number, to: number): number[] => {
    const found: number[] = [];
    for (let k = lowerBound(starts, from); k < mentions.length && (mentions[k]?.start ?? to) < to; k++) {
      const m = mentions[k];
      if (m && isSpeaker(m) && (m.end <= to)) found.push(k);
    }
    return found;
  };
  // A person the mentions do not know (no gazetteer entry, no honorific or office before the name) still speaks when
  // their bare name stands right next to the speech verb: "«…,» Sagynbek Abdumutalip noted", "… Kyrgyz Republic
  // Muratbek Azymbakiev told", "“…,” said Maria Lindqvist". Two to four capitalised words that no mention covers and
  // that are no office or institution word; one word alone ("Xinhua reported") is not taken for a person.
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokStart, m.tokEnd);
  const nameWord = (t: Token | undefined, k: number): boolean =>
    !!t && t.type === 'word' && t.cap && t.text.length >= 2 && covered[k] === 0 &&
    !NOT_NAME_WORDS.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key);
  const take = (a: number, b: number): PersonRef | null => {
    if (b - a < 2 || b - a > 4) return null;
    const name = ctx.body.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
    return { person: -1, name, role: null, country: null };
  };
  /** A bare name right before the verb at v, past an adverb ("Marek Szczygieł also briefed"). */
  const bareBefore = (v: number, from: number): PersonRef | null => {
    while (v > 0 && VERB_ADVERBS.has(tokens[v - 1]?.key ?? '') && (tokens[v - 1]?.start ?? -1) >= from) v--;
    // One name word alone ("…,” Azymbakiev said) is a person when the text gave their full name earlier: the same word
    // ending a run of name words ("Muratbek Azymbakiev"), whose spelling is the one kept.
    if (v > 0 && nameWord(tokens[v - 1], v - 1) && !nameWord(tokens[v - 2], v - 2) && (tokens[v - 1]?.start ?? -1) >= from) {
      const word = tokens[v - 1]?.text;
      // (Looked for within the last few thousand tokens, so that a long text with many quotations stays linear.)
      for (let k = v - 2; k > 0 && k > v - 4000; k--) {
        if (tokens[k]?.text !== word || !nameWord(tokens[k - 1], k - 1) || tokens[k]?.lineBefore) continue;
        let a = k - 1;
        while (a > 0 && k - a < 3 && nameWord(tokens[a - 1], a - 1) && !tokens[a]?.lineBefore) a--;
        return take(a, k + 1);
      }
    }
    let a = v;
    while (a > 0 && v - a < 4 && (tokens[a - 1]?.start ?? -1) >= from && nameWord(tokens[a - 1], a - 1)) {
      a--;
      if (tokens[a]?.lineBefore) break;
    }
    return v - a >= 2 ? take(a, v) : null;
  };
  /** A bare name right after the verb at v ("“…,” said Maria Lindqvist"). */
  const bareAfter = (v: number, to: number): PersonRef | null => {
    let b = v + 1;
    while (b < tokens.length && b - v <= 4 && (tokens[b]?.end ?? Infinity) <= to && nameWord(tokens[b], b) && !tokens[b]?.lineBefore) b++;
    return take(v + 1, b);
  };
  const bareName = (v: number, from: number, to: number): PersonRef | null => bareBefore(v, from) ?? bareAfter(v, to);
  /**
   * Whether the mention k is the object of a preposition ("Speaking with Austrian Chancellor Sebastian Kurz, …",
   * "the spokesman for President X said"), past the office, state and article written before the name: no subject.
   */
  const objectOfPreposition = (k: number): boolean => {
    let t = mentions[k]?.tokStart ?? 0;
    for (let j = k - 1; j >= 0 && j > k - 4; j--) {
      const m = mentions[j];
      if (!m) break;
      // "President of Russia Vladimir Putin": the office's own "of (the)".
      let gap = t;
      if (tokens[gap - 1]?.key === 'the') gap--;
      if (tokens[gap - 1]?.key === 'of' && (m.kind === 'role' || m.kind === 'bound')) gap--;
      if (m.tokEnd < gap || m.tokStart >= t) break;
      t = m.tokStart;
    }
    if (tokens[t - 1]?.key === 'the') t--;
    return PREPOSITIONS.has(tokens[t - 1]?.key ?? '');
  };
  /** The subject of the last sentence before token i that names a person: who "He said: …" at a sentence start is. */
  const previousSubject = (i: number): PersonRef | null => {
    const here = ctx.sentenceOf[i] ?? 0;
    for (let n = here - 1; n >= 0 && n >= here - 3; n--) {
      const s = ctx.sentences[n];
      if (!s) break;
      for (let k = lowerBound(starts, s.start); k < mentions.length && (mentions[k]?.start ?? s.end) < s.end; k++) {
        const m = mentions[k];
        if (!m || m.quoted || (m.kind !== 'person' && m.kind !== 'role' && m.kind !== 'bound') || objectOfPreposition(k)) continue;
        if (tokens[m.tokStart - 1]?.key === 'to' && tokens[m.tokStart - 2]?.key === 'according') continue;
        const p = personOf(k);
        if (p) return p;
      }
    }
    return null;
  };
  /**
   * An office in lower case after its state, which the mentions leave aside: "the Turkish president", "the French
   * foreign minister". Whoever held it on the reference date.
   */
  const lowerCaseOffice = (from: number, to: number): PersonRef | null => {
    for (let k = lowerBound(starts, from); k < mentions.length && (mentions[k]?.end ?? to) <= to; k++) {
      const m = mentions[k];
      if (!m || (m.kind !== 'adjective' && m.kind !== 'country') || !m.country) continue;
      const t = tokens[m.tokEnd];
      if (!t || t.type !== 'word') continue;
      // "the Turkish leader", "the Azerbaijani leader": the head of state or government of that state named before.
      if (t.key === 'leader') {
        const state = m.country;
        const p = officeBack(k, (role, country) => country === state && LEADER_ROLES.has(role));
        if (p) return p;
        continue;
      }
      if (t.cap) continue;
      const keys: string[] = [];
      for (let j = m.tokEnd; j < m.tokEnd + 4 && j < tokens.length; j++) keys.push(tokens[j]?.key ?? '');
      const role = matchRole(keys);
      if (!role || role.role.plural) continue;
      const holder = ctx.gazetteer.holders(role.role.role, m.country, ctx.reference)[0];
      if (holder) return { person: ctx.gazetteer.people.indexOf(holder), name: holder.name, role: role.role.role, country: m.country };
    }
    return null;
  };
  /**
   * "“…,” read the statement" after "In a statement, Spokesperson X said, …": the person the text gave as the
   * statement's author (the subject of its speech verb, or "a statement by X"), within the last few sentences.
   */
  const statementAuthor = (from: number): PersonRef | null => {
    const f = tokAt(from);
    for (let i = f - 1; i >= 0 && i > f - 300; i--) {
      if (tokens[i]?.key !== 'statement') continue;
      const s = ctx.sentences[ctx.sentenceOf[i] ?? 0];
      if (!s) return null;
      for (let k = lowerBound(starts, s.start); k < mentions.length && (mentions[k]?.start ?? s.end) < s.end; k++) {
        const m = mentions[k];
        if (!m || m.quoted || (m.kind !== 'person' && m.kind !== 'role')) continue;
        const next = tokens[m.tokEnd];
        const by = (tokens[m.tokStart - 1]?.key === 'by' || tokens[m.tokStart - 1]?.key === 'from') && m.tokStart - 1 === i + 1;
        if (by || (next && SPEECH.has(next.key) && next.key !== 'according')) return personOf(k);
      }
      return null;
    }
    return null;
  };
  /** The subject of a speech verb at token v within the attribution [from, to): the person before it, else after it. */
  const subject = (v: number, from: number, to: number): Attribution => {
    const verbAt = tokens[v]?.start ?? from;
    let first: PersonRef | null = null;
    let last: PersonRef | null = null;
    for (let k = lowerBound(starts, from); k < mentions.length && (mentions[k]?.start ?? verbAt) < verbAt; k++) {
      const m = mentions[k];
      if (!m || !isSpeaker(m) || m.end > verbAt || objectOfPreposition(k)) continue;
      // "In his words, “…”", "in her words": the person the possessive stands for.
      if (m.kind === 'pronoun' && m.tokEnd === v && tokens[v]?.key === 'words') return { speaker: personOf(k) };
      // "his spokesman said", "the Prime Minister's Office said": a possessive names whose spokesman or office, not who speaks.
      if (m.kind === 'pronoun' && (m.surface.toLowerCase() === 'his' || m.surface.toLowerCase() === 'her')) continue;
      // "Kwame Adjei, President of Ghana, said": an office in apposition after a name the gazetteer does not know
      // describes that person; it does not stand for whoever held the office.
      if (m.kind === 'role' && tokens[m.tokStart - 1]?.text === ',' && tokens[m.tokEnd]?.text === ',' && m.tokEnd + 1 <= v) {
        const named = bareBefore(m.tokStart - 1, from);
        if (named) {
          last = named;
          first ??= named;
          continue;
        }
      }
      if (tokens[m.tokEnd - 1]?.possessive) continue;
      const p = personOf(k);
      if (p) last = p;
      first ??= p;
    }
    // "Aliyev welcomed Erdogan, saying …": a participle after a comma speaks for the subject of the main verb.
    if (first && PARTICIPLE_SET.has(tokens[v]?.key ?? '') && tokens[v - 1]?.text === ',') return { speaker: first };
    if (last) return { speaker: last };
    // "He said: “…”" opening its sentence: the subject of the sentence before.
    for (let i = tokAt(from); i < v; i++) {
      const t = tokens[i];
      if (t && t.cap && (t.key === 'he' || t.key === 'she') && covered[i] === 0 && (i === 0 || tokens[i - 1]?.text === '.' || t.lineBefore)) {
        const p = previousSubject(i);
        if (p) return { speaker: p };
      }
    }
    const before = bareBefore(v, from);
    if (before) return { speaker: before };
    const verbEnd = tokens[v]?.end ?? verbAt;
    for (let k = lowerBound(starts, verbEnd); k < mentions.length && (mentions[k]?.start ?? to) < to; k++) {
      const m = mentions[k];
      const p = m && isSpeaker(m) && m.end <= to ? personOf(k) : null;
      if (p) return { speaker: p };
    }
    const office = lowerCaseOffice(from, to);
    if (office) return { speaker: office };
    const bare = bareAfter(v, to);
    if (bare) return { speaker: bare };
    const definite = /\bthe statement\b/i.test(ctx.body.slice(from, to));
    return { speaker: definite ? statementAuthor(from) : null };
  };

  // After: in the same paragraph and sentence, within a dozen words, with a speech verb.
  const after = (outerEnd: number): Attribution => {
    const a = tokAt(outerEnd);
    if (a >= tokens.length || tokens[a]?.lineBefore) return null;
    let verb = -1;
    let stop = a;
    for (; stop < tokens.length && stop < a + 12; stop++) {
      const t = tokens[stop];
      if (!t || (stop > a && (t.lineBefore || t.text === '.' || t.text === ';' || isQuoteMark(stop)))) break;
      if (verb < 0 && isSpeechAt(stop)) verb = stop;
    }
    if (verb < 0) return null;
    return subject(verb, outerEnd, tokens[stop - 1]?.end ?? outerEnd);
  };

  // "President X: “…”": a person named alone before the colon, opening the sentence or the line, no verb.
  const nameBeforeColon = (c: number): Attribution => {
    const k = lowerBound(starts, tokens[c]?.start ?? 0) - 1;
    const m = mentions[k];
    if (!m || m.tokEnd !== c || !isSpeaker(m) || m.kind === 'pronoun') return null;
    let a = m.tokStart;
    // An office written before the name is part of it ("Prime Minister" + "Henrik Aalto").
    const office = mentions[k - 1];
    if (office && office.tokEnd === a && (office.kind === 'role' || office.kind === 'bound')) a = office.tokStart;
    const t = tokens[a - 1];
    if (a > 0 && !tokens[a]?.lineBefore && t?.text !== '.' && t?.text !== '!' && t?.text !== '?') return null;
    const p = personOf(k);
    return p ? { speaker: p } : null;
  };

  // Before: "X said:" (also across a line break), or a speech verb earlier in the same sentence ("X said the talks were “…”").
  const before = (outerStart: number, colonOnly: boolean): Attribution => {
    const b = tokAt(outerStart);
    const colon = tokens[b - 1]?.text === ':';
    if (colonOnly && !colon) return null;
    if (!colon && tokens[b]?.lineBefore) return null;
    let verb = -1;
    let from = b;
    for (; from > 0 && from > b - 20; from--) {
      const t = tokens[from - 1];
      if (!t || t.text === '.' || t.text === ';' || (isQuoteMark(from - 1) && from < b)) break;
      if (verb < 0 && isSpeechAt(from - 1)) verb = from - 1;
      if (tokens[from - 1]?.lineBefore) {
        from--;
        break;
      }
    }
    if (verb < 0) return colon ? nameBeforeColon(b - 1) : null;
    // The subject may stand further back in a long sentence ("Speaking with X by telephone on Monday afternoon, Y
    // referred to the 500-year history of …, saying, “…”"): up to the sentence's start.
    if (from === b - 20 && !tokens[from]?.lineBefore) {
      while (from > 0 && from > verb - 45) {
        const t = tokens[from - 1];
        if (!t || t.text === '.' || t.text === ';' || isQuoteMark(from - 1)) break;
        from--;
        if (t.lineBefore) break;
      }
    }
    return subject(verb, tokens[from]?.start ?? outerStart, outerStart);
  };

  // The sentence before a quotation that opens a sentence of its own: "Xi noted that … . “…”" (the person before the
  // speech verb only: in "the press service said that Putin met Xi", neither is the speaker).
  const previousSentence = (outerStart: number): Attribution => {
    const b = tokAt(outerStart);
    const prior = tokens[b - 1];
    if (!tokens[b]?.lineBefore && prior && prior.text !== '.' && prior.text !== '!' && prior.text !== '?') return null;
    const s = ctx.sentences[(ctx.sentenceOf[b] ?? 0) - 1];
    if (!s || s.tokEnd > b) return null;
    const closing = reportingClause(s);
    if (closing) return closing;
    for (let v = s.tokStart; v < s.tokEnd && v < s.tokStart + 40; v++) {
      if (isQuoteMark(v)) return null;
      if (!SPEECH.has(tokens[v]?.key ?? '')) continue;
      const people = speakersIn(s.start, tokens[v]?.start ?? s.start).map(personOf).filter((p) => p !== null);
      if (people.length > 0) return { speaker: people[people.length - 1] ?? null };
      const bare = bareName(v, s.start, tokens[v]?.start ?? s.start);
      return bare ? { speaker: bare } : null;
    }
    return null;
  };
  // A sentence that ends in its reporting clause: "On November 23, X will …, head of the department Y told.",
  // "X spoke with Y on Friday, government sources said." The speaker is named in that last clause (after its comma),
  // not earlier in the sentence; a clause that names no person ("government sources") gives none.
  const reportingClause = (s: { tokStart: number; tokEnd: number; start: number }): Attribution => {
    let v = s.tokEnd - 1;
    while (v > s.tokStart && tokens[v]?.type === 'punct' && !isQuoteMark(v)) v--;
    if (!SPEECH.has(tokens[v]?.key ?? '') || tokens[v]?.key === 'according') return null;
    let c = v;
    while (c > v - 30 && c > s.tokStart && tokens[c - 1]?.text !== ',' && !isQuoteMark(c - 1)) c--;
    if (tokens[c - 1]?.text !== ',' || v - c < 2 || v - c > 14 || CLAUSE_LINKS.has(tokens[c]?.key ?? '')) return null;
    const clause = tokens[c]?.start ?? s.start;
    const people = speakersIn(clause, tokens[v]?.start ?? clause).map(personOf).filter((p) => p !== null);
    const speaker = people[people.length - 1] ?? bareName(v, clause, tokens[v]?.start ?? clause);
    return { speaker };
  };

  let prev: { speaker: PersonRef | null; outerEnd: number } | null = null;
  for (const q of ctx.quotes) {
    let found = before(q.outerStart, true) ?? after(q.outerEnd) ?? before(q.outerStart, false);
    // No attribution at all: a quotation that follows another, with no other person named between, continues it.
    if (!found && prev && prev.speaker) {
      const between = speakersIn(prev.outerEnd, q.outerStart).map(personOf);
      const same = between.every((p) => p !== null && p.person === prev?.speaker?.person && p.name === prev.speaker.name);
      const gap = ctx.body.slice(prev.outerEnd, q.outerStart);
      if (same && (gap.match(/\n/g)?.length ?? 0) <= 2) found = { speaker: prev.speaker };
    }
    found ??= previousSentence(q.outerStart);
    const speaker: PersonRef | null = found?.speaker ?? null;
    if (speaker) q.speaker = speaker.person >= 0 ? `#${speaker.person}` : speaker.name;
    prev = { speaker, outerEnd: q.outerEnd };
  }
};

// Reading the people of a list ("accompanied by the Minister of Finance, Hon. A B; political advisor C D; and E F"):
// the people its mentions hold, and names the gazetteer lacks found by their place (a run of capitalised words that are
// no office, after the office that describes them), each with the office and state the list gives.
import type { Context, Mention, PersonRef } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import { NAME_PARTICLES } from './mentions.ts';
import { namedAlike } from './participants.ts';
import { STYLES } from './roles.ts';

// Words of offices, portfolios, ranks, titles and styles: never part of a name found by its place in a list.
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'ministry', 'secretary', 'secretaries', 'deputy', 'deputies', 'vice', 'assistant', 'under',
  'parliamentary', 'permanent', 'senior', 'junior', 'chief', 'chiefs', 'head', 'heads', 'director', 'directors', 'general',
  'directorate', 'adviser', 'advisers', 'advisor', 'advisors', 'counsellor', 'counselor', 'consul', 'consuls', 'ambassador',
  'ambassadors', 'envoy', 'envoys', 'representative', 'representatives', 'commissioner', 'commissioners', 'governor',
  'mayor', 'president', 'presidents', 'chairman', 'chairwoman', 'chairperson', 'chair', 'speaker', 'senator', 'senators',
  'member', 'members', 'mp', 'mps', 'mep', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'staff', 'cabinet',
  'department', 'office', 'bureau', 'agency', 'affairs', 'foreign', 'defence', 'defense', 'finance', 'economy', 'economic',
  'trade', 'industry', 'energy', 'mines', 'mining', 'tourism', 'health', 'education', 'interior', 'justice', 'agriculture',
  'transport', 'communications', 'information', 'culture', 'community', 'youth', 'sport', 'sports', 'labour', 'labor',
  'manpower', 'development', 'digital', 'planning', 'investment', 'investments', 'environment', 'climate', 'strategic',
  'international', 'national', 'security', 'intelligence', 'private', 'political', 'public', 'state', 'republic',
  'presidential', 'administration', 'government', 'council', 'committee', 'commission', 'parliament', 'assembly', 'house',
  'senate', 'federal', 'regional', 'integration', 'cooperation', 'co-operation', 'relations', 'reintegration', 'sherpa',
  'protocol', 'treasury', 'fisheries', 'water', 'housing', 'science', 'technology', 'innovation', 'infrastructure', 'works',
  'social', 'welfare', 'women', 'family', 'immigration', 'customs', 'commerce', 'navy', 'army', 'forces', 'armed',
  'military', 'police', 'central', 'bank', 'fund', 'railways', 'railway', 'company', 'corporation', 'group', 'institute',
  'university', 'foundation', 'authority', 'service', 'services', 'centre', 'center', 'association', 'board', 'trust',
  'holding', 'airlines', 'chamber', 'party', 'executive', 'officer', 'ceo', 'negotiator', 'coordinator', 'attache', 'aide',
  'aides', 'delegation', 'leader', 'leaders', 'prime', 'first', 'second', 'third', 'acting', 'special', 'high', 'lt', 'gen',
  'col', 'maj', 'brig', 'adm', 'capt', 'cdr', 'lieutenant', 'colonel', 'admiral', 'brigadier', 'marshal', 'commander',
  'captain', 'major', 'hon', 'honourable', 'honorable', 'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'madam',
  'baroness', 'baron', 'lord', 'lady', 'sir', 'dame', 'qc', 'kc', 'obe', 'cbe', 'mbe', 'rev', 'reverend', 'excellency',
  'grand', 'duke', 'duchess', 'prince', 'princess', 'king', 'queen', 'emir', 'sheikh', 'crown', 'patriarch', 'pope',
  'archbishop', 'bishop', 'cardinal', 'metropolitan', 'mufti', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
]);
// Words around offices in a list: never part of a name, and no sign of a person either.
export const LIST_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'the', 'a', 'an', 'and', 'of', 'for', 'to', 'in', 'at', 'on', 'with', 'by', 'also', 'newly']);
// Styles and ranks written before a name ("Senator the Hon.", "Lt. Gen.", "Dr", "Baroness").
export const RANKS: ReadonlySet<string> = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'madam', 'hon', 'lt', 'gen', 'col', 'maj', 'brig', 'adm', 'capt', 'cdr', 'senator', 'baroness', 'baron', 'lord', 'lady', 'sir', 'dame', 'prof', 'rev']);
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'a', 'an']);
// Plural offices shared by the names after them ("Ministers A and B", "Deputy Prime Ministers A and B").
const PLURAL_OFFICES = new Set(['ministers', 'secretaries', 'ambassadors', 'advisers', 'advisors', 'deputies', 'presidents', 'envoys', 'representatives', 'members', 'senators', 'chiefs', 'heads', 'directors', 'commissioners', 'consuls', 'aides', 'governors', 'speakers', 'chairmen']);
const SPOKE = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'announced', 'stated', 'explained', 'reported']);
// Relatives who travel with a principal ("accompanied by his wife X") and take no part.
const KIN = new Set(['wife', 'husband', 'spouse', 'son', 'daughter', 'sons', 'daughters', 'children', 'consort', 'partner', 'mother', 'father']);
const SEPARATORS = new Set([',', ';', 'and', '&', '-', '–', ':']);
const CONNECTORS = new Set(['of', 'for', 'to', 'in', 'at', 'the']);
const AFTER_ENVOY = new Set(['to', 'in']);

export const key = (ctx: Context, i: number): string => ctx.tokens[i]?.key ?? '';

/** The mentions of one sentence, looked up by the token they start or end at. */
export interface SentenceMentions {
  readonly list: readonly Mention[];
  /** The first mention starting at a token. */
  at(tok: number): Mention | undefined;
  /** The mentions ending at a token. */
  endingAt(tok: number): readonly Mention[];
}

export function indexSentence(list: readonly Mention[]): SentenceMentions {
  const starts = new Map<number, Mention>();
  const ends = new Map<number, Mention[]>();
  for (const m of list) {
    if (!starts.has(m.tokStart)) starts.set(m.tokStart, m);
    const e = ends.get(m.tokEnd);
    if (e) e.push(m);
    else ends.set(m.tokEnd, [m]);
  }
  return { list, at: (tok) => starts.get(tok), endingAt: (tok) => ends.get(tok) ?? [] };
}

/** "The Turkish delegation", "On the Chilean side": the state an adjective or country mention at token i names. */
export function stateAt(ments: SentenceMentions, i: number): Mention | null {
  const m = ments.at(i);
  return m && (m.kind === 'adjective' || m.kind === 'country') && m.country ? m : null;
}

/** A capitalised word that may be part of a name: no office or list word, no month, no short acronym ("SAR", "EU"). */
export function nameWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.cap && t.text.length >= 2 && !(t.upper && t.text.length <= 3) && !OFFICE_WORDS.has(t.key) && !LIST_WORDS.has(t.key) && !STYLES.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key);
}

/** "T." in "T.Ganbold", "M." in "Ivan M. Petrov": an initial and its full stop. */
export function initialAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.type === 'word' && t.cap && t.text.length <= 2 && tokens[i + 1]?.text === '.' && !tokens[i + 1]?.spaceBefore;
}

/** A list of people: its tokens [a, b) and the state of its side when the text gives one ("The Turkish delegation"). */
export interface ListSpan {
  a: number;
  b: number;
  side: string | null;
}

/** What reading one list found: its people, relatives named in it, and one-word gazetteer matches it made names of. */
export interface ListRead {
  people: PersonRef[];
  /** "his wife X": no participants of any event. */
  kin: PersonRef[];
}

/** Shared by the lists of one readout: tokens inside a mention, mentions made, and gazetteer people renamed. */
export interface ListState {
  covered: Uint8Array;
  added: Mention[];
  /** A gazetteer person read from one word of another's name: the mention that word was, and the person named. */
  remap: Map<PersonRef, { from: Mention; to: PersonRef }>;
}

/**
 * Capitalised words stand for a person only when an office, rank or style describes them ("political advisor X") or they
 * open an item of the list ("…, and X"), and when the list goes on after them ("X, …", "X of Peru", "X."), not a
 * name of something else ("at the headquarters of the Atlantic Alliance", "the Bureau of Western Hemisphere Affairs").
 */
function namedAsPerson(ctx: Context, ments: SentenceMentions, listFrom: number, officeFrom: number, from: number, end: number, b: number): boolean {
  const { tokens } = ctx;
  // Nothing but a separator, or the list's start, before the name: it opens an item ("…, and X", "were X and Y").
  let described = true;
  let separated = officeFrom === listFrom;
  for (let q = officeFrom; q < from; q++) {
    const t = tokens[q];
    if (t && (t.text === ',' || t.text === ';' || t.key === 'and' || t.text === '&')) separated = true;
    if (!t || t.type === 'punct' || SEPARATORS.has(t.key) || DETERMINERS.has(t.key)) continue;
    described = false;
    break;
  }
  described &&= separated;
  for (let q = officeFrom; q < from && !described; q++) {
    const k = key(ctx, q);
    const m = ments.at(q);
    described = OFFICE_WORDS.has(k) || RANKS.has(k) || STYLES.has(k) || (!!m && (m.kind === 'role' || m.kind === 'bound'));
  }
  if (!described) return false;
  const next = tokens[end];
  if (end >= b || !next || next.type === 'punct') return true;
  if (next.key === 'of') return ments.at(key(ctx, end + 1) === 'the' ? end + 2 : end + 1)?.kind === 'country';
  return !next.cap;
}

/** A gazetteer person matched on one word of a name ("Novak", "Iskander"): a unit of a name found by its place. */
function wordOfName(m: Mention): boolean {
  return m.kind === 'person' && m.tokEnd - m.tokStart === 1 && (m.people[0]?.person ?? -1) >= 0 && !m.quoted;
}

interface Segment {
  end: number;
  /** Name words (in mentions or not) and initials. */
  words: number;
  initials: number;
  /** The one-word gazetteer mentions inside, and the other words' texts. */
  mentions: Mention[];
  others: string[];
}

/**
 * The name written from token i in a list: name words (no office, portfolio or style word), one-word gazetteer matches,
 * particles between them, hyphenated parts in capitals and initials, up to a separator or any other word.
 */
function segment(ctx: Context, i: number, b: number, covered: Uint8Array, ments: SentenceMentions): Segment {
  const { tokens } = ctx;
  const out: Segment = { end: i, words: 0, initials: 0, mentions: [], others: [] };
  let end = i;
  while (end < b) {
    const t = tokens[end];
    if (!t || (end > i && t.lineBefore)) break;
    const joined = end === i || t.spaceBefore || tokens[end - 1]?.text === '.';
    const m = ments.at(end);
    if (m && wordOfName(m) && joined) {
      out.mentions.push(m);
      out.words++;
      end = m.tokEnd;
      continue;
    }
    if (covered[end]) break;
    if (initialAt(tokens, end) && end + 2 <= b) {
      out.initials++;
      end += 2;
      continue;
    }
    if (nameWord(t) && joined) {
      out.words++;
      out.others.push(t.text);
      end++;
      // "Johnson-Smith": a hyphenated part in capitals.
      while (tokens[end]?.text === '-' && !tokens[end]?.spaceBefore && nameWord(tokens[end + 1]) && !tokens[end + 1]?.spaceBefore && !covered[end + 1]) end += 2;
      continue;
    }
    if (out.words > 0 && NAME_PARTICLES.has(t.key) && !t.cap && (nameWord(tokens[end + 1]) || !!ments.at(end + 1))) {
      end++;
      continue;
    }
    break;
  }
  while (end > i && !nameWord(tokens[end - 1]) && !ments.at(end - 1)) end--;
  out.end = end;
  return out;
}

/** "Ministers" → "Minister", "Secretaries" → "Secretary": the office of one of a plural office's holders. */
function singular(office: string): string {
  return office.replace(/\b(\p{L}+?)(ies|s)\b/gu, (w, stem: string, end: string) => (PLURAL_OFFICES.has(w.toLowerCase()) ? (end === 'ies' ? `${stem}y` : stem) : w));
}

/**
 * The people of a list: those its mentions hold, and names found by their place, each with the office written before
 * it (or in brackets after it) and the state an adjective, a country or "from the X side" gives, else the side's.
 */
export function readList(ctx: Context, f: ListSpan, ments: SentenceMentions, state: ListState): ListRead {
  const { tokens } = ctx;
  const { covered } = state;
  const read: ListRead = { people: [], kin: [] };
  let officeFrom = f.a;
  let shared: string | null = null;
  /** Takes the person named in [from, to) with the office before it; returns the token after what describes them. */
  const take = (p: PersonRef, from: number, to: number): number => {
    // "…, Wang said": whoever reports the list is none of it.
    if (SPOKE.has(key(ctx, to))) {
      officeFrom = to;
      return to;
    }
    const office = officeOf(ctx, ments, officeFrom, from);
    // An office written before the name is that person's, not its holder named alone ("President of X Railways Y").
    for (let q = officeFrom; q < from; q++) {
      const m = ments.at(q);
      if (m && m.kind === 'role' && m.tokEnd <= from) Object.assign(m, { kind: 'bound', people: [] });
    }
    // "Ministers A (Foreign Affairs) and B (Finance)": a plural office is each holder's; the brackets name the portfolio.
    if (office.plural) shared = office.role;
    const plural = office.plural || (!office.role && shared !== null);
    let role = office.role && !office.plural ? office.role : shared ? singular(shared) : null;
    let k = to;
    if (tokens[k]?.text === '(') {
      let close = k + 1;
      while (close < f.b && tokens[close]?.text !== ')') close++;
      const inside = ctx.body.slice(tokens[k + 1]?.start ?? 0, tokens[close - 1]?.end ?? 0);
      if (close < f.b && close > k + 1 && (plural || !role) && /^\p{Lu}/u.test(inside)) role = role ? `${role} of ${inside}` : inside;
      k = close + 1;
    }
    // "… T.Ganbold from the Peruvian side".
    let country = office.state;
    const side = key(ctx, k) === 'from' && key(ctx, k + 1) === 'the' ? stateAt(ments, k + 2) : null;
    if (side && key(ctx, side.tokEnd) === 'side') {
      country = side.country;
      k = side.tokEnd + 1;
    }
    if (p.person < 0) {
      p.role ??= role;
      p.country ??= country ?? f.side;
    }
    // "accompanied by his wife, X": a spouse or relative travels with the principal but takes no part.
    if (office.kin) read.kin.push(p);
    else if (!read.people.includes(p)) read.people.push(p);
    officeFrom = k;
    return k;
  };
  for (let i = f.a; i < f.b; ) {
    const m = ments.at(i);
    const t = tokens[i];
    if (m && !wordOfName(m)) {
      // "Assistant Minister to the Prime Minister - X": an office after "to", "of" or "for" is part of another's office.
      const inOffice = m.kind === 'role' && ((CONNECTORS.has(key(ctx, m.tokStart - 1)) && key(ctx, m.tokStart - 1) !== 'the') || (key(ctx, m.tokStart - 1) === 'the' && CONNECTORS.has(key(ctx, m.tokStart - 2))));
      // "President of Russian Railways X": an office with words of its own after it describes the next name; only an
      // office alone ("accompanied by the Foreign Minister and …") stands for its holder.
      const alone = m.kind !== 'role' || SEPARATORS.has(key(ctx, m.tokEnd)) || m.tokEnd >= f.b || tokens[m.tokEnd]?.text === '(';
      const person = !m.quoted && !inOffice && alone && (m.kind === 'person' || m.kind === 'role') && m.people.length === 1 ? m.people[0] : undefined;
      i = person ? take(person, m.tokStart, m.tokEnd) : m.tokEnd;
      continue;
    }
    if (t?.text === '(') {
      // A bracket holds an acronym or a portfolio, not a name.
      while (i < f.b && tokens[i]?.text !== ')') i++;
      i++;
      continue;
    }
    // "Minister for Trade and Export Growth and Minister of Agriculture X": capitalised words after a portfolio and
    // "and", with the office going on after them, are a portfolio too.
    if (!m && key(ctx, i - 1) === 'and' && tokens[i - 2]?.cap && OFFICE_WORDS.has(key(ctx, i - 2)) && nameWord(t) && !covered[i]) {
      let j = i;
      while (j < f.b && nameWord(tokens[j]) && !covered[j]) j++;
      const next = tokens[j];
      if (next && (next.key === 'and' || next.key === 'of' || next.key === 'for' || (next.cap && OFFICE_WORDS.has(next.key)))) {
        i = j;
        continue;
      }
    }
    if (m || (!covered[i] && (nameWord(t) || initialAt(tokens, i)))) {
      const seg = segment(ctx, i, f.b, covered, ments);
      const known = seg.mentions[0];
      // One name the gazetteer knows, alone or with words of its own ("Kirill A. Dmitriev" for a known Dmitriev).
      if (known && seg.mentions.length === 1 && seg.others.every((w) => namedAlike(ctx, { person: -1, name: w, role: null, country: null }, known.people[0]))) {
        i = take(known.people[0]!, i, seg.end);
        continue;
      }
      let from = i;
      // "Head of Buryatia Alexey Tsydenov": after "of", "for", "to", a place the gazetteer lacks ends the office.
      if (seg.mentions.length === 0 && seg.words >= 3 && CONNECTORS.has(key(ctx, i - 1)) && officeFrom < i - 1) from = i + 1;
      // "Chairman of the Halk Maslahaty of X": two words right after "of" in an office name a body, not its holder.
      const ofBody = from === i && i > f.a && (key(ctx, i - 1) === 'of' || (key(ctx, i - 1) === 'the' && key(ctx, i - 2) === 'of'));
      if ((seg.words >= 2 || (seg.words >= 1 && seg.initials >= 1)) && !ofBody && (seg.mentions.length > 0 || namedAsPerson(ctx, ments, f.a, officeFrom, i, seg.end, f.b))) {
        i = take(nameOf(ctx, seg, from, state), from, seg.end);
        continue;
      }
      // Words that name no one here ("of the Hong Kong SAR") are skipped whole.
      if (seg.end > i) {
        i = seg.end;
        continue;
      }
    }
    i++;
  }
  return read;
}

/**
 * The person a name found by its place in tokens [from, seg.end) stands for. "Aziz Karimov", "Alexander Novak": a word
 * the gazetteer matched to someone who bears none of the name's other words is part of another person's name; its
 * mention becomes the whole name's, and pronouns read as that person are this one.
 */
function nameOf(ctx: Context, seg: Segment, from: number, state: ListState): PersonRef {
  const { tokens } = ctx;
  const to = seg.end;
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const surface = ctx.body.slice(start, end);
  const p: PersonRef = { person: -1, name: surface, role: null, country: null };
  const [first, ...rest] = seg.mentions;
  if (first) {
    for (const x of seg.mentions) if (x.people[0]) state.remap.set(x.people[0], { from: x, to: p });
    Object.assign(first, { start, end, tokStart: from, tokEnd: to, surface, people: [p] });
    for (const x of rest) Object.assign(x, { kind: 'bound', people: [] });
  } else state.added.push({ kind: 'person', start, end, tokStart: from, tokEnd: to, people: [p], country: null, body: -1, surface, quoted: false });
  state.covered.fill(1, from, to);
  return p;
}

/** The office written in tokens [a, b) before a name: its words without determiners, styles or the state, and the state. */
function officeOf(ctx: Context, ments: SentenceMentions, a: number, b: number): { role: string | null; state: string | null; plural: boolean; kin: boolean } {
  const { tokens } = ctx;
  let state: string | null = null;
  let kin = false;
  const parts: string[] = [];
  let plural = false;
  for (let i = a; i < b; i++) {
    const m = ments.at(i);
    const t = tokens[i];
    if (!t) break;
    if (m && (m.kind === 'adjective' || m.kind === 'country')) {
      // "Ambassador to Kenya", "Consul General in Sydney": the receiving state is not the envoy's.
      if (AFTER_ENVOY.has(key(ctx, i - 1)) || (key(ctx, i - 1) === 'the' && AFTER_ENVOY.has(key(ctx, i - 2)))) parts.push(ctx.body.slice(m.start, m.end));
      else {
        state ??= m.country;
        // "Ambassador of Russia to Mongolia": the "of" that introduced the state goes with it.
        while (parts.length > 0 && ['of', 'the'].includes((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
      }
      i = m.tokEnd - 1;
      continue;
    }
    if (m && (m.kind === 'body' || m.kind === 'city' || m.kind === 'capital' || m.kind === 'place')) {
      parts.push(ctx.body.slice(m.start, m.end));
      i = m.tokEnd - 1;
      continue;
    }
    // Punctuation, styles and ranks ("Senator", "Lt. Gen.", "Dr") and possessives are no part of the office.
    // "his wife", "the First Lady".
    if (KIN.has(t.key) || (t.key === 'lady' && key(ctx, i - 1) === 'first')) kin = true;
    if ((t.type === 'punct' && t.text !== '-') || STYLES.has(t.key) || RANKS.has(t.key)) continue;
    if (t.possessive && t.type === 'word') continue;
    if (parts.length === 0 && (DETERMINERS.has(t.key) || SEPARATORS.has(t.key) || (t.type === 'word' && !t.cap && !OFFICE_WORDS.has(t.key)))) continue;
    parts.push(t.text);
    if (PLURAL_OFFICES.has(t.key)) plural = true;
  }
  while (parts.length > 0 && (SEPARATORS.has((parts[parts.length - 1] ?? '').toLowerCase()) || CONNECTORS.has((parts[parts.length - 1] ?? '').toLowerCase()) || (parts[parts.length - 1] ?? '').toLowerCase() === 'and')) parts.pop();
  const role = parts.join(' ').replace(/ - /g, '-').replace(/\s+/g, ' ').trim();
  return { role: role ? role.charAt(0).toUpperCase() + role.slice(1) : null, state, plural, kin };
}

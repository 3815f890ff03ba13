// Names in the text: gazetteer people, countries, capitals, bodies; offices ("the President of Belarus"), groups
// ("the heads of state") and pronouns; and people outside the gazetteer found by pattern ("Prime Minister of X, Name").
import { PERSONAL_POSSESSIVES } from '../context.ts';
import type { Context, Mention, PersonRef } from '../context.ts';
import { stateDesignation } from '../gazetteer/index.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { foldKey } from '../text/tokens.ts';
import { isNameAbbreviation } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import { GROUP_PHRASES, matchRole, ROLE_FIRST_WORDS, ROLE_LAST_WORDS, STYLES } from './roles.ts';
import { DASHES } from './dateline.ts';

const GROUP_FIRST = new Set(GROUP_PHRASES.map((p) => p[0] ?? ''));

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'madam', 'sir', 'his', 'her', 'excellency', 'majesty', 'highness', 'h']);
// Titles that may open a gazetteer alias ("Sultan Haitham") while the name goes on past it ("Sultan Haitham bin Tarik").
const TITLE_WORDS = new Set(['sultan', 'sheikh', 'sheik', 'shaikh', 'king', 'queen', 'emir', 'amir', 'prince', 'princess', 'emperor', 'crown']);
// Capitalised words that never start a person's name.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'in', 'on', 'at', 'of', 'and', 'for', 'to', 'with', 'he', 'she', 'they', 'it',
  'we', 'i', 'his', 'her', 'their', 'our', 'its', 'but', 'as', 'by', 'from', 'after', 'before', 'during', 'republic',
  'federation', 'kingdom', 'state', 'states', 'union', 'council', 'government', 'ministry', 'office', 'minister',
  'president', 'prime', 'press', 'service', 'also', 'today', 'both', 'foreign', 'affairs', 'secretary', 'general',
  'vice', 'deputy', 'first', 'head', 'chairman', 'summit', 'talks', 'meeting', 'visit', 'conversation', 'telephone',
  'phone', 'call', 'however', 'meanwhile', 'according', 'following', 'people', 'national', 'european', 'united',
]);
// Words of a title-case headline that run on after a name or an office ("Minister of Foreign Affairs Conducts Phone
// Call with …", "Prime Minister X Meets Visiting Delegation"): verbs of the report and words for the occurrence, never
// a name's.
export const HEADLINE_WORDS: ReadonlySet<string> = new Set([
  'holds', 'meets', 'receives', 'hosts', 'visits', 'calls', 'conducts', 'discusses', 'signs', 'welcomes', 'attends',
  'arrives', 'leaves', 'departs', 'returns', 'says', 'urges', 'congratulates', 'pays', 'begins', 'starts', 'opens',
  'addresses', 'speaks', 'chairs', 'joins', 'thanks', 'invites', 'hails', 'praises', 'launches', 'concludes', 'visiting',
  'invited', 'set', 'due', 'expected', 'slated', 'scheduled', 'travels', 'lands', 'ends', 'wraps', 'phone', 'call', 'telephone', 'conversation', 'talks', 'meeting', 'visit', 'summit', 'delegation',
]);
const TENURE = new Set(['outgoing', 'incoming', 'acting', 'interim', 'new', 'current', 'sitting']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our']);
const ENVOYS = new Set(['Ambassador', 'High Commissioner', 'Special Envoy']);
const REGNAL = new Set(['I', 'V', 'X']);
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
const PARTICLES = new Set(['bin', 'al', 'von', 'van', 'de', 'da', 'der', 'le', 'la', 'ibn', 'el', 'du', 'di']);

function isNameWord(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || !t.cap || t.text.length < 2) return false;
  return !NOT_NAMES.has(t.key) && !STYLES.has(t.key) && !HONORIFICS.has(t.key) && !HEADLINE_WORDS.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key);
}

// Words that follow a name after a hyphen without being part of it ("Soto-led", "Lind-era", "Kask-style"); so does any
// participle in -ed ("-backed", "-based", "-owned").
const NOT_SYLLABLES = new Set(['era', 'run', 'made', 'born', 'like', 'type', 'way', 'wide', 'free', 'only', 'style', 'old', 'day', 'year', 'off', 'up', 'in', 'out', 'on', 'to', 'and', 'or', 'the', 'a', 'an', 'esque', 'ism', 'ist', 'ite']);

/**
 * The lower-case word at k, after a hyphen, is the syllable of a hyphenated given name ("Park Min-soo", "Lee
 * Jae-myung"): no space around the hyphen, a short word, no common word or participle, no further hyphen.
 */
export function givenNameSyllable(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap || t.spaceBefore || tokens[k - 1]?.text !== '-' || tokens[k - 1]?.spaceBefore) return false;
  return t.text.length <= 6 && !t.key.endsWith('ed') && !NOT_SYLLABLES.has(t.key) && tokens[k + 1]?.text !== '-';
}

// Honorifics that open a name outside the gazetteer ("Mr. Kenji Sato", "His Excellency Dr …"); not "his"/"her" alone,
// which open any noun phrase ("his Ministerial colleagues").
const NAME_OPENERS = new Set([...HONORIFICS].filter((w) => w !== 'his' && w !== 'her'));
const honorificBefore = (tokens: readonly Token[], i: number): boolean =>
  NAME_OPENERS.has(tokens[i - 1]?.key ?? '') || (tokens[i - 1]?.text === '.' && NAME_OPENERS.has(tokens[i - 2]?.key ?? '')) || counterpartApposed(tokens, i);


/** "his Chilean counterpart, Tomas Rey, …": a name in apposition after "counterpart" and a comma, closed by a comma or a full stop. */
function counterpartApposed(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1]?.text === ',';
  const word = tokens[comma ? i - 2 : i - 1];
  if (word?.key !== 'counterpart' || !isNameWord(tokens[i + 1])) return false;
  // Without a comma, only after a possessive ("his Chilean counterpart Tomas Rey"), not "the counterpart Fund".
  if (!comma && !PERSONAL_POSSESSIVES.has(tokens[i - 2]?.key ?? '') && !PERSONAL_POSSESSIVES.has(tokens[i - 3]?.key ?? '')) return false;
  let end = i + 1;
  while (end < i + 4 && isNameWord(tokens[end])) end++;
  const after = tokens[end];
  return !after || after.type === 'punct' || (!comma && AFTER_NAME.has(after.key));
}
const AFTER_NAME = new Set(['on', 'in', 'at', 'for', 'to', 'and', 'who', 'during', 'after', 'before', 'via', 'by', 'over']);

/** "Sheikh Khalid bin Mohamed bin Zayed": a titled name that goes on with "bin" and a known person's name, the father's. */
function namedForFather(ctx: Context, i: number): boolean {
  const title = ctx.tokens[i - 1];
  return !!title && title.cap && TITLE_WORDS.has(title.key) && PATRONYMIC.has(ctx.tokens[i + 1]?.key ?? '') && gazetteerAt(ctx, i + 2)?.kind === 'person';
}
const LOCATIVE = new Set(['in', 'near', 'at']);

/** The token after an honorific at k ("Mr. Kenji Sato", "Dr Amara Nwosu"), or k when there is none. */
export function pastHonorific(tokens: readonly Token[], k: number): number {
  if (NAME_OPENERS.has(tokens[k]?.key ?? '')) return k + (tokens[k + 1]?.text === '.' ? 2 : 1);
  // "met Sheikh Mohamed bin Zayed", "met Emir Tamim": a title the gazetteer's alias does not begin with.
  return TITLE_WORDS.has(tokens[k]?.key ?? '') && tokens[k]?.cap ? k + 1 : k;
}

const MEETING_VERBS = new Set(['met', 'meet', 'meets']);

/**
 * "met Ana Duarte in …", "will meet Kofi Mensah, the chair of …": two name words right after a meeting verb in lower
 * case are a person's name the gazetteer need not know. Not in a title-case headline ("Met Business Leaders In …": the
 * verb and the word after the name are capitalised too).
 */
function metByName(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const after = tokens[i + 2];
  return !!verb && MEETING_VERBS.has(verb.key) && !verb.cap && isNameWord(tokens[i + 1]) && !tokens[i]?.possessive && !tokens[i + 1]?.lineBefore && !(after?.type === 'word' && after.cap && !after.lineBefore);
}

/**
 * One known word read as a person where it is not one: a place after "in" ("met in Castilla, Peru": within one letter of
 * a surname, or any surname followed by its state), or a given name after an honorific that more name words follow
 * ("Mr. Tariq Saleh Alhamadi"), which is another person's name.
 */
function notThisPerson(ctx: Context, i: number, fuzzy: boolean, people: readonly number[]): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t || t.possessive) return false;
  const prev = tokens[i - 1];
  if (prev && LOCATIVE.has(prev.key)) {
    const state = tokens[i + 1]?.text === ',' ? ctx.gazetteer.match(tokens, i + 2) : null;
    if (fuzzy || state?.entries.some((e) => e.type === 'country')) return true;
  }
  const next = tokens[i + 1];
  return honorificBefore(tokens, i) && !!next && next.spaceBefore && !next.lineBefore && isNameWord(next) && !people.some((index) => nameWordsOf(ctx.gazetteer, index).has(next.key));
}

/** A name word among the next n tokens: a cheap test before an office in lower case is matched. */
function nameWithin(tokens: readonly Token[], i: number, n: number): boolean {
  for (let j = i; j < i + n && j < tokens.length; j++) if (isNameWord(tokens[j])) return true;
  return false;
}

function slice(ctx: Context, a: number, b: number): string {
  return ctx.body.slice(ctx.tokens[a]?.start ?? 0, ctx.tokens[b - 1]?.end ?? 0);
}

/** The gazetteer entry at token i, preferring people, then bodies, then places. */
function gazetteerAt(ctx: Context, i: number): Mention | null {
  const g = ctx.gazetteer;
  const t = ctx.tokens[i];
  // Names start with a capital or a digit ("G20"); most tokens are neither.
  if (!t || !(t.cap || t.type === 'num')) return null;
  const m = g.match(ctx.tokens, i);
  if (!m && t.type === 'word' && t.cap) {
    const state = unknownState(ctx, i);
    if (state) return state;
  }
  if (!m && (t.type !== 'word' || t.text.length < 6 || !t.cap || MONTHS.has(t.key))) return null;
  if (!m && g.fuzzyPeople(t.text).length === 0) return null;
  // One object shape for every mention, written out (object spread on this hot path cost a tenth of the step).
  const mention = (kind: Mention['kind'], end: number, tokEnd: number, surface: string, people: PersonRef[], country: string | null, body: number): Mention => ({
    kind, start: t.start, end, tokStart: i, tokEnd, people, country, body, surface, quoted: false,
  });
  // "Sultan Haitham bin Tarik": a title opening a shorter alias ("Sultan Haitham") gives way to the longer name after it.
  if (m && TITLE_WORDS.has(t.key) && m.entries.some((e) => e.type === 'person')) {
    const longer = g.match(ctx.tokens, i + 1);
    if (longer && longer.end > m.end && longer.entries.some((e) => e.type === 'person')) return null;
  }
  if (m) {
    const last = ctx.tokens[m.end - 1];
    // "Washington D.C.": the full stop of an initial that ends the name is part of it (the token stays the sentence's).
    const stop = ctx.tokens[m.end];
    // Not a regnal number that ends a sentence ("met King Harald V. The two …"): "V" and "I" end names as numbers.
    const initial = last && last.text.length === 1 && last.cap && !REGNAL.has(last.text) && stop?.text === '.' && !stop.spaceBefore && m.end - i > 1;
    const end = initial ? stop.end : (last?.end ?? t.end);
    const surface = ctx.body.slice(t.start, end);
    const single = m.end - i === 1;
    const person = m.entries.filter((e) => e.type === 'person');
    // A month or weekday alone is not a surname ("May"), unless an office precedes it.
    const calendarWord = single && (MONTHS.has(t.key) || WEEKDAYS.has(t.key));
    // "in The Hague": a place whose name takes the article is not the person who bears its word as a surname.
    const articlePlace = single && ctx.tokens[i - 1]?.text === 'The' && m.entries.some((e) => e.type === 'capital' || e.type === 'city');
    // "Muscat: Sultan X received …", "VALLETTA – …": a city opening a line as its dateline is the place, not a person
    // who bears its name as a surname.
    const datelineWord = single && (i === 0 || t.lineBefore) && m.entries.some((e) => e.type === 'capital' || e.type === 'city') && datelineAfter(ctx, i + 1);
    const inLongerName = person.length > 0 && ((single && partOfOtherName(ctx, i, m.end, person.map((e) => e.index))) || givenNameOfOther(ctx, i, m.end, person.map((e) => e.index)));
    const notPerson = single && person.length > 0 && notThisPerson(ctx, i, false, person.map((e) => e.index));
    // "will visit Montenegro", "Montenegro and Serbia": a state's name is the state, not someone who bears it as a
    // surname, unless an office or an honorific stands right before it ("Prime Minister Montenegro", "Mr. Montenegro").
    const stateName = m.entries.some((e) => e.type === 'country') && !titledBefore(ctx.tokens, i);
    if (person.length > 0 && !calendarWord && !articlePlace && !datelineWord && !inLongerName && !notPerson && !stateName && !(single && otherGivenName(ctx, i, person.map((e) => e.index)))) {
      const chosen = choosePerson(g, person.map((e) => e.index), ctx.reference);
      // "Isaias Afeworki": a short name followed by the person's surname spelt one letter otherwise is one name.
      const next = ctx.tokens[m.end];
      if (next && next.spaceBefore && !next.lineBefore && !last?.possessive && next.type === 'word' && next.text.length >= 6 && isNameWord(next) && !g.match(ctx.tokens, m.end) && g.fuzzyPeople(next.text).includes(chosen)) {
        const whole = ctx.body.slice(t.start, next.end);
        return mention('person', next.end, m.end + 1, whole, [{ person: chosen, name: whole.replace(/['’]s$/, ''), role: null, country: null }], null, -1);
      }
      return mention('person', end, m.end, surface, [{ person: chosen, name: surface, role: null, country: null }], null, -1);
    }
    const body = m.entries.find((e) => e.type === 'body');
    if (body) return mention('body', end, m.end, surface, [], null, body.index);
    const place = m.entries.find((e) => e.type === 'country' || e.type === 'capital' || e.type === 'adjective');
    if (place) {
      const code = g.countries[place.index]?.code ?? null;
      const kind = place.type === 'country' ? 'country' : place.type === 'capital' ? 'capital' : 'adjective';
      return mention(kind, end, m.end, surface, [], code, -1);
    }
    const city = m.entries.find((e) => e.type === 'city');
    if (city) return mention('city', end, m.end, surface, [], g.cities[city.index]?.country ?? null, -1);
  }
  // Transliterations not listed: a surname within one letter of a known one, with its given name if it agrees too.
  if (t.type === 'word' && t.cap && t.text.length >= 6 && !MONTHS.has(t.key)) {
    const hits = ctx.gazetteer.fuzzyPeople(t.text);
    if (hits.length > 0 && !otherGivenName(ctx, i, hits) && !partOfOtherName(ctx, i, i + 1, hits) && !givenNameOfOther(ctx, i, i + 1, hits) && !notThisPerson(ctx, i, true, hits)) {
      let end = i + 1;
      const next = ctx.tokens[i + 1];
      if (next && next.cap && !next.lineBefore && ctx.gazetteer.fuzzyPeople(next.text).some((p) => hits.includes(p))) end = i + 2;
      const chosen = choosePerson(g, hits, ctx.reference);
      const surface = slice(ctx, i, end);
      return mention('person', ctx.tokens[end - 1]?.end ?? t.end, end, surface, [{ person: chosen, name: surface, role: null, country: null }], null, -1);
    }
  }
  return null;
}

// Heads of a long form that name a state whatever follows ("the Republic of Zembla"); not "State of", "Union of".
const STATE_ONLY_HEADS = new Set(['republic', 'kingdom', 'sultanate', 'principality', 'emirate', 'duchy']);

/**
 * "to the Republic of Zembla", "the Sultanate of Qaru": a state's long form with a name the gazetteer does not know is a
 * state all the same (a place, no person), its name as written, its code unknown. Only after "the": without it ("Head
 * of Republic of Tuva Name") the words are more often a region's office.
 */
function unknownState(ctx: Context, i: number): Mention | null {
  const { tokens } = ctx;
  if (tokens[i - 1]?.key !== 'the') return null;
  const of = stateDesignation(tokens, i);
  if (!of || !STATE_ONLY_HEADS.has(of.head)) return null;
  const k = of.end + (tokens[of.end]?.key === 'the' ? 1 : 0);
  let end = k;
  while (end < k + 3 && isNameWord(tokens[end]) && !tokens[end]?.lineBefore && (end === k || tokens[end]?.spaceBefore)) {
    end++;
    if (tokens[end - 1]?.possessive) break;
  }
  if (end === k || isNameWord(tokens[end]) || ctx.gazetteer.match(tokens, k)) return null;
  const t = tokens[i];
  const last = tokens[end - 1];
  if (!t || !last) return null;
  const surface = ctx.body.slice(t.start, last.end).replace(/['’]s$/, '');
  return { kind: 'country', start: t.start, end: last.end, tokStart: i, tokEnd: end, people: [], country: null, body: -1, surface, quoted: false };
}

/**
 * "Foreign Minister Dilma Santos", "King Harald Berg": a known person's given name used alone as their short name
 * ("Dilma", "King Harald"), followed by a name word that is none of theirs, is someone else's given name.
 */
function givenNameOfOther(ctx: Context, i: number, end: number, people: readonly number[]): boolean {
  const t = ctx.tokens[end - 1];
  const next = ctx.tokens[end];
  if (!t || t.possessive || !next || !next.spaceBefore || next.lineBefore || !isNameWord(next)) return false;
  for (let k = i; k < end - 1; k++) if (!TITLE_WORDS.has(ctx.tokens[k]?.key ?? '')) return false;
  const g = ctx.gazetteer;
  return people.every((index) => {
    // "King Harald V": the given name after a title.
    const words = g.people[index]?.name.split(/\s+/) ?? [];
    const given = words.find((w) => !TITLE_WORDS.has(foldKey(w))) ?? '';
    return foldKey(given) === t.key && !nameWordsOf(g, index).has(next.text.toLowerCase()) && !g.fuzzyPeople(next.text).includes(index);
  });
}

/** An office or an honorific right before token i ("Prime Minister X", "Mr. X", "Premier X"). */
function titledBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return !!prev && prev.type === 'word' && !tokens[i]?.lineBefore && (ROLE_LAST_WORDS.has(prev.key) || NAME_OPENERS.has(prev.key));
}

/**
 * "Pio Garcia Escudero", "Eduardo Ferro Rodrigues": a surname of a known person right after a capitalised name word
 * that is none of that person's names belongs to someone else.
 */
function otherGivenName(ctx: Context, i: number, people: readonly number[]): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev || prev.type !== 'word' || !prev.cap || prev.lineBefore || ctx.tokens[i]?.lineBefore || !ctx.tokens[i]?.spaceBefore) return false;
  if (NOT_NAMES.has(prev.key) || HONORIFICS.has(prev.key) || ROLE_FIRST_WORDS.has(prev.key) || MONTHS.has(prev.key) || WEEKDAYS.has(prev.key) || prev.key.length < 2) return false;
  // "CiO Osmani", "OSCE Osmani": an acronym before a surname is an office or a body, not a given name.
  if (prev.upper || /^\p{Lu}\p{Ll}?\p{Lu}$/u.test(prev.text)) return false;
  // A capitalised word opening the sentence may be any word ("Hailing Garcia, …" is rare; "Yesterday Putin" is common).
  if (ctx.sentenceOf[i - 1] !== undefined && ctx.sentences[ctx.sentenceOf[i - 1] ?? 0]?.tokStart === i - 1) return false;
  const g = ctx.gazetteer;
  if (g.match(ctx.tokens, i - 1)) return false;
  return !people.some((index) => nameWordsOf(g, index).has(prev.key));
}

// Particles inside names: patronymics ("bin", "ibn"), articles of family names ("al-", "van der", "da").
export const NAME_PARTICLES: ReadonlySet<string> = new Set([...PARTICLES, 'ibn', 'bint', 'binti', 'den', 'dos', 'das', 'del', 'della', 'ter', 'ten']);

/**
 * "Faisal bin Hamad", "Marcelino da Costa", "Faisal al-Hakim": one word the gazetteer knows as someone's surname or
 * given name, joined by a particle to a name word that is none of that person's names, is part of another person's
 * name ("Hamad" after "bin" is a patronymic, not the emir who bears it; "Faisal" before "al-Hakim" is a given name).
 */
function partOfOtherName(ctx: Context, i: number, end: number, people: readonly number[]): boolean {
  const { tokens } = ctx;
  const theirs = (w: string): boolean => people.some((index) => nameWordsOf(ctx.gazetteer, index).has(w));
  // Before: <name word> <particle> [-] <this word>.
  let b = i - 1;
  if (tokens[b]?.text === '-' && !tokens[b]?.spaceBefore && !tokens[i]?.spaceBefore) b--;
  const before = tokens[b];
  if (before && NAME_PARTICLES.has(before.key) && isNameWord(tokens[b - 1]) && !theirs(tokens[b - 1]?.key ?? '') && !tokens[b - 1]?.lineBefore) return true;
  // After: this word <particle> [-] <name word>.
  const after = tokens[end];
  let a = end + 1;
  if (tokens[a]?.text === '-' && !tokens[a]?.spaceBefore) a++;
  return !!after && NAME_PARTICLES.has(after.key) && !after.lineBefore && isNameWord(tokens[a]) && !theirs(tokens[a]?.key ?? '');
}

// The lower-case words of each person's names, built once per person and gazetteer.
const nameWords = new WeakMap<Gazetteer, Map<number, Set<string>>>();
function nameWordsOf(g: Gazetteer, index: number): Set<string> {
  let byPerson = nameWords.get(g);
  if (!byPerson) nameWords.set(g, (byPerson = new Map()));
  let words = byPerson.get(index);
  if (!words) {
    const p = g.people[index];
    words = new Set(p ? [p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/)) : []);
    byPerson.set(index, words);
  }
  return words;
}

/** Of several people sharing a name, the one in office on the reference date. */
function choosePerson(g: Gazetteer, candidates: readonly number[], date: string | null): number {
  if (candidates.length === 1 || date === null) return candidates[0] ?? -1;
  for (const c of candidates) {
    const p = g.people[c];
    if (p && p.positions.some((pos) => pos.from <= date && (pos.to === null || date <= pos.to))) return c;
  }
  return candidates[0] ?? -1;
}

function keysFrom(ctx: Context, i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i; j < ctx.tokens.length && out.length < n; j++) {
    const t = ctx.tokens[j];
    if (!t || (j > i && t.lineBefore)) break;
    if (t.type === 'punct') {
      if (t.text === '-') continue;
      break;
    }
    out.push(t.key);
  }
  return out;
}

export const findMentions = (ctx: Context): void => {
  const { tokens } = ctx;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.type === 'punct') continue;
    const g = gazetteerAt(ctx, i);
    if (g) {
      out.push(g);
      i = g.tokEnd - 1;
      continue;
    }
    // Coordinated offices of the parties: "our Foreign and Defence Ministers" (surface lists the offices).
    if (tokens[i + 1]?.key === 'and' && (tokens[i + 3]?.key === 'ministers' || tokens[i + 3]?.key === 'secretaries')) {
      const a = matchRole([t.key, 'minister']);
      const b = matchRole([tokens[i + 2]?.key ?? '', 'minister']);
      if (a && b && a.length === 2 && b.length === 2) {
        out.push({ kind: 'offices', start: t.start, end: tokens[i + 3]?.end ?? t.end, tokStart: i, tokEnd: i + 4, people: [], country: null, body: -1, surface: `${a.role.role}|${b.role.role}`, quoted: false });
        i += 3;
        continue;
      }
    }
    // Offices: "President", "Prime Minister", "Minister of Foreign Affairs", "Presidents".
    // Offices in lower case count after a determiner ("the president said", "the head of state").
    // "the outgoing prime minister", "the new president": a word of tenure between the determiner and the office.
    const determined = DETERMINERS.has(tokens[i - 1]?.key ?? '') || (TENURE.has(tokens[i - 1]?.key ?? '') && DETERMINERS.has(tokens[i - 2]?.key ?? ''));
    // "presidential press secretary Yury Ushakov": an office in lower case counts when a name follows it.
    const plain = t.cap || determined || t.key === 'presidents' || t.key === 'leaders';
    let role = ROLE_FIRST_WORDS.has(t.key) && (plain || nameWithin(tokens, i + 1, 5)) ? matchRole(keysFrom(ctx, i, 9)) : null;
    if (role && !plain) {
      const after = tokens[i + role.length];
      // "the country's president, Rafael Soto": after a possessive, the name may follow a comma.
      const apposed = tokens[i - 1]?.possessive === true && after?.text === ',' && isNameWord(tokens[i + role.length + 1]) && isNameWord(tokens[i + role.length + 2]);
      if (!(isNameWord(after) && isNameWord(tokens[i + role.length + 1]) && !after?.lineBefore) && !apposed) role = null;
    }
    if (role && ENVOYS.has(role.role.role)) {
      // "Ambassador John Bolton" keeps the title for life: an envoy's office counts only with the state that sends
      // them before it ("the Japanese Ambassador", "India's High Commissioner") or the states after it ("of", "to").
      const prev = out[out.length - 1];
      const sender = prev && prev.tokEnd === i && (prev.kind === 'adjective' || prev.kind === 'country');
      const next = tokens[i + role.length]?.key;
      if (!sender && next !== 'of' && next !== 'to') role = null;
    }
    if (role) {
      let end = i;
      for (let n = 0; n < role.length; end++) if (tokens[end]?.type !== 'punct') n++;
      out.push({ kind: 'role', start: t.start, end: tokens[end - 1]?.end ?? t.end, tokStart: i, tokEnd: end, people: [], country: null, body: -1, surface: role.role.role + (role.role.plural ? 's' : ''), quoted: false });
      i = end - 1;
      continue;
    }
    if (!t.cap || t.key === 'leaders') {
      const k = t.key;
      if (k === 'he' || k === 'his' || k === 'she' || k === 'her' || k === 'him') {
        out.push({ kind: 'pronoun', start: t.start, end: t.end, tokStart: i, tokEnd: i + 1, people: [], country: null, body: -1, surface: t.text, quoted: false });
        continue;
      }
      const group = GROUP_FIRST.has(k) && GROUP_PHRASES.find((p) => p.every((w, n) => tokens[i + n]?.key === w));
      if (group && (group[0] !== 'the' || tokens[i + 2]?.key === 'discussed')) {
        const end = i + group.length;
        out.push({ kind: 'group', start: t.start, end: tokens[end - 1]?.end ?? t.end, tokStart: i, tokEnd: end, people: [], country: null, body: -1, surface: slice(ctx, i, end), quoted: false });
        i = end - 1;
        continue;
      }
    }
    // A person outside the gazetteer: honorific or office followed by two to four name words, or a name met.
    if (isNameWord(t) && (honorificBefore(tokens, i) || metByName(tokens, i) || namedForFather(ctx, i))) {
      let end = i + 1;
      let stops = 0;
      // "Mr. Md. Abdul Karim", "Dr. Anna K. Lind": the full stop of an initial or of an abbreviated part inside the name.
      const initialStop = (k: number): boolean => tokens[k]?.text === '.' && !tokens[k]?.spaceBefore && (tokens[k - 1]?.text.length === 1 || isNameAbbreviation(tokens[k - 1])) && isNameWord(tokens[k + 1]);
      while (end < tokens.length && end - i - stops < 4 && !tokens[end]?.lineBefore) {
        if (initialStop(end)) stops++;
        else if (!(isNameWord(tokens[end]) || (PARTICLES.has(tokens[end]?.key ?? '') && isNameWord(tokens[end + 1])) || (tokens[end]?.text === '-' && isNameWord(tokens[end + 1]) && !tokens[end]?.spaceBefore))) break;
        end++;
      }
      // "Park Min-soo", "Choi Ji-hoon": the lower-case part of a hyphenated given name, written without spaces.
      if (isNameWord(tokens[end - 1]) && end - i >= 2 && givenNameSyllable(tokens, end + 1)) end += 2;
      if (tokens[end - 1]?.text === '-') end--;
      // "Dr Seyyed Ebrahim Raisi": a known person inside the run is that person, found by the gazetteer at its word.
      let known = false;
      for (let j = i + 1; j < end && !known; j++) {
        const inside = gazetteerAt(ctx, j);
        if (inside?.kind !== 'person') continue;
        // "Sheikh Khalid bin Mohamed bin Zayed": a known name after "bin" is the father's, the end of the son's name.
        if (PATRONYMIC.has(tokens[j - 1]?.key ?? '')) {
          end = inside.tokEnd;
          break;
        }
        known = true;
      }
      if (end - i >= 1 && !known) {
        const surface = slice(ctx, i, end);
        out.push({ kind: 'person', start: t.start, end: tokens[end - 1]?.end ?? t.end, tokStart: i, tokEnd: end, people: [{ person: -1, name: surface.replace(/['’]s$/, ''), role: null, country: null }], country: null, body: -1, surface, quoted: false });
        i = end - 1;
      }
    }
  }
  surnameOfNamedInFull(ctx, out);
  ctx.mentions = nicknamesInNames(ctx, out);
  markQuoted(ctx, ctx.mentions);
};

const NICKNAME_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * 'Joko "Jokowi" Widodo': a known person's short name in quotation marks between their given name and their surname is
 * one mention of them, named without the nickname ("Joko Widodo").
 */
function nicknamesInNames(ctx: Context, mentions: Mention[]): Mention[] {
  const { tokens } = ctx;
  const out: Mention[] = [];
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n];
    const next = mentions[n + 1];
    const ref = m?.people[0];
    const given = tokens[(m?.tokStart ?? 0) - 2];
    if (m && next && ref && ref.person >= 0 && m.kind === 'person' && next.kind === 'person' && given && isNameWord(given) && !given.lineBefore && NICKNAME_MARKS.has(tokens[m.tokStart - 1]?.text ?? '') && NICKNAME_MARKS.has(tokens[m.tokEnd]?.text ?? '') && next.tokStart === m.tokEnd + 1 && next.people[0]?.person === ref.person && nameWordsOf(ctx.gazetteer, ref.person).has(given.text.toLowerCase()) && out[out.length - 1]?.tokEnd !== m.tokStart - 1) {
      const name = `${given.text} ${next.surface.replace(/['’]s$/, '')}`;
      out.push({ ...m, start: given.start, end: next.end, tokStart: m.tokStart - 2, tokEnd: next.tokEnd, surface: ctx.body.slice(given.start, next.end), people: [{ ...ref, name }] });
      n++;
      continue;
    }
    if (m) out.push(m);
  }
  return out;
}

/**
 * "Lawrence Wong … Wong will be accompanied by": a surname alone that several gazetteer people bear is the one the text
 * named in full before, not whichever of them the reference date ranks first.
 */
function surnameOfNamedInFull(ctx: Context, mentions: readonly Mention[]): void {
  const g = ctx.gazetteer;
  const full = new Map<string, number>();
  for (const m of mentions) {
    const p = m.people[0];
    if (m.kind !== 'person' || !p || p.person < 0) continue;
    if (m.tokEnd - m.tokStart > 1) {
      for (let i = m.tokStart; i < m.tokEnd; i++) if (ctx.tokens[i]?.type === 'word') full.set(ctx.tokens[i]?.key ?? '', p.person);
      continue;
    }
    const named = full.get(ctx.tokens[m.tokStart]?.key ?? '');
    if (named === undefined || named === p.person) continue;
    const bearers = g.match(ctx.tokens, m.tokStart)?.entries ?? [];
    if (bearers.some((e) => e.type === 'person' && e.index === named)) p.person = named;
  }
}

function markQuoted(ctx: Context, mentions: Mention[]): void {
  let q = 0;
  for (const m of mentions) {
    while (q < ctx.quotes.length && (ctx.quotes[q]?.end ?? 0) <= m.start) q++;
    const quote = ctx.quotes[q];
    if (quote && quote.start <= m.start && m.end <= quote.end) m.quoted = true;
  }
}

/** What follows a dateline's city: a colon or a dash, or a comma and a date ("MUSCAT, Sept. 9 –"). */
function datelineAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lineBefore) return false;
  return t.text === ':' || DASHES.has(t.text) || (t.text === ',' && MONTHS.has(ctx.tokens[k + 1]?.key ?? ''));
}

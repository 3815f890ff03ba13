// Lookups over the gazetteer data: a token trie over every name, alias, adjective and capital; a deletion index for
// transliteration-tolerant surname matching; and "who held office X of country Y on date D".
import { foldKey, tokenise } from '../text/tokens.ts';
import type { Token } from '../text/tokens.ts';
import type { CountryCode, GazetteerBody, GazetteerCity, GazetteerCountry, GazetteerPerson, GazetteerPosition } from './types.ts';

export type EntryType = 'person' | 'country' | 'adjective' | 'capital' | 'city' | 'body';

export interface Entry {
  type: EntryType;
  /** Index into the people, countries, cities or bodies array. */
  index: number;
}

export interface TrieMatch {
  /** Token index after the match. */
  end: number;
  entries: Entry[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

export interface GazetteerData {
  people: readonly GazetteerPerson[];
  countries: readonly GazetteerCountry[];
  bodies: readonly GazetteerBody[];
  /** Non-capital cities; optional so that small test gazetteers need not list any. */
  cities?: readonly GazetteerCity[];
}

export interface Gazetteer extends GazetteerData {
  cities: readonly GazetteerCity[];
  /** Longest gazetteer name starting at token i. */
  match(tokens: readonly Token[], i: number): TrieMatch | null;
  /** People one of whose name words is within one edit of the word (transliterations: Lukashenka/Lukashenko). */
  fuzzyPeople(word: string): number[];
  countryByCode(code: CountryCode): GazetteerCountry | undefined;
  /** People holding the role for the country (or body) on the date; the latest appointee first. */
  holders(role: string, country: CountryCode | null, date: string | null): GazetteerPerson[];
  /** The position a person held on the date (first listed wins), or their latest one. */
  positionOn(person: GazetteerPerson, date: string | null): GazetteerPosition | null;
  /** Case-insensitive lookup of a body by name or alias. */
  bodyNamed(name: string): GazetteerBody | undefined;
}

const ROLE_SYNONYMS: Record<string, string> = {
  premier: 'prime minister',
  pm: 'prime minister',
  'head of government': 'prime minister',
  'minister of foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister',
  'foreign secretary': 'foreign minister',
  'secretary of state': 'foreign minister',
  'secretary-general': 'secretary general',
  taoiseach: 'prime minister',
  'defence secretary': 'defence minister',
  'defense secretary': 'defence minister',
  'defense minister': 'defence minister',
  'secretary of defense': 'defence minister',
  'minister of defence': 'defence minister',
  'minister for foreign affairs': 'foreign minister',
  'external affairs minister': 'foreign minister',
  'minister of external affairs': 'foreign minister',
  'minister for external affairs': 'foreign minister',
  'spokesman': 'spokesperson',
  'spokeswoman': 'spokesperson',
  'press secretary': 'spokesperson',
  'federal chancellor': 'chancellor',
};

export function roleKey(role: string): string {
  const k = role.toLowerCase().replace(/\s+/g, ' ').trim();
  return ROLE_SYNONYMS[k] ?? k;
}

/** The transliteration fold applied before fuzzy comparison: x/ks, final -iy/-ii/-y. */
export function translitFold(key: string): string {
  return key.replace(/x/g, 'ks').replace(/(?:iy|ii|yi)$/, 'y').replace(/kh/g, 'h');
}

function nameKeys(name: string): string[] {
  const keys = tokenise(name)
    .filter((t) => t.type !== 'punct')
    .map((t) => t.key);
  if (keys[0] === 'the' && keys.length > 1) keys.shift();
  return keys;
}

// Titles written into some names ("Emperor Naruhito", "Sultan Haitham"): no one is found by a title alone.
const TITLES = new Set(['emperor', 'empress', 'sultan', 'prince', 'princess', 'sheikh', 'sheikha', 'king', 'queen', 'emir', 'president']);

// Given names and patronymics that end many people's names: never a surname alone unless a spelling lists it.
const COMMON_NAMES = new Set([
  'mohamed', 'mohammed', 'muhammad', 'mohammad', 'mohamad', 'muhammed', 'ahmed', 'ahmad', 'hussein', 'husain', 'hussain',
  'hassan', 'hasan', 'mustafa', 'mostafa', 'ibrahim', 'abdullah', 'abdulla', 'mahmud', 'mahmoud', 'mahmood', 'khalid', 'khaled',
  'rahman', 'singh', 'kumar', 'ahmed', 'yusuf', 'youssef', 'omar', 'umar', 'salem', 'saleh', 'salih', 'mohamud', 'abdi',
]);

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Within one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

// Words of a state's long form: heads ("Republic", "Kingdom") and the words that qualify them ("Federal", "Islamic",
// "People's", "Grand"), before "of" and the state's name.
export const STATE_HEADS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'sultanate', 'principality', 'emirate', 'duchy', 'state', 'commonwealth', 'federation', 'union']);
const STATE_QUALIFIERS = new Set([
  'federal', 'federative', 'democratic', 'people', 'peoples', 'islamic', 'arab', 'socialist', 'united', 'hashemite', 'grand',
  'plurinational', 'bolivarian', 'oriental', 'co', 'operative', 'cooperative', 'independent', 'sovereign', 'great', 'popular',
]);

/**
 * "Republic of", "Federal Democratic Republic of", "Grand Duchy of", "Co-operative Republic of": the designation of a
 * state written from token i, each word capitalised and the last a head; `end` is the token after "of", `head` the key
 * of the last word.
 */
export function stateDesignation(tokens: readonly Token[], i: number): { end: number; head: string } | null {
  let j = i;
  let head = '';
  while (j < tokens.length && j - i < 7) {
    const t = tokens[j];
    if (!t || (j > i && t.lineBefore)) return null;
    if (t.text === '-' && j > i && !t.spaceBefore) {
      j++;
      continue;
    }
    const joined = j > i && tokens[j - 1]?.text === '-' && !t.spaceBefore;
    if (t.type !== 'word' || !(t.cap || joined)) break;
    if (STATE_HEADS.has(t.key)) head = t.key;
    else if (STATE_QUALIFIERS.has(t.key)) head = '';
    else break;
    j++;
  }
  const of = tokens[j];
  if (!head || !of || of.key !== 'of' || of.cap || of.lineBefore || tokens[j - 1]?.possessive) return null;
  return { end: j + 1, head };
}

export function buildGazetteer(data: GazetteerData): Gazetteer {
  const root: TrieNode = { next: new Map(), entries: [] };
  const add = (name: string, entry: Entry): void => {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => e.type === entry.type && e.index === entry.index)) node.entries.push(entry);
  };

  data.countries.forEach((c, index) => {
    add(c.name, { type: 'country', index });
    for (const a of c.aliases) add(a, { type: 'country', index });
    for (const a of c.adjectives) add(a, { type: 'adjective', index });
    for (const a of c.capitals) add(a, { type: 'capital', index });
  });
  // Cities after countries: a name that is both ("Georgia") stays a country first in the lookup's preference order.
  const cities = data.cities ?? [];
  cities.forEach((c, index) => {
    add(c.name, { type: 'city', index });
    for (const a of c.aliases) add(a, { type: 'city', index });
  });
  data.bodies.forEach((b, index) => {
    add(b.name, { type: 'body', index });
    for (const a of b.aliases) add(a, { type: 'body', index });
  });

  // Surnames alone and East Asian order ("Kishida Fumio") are added when the data does not list them.
  const fuzzy = new Map<string, Set<number>>();
  const fuzzyAdd = (key: string, person: number): void => {
    let set = fuzzy.get(key);
    if (!set) fuzzy.set(key, (set = new Set()));
    set.add(person);
  };
  // A family name after "Al"/"El" that several people bear ("Al Nahyan", "Al Thani", "Al-Sabah") names none of them alone.
  const dynasty = new Map<string, Set<number>>();
  data.people.forEach((p, index) => {
    for (const n of [p.name, ...p.aliases]) {
      const keys = nameKeys(n);
      const last = keys[keys.length - 1];
      if (keys.length >= 3 && last && (keys[keys.length - 2] === 'al' || keys[keys.length - 2] === 'el')) {
        let set = dynasty.get(last);
        if (!set) dynasty.set(last, (set = new Set()));
        set.add(index);
      }
    }
  });
  data.people.forEach((p, index) => {
    const entry: Entry = { type: 'person', index };
    const names = [p.name, ...p.aliases];
    // "Moon Jae-in", "Ban Ki-moon": a given name of hyphenated syllables after the family name; the last word of any
    // spelling is a syllable of the given name ("moon" of "Ban Ki Moon"), no surname alone.
    const familyFirst = names.some((n) => /\s\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(n));
    // A short form that spells the opening words of the full name otherwise ("Mohammed bin Zayed" for "Mohamed bin
    // Zayed Al Nahyan") also goes on with the rest of it ("Mohammed bin Zayed Al Nahyan").
    const full = nameKeys(p.name);
    for (const a of p.aliases) {
      const keys = nameKeys(a);
      if (keys.length >= 2 && keys.length < full.length && keys[keys.length - 1] === full[keys.length - 1] && keys[0] !== full[0]) {
        names.push([...keys, ...full.slice(keys.length)].join(' '));
      }
    }
    for (const n of names) {
      add(n, entry);
      const keys = nameKeys(n);
      const last = keys[keys.length - 1];
      if (keys.length === 2 && keys[0] && last) add(`${last} ${keys[0]}`, entry);
      const shared = last !== undefined && (dynasty.get(last)?.size ?? 0) > 1 && (keys[keys.length - 2] === 'al' || keys[keys.length - 2] === 'el');
      // "Sultan Ibrahim of Johor", "Henri of Luxembourg": the word after "of" is a place, not a surname; a given name or
      // patronymic that thousands bear ("Amina Mohamed", "Fuad Hussein") names no one alone.
      const ofPlace = keys[keys.length - 2] === 'of';
      if (keys.length >= 2 && last && last.length >= 4 && !MONTHS_AND_DAYS.has(last) && !shared && !ofPlace && !familyFirst && !COMMON_NAMES.has(last) && !TITLES.has(last)) add(last, entry);
      for (const k of keys) {
        if (k.length < 6 || TITLES.has(k)) continue;
        const f = translitFold(k);
        fuzzyAdd(f, index);
        for (let d = 0; d < f.length; d++) fuzzyAdd(f.slice(0, d) + f.slice(d + 1), index);
      }
    }
  });

  const byRole = new Map<string, { person: GazetteerPerson; pos: GazetteerPosition }[]>();
  for (const person of data.people) {
    for (const pos of person.positions) {
      const k = `${roleKey(pos.role)}|${pos.country ?? pos.body ?? ''}`;
      let list = byRole.get(k);
      if (!list) byRole.set(k, (list = []));
      list.push({ person, pos });
    }
  }
  const countries = new Map(data.countries.map((c) => [c.code, c]));
  const bodies = new Map<string, GazetteerBody>();
  for (const b of data.bodies) for (const n of [b.name, ...b.aliases]) bodies.set(nameKeys(n).join(' '), b);

  const fuzzyLookup = (word: string): number[] => {
    const f = translitFold(foldKey(word));
    if (f.length < 6) return [];
    const found = new Set<number>();
    const probe = (k: string): void => {
      for (const p of fuzzy.get(k) ?? []) found.add(p);
    };
    probe(f);
    for (let d = 0; d < f.length; d++) probe(f.slice(0, d) + f.slice(d + 1));
    // The deletion index over-approximates; confirm against the person's actual words.
    return [...found].filter((index) => {
      const p = data.people[index];
      if (!p) return false;
      // Only a surname (the last word of a name, or a one-word alias): a given name such as "Carlos" within one letter
      // of someone's is no evidence of them.
      return [p.name, ...p.aliases].some((n) => {
        const keys = nameKeys(n);
        const k = keys[keys.length - 1] ?? '';
        return k.length >= 6 && !TITLES.has(k) && !COMMON_NAMES.has(k) && withinOneEdit(translitFold(k), f);
      });
    });
  };
  const fuzzyCache = new Map<string, number[]>();

  const inOffice = (pos: GazetteerPosition, date: string): boolean =>
    pos.from.slice(0, date.length) <= date && (pos.to === null || date <= pos.to || pos.to.startsWith(date.slice(0, pos.to.length)));

  /** Longest gazetteer name starting at token i, as the trie spells it. */
  const walk = (tokens: readonly Token[], i: number): TrieMatch | null => {
    const first = tokens[i];
    if (!first || first.type === 'punct' || !(first.cap || first.type === 'num')) return null;
    let node: TrieNode | undefined = root;
    let best: TrieMatch | null = null;
    let j = i;
    while (j < tokens.length && node) {
      const t: Token | undefined = tokens[j];
      if (!t) break;
      if (j > i && t.lineBefore) break;
      if (t.type === 'punct') {
        // Dots and hyphens inside names ("U.S.", "Kassym-Jomart") are skipped; other marks end the name.
        if ((t.text === '.' || t.text === '-' || t.text === "'") && j > i) {
          j++;
          continue;
        }
        break;
      }
      node = node.next.get(t.key);
      if (!node) break;
      j++;
      // A name ends on a capital, a number, or a syllable in lower case joined by a hyphen ("Tsai Ing-wen").
      const syllable = j - 1 > i && tokens[j - 2]?.text === '-' && !t.spaceBefore && !tokens[j - 2]?.spaceBefore;
      if (node.entries.length > 0 && (t.cap || t.type === 'num' || syllable)) best = { end: j, entries: node.entries };
      // A possessive ends a name ("Putin's"), unless the name goes on ("People's Republic of China").
      if (t.possessive && !node.next.has(tokens[j]?.key ?? '')) break;
    }
    return best;
  };

  return {
    ...data,
    cities,
    match(tokens, i) {
      const best = walk(tokens, i);
      // "the Republic of Macedonia", "the Kingdom of Nepal": a state's long form the data does not list is that state.
      const of = stateDesignation(tokens, i);
      if (!of) return best;
      const k = of.end + (tokens[of.end]?.key === 'the' && !tokens[of.end]?.lineBefore ? 1 : 0);
      const state = walk(tokens, k);
      const countries = state?.entries.filter((e) => e.type === 'country') ?? [];
      return state && countries.length > 0 && (!best || state.end > best.end) ? { end: state.end, entries: countries } : best;
    },
    fuzzyPeople(word) {
      // Capitalised words that are no known name come back readout after readout: remember the answer.
      const cached = fuzzyCache.get(word);
      if (cached) return cached;
      const result = fuzzyLookup(word);
      if (fuzzyCache.size > 20_000) fuzzyCache.clear();
      fuzzyCache.set(word, result);
      return result;
    },
    countryByCode: (code) => countries.get(code),
    holders(role, country, date) {
      const list = byRole.get(`${roleKey(role)}|${country ?? ''}`) ?? [];
      const hits = list.filter(({ pos }) => (date === null ? pos.to === null : inOffice(pos, date)));
      hits.sort((a, b) => (a.pos.from < b.pos.from ? 1 : a.pos.from > b.pos.from ? -1 : 0));
      return [...new Set(hits.map((h) => h.person))];
    },
    positionOn(person, date) {
      if (date !== null) {
        const p = person.positions.find((pos) => inOffice(pos, date));
        if (p) return p;
      }
      let latest: GazetteerPosition | null = null;
      for (const pos of person.positions) if (!latest || pos.from > latest.from) latest = pos;
      return latest;
    },
    bodyNamed: (name) => bodies.get(nameKeys(name).join(' ')),
  };
}

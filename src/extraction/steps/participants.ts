// Who takes part, read from the sentence's grammar: leaders behind a speech verb, the leaders of the states a summit's
// label names, a group opening the sentence; and the clause links (coordination, an opening place) the event step uses.
import { firstIndex, samePersonRef } from '../context.ts';
import type { Context, Mention, PersonRef, Trigger, TokenIndex } from '../context.ts';
import { joinerInName, reportedAfter } from './status.ts';
import { placeInfo } from './event-links.ts';
import { TO_ATTEND } from './arrival-stay.ts';

const LEADER_ROLES = new Set(['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Emir', 'Crown Prince', 'Sultan', 'Taoiseach', 'Premier']);

/** The role the text gives a person, else the gazetteer's on the reference date. */
export function roleOf(ctx: Context, p: PersonRef): string | null {
  const person = p.person >= 0 ? ctx.gazetteer.people[p.person] : undefined;
  return p.role ?? (person ? ctx.gazetteer.positionOn(person, ctx.reference)?.role : null) ?? null;
}

export function isLeader(ctx: Context, p: PersonRef): boolean {
  const role = roleOf(ctx, p);
  return role !== null && LEADER_ROLES.has(role);
}

// Who speaks for a state or a body in their own right: its leader, its chief diplomat, the head of an organisation.
// Their remarks to the press are an interview; a spokesperson's, a deputy's or a press service's are sourcing.
const PRINCIPAL_ROLES = new Set([...LEADER_ROLES, 'Foreign Minister', 'Minister of Foreign Affairs', 'Secretary of State', 'Secretary-General', 'Secretary General']);

export function isPrincipal(ctx: Context, p: PersonRef): boolean {
  const role = roleOf(ctx, p);
  return role !== null && PRINCIPAL_ROLES.has(role);
}

const SPOKESPEOPLE = new Set(['Spokesperson', 'Press Secretary', 'Spokesman', 'Spokeswoman']);

export function isSpokesperson(ctx: Context, p: PersonRef): boolean {
  const role = roleOf(ctx, p);
  return role !== null && SPOKESPEOPLE.has(role);
}

/** The subject right before a speech verb: "Lukashenko told", "he himself told", "the President, speaking to". */
export function speakerBefore(ctx: Context, t: Trigger, ments: readonly Mention[]): PersonRef | null {
  for (let i = ments.length - 1; i >= 0; i--) {
    const m = ments[i];
    if (!m || m.tokEnd > t.tokStart) continue;
    if (t.tokStart - m.tokEnd > 3) return null;
    if ((m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1) return m.people[0] ?? null;
  }
  return null;
}

// States whose leader is the head of government (a prime minister or chancellor), not a ceremonial president or monarch.
const GOVERNMENT_LEADS = new Set([
  'GB', 'JP', 'DE', 'IT', 'IN', 'CA', 'AU', 'NZ', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'IE', 'IL', 'GR', 'HU', 'CZ', 'SK',
  'AT', 'PT', 'EE', 'LV', 'LT', 'HR', 'SI', 'BG', 'MT', 'LU', 'PK', 'BD', 'TH', 'MY', 'SG', 'NP', 'AM', 'GE', 'IQ', 'ET',
]);

/** The leaders of the states a multilateral label names ("Japan-U.S.-ROK Summit"), not already among the people. */
export function leadersOfStates(ctx: Context, t: Trigger, date: string | null, people: readonly PersonRef[]): PersonRef[] {
  if (t.kind !== 'summit' || t.states.length < 3) return [];
  const g = ctx.gazetteer;
  const missing = t.states.filter((c) => !people.some((p) => (p.country ?? (p.person >= 0 ? g.positionOn(g.people[p.person]!, date)?.country : null)) === c));
  return leadersOf(ctx, missing, date);
}

const DETERMINERS_BEFORE = new Set(['a', 'the', 'their', 'his', 'her', 'its']);

/** Two triggers joined by "and" with no clause between ("talks … and negotiations", "the summit … and a session"). */
export function coordinated(ctx: Context, a: Trigger | undefined, b: Trigger): boolean {
  if (!a) return false;
  // "the call between <two long titles and names> as well as a visit …": "as well as" joins over the names between.
  const j = b.tokStart - (DETERMINERS_BEFORE.has(ctx.tokens[b.tokStart - 1]?.key ?? '') ? 1 : 0);
  const asWellAs = ctx.tokens[j - 3]?.key === 'as' && ctx.tokens[j - 2]?.key === 'well' && ctx.tokens[j - 1]?.key === 'as';
  if (b.tokStart - a.tokEnd > (asWellAs ? 30 : 10)) return false;
  if (asWellAs) return !ctx.tokens.slice(a.tokEnd, b.tokStart).some((t) => t.text === '.' || t.text === ';');
  let and = false;
  for (let k = a.tokEnd; k < b.tokStart; k++) {
    const key = ctx.tokens[k]?.key ?? '';
    if (key === 'and') and = true;
    if (key === '.' || key === ';' || key === 'which' || key === 'who' || key === 'after' || key === 'before') return false;
  }
  return and;
}

/** "In Dushanbe, X will hold talks …": a place that opens the sentence is where its events happen. */
export function openingPlace(ctx: Context, start: number, before: number, byTok: TokenIndex): string | null {
  if (ctx.tokens[start]?.key !== 'in' || before <= start + 1) return null;
  const m = byTok.get(start + 1);
  return m && (m.kind === 'capital' || m.kind === 'city') ? m.surface : null;
}

/** A group ("the heads of state", "the leaders") is the first mention of the sentence. */
export function groupSubject(ctx: Context, ments: readonly Mention[], start: number): boolean {
  const first = ments.find((m) => !m.quoted);
  return !!first && first.kind === 'group' && first.tokStart - start <= 1;
}

/** Holders of each office for each state of the given people ("our Foreign and Defence Ministers" after a call of two leaders). */
export function holdersOf(ctx: Context, roles: readonly string[], parties: readonly PersonRef[], date: string | null): PersonRef[] {
  const g = ctx.gazetteer;
  const states: string[] = [];
  for (const p of parties) {
    const person = p.person >= 0 ? g.people[p.person] : undefined;
    const c = p.country ?? (person ? g.positionOn(person, date)?.country : null) ?? null;
    if (c && !states.includes(c)) states.push(c);
  }
  const out: PersonRef[] = [];
  for (const c of states) {
    for (const role of roles) {
      const holder = g.holders(role, c, date)[0];
      if (holder) out.push({ person: g.people.indexOf(holder), name: holder.name, role, country: c });
    }
  }
  return out;
}

// The people a text names outside quotations, each once: computed once per readout for hostsNamed.
const namedPeople = new WeakMap<Context, PersonRef[]>();

function peopleNamed(ctx: Context): PersonRef[] {
  let list = namedPeople.get(ctx);
  if (list) return list;
  list = [];
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.quoted || (m.kind !== 'person' && m.kind !== 'role') || m.people.length !== 1) continue;
    const p = m.people[0];
    if (!p) continue;
    const key = p.person >= 0 ? `#${p.person}` : p.name;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(p);
  }
  namedPeople.set(ctx, list);
  return list;
}

/** The leaders of a state that the text names anywhere (outside quotations): the hosts of a visit to it. */
export function hostsNamed(ctx: Context, country: string | null, date: string | null, already: readonly PersonRef[]): PersonRef[] {
  if (!country) return [];
  const g = ctx.gazetteer;
  const out: PersonRef[] = [];
  for (const p of peopleNamed(ctx)) {
    const person = p.person >= 0 ? g.people[p.person] : undefined;
    const c = p.country ?? (person ? g.positionOn(person, date)?.country : null) ?? null;
    if (c !== country || !isLeader(ctx, p)) continue;
    const same = (q: PersonRef): boolean => (p.person >= 0 ? q.person === p.person : q.person < 0 && q.name === p.name);
    if (already.some(same) || out.some(same)) continue;
    out.push({ ...p });
  }
  return out;
}

/** Name words as compared for one person: lower case, no diacritics, glued words split ("AddoDankwaAkufo"). */
// The same names recur in every readout (the gazetteer's spellings), so their word sets are kept; the cache is
// emptied when it grows past a bound, since names found by pattern are unbounded over many readouts.
const wordSets = new Map<string, ReadonlySet<string>>();
function nameWordSet(name: string): ReadonlySet<string> {
  let words = wordSets.get(name);
  if (words) return words;
  const split = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  words = new Set(
    split
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );
  if (wordSets.size >= 20_000) wordSets.clear();
  wordSets.set(name, words);
  return words;
}

const subsetOf = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size > 0 && [...a].every((w) => b.has(w));

/**
 * One person named twice in one event, once found by the gazetteer and once by pattern ("Raisi" and "Dr Seyyed Ebrahim
 * Raisi", "Akufo-Addo" and "Nana AddoDankwaAkufo-Addo"), or twice by pattern ("Kang Kyung" and "Kang Kyung-wha"): a
 * person found by pattern whose name contains all the words of another's name (or one of its gazetteer spellings), or
 * whose words all belong to one of them ("Rodrigo" beside Rodrigo Duterte), is that person. The gazetteer's entry is kept; of two found by pattern, the longer name.
 */
export function withoutRepeatedPeople(ctx: Context, people: readonly PersonRef[]): PersonRef[] {
  if (people.length < 2) return [...people];
  const g = ctx.gazetteer;
  const spellings = people.map((p) => {
    const person = p.person >= 0 ? g.people[p.person] : undefined;
    return (person ? [p.name, person.name, ...person.aliases] : [p.name]).map(nameWordSet);
  });
  const drop = new Set<number>();
  people.forEach((p, i) => {
    if (p.person >= 0) return;
    const own = spellings[i]?.[0];
    if (!own) return;
    people.forEach((q, j) => {
      if (i === j || drop.has(j) || drop.has(i)) return;
      const theirs = spellings[j] ?? [];
      if (!theirs.some((w) => subsetOf(w, own) || subsetOf(own, w))) return;
      // Two found by pattern: the shorter name goes, so the fuller spelling stays.
      if (q.person < 0 && (theirs[0]?.size ?? 0) < own.size) drop.add(j);
      else drop.add(i);
    });
  });
  return people.filter((_, i) => !drop.has(i));
}

// What is said about a gathering rather than who attends it: "in preparation for next month's AU summit", "the
// decisions adopted at the G20 summit in September", "the results of the Vilnius summit".
const TOPIC_HEADS = new Set([
  'preparation', 'preparations', 'preparing', 'agenda', 'organisation', 'organization', 'results', 'result', 'outcome',
  'outcomes', 'decisions', 'decision', 'implementation', 'conclusions', 'declaration', 'documents', 'follow-up', 'view',
]);
// "discussed the upcoming X summit", "reviewed the X summit": the gathering as the object of a talk about it.
const TALKED_OF = new Set(['discussed', 'discuss', 'discussing', 'reviewed', 'review', 'reviewing', 'assessed', 'assess', 'evaluated', 'considered', 'consider', 'praised', 'hailed', 'mentioned']);
const TOPIC_PREPS = new Set(['for', 'of', 'at', 'to', 'from', 'by']);
const TAKEN = new Set(['taken', 'adopted', 'reached', 'made', 'agreed', 'signed', 'approved']);
const NP_WORDS = new Set(['the', 'this', 'next', 'last', 'upcoming', 'coming', 'forthcoming', 'recent', 'week', 'month', 'year', 'annual', 'first', 'second', 'third', 'extraordinary', 'informal', "'", '’', 's', '-']);

/**
 * A summit or sitting named only as what a sentence's people prepare for or act on ("In preparation for next week's EU
 * summit, X visited Y"; "met … to review the implementation of the decisions adopted at the G20 summit in September"): the
 * people of the sentence are those of the other occurrence, not this gathering's. Not "X attended the summit", "talks
 * on the sidelines of the summit". Nor whoever told the press after it.
 */
export function gatheringInPassing(ctx: Context, t: Trigger): boolean {
  if (t.kind !== 'summit' && t.kind !== 'session' && t.kind !== 'other') return false;
  // "told the press after today's Cabinet meeting": the gathering only dates the telling.
  if (reportedAfter(ctx, t.tokStart)) return true;
  const { tokens } = ctx;
  let j = t.tokStart - 1;
  while (j > t.tokStart - 12 && j >= 0) {
    const tok = tokens[j];
    // "with a view to the next COP 40, the UN Climate Change Conference": a name in apposition to another.
    const apposition = tok?.text === ',' && (tokens[j - 1]?.cap || tokens[j - 1]?.type === 'num') && tokens[j + 1]?.key === 'the';
    if (!tok || !(tok.cap || tok.possessive || tok.type === 'num' || NP_WORDS.has(tok.key) || apposition || joinerInName(ctx, j))) break;
    j--;
  }
  if (TALKED_OF.has(tokens[j]?.key ?? '')) return true;
  if (!TOPIC_PREPS.has(tokens[j]?.key ?? '')) return false;
  const head = tokens[j - 1]?.key ?? '';
  if (TOPIC_HEADS.has(head)) return true;
  // "the decisions taken at", "the documents signed at".
  return TAKEN.has(head) && TOPIC_HEADS.has(tokens[j - 2]?.key ?? '');
}

const PARTY_NOUNS = new Set(['countries', 'states', 'sides', 'nations', 'parties']);
const PARTY_COUNT = new Set(['two', 'three', 'four', 'both']);

/** The office a group names ("Prime Ministers", "foreign ministers"), or 'leader' for "leaders", "heads of state". */
function officeOfGroup(surface: string): string | null {
  const words = surface.toLowerCase().replace(/^(?:the |their |both |two |three )+/, '');
  if (words === 'leaders') return 'leader';
  if (words === 'heads of state' || words === 'leaders of state') return 'head of state';
  if (words === 'presidents') return 'President';
  if (words === 'prime ministers' || words === 'premiers') return 'Prime Minister';
  if (words === 'foreign ministers') return 'Foreign Minister';
  if (words === 'defence ministers' || words === 'defense ministers') return 'Defence Minister';
  return null;
}

/**
 * "a summit of their leaders", "having the foreign ministers of both states meet", "their foreign ministers will
 * hold talks": a group named by office and tied to the parties ("their", "both", "the two", "of the two countries")
 * is the holders of that office in the parties' states on the occurrence's date (the leader of each: its head of
 * government where that leads, else its head of state). Null when the trigger's part of the sentence names no such
 * group; a group with no tie ("the leaders") is left to the main event's people.
 */
export function officesOfParties(ctx: Context, ments: readonly Mention[], a: number, b: number, parties: readonly PersonRef[], date: string | null): PersonRef[] | null {
  const { tokens } = ctx;
  for (const m of ments) {
    if (m.kind !== 'group' || m.quoted || m.tokStart < a || m.tokStart >= b) continue;
    const office = officeOfGroup(m.surface);
    if (!office) continue;
    const before = tokens[m.tokStart - 1]?.key ?? '';
    const tied =
      before === 'their' || PARTY_COUNT.has(before) || /^(?:their|both|two|three|four) /i.test(m.surface) ||
      ofParties(ctx, m.tokEnd);
    if (!tied) continue;
    // "the two presidents last met in 2019", "both leaders": the two people the text named last with that office.
    // Not "Both leaders stated that … the upcoming call between A and B": the speakers are not the call's.
    const counted = (before === 'two' || before === 'both' || /^(?:both|two) /i.test(m.surface)) && !SAYING.has(tokens[m.tokEnd]?.key ?? '');
    const named = counted ? lastNamedOfOffice(ctx, m, office) : null;
    if (named) return named;
    // The parties are named as they are now; their states' holders are taken on the occurrence's date.
    const states = statesOf(ctx, parties, ctx.reference ?? date);
    if (states.length < 2) return null;
    const g = ctx.gazetteer;
    const found = office === 'leader' || office === 'head of state' ? leadersOf(ctx, states, date, office === 'head of state') : states.flatMap((c) => g.holders(office, c, date).slice(0, 1).map((h) => ({ person: g.people.indexOf(h), name: h.name, role: office, country: c })));
    // A state whose holder the gazetteer lacks: the parties as they are rather than a side left out.
    if (found.length < states.length) return null;
    // On the readout's own day a party who leads their state is that state's leader, whatever the gazetteer ranks first.
    if (office === 'leader' && (date === null || date === ctx.reference)) return found.map((h) => parties.find((p) => statesOf(ctx, [p], date)[0] === h.country && isLeader(ctx, p)) ?? h);
    return found;
  }
  return null;
}

const SAYING = new Set(['said', 'say', 'says', 'noted', 'stressed', 'agreed', 'expressed', 'emphasized', 'emphasised', 'underlined', 'reaffirmed', 'stated', 'welcomed', 'discussed']);

/** How many mentions before a reference ("the two presidents", "the latter") are searched for its people: a bounded look. */
const LOOKBACK = 60;

/**
 * The last two different people the text names (by name or office, outside quotations) before token `tok` that
 * `fits` accepts, the earlier one first; null unless two are found.
 */
export function lastTwoNamed(ctx: Context, tok: number, fits: (p: PersonRef) => boolean): PersonRef[] | null {
  const ms = ctx.mentions;
  const lo = firstIndex(ms.length, (k) => (ms[k]?.tokStart ?? 0) < tok);
  const found: PersonRef[] = [];
  for (let k = lo - 1; k >= 0 && k >= lo - LOOKBACK && found.length < 2; k--) {
    const m = ms[k];
    const p = m?.people[0];
    if (!m || !p || m.quoted || m.people.length !== 1 || (m.kind !== 'person' && m.kind !== 'role')) continue;
    if (fits(p) && !found.some((q) => samePersonRef(p, q))) found.push(p);
  }
  return found.length === 2 ? found.reverse().map((p) => ({ ...p })) : null;
}

/** "The first call between the two presidents …": the two people the text named last with the group's office. */
function lastNamedOfOffice(ctx: Context, group: Mention, office: string): PersonRef[] | null {
  const leaders = office === 'leader' || office === 'head of state';
  return lastTwoNamed(ctx, group.tokStart, (p) => (leaders ? isLeader(ctx, p) : roleOf(ctx, p) === office));
}

/** "of the two countries", "of both sides", "of the three states" at token i. */
function ofParties(ctx: Context, i: number): boolean {
  const key = (k: number): string => ctx.tokens[k]?.key ?? '';
  if (key(i) !== 'of') return false;
  if (key(i + 1) === 'both') return PARTY_NOUNS.has(key(i + 2));
  return key(i + 1) === 'the' && PARTY_COUNT.has(key(i + 2)) && PARTY_NOUNS.has(key(i + 3));
}

function statesOf(ctx: Context, people: readonly PersonRef[], date: string | null): string[] {
  const g = ctx.gazetteer;
  const out: string[] = [];
  for (const p of people) {
    const c = p.country ?? (p.person >= 0 ? g.positionOn(g.people[p.person]!, date)?.country : null) ?? null;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The leader of each state on a date: the head of government where that leads, else the head of state (or always the head of state). */
function leadersOf(ctx: Context, states: readonly string[], date: string | null, headOfState = false): PersonRef[] {
  const g = ctx.gazetteer;
  const out: PersonRef[] = [];
  for (const c of states) {
    const roles = headOfState ? ['President', 'King', 'Queen', 'Emir', 'Sultan'] : GOVERNMENT_LEADS.has(c) ? ['Prime Minister', 'Chancellor', 'President'] : ['President', 'King', 'Emir', 'Prime Minister'];
    for (const role of roles) {
      const holder = g.holders(role, c, date)[0];
      if (holder) {
        out.push({ person: g.people.indexOf(holder), name: holder.name, role, country: c });
        break;
      }
    }
  }
  return out;
}

const HOSTED = new Set(['hosted', 'invited']);

/**
 * The state of the first mention written as `where`, from mention `from` (the first of the visit's sentences) up to
 * token `end`. Mentions are in reading order, so the look stops at `end` instead of running over the whole readout.
 */
function stateNamedAs(ctx: Context, where: string, from: number, end: number): string | null {
  const place = where.toLowerCase();
  for (let i = from; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (!m || m.tokStart >= end) break;
    if (m.surface.toLowerCase() === place && m.country) return m.country;
  }
  return null;
}

/**
 * The hosts of a visit still to come or under way, as the sentences reporting it name them (GUIDELINES: a host named
 * as inviter or as the partner of the visit's meetings takes part): "He will discuss … with President of Tajikistan X"
 * (a leader of the visited state after "with"), "will hold discussions with his host, President X" (whoever is named
 * so), "at the invitation of X" (of the visited state). Looked for in the visit's sentences and the four after them (a
 * photo caption may come between); a past visit mentioned in passing keeps its own people ("during X's visit to
 * Mongolia in 2009", whose host the text does not name as such).
 */
export const visitHosts = (ctx: Context): void => {
  const { reference } = ctx;
  let from = 0;
  for (const e of ctx.events) {
    if (e.kind !== 'visit' || e.people.length === 0) continue;
    if (e.status === 'held' && !(e.window && reference && e.window.from <= reference && reference <= e.window.to)) continue;
    const first = ctx.sentences[e.firstSentence];
    const last = ctx.sentences[Math.min(ctx.sentences.length - 1, e.lastSentence + 4)];
    if (!first || !last) continue;
    while (from > 0 && (ctx.mentions[from - 1]?.tokStart ?? 0) >= first.tokStart) from--;
    while (from < ctx.mentions.length && (ctx.mentions[from]?.tokStart ?? 0) < first.tokStart) from++;
    const date = e.window?.from ?? reference;
    const visited = e.where ? stateNamedAs(ctx, e.where, from, last.tokEnd) : null;
    const traveller = statesOf(ctx, e.people.slice(0, 1), date)[0] ?? null;
    for (let i = from; i < ctx.mentions.length; i++) {
      const m = ctx.mentions[i];
      if (!m || m.tokStart >= last.tokEnd) break;
      if (m.quoted || (m.kind !== 'person' && m.kind !== 'role') || m.people.length !== 1) continue;
      const p = m.people[0]!;
      if (e.people.some((q) => sameRef(p, q))) continue;
      const cue = cueBefore(ctx, m.tokStart);
      if (!cue) continue;
      const state = statesOf(ctx, [p], date)[0] ?? null;
      // Of a list of inviters ("at the invitation of King A, President B and …"), each stop's own; a trip with no
      // single place takes none of them.
      if (visited !== null ? state !== visited : cue !== 'host') continue;
      // "He will discuss … with President X": the traveller's own meeting, in a sentence that names the traveller (or
      // opens with "He"/"She", which speaks of the visit's traveller).
      const sentence = ctx.sentences[ctx.sentenceOf[m.tokStart] ?? 0];
      const opener = ctx.tokens[sentence?.tokStart ?? 0]?.key ?? '';
      const own = cue !== 'with' || opener === 'he' || opener === 'she' || ctx.mentions.some((x) => x.tokStart >= (sentence?.tokStart ?? 0) && x.tokEnd <= m.tokStart && x.people.some((q) => sameRef(q, e.people[0]) || namedAlike(ctx, q, e.people[0])));
      if (own && state !== traveller && (cue !== 'with' || isLeader(ctx, p))) e.people.push({ ...p });
    }
  }
};

const MET_ON_VISIT = new Set(['talks', 'other']);

/**
 * The people of the visited state whom the traveller meets there during the visit take part in it (GUIDELINES: the
 * people who take part), though the visit's own sentences name no host: "landed in <state> at the start of a state
 * visit … the next day he held talks with its president", "the president gave a dinner for his guest". A meeting or
 * occasion counts when it has the traveller, lies within the visit's window (or, for a visit with no time, is placed in
 * the visited state) and is placed nowhere else; of its people, the leaders of the visited state (a minister received
 * by the visitor is named with the visit or not, as the press chooses). Runs once places are final, and after the
 * people only talked about have left the events.
 */
export const hostsMetOnVisit = (ctx: Context): void => {
  // The meetings a visit can take hosts from, once (this step adds people to visits only, so neither list changes).
  const meetings = ctx.events.filter((x) => MET_ON_VISIT.has(x.kind) && x.people.length >= 2);
  if (meetings.length === 0) return;
  for (const e of ctx.events) {
    if (e.kind !== 'visit' || e.people.length === 0) continue;
    const visited = placeInfo(ctx, e.where)?.country ?? null;
    const traveller = e.people[0];
    if (!visited || !traveller) continue;
    // "his visit to Canada to attend the forum": a trip made for a gathering has no host; whom the traveller meets
    // there is met in its course, not received by the visit.
    if (e.evidence.some((sp) => TO_ATTEND.test(ctx.text.slice(sp.start, sp.end)))) continue;
    const date = e.window?.from ?? ctx.reference;
    if (statesOf(ctx, [traveller], date)[0] === visited) continue;
    for (const x of meetings) {
      // Where and when first: cheaper than comparing names, which only meetings in the visit's place and days need.
      const place = placeInfo(ctx, x.where);
      if (x.where && place?.country !== visited) continue;
      const within = e.window ? !!x.window && e.window.from <= x.window.from && x.window.to <= e.window.to : !!place;
      if (!within) continue;
      if (!x.people.some((p) => sameRef(p, traveller) || namedAlike(ctx, p, traveller))) continue;
      for (const p of x.people) {
        if (e.people.some((q) => sameRef(p, q) || namedAlike(ctx, p, q))) continue;
        if (isLeader(ctx, p) && statesOf(ctx, [p], x.window?.from ?? date)[0] === visited) e.people.push({ ...p });
      }
    }
  }
};

/**
 * What introduces a name: a host cue or "with" right before it, over the name's own office, state adjective and
 * determiners only ("with his host, President X", "with President of Tajikistan X"; not "At the invitation of the
 * Turkmen leader the President of Ukraine", whose cue introduces someone else).
 */
function cueBefore(ctx: Context, tok: number): 'host' | 'invitation' | 'with' | null {
  for (let k = tok - 1; k >= Math.max(0, tok - 8); k--) {
    const t = ctx.tokens[k];
    if (!t) return null;
    // "his host, X" (the noun, not "happy to host X"), "hosted by X", "at the invitation of X".
    if ((t.key === 'host' || t.key === 'hosts') && DETERMINERS.has(ctx.tokens[k - 1]?.key ?? '')) return 'host';
    if (t.key === 'by' && HOSTED.has(ctx.tokens[k - 1]?.key ?? '')) return 'host';
    if (t.key === 'of' && ctx.tokens[k - 1]?.key === 'invitation') return 'invitation';
    if (t.key === 'with') return 'with';
    const modifier = t.cap || t.text === ',' || t.text === '.' || DETERMINERS.has(t.key) || (t.key === 'of' && !!ctx.tokens[k + 1]?.cap);
    if (!modifier) return null;
  }
  return null;
}
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);

function sameRef(p: PersonRef, q: PersonRef | undefined): boolean {
  return !!q && (p.person >= 0 ? q.person === p.person : q.person < 0 && q.name === p.name);
}

/** "Tokayev" (found by pattern) and "Kassym-Jomart Tokayev" (the gazetteer's): one name's words within the other's. */
export function namedAlike(ctx: Context, p: PersonRef, q: PersonRef | undefined): boolean {
  if (!q) return false;
  const a = nameWordSet(p.person >= 0 ? (ctx.gazetteer.people[p.person]?.name ?? p.name) : p.name);
  const b = nameWordSet(q.person >= 0 ? (ctx.gazetteer.people[q.person]?.name ?? q.name) : q.name);
  return subsetOf(a, b) || subsetOf(b, a);
}

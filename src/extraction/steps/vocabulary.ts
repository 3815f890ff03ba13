// The common vocabulary of diplomatic readouts beyond the core triggers: bilaterals, funerals, wreaths, audiences,
// briefings, addresses, signings witnessed, conferring, tours and more general occasions. Each entry's check (its
// `need`) keeps the words from firing where they name no occurrence ("addressed the issue", "a bilateral
// agreement", "the funeral industry").
import type { Context, TokenIndex, Trigger } from '../context.ts';
import type { EventKind } from '../types.ts';
import { callMedium, MEDIUM_PHRASES } from './call-media.ts';
import { sojourn, statedPresence } from './visit-states.ts';

const NEEDS = ['standalone', 'object', 'addressee', 'dated', 'stay', 'presence', 'sojourn', 'views', 'owner', 'unbodied', 'tribute', 'facility', 'community', 'medium'] as const;
export type VocabularyNeed = (typeof NEEDS)[number];
const NEED_SET: ReadonlySet<string> = new Set(NEEDS);
export const isVocabularyNeed = (need: string): need is VocabularyNeed => NEED_SET.has(need);
export interface VocabularyEntry {
  kind: EventKind;
  verb: boolean;
  need: VocabularyNeed | 'none' | 'person' | 'occasion' | 'place' | 'caller';
}

const n = (kind: EventKind, need: VocabularyEntry['need'] = 'none'): VocabularyEntry => ({ kind, verb: false, need });
const v = (kind: EventKind, need: VocabularyEntry['need'] = 'none'): VocabularyEntry => ({ kind, verb: true, need });

const forms = (verbs: readonly string[], rest: readonly string[], entry: VocabularyEntry): [string, VocabularyEntry][] =>
  verbs.flatMap((a) => rest.map((b): [string, VocabularyEntry] => [`${a} ${b}`, entry]));

// Those a leader tells or answers when speaking to the press.
const PRESS = ['reporters', 'journalists', 'the reporters', 'the journalists', 'the press', 'the media', 'the news media', 'members of the media', 'members of the press', 'media representatives', 'representatives of the media', 'press representatives'];

export const VOCABULARY: readonly (readonly [string, VocabularyEntry])[] = [
  // "had a bilateral with", "a bilateral on the margins": the adjective alone as a noun (not "a bilateral agreement").
  ['bilateral', n('talks', 'standalone')],
  ['official lunch', n('other')], ['state luncheon', n('other')],
  ['state funeral', n('other')], ['funeral', n('other', 'standalone')], ['funeral ceremony', n('other')], ['funeral service', n('other')],
  ['memorial service', n('other')],
  ...forms(['lay', 'lays', 'laid', 'laying', 'place', 'placed'], ['a wreath', 'wreaths', 'flowers'], v('other')),
  ['wreath laying', n('other')], ['wreath laying ceremony', n('other')],
  ...forms(['received', 'receives', 'receive', 'will receive'], ['in audience'], v('talks', 'person')),
  ['granted an audience to', v('talks', 'person')],
  ['dialled', v('phone_call', 'person')], ['dialed', v('phone_call', 'person')], ['rang', v('phone_call', 'person')],
  ...forms(['addressed', 'address', 'addresses', 'addressing', 'briefed', 'brief', 'briefs'], ['the media', 'the press', 'reporters', 'journalists', 'the journalists'], v('interview')),
  ['addressed', v('statement', 'addressee')], ['addresses', v('statement', 'addressee')], ['will address', v('statement', 'addressee')],
  ['to address', v('statement', 'addressee')],
  // "and address the two houses", "addressed both chambers", "will address parliament": a legislature in lower case.
  ...forms(['address', 'addressed', 'addresses', 'addressing'], ['the two houses', 'both houses', 'the two chambers', 'both chambers', 'parliament', 'the parliament', 'a joint session'], v('statement', 'owner')),
  // A signing witnessed is an occurrence of its own only with a time of its own; otherwise it is a moment of the talks.
  ...forms(['witnessed', 'witness', 'witnesses', 'witnessing'], ['the signing'], v('other', 'dated')),
  ['signed in the presence', v('other', 'dated')], ['signing in the presence', v('other', 'dated')],
  ...forms(['conferred', 'confer', 'confers'], ['with'], v('talks', 'person')),
  ...forms(['sat', 'sit', 'sits'], ['down with'], v('talks', 'person')),
  ['toured', v('other', 'object')],
  ...forms(['flew', 'fly', 'flies', 'flying', 'will fly'], ['to'], v('visit', 'place')), ['landed in', v('visit', 'place')],
  // "held a virtual meeting with", "met virtually": a video conversation is a call (GUIDELINES.md); not "a virtual
  // meeting of the Council", a standing body's sitting.
  ['virtual meeting', n('phone_call', 'unbodied')], ['virtual talks', n('phone_call', 'unbodied')], ['met virtually', v('phone_call')],
  ['meet virtually', v('phone_call')],
  // "held an online meeting with", "met online": a video conversation too.
  ['online meeting', n('phone_call', 'unbodied')], ['online talks', n('phone_call', 'unbodied')], ['met online', v('phone_call')], ['meet online', v('phone_call')],
  // "held a round of consultations in Prague": a round is talks of its own, whoever it is with.
  ['round of consultations', n('talks')],
  // "laid the foundation stone of a hospital", "cut the ribbon at the new station": ceremonies of kind other.
  ...forms(['lay', 'lays', 'laid', 'laying'], ['the foundation stone', 'a foundation stone', 'the cornerstone', 'the first stone'], v('other')),
  ...forms(['cut', 'cuts', 'cutting'], ['the ribbon', 'the inaugural ribbon'], v('other')),
  ['telephonic talk', n('phone_call')], ['telephonic talks', n('phone_call')], ['telephonic call', n('phone_call')],
  ['telephone exchange', n('phone_call')], ['phone exchange', n('phone_call')],
  // "held a three-way call with A and B", "a trilateral call", "joined a conference call": one call of all its people.
  ...forms(['three way', 'four way', 'trilateral', 'quadrilateral', 'conference'], ['call', 'conversation'], n('phone_call')),
  // "spoke via phone", "talked over the telephone", "held talks by video link": the medium of a call (call-media.ts).
  ...MEDIUM_PHRASES.map((w): [string, VocabularyEntry] => [w, v('phone_call', 'medium')]),
  // "will call President X": the verb of a call to come ("will call on X" is a courtesy meeting, as "call on").
  ['will call', v('phone_call', 'person')], ['to call', v('phone_call', 'person')], ['will call on', v('talks', 'caller')], ['to call on', v('talks', 'caller')],
  ...forms(['delivered', 'deliver', 'delivers', 'will deliver', 'gave', 'give'], ['remarks', 'opening remarks', 'closing remarks', 'keynote remarks'], v('statement')),
  ['coronation', n('other', 'standalone')], ['investiture', n('other', 'standalone')],
  // Remarks to the press by other verbs than "told": "spoke with reporters", "talked to members of the media", "will
  // answer journalists' questions", "took questions from the press" (not questions from members of parliament).
  ...forms(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'talking'].flatMap((w) => [`${w} to`, `${w} with`]), PRESS, v('interview')),
  ...forms(['answered', 'answer', 'answers', 'answering', 'took', 'take', 'takes', 'taking'], [
    ...PRESS.flatMap((p) => [`questions from ${p}`, `the questions of ${p}`, `questions of ${p}`]),
    'journalists questions', 'reporters questions', 'the journalists questions', 'the reporters questions', 'press questions', 'media questions',
  ], v('interview')),
  // "will engage with civil society groups", "interacted with the diaspora": a community met by other verbs.
  ...forms(['engage', 'engages', 'engaged', 'engaging', 'interact', 'interacts', 'interacted', 'interacting'], ['with'], v('other', 'community')),
  ['press availability', n('interview')], ['media availability', n('interview')], ['press encounter', n('interview')], ['media encounter', n('interview')],
  // "X and Y exchanged views on Monday": talks, when the text reports no other occurrence there (withoutViewsOfOthers).
  ...forms(['exchanged', 'exchange', 'exchanges', 'exchanging'], ['views', 'opinions'], v('talks', 'views')),
  ['exchange of views', n('talks', 'views')], ['exchange of opinions', n('talks', 'views')],
  // "President X will be in Lisbon on 4-5 March", "is due in Oslo on Friday": a named leader's stay, with a time, is a
  // visit (after a visit already reported it is that visit's stay: event-nouns.ts).
  ['will be in', v('visit', 'stay')], ['is due in', v('visit', 'stay')], ['are due in', v('visit', 'stay')], ['is expected in', v('visit', 'stay')], ['are expected in', v('visit', 'stay')],
  // "The Chancellor is in Chile on a working visit", "Tamate was in Madrid for the state funeral of …": a stay stated in
  // the present or the past, with what it is for (visit-states.ts).
  ...['is', 'are', 'was', 'were'].map((b): [string, VocabularyEntry] => [`${b} in`, v('visit', 'presence')]),
  // "during his three-day stay in Hanoi", "the President's stay in Oslo": the stay as a noun (visit-states.ts).
  ['stay', n('visit', 'sojourn')],
  // "will attend a round table", "took part in a commemoration": more general nouns of occurrence, as the object of
  // attending (the need 'occasion' of the triggers' own general nouns).
  ...['roundtable', 'round table', 'concert', 'commemoration', 'seminar', 'symposium', 'gala'].map((w): [string, VocabularyEntry] => [w, n('other', 'occasion')]),
  // The honours of a welcome: "was honoured with a 19-gun salute", "will inspect a guard of honour".
  ['gun salute', n('other')], ['guard of honour', n('other')], ['guard of honor', n('other')], ['honour guard', n('other')], ['honor guard', n('other')],
  // "paid tribute to the victims at the memorial", "pays tribute to X at his grave": a tribute paid in person, not one
  // paid in a speech or to someone's efforts (the need 'tribute').
  ...forms(['pay', 'pays', 'paid', 'paying'], ['tribute to', 'homage to', 'respects to', 'their respects to', 'his respects to', 'her respects to', 'last respects to'], v('other', 'tribute')),
  // "will inaugurate a wind farm", "opened an exhibition of glass": a facility or exhibition opened (the need 'facility'),
  // not "opened a new chapter", "inaugurated a new era".
  ...['inaugurate', 'inaugurates', 'inaugurated', 'inaugurating', 'open', 'opens', 'opened'].map((w): [string, VocabularyEntry] => [w, v('other', 'facility')]),
];

/** The label of a visit to a site made during a visit ("will visit a rubber plantation"): an occurrence of kind other. */
export const SITE_VISIT = 'site visit';
/** The label of a meeting with a community or group ("met with the diaspora", "talks with rice farmers"). */
export const COMMUNITY = 'community meeting';
/**
 * The label shared by a welcome on arrival and its honours, said in one sentence or a few ("welcomed at the airport by
 * X … then inspected a guard of honour"): one occurrence.
 */
export const WELCOME = 'welcome';
const PHRASES = new Set([...VOCABULARY.filter(([, e]) => e.kind === 'other').map(([p]) => p), SITE_VISIT, COMMUNITY, WELCOME]);

/** "witnessed the signing", "laid a wreath": an occurrence of kind other told apart from the others by its words. */
export function vocabularyLabel(words: readonly string[]): string | null {
  const phrase = words.join(' ');
  return PHRASES.has(phrase) ? phrase : null;
}

// Words after which a noun used alone stands: "a bilateral with", "the funeral of", "a bilateral, then …".
const STANDALONE_AFTER = new Set(['with', 'between', 'of', 'for', 'in', 'on', 'at', 'today', 'tomorrow', 'yesterday', 'this', 'last', 'next', 'later', 'earlier', 'which', 'that', 'where']);

/** "had a bilateral with", "the funeral of": the word is a noun of its own, not an adjective before one. */
function standalone(ctx: Context, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.lineBefore) return true;
  if (next.type === 'punct') return next.text !== '-';
  return STANDALONE_AFTER.has(next.key);
}

/**
 * "toured the port", "toured a factory": an object after the verb (not "toured extensively"), and not in the pluperfect
 * ("talks, after the leaders had toured a park in X", which sets the scene of the occurrence reported).
 */
function object(ctx: Context, i: number, end: number): boolean {
  const prev = ctx.tokens[i - 1]?.key ?? '';
  if (prev === 'had' || prev === 'having') return false;
  const next = ctx.tokens[end];
  return !!next && !next.lineBefore && (next.key === 'the' || next.key === 'a' || next.key === 'an' || next.cap);
}

// The head words of a legislature: "addressed the National Assembly", "addressed the Bundestag".
const LEGISLATURES = new Set(['assembly', 'parliament', 'congress', 'senate', 'duma', 'bundestag', 'knesset', 'majlis', 'sejm', 'rada', 'diet', 'chamber', 'house', 'houses', 'verkhovna']);
const AFTER_NAME = new Set(['on', 'in', 'at', 'during', 'for', 'and', 'after', 'before', 'today', 'yesterday', 'which', 'where', 'with', 'this', 'last', 'via', 'by', 'as']);
const JOINERS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * "addressed the National Assembly", "will address the University of Lisbon": a speech to a legislature or at a named
 * institution. Not a gathering ("addressed the General Assembly", "the summit"), not a matter ("addressed the Ukrainian
 * issue", where the name runs into a common noun), not "addressed a letter".
 */
function addressee(ctx: Context, end: number, gatherings: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  let k = end;
  if (tokens[k]?.key === 'the') k++;
  if (!tokens[k]?.cap || tokens[k]?.lineBefore) return false;
  let j = k;
  let last = '';
  let general = false;
  while (j < k + 10 && tokens[j] && !tokens[j]?.lineBefore && tokens[j]?.type !== 'punct' && (tokens[j]?.cap || tokens[j]?.type === 'num' || (JOINERS.has(tokens[j]?.key ?? '') && tokens[j + 1]?.cap))) {
    if (tokens[j]?.key === 'general') general = true;
    last = tokens[j]?.key ?? '';
    j++;
  }
  const after = tokens[j];
  if (after && !after.lineBefore && after.type === 'word' && !AFTER_NAME.has(after.key)) return false;
  if (LEGISLATURES.has(last)) return !general;
  for (let m = k; m < j; m++) if (gatherings.has(tokens[m]?.key ?? '')) return false;
  return true;
}

const PLACES = new Set(['country', 'capital', 'city']);

/** "President X will be in Lisbon on 4 March": a person right before, a known place right after, a time in the sentence. */
function stay(ctx: Context, at: VocabularyAt): boolean {
  const subject = at.mentionEndingAt.get(at.i);
  const place = at.mentionAt.get(at.end);
  if (!subject || subject.kind !== 'person' || !place || !PLACES.has(place.kind)) return false;
  if (at.earlier.some((t) => t.kind === 'visit' && !t.quoted)) return false;
  return dated(ctx, at.i);
}

// The groups a leader meets as a community, not as counterparts: an occurrence of kind other.
const COMMUNITIES = new Set([
  'diaspora', 'community', 'communities', 'compatriots', 'expatriates', 'students', 'entrepreneurs', 'businessmen', 'businesspeople', 'investors',
  'activists', 'youth', 'volunteers', 'farmers', 'workers', 'veterans', 'residents', 'scholars', 'academics', 'scientists', 'artists', 'teachers',
  'pupils', 'schoolchildren', 'refugees', 'troops', 'servicemen', 'peacekeepers', 'employees', 'athletes', 'women',
  // "senior figures of the private sector", "top companies", "civil society groups", "nationals living there".
  'sector', 'companies', 'firms', 'executives', 'ceos', 'industrialists', 'exporters', 'manufacturers', 'bankers',
  'society', 'nationals', 'citizens', 'elders', 'chiefs',
]);
// "business leaders", "business people": the word for a community before a word for its people.
const BUSINESS_PEOPLE = new Set(['leaders', 'people', 'executives', 'representatives', 'owners', 'community']);
// "meet the needs of young people", "meets the expectations of investors": "meet" as satisfy, no meeting.
const SATISFIED = new Set(['needs', 'need', 'demands', 'demand', 'expectations', 'requirements', 'targets', 'target', 'goals', 'criteria', 'standards', 'challenges', 'challenge', 'obligations', 'deadline', 'commitments', 'concerns', 'interests', 'aspirations']);

/**
 * "met with the Portuguese diaspora", "will meet representatives of the business community", "a meeting with
 * students": a community within the object of the meeting, before any person or the clause's end.
 */
export function communityMet(ctx: Context, end: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  let k = tokens[end]?.key === 'with' ? end + 1 : end;
  for (const stop = k + 8; k < stop; k++) {
    const t = tokens[k];
    if (!t || t.type === 'punct' || (k > end && t.lineBefore)) return false;
    const m = mentionAt.get(k);
    if (m && (m.kind === 'person' || m.kind === 'role')) return false;
    if (SATISFIED.has(t.key)) return false;
    if (COMMUNITIES.has(t.key) && !t.cap) return tokens[k + 1]?.key !== 'leaders';
    if (t.key === 'business' && !t.cap && BUSINESS_PEOPLE.has(tokens[k + 1]?.key ?? '')) return true;
    if (t.key === 'and' || t.key === 'to' || t.key === 'on') return false;
  }
  return false;
}

// Where a tribute is paid in person, and the dead it is paid to.
const SITES_OF_MEMORY = new Set(['memorial', 'monument', 'grave', 'tomb', 'cemetery', 'mausoleum', 'cenotaph', 'shrine', 'pantheon', 'flame', 'plaque', 'statue', 'bust', 'museum']);
const THE_DEAD = new Set(['victims', 'fallen', 'heroes', 'soldiers', 'martyrs', 'dead', 'memory', 'veterans', 'defenders', 'liberators']);
// A tribute in words: in a speech, an address, a letter.
const SAID = new Set(['speech', 'address', 'remarks', 'statement', 'message', 'letter', 'toast', 'said', 'says', 'saying', 'told', 'interview', 'article', 'post']);
const NAME_KINDS = new Set(['person', 'role', 'bound']);

/**
 * "paid tribute to the victims of the flood at the memorial", "pays tribute to X at his grave", "laid flowers and paid
 * tribute to the fallen": a tribute is an occurrence when paid to the dead or a person named (not "to the efforts of the
 * mediators", "to Ukraine's resilience") or at a site of memory, and not in a speech or other words (the sentence names
 * none).
 */
function tributePaid(ctx: Context, end: number, mentionAt: TokenIndex): boolean {
  const { tokens } = ctx;
  const s = ctx.sentences[ctx.sentenceOf[end - 1] ?? -1];
  if (!s) return false;
  for (let k = s.tokStart; k < s.tokEnd; k++) if (SAID.has(tokens[k]?.key ?? '')) return false;
  let k = end;
  for (const stop = end + 10; k < stop && k < s.tokEnd; k++) {
    const t = tokens[k];
    if (!t || t.text === ';' || (t.type === 'punct' && t.text !== '-' && t.text !== ',')) break;
    if (SITES_OF_MEMORY.has(t.key)) return true;
  }
  let j = end;
  if (tokens[j]?.key === 'the' || tokens[j]?.key === 'all') j++;
  if (tokens[j]?.key === 'late') return true;
  if (THE_DEAD.has(tokens[j]?.key ?? '')) return true;
  // A person named: a name the gazetteer or the patterns know, or two capitalised words that are no state's, not its
  // possessive ("to Ghana's role").
  const m = mentionAt.get(j);
  if (m) return NAME_KINDS.has(m.kind) && !tokens[m.tokEnd - 1]?.possessive;
  return !!tokens[j]?.cap && !!tokens[j + 1]?.cap && tokens[j]?.type === 'word' && tokens[j + 1]?.type === 'word' && !tokens[j]?.possessive && !tokens[j + 1]?.possessive && !tokens[j + 1]?.lineBefore;
}

// What is opened or inaugurated as an occurrence: a facility, a site or an exhibition (not an embassy or a border,
// which are commitments, nor "a new chapter").
const FACILITIES = new Set([
  'exhibition', 'exhibit', 'expo', 'fair', 'plant', 'factory', 'farm', 'bridge', 'road', 'highway', 'motorway', 'railway', 'school',
  'hospital', 'clinic', 'centre', 'center', 'museum', 'station', 'port', 'terminal', 'airport', 'stadium', 'dam', 'pavilion', 'library',
  'campus', 'mine', 'refinery', 'park', 'monument', 'memorial', 'building', 'headquarters', 'pipeline', 'complex', 'university', 'institute',
  'academy', 'hall', 'theatre', 'theater', 'gallery', 'mill', 'hub', 'line', 'tunnel', 'plaque', 'statue', 'showroom',
]);
// Words that end the object's noun phrase before its head could come: "an exhibition of Finnish design", "a farm near X".
const OBJECT_END = new Set(['of', 'at', 'in', 'on', 'for', 'with', 'near', 'to', 'and', 'by', 'from', 'which', 'that', 'between', 'during']);

/**
 * "will inaugurate a wind farm", "opened an exhibition of glass in Riga", "inaugurated the new terminal": the head of the
 * object is a facility or exhibition. Not in the passive or perfect of a report ("had opened"), not "opened the forum"
 * (a gathering, read by its own noun), not "opened a new chapter".
 */
function facilityOpened(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[i - 1]?.key ?? '';
  if (prev === 'had' || prev === 'having' || prev === 'be' || prev === 'been' || prev === 'was' || prev === 'were' || prev === 'is') return false;
  const det = tokens[end]?.key ?? '';
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'two' && det !== 'several') return false;
  // Five words at most ("a new cross-border health centre": the hyphen is no word).
  for (let k = end + 1, words = 0; words < 5; k++) {
    const t = tokens[k];
    if (!t || (t.type === 'punct' && t.text !== '-') || t.lineBefore || OBJECT_END.has(t.key)) return false;
    if (FACILITIES.has(t.key)) return true;
    if (t.text !== '-') words++;
  }
  return false;
}

const STANDING = new Set(['commission', 'committee']);
const NUMBERED = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'next', 'regular', 'annual', 'inaugural']);

/** "its 12th", "the tenth", "the next": an ordinal before the noun at token i. */
function numbered(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !!prev && (NUMBERED.has(prev.key) || /^\d+(?:st|nd|rd|th)$/.test(prev.key));
}

/**
 * "the tenth meeting of the Joint Economic Commission": a numbered meeting of a capitalised commission or committee;
 * "the intergovernmental commission will hold its tenth meeting": a numbered meeting of "its" after a commission named
 * as the subject in the sentence.
 */
export function commissionSitting(ctx: Context, i: number, end: number): boolean {
  const { tokens } = ctx;
  if (!numbered(ctx, i)) return false;
  if (tokens[end]?.key === 'of') {
    let k = tokens[end + 1]?.key === 'the' ? end + 2 : end + 1;
    for (const stop = k + 8; k < stop && tokens[k] && (tokens[k]?.cap || tokens[k]?.text === '-') && !tokens[k]?.lineBefore; k++) if (STANDING.has(tokens[k]?.key ?? '')) return true;
    return false;
  }
  if (tokens[i - 2]?.key !== 'its') return false;
  const first = ctx.sentences[ctx.sentenceOf[i] ?? 0]?.tokStart ?? i;
  for (let k = Math.max(first, i - 14); k < i - 2; k++) if (STANDING.has(tokens[k]?.key ?? '')) return true;
  return false;
}

export const VIEWS = 'exchange of views';
const VIEWS_BACK = 3;

/**
 * "During the call, the leaders exchanged views on …", "they held talks and exchanged views": an exchange of views is
 * what an occurrence reported in its sentence or the three before consisted of, and names an occurrence of its own only
 * when none is there. One pass, each trigger looking back over a bounded window.
 */
export function withoutViewsOfOthers(triggers: readonly Trigger[]): Trigger[] {
  const other = (u: Trigger): boolean => u.label !== VIEWS;
  const kept = triggers.filter((t, k) => {
    if (t.label !== VIEWS) return true;
    for (let j = k - 1; j >= 0; j--) {
      const u = triggers[j];
      if (!u || u.sentence < t.sentence - VIEWS_BACK) break;
      if (other(u)) return false;
    }
    for (let j = k + 1; j < triggers.length; j++) {
      const u = triggers[j];
      if (!u || u.sentence !== t.sentence) break;
      if (other(u)) return false;
    }
    return true;
  });
  // Kept, it is talks like any other: later mentions of those talks are it.
  for (const t of kept) if (t.label === VIEWS) t.label = null;
  return kept;
}

/** A time expression in the sentence of token i. */
function dated(ctx: Context, i: number): boolean {
  const s = ctx.sentenceOf[i];
  return ctx.times.some((x) => ctx.sentenceOf[x.tokStart] === s);
}

export interface VocabularyAt {
  /** The trigger's first token and the token after it. */
  i: number;
  end: number;
  mentionAt: TokenIndex;
  mentionEndingAt: TokenIndex;
  /** Words that make a named thing an occurrence rather than a place one speaks at. */
  gatherings: ReadonlySet<string>;
  /** The triggers found before this one. */
  earlier: readonly Trigger[];
}

/** Whether the words around a vocabulary trigger make it an occurrence (the `need` of its entry). */
export function vocabularyHolds(ctx: Context, need: VocabularyNeed, at: VocabularyAt): boolean {
  const { i, end, gatherings } = at;
  switch (need) {
    case 'standalone':
      return standalone(ctx, end);
    case 'object':
      return object(ctx, i, end);
    case 'dated':
      return dated(ctx, i);
    case 'stay':
      return stay(ctx, at);
    case 'presence':
      return statedPresence(ctx, at);
    case 'sojourn':
      return sojourn(ctx, at);
    case 'views':
      return true;
    case 'unbodied':
      return ctx.tokens[end]?.key !== 'of';
    case 'owner':
      // "address parliament's concerns": the legislature owns what is addressed.
      return !ctx.tokens[end - 1]?.possessive;
    case 'addressee':
      return addressee(ctx, end, gatherings);
    case 'tribute':
      return tributePaid(ctx, end, at.mentionAt);
    case 'facility':
      return facilityOpened(ctx, i, end);
    case 'community':
      return communityMet(ctx, end, at.mentionAt);
    case 'medium':
      return callMedium(ctx, i, end, at.earlier);
  }
}

// Commitments: agreements, decisions, instructions and promises ("agreed to", "instructed", "will be signed", "concurred
// on continuing", "we will continue to"), invitations and their acceptance, announced initiatives and signings, and
// plural or open-ended plans ("upcoming contacts", "several official ceremonies"). One per cue clause: a sentence with
// two cues in two clauses (a comma between) gives two, and so do two infinitives of one cue ("agreed to meet …, as well
// as to keep …"); two cues with no comma between are one commitment ("agreed and signed").
// Not commitments: opinions ("should be resolved"), attributive uses ("the agreed date", "the policy adopted by the
// government"), agreement with an assessment ("agreed on the importance of …"), and a past act with no one named
// ("a number of documents were signed").
import type { Context, PersonRef } from '../context.ts';
import type { Token } from '../text/tokens.ts';
import type { Commitment, TimeWindow } from '../types.ts';
import { resolveTime } from '../time/expressions.ts';
import { addDays, addMonths } from '../time/calendar.ts';
import { COUNT_WORDS } from '../time/lexicon.ts';
import { buildPhraseTrie, matchPhrase } from '../text/phrases.ts';
import { topicsBetween } from './topics.ts';

const CUES = new Set([
  'agreed', 'agree', 'agrees', 'instructed', 'instructs', 'instruct', 'pledged', 'pledge', 'committed', 'commit',
  'promised', 'promise', 'decided', 'decide', 'undertook', 'undertake', 'signed', 'sign', 'formalize', 'formalise',
  'formalized', 'formalised', 'ordered', 'tasked', 'vowed', 'resolved', 'coordinated', 'adopted', 'adopt', 'concurred',
]);

// Cues of more than one word: promises and plans that the single words above would miss or over-read.
const PHRASES = buildPhraseTrie<true>([
  ['will continue to', true], ['will carry out', true], ['would like to continue', true], ['would like to further', true],
  ['would like to appropriately', true], ['would like to coordinate', true], ['decision to', true], ['series of meetings', true],
  ['extended an invitation', true], ['invited', true], ['to be signed', true], ['will be signed', true],
  ['invitation to', true], ['gave instructions', true],
  ['gave an instruction', true], ['issued instructions', true], ['instructions were given', true], ['reached an agreement', true],
  ['reached agreement', true], ['reached agreements', true], ['reached an understanding', true],
  ['reached consensus', true], ['reached a consensus', true], ['reached a common understanding', true],
  ['will coordinate', true], ['would coordinate', true],
  // Dates and arrangements left to be fixed later: "a final date … will be set in the days ahead", "dates would be
  // adjusted through the diplomatic channels", "the meetings will be announced by us at an appropriate time".
  ...['will', 'would'].flatMap((aux) =>
    ['set', 'fixed', 'determined', 'announced', 'agreed', 'adjusted', 'coordinated', 'finalized', 'finalised', 'decided'].map((v) => [`${aux} be ${v}`, true])),
].map(([p, v]) => [p as string, v as true]));

// Who is told to act: "instructed the Government to", "the ministries were tasked with".
const DIRECTIVES = new Set(['instructed', 'instructs', 'instruct', 'ordered', 'tasked', 'charged', 'commissioned', 'directed', 'task', 'direct', 'charge', 'order', 'commission']);
const MODALS = new Set(['should', 'must', 'could', 'can', 'may', 'might', 'would', 'ought']);
const BE = new Set(['be', 'been', 'being']);
const PAST_BE = new Set(['was', 'were', 'been']);
// Acts complete in themselves: passive and past with no one named, they report a fact rather than bind anyone.
// (Not "were instructed", "it was decided to": those still name what is to be done.)
const DONE = new Set(['signed', 'adopted', 'formalized', 'formalised']);
// Past participles that, after a noun and before "by", name a thing rather than report an act ("the policy adopted by").
const PARTICIPLES = new Set(['agreed', 'instructed', 'pledged', 'committed', 'promised', 'decided', 'signed', 'formalized', 'formalised', 'ordered', 'tasked', 'resolved', 'coordinated', 'adopted']);
// Prepositions after a participle that set what it names in the past ("issues agreed during the visit").
const THEN = new Set(['during', 'at', 'in', 'earlier', 'previously', 'last', 'between', 'under', 'within']);
// Nouns for those who act: after them a participle is the verb of the clause.
const ACTORS = new Set([
  'leaders', 'sides', 'parties', 'presidents', 'ministers', 'governments', 'countries', 'states', 'delegations', 'heads',
  'counterparts', 'officials', 'both', 'two', 'all', 'members', 'participants', 'partners', 'premiers', 'chancellors',
  'president', 'minister', 'government', 'side', 'party', 'leader', 'council', 'cabinet', 'counterpart', 'delegation',
  'state', 'country', 'union', 'we', 'i',
]);
// Words between a noun and a participle that leave it a verb of the clause ("they have signed", "it was adopted").
const NOT_NOUN = new Set(['have', 'has', 'had', 'was', 'were', 'be', 'been', 'is', 'are', 'and', 'or', 'they', 'we', 'he', 'she', 'it', 'who', 'which', 'that', 'also', 'jointly', 'not', 'then', 'finally', 'already', 'unanimously']);
// "agreed on the importance of …": sharing an assessment, not deciding anything.
const ASSESSMENTS = new Set(['strength', 'value', 'relevance', 'closeness', 'depth', 'success', 'usefulness', 'assessment', 'assessments', 'view', 'views', 'opinion']);
// Occurrences that, in the plural and planned, are an open-ended plan rather than one event.
// (Not summits or sessions: those of named bodies are events of their own, "the upcoming SCO and BRICS summits".)
const PLURAL_OCCASIONS = new Set(['events', 'contacts', 'meetings', 'visits', 'consultations', 'ceremonies', 'rounds', 'trips', 'conferences', 'ministerials']);
const OPEN_ENDED = new Set(['upcoming', 'forthcoming', 'future', 'further', 'subsequent']);
const QUANTIFIERS = new Set(['several']);
// What an announcement must be about to be a commitment ("an initiative was announced to …", "announced the signing of").
const ANNOUNCED_OBJECTS = new Set(['initiative', 'initiatives', 'plan', 'plans', 'decision', 'decisions', 'intention', 'signing', 'launch', 'creation', 'establishment', 'agreement', 'agreements']);
const ANNOUNCE = new Set(['announced', 'announce', 'announces', 'unveiled']);
const AFFIRM = new Set([
  'affirmed', 'reaffirmed', 'reiterated', 'confirmed', 'renewed', 'restated', 'affirm', 'reaffirm', 'reiterate',
  // A readiness or determination stated for the first time binds as much: "expressed readiness to visit".
  'expressed', 'expresses', 'express', 'voiced', 'declared', 'demonstrated',
  // Stressing a commitment restates it: "stressed their commitment to", "underlined the readiness to".
  'stressed', 'underlined', 'underscored', 'emphasized', 'emphasised', 'highlighted',
]);
const RESTATED = new Set(['commitment', 'commitments', 'readiness', 'position', 'determination', 'willingness', 'intention', 'resolve', 'dedication']);
const ASSURE = new Set(['assured', 'assures', 'assure']);
const ASSURED = new Set(['support', 'commitment', 'readiness', 'assistance', 'backing', 'solidarity', 'willingness', 'determination']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'all']);
const ACCEPT = new Set(['accepted', 'accept', 'accepts', 'accepting']);
const OFFERS = new Set(['invitation', 'invitations', 'offer', 'proposal', 'proposals']);
// First-person promises: "we will support", "I will do everything", "we'll help". Not "we will discuss", which only
// announces talk.
const PROMISE_VERBS = new Set([
  'continue', 'support', 'do', 'work', 'ensure', 'strengthen', 'help', 'provide', 'expand', 'develop', 'build', 'deepen',
  'remain', 'stand', 'increase', 'fulfil', 'fulfill', 'implement', 'make', 'keep', 'defend', 'protect', 'never', 'not',
  'contribute', 'promote', 'facilitate', 'assist', 'step', 'boost', 'intensify', 'spare', 'cooperate', 'invest', 'supply',
]);
// After "we will" or "I will": verbs that announce talk, thought or a wait rather than promise an act ("we will
// discuss", "we will see"); any other verb is a promise ("we will open a consulate", "we will build the road").
const NOT_PROMISED = new Set([
  'discuss', 'talk', 'see', 'consider', 'look', 'examine', 'study', 'hear', 'know', 'be', 'have', 'meet', 'try', 'wait',
  'ask', 'say', 'tell', 'speak', 'explain', 'review', 'analyse', 'analyze', 'evaluate', 'assess', 'watch', 'decide',
  'think', 'need', 'find', 'get', 'go', 'come', 'return', 'learn', 'listen', 'raise', 'address', 'touch', 'focus',
  'exchange', 'share', 'present', 'inform', 'brief', 'recall', 'remember', 'celebrate', 'mark', 'visit', 'hold',
  'receive', 'welcome', 'hope', 'want', 'like', 'also', 'again', 'then', 'now', 'soon', 'not', 'probably', 'maybe',
]);
// What a state or leader gives when it promises: "Japan will provide", "will allocate", "will grant".
const STATE_PROMISES = new Set(['provide', 'allocate', 'grant', 'donate', 'send', 'finance', 'fund', 'extend', 'offer', 'support', 'supply', 'assist', 'help', 'contribute']);
// What an invitation asks: "an invitation from X to visit / attend / come".
const INVITED_TO = new Set(['visit', 'attend', 'come', 'pay', 'participate', 'take', 'join', 'travel']);
const CONTINUED = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'this', 'these', 'such', 'joint', 'close', 'active', 'cooperation', 'dialogue', 'contacts', 'consultations', 'efforts', 'work', 'support', 'talks']);
const FUTURE = new Set(['will', 'shall', 'll', 'planned', 'scheduled', 'expected', 'upcoming', 'include', 'includes', 'going', 'intend', 'intends']);

function keysAt(tokens: readonly Token[], i: number, end: number): string[] {
  const out: string[] = [];
  for (let j = i; j < end && out.length < 4; j++) out.push(tokens[j]?.key ?? '');
  return out;
}

const key = (tokens: readonly Token[], i: number): string => tokens[i]?.key ?? '';
const BOUNDARY = new Set([',', ';', ':']);

/** A word that can stand between "upcoming" and its noun: an adjective by its ending ("bilateral", "official"). */
const MODIFIER = /(al|ic|ive|ous|ary|ory|ent|ant|ful|ar|ed|level|high|top|joint|new)$/;

/** A plural occasion right after i, past at most three modifiers ("upcoming bilateral and multilateral events"). */
function pluralOccasionAfter(tokens: readonly Token[], i: number, end: number): boolean {
  for (let j = i + 1; j < end && j <= i + 4; j++) {
    const t = tokens[j];
    if (!t) return false;
    // "upcoming visits to Spain and Portugal": named stops are events of their own, not an open-ended plan.
    if (PLURAL_OCCASIONS.has(t.key)) return !((key(tokens, j + 1) === 'to' || key(tokens, j + 1) === 'in') && tokens[j + 2]?.cap);
    // An acronym of a body is a modifier too: "upcoming NATO ministerials", "future SCO events".
    const modifier = t.type === 'word' ? (!t.cap && (t.key === 'and' || MODIFIER.test(t.key))) || (t.upper && t.text.length >= 2) : t.text === ',' || t.text === '-';
    if (!modifier) return false;
  }
  return false;
}

const ADVERBS = new Set(['also', 'still', 'further', 'certainly', 'definitely', 'surely', 'always', 'undoubtedly', 'jointly', 'together']);

/** After "will", "shall" or a contracted "'ll" at i, past up to two adverbs ("also", "certainly"): the verb's index, else -1. */
function verbAfterWill(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  if (!t || (t.key !== 'will' && t.key !== 'shall' && !/'ll$/i.test(t.text))) return -1;
  let j = i + 1;
  while (j < end && j <= i + 2 && (ADVERBS.has(key(tokens, j)) || (key(tokens, j).length > 4 && key(tokens, j).endsWith('ly')))) j++;
  return j < end ? j : -1;
}

// Reporting verbs that make a later "would" someone's promise, and the subjects such a "would" may have.
const REPORTING = new Set(['said', 'says', 'stated', 'announced', 'assured', 'assures', 'told', 'confirmed', 'declared', 'added', 'noted', 'stressed', 'emphasized', 'emphasised', 'reiterated', 'affirmed', 'reaffirmed', 'underlined', 'indicated']);
const REPORTED_SUBJECTS = new Set(['country', 'government', 'side', 'state', 'nation', 'administration', 'ministry', 'it', 'he', 'she', 'they', 'we', 'i']);

/** A reporting verb between a and i: "said", "assured", "announced that". */
function reportedBefore(tokens: readonly Token[], a: number, i: number): boolean {
  for (let j = Math.max(a, i - 25); j < i; j++) if (REPORTING.has(key(tokens, j))) return true;
  return false;
}

/** The verb after "would" at i, past up to two adverbs ("would also continue"), else -1. */
function wouldVerb(tokens: readonly Token[], i: number, end: number): number {
  let j = i + 1;
  while (j < end && j <= i + 2 && (ADVERBS.has(key(tokens, j)) || (key(tokens, j).length > 4 && key(tokens, j).endsWith('ly')))) j++;
  return j < end && tokens[j]?.type === 'word' ? j : -1;
}

function futureIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = key(tokens, i);
    if (FUTURE.has(k) || ((k === 'is' || k === 'are') && key(tokens, i + 1) === 'to') || (k === 'to' && key(tokens, i + 1) === 'be')) return true;
  }
  return false;
}

/** Whether token i starts a cue: a word or phrase above, not "the agreed date", not an opinion ("should be resolved"). */
function cueLength(tokens: readonly Token[], i: number, start: number, end: number, actorEnds?: Uint8Array): number {
  const t = tokens[i];
  if (!t || t.type !== 'word') return 0;
  if (PHRASES.next.has(t.key)) {
    const m = matchPhrase(PHRASES, keysAt(tokens, i, end));
    if (m) return m.length;
  }
  const k = t.key;
  if (OPEN_ENDED.has(k) && pluralOccasionAfter(tokens, i, end)) return 1;
  if (QUANTIFIERS.has(k) && pluralOccasionAfter(tokens, i, end) && futureIn(tokens, start, end)) return 1;
  if ((k === 'a' || k === 'an') && (key(tokens, i + 1) === 'number' || key(tokens, i + 1) === 'series') && key(tokens, i + 2) === 'of' && pluralOccasionAfter(tokens, i + 2, end) && futureIn(tokens, start, end)) return 3;
  // "arrived in Johannesburg … at the invitation of X", "is in Abu Dhabi at the invitation of": a visit made or under
  // way, reported; only a visit still to come at someone's invitation binds anyone ("will visit X at the invitation of").
  if ((k === 'at' || k === 'on') && key(tokens, i + 1) === 'the' && key(tokens, i + 2) === 'invitation' && key(tokens, i + 3) === 'of') {
    let ahead = futureIn(tokens, start, end);
    for (let j = start; j < end && !ahead; j++) ahead = key(tokens, j) === 'would';
    return ahead ? 4 : 0;
  }
  // "assured his Egyptian counterpart of his entire support", "assured X of Japan's readiness to": a promise.
  if (ASSURE.has(k)) {
    for (let j = i + 1; j < end && j <= i + 6; j++) {
      if (key(tokens, j) !== 'of') continue;
      for (let n = j + 1; n < end && n <= j + 5; n++) if (ASSURED.has(key(tokens, n))) return 1;
      return 0;
    }
    return 0;
  }
  // "The agreement reached between X and Y was that …", "an agreement was reached on …": what was agreed.
  if ((k === 'agreement' || k === 'understanding') && (key(tokens, i + 1) === 'reached' || (key(tokens, i + 1) === 'was' && key(tokens, i + 2) === 'reached'))) {
    const n = key(tokens, i + 1) === 'reached' ? i + 2 : i + 3;
    const next = key(tokens, n);
    if (next === 'between' || next === 'on' || next === 'was' || next === 'is' || next === 'that' || next === 'to' || n >= end || tokens[n]?.type === 'punct') return 1;
  }
  // "Erdogan offered to host the next round", "Japan intends to support the reconstruction": an offer or intention
  // to act (not "intends to discuss", which only announces talk).
  if ((k === 'offered' || k === 'offers') && key(tokens, i + 1) === 'to' && tokens[i + 2]?.type === 'word' && !DETERMINERS.has(key(tokens, i + 2)) && !tokens[i + 2]?.cap) return 2;
  if ((k === 'intends' || k === 'intend' || k === 'intended') && key(tokens, i + 1) === 'to' && (PROMISE_VERBS.has(key(tokens, i + 2)) || STATE_PROMISES.has(key(tokens, i + 2)))) return 2;
  // "received an invitation from the President of Ghana to visit Accra", "conveyed an invitation from X to attend".
  if ((k === 'invitation' || k === 'invitations') && key(tokens, i + 1) !== 'to') {
    for (let j = i + 2; j < end && j <= i + 9; j++) {
      if (key(tokens, j) === 'to' && INVITED_TO.has(key(tokens, j + 1))) return 1;
      if (tokens[j]?.type === 'punct' && tokens[j]?.text !== '.' && tokens[j]?.text !== '\u2019' && tokens[j]?.text !== "'") break;
    }
  }
  const v = verbAfterWill(tokens, i, end);
  // "Japan will provide humanitarian assistance", "Kazakhstan will support the candidacy": a state, its government or a
  // named person promising to give (the subject a mention ending right before "will"; not "the visit will provide an
  // opportunity", "relations will develop").
  if (v > 0 && actorEnds?.[i] === 1 && STATE_PROMISES.has(key(tokens, v)) && key(tokens, v + 1) !== 'an' && key(tokens, v + 1) !== 'a') return v - i + 1;
  if (v > 0) {
    // "will continue working", "will also continue the dialogue", "we'll continue to"; not "the visit will continue in
    // Sochi" or "the talks will continue tomorrow".
    const n = tokens[v + 1];
    if (key(tokens, v) === 'continue' && n && n.type === 'word' && (n.key === 'to' || n.key.endsWith('ing') || CONTINUED.has(n.key))) return v - i + 1;
    // First-person promises: "we will support", "I'll do everything"; not "we will discuss".
    const firstPerson = /^(we|i)'ll$/i.test(t.text) || ((k === 'will' || k === 'shall') && (key(tokens, i - 1) === 'we' || key(tokens, i - 1) === 'i'));
    const verb = tokens[v];
    if (firstPerson && (PROMISE_VERBS.has(key(tokens, v)) || (verb?.type === 'word' && !verb.cap && !NOT_PROMISED.has(verb.key)))) return v - i + 1;
  }
  // Reported promises: "said his country would continue to support", "assured X that Ghana would fulfil its
  // obligations", "announced that her government would allocate": "would" after a state, a government or a person
  // (or "his country", "it", "they"), in a sentence with a reporting verb before it; not "the visit would help",
  // "expressed hope that trade would grow".
  if (k === 'would' && reportedBefore(tokens, start, i) && (actorEnds?.[i] === 1 || REPORTED_SUBJECTS.has(key(tokens, i - 1)))) {
    const w = wouldVerb(tokens, i, end);
    if (w > 0) {
      const n = tokens[w + 1];
      if (key(tokens, w) === 'continue' && n && n.type === 'word' && (n.key === 'to' || n.key.endsWith('ing') || CONTINUED.has(n.key))) return w - i + 1;
      if (PROMISE_VERBS.has(key(tokens, w)) || STATE_PROMISES.has(key(tokens, w))) return w - i + 1;
    }
  }
  // "the signing of a package of documents is expected": an announced signing.
  if (k === 'signing' && key(tokens, i - 1) !== 'after' && futureIn(tokens, start, end)) return 1;
  // "both leaders affirmed the commitment to cooperating", "reiterated their commitment to", "reaffirmed readiness to",
  // "reiterated the Government of Japan's position to support": a promise restated (the noun within six words, its
  // owner between; "reiterated the position of X on the matter" states a view, no promise).
  // "offered his full support to", "offered assistance": support given (not "expressed support for", a stance).
  if (k === 'offered') {
    for (let j = i + 1; j < end && j <= i + 6; j++) {
      const w = key(tokens, j);
      if (w === 'support' || w === 'assistance' || w === 'help') return 1;
      if (tokens[j]?.type === 'punct' && tokens[j]?.text !== '\u2019' && tokens[j]?.text !== "'") break;
    }
  }
  if (AFFIRM.has(k)) {
    for (let j = i + 1; j < end && j <= i + 6; j++) {
      if (RESTATED.has(key(tokens, j)) && key(tokens, j + 1) === 'to') return 1;
      // The owner after the noun: "the determination of his government to complete".
      if (RESTATED.has(key(tokens, j)) && key(tokens, j + 1) === 'of') {
        for (let n = j + 2; n < end && n <= j + 6 && tokens[n]?.type === 'word'; n++) {
          if (key(tokens, n) === 'to' && !DETERMINERS.has(key(tokens, n + 1)) && !tokens[n + 1]?.cap) return 1;
        }
      }
      if (tokens[j]?.type === 'punct' && tokens[j]?.text !== '\u2019' && tokens[j]?.text !== "'") break;
    }
    return 0;
  }
  // "The invitation was accepted (with gratitude)": an acceptance in the passive.
  if (OFFERS.has(k) && (key(tokens, i + 1) === 'was' || key(tokens, i + 1) === 'were' || key(tokens, i + 1) === 'has') && ACCEPT.has(key(tokens, i + 2) === 'been' ? key(tokens, i + 3) : key(tokens, i + 2))) {
    return key(tokens, i - 1) === 'the' || key(tokens, i - 1) === 'this' || key(tokens, i - 1) === 'his' || key(tokens, i - 1) === 'her' ? 1 : 0;
  }
  // "directed their ministers to prepare a roadmap", "charged the government with": an instruction (not "measures
  // directed at", "a letter directed to the President").
  if ((k === 'directed' || k === 'charged') && !BE.has(key(tokens, i - 1)) && key(tokens, i - 1) !== 'was' && key(tokens, i - 1) !== 'were') {
    for (let j = i + 2; j < end && j <= i + 9; j++) {
      const w = key(tokens, j);
      if ((w === 'to' && tokens[j + 1]?.type === 'word' && !DETERMINERS.has(key(tokens, j + 1)) && !tokens[j + 1]?.cap) || (k === 'charged' && w === 'with')) return 1;
      if (tokens[j]?.type === 'punct') break;
    }
    return 0;
  }
  if (ACCEPT.has(k)) {
    for (let j = i + 1; j < end && j <= i + 5; j++) if (OFFERS.has(key(tokens, j))) return 1;
    return 0;
  }
  if (ANNOUNCE.has(k)) {
    for (let j = Math.max(start, i - 3); j < end && j <= i + 4; j++) if (ANNOUNCED_OBJECTS.has(key(tokens, j))) return 1;
    return 0;
  }
  if (!CUES.has(k)) return 0;
  if (key(tokens, i - 1) === 'the') return 0;
  if (BE.has(key(tokens, i - 1)) && MODALS.has(key(tokens, i - 2))) return 0;
  // "the policy adopted by the government": a participle after a noun, before its agent.
  const before = tokens[i - 1];
  if (PARTICIPLES.has(k) && key(tokens, i + 1) === 'by' && before && before.type === 'word' && !before.cap && !NOT_NOUN.has(before.key) && !before.key.endsWith('ly')) return 0;
  // "the issues agreed during the visit in August", "documents signed at the last summit": a participle naming what
  // was done before, after a noun that is no actor ("the leaders agreed during the talks to …" still binds them).
  if (PARTICIPLES.has(k) && THEN.has(key(tokens, i + 1)) && before && before.type === 'word' && !before.cap && !NOT_NOUN.has(before.key) && !ACTORS.has(before.key) && !before.key.endsWith('ly')) return 0;
  // "agreed with the assessment", "agreed on the importance of": sharing a view.
  if (k === 'agreed' || k === 'agree' || k === 'agrees') {
    const n1 = key(tokens, i + 1);
    // "agreed with the assessment": a view shared; "agreed with President X to meet in May": a plan agreed.
    if (n1 === 'with') {
      for (let j = i + 2; j < end && j <= i + 8 && tokens[j]?.type === 'word'; j++) {
        if (key(tokens, j) === 'to' && !DETERMINERS.has(key(tokens, j + 1)) && !tokens[j + 1]?.cap && tokens[j + 1]?.type === 'word') return 1;
      }
      return 0;
    }
    if (n1 === 'on' || n1 === 'about' || n1 === 'that') {
      for (let j = i + 2; j < end && j <= i + 5; j++) {
        if (ASSESSMENTS.has(key(tokens, j)) && key(tokens, j + 1) === 'of') return 0;
        if (tokens[j]?.type !== 'word') break;
      }
    }
  }
  return 1;
}

/** "…, as well as to keep …", "… and to keep …" after a cue: a second infinitive of the same cue, a commitment of its own. */
function coordinatedInfinitive(tokens: readonly Token[], i: number): number {
  if (key(tokens, i) === 'as' && key(tokens, i + 1) === 'well' && key(tokens, i + 2) === 'as' && key(tokens, i + 3) === 'to') return 4;
  // "… and to …" only after a comma: without one the two infinitives read as one plan ("to meet and to talk").
  if (!BOUNDARY.has(tokens[i - 1]?.text ?? '')) return 0;
  if (key(tokens, i) === 'and' && key(tokens, i + 1) === 'to' && tokens[i + 2]?.type === 'word') return 2;
  if (key(tokens, i) === 'and' && key(tokens, i + 1) === 'also' && key(tokens, i + 2) === 'to') return 3;
  return 0;
}

/** A cue that invites: "invited", "extended an invitation", "an invitation to". */
function invitation(tokens: readonly Token[], c: number): boolean {
  const k = key(tokens, c);
  return k === 'invited' || k === 'invitation' || (k === 'extended' && key(tokens, c + 2) === 'invitation');
}

/** A cue that accepts an offer: "the invitation was accepted", "accepted the invitation". */
function acceptance(tokens: readonly Token[], c: number): boolean {
  return ACCEPT.has(key(tokens, c)) || (OFFERS.has(key(tokens, c)) && (ACCEPT.has(key(tokens, c + 2)) || ACCEPT.has(key(tokens, c + 3))));
}

/** A completed act in the passive with no agent, in a sentence that names no one: "a number of documents were signed". */
function unattributedPast(tokens: readonly Token[], cue: number, end: number): boolean {
  if (!PAST_BE.has(key(tokens, cue - 1)) || !DONE.has(key(tokens, cue))) return false;
  for (let j = cue + 1; j < end; j++) if (key(tokens, j) === 'by') return false;
  return true;
}

// The time module's counts, and the larger ones deadlines are given in ("within eighteen months").
const COUNTS: ReadonlyMap<string, number> = new Map([...COUNT_WORDS, ['eleven', 11], ['twelve', 12], ['eighteen', 18], ['thirty', 30], ['sixty', 60], ['ninety', 90]]);
const UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/**
 * A deadline counted from the readout: "within three months", "within 30 days", "within a year" is the reference date
 * to that many units later (a vague span, as "in the coming months" is).
 */
function withinSpan(tokens: readonly Token[], i: number, end: number, reference: string | null, body: string): TimeWindow | null {
  if (key(tokens, i) !== 'within' || !reference) return null;
  const t = tokens[i + 1];
  const n = t ? (COUNTS.get(t.key) ?? (/^\d{1,3}$/.test(t.text) ? Number(t.text) : 0)) : 0;
  const unit = UNITS[key(tokens, i + 2)];
  if (!n || !unit || i + 2 >= end) return null;
  const to = unit === 'day' ? addDays(reference, n) : unit === 'week' ? addDays(reference, 7 * n) : addMonths(reference, unit === 'year' ? 12 * n : n);
  return { from: reference, to, precision: 'relative', tentative: false, text: body.slice(tokens[i]?.start ?? 0, tokens[i + 2]?.end ?? 0) };
}

/** Without trailing full stops, commas, semicolons and spaces (a scan from the end: /[.,;\s]+$/ would rescan a long run from each of its marks). */
function trimPunctuation(s: string): string {
  let e = s.length;
  while (e > 0 && /[.,;\s]/.test(s[e - 1] ?? '')) e--;
  return s.slice(0, e);
}

export const findCommitments = (ctx: Context): void => {
  const { tokens, sentences, reference, gazetteer: g } = ctx;
  const out: Commitment[] = [];
  let mIdx = 0;
  let xIdx = 0;
  // Tokens right after a state, government or person mention (outside quotations): who may promise with "will".
  const actorEnds = new Uint8Array(tokens.length + 1);
  for (const m of ctx.mentions) {
    if (!m.quoted && (m.kind === 'country' || m.kind === 'person' || m.kind === 'body')) actorEnds[m.tokEnd] = 1;
  }
  for (const s of sentences) {
    const people: PersonRef[] = [];
    const bodies: string[] = [];
    const sentenceMentions = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < s.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (!m) continue;
      sentenceMentions.push(m);
      if (m.quoted) continue;
      if (m.kind === 'body') bodies.push(g.bodies[m.body]?.name ?? m.surface);
      for (const p of m.people) if (!people.some((q) => q.person === p.person && q.name === p.name)) people.push(p);
    }
    // The sentence's time windows, in order: a commitment takes the first after its cue in its own clause ("X, who
    // arrived on Monday, agreed to visit China next year" is due next year), else the first of the sentence.
    const windows: { tok: number; due: TimeWindow }[] = [];
    while (xIdx < ctx.times.length && (ctx.times[xIdx]?.tokStart ?? 0) < s.tokEnd) {
      const x = ctx.times[xIdx++];
      if (!x) continue;
      const w = resolveTime(x, reference, 'future', null);
      if (w) windows.push({ tok: x.tokStart, due: { from: w.from, to: w.to, precision: w.precision, tentative: false, text: ctx.body.slice(x.start, x.end) } });
    }
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      if (key(tokens, i) !== 'within') continue;
      const due = withinSpan(tokens, i, s.tokEnd, reference, ctx.body);
      if (due) windows.push({ tok: i, due });
    }
    windows.sort((x, y) => x.tok - y.tok);
    const dueOf = (cue: number, b: number): TimeWindow | null =>
      (windows.find((w) => w.tok > cue && w.tok < b) ?? windows[0])?.due ?? null;
    // Cue positions, then one clause per cue: a cue after a clause boundary that follows another cue starts a new one.
    const cues: number[] = [];
    const coordinated = new Set<number>();
    for (let i = s.tokStart; i < s.tokEnd; i++) {
      const co = cues.length > 0 ? coordinatedInfinitive(tokens, i) : 0;
      if (co > 0) {
        cues.push(i);
        coordinated.add(i);
        i += co - 1;
        continue;
      }
      const n = cueLength(tokens, i, s.tokStart, s.tokEnd, actorEnds);
      if (n === 0) continue;
      if (people.length === 0 && bodies.length === 0 && unattributedPast(tokens, i, s.tokEnd)) continue;
      cues.push(i);
      i += n - 1;
    }
    if (cues.length === 0) continue;
    const starts: number[] = [];
    for (const [n, c] of cues.entries()) {
      const prev = starts[starts.length - 1];
      if (prev === undefined || coordinated.has(c)) {
        starts.push(c);
        continue;
      }
      // "X invited Y to visit Ghana, and the invitation was accepted": the acceptance completes the invitation, one
      // commitment (the visit).
      if (acceptance(tokens, c) && invitation(tokens, cues[n - 1] ?? -1)) continue;
      let cut = -1;
      for (let k = c - 1; k > prev; k--) {
        if (BOUNDARY.has(tokens[k]?.text ?? '') || tokens[k]?.text === '.' || (tokens[k]?.key === 'and' && BOUNDARY.has(tokens[k - 1]?.text ?? ''))) {
          cut = k + 1;
          break;
        }
      }
      if (cut > 0) starts.push(cut);
    }
    for (let n = 0; n < starts.length; n++) {
      const a = n === 0 ? s.tokStart : (starts[n] ?? s.tokStart);
      const b = n + 1 < starts.length ? (starts[n + 1] ?? s.tokEnd) : s.tokEnd;
      const cue = cues.find((c) => c >= a && c < b) ?? a;
      const start = tokens[n === 0 ? cue : a]?.start ?? s.start;
      const spanStart = tokens[a]?.start ?? s.start;
      const spanEnd = tokens[b - 1]?.end ?? s.end;
      const by = people.map((p) => (p.person >= 0 ? `#${p.person}` : p.name));
      out.push({
        text: trimPunctuation(ctx.body.slice(start, spanEnd)),
        by: by.length > 0 ? by : bodies,
        to: addressees(ctx, cue, a, b, sentenceMentions),
        topics: topicsBetween(ctx, spanStart, spanEnd),
        due: dueOf(cue, b),
        evidence: [{ start: spanStart, end: spanEnd }],
      });
    }
  }
  ctx.commitments = out;
};

/** "instructed the Government and the Ministry of Energy to …" or "the governments were instructed to …": who must act. */
function addressees(ctx: Context, cueAt: number, a: number, b: number, mentions: readonly Context['mentions'][number][]): string[] {
  const { tokens, gazetteer: g } = ctx;
  // The directive may follow the cue: "agreed to instruct their governments to", "gave instructions to the Government
  // to" (whose addressee follows "to").
  let cue = cueAt;
  const given = (key(tokens, cue) === 'gave' || key(tokens, cue) === 'issued') && /^instructions?$/.test(key(tokens, cue + 1)) ? cue + 1 : -1;
  if (given < 0 && !DIRECTIVES.has(key(tokens, cue))) {
    let d = cue + 1;
    while (d < b && d <= cue + 3 && !(DIRECTIVES.has(key(tokens, d)) && key(tokens, d - 1) === 'to')) d++;
    if (d >= b || d > cue + 3) return [];
    cue = d;
  }
  if (given > 0) {
    if (key(tokens, given + 1) !== 'to') return [];
    cue = given + 1;
  }
  const name = (m: Context['mentions'][number]): string => (m.kind === 'body' ? (g.bodies[m.body]?.name ?? m.surface) : m.surface);
  const passive = BE.has(tokens[cue - 1]?.key ?? '') || tokens[cue - 1]?.key === 'were' || tokens[cue - 1]?.key === 'was';
  if (passive) {
    const found = mentions.filter((m) => m.tokStart >= a && m.tokEnd <= cue && m.kind === 'body').map(name);
    if (found.length > 0) return found;
    // "the governments were instructed": the noun phrase that is the subject.
    let k = cue - 2;
    while (k >= a && tokens[k]?.type === 'word' && !BE.has(tokens[k]?.key ?? '')) k--;
    const words = tokens.slice(k + 1, cue - 1).filter((t) => t.type === 'word' && t.key !== 'the');
    return words.length > 0 && words.length <= 6 ? [ctx.body.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0)] : [];
  }
  let end = cue + 1;
  while (end < b && tokens[end]?.key !== 'to' && tokens[end]?.key !== 'with') end++;
  const named = mentions.filter((m) => m.tokStart > cue && m.tokEnd <= end && (m.kind === 'body' || m.kind === 'person' || m.kind === 'role' || m.kind === 'bound')).map(name);
  if (named.length > 0 || end >= b) return named;
  // "instructed the government to", "tasked the foreign ministries of both countries with": the noun phrase itself,
  // without its article or possessive, when it names no known body.
  let from = cue + 1;
  while (from < end && DETERMINERS.has(key(tokens, from))) from++;
  const words = tokens.slice(from, end);
  if (words.length === 0 || words.length > 6 || words.some((t) => t.type !== 'word')) return [];
  return [ctx.body.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0)];
}

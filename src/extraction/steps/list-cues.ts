// The words that open a list of people around an event, and where the list ends: companions ("was accompanied by",
// "joined by", "together with", "The X delegation included"), attendees ("Also present were", "was attended by", "in
// the presence of", "with the participation of", "A and B took part in the talks", "On the X side …"), those who welcome
// a guest ("was greeted at the airport by") and those met ("will meet with", "held talks with", "hosted by").
import type { Context, PersonRef, Trigger } from '../context.ts';
import type { EventKind } from '../types.ts';
import { NAME_PARTICLES } from './mentions.ts';
import { DETERMINERS, initialAt, key, LIST_WORDS, OFFICE_WORDS, RANKS, stateAt } from './list-names.ts';
import type { ListSpan, SentenceMentions } from './list-names.ts';

/**
 * Companions of someone (same side), attendees (any side), those who welcome a guest, or those met ("will meet with A,
 * B and C": the events step gives them to the meeting already; the names the gazetteer lacks are wanted, and no other
 * occurrence of the sentence takes them).
 */
export type Cue = 'with' | 'attend' | 'welcome' | 'partner';
export type Tense = 'past' | 'present' | 'future' | null;

export interface Found extends ListSpan {
  cue: Cue;
  /** The occurrence a partner list is the object of ("meet with", "hosted by"), and its kind. */
  of: EventKind | null;
  trigger: Trigger | null;
  /** Whom the companions accompany, when the text says. */
  subject: PersonRef | null;
  tense: Tense;
}

/** The subject "He" or "His" opening a sentence: the principal of the event the list belongs to. */
export const OPENING_PRONOUN: PersonRef = { person: -1, name: '', role: null, country: null };

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'shall', 'would', 'also', 'to', 'had', 'has', 'have']);
const NO_WORDS = new Set<string>();
// Words that end a list after its cue (a new clause or predicate) or open one before it.
const CLAUSE = new Set([
  'who', 'which', 'that', 'where', 'when', 'while', 'whose', 'whom', 'held', 'hold', 'holds', 'met', 'meet', 'meets',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'was', 'were', 'is', 'are', 'has', 'have', 'had',
  'said', 'says', 'told', 'discussed', 'signed', 'arrived', 'visited', 'during', 'after', 'before', 'following', 'because',
  'since', 'but', 'as', 'if', 'although', 'though', 'whereas',
]);
const DELEGATION = new Set(['delegation', 'entourage', 'retinue']);
const COMPRISE = new Set(['includes', 'included', 'include', 'including', 'comprises', 'comprised', 'comprising', 'consisted', 'consists', 'consisting', 'composed', 'comprise']);
const MET = new Set(['meet', 'meets', 'met', 'meeting', 'receive', 'receives', 'received', 'receiving', 'host', 'hosts', 'hosting']);
const WELCOMED = new Set(['welcomed', 'greeted', 'received', 'met', 'seen']);
const CHAIRED_BY = new Set(['chaired', 'co-chaired', 'cochaired']);
const AIRPORT = new Set(['airport', 'arrival', 'aerodrome', 'airbase', 'ramp', 'tarmac']);
const TOOK_PART = new Set(['took', 'take', 'takes', 'taking']);
const PARTICIPATED = new Set(['participated', 'participate', 'participates', 'participating']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'negotiations', 'consultations', 'discussions', 'discussion', 'event', 'ceremony', 'session', 'visit', 'conversation', 'call', 'dinner', 'lunch']);
const PAST = new Set(['was', 'were', 'had', 'took', 'participated', 'included', 'consisted', 'comprised']);
const FUTURE = new Set(['will', 'shall']);
const PRESENT = new Set(['is', 'are', 'includes', 'consists', 'comprises', 'include', 'comprise']);
const PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const PAST_BE = new Set(['were', 'was']);
const ANY_BE = new Set(['were', 'was', 'are', 'is']);

/** The list after a cue ends at the sentence's end or at a new clause or occurrence. */
function listEnd(ctx: Context, a: number, end: number, triggerAt: Uint8Array): number {
  for (let i = a; i < end; i++) {
    const t = ctx.tokens[i];
    if (!t) return i;
    if (t.text === '.' && !initialAt(ctx.tokens, i - 1) && !RANKS.has(key(ctx, i - 1))) return i;
    if (t.type === 'word' && !t.cap && CLAUSE.has(t.key)) return i;
    // "to discuss", "to attend": a purpose, not an envoy's state ("Ambassador to Kenya", "to the USA").
    if (t.key === 'to' && ctx.tokens[i + 1]?.type === 'word' && !ctx.tokens[i + 1]?.cap && !DETERMINERS.has(key(ctx, i + 1))) return i;
    if (triggerAt[i]) return i;
    // "…, meet with X, and attend …": a separator before a verb opens a new predicate.
    const next = ctx.tokens[i + 1];
    if ((t.text === ',' || t.key === 'and') && next && next.type === 'word' && !next.cap && !LIST_WORDS.has(next.key) && !OFFICE_WORDS.has(next.key) && !NAME_PARTICLES.has(next.key)) return i;
  }
  return end;
}

/** The list before a cue ("A and B also took part", "C was also present") starts after a clause or occurrence. */
function listStart(ctx: Context, b: number, start: number, triggerAt: Uint8Array): number {
  for (let i = b - 1; i >= start; i--) {
    const t = ctx.tokens[i];
    if (!t || t.text === ';' || t.text === ':' || triggerAt[i] || (t.type === 'word' && !t.cap && CLAUSE.has(t.key))) return i + 1;
  }
  return start;
}

/** The tense a cue's verbs give ("was accompanied", "will be joined", "includes"). */
function tenseNear(ctx: Context, from: number, to: number): Tense {
  for (let i = to - 1; i >= from; i--) {
    const k = key(ctx, i);
    if (FUTURE.has(k)) return 'future';
    if (PAST.has(k)) return 'past';
    if (PRESENT.has(k)) return 'present';
  }
  return null;
}

const ONE_PERSON = (m: { kind: string; people: readonly PersonRef[] }): boolean => (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1;

/** One person (a name, an office bound to its holder or a pronoun) ending right before token i, over auxiliaries. */
function personEndingBefore(ctx: Context, ments: SentenceMentions, i: number, over: ReadonlySet<string>): PersonRef | null {
  let j = i;
  while (j > 0 && (over.has(key(ctx, j - 1)) || ctx.tokens[j - 1]?.text === ',')) j--;
  const m = ments.endingAt(j).find(ONE_PERSON);
  if (m) return m.people[0] ?? null;
  // "He will be accompanied by", "His entourage includes": a pronoun opening the sentence (no mention of its own) is
  // whoever the events before are about, found with the event (OPENING_PRONOUN).
  return PRONOUNS.has(key(ctx, j - 1)) && ctx.tokens[j - 1]?.cap ? OPENING_PRONOUN : null;
}

function personStartingAt(ments: SentenceMentions, i: number): PersonRef | null {
  const m = ments.at(i);
  return m && ONE_PERSON(m) ? (m.people[0] ?? null) : null;
}

/** The lists of sentence s, in reading order (`triggers`: those of the sentence; `triggerAt`: tokens inside one). */
export function cuesOf(ctx: Context, s: number, ments: SentenceMentions, triggers: readonly Trigger[], triggerAt: Uint8Array): Found[] {
  const sent = ctx.sentences[s];
  if (!sent) return [];
  const { tokStart: S, tokEnd: E } = sent;
  const out: Found[] = [];
  let side: string | null = null;
  const after = (cue: Cue, from: number, subject: PersonRef | null, tense: Tense, sideOf: string | null = null): Found => {
    const f: Found = { cue, of: null, trigger: null, a: from, b: listEnd(ctx, from, E, triggerAt), subject, side: sideOf, tense };
    out.push(f);
    return f;
  };
  const before = (cue: Cue, to: number, tense: Tense): void => {
    out.push({ cue, of: null, trigger: null, a: listStart(ctx, to, S, triggerAt), b: to, subject: null, side: null, tense });
  };
  // A partner list is the object of the occurrence whose trigger is at or just before its cue.
  const partners = (cue: number, from: number): void => {
    const f = after('partner', from, null, null);
    const t = triggers.find((x) => x.tokStart <= cue && cue - x.tokEnd <= 2 && !x.quoted);
    if (t) Object.assign(f, { of: t.kind, trigger: t });
  };
  const beVerb = (from: number, to: number, words: ReadonlySet<string>): number => {
    for (let j = from; j < Math.min(E, to); j++) if (words.has(key(ctx, j))) return j;
    return -1;
  };
  for (let i = S; i < E; i++) {
    const k = key(ctx, i);
    const k1 = key(ctx, i + 1);
    // "On the Chilean side, …": the state of whoever the sentence lists.
    const sideOf = k === 'on' && k1 === 'the' ? stateAt(ments, i + 2) : null;
    if (sideOf && key(ctx, sideOf.tokEnd) === 'side') {
      side = sideOf.country;
      // "On the Vietnamese side there were A and B".
      let j = sideOf.tokEnd + 1;
      if (ctx.tokens[j]?.text === ',') j++;
      if (key(ctx, j) === 'there' && PAST_BE.has(key(ctx, j + 1))) after('attend', j + 2, null, 'past', side);
      continue;
    }
    if ((k === 'accompanied' || k === 'joined') && k1 === 'by') after('with', i + 2, personEndingBefore(ctx, ments, i, BE), tenseNear(ctx, Math.max(S, i - 4), i));
    else if (k === 'together' && k1 === 'with') after('with', i + 2, personEndingBefore(ctx, ments, i, BE), null);
    else if (k === 'accompanying') {
      // "Accompanying the President were A and B".
      const v = beVerb(i + 1, i + 8, ANY_BE);
      if (v >= 0) after('with', v + 1, personStartingAt(ments, i + 1) ?? personStartingAt(ments, i + 2), PAST_BE.has(key(ctx, v)) ? 'past' : 'present');
    } else if (DELEGATION.has(k)) delegation(i);
    else if ((k === 'in' && k1 === 'the' && key(ctx, i + 2) === 'presence' && key(ctx, i + 3) === 'of') || (k === 'with' && k1 === 'the' && key(ctx, i + 2) === 'participation' && key(ctx, i + 3) === 'of')) after('attend', i + 4, null, null);
    else if (k === 'attended' && k1 === 'by' && BE.has(key(ctx, i - 1))) after('attend', i + 2, null, tenseNear(ctx, Math.max(S, i - 3), i));
    // "The meeting will be chaired by A", "was co-chaired by A and B": who chairs a sitting takes part in it.
    else if (CHAIRED_BY.has(k) && k1 === 'by' && (BE.has(key(ctx, i - 1)) || (key(ctx, i - 1) === '-' && key(ctx, i - 2) === 'co' && BE.has(key(ctx, i - 3))))) after('attend', i + 2, null, tenseNear(ctx, Math.max(S, i - 3), i));
    else if (k === 'present' || (k === 'attendance' && key(ctx, i - 1) === 'in')) present(i);
    else if ((TOOK_PART.has(k) && k1 === 'part' && key(ctx, i + 2) === 'in') || (PARTICIPATED.has(k) && k1 === 'in')) tookPart(i);
    // "will meet with A, B and C", "held talks with …", "met A and B", "received …", "call on …", "hosted by …".
    else if ((MET.has(k) || MEETING_NOUNS.has(k)) && k1 === 'with') partners(i, i + 2);
    else if (MET.has(k) && !BE.has(key(ctx, i - 1)) && (DETERMINERS.has(k1) || ctx.tokens[i + 1]?.cap)) partners(i, i + 1);
    else if ((k === 'call' || k === 'calls' || k === 'called') && k1 === 'on') partners(i + 1, i + 2);
    else if (k === 'hosted' && !ctx.tokens[i + 1]?.cap) {
      const by = beVerb(i + 1, i + 7, BY);
      if (by >= 0 && !punctBetween(i + 1, by)) partners(by - 1, by + 1);
    } else if (WELCOMED.has(k) && BE.has(key(ctx, i - 1))) welcome(i);
  }
  // A side written at the sentence's start is that of every list in it.
  if (side) for (const f of out) f.side ??= side;
  return out;

  function punctBetween(a: number, b: number): boolean {
    for (let j = a; j < b; j++) if (ctx.tokens[j]?.type === 'punct' && ctx.tokens[j]?.text !== '-') return true;
    return false;
  }

  // "The Turkish delegation included", "His entourage includes", "the delegation led by X consisted of".
  function delegation(i: number): void {
    for (let j = i + 1; j < Math.min(E, i + 12); j++) {
      const v = key(ctx, j);
      if (ctx.tokens[j]?.text === '.' || ctx.tokens[j]?.text === ';') return;
      if (!COMPRISE.has(v) && !(v === 'made' && key(ctx, j + 1) === 'up')) continue;
      let from = j + (v === 'made' ? 2 : 1);
      if (key(ctx, from) === 'of') from++;
      let subject: PersonRef | null = null;
      for (let q = i + 1; q < j && !subject; q++) if ((key(ctx, q) === 'led' || key(ctx, q) === 'headed') && key(ctx, q + 1) === 'by') subject = personStartingAt(ments, q + 2);
      subject ??= personEndingBefore(ctx, ments, i, NO_WORDS);
      let adj = i - 1;
      while (adj > S && (ctx.tokens[adj]?.text === '.' || key(ctx, adj) === 'high' || key(ctx, adj) === 'level' || ctx.tokens[adj]?.text === '-')) adj--;
      const state = ments.endingAt(adj + 1).find((x) => x.kind === 'adjective' || x.kind === 'country');
      after('with', from, subject, tenseNear(ctx, i, from), state?.country ?? null);
      return;
    }
  }

  // "Also present were A and B", "Present at the talks were …", "Also in attendance were …", "B was also present".
  function present(i: number): void {
    const k = key(ctx, i);
    const verbAt = key(ctx, i - 1) === 'also' || k === 'attendance' ? i - 2 : i - 1;
    const prev = key(ctx, verbAt);
    if (ANY_BE.has(prev) || prev === 'be') {
      before('attend', verbAt, PAST_BE.has(prev) ? 'past' : 'present');
      return;
    }
    const v = beVerb(i + 1, i + 7, ANY_BE);
    if (v >= 0 && !punctBetween(i + 1, v)) after('attend', v + 1, null, PAST_BE.has(key(ctx, v)) ? 'past' : 'present');
  }

  // "A and B (also) took part in the talks", "participated in the meeting".
  function tookPart(i: number): void {
    let j = i + (key(ctx, i + 1) === 'part' ? 3 : 2);
    if (DETERMINERS.has(key(ctx, j))) j++;
    while (j < E && j < i + 6 && ctx.tokens[j]?.type === 'word' && !ctx.tokens[j]?.cap && !MEETING_NOUNS.has(key(ctx, j))) j++;
    if (!MEETING_NOUNS.has(key(ctx, j))) return;
    before('attend', key(ctx, i - 1) === 'also' ? i - 1 : i, tenseNear(ctx, i, i + 1));
  }

  // "was welcomed by", "were greeted at the airport by", "was met on arrival by", "was seen off by".
  function welcome(i: number): void {
    const k = key(ctx, i);
    let airport = false;
    for (let j = i + 1; j < Math.min(E, i + 8); j++) {
      const v = key(ctx, j);
      if (AIRPORT.has(v)) airport = true;
      if (v === 'by') {
        if ((k !== 'received' && k !== 'met') || airport) after('welcome', j + 1, null, tenseNear(ctx, Math.max(S, i - 3), i));
        return;
      }
      if (ctx.tokens[j]?.type === 'punct' && ctx.tokens[j]?.text !== '-') return;
    }
  }
}
const BY = new Set(['by']);

// The context every step reads and extends. Steps run in order (extract.ts); each adds one layer.
import type { Gazetteer } from './gazetteer/index.ts';
import type { Header } from './text/header.ts';
import type { Sentence } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';
import type { TimeExpr } from './time/expressions.ts';
import type { Commitment, EventKind, EventStatus, Quote, Span, Topic } from './types.ts';
import type { Resolved } from './time/relative.ts';

export interface PersonRef {
  /** Gazetteer index, or -1 for a person found by pattern only. */
  person: number;
  /** Surface form for pattern people; for gazetteer people the fullest spelling is chosen at the end. */
  name: string;
  role: string | null;
  country: string | null;
}

/**
 * One person named twice: the same gazetteer entry when either has one, else the same name as written (or in any case,
 * with `ignoreCase`).
 */
/** The personal possessives before a word for someone's occurrence or office ("his visit", "her counterpart"). */
export const PERSONAL_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

export function samePersonRef(a: PersonRef, b: PersonRef, ignoreCase = false): boolean {
  if (a.person >= 0 || b.person >= 0) return a.person === b.person;
  return ignoreCase ? a.name.toLowerCase() === b.name.toLowerCase() : a.name === b.name;
}

/** Adds each person not already among the event's people (the same person by `samePersonRef`). */
export function addPeople(e: { people: PersonRef[] }, people: readonly PersonRef[], ignoreCase = false): void {
  for (const p of people) if (!e.people.some((q) => samePersonRef(p, q, ignoreCase))) e.people.push({ ...p });
}

export type MentionKind = 'bound' | 'person' | 'role' | 'group' | 'pronoun' | 'country' | 'capital' | 'city' | 'adjective' | 'body' | 'place' | 'offices';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  /** Resolved people: one for a name, role or pronoun; several for a group. */
  people: PersonRef[];
  /** Country code for country, capital, city and adjective mentions and for roles of a state. */
  country: string | null;
  /** Gazetteer body index for body mentions. */
  body: number;
  surface: string;
  /** Inside a direct quotation. */
  quoted: boolean;
}

export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  sentence: number;
  /** "the meeting", "his visit": refers back to an event already reported. */
  anaphoric: boolean;
  /** Bodies named with the trigger ("a meeting of the Supreme State Council"). */
  bodies: number[];
  /** The name of a summit or forum when it is written ("G20 Summit"). */
  label: string | null;
  quoted: boolean;
  /** A verb form ("met", "will visit") rather than a noun. */
  verb: boolean;
  /** "the agreement on holding the summit": a planned occurrence, named as the object of a plan. */
  planned: boolean;
  /** "such a meeting": refers back even though its article is indefinite. */
  such: boolean;
  /** "preparations for the meeting were discussed": the occurrence is a topic here, and the sentence's people are not its. */
  topic: boolean;
  /** A city that opens the name of a forum or summit ("St. Petersburg International Economic Forum"). */
  labelPlace: string | null;
  /** States named in the trigger's compound label ("Japan-U.S.-ROK Summit", "Kyrgyz-Tajik summit"). */
  states: string[];
}

export interface DraftEvent {
  kind: EventKind;
  status: EventStatus;
  window: Resolved | null;
  timeText: string | null;
  timeSpan: Span | null;
  tentative: boolean;
  where: string | null;
  people: PersonRef[];
  personSpans: Span[];
  bodies: number[];
  label: string | null;
  topics: Set<Topic>;
  evidence: Span[];
  firstSentence: number;
  /** The last sentence that reported it. */
  lastSentence: number;
  /** A gathering only named in passing so far ("the results of the X summit"): no event without a time of its own. */
  aside?: boolean;
}

export interface QuoteSpan extends Quote {
  /** Offsets including the quotation marks. */
  outerStart: number;
  outerEnd: number;
}

export interface Context {
  body: string;
  text: string;
  header: Header;
  reference: string | null;
  gazetteer: Gazetteer;
  /** The state whose press service published the readout, when the source says it. */
  home: string | null;
  agencies: string[];
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  quotes: QuoteSpan[];
  times: TimeExpr[];
  mentions: Mention[];
  triggers: Trigger[];
  events: DraftEvent[];
  commitments: Commitment[];
}

export type Step = (ctx: Context) => void;

/** Mentions by token: the one starting (or ending) at a token index. Backed by a typed array, not a hash map. */
export interface TokenIndex {
  get(tok: number): Mention | undefined;
  has(tok: number): boolean;
}

/** Of each sentence, the items (mentions, triggers, times) whose first token is in it, in the order given. */
export function bySentence<T extends { tokStart: number }>(ctx: Context, items: readonly T[]): T[][] {
  const out: T[][] = ctx.sentences.map(() => []);
  for (const x of items) out[ctx.sentenceOf[x.tokStart] ?? 0]?.push(x);
  return out;
}

/** A span inside a quotation (binary search over the quotations, which are in reading order and do not overlap). */
export function insideQuote(ctx: Context, start: number, end: number): boolean {
  const q = ctx.quotes[firstIndex(ctx.quotes.length, (k) => (ctx.quotes[k]?.end ?? 0) <= start)];
  return !!q && q.start <= start && end <= q.end;
}

/** The first index below n where `before` turns false, `before` being true up to some index and false from it on (binary search). */
export function firstIndex(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items (triggers, mentions) whose span lies inside [start, end]: a binary search over the items, which are in
 * reading order, and a scan of that stretch only.
 */
export function spansWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const lo = firstIndex(items.length, (k) => (items[k]?.start ?? 0) < start);
  const out: T[] = [];
  for (let k = lo; k < items.length; k++) {
    const x = items[k];
    if (!x || x.start > end) break;
    if (x.end <= end) out.push(x);
  }
  return out;
}

/** The first time expression starting at a token (binary search over the times, which are in reading order). */
export function timeAt(ctx: Context, tok: number): TimeExpr | undefined {
  const lo = firstIndex(ctx.times.length, (k) => (ctx.times[k]?.tokStart ?? 0) < tok);
  const x = ctx.times[lo];
  return x && x.tokStart === tok ? x : undefined;
}

/** The first sentence starting at a character offset (binary search over the sentences, which are in reading order). */
export function sentenceStartingAt(ctx: Context, offset: number): Sentence | undefined {
  const lo = firstIndex(ctx.sentences.length, (k) => (ctx.sentences[k]?.start ?? 0) < offset);
  const s = ctx.sentences[lo];
  return s && s.start === offset ? s : undefined;
}

export function indexMentions(mentions: readonly Mention[], tokenCount: number, by: 'start' | 'end'): TokenIndex {
  const at = new Int32Array(tokenCount + 1).fill(-1);
  mentions.forEach((m, i) => {
    const k = by === 'start' ? m.tokStart : m.tokEnd;
    if (k >= 0 && k <= tokenCount) at[k] = i;
  });
  const get = (tok: number): Mention | undefined => (tok >= 0 && tok <= tokenCount && (at[tok] ?? -1) >= 0 ? mentions[at[tok] ?? 0] : undefined);
  return { get, has: (tok) => get(tok) !== undefined };
}

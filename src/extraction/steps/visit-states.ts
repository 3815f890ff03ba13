// A visit named as a state or a noun phrase rather than by a travel verb: "the Chancellor is in Chile on a working
// visit", "she is on a state visit to Ghana", "Tamate was in Madrid for the state funeral of …", "in the course of his
// official visit to Peru", "their encounter came during the Premier's stay in Japan to attend a forum". Readouts name
// such a visit in passing while they narrate what happened in it. These checks say when the words are a stay (a visit) at all, when the stay
// is under way or over (held, whatever an "invitation" or a later "will meet" says), and when the visit holds more than
// the one meeting of its sentence (then it is an event of its own, not the talks it was made for: GUIDELINES.md).
import { bySentence, spansWithin, timeAt } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, TokenIndex, Trigger } from '../context.ts';
import { placesAgree } from './event-links.ts';
import { counterparts } from './programme.ts';

const PLACES = new Set(['country', 'capital', 'city']);
const SUBJECTS = new Set(['person', 'role', 'bound', 'pronoun']);
// The nouns of a stay or of what a stay is made for: "for an official visit", "on a working trip", "for the summit".
const PURPOSE_NOUNS = new Set(['visit', 'trip', 'tour', 'stay', 'mission', 'summit', 'funeral', 'ceremony', 'inauguration', 'forum', 'conference', 'celebrations', 'talks', 'meeting', 'session']);
const PURPOSE_VERBS = new Set(['attend', 'participate', 'take', 'pay', 'join', 'represent', 'witness', 'mark', 'hold', 'meet']);
const NOUN_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'official', 'state', 'working', 'private', 'two', 'three', 'four', 'five', 'day', '-', 'friendly', 'historic', 'first', 'foreign', 'overseas', 'short', 'brief', 'bilateral']);

export interface PresenceAt {
  /** The first token of "is in" / "was in" and the token after it. */
  i: number;
  end: number;
  mentionAt: TokenIndex;
  mentionEndingAt: TokenIndex;
}

/**
 * "The Chancellor is in Chile on a working visit", "Tamate was in Madrid for the state funeral of …", "the ministers are
 * in Riga to take part in …": someone stated to be in a state or city they came to, for a purpose the words after the
 * place give.
 * Not "was in talks with", "is in a difficult position" (no place), nor "was in London in 1998 as a student" (no purpose).
 */
export function statedPresence(ctx: Context, at: PresenceAt): boolean {
  const { tokens } = ctx;
  const subject = at.mentionEndingAt.get(at.i);
  if (!subject || !SUBJECTS.has(subject.kind)) return false;
  const place = at.mentionAt.get(at.end);
  if (!place || !PLACES.has(place.kind) || place.quoted) return false;
  let k = place.tokEnd;
  // "is in Chile on Monday for …": a time between the place and the purpose.
  const time = timeAt(ctx, k) ?? (tokens[k]?.text === ',' ? timeAt(ctx, k + 1) : undefined);
  if (time) k = time.tokEnd;
  if (tokens[k]?.text === ',') k++;
  const word = tokens[k]?.key ?? '';
  if (word === 'to') return PURPOSE_VERBS.has(tokens[k + 1]?.key ?? '');
  // "is in Oslo, where she is due to meet Y": what the stay is for, said by a clause of a meeting to come there
  // (arrival-clause.ts); only of a stay under way ("is", "are").
  if (word === 'where') return NOW.has(tokens[at.i]?.key ?? '') && meetingAhead(ctx, k + 1);
  if (word !== 'for' && word !== 'on') return false;
  for (let j = k + 1; j < k + 7; j++) {
    const key = tokens[j]?.key ?? '';
    if (PURPOSE_NOUNS.has(key)) return true;
    if (!NOUN_WORDS.has(key) && !tokens[j]?.cap && tokens[j]?.type !== 'num') return false;
  }
  return false;
}

const NOW = new Set(['is', 'are']);
const AHEAD = new Set(['will', 'due', 'expected', 'scheduled', 'set', 'slated']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'negotiations', 'consultations']);
/** How many words a clause may take to name its meeting ("where she is expected to hold talks"). */
const CLAUSE_WORDS = 7;

/**
 * From token a, a meeting to come within a few words: a word of the future ("will", "is due to", "is expected to"),
 * then "meet" or "hold talks" ("where she is due to meet Y", "where he will hold talks with Y").
 */
function meetingAhead(ctx: Context, a: number): boolean {
  const { tokens } = ctx;
  let future = false;
  for (let j = a; j < a + CLAUSE_WORDS; j++) {
    const key = tokens[j]?.key ?? '';
    if (tokens[j]?.type === 'punct') return false;
    if (AHEAD.has(key)) future = true;
    else if (future && key === 'meet') return true;
    else if (future && key === 'hold') return MEETING_NOUNS.has(tokens[j + 1]?.key ?? '') || MEETING_NOUNS.has(tokens[j + 2]?.key ?? '') || MEETING_NOUNS.has(tokens[j + 3]?.key ?? '');
  }
  return false;
}

const OWNERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an', 'this']);

/**
 * "during his three-day stay in Hanoi", "the President's stay in Oslo", "During her stay, …": a stay as a noun, owned or
 * counted, in a state or city or setting the scene. Not "stay in power", "will stay in Riga" (the verb), "a stay of
 * execution".
 */
export function sojourn(ctx: Context, at: PresenceAt): boolean {
  const { tokens } = ctx;
  let j = at.i - 1;
  while (j > at.i - 5 && (NOUN_WORDS.has(tokens[j]?.key ?? '') || tokens[j]?.type === 'num') && !OWNERS.has(tokens[j]?.key ?? '')) j--;
  if (!OWNERS.has(tokens[j]?.key ?? '') && !tokens[j]?.possessive) return false;
  const next = tokens[at.end];
  if (next?.text === ',') return true;
  if (next?.key !== 'in') return false;
  const k = tokens[at.end + 1]?.key === 'the' ? at.end + 2 : at.end + 1;
  const place = at.mentionAt.get(k);
  return !!place && PLACES.has(place.kind);
}

const SET_OFF = new Set(['departed', 'embarked', 'arrived', 'left', 'began', 'started', 'commenced', 'set']);
const BE_NOW = new Set(['is', 'are', 'was', 'were']);
const PERFECT = new Set(['has', 'have', 'had']);
const SET_OFF_WORDS = new Set([...NOUN_WORDS, 'on', 'for', 'out', 'six', 'seven']);
const NOT_AFTER = new Set(['will', 'to', 'would', 'be', 'shall']);

/**
 * "departed on a two-day official visit to Kenya", "she is on a state visit to Ghana", "has landed in Accra for a
 * two-day state visit", "the Chancellor is in Chile on a working visit": the visit stated as begun or as where someone
 * is, not "will be on a visit", "is to leave on a visit". Under way or over, so held, whatever an "invitation" after it
 * says.
 */
export function underWayOrDone(ctx: Context, t: Trigger, mentionEndingAt: TokenIndex): boolean {
  const { tokens } = ctx;
  if (t.kind !== 'visit') return false;
  // "X is in Chile on …", "Tamate was in Madrid for …": the stated presence itself.
  if (t.verb) return BE_NOW.has(tokens[t.tokStart]?.key ?? '') && tokens[t.tokStart + 1]?.key === 'in' && !NOT_AFTER.has(tokens[t.tokStart - 1]?.key ?? '');
  let k = t.tokStart - 1;
  while (k > t.tokStart - 9 && (SET_OFF_WORDS.has(tokens[k]?.key ?? '') || tokens[k]?.type === 'num')) k--;
  if (k === t.tokStart - 1) return false;
  // "… in Accra for a state visit": the place the traveller is in, between the verb and the visit.
  const place = mentionEndingAt.get(k + 1);
  const stated = tokens[k + 1]?.key === 'on' || tokens[k + 1]?.key === 'for';
  if (place && PLACES.has(place.kind) && tokens[place.tokStart - 1]?.key === 'in' && stated) k = place.tokStart - 2;
  const verb = tokens[k]?.key ?? '';
  const before = tokens[k - 1]?.key ?? '';
  if (SET_OFF.has(verb)) return !NOT_AFTER.has(before);
  // "is on a trip", "was in Cairo on a visit"; not "had planned a visit".
  if (!stated) return false;
  if (BE_NOW.has(verb)) return !NOT_AFTER.has(before);
  // "has landed in …", "have tonight touched down in …": a perfect, a time of day between auxiliary and participle.
  if (!/(?:ed|en)$/.test(verb) || tokens[k]?.cap) return false;
  for (let j = k - 1; j >= k - 3; j--) if (PERFECT.has(tokens[j]?.key ?? '')) return true;
  return false;
}

// The nouns an opener names a visit's setting with: "as part of his visit", "in the context of X's visit", "in the course
// of the trip"; and those that say the visit holds more than what its sentence reports ("on the programme of").
const SETTING_NOUNS = new Set(['part', 'context', 'course', 'framework', 'frame', 'activities', 'programme', 'program']);
const SEVERAL = new Set(['activities', 'programme', 'program']);
// "her first meeting of the day, during her visit", "the second of his meetings", "another meeting": one of several.
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'another', 'latest']);
const ONE_OF = new Set(['meeting', 'meetings', 'bilateral', 'engagement', 'engagements', 'event', 'of', 'talks']);
const ATTENDANCE = new Set(['attend', 'participate', 'take', 'join', 'participated', 'attended', 'took', 'joined']);

export interface VisitFrame {
  /** The words say the visit held more than what its sentence reports: it is an event of its own. */
  more: boolean;
}

/**
 * "during his state visit to Ghana", "one of the engagements on the programme of her working visit to Belize", "came in
 * the course of the Premier's visit to Japan to attend a forum": a visit noun named as the setting of what its sentence
 * reports, with the place it was made to. Null when the noun is no such setting.
 */
export function visitFrame(ctx: Context, t: Trigger, sentStart: number, mentionAt: TokenIndex): VisitFrame | null {
  const { tokens } = ctx;
  if (t.kind !== 'visit' || t.verb || t.quoted) return null;
  let k = t.tokStart - 1;
  while (k > t.tokStart - 7 && k > sentStart && (NOUN_WORDS.has(tokens[k]?.key ?? '') || ((tokens[k]?.cap || tokens[k]?.possessive || tokens[k]?.type === 'num') && tokens[k]?.type !== 'punct'))) k--;
  const opener = tokens[k]?.key ?? '';
  const noun = tokens[k - 1]?.key ?? '';
  if (opener !== 'during' && !(opener === 'of' && SETTING_NOUNS.has(noun))) return null;
  // The place it was made to, right after the noun: "visit to Ghana", "stay in Hanoi".
  let j = t.tokEnd;
  if (tokens[j]?.key !== 'to' && tokens[j]?.key !== 'in') return null;
  j++;
  if (tokens[j]?.key === 'the') j++;
  const place = mentionAt.get(j);
  if (!place || !PLACES.has(place.kind)) return null;
  j = place.tokEnd;
  let more = opener === 'of' && SEVERAL.has(noun);
  // "… to attend a forum", ", where she took part in a forum": made for something else than a meeting.
  if (tokens[j]?.key === 'to' && ATTENDANCE.has(tokens[j + 1]?.key ?? '')) more = true;
  if (tokens[j]?.text === ',' && tokens[j + 1]?.key === 'where' && ATTENDANCE.has(tokens[j + 3]?.key ?? '')) more = true;
  for (let i = sentStart; i < k - 1 && !more; i++) if (ORDINALS.has(tokens[i]?.key ?? '') && ONE_OF.has(tokens[i + 1]?.key ?? '')) more = true;
  return { more };
}

// Occurrences that are no item of anyone's visit: a vote, an incident, a drill.
const NOT_ITEMS = new Set(['election', 'elections', 'referendum', 'incident', 'attack', 'explosion', 'exercise', 'exercises', 'drills', 'terrorist']);
const ITEM_KINDS = new Set(['other', 'statement', 'interview']);
/** How many sentences before and after a visit's own the occurrences of its programme are looked for. */
const BEFORE = 2;
const AFTER = 3;

/**
 * The occurrences each sentence reports that could be items of a visit's programme: a meeting is named by its
 * counterpart (the same talks reported in the headline and the lead are one item, "the next meeting … was with Y" is
 * one more; a meeting with no one named adds none), a ceremony, a speech or a press conference by its kind.
 * Gatherings of their own (summits, sessions) are not counted. One pass over the triggers.
 */
export function programmeItems(ctx: Context): string[][] {
  const out: string[][] = ctx.sentences.map(() => []);
  const ments = ctx.mentions.filter((m) => !m.quoted);
  const ofSentence = bySentence(ctx, ments);
  ctx.triggers.forEach((t, k) => {
    if (t.quoted || t.topic || t.planned || NOT_ITEMS.has(ctx.tokens[t.tokStart]?.key ?? '')) return;
    const list = out[t.sentence];
    if (!list) return;
    if (ITEM_KINDS.has(t.kind) && !t.anaphoric) list.push(`${t.kind} ${t.tokStart}`);
    if (t.kind !== 'talks') return;
    const next = ctx.triggers[k + 1];
    const end = next && next.sentence === t.sentence ? next.tokStart : (ctx.sentences[t.sentence]?.tokEnd ?? t.tokEnd);
    // The counterparts lie between the trigger and the sentence's end: that sentence's mentions are all it reads.
    const sent = ctx.sentences[t.sentence];
    const inSentence = sent && t.tokStart >= sent.tokStart && end <= sent.tokEnd;
    const who = counterparts(ctx, (inSentence ? ofSentence[t.sentence] : undefined) ?? ments, t.tokEnd, end)[0]?.[0];
    if (who) list.push(`talks ${who.person >= 0 ? who.person : who.name.toLowerCase()}`);
  });
  return out;
}

/**
 * "The Chancellor is in Chile on a working visit and is to hold talks with Y. … both will brief the press …", "she is
 * on a state visit to Ghana" among meetings with three leaders: a visit stated as under way, or named as the setting of
 * what the text reports, holds more than one meeting when the words say so or when the sentences around it report two
 * items or more. Then it is an event of its own beside them; a visit made for one meeting stays that meeting
 * (GUIDELINES.md).
 */
export function holdsMore(items: readonly string[][], s: number, frame: VisitFrame | undefined): boolean {
  if (frame?.more) return true;
  const seen = new Set<string>();
  for (let k = Math.max(0, s - BEFORE); k <= s + AFTER && k < items.length; k++) for (const x of items[k] ?? []) seen.add(x);
  return seen.size >= 2;
}

const VISITORS = new Set(['person', 'role', 'bound']);
const OWN_PRONOUNS = new Set(['his', 'her']);

const PAID = new Set(['paid', 'made']);

/**
 * "the state visit of the King of Norway", "President Quiroga's visit to Canada": the visitor a visit noun names with
 * it, or null. Whoever recalls or discusses the visit earlier in the sentence is not its visitor.
 */
export function visitorNamed(ctx: Context, t: Trigger, ments: readonly Mention[]): PersonRef | null {
  const { tokens } = ctx;
  if (t.kind !== 'visit' || t.verb || t.quoted) return null;
  let k = t.tokEnd;
  if (tokens[k]?.key === 'of') {
    k++;
    if (tokens[k]?.key === 'the') k++;
    // "of President Mansour": an office bound to the name after it names no one of its own.
    const m = ments.find((x) => x.tokStart >= k && x.tokStart <= k + 3 && VISITORS.has(x.kind) && x.people.length === 1);
    return m?.people[0] ?? null;
  }
  // "reciprocated the visit President X paid to Y in 2016": the name between the noun and its verb of paying.
  const r = tokens[t.tokEnd]?.key === 'that' || tokens[t.tokEnd]?.key === 'which' ? t.tokEnd + 1 : t.tokEnd;
  const payer = ments.find((x) => x.tokStart >= r && x.tokStart <= r + 3 && VISITORS.has(x.kind) && x.people.length === 1);
  if (payer && PAID.has(tokens[payer.tokEnd]?.key ?? '')) return payer.people[0] ?? null;
  let j = t.tokStart - 1;
  while (j > t.tokStart - 5 && NOUN_WORDS.has(tokens[j]?.key ?? '') && !OWN_PRONOUNS.has(tokens[j]?.key ?? '') && tokens[j]?.key !== 'the') j--;
  // "In the course of his state visit to Nicaragua, Secretary General X toured …": a pronoun in a setting that opens the
  // sentence is the main clause's subject, named after the comma.
  if (OWN_PRONOUNS.has(tokens[j]?.key ?? '') && j - (ctx.sentences[ctx.sentenceOf[j] ?? 0]?.tokStart ?? 0) <= 5) {
    let k = t.tokEnd;
    while (k < t.tokEnd + 8 && tokens[k] && tokens[k]?.text !== ',') k++;
    const m = ments.find((x) => x.tokStart > k && x.tokStart <= k + 4 && VISITORS.has(x.kind) && x.people.length === 1);
    return m?.people[0] ?? null;
  }
  if (!tokens[j]?.possessive) return null;
  const m = ments.find((x) => x.tokEnd === j + 1 && VISITORS.has(x.kind) && x.people.length === 1);
  return m?.people[0] ?? null;
}

// "Separately, …", "Meanwhile, …", "Elsewhere, …"; "In other news, …", "In a separate development, …", "On a separate
// note, …": the sentence is told apart from what came before it.
const APART = new Set(['separately', 'meanwhile', 'elsewhere']);
const APART_NOUNS = new Set(['development', 'move', 'note', 'news']);

/** Sentence s opens by telling what follows apart from what came before it. */
export function toldApart(ctx: Context, s: number): boolean {
  const at = ctx.sentences[s]?.tokStart;
  if (at === undefined) return false;
  const key = (k: number): string => ctx.tokens[at + k]?.key ?? '';
  if (APART.has(key(0))) return true;
  if (key(0) !== 'in' && key(0) !== 'on') return false;
  return (key(1) === 'other' && key(2) === 'news') || (key(1) === 'a' && key(2) === 'separate' && APART_NOUNS.has(key(3)));
}

const AT = new Set(['in', 'at']);

/** The place is written in sentence s as where something happens ("… in Vilnius", "In Tallinn, …"), not read from a state named as the subject of a hope ("the chances for Norway to host …"). */
function placedInSentence(ctx: Context, s: number, where: string): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const place = where.toLowerCase();
  return spansWithin(ctx.mentions, sent.start, sent.end).some((m) => PLACES.has(m.kind) && place.endsWith(m.surface.toLowerCase()) && AT.has(ctx.tokens[m.tokStart - 1]?.key ?? ''));
}

/**
 * An occurrence told after a visit (or the talks a visit was made for) that is no item of it: told apart ("Separately,
 * she will meet …"), placed in another city or state than the visit ("… in Vilnius" after a visit to Lisbon, written
 * so in its own sentence; a city of the state visited agrees), or dated on its own outside the visit's window. Such an occurrence takes neither the
 * visit's day nor its place, and lends the visit neither its people nor its own place.
 */
export function apartFromVisit(ctx: Context, e: Pick<DraftEvent, 'firstSentence' | 'where' | 'window'>, visit: Pick<DraftEvent, 'where' | 'window'>): boolean {
  if (toldApart(ctx, e.firstSentence)) return true;
  if (e.where && visit.where && !placesAgree(ctx, e.where, visit.where) && placedInSentence(ctx, e.firstSentence, e.where)) return true;
  return !!e.window && !!visit.window && (e.window.from < visit.window.from || e.window.to > visit.window.to);
}

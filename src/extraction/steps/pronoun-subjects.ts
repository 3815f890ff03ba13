// An item told in a sentence whose subject stands for someone named before: "She will also meet …", "His Majesty
// received …", "The President will also address …", "the guest laid a wreath …", "The two leaders then …". The
// subject is the readout's traveller (the person of the visit or of the event before: a host of the same office named
// later is not meant), or the two people of the meeting before; the item, when it writes no day or place of its own,
// is of the day and place of the event before it (the stop it continues: "there", "in the capital"), else of the
// visit's window and place. Runs after the assembly and the visits' programmes; one pass over the events in the order
// the text reports them. Precision: an item whose subject stands for nobody of the occurrence before (another member
// of the delegation, a spokeswoman, an office no one there holds) takes neither its people nor its day and place; nor
// do "the visiting <word>" other than an office or a word for a leader, "the leaders of" other than states, a pair in
// the possessive ("the two leaders' advisers"), or an item of habit or of another time ("usually", "once", "last").
import { bySentence, samePersonRef } from '../context.ts';
import type { Context, DraftEvent, Mention, PersonRef, Trigger } from '../context.ts';
import { roleKey } from '../gazetteer/index.ts';
import { roleOf } from './participants.ts';
import { apartFromVisit } from './visit-states.ts';

/** The kinds of a visit's items: meetings, occasions, addresses, press conferences. */
const ITEMS = new Set(['talks', 'other', 'statement', 'interview']);
/** How many sentences back the event an item continues may be. */
const REACH = 4;
/** Occurrences an item may continue: in person, or an occasion of the day. */
const CONTINUED = new Set(['talks', 'visit', 'summit', 'session', 'other', 'statement', 'interview']);
const STYLES = new Set(['majesty', 'excellency', 'highness']);
const GUESTS = new Set(['guest', 'visitor']);
const PAIRS = new Set(['leaders', 'presidents', 'heads', 'sides', 'chancellors', 'premiers', 'prime']);
/** Words for a leader after "the visiting" in lower case ("in honour of the visiting leader"). */
const LEADERS = new Set(['leader', 'president', 'premier', 'dignitary', 'delegation', 'monarch', 'king', 'queen']);
/** "the leaders of both states", "the leaders of Chile and Peru": the pair (not "the leaders of the companies"). */
const STATES = new Set(['countries', 'states', 'nations']);
// Styles said of one sex, and the offices that style cannot stand for ("Her Majesty" after a king and queen is the queen).
const NOT_HER = new Set(['king', 'emperor', 'sultan', 'emir', 'prince', 'crown prince', 'grand duke']);
const NOT_HIS = new Set(['queen', 'empress', 'princess', 'crown princess', 'grand duchess']);

/** "the visiting Chancellor", "the visiting leader": the participle before an office or a word for a leader, at token k. */
export function visitingLeader(ctx: Context, k: number): boolean {
  return ctx.tokens[k]?.key === 'visiting' && (!!ctx.tokens[k + 1]?.cap || LEADERS.has(ctx.tokens[k + 1]?.key ?? ''));
}

type Subject = { part: 'one'; style?: 'his' | 'her' } | { part: 'pair' } | { part: 'guest' | 'office'; role?: string };

/** Where the subject of sentence s starts: after an opening adverbial up to a comma ("Later in the day,", "On Tuesday,"). */
function subjectStart(ctx: Context, s: number): number {
  const sent = ctx.sentences[s];
  if (!sent) return -1;
  for (let k = sent.tokStart; k < Math.min(sent.tokEnd, sent.tokStart + 7); k++) {
    const t = ctx.tokens[k];
    if (t?.text === ',') return k + 1;
    if (t?.type !== 'word' && t?.type !== 'num') break;
  }
  return sent.tokStart;
}

/** The subject that opens sentence s when it stands for someone named before, with the token after it, or null. */
function subjectOf(ctx: Context, s: number): { subject: Subject; end: number } | null {
  const k = subjectStart(ctx, s);
  const key = (i: number): string => ctx.tokens[i]?.key ?? '';
  if (k < 0) return null;
  if (key(k) === 'he' || key(k) === 'she') return { subject: { part: 'one' }, end: k + 1 };
  if ((key(k) === 'his' || key(k) === 'her') && STYLES.has(key(k + 1))) return { subject: { part: 'one', style: key(k) === 'his' ? 'his' : 'her' }, end: k + 2 };
  // "Both sides' experts", "the two leaders' advisers": the pair's people, not the pair.
  const pairWord = (i: number): boolean => PAIRS.has(key(i)) && !ctx.tokens[i]?.possessive;
  if (key(k) === 'both' && pairWord(k + 1)) return { subject: { part: 'pair' }, end: k + 2 };
  if (key(k) !== 'the') return null;
  const here = mentionsOf(ctx)[s] ?? [];
  if (GUESTS.has(key(k + 1))) return { subject: { part: 'guest' }, end: k + 2 };
  // "The visiting Foreign Minister" with a president travelling is someone else of the delegation: the office is kept.
  if (visitingLeader(ctx, k + 1)) {
    const office = here.find((m) => m.tokStart === k + 2 && (m.kind === 'role' || m.kind === 'bound'));
    return { subject: { part: 'guest', role: office?.surface }, end: office?.tokEnd ?? k + 3 };
  }
  if (key(k + 1) === 'two' && pairWord(k + 2)) return { subject: { part: 'pair' }, end: key(k + 2) === 'prime' ? k + 4 : k + 3 };
  if (key(k + 1) === 'leaders' && pairWord(k + 1) && (key(k + 2) !== 'of' || leadersOfStates(ctx, here, k + 3))) return { subject: { part: 'pair' }, end: k + 2 };
  const office = here.find((m) => m.tokStart === k + 1 && (m.kind === 'role' || m.kind === 'bound'));
  // "The President of Chile" names its own state, "the Prime Minister's speech" is a noun phrase: no reference back.
  const words = office ? office.surface.split(' ').length : 0;
  if (office && !office.surface.endsWith('s') && office.tokEnd - office.tokStart === words && key(office.tokEnd) !== 'of' && !ctx.tokens[office.tokEnd - 1]?.possessive) return { subject: { part: 'office', role: office.surface }, end: office.tokEnd };
  return null;
}

/** "the leaders of [the two | both] countries", "the leaders of Chile and Peru": states follow "of" (from token k). */
function leadersOfStates(ctx: Context, here: readonly Mention[], k: number): boolean {
  for (let i = k; i < k + 4; i++) {
    const t = ctx.tokens[i];
    if (!t || t.type !== 'word') return false;
    if (STATES.has(t.key) || here.some((m) => m.tokStart === i && m.kind === 'country')) return true;
  }
  return false;
}

// Words that put the occurrence after them out of the subject's reach: it is then what the subject discusses or where
// the subject is ("went over the progress of the round", "was in Vienna for a burial").
const DETACHING = new Set(['in', 'on', 'of', 'about', 'for', 'regarding', 'to', 'that', 'over', 'into']);
// Verbs of talking about an occurrence, not of doing it ("The leaders discussed the round of talks hosted by …").
const ABOUT = new Set([
  'discussed', 'discuss', 'discusses', 'reviewed', 'review', 'reviews', 'noted', 'note', 'notes', 'welcomed', 'welcome',
  'welcomes', 'praised', 'commended', 'recalled', 'recall', 'recalls', 'stressed', 'emphasised', 'emphasized',
  'highlighted', 'assessed', 'considered', 'mentioned', 'hailed', 'appreciated', 'expressed', 'informed', 'briefed',
  'congratulated', 'thanked', 'invited', 'agreed', 'supported', 'condemned',
]);
// Verbs of saying: the subject is a source, and what follows is someone else's occurrence.
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'announced', 'announces', 'reported', 'explained', 'confirmed', 'revealed', 'disclosed', 'wrote', 'posted', 'tweeted']);
// Adverbs of habit or of another time: what follows is no item of the occasion told before ("The President traditionally
// lays a wreath …", "He once addressed …", "The two leaders last met …").
const OTHER_TIME = new Set([
  'usually', 'often', 'regularly', 'traditionally', 'always', 'normally', 'customarily', 'frequently', 'routinely', 'generally',
  'typically', 'sometimes', 'occasionally', 'never', 'once', 'previously', 'formerly', 'last',
]);
/** How many words the subject may stand before the occurrence's word ("will also address a business forum"). */
const NEAR = 6;

const triggersBySentence = new WeakMap<Context, Trigger[][]>();

/** The readout's triggers by sentence, made once. */
function triggersOf(ctx: Context): Trigger[][] {
  let buckets = triggersBySentence.get(ctx);
  if (!buckets) triggersBySentence.set(ctx, (buckets = bySentence(ctx, ctx.triggers)));
  return buckets;
}

/**
 * The subject of the event's sentence when it stands for someone named before and does the occurrence: its word
 * (verb or noun) follows within a few words, over no preposition. Null otherwise.
 */
export function backSubject(ctx: Context, e: DraftEvent): Subject | null {
  const found = subjectOf(ctx, e.firstSentence);
  if (!found) return null;
  const t = triggersOf(ctx)[e.firstSentence]?.find((u) => !u.quoted && u.tokStart >= found.end && e.evidence.some((sp) => sp.start <= u.start && u.end <= sp.end));
  if (!t || t.tokStart - found.end > NEAR) return null;
  for (let k = found.end; k < t.tokStart; k++) {
    const key = ctx.tokens[k]?.key ?? '';
    // "He is also to meet …": the infinitive's "to" right before the verb does not detach it.
    const infinitive = key === 'to' && k === t.tokStart - 1 && t.verb;
    if ((DETACHING.has(key) && !infinitive) || ABOUT.has(key) || SPEECH.has(key) || OTHER_TIME.has(key) || ctx.tokens[k]?.type === 'punct') return null;
  }
  // "He said Okafor will also meet …": someone named between is the occurrence's subject.
  if (mentionsOf(ctx)[e.firstSentence]?.some((m) => m.tokStart >= found.end && m.tokEnd <= t.tokStart && (m.kind === 'person' || m.kind === 'role'))) return null;
  return found.subject;
}

const mentionsBySentence = new WeakMap<Context, Mention[][]>();

/** The readout's mentions by sentence, made once. */
function mentionsOf(ctx: Context): Mention[][] {
  let buckets = mentionsBySentence.get(ctx);
  if (!buckets) mentionsBySentence.set(ctx, (buckets = bySentence(ctx, ctx.mentions)));
  return buckets;
}

/**
 * Whom "He"/"She" opening sentence s stands for: the first person a sentence before names outside quotations (its
 * subject), over sentences opened by "He"/"She" themselves (they keep that subject) and sentences that attribute a
 * quotation (a speaker is not who the text goes on about). A pronoun written after an opening phrase is the one
 * resolve.ts read. Looks back a few sentences only. After a sentence that names only its source ("Spokeswoman X told
 * reporters … She will also …") the pronoun may be the source's or the one the source speaks of: unclear. "Her Majesty"
 * is no king, "His Majesty" no queen.
 */
function subjectBefore(ctx: Context, s: number, style?: 'his' | 'her'): PersonRef | 'unclear' | null {
  const buckets = mentionsOf(ctx);
  const unlike = style === 'her' ? NOT_HER : style === 'his' ? NOT_HIS : null;
  const styled = (p: PersonRef | undefined): boolean => !!p && !unlike?.has(roleKey(roleOf(ctx, p) ?? ''));
  const one = (m: Mention): boolean => !m.quoted && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1 && styled(m.people[0]);
  const own = buckets[s]?.find((m) => m.tokStart === subjectStart(ctx, s) && m.kind === 'pronoun' && m.people.length === 1 && styled(m.people[0]));
  if (own) return own.people[0] ?? null;
  for (let r = s - 1; r >= 0 && r >= s - REACH - 1; r--) {
    const sent = ctx.sentences[r];
    const opener = ctx.tokens[sent?.tokStart ?? -1]?.key;
    if (!sent || opener === 'he' || opener === 'she') continue;
    if (ctx.quotes.some((q) => q.outerStart >= sent.start && q.outerStart < sent.end)) continue;
    // Its subject stands before its first occurrence ("Another meeting took place with X" has none).
    // "X said (that) Y will …": a source of the sentence is not its subject; the one named after the verb is.
    const first = triggersOf(ctx)[r]?.[0];
    // "X said", "X, the spokeswoman, told", "Her spokesman, X, told": the verb after the name or after its apposition.
    const source = (x: Mention): boolean => SPEECH.has(ctx.tokens[x.tokEnd]?.key ?? '') || (ctx.tokens[x.tokEnd]?.text === ',' && SPEECH.has(ctx.tokens[x.tokEnd + 1]?.key ?? ''));
    const m = buckets[r]?.find((x) => one(x) && !source(x));
    if (m && (!first || m.tokStart < first.tokStart)) return m.people[0] ?? null;
    if (!m && buckets[r]?.some((x) => one(x) && source(x))) return 'unclear';
  }
  return null;
}

// "there is", "there are": no place.
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had', 'would', 'should', 'must', 'may', 'might', 'can', 'could']);

/** Sentence s places its occurrence by a word that refers back: "there", "in the capital", "in the city". */
function placeWord(ctx: Context, s: number): boolean {
  const sent = ctx.sentences[s];
  if (!sent) return false;
  const key = (i: number): string => ctx.tokens[i]?.key ?? '';
  for (let k = sent.tokStart; k < sent.tokEnd; k++) {
    if (key(k) === 'there' && !EXISTENTIAL.has(key(k + 1))) return true;
    if (key(k) === 'in' && key(k + 1) === 'the' && (key(k + 2) === 'capital' || key(k + 2) === 'city') && !ctx.tokens[k + 3]?.cap) return true;
  }
  return false;
}

/** The last city or capital named outside quotations in the few sentences before s; not one left ("flew from A to B"). */
function placeBefore(ctx: Context, s: number): string | null {
  const buckets = mentionsOf(ctx);
  for (let r = s - 1; r >= 0 && r >= s - REACH; r--) {
    const m = buckets[r]?.filter((x) => (x.kind === 'city' || x.kind === 'capital') && !x.quoted && ctx.tokens[x.tokStart - 1]?.key !== 'from').pop();
    if (m) return m.surface;
  }
  return null;
}

const has = (e: DraftEvent, p: PersonRef): boolean => e.people.some((q) => samePersonRef(p, q, true));
const ofRole = (ctx: Context, p: PersonRef, role: string): boolean => roleKey(roleOf(ctx, p) ?? '') === roleKey(role);

/**
 * Whom the subject of e's sentence stands for, given the occurrence told before it and the visit under way: "He"/"She"
 * the subject of the sentences before (else the traveller); an office the one of that office read for the item, else
 * the traveller or a person of the occurrence before who holds it; the guest the visit's traveller (else the subject of
 * the talks before), of the office named after "the visiting" when one is; the pair the two people of the occurrence
 * before. Empty when it stands for nobody found: the subject is then someone else ("The Vice President will …").
 */
function meantBy(ctx: Context, e: DraftEvent, subject: Subject, prior: DraftEvent, stay: DraftEvent | null): PersonRef[] {
  const traveller = stay?.people[0] ?? prior.people[0];
  if (subject.part === 'pair') return prior.people.length >= 2 ? prior.people.slice(0, 2) : [];
  if (subject.part === 'one') {
    const p = subjectBefore(ctx, e.firstSentence, subject.style) ?? traveller;
    return p && p !== 'unclear' ? [p] : [];
  }
  if (subject.part === 'guest') {
    const guest = stay?.people[0] ?? (prior.kind === 'talks' ? prior.people[0] : undefined);
    return guest && (!subject.role || ofRole(ctx, guest, subject.role)) ? [guest] : [];
  }
  const role = subject.role ?? '';
  const read = e.people.find((p) => ofRole(ctx, p, role));
  if (read) return [read];
  const before = subjectBefore(ctx, e.firstSentence);
  const meant = [before === 'unclear' ? undefined : (before ?? traveller), ...prior.people].find((p) => !!p && ofRole(ctx, p, role));
  return meant ? [meant] : [];
}

/**
 * The subject opening e's sentence (subjectOf) stands for someone named before who takes part in h: the item may
 * continue h, with its day and place. Not when the subject is someone else ("The visiting Foreign Minister …" on a
 * president's visit, "She" of a spokeswoman, "the guest lecturer" with no visit).
 */
export function continuesWith(ctx: Context, e: DraftEvent, h: DraftEvent): boolean {
  const subject = subjectOf(ctx, e.firstSentence)?.subject;
  if (!subject) return false;
  const who = meantBy(ctx, e, subject, h, h.kind === 'visit' ? h : null);
  return who.length > 0 && who.every((p) => has(h, p));
}

export const pronounSubjects = (ctx: Context): void => {
  const order = ctx.events.slice().sort((a, b) => a.firstSentence - b.firstSentence || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  let before: DraftEvent | null = null;
  let visit: DraftEvent | null = null;
  for (const e of order) {
    const prior = before;
    const trip = visit;
    if (e.people.length > 0) before = e;
    if (e.kind === 'visit' && e.people.length > 0) visit = e;
    if (!ITEMS.has(e.kind) || !prior || prior.firstSentence >= e.firstSentence || e.firstSentence - prior.lastSentence > REACH) continue;
    const subject = backSubject(ctx, e);
    if (!subject) continue;
    const stay = trip && (!trip.window || !e.window || (trip.window.from <= e.window.from && e.window.to <= trip.window.to)) ? trip : null;
    const who = meantBy(ctx, e, subject, prior, stay);
    if (who.length === 0) continue;
    if (subject.part === 'pair') {
      if (e.people.length === 0) e.people = who.map((p) => ({ ...p }));
    } else {
      for (const p of who) if (!has(e, p)) e.people.unshift({ ...p });
    }
    // No day or place of its own: those of the occurrence it continues (in person, told in the same tense, on a day or
    // days the text writes, with those the subject stands for), else the visit's. Not a call's, nor a vague window's
    // ("to meet again when occasion allows").
    const within = (h: DraftEvent): boolean => who.every((p) => has(h, p));
    const continued = CONTINUED.has(prior.kind) && prior.status === e.status && (prior.window?.precision === 'day' || prior.window?.precision === 'days') && within(prior) && (!stay?.window || !prior.window || (stay.window.from <= prior.window.from && prior.window.to <= stay.window.to)) ? prior : null;
    const from = continued ?? (stay?.status === e.status && within(stay) ? stay : null);
    // Told apart, elsewhere or on a day of its own: the subject is still whom it stands for, the day and place are not.
    if (!from || apartFromVisit(ctx, e, from)) continue;
    if (!e.window && !e.timeText && from.window) {
      e.window = { ...from.window };
      e.tentative = from.tentative;
    }
    // A day of its own other than the one continued ("On October 10, he will …") is maybe somewhere else.
    const sameDay = !e.timeText || (!!e.window && e.window.from === from.window?.from && e.window.to === from.window.to);
    if (!e.where && sameDay) e.where = from.where ?? stay?.where ?? (placeWord(ctx, e.firstSentence) ? placeBefore(ctx, e.firstSentence) : null);
  }
};

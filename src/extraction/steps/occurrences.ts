// Dated occurrences that no meeting word names (GUIDELINES: `other`, "any other dated occurrence the text reports"):
// a change of office ("being sworn in Friday afternoon", "X succeeded Y as Secretary General on 1 October"). Only with
// a time phrase of their own: named in passing with none, it is no event. Runs after the events are assembled, and adds
// nothing an assembled event already covers.
//
// Natural disasters are left out on purpose: the gold documents disagree on them. open3's jp-ph-call makes "the two
// typhoons that hit the Philippines in November" an event (its NOTES call it a choice), while the dev gold of
// jp-kz-call makes none of "the earthquake that occurred off the coast of Miyazaki Prefecture on August 8". Until the
// guidelines settle it, the extractor follows the dev contract.
import { indexMentions } from '../context.ts';
import type { Context, Mention, PersonRef, TokenIndex } from '../context.ts';
import type { Sentence } from '../text/sentences.ts';
import { resolveTime } from '../time/expressions.ts';
import type { TimeExpr } from '../time/expressions.ts';
import { draftEvent } from './draft.ts';
import { placeAfter, statusOf } from './status.ts';

/** A change of office, by the words that end it: "sworn in", "took office", "succeeded". */
const OFFICE: readonly (readonly string[])[] = [
  ['sworn', 'in'], ['took', 'office'], ['assumed', 'office'], ['succeeded'], ['inaugurated'], ['take', 'office'],
  ['takes', 'office'], ['taking', 'office'], ['assume', 'office'], ['assumes', 'office'], ['assuming', 'office'],
];
/**
 * An appointment or election to an office, dated right after the office ("was appointed prime minister in November",
 * "elected president in June"): not "the newly elected President X met Y on Monday", whose time is the meeting's.
 */
const APPOINTED = new Set(['appointed', 'elected', 're-elected', 'reelected']);
const APPOINTED_NEAR = 3;
/** Words that start another clause between an appointment and a time ("the appointed envoy will visit Oslo in May"). */
const CLAUSE_VERBS = new Set(['will', 'would', 'to', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'shall', 'can', 'may', 'met', 'meets', 'visited', 'visits']);
const FUTURE = new Set(['will', 'to', 'shall', 'would']);
const PERSONS = new Set(['person', 'role']);
/** Openings of a clause before the subject whose time it gives ("Since taking office in 2022, X has …"). */
const OPENERS = new Set(['since', 'after', 'upon', 'on']);
/** Words between a cue and its time phrase ("succeeded X as Secretary General of NATO on 1 October"). */
const NEAR = 10;

function cueAt(ctx: Context, i: number): { kind: 'office'; end: number; near: number } | null {
  const key = ctx.tokens[i]?.key ?? '';
  if (APPOINTED.has(key) && !ctx.tokens[i]?.cap) return { kind: 'office', end: i + 1, near: APPOINTED_NEAR };
  for (const words of OFFICE) {
    if (words[0] !== key) continue;
    // "sworn in Friday afternoon": the time phrase may have taken the "in".
    if (words.every((w, j) => j === 0 || ctx.tokens[i + j]?.key === w)) return { kind: 'office', end: i + words.length, near: NEAR };
    if (words[1] === 'in' && ctx.times.some((x) => x.tokStart === i + 1)) return { kind: 'office', end: i + 1, near: NEAR };
  }
  return null;
}

/** The time phrase of a cue: after it within its clause (no comma between), or opening the sentence. */
function timeOf(ctx: Context, times: readonly TimeExpr[], a: number, end: number, sentStart: number, near = NEAR): TimeExpr | null {
  for (const x of times) {
    if (x.tokStart < a || x.tokStart - end > near) continue;
    let clause = true;
    for (let k = end; k < x.tokStart && clause; k++) clause = ctx.tokens[k]?.text !== ',' && ctx.tokens[k]?.text !== ';';
    if (clause) return x;
  }
  const first = times[0];
  if (first && first.tokStart <= sentStart + 1 && first.tokEnd < a && ctx.tokens[first.tokEnd]?.text === ',') return first;
  return null;
}

export const findOccurrences = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  let xIdx = 0;
  let mIdx = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const times: TimeExpr[] = [];
    while (xIdx < ctx.times.length && (ctx.times[xIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const x = ctx.times[xIdx++];
      if (x && x.shift === null) times.push(x);
    }
    const ments: Mention[] = [];
    while (mIdx < ctx.mentions.length && (ctx.mentions[mIdx]?.tokStart ?? 0) < sent.tokEnd) {
      const m = ctx.mentions[mIdx++];
      if (m) ments.push(m);
    }
    namedHeld(ctx, sent, s, times, ments, mentionAt);
    if (times.length === 0) continue;
    for (let i = sent.tokStart; i < sent.tokEnd; i++) {
      const cue = cueAt(ctx, i);
      if (!cue || ctx.quotes.some((q) => q.start <= (tokens[i]?.start ?? 0) && (tokens[i]?.end ?? 0) <= q.end)) continue;
      const x = timeOf(ctx, times, i, cue.end, sent.tokStart, cue.near);
      if (!x) continue;
      if (cue.near === APPOINTED_NEAR && tokens.slice(cue.end, x.tokStart).some((t) => CLAUSE_VERBS.has(t.key))) continue;
      const future = (FUTURE.has(tokens[i - 1]?.key ?? '') || (tokens[i - 1]?.key === 'be' && FUTURE.has(tokens[i - 2]?.key ?? '')));
      const window = resolveTime(x, ctx.reference, future ? 'future' : 'past', null);
      if (!window) continue;
      const status = statusOf(window, x.vague, ctx.reference, future);
      // Who takes or leaves the office: the nearest name before the cue in its sentence, and the one succeeded.
      const people: PersonRef[] = [];
      const before = ments.filter((m) => (PERSONS.has(m.kind) || m.kind === 'pronoun') && m.tokEnd <= i && i - m.tokEnd <= NEAR && m.people.length === 1).pop();
      if (before?.people[0]) people.push({ ...before.people[0] });
      // "Since she was made prime minister in May, Prime Minister X has …": the subject after the opening clause.
      if (!before && OPENERS.has(tokens[sent.tokStart]?.key ?? '')) {
        const comma = tokens.findIndex((t, k) => k > x.tokEnd - 1 && k < sent.tokEnd && t.text === ',');
        const subject = comma > 0 ? ments.find((m) => PERSONS.has(m.kind) && m.tokStart > comma && m.tokStart - comma <= 4 && m.people.length === 1) : undefined;
        if (subject?.people[0]) people.push({ ...subject.people[0] });
      }
      const after = tokens[i]?.key === 'succeeded' ? mentionAt.get(cue.end) : undefined;
      if (after && PERSONS.has(after.kind) && after.people[0]) people.push({ ...after.people[0] });
      if (people.length === 0) continue;
      const covered = ctx.events.some((e) => e.kind === 'other' && e.evidence.some((sp) => sp.start === sent.start) && e.window?.from === window.from);
      if (covered) continue;
      const timing = { timeText: ctx.body.slice(x.start, x.end), timeSpan: { start: x.start, end: x.end } };
      const event = draftEvent({ kind: 'other', status, window, people, ...timing }, sent, s);
      ctx.events.push(event);
      i = Math.max(i, x.tokEnd - 1);
    }
  }
};

// "the World Mongols Convention to be held in Ulaan-Ude", "the Astana International Forum took place on 8 June": a
// capitalised name that is held or takes place is an occurrence, whatever its head noun (Convention, Games, Expo).
const HELD: readonly (readonly string[])[] = [['to', 'be', 'held'], ['will', 'be', 'held'], ['will', 'take', 'place'], ['was', 'held'], ['took', 'place']];
const NAME_GLUE = new Set(['of', 'and', 'for', 'on']);
const SITTINGS = new Set(['meeting', 'meetings', 'session', 'sessions', 'sitting', 'sittings', 'summit', 'summits']);
const ATTEND = new Set(['participate', 'attend', 'join']);
const NOT_NAMES = new Set<Mention['kind']>(['body', 'person', 'role', 'bound', 'country', 'capital', 'city', 'adjective', 'pronoun', 'group', 'offices']);

function namedHeld(ctx: Context, sent: Sentence, s: number, times: readonly TimeExpr[], ments: readonly Mention[], mentionAt: TokenIndex): void {
  const { tokens } = ctx;
  for (let i = sent.tokStart + 2; i < sent.tokEnd; i++) {
    const words = HELD.find((w) => w.every((x, j) => tokens[i + j]?.key === x));
    if (!words) continue;
    // The name just before: capitalised words (with "of", "and" inside), at least two, its last no person or place.
    let a = i;
    while (a > sent.tokStart && a > i - 9 && tokens[a - 1]?.key !== 'the' && (tokens[a - 1]?.cap || (NAME_GLUE.has(tokens[a - 1]?.key ?? '') && tokens[a - 2]?.cap)) && tokens[a - 1]?.type === 'word') a--;
    if (i - a < 2 || !tokens[a]?.cap) continue;
    const last = ments.find((m) => m.tokStart < i && m.tokEnd >= i);
    if (last && NOT_NAMES.has(last.kind)) continue;
    // Named with a meeting word ("the Economic Forum to be held"): the events step has it already.
    // So is "one of the meetings of the Intergovernmental Council to be held": the name is what the meeting is of.
    // A sitting named from further back ("the Council of Ministers of the Andean Community was held") has it too.
    if (ctx.triggers.some((t) => (t.tokStart >= a && t.tokEnd <= i) || (t.kind === 'session' && t.tokStart < a && t.tokEnd === i))) continue;
    const of = tokens[a - 1]?.key === 'the' ? a - 2 : a - 1;
    if (tokens[of]?.key === 'of' && SITTINGS.has(tokens[of - 1]?.key ?? '')) continue;
    const end = i + words.length;
    const future = words[0] === 'to' || words[0] === 'will';
    const x = timeOf(ctx, times, end, end, sent.tokStart);
    const window = x ? resolveTime(x, ctx.reference, future ? 'future' : 'past', null) : null;
    // Reported as held with no time of its own: a passing mention (GUIDELINES).
    if (!future && !window) continue;
    // "X will participate in the …": who attends.
    const people: PersonRef[] = [];
    let v = a - 1;
    if (tokens[v]?.key === 'the') v--;
    if (tokens[v]?.key === 'in') v--;
    if (ATTEND.has(tokens[v]?.key ?? '')) {
      const subject = ments.filter((m) => (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.tokEnd <= v && v - m.tokEnd <= 3 && m.people.length === 1).pop();
      if (subject?.people[0]) people.push({ ...subject.people[0] });
    }
    const timing = x ? { timeText: ctx.body.slice(x.start, x.end), timeSpan: { start: x.start, end: x.end } } : {};
    const status = statusOf(window, x?.vague ?? false, ctx.reference, future);
    const where = placeAfter(ctx, end, sent.tokEnd, mentionAt);
    ctx.events.push(draftEvent({ kind: 'other', status, window, people, where, ...timing }, sent, s));
    i = end;
  }
}

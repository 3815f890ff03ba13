// A visit whose programme the text goes on to list (across sentences, after the assembly). "President X has embarked on his two-day visit to India where he
// will engage in bilateral talks. … X will meet with Prime Minister Modi … He said X will also meet with President
// Murmu": the assembly reads the first sentence as a visit made to hold talks (one `talks` event, GUIDELINES.md), but a
// further meeting with someone else in the sentences after it says the visit had a programme: it is a `visit` of its
// own (with everyone its programme names), and its meetings and other items, undated, take its window and place.
// Only when the visit's sentence made a talks event and no visit, and a later talks event (within a few sentences)
// has the same traveller with someone new. A visit the assembly kept whose start is reported as done ("has embarked on
// his two-day visit", "began a state visit") is under way: held from the readout's day for its stated length, and the
// traveller's undated items to come in its sentence and the next ones take its window. Runs after the visits' lengths
// are known; bounded by the sentences looked at.
import { samePersonRef } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { addDays } from '../time/calendar.ts';
import type { Resolved } from '../time/relative.ts';
import { draftEvent } from './draft.ts';
import { futureCue } from './status.ts';
import { lastingDays } from './refine.ts';
import { openedByPronoun } from './guests.ts';
import { apartFromVisit } from './visit-states.ts';

const LOOK_AHEAD = 4;
/** How far the items of a visit under way may be reported after it: a day's programme told item by item. */
const ITEMS_AHEAD = 8;
const ITEMS = new Set(['talks', 'other', 'statement']);

const same = (a: PersonRef, b: PersonRef): boolean => samePersonRef(a, b);

/** "has embarked on his two-day visit", "began a three-day state visit": a verb of starting just before the visit noun. */
const STARTING = new Set(['embarked', 'began', 'begun', 'begins', 'started', 'starts', 'commenced', 'commences', 'beginning', 'starting', 'commencing', 'embarking']);

function underWay(ctx: Context, at: number, sentStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentStart, at - 9); k--) {
    const key = ctx.tokens[k]?.key ?? '';
    if (STARTING.has(key)) return !futureCue(ctx, sentStart, at) && !MODALS.has(ctx.tokens[k - 1]?.key ?? '');
  }
  return false;
}
const MODALS = new Set(['will', 'to', 'would', 'shall']);
const ARRIVED = new Set(['arrived', 'arrives', 'arriving', 'landed']);

/** "arrived in Skopje for an official visit", "lands in Chile for a state visit": the visit has begun. */
function arrivedFor(ctx: Context, at: number, sentStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentStart, at - 12); k--) if (ARRIVED.has(ctx.tokens[k]?.key ?? '')) return !MODALS.has(ctx.tokens[k - 1]?.key ?? '');
  return false;
}

/** The visit the assembly made undated is under way: held, from the readout's day for the length it states. */
function begun(ctx: Context, visit: DraftEvent, s: number): void {
  const sent = ctx.sentences[s];
  if (!sent || !ctx.reference) return;
  const n = lastingDays(ctx.text.slice(sent.start, sent.end));
  const window: Resolved = n ? { from: ctx.reference, to: addDays(ctx.reference, n - 1), precision: 'days' } : { from: ctx.reference, to: ctx.reference, precision: 'day' };
  Object.assign(visit, { window, status: 'held', timeText: null, timeSpan: null });
}

/** The traveller's undated items to come in the visit's sentence and the next take its window and place; the people met are its hosts. */
function programmeOf(ctx: Context, visit: DraftEvent, s: number): void {
  const traveller = visit.people[0];
  const window = visit.window;
  if (!traveller || !window) return;
  // Up to the next visit the text reports ("On May 27, he will be on a working visit to X"), whose items those are.
  const next = ctx.triggers.find((t) => t.kind === 'visit' && t.sentence > s && !t.anaphoric && !t.quoted)?.sentence ?? Infinity;
  const last = Math.min(next - 1, Math.max(s, visit.lastSentence) + ITEMS_AHEAD);
  for (const e of ctx.events) {
    if (e === visit || e.firstSentence < s || e.firstSentence > last || !ITEMS.has(e.kind) || e.window || e.status !== 'upcoming' || apartFromVisit(ctx, e, visit)) continue;
    // "She will hold talks with President Y": the traveller named by the pronoun opening the sentence.
    if (!e.people.some((p) => same(p, traveller))) {
      if (!openedByPronoun(ctx, e)) continue;
      e.people.unshift({ ...traveller });
    }
    e.window = window;
    e.where ??= visit.where;
    if (e.kind === 'talks') for (const p of e.people) if (!visit.people.some((q) => same(p, q))) visit.people.push({ ...p });
  }
}

export const visitProgramme = (ctx: Context): void => {
  const added: DraftEvent[] = [];
  for (const v of ctx.triggers) {
    if (v.kind !== 'visit' || v.anaphoric || v.quoted || v.verb) continue;
    const s = v.sentence;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    const here = (e: DraftEvent): boolean => e.evidence.some((sp) => sp.start === sent.start);
    const made = ctx.events.find((e) => e.kind === 'visit' && here(e));
    if (made) {
      if (!made.window && underWay(ctx, v.tokStart, sent.tokStart)) begun(ctx, made, s);
      if (made.window && made.status === 'held' && (underWay(ctx, v.tokStart, sent.tokStart) || arrivedFor(ctx, v.tokStart, sent.tokStart))) programmeOf(ctx, made, s);
      // "X will pay an official visit to Chile on 3-5 May. She will hold talks with Y. She will also meet …": the
      // undated items announced after a visit announced for given days are of those days.
      else if (made.status === 'upcoming' && (made.window?.precision === 'day' || made.window?.precision === 'days')) programmeOf(ctx, made, s);
      continue;
    }
    const talks = ctx.events.find((e) => e.kind === 'talks' && e.firstSentence === s && e.people.length >= 2);
    const traveller = talks?.people[0];
    if (!talks || !traveller) continue;
    // A later meeting of the same traveller with someone the visit's talks do not have; not one told apart from it,
    // elsewhere or on a day of its own (visit-states.ts).
    const later = ctx.events.filter((e) => e !== talks && e.firstSentence > s && e.firstSentence <= s + LOOK_AHEAD && e.people.some((p) => same(p, traveller)) && !apartFromVisit(ctx, e, talks));
    // Or another occurrence of the traveller's stay: "they will have a working lunch", "a state dinner in the evening".
    const further = later.find((e) => e.kind === 'talks' && (!e.window || !talks.window || e.window.from === talks.window.from) && (e.people.some((p) => !talks.people.some((q) => same(p, q))) || e.label !== talks.label))
      ?? later.find((e) => e.kind === 'other' && e.status === 'upcoming' && talks.status === 'upcoming');
    if (!further) continue;
    // The visit's own tense and day: "has embarked on his two-day visit" is under way today; "will pay" is to come.
    const future = futureCue(ctx, sent.tokStart, v.tokStart);
    let window: Resolved | null = talks.window ?? (!future && ctx.reference ? { from: ctx.reference, to: ctx.reference, precision: 'day' } : null);
    const n = lastingDays(ctx.text.slice(sent.start, sent.end));
    if (window && n && window.precision === 'day') window = { from: window.from, to: addDays(window.from, n - 1), precision: 'days' };
    const people = [...talks.people.map((p) => ({ ...p }))];
    for (const e of later) for (const p of e.people) if (!people.some((q) => same(p, q))) people.push({ ...p });
    const ahead = future || (!!ctx.reference && !!window && window.from > ctx.reference);
    const visit = draftEvent({ kind: 'visit', status: ahead ? 'upcoming' : 'held', window, people, where: talks.where }, sent, s);
    added.push(visit);
    // The programme's items: the visit's talks and the later undated items of the traveller.
    for (const e of [talks, ...later]) {
      if (!ITEMS.has(e.kind) || (e !== talks && e.window) || e.status === 'held') continue;
      // "arrives on Friday, May 26, for a two-day visit … will hold discussions with his host": the talks keep the
      // day the visit begins, which the sentence gave them.
      if (e === talks && e.window?.precision === 'day' && e.window.from === window?.from && talks.timeText) continue;
      e.window = window;
      e.timeText = null;
      e.timeSpan = null;
      e.where ??= talks.where;
    }
  }
  ctx.events.push(...added);
};

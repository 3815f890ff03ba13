// A week, then its days. "The foreign ministers … will hold talks in Beijing early next week. The trilateral foreign
// ministerial meeting will take place from Tuesday to Thursday": a calendar week ("next week", "this week") is a
// vague span, and a later mention of the same kind, status and people dated inside it, within the next two
// sentences, is the same occurrence dated more precisely. The assembly keeps two differing day windows apart (a trip
// on 11–14 October and its first stop on 11–12 October); a week phrase is not such a window, so the two are merged
// here, the narrower window winning. Places must agree (or one be unwritten); a mention with other people is another
// occurrence. Bounded: each event is compared with the few reported in the two sentences after it.
import { firstIndex, indexMentions, spansWithin } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import type { Topic } from '../types.ts';
import { placeAfter } from './status.ts';
import { officesOfParties } from './participants.ts';
import { addDays, mondayOf, toDayNumber } from '../time/calendar.ts';
import { isWelcome } from './welcomes.ts';
import { returnFrom } from './returns.ts';
import { resolveTime } from '../time/expressions.ts';

const LOOK_AHEAD = 2;

const same = (a: PersonRef, b: PersonRef): boolean => (a.person >= 0 ? a.person === b.person : a.name === b.name);

/** The events that pass the filter, by the sentence (first or last) that reports them: one pass. */
function bySentenceOf(events: readonly DraftEvent[], key: 'firstSentence' | 'lastSentence', keep: (e: DraftEvent) => boolean): Map<number, DraftEvent[]> {
  const out = new Map<number, DraftEvent[]>();
  for (const e of events) {
    if (!keep(e)) continue;
    const list = out.get(e[key]);
    if (list) list.push(e);
    else out.set(e[key], [e]);
  }
  return out;
}

/** A window written with "week" ("next week", "early next week"): the whole Monday-to-Sunday week it lies in, else null. */
function weekWindow(e: DraftEvent): { from: string; to: string } | null {
  const w = e.window;
  if (!w || w.precision !== 'days' || !w.from || !w.to || !e.timeText || !/\bweek\b/i.test(e.timeText)) return null;
  const monday = mondayOf(w.from);
  // "early next week" is a part of one week, and a later exact date anywhere in that week is the one meant.
  return (toDayNumber(w.to) ?? 0) - (toDayNumber(monday) ?? 0) <= 6 ? { from: monday, to: addDays(monday, 6) } : null;
}

function inside(x: { from: string; to: string } | null, a: DraftEvent, b: DraftEvent): boolean {
  const y = b.window;
  return !!x && !!y?.from && !!y.to && y.from >= x.from && y.to <= x.to && (y.from !== a.window?.from || y.to !== a.window?.to);
}

export const refineWeeks = (ctx: Context): void => {
  const events = ctx.events.slice().sort((a, b) => a.firstSentence - b.firstSentence);
  const gone = new Set<DraftEvent>();
  for (let i = 0; i < events.length; i++) {
    const a = events[i];
    const week = a ? weekWindow(a) : null;
    if (!a || gone.has(a) || !week) continue;
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j];
      if (!b || b.firstSentence > a.lastSentence + LOOK_AHEAD) break;
      if (gone.has(b) || b.kind !== a.kind || b.status !== a.status || !inside(week, a, b)) continue;
      if (a.where && b.where && a.where.toLowerCase() !== b.where.toLowerCase()) continue;
      const shared = b.people.filter((p) => a.people.some((q) => same(p, q))).length;
      if (a.people.length > 0 && b.people.length > 0 && shared < Math.min(a.people.length, b.people.length)) continue;
      a.window = b.window;
      a.timeText = b.timeText;
      a.timeSpan = b.timeSpan;
      a.tentative = b.tentative;
      a.where = a.where ?? b.where;
      for (const p of b.people) if (!a.people.some((q) => same(p, q))) a.people.push(p);
      for (const x of b.bodies) if (!a.bodies.includes(x)) a.bodies.push(x);
      for (const sp of b.evidence) if (!a.evidence.some((x) => x.start === sp.start)) a.evidence.push(sp);
      a.personSpans.push(...b.personSpans);
      for (const topic of b.topics) a.topics.add(topic);
      a.lastSentence = Math.max(a.lastSentence, b.lastSentence);
      gone.add(b);
      break;
    }
  }
  if (gone.size > 0) ctx.events = ctx.events.filter((e) => !gone.has(e));
};

// "Viktor Yushchenko would visit Turkmenistan this September. … the President of Ukraine would attend the ceremony of
// putting the bridge into operation": an announced occurrence the visitor attends, reported in the visit's sentence
// or the one after with no time of its own, happens during the visit: it takes the visit's window (its own `text`
// stays null: no time is written for it) and, when it names none, the visit's place. Not calls (made from anywhere),
// not gatherings (which have dates of their own), not what the visitor (the visit's first participant) does not attend. Bounded: each undated event looks at the visits of the
// sentence before and its own; a sentence that opens by placing itself in the visit ("While in Lisbon, the Chancellor
// will address …", "While there, …", "During the visit, …") at the visitor's last visit before it, however far back.
const DURING = new Set(['other', 'statement', 'interview']);

function opensInVisit(ctx: Context, sentence: number): boolean {
  const k = ctx.sentences[sentence]?.tokStart ?? -1;
  const key = (i: number): string => ctx.tokens[k + i]?.key ?? '';
  if (key(0) === 'while') return key(1) === 'in' || key(1) === 'there';
  return key(0) === 'during' && (key(1) === 'the' || key(1) === 'his' || key(1) === 'her') && (key(2) === 'visit' || key(2) === 'trip' || key(2) === 'stay');
}

export const duringVisit = (ctx: Context): void => {
  const bySentence = bySentenceOf(ctx.events, 'lastSentence', (v) => v.kind === 'visit' && v.status === 'upcoming' && !!v.window && v.people.length > 0);
  if (bySentence.size === 0) return;
  const visits = [...bySentence.values()].flat().sort((a, b) => a.lastSentence - b.lastSentence);
  for (const e of ctx.events) {
    if (!DURING.has(e.kind) || e.status !== 'upcoming' || e.window || e.people.length === 0) continue;
    const near = [...(bySentence.get(e.firstSentence) ?? []), ...(bySentence.get(e.firstSentence - 1) ?? [])];
    if (opensInVisit(ctx, e.firstSentence)) near.push(...visits.filter((v) => v.lastSentence < e.firstSentence).reverse());
    const visit = near.find((v) => v.people[0] !== undefined && e.people.some((p) => same(p, v.people[0] as PersonRef)));
    if (!visit) continue;
    e.window = visit.window;
    e.tentative = visit.tentative;
    e.where = e.where ?? visit.where;
  }
};

// "… including the summits of the Consultative Meeting … and the International Fund for Saving the Aral Sea, which
// will be held in Dushanbe in September this year": a relative clause of scheduling ("which will be held", "that will
// take place", "which is scheduled") dates the gatherings it follows, however long their names; the assembly pairs a
// time only with triggers a few words away. Gatherings (talks, visits, summits, sessions) of that sentence with no
// time phrase of their own take the clause's time, its place when they have none, and its future ("will be held").
// One pass over the times; the events of a sentence are looked up by index.
const RELATIVE = new Set(['which', 'that']);
const SCHEDULED = /^(?:will|is|are|shall)(?: also)?(?: be)? (?:held|take|taking|scheduled|convened|organi[sz]ed|hosted|due)\b/;
const GATHERINGS = new Set(['talks', 'visit', 'summit', 'session']);

export const relativeClauseTime = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  const bySentence = bySentenceOf(ctx.events, 'lastSentence', (e) => GATHERINGS.has(e.kind) && e.timeText === null);
  if (bySentence.size === 0) return;
  for (const x of ctx.times) {
    const s = ctx.sentenceOf[x.tokStart] ?? -1;
    const undated = bySentence.get(s)?.filter((e) => e.timeText === null);
    if (!undated || undated.length === 0) continue;
    // The relative pronoun within the eight words before the time: "which will be held in Dushanbe in September".
    let rel = -1;
    for (let j = x.tokStart - 1; j >= 0 && j >= x.tokStart - 8 && ctx.sentenceOf[j] === s; j--) {
      if (RELATIVE.has(tokens[j]?.key ?? '') && tokens[j - 1]?.text === ',') {
        rel = j;
        break;
      }
    }
    if (rel < 0) continue;
    const words: string[] = [];
    for (let j = rel + 1; j < x.tokStart && words.length < 5; j++) words.push(tokens[j]?.key ?? '');
    if (!SCHEDULED.test(words.join(' '))) continue;
    const future = tokens[rel + 1]?.key === 'will' || tokens[rel + 1]?.key === 'shall' || tokens[rel + 2]?.key === 'scheduled' || tokens[rel + 2]?.key === 'due';
    const window = resolveTime(x, ctx.reference, future ? 'future' : 'none', null);
    if (!window) continue;
    // "which will be held in Dushanbe in September": the place the clause names.
    const where = placeAfter(ctx, rel + 1, x.tokStart, mentionAt);
    for (const e of undated) {
      if (e.firstSentence > s) continue;
      if (future) e.status = 'upcoming';
      e.where = e.where ?? where;
      e.window = window;
      e.timeText = ctx.body.slice(x.start, x.end);
      e.timeSpan = { start: x.start, end: x.end };
    }
  }
};

// "arrived in Brunei on Tuesday for a two-day official visit", "begins a three-day state visit on 4 May": a visit
// dated by its first day and said to last N days runs from that day to day N. Only a day-precise visit whose own
// sentence (its evidence) says "N-day" right before the visit's words; a window wider than a day is left as written.
const COUNTS = new Map<string, number>([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6], ['7', 7]]);
// "a two-day inaugural visit", "a three-day official working visit": up to two modifiers of any kind between the
// length and the noun, but no conjunction, preposition or article ("a two-day forum and a visit" is not a visit's length).
const LASTING = /\b(two|three|four|five|six|seven|[2-7])-day (?:(?!(?:and|or|of|to|in|on|for|with|the|a|an)\b)[a-z]+ ){0,2}(?:visit|trip|tour|stay)\b/i;
/** The number of days a sentence says a visit lasts ("a three-day visit"), else undefined. */
export const lastingDays = (sentence: string): number | undefined => COUNTS.get((LASTING.exec(sentence)?.[1] ?? '').toLowerCase());

// "returned home on Saturday after a three-day visit", "at the end of her two-day visit" also say the day is its last.
const ENDING = /\b(?:wrapped up|wraps up|wrapping up|wound up|winds up|concluded|concludes|concluding|ended|ends|ending|completed|completes|completing|rounded off|rounds off|after|following|at the (?:end|close|conclusion) of) (?:his|her|their|its|the|a|an)\s+$/i;

export const visitDuration = (ctx: Context): void => {
  const widened: { visit: DraftEvent; old: NonNullable<DraftEvent['window']> }[] = [];
  const visitStarts = new Set(ctx.events.flatMap((v) => (v.kind === 'visit' ? v.evidence.map((x) => x.start) : [])));
  for (const e of ctx.events) {
    const w = e.window;
    if ((e.kind !== 'visit' && e.kind !== 'talks') || !w || w.precision !== 'day' || w.from !== w.to) continue;
    for (const sp of e.evidence) {
      // Talks take the visit's span when one sentence says both ("a two-day visit, where he will hold talks"): the
      // visit made to hold them; not talks reported in a sentence of their own (a programme's item).
      if (e.kind === 'talks' && !spansWithin(ctx.triggers, sp.start, sp.end).some((t) => t.kind === 'talks')) continue;
      // Nor talks whose sentence reports the visit as an event of its own ("her first meeting …, during her three-day
      // visit"): the length is the visit's.
      if (e.kind === 'talks' && visitStarts.has(sp.start)) continue;
      const m = LASTING.exec(ctx.text.slice(sp.start, sp.end));
      const n = m ? COUNTS.get((m[1] ?? '').toLowerCase()) : undefined;
      if (!n || !m) continue;
      // "wrapped up his three-day visit on Monday", "concluded a two-day state visit": the day is the visit's last.
      // So is the day of a return from it ("returned from a three-day visit on Saturday", "is back from a two-day
      // visit": the reference day when the return is undated).
      const at = sp.start + m.index;
      const lengthTok = firstIndex(ctx.tokens.length, (k) => (ctx.tokens[k]?.start ?? 0) < at);
      if (ENDING.test(ctx.text.slice(Math.max(sp.start, at - 40), at)) || returnFrom(ctx, lengthTok - 1)) {
        e.window = { from: addDays(w.from, 1 - n), to: w.from, precision: 'days' };
        // "returned home on Saturday after a three-day visit to Y, where he held talks with Z", "… While there, he held
        // talks with Z": what the text reports of the visit in its sentences or right after them with no day of its own
        // took the return's day; it lies somewhere within the visit.
        for (const x of ctx.events) {
          if (x === e || x.kind === 'visit' || x.kind === 'phone_call' || x.firstSentence < e.firstSentence || x.firstSentence > e.lastSentence + 2 || x.window?.from !== w.from || x.window.to !== w.to) continue;
          if (!x.timeSpan || x.timeSpan.start === e.timeSpan?.start) x.window = e.window;
        }
        break;
      }
      e.window = { from: w.from, to: addDays(w.from, n - 1), precision: 'days' };
      widened.push({ visit: e, old: w });
      break;
    }
  }
  // "arrived in Hanoi on 3 May, starting a four-day visit. During the visit, she is scheduled to meet …": the items the
  // assembly gave the visit's first day (its time phrase, reported again in a later sentence) take the whole visit, and
  // so do the undated items listed in the same sentences. Not items dated by a phrase of their own, nor those reported
  // only in the visit's own sentence (the talks of the arrival day). Events looked up by their time phrase and sentence.
  const byTimeStart = new Map<number, DraftEvent[]>();
  const undatedOf = new Map<number, DraftEvent[]>();
  if (widened.length > 0) {
    const add = (m: Map<number, DraftEvent[]>, k: number, e: DraftEvent): void => {
      const list = m.get(k);
      if (list) list.push(e);
      else m.set(k, [e]);
    };
    for (const e of ctx.events) {
      if (e.timeSpan) add(byTimeStart, e.timeSpan.start, e);
      else if (e.firstSentence === e.lastSentence) add(undatedOf, e.lastSentence, e);
    }
  }
  for (const { visit, old } of widened) {
    const span = visit.timeSpan;
    if (!span) continue;
    // Not the welcome on arrival, which is of the arrival's day.
    const onFirstDay = (e: DraftEvent): boolean => e !== visit && e.kind !== 'visit' && e.kind !== 'phone_call' && e.lastSentence > visit.firstSentence && e.window?.from === old.from && e.window.to === old.to && !isWelcome(ctx, e);
    const listed = new Set<number>();
    for (const e of byTimeStart.get(span.start) ?? []) {
      if (!onFirstDay(e)) continue;
      e.window = visit.window;
      listed.add(e.lastSentence);
    }
    for (const s of listed) for (const e of undatedOf.get(s) ?? []) if (onFirstDay(e)) e.window = visit.window;
  }
};

// "Mr Anwar is slated to have an audience with Sultan Hassanal Bolkiah on Wednesday, followed by a bilateral meeting":
// what "followed by" names is the next occurrence of a programme, on the same day, in the same place, with the same
// people. When the assembly merged it into the first (same kind, no time of its own), it becomes an event of its own;
// when it made it an event dated by no phrase (the reference day), it takes the first one's day. One pass over the triggers; events are looked up by the
// sentence that reports them.
export const followedBy = (ctx: Context): void => {
  const { tokens } = ctx;
  const bySentence = bySentenceOf(ctx.events, 'firstSentence', () => true);
  const added: DraftEvent[] = [];
  for (let k = 0; k < ctx.triggers.length; k++) {
    const t = ctx.triggers[k];
    if (!t || t.quoted || t.anaphoric) continue;
    let j = t.tokStart - 1;
    while (j > t.tokStart - 4 && (tokens[j]?.key === 'a' || tokens[j]?.key === 'an' || tokens[j]?.key === 'bilateral' || tokens[j]?.key === 'official' || tokens[j]?.key === 'joint')) j--;
    if (tokens[j]?.key !== 'by' || tokens[j - 1]?.key !== 'followed') continue;
    const before = ctx.triggers[k - 1];
    if (!before || before.sentence !== t.sentence || before.kind !== t.kind) continue;
    const host = (bySentence.get(t.sentence) ?? []).filter((e) => e.kind === t.kind);
    const first = host[0];
    if (!first) continue;
    // Already an event of its own, but dated by no phrase (the reference day): it takes the first one's day.
    const dated = host.find((e) => e.timeText !== null);
    const undated = host.find((e) => e.timeText === null && e !== dated);
    if (host.length > 1) {
      if (dated && undated) Object.assign(undated, { window: dated.window, status: dated.status, tentative: dated.tentative, where: undated.where ?? dated.where });
      continue;
    }
    const sent = ctx.sentences[t.sentence];
    if (!sent) continue;
    added.push({
      ...first,
      timeText: null,
      timeSpan: null,
      people: first.people.map((p) => ({ ...p })),
      personSpans: [],
      bodies: [...first.bodies],
      topics: new Set(first.topics),
      evidence: [{ start: sent.start, end: sent.end }],
    });
  }
  ctx.events.push(...added);
};

// "the summits of the Consultative Meeting of the Heads of the Central Asian States and the International Fund for
// Saving the Aral Sea, which will be held in Dushanbe": a plural gathering noun with names joined by "and the" is one
// gathering per name. The assembly makes one; each further name gets one of its own, with the same time and place
// and no participants (the text names none for it). Names are counted up to the clause's end (a comma, "which").
const PLURALS = new Set(['summits', 'sessions']);

export const pluralGatherings = (ctx: Context): void => {
  const { tokens } = ctx;
  const added: DraftEvent[] = [];
  const bySentence = new Map<number, DraftEvent[]>();
  for (const e of ctx.events) {
    if (!GATHERINGS.has(e.kind)) continue;
    for (let s = e.firstSentence; s <= e.lastSentence && s <= e.firstSentence + 3; s++) bySentence.set(s, [...(bySentence.get(s) ?? []), e]);
  }
  for (const t of ctx.triggers) {
    if (t.quoted || !PLURALS.has(tokens[t.tokStart]?.key ?? '') || tokens[t.tokStart + 1]?.key !== 'of') continue;
    let names = 1;
    for (let j = t.tokStart + 2; j < t.tokStart + 40 && ctx.sentenceOf[j] === t.sentence; j++) {
      const key = tokens[j]?.key ?? '';
      if (tokens[j]?.text === ',' || tokens[j]?.text === ';' || key === 'which' || key === 'that') break;
      if (key === 'and' && tokens[j + 1]?.key === 'the' && tokens[j + 2]?.cap) names++;
    }
    if (names < 2) continue;
    const same = bySentence.get(t.sentence) ?? [];
    const first = same[0];
    if (!first || same.length >= names) continue;
    const sent = ctx.sentences[t.sentence];
    if (!sent) continue;
    for (let k = same.length; k < names; k++) {
      added.push({ ...first, kind: t.kind, people: [], personSpans: [], bodies: [], label: null, topics: new Set(first.topics), evidence: [{ start: sent.start, end: sent.end }], firstSentence: t.sentence, lastSentence: t.sentence });
    }
  }
  ctx.events.push(...added);
};

// "could pave the way for a trilateral summit of their leaders, which last took place in Chengdu in December 2019":
// the clause reports the previous instance of the gathering, held at its own time and place, while the gathering
// named is a new one still to come (no time given). Both are events. Only "which last took place / was last held /
// last met" with a time of its own, after a gathering noun with "a", "an" or "another" (a new occurrence).
const LAST = /^(?:last (?:took place|was held|met|convened)|was last (?:held|convened))\b/;
const NEW = new Set(['a', 'an', 'another', 'new']);

export const lastInstance = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  const bySentence = bySentenceOf(ctx.events, 'firstSentence', () => true);
  let x = 0;
  const added: DraftEvent[] = [];
  for (const t of ctx.triggers) {
    if (t.quoted || t.verb || !GATHERINGS.has(t.kind)) continue;
    let j = t.tokStart - 1;
    while (j > t.tokStart - 4 && tokens[j]?.type === 'word' && !NEW.has(tokens[j]?.key ?? '')) j--;
    if (!NEW.has(tokens[j]?.key ?? '')) continue;
    // The clause: ", which" within ten words after the trigger, in its sentence.
    let rel = -1;
    for (let k = t.tokEnd; k < t.tokEnd + 10 && ctx.sentenceOf[k] === t.sentence; k++) {
      if (tokens[k]?.key === 'which' && tokens[k - 1]?.text === ',') {
        rel = k;
        break;
      }
    }
    if (rel < 0) continue;
    const words: string[] = [];
    for (let k = rel + 1; k < rel + 5; k++) words.push(tokens[k]?.key ?? '');
    if (!LAST.test(words.join(' '))) continue;
    while (x < ctx.times.length && (ctx.times[x]?.tokStart ?? 0) < rel) x++;
    const time = ctx.times[x];
    if (!time || ctx.sentenceOf[time.tokStart] !== t.sentence) continue;
    const window = resolveTime(time, ctx.reference, 'past', null);
    const sent = ctx.sentences[t.sentence];
    if (!window || !sent) continue;
    const here = bySentence.get(t.sentence) ?? [];
    const evidence = [{ start: sent.start, end: sent.end }];
    const base = { personSpans: [], bodies: [...t.bodies], label: t.label, topics: new Set<Topic>(), evidence, firstSentence: t.sentence, lastSentence: t.sentence, tentative: false };
    // "a summit of their leaders, which last took place … in December 2019": the leaders then, and the leaders now.
    const ments = ctx.mentions.filter((m) => m.tokStart >= t.tokEnd && m.tokStart < rel);
    const parties = ctx.events.find((e) => e.people.length >= 2)?.people ?? [];
    const holders = (date: string | null): PersonRef[] => officesOfParties(ctx, ments, t.tokEnd, rel, parties, date) ?? [];
    const where = placeAfter(ctx, rel + 1, time.tokStart, mentionAt);
    const previous = here.find((e) => e.kind === t.kind && e.window?.from === window.from);
    if (previous) Object.assign(previous, { status: 'held', where: previous.where ?? where });
    else added.push({ ...base, people: holders(window.from), kind: t.kind, status: 'held', window, timeText: ctx.body.slice(time.start, time.end), timeSpan: { start: time.start, end: time.end }, where });
    if (!here.some((e) => e.kind === t.kind && e !== previous)) added.push({ ...base, people: holders(ctx.reference), kind: t.kind, status: 'upcoming', window: null, timeText: null, timeSpan: null, where: null });
  }
  ctx.events.push(...added);
};

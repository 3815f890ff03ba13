// The guest and the host of a visit named by their part in it: "President X will give a banquet for her guest", "a
// dinner for the visiting Chancellor", "was met by her host at the palace"; a welcome on arrival is always the guest's. An item of a
// visit's programme that refers to the guest (or the host) this way has that person among its participants: the
// visit's traveller (or its other people), else the person of the day's main meeting who is not yet among them. Runs
// after the assembly; bounded by the events of the readout.
import { samePersonRef, sentenceStartingAt, spansWithin } from '../context.ts';
import type { Context, DraftEvent, PersonRef } from '../context.ts';
import { windowsOverlap } from '../time/relative.ts';
import { isWelcome } from './welcomes.ts';
import { backSubject, visitingLeader } from './pronoun-subjects.ts';

const POSSESSIVES = new Set(['his', 'her', 'their', 'the', 'our']);
const GUEST = new Set(['guest', 'guests', 'visitor', 'visitors']);
const HOST = new Set(['host', 'hosts']);
// Not meetings, whose counterparts the meeting's own list names ("meet with President X, his host, and …").
const ITEMS = new Set(['other', 'interview', 'statement']);

/**
 * "his guest", "the visiting Chancellor", "her host" in the event's part of its first sentence (from the occurrence
 * before it to the one after it, when the sentence reports several): 'guest', 'host' or null.
 */
export function partNamed(ctx: Context, e: DraftEvent): 'guest' | 'host' | null {
  const sp = e.evidence[0];
  const s = sp ? sentenceStartingAt(ctx, sp.start) : undefined;
  if (!s) return null;
  const { tokens } = ctx;
  // The sentence's triggers: those between its first token's start and its last token's end.
  const first = tokens[s.tokStart];
  const last = tokens[s.tokEnd - 1];
  const here = first && last && s.tokEnd > s.tokStart ? spansWithin(ctx.triggers, first.start, last.end).filter((t) => !t.anaphoric) : [];
  const i = here.findIndex((t) => t.kind === e.kind && t.label === e.label);
  const from = i > 0 ? (here[i - 1]?.tokEnd ?? s.tokStart) : s.tokStart;
  const to = i >= 0 ? (here[i + 1]?.tokStart ?? s.tokEnd) : s.tokEnd;
  for (let k = Math.max(from, s.tokStart + 1); k < to; k++) {
    const key = tokens[k]?.key ?? '';
    if (!POSSESSIVES.has(tokens[k - 1]?.key ?? '')) continue;
    if (GUEST.has(key)) return 'guest';
    // "the visiting Chancellor", "the visiting Prime Minister and her delegation", "in honour of the visiting leader": the
    // participle before an office or a word for a leader.
    if (visitingLeader(ctx, k)) return 'guest';
    if (HOST.has(key) && tokens[k - 1]?.key !== 'the') return 'host';
  }
  return null;
}

/** The event's first sentence opens with "He" or "She". */
export function openedByPronoun(ctx: Context, e: DraftEvent): boolean {
  const sp = e.evidence[0];
  const s = sp ? sentenceStartingAt(ctx, sp.start) : undefined;
  const key = s ? ctx.tokens[s.tokStart]?.key : undefined;
  return key === 'he' || key === 'she';
}

const overlaps = (a: DraftEvent, b: DraftEvent): boolean => windowsOverlap(a.window, b.window);

export const guestsAndHosts = (ctx: Context): void => {
  // Visits with a time: a visit named undated ("is visiting X at the invitation of Y") is no programme's.
  const visits = ctx.events.filter((v) => v.kind === 'visit' && v.people.length > 0 && v.window);
  const meetings = ctx.events.filter((v) => (v.kind === 'talks' || v.kind === 'visit') && v.people.length >= 2);
  for (const e of ctx.events) {
    // "X and his guest will go on a tour of Bergen": a stop or tour of the visit takes its guest too.
    if (e.kind === 'visit' && partNamed(ctx, e) === 'guest') {
      const visit = visits.filter((v) => v !== e && v.firstSentence < e.firstSentence && overlaps(v, e)).pop();
      const guest = visit?.people[0];
      if (guest && !e.people.some((q) => samePersonRef(guest, q, true))) e.people.push({ ...guest });
      continue;
    }
    if (!ITEMS.has(e.kind)) continue;
    // "He will visit a rubber plantation in the afternoon": an item of a visit whose sentence opens with the traveller's
    // pronoun, and names no one, is the traveller's.
    if (e.people.length === 0) {
      const traveller = openedByPronoun(ctx, e) ? visits.filter((v) => v.firstSentence < e.firstSentence && overlaps(v, e)).pop()?.people[0] : undefined;
      if (traveller) e.people.push({ ...traveller });
      continue;
    }
    // "The visiting President then addressed a forum": the guest named as the subject is the one already read for it
    // (pronoun-subjects.ts); the host is not of it.
    if (backSubject(ctx, e)) continue;
    // A welcome on arrival ("X welcomed her at the airport", "was honoured with a 19-gun salute") is the guest's.
    const named = partNamed(ctx, e);
    const part = named ?? (isWelcome(ctx, e) ? 'guest' : null);
    if (!part) continue;
    const has = (p: PersonRef): boolean => e.people.some((q) => samePersonRef(p, q, true));
    const visit = visits.filter((v) => v !== e && overlaps(v, e)).sort((a, b) => Math.abs(a.firstSentence - e.firstSentence) - Math.abs(b.firstSentence - e.firstSentence))[0];
    let who: PersonRef[] = [];
    if (visit) who = part === 'guest' ? visit.people.slice(0, 1) : visit.people.slice(1);
    // No visit reported: the day's main meeting, whose other side the guest (or the host) is.
    if (named && who.every(has)) {
      const main = meetings.find((m) => m !== e && overlaps(m, e) && m.people.some(has));
      if (main) who = main.people.filter((p) => !has(p));
    }
    const add = who.find((p) => !has(p));
    if (add) e.people.push({ ...add });
  }
};

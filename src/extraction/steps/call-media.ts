// The medium of a call said as an adverb: "spoke via phone", "talked over the telephone", "held talks by video link",
// "met via videoconference". The phrase names a call when people take part in what it qualifies; not when nobody is
// named ("complaints can be made over the phone", "voting by phone will be allowed"), nor when it is the medium of a
// gathering, a speech or remarks to the press ("addressed the summit by video link", "told reporters by telephone",
// "took part via video link in the forum"), nor a contact to keep ("stay in touch by phone"): a summit or session held by video keeps its own kind (GUIDELINES.md).
import { firstIndex } from '../context.ts';
import type { Context, Mention, Trigger } from '../context.ts';
import type { EventKind } from '../types.ts';

const PREPOSITIONS = ['via', 'by', 'over', 'on'] as const;
const MEDIA = [
  'phone', 'telephone', 'the phone', 'the telephone', 'video link', 'videolink', 'a video link', 'videoconference', 'video conference',
  'a videoconference', 'a video conference', 'video call', 'a video call', 'phone call', 'a phone call', 'telephone call', 'a telephone call',
] as const;

/** "via phone", "over the telephone", "by video link", …: the phrases whose entries need `callMedium`. */
export const MEDIUM_PHRASES: readonly string[] = PREPOSITIONS.flatMap((p) => MEDIA.map((m) => `${p} ${m}`));

const PEOPLE = new Set<Mention['kind']>(['person', 'role', 'bound', 'pronoun', 'group', 'offices']);
/** The occurrences a medium can belong to instead of a call: gatherings, sittings, speeches, interviews, ceremonies. */
const NOT_CALLS = new Set<EventKind>(['summit', 'session', 'statement', 'interview', 'other']);
/** How far before the medium the occurrence it belongs to may end ("addressed the summit of the Union on Monday by video"). */
const REACH = 8;
/** Head words of a gathering named right after the medium ("took part via video link in the forum"). */
const GATHERING_WORDS = new Set(['summit', 'session', 'forum', 'conference', 'assembly', 'congress', 'ceremony', 'opening', 'sitting', 'council', 'meeting', 'convention', 'symposium', 'seminar', 'launch']);
const CONTACT = new Set(['touch', 'contact']);
const INTO = new Set(['in', 'at', 'to', 'into']);

function mentionsOfSentence(ctx: Context, i: number): Mention[] {
  const sent = ctx.sentences[ctx.sentenceOf[i] ?? -1];
  if (!sent) return [];
  const out: Mention[] = [];
  for (let k = firstIndex(ctx.mentions.length, (j) => (ctx.mentions[j]?.tokStart ?? 0) < sent.tokStart); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k]!;
    if (m.tokStart >= sent.tokEnd) break;
    out.push(m);
  }
  return out;
}

const BREAKS = new Set([',', ';', 'and', 'then', 'before', 'after', 'while', 'but', 'later']);
const SPOKEN = new Set<EventKind>(['talks', 'phone_call']);

/**
 * "held talks by video link with X", "spoke with X by video link", "met X via videoconference": the talks or call just
 * before in its clause that the medium says how it was held, or null. The medium is no occurrence of its own (a second
 * trigger would read "on Monday" after it apart from the verb's tense); the talks become a call.
 */
export function mediumOfEarlier(ctx: Context, i: number, earlier: readonly Trigger[]): Trigger | null {
  const last = earlier.findLast((t) => !t.quoted && t.sentence === ctx.sentenceOf[i] && t.tokEnd <= i);
  if (!last || !SPOKEN.has(last.kind) || i - last.tokEnd > REACH) return null;
  const names = mentionsOfSentence(ctx, i).filter((m) => m.tokStart >= last.tokEnd && m.tokEnd <= i);
  for (let k = last.tokEnd; k < i; k++) if (BREAKS.has(ctx.tokens[k]?.key ?? '') && !names.some((m) => m.tokStart <= k && k < m.tokEnd)) return null;
  return last;
}

/** The medium phrase at tokens i..end names a call (see the file's head). */
export function callMedium(ctx: Context, i: number, end: number, earlier: readonly Trigger[]): boolean {
  const { tokens } = ctx;
  const s = ctx.sentenceOf[i];
  // "agreed to stay in touch via telephone", "keep in contact by phone": a habit to come, no call.
  if (CONTACT.has(tokens[i - 1]?.key ?? '')) return false;
  const people = mentionsOfSentence(ctx, i).filter((m) => PEOPLE.has(m.kind));
  if (people.length === 0) return false;
  // The occurrence just before, with nobody named between it and the medium: the medium is that occurrence's.
  const last = earlier.findLast((t) => !t.quoted && t.sentence === s && t.tokEnd <= i);
  if (last && NOT_CALLS.has(last.kind) && i - last.tokEnd <= REACH && !people.some((m) => m.tokStart >= last.tokEnd && m.tokEnd <= i)) return false;
  // "took part via video link in the summit": a gathering named right after.
  if (INTO.has(tokens[end]?.key ?? '')) {
    for (let k = end + 1; k < end + 7 && ctx.sentenceOf[k] === s; k++) {
      if (tokens[k]?.type === 'punct') break;
      if (GATHERING_WORDS.has(tokens[k]?.key ?? '')) return false;
    }
  }
  return true;
}

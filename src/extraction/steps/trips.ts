// Trips reported with their end. "President X left Ghana on Sunday, November 17, for a visit to A, B and C. … President
// X will return to Ghana on Tuesday, November 26": the return home dates the end of the trip that began before it, so
// the trip runs from its first day to the day of the return, and each stop it lists, dated by no phrase of its own
// (it took the trip's first day), lies somewhere in that window. Only "return(s/ed) to <a state or capital>", "return
// home", "fly/head/travel back to <a state or capital>" or "back home", with a time of its own in the same sentence,
// and a trip reported before whose first day is before that time and whose traveller is the returner (or whose
// sentence names no one else). A trip to one place ends so too ("arrived in Hanoi on Sunday. She will return to Spain
// on Wednesday": the visit runs Sunday to Wednesday), when the place returned to is not the one visited (not "will
// return to Hanoi for the summit") and no length is written for the visit: the return home is no visit of its own.
// One pass over the tokens.
import { indexMentions, PERSONAL_POSSESSIVES } from '../context.ts';
import type { Context, Mention, PersonRef } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';

const RETURN = new Set(['return', 'returns', 'returned', 'returning']);
// "will fly back to Brazil", "heads back home", "travelled back to the capital".
const BACK = new Set(['fly', 'flies', 'flew', 'head', 'heads', 'headed', 'travel', 'travels', 'travelled', 'traveled', 'go', 'goes', 'went', 'come', 'comes', 'came']);
const PAST = new Set(['returned', 'flew', 'headed', 'travelled', 'traveled', 'went', 'came']);
const HOME_KINDS = new Set(['country', 'capital']);
const same = (a: PersonRef, b: PersonRef): boolean => (a.person >= 0 ? a.person === b.person : a.name === b.name);

const AUXILIARIES = new Set(['will', 'would', 'is', 'are', 'was', 'to', 'due', 'expected', 'scheduled', 'set', 'also', 'then', 'later', 'be']);

/** The subject of the verb of return at i is a noun after a possessive ("her deputy", "his wife"), not after "and". */
function othersReturn(ctx: Context, i: number): boolean {
  const { tokens } = ctx;
  let j = i - 1;
  while (j > i - 6 && AUXILIARIES.has(tokens[j]?.key ?? '')) j--;
  const noun = tokens[j];
  return !!noun && noun.type === 'word' && !noun.cap && PERSONAL_POSSESSIVES.has(tokens[j - 1]?.key ?? '') && tokens[j - 2]?.key !== 'and';
}

/** The place returned to (none: "home") is not the place visited, nor in the state visited (`stateOf` a place's name). */
function elsewhere(place: Mention | undefined, visited: string, stateOf: ReadonlyMap<string, string>): boolean {
  if (!place) return true;
  if (place.surface.toLowerCase() === visited.toLowerCase()) return false;
  const state = stateOf.get(visited.toLowerCase());
  return state === undefined || state !== place.country;
}

export const tripReturn = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  let x = 0;
  // The state of each place named, by its name; made once, when a return names a place.
  let states: Map<string, string> | null = null;
  const stateOf = (): Map<string, string> => {
    if (!states) {
      states = new Map();
      for (const m of ctx.mentions) if (m.country !== null && !states.has(m.surface.toLowerCase())) states.set(m.surface.toLowerCase(), m.country);
    }
    return states;
  };
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]?.key ?? '';
    const back = BACK.has(verb) && tokens[i + 1]?.key === 'back';
    if (!RETURN.has(verb) && !back) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    // "return to Ghana", "return home": the place right after the verb.
    let k = back ? i + 2 : i + 1;
    let place: Mention | undefined;
    if (tokens[k]?.key === 'home') k++;
    else {
      if (tokens[k]?.key !== 'to') continue;
      place = mentionAt.get(tokens[k + 1]?.key === 'the' ? k + 2 : k + 1);
      if (!place || !HOME_KINDS.has(place.kind) || place.quoted) continue;
      k = place.tokEnd;
    }
    while (x < ctx.times.length && (ctx.times[x]?.tokStart ?? 0) < k) x++;
    const time = ctx.times[x];
    // The time right after the return (a few words at most): "… to Ghana on Tuesday, November 26 2019".
    if (!time || ctx.sentenceOf[time.tokStart] !== s || time.tokStart - k > 3 || time.vague) continue;
    const window = resolveTime(time, ctx.reference, PAST.has(verb) ? 'past' : 'future', null);
    if (!window || window.precision !== 'day') continue;
    // "Her deputy will return to Spain": someone of the traveller's returns, not the traveller.
    if (othersReturn(ctx, i)) continue;
    // The returner: the nearest person named before the verb in the sentence.
    const subject = ctx.mentions.filter((m) => m.tokEnd <= i && m.tokStart >= sent.tokStart && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1).pop()?.people[0];
    // "will travel to Panama on Tuesday and return home on Friday": a trip of the same sentence, before "and".
    const before = tokens[i - 1]?.key === 'and' || (tokens[i - 1]?.key === 'then' && tokens[i - 2]?.key === 'and') ? s : s - 1;
    const trip = ctx.events
      .filter((e) => e.kind === 'visit' && (e.where === null || (e.window?.from === e.window?.to && elsewhere(place, e.where, stateOf()))) && e.firstSentence <= before && e.window && e.window.from < window.from && (!subject || e.people.length === 0 || e.people.some((p) => same(p, subject))))
      .pop();
    if (!trip?.window) continue;
    const begun = trip.window;
    trip.window = { from: begun.from, to: window.to, precision: 'days' };
    // The stops of the trip that took its first day, with no time of their own.
    for (const e of ctx.events) {
      if (e === trip || e.kind !== 'visit' || e.firstSentence !== trip.firstSentence || e.window !== begun) continue;
      e.window = trip.window;
    }
  }
};

// Trips reported with their end. "President X left Ghana on Sunday, November 17, for a visit to A, B and C. … President
// X will return to Ghana on Tuesday, November 26": the return home dates the end of the trip that began before it, so
// the trip runs from its first day to the day of the return, and each stop it lists, dated by no phrase of its own
// (it took the trip's first day), lies somewhere in that window. Only "return(s/ed) to <a state or capital>", "return
// home", "be back in", with a time of its own in the same sentence, and a trip reported before whose first day is
// before that time and whose traveller is the returner (or whose sentence names no one else). One pass over the tokens.
import { indexMentions } from '../context.ts';
import type { Context, PersonRef } from '../context.ts';
import { resolveTime } from '../time/expressions.ts';

const RETURN = new Set(['return', 'returns', 'returned', 'returning']);
const HOME_KINDS = new Set(['country', 'capital']);
const same = (a: PersonRef, b: PersonRef): boolean => (a.person >= 0 ? a.person === b.person : a.name === b.name);

export const tripReturn = (ctx: Context): void => {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  let x = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!RETURN.has(tokens[i]?.key ?? '')) continue;
    const s = ctx.sentenceOf[i] ?? -1;
    const sent = ctx.sentences[s];
    if (!sent) continue;
    // "return to Ghana", "return home": the place right after the verb.
    let k = i + 1;
    if (tokens[k]?.key === 'home') k++;
    else {
      if (tokens[k]?.key !== 'to') continue;
      const place = mentionAt.get(tokens[k + 1]?.key === 'the' ? k + 2 : k + 1);
      if (!place || !HOME_KINDS.has(place.kind) || place.quoted) continue;
      k = place.tokEnd;
    }
    while (x < ctx.times.length && (ctx.times[x]?.tokStart ?? 0) < k) x++;
    const time = ctx.times[x];
    // The time right after the return (a few words at most): "… to Ghana on Tuesday, November 26 2019".
    if (!time || ctx.sentenceOf[time.tokStart] !== s || time.tokStart - k > 3 || time.vague) continue;
    const window = resolveTime(time, ctx.reference, 'future', null);
    if (!window || window.precision !== 'day') continue;
    // The returner: the nearest person named before the verb in the sentence.
    const subject = ctx.mentions.filter((m) => m.tokEnd <= i && m.tokStart >= sent.tokStart && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && m.people.length === 1).pop()?.people[0];
    const trip = ctx.events
      .filter((e) => e.kind === 'visit' && e.where === null && e.firstSentence < s && e.window && e.window.from < window.from && (!subject || e.people.length === 0 || e.people.some((p) => same(p, subject))))
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

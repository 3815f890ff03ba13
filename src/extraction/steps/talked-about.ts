// People named only as what a text is about ("amid the resignation of Prime Minister X", "the case of journalist Y")
// take no part in the events reported around them.
import { indexMentions, spansWithin } from '../context.ts';
import type { Context, Mention, PersonRef, TokenIndex } from '../context.ts';
import { DETERMINERS, key, OFFICE_WORDS } from './list-names.ts';
import { samePerson } from './companions.ts';

// Nouns whose "of" names the person a sentence is about, not one who takes part: "the resignation of Prime Minister X",
// "the case of journalist Y", "the release of Z". Not "the election of X", often the very reason X is called.
const ABOUT = new Set([
  'resignation', 'case', 'death', 'killing', 'murder', 'assassination', 'arrest', 'detention', 'release', 'trial',
  'dismissal', 'funeral', 'memory', 'legacy', 'health', 'passing', 'removal', 'impeachment', 'conviction', 'sentencing',
  'extradition', 'kidnapping', 'disappearance', 'fate',
]);
const DESCRIBING = new Set<Mention['kind']>(['bound', 'role', 'adjective', 'country']);

/** A mention named only as what a noun of ABOUT is about ("the sudden resignation of Moldovan Prime Minister X"). */
function namedAbout(ctx: Context, m: Mention, endingAt: TokenIndex): boolean {
  let j = m.tokStart - 1;
  // Over the office, state and determiners written before the name.
  while (j >= 0) {
    const inside = endingAt.get(j + 1);
    if (inside && inside !== m && DESCRIBING.has(inside.kind)) {
      j = inside.tokStart - 1;
      continue;
    }
    const t = ctx.tokens[j];
    if (t && (DETERMINERS.has(t.key) || (t.type === 'word' && !t.cap && OFFICE_WORDS.has(t.key)))) {
      j--;
      continue;
    }
    break;
  }
  return key(ctx, j) === 'of' && ABOUT.has(key(ctx, j - 1));
}

/**
 * People of an event named, in what reports it, only as what the text is about ("amid the resignation of Prime
 * Minister X"): no participants. Someone named otherwise in the event's sentences stays.
 */
export const withoutPeopleTalkedAbout = (ctx: Context): void => {
  const endingAt = indexMentions(ctx.mentions.filter((m) => DESCRIBING.has(m.kind)), ctx.tokens.length, 'end');
  const about = ctx.mentions.filter((m) => m.kind === 'person' && !m.quoted && namedAbout(ctx, m, endingAt));
  if (about.length === 0) return;
  const aboutSet = new Set(about);
  const namedAs = (p: PersonRef, m: Mention): boolean => m.people.some((q) => samePerson(ctx, p, q));
  for (const e of ctx.events) {
    // The mentions inside what reports the event, found by offset.
    const inside = e.evidence.flatMap((sp) => spansWithin(ctx.mentions, sp.start, sp.end));
    if (!inside.some((m) => aboutSet.has(m))) continue;
    e.people = e.people.filter((p) => !inside.some((m) => aboutSet.has(m) && namedAs(p, m)) || inside.some((m) => !aboutSet.has(m) && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun') && namedAs(p, m)));
  }
};

// A return from a visit: "returned from a three-day visit on Saturday", "returned home on Saturday after a two-day
// trip", "is back from a state visit", "flew back to the capital on Friday from a tour of …". The visit is over by the
// return: its own occurrence (not the talks its sentence goes on to report), and its last day is the return's.
import type { Context, Trigger } from '../context.ts';

const RETURNED = new Set(['returned', 'returns', 'returning', 'return']);
const FROM = new Set(['from', 'after', 'following']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
// What stands between the verb of return and "from": where to and when ("returned home on Saturday from", "flew back
// to Ankara on Friday, 12 March, from", "is back in the capital this morning after"). Any other word is another clause
// ("X, who returned on Monday, met Y after a visit by Z").
const BETWEEN = new Set(['home', 'to', 'the', 'on', 'in', 'at', 'of', 'last', 'this', 'early', 'late', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'here', 'there', 'safely', 'capital', 'country']);
// "on her return from", "upon return from": the noun, before a time to come as often as after one made.
const NOUN_BEFORE = new Set([...DETERMINERS, 'on', 'upon', 'my', 'our']);
const REACH = 10;

/**
 * The determiner at token `det` opens what a return is made from: "from a", "after her", "following the", with a
 * verb of return ("returned", "came back", "is back", "flew back") a few words before it in its clause.
 */
export function returnFrom(ctx: Context, det: number): boolean {
  const { tokens } = ctx;
  if (!DETERMINERS.has(tokens[det]?.key ?? '') || !FROM.has(tokens[det - 1]?.key ?? '')) return false;
  for (let k = det - 2; k >= Math.max(0, det - 2 - REACH); k--) {
    const tok = tokens[k];
    if (!tok) return false;
    // "on her return from a two-day visit, X will hold talks": the noun names a time to come, not a return made.
    if (RETURNED.has(tok.key)) return !NOUN_BEFORE.has(tokens[k - 1]?.key ?? '');
    if (tok.key === 'back' && tokens[k - 1]?.type === 'word') return true;
    if (!(tok.cap || tok.type === 'num' || tok.text === ',' || BETWEEN.has(tok.key))) return false;
  }
  return false;
}

/** "returned home on Saturday after a three-day state visit": the visit trigger is what a return is made from. */
export function returnedFrom(ctx: Context, t: Trigger): boolean {
  const { tokens } = ctx;
  // Back over the visit's modifiers ("a three-day official working visit", "her first State visit") to its determiner.
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 7); k--) {
    const tok = tokens[k];
    if (!tok) return false;
    if (DETERMINERS.has(tok.key)) return returnFrom(ctx, k);
    if (tok.type === 'punct' && tok.text !== '-') return false;
  }
  return false;
}

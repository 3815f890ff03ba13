// A time set off between an auxiliary and its verb: "X will, on Tuesday, hold talks", "X is, on Tuesday, expected to
// meet Y", "X will on Monday, 22 October, 2019, begin a visit", "X had on Friday, May 10, held talks". The comma after
// the time closes an aside inside one clause, not the clause the time belongs to, so the time dates the occurrence of
// the verb after it whatever commas surround it or lie within it.
import type { Context, Trigger } from '../context.ts';
import type { TimeExpr } from '../time/expressions.ts';

const AUXILIARY = new Set(['will', 'would', 'shall', 'should', 'is', 'was', 'are', 'were', 'am', 'has', 'had', 'have', 'may', 'might', 'can', 'could', 'must']);
// "will also, on Monday, hold …": an adverb between the auxiliary and the time.
const ADVERBS = new Set(['also', 'then', 'now', 'again', 'first', 'further', 'formally', 'officially', 'reportedly', 'jointly', 'personally']);
// The word after the time opens another phrase or clause, not the verb: "was, on Friday, in Riga", "will, on Friday,
// and again on Sunday, meet …".
const NOT_VERBS = new Set(['and', 'or', 'but', 'however', 'the', 'a', 'an', 'in', 'at', 'on', 'to', 'for', 'with', 'after', 'before', 'during', 'while', 'when', 'which', 'who', 'that', 'as', 'from', 'by', 'of', 'until', 'since', 'among', 'amid']);
// Between the verb and the occurrence: a word that opens another clause ends the verb's ("had on Friday, 12 March, said
// that he would hold talks in April": the time dates the saying).
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'before', 'after', 'but', 'since', 'until', 'because', 'said', 'says', 'told', 'announced', 'stated', 'noted', 'added']);
const MAX_GAP = 12;

/**
 * The occurrence the verb after a bracketed time names: its first trigger within the verb's clause, or null. The time
 * must be followed by a comma (without one, the time and the verb are one phrase and the usual pairing holds), and the
 * subject before the auxiliary must not be an occurrence itself ("The visit will, on Tuesday, include a meeting").
 */
export function bracketedOccurrence(ctx: Context, x: TimeExpr, triggers: readonly Trigger[]): Trigger | null {
  const { tokens } = ctx;
  if (tokens[x.tokEnd]?.text !== ',') return null;
  const object = bracketedObject(ctx, x, triggers);
  if (object) return object;
  let j = x.tokStart - 1;
  if (tokens[j]?.text === ',') j--;
  if (ADVERBS.has(tokens[j]?.key ?? '')) j--;
  if (!AUXILIARY.has(tokens[j]?.key ?? '')) return null;
  const verb = tokens[x.tokEnd + 1];
  if (!verb || verb.type !== 'word' || verb.cap || NOT_VERBS.has(verb.key)) return null;
  if (triggers.some((t) => t.tokEnd === j)) return null;
  const first = triggers.find((t) => t.tokStart > x.tokEnd);
  if (!first || first.tokStart - x.tokEnd > MAX_GAP) return null;
  for (let k = x.tokEnd + 1; k < first.tokStart; k++) {
    const tok = tokens[k];
    if (!tok || (tok.type === 'punct' && tok.text !== '-') || CLAUSE_OPENERS.has(tok.key)) return null;
  }
  return first;
}

// Verbs whose object names the occurrence: "held, on Monday, talks with …", "had, Monday, a telephone conversation".
const LIGHT_VERBS = new Set(['held', 'holds', 'had', 'has', 'paid', 'pays', 'made', 'makes', 'conducted', 'conducts', 'hosted', 'hosts', 'attended', 'attends']);
// Between the closing comma and the occurrence's word: an article and a modifier or two ("a telephone conversation").
const OBJECT_LEAD = 3;

/** "X held, on Monday, talks with Y": a time set off between a light verb and the occurrence it is the object of. */
function bracketedObject(ctx: Context, x: TimeExpr, triggers: readonly Trigger[]): Trigger | null {
  const { tokens } = ctx;
  if (tokens[x.tokStart - 1]?.text !== ',') return null;
  const verb = tokens[x.tokStart - 2];
  if (!verb || verb.cap || !LIGHT_VERBS.has(verb.key)) return null;
  const first = triggers.find((t) => t.tokStart > x.tokEnd);
  if (!first || first.tokStart - (x.tokEnd + 1) > OBJECT_LEAD) return null;
  for (let k = x.tokEnd + 1; k < first.tokStart; k++) if (tokens[k]?.type !== 'word' || tokens[k]?.cap || CLAUSE_OPENERS.has(tokens[k]?.key ?? '')) return null;
  return first;
}

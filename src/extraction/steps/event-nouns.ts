// "… will hold the next meeting of the Council in Bishkek. … the event will take place in the capital on November
// 26-27": a general noun ("the event", "this gathering") as the subject of a scheduling verb refers back to the
// occurrence the text reported last, and its time and place are that occurrence's. The noun alone names no kind, so
// it is a reference back (anaphoric trigger) of the kind of the last trigger outside quotations in the same or the
// two sentences before; with none there, it is nothing. One pass over the tokens and the triggers. The visitor's stay
// ("he will be in Manila from March 1 to 2") refers back to the visit the same way (presences, below).
import { indexMentions } from '../context.ts';
import type { Context, Trigger } from '../context.ts';

const NOUNS = new Set(['event', 'gathering', 'occasion']);
const DETERMINERS = new Set(['the', 'this', 'that']);
// The scheduling verb right after the noun: "will take place", "is scheduled", "was held", "is set to happen".
const VERBS = /^(?:will|is|was|would|shall|are)(?: also)?(?: be)? (?:take|took|taking|held|scheduled|set|planned|due|happen|convened|organi[sz]ed)\b/;
const LOOK_BACK = 2;

export const referToLastEvent = (ctx: Context): void => {
  const { tokens } = ctx;
  introducedByAttendance(ctx);
  const added: Trigger[] = [...presences(ctx)];
  let t = 0;
  let last: Trigger | null = null;
  let q = 0;
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok || !NOUNS.has(tok.key) || !DETERMINERS.has(tokens[i - 1]?.key ?? '')) continue;
    const words: string[] = [];
    for (let j = i + 1; j < tokens.length && words.length < 5 && tokens[j]?.type === 'word'; j++) words.push(tokens[j]?.key ?? '');
    if (!VERBS.test(words.join(' '))) continue;
    while (t < ctx.triggers.length && (ctx.triggers[t]?.tokStart ?? 0) < i) {
      const x = ctx.triggers[t++];
      if (x && !x.quoted && !x.topic) last = x;
    }
    while (q < ctx.quotes.length && (ctx.quotes[q]?.end ?? 0) <= tok.start) q++;
    const quote = ctx.quotes[q];
    const sentence = ctx.sentenceOf[i] ?? 0;
    if (!last || last.sentence < sentence - LOOK_BACK || last.tokEnd > i - 1) continue;
    added.push(referenceBack(last, { start: tokens[i - 1]?.start ?? tok.start, end: tok.end, tokStart: i - 1, tokEnd: i + 1, sentence, quoted: !!quote && quote.start <= tok.start }));
  }
  if (added.length === 0) return;
  ctx.triggers = [...ctx.triggers, ...added].sort((a, b) => a.tokStart - b.tokStart);
};

// "Anwar … official visit to Manila. … He will be in Manila from March 1 to 2, 2023": the visitor's stay, in the future
// and with a time of its own, is the visit reported before (the last visit trigger outside quotations, at any distance
// before), and its time is the visit's. Only "will be/stay/remain in" a state or city the gazetteer knows, with a time
// expression later in the same sentence; "while in Manila" and "will be in charge" are nothing.
const STAY = new Set(['be', 'stay', 'remain']);
const PLACES = new Set(['country', 'capital', 'city']);

function presences(ctx: Context): Trigger[] {
  const { tokens } = ctx;
  const mentionAt = indexMentions(ctx.mentions, tokens.length, 'start');
  const out: Trigger[] = [];
  let t = 0;
  let x = 0;
  let visit: Trigger | null = null;
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (tokens[i]?.key !== 'will' || !STAY.has(tokens[i + 1]?.key ?? '') || tokens[i + 2]?.key !== 'in') continue;
    const place = mentionAt.get(i + 3);
    if (!place || !PLACES.has(place.kind) || place.quoted) continue;
    while (t < ctx.triggers.length && (ctx.triggers[t]?.tokStart ?? 0) < i) {
      const u = ctx.triggers[t++];
      if (u && u.kind === 'visit' && !u.quoted && !u.topic) visit = u;
    }
    const sentence = ctx.sentenceOf[i] ?? 0;
    while (x < ctx.times.length && (ctx.times[x]?.tokStart ?? 0) < place.tokEnd) x++;
    const time = ctx.times[x];
    if (!visit || !time || ctx.sentenceOf[time.tokStart] !== sentence) continue;
    out.push(referenceBack(visit, { start: tokens[i]?.start ?? 0, end: place.end, tokStart: i, tokEnd: place.tokEnd, sentence, quoted: false }));
  }
  return out;
}

// "would attend the ceremony of putting the railway bridge into operation": a ceremony, forum or parade named with
// "the" as the object of attending, with an "of" that says which, is introduced there, not referred back to (the
// text has reported no such occurrence before). Only kind `other`, only when no trigger of that kind came before.
const ATTEND = new Set(['attend', 'attends', 'attended', 'attending']);

function introducedByAttendance(ctx: Context): void {
  const { tokens } = ctx;
  let seenOther = false;
  for (const t of ctx.triggers) {
    if (t.kind !== 'other') continue;
    if (!seenOther && t.anaphoric && tokens[t.tokStart - 1]?.key === 'the' && ATTEND.has(tokens[t.tokStart - 2]?.key ?? '') && tokens[t.tokEnd]?.key === 'of') t.anaphoric = false;
    seenOther = true;
  }
}

/** A trigger at the given words that refers back to the antecedent: its kind, bodies and label, none of its flags. */
function referenceBack(antecedent: Trigger, at: Pick<Trigger, 'start' | 'end' | 'tokStart' | 'tokEnd' | 'sentence' | 'quoted'>): Trigger {
  // Written out in the order of triggers.ts's own, so that every trigger has one shape (a spread makes another).
  return {
    kind: antecedent.kind,
    start: at.start,
    end: at.end,
    tokStart: at.tokStart,
    tokEnd: at.tokEnd,
    sentence: at.sentence,
    anaphoric: true,
    bodies: [...antecedent.bodies],
    label: antecedent.label,
    quoted: at.quoted,
    verb: false,
    states: [...antecedent.states],
    planned: false,
    such: false,
    topic: false,
    labelPlace: antecedent.labelPlace,
  };
}

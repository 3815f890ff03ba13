// "the President will participate in the summit of the G20 Compact with Africa Countries. The meeting will be held on
// Tuesday, November 19": a bare "the meeting" as the subject of a scheduling verb ("will be held", "will take place",
// "is scheduled"), right after a summit or a session was named, refers back to that gathering, not to talks reported
// earlier ("on the sidelines of the meeting" is not such a subject). It takes the gathering's kind
// and bodies, so the assembly merges it there (and its time dates the gathering). Only when the last trigger before
// it, in its sentence or the one before, is that gathering (quoted or not: a plan announced in a statement's quotation
// is still the gathering the next sentence speaks of). One pass over the triggers.
import type { Context } from '../context.ts';

const MEETING = new Set(['meeting', 'gathering']);
const SCHEDULED = /^(?:will|is|was|would|shall)(?: also)?(?: be)? (?:take|took|taking|held|scheduled|set|planned|due|convened)\b/;

export const meetingOfGathering = (ctx: Context): void => {
  const { tokens } = ctx;
  for (let k = 1; k < ctx.triggers.length; k++) {
    const t = ctx.triggers[k];
    const before = ctx.triggers[k - 1];
    if (!t || !before || t.kind !== 'talks' || !t.anaphoric || t.verb || t.quoted || t.tokEnd - t.tokStart !== 1) continue;
    if (!MEETING.has(tokens[t.tokStart]?.key ?? '') || tokens[t.tokStart - 1]?.key !== 'the') continue;
    const words: string[] = [];
    for (let j = t.tokEnd; j < t.tokEnd + 5 && tokens[j]?.type === 'word'; j++) words.push(tokens[j]?.key ?? '');
    if (!SCHEDULED.test(words.join(' '))) continue;
    if ((before.kind !== 'summit' && before.kind !== 'session') || before.sentence < t.sentence - 1) continue;
    t.kind = before.kind;
    t.bodies = [...before.bodies];
    t.label = before.label;
  }
};

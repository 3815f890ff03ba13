// Times that frame rather than date. "the first such meeting since 2014", "relations have grown since March": the year
// after "since" is where a span of time begins, not the date of any occurrence the sentence reports (the meeting is
// not a 2014 meeting). Such a phrase leaves the list of time expressions before events are assembled, so it dates
// nothing; "ever since" and "since at least" read the same. One pass over the times.
import type { Context } from '../context.ts';

const FRAMING = new Set(['since']);
const BRIDGE = new Set(['ever', 'at', 'least', 'early', 'late', 'mid']);

export const dropSinceTimes = (ctx: Context): void => {
  const { tokens } = ctx;
  ctx.times = ctx.times.filter((x) => {
    // The scanner keeps the preposition inside the expression ("since 2014"), or leaves it before ("since at least 2014").
    for (let j = x.tokStart; j < x.tokEnd && j < x.tokStart + 3; j++) {
      const key = tokens[j]?.key ?? '';
      if (FRAMING.has(key)) return false;
      if (!BRIDGE.has(key)) break;
    }
    let j = x.tokStart - 1;
    while (j >= 0 && j >= x.tokStart - 3 && BRIDGE.has(tokens[j]?.key ?? '')) j--;
    return !FRAMING.has(tokens[j]?.key ?? '');
  });
};

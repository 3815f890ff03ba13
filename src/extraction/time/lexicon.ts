// Words of the calendar.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Short forms of month names; they may take a full stop ("Nov.", "Sept.") and do not stand alone as a date. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);

export const SEASONS: ReadonlyMap<string, [number, number]> = new Map([
  ['spring', [3, 5]], ['summer', [6, 8]], ['autumn', [9, 11]], ['fall', [9, 11]], ['winter', [12, 2]],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['last', 4], ['final', 4],
]);

/** Days written as ordinal words ("the first of May"); tens combine with a hyphen ("twenty-first"). */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].map((w, i) => [w, i + 1] as const)
    .concat([['thirtieth', 30]]),
);

export const PREPOSITIONS = new Set([
  'on', 'in', 'for', 'by', 'at', 'during', 'from', 'between', 'until', 'till', 'through', 'since', 'before',
  'after', 'around', 'of', 'throughout', 'within', 'as', 'early', 'scheduled',
]);

export const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

// Counts written as words: "three days ago", "a week later".
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);

// Normalisation that keeps every offset: each UTF-16 unit is replaced by exactly one unit, so an index into the
// normalised text is the same index into the original body.

const MAP: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\t': ' ', '\r': ' ', '\u000B': ' ', '\u000C': '\n', '\u2028': '\n', '\u2029': '\n', '\u200B': ' ', '\uFEFF': ' ',
};

const PATTERN = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');

export function normalise(body: string): string {
  return body.replace(PATTERN, (c) => MAP[c] ?? c);
}

/** Quote characters of the original text: which ones open, which close, which are ambiguous (straight). */
export function quoteRole(c: string): 'open' | 'close' | 'both' | null {
  if (c === '\u201C' || c === '\u00AB' || c === '\u201E') return 'open';
  if (c === '\u201D' || c === '\u00BB') return 'close';
  if (c === '"') return 'both';
  return null;
}

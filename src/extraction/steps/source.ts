// The publisher: agencies the text names, and the state whose press service published it (for "the Prime Minister").
import type { Context } from '../context.ts';
import { tokenise } from '../text/tokens.ts';

const AGENCIES: [RegExp, string][] = [
  [/\bBelTA\b/, 'BelTA'], [/\bTASS\b/, 'TASS'], [/\bRIA Novosti\b/, 'RIA Novosti'], [/\bInterfax\b/, 'Interfax'],
  [/\bXinhua\b/, 'Xinhua'], [/\bReuters\b/, 'Reuters'], [/\bKyodo\b/, 'Kyodo'], [/\bKazinform\b/, 'Kazinform'],
  [/\bAkorda\b/, 'Akorda'], [/\bAssociated Press\b/, 'Associated Press'], [/\bAFP\b/, 'AFP'],
  [/\bKremlin press service\b/, 'Kremlin press service'],
];

const ANY_AGENCY = new RegExp(AGENCIES.map(([re]) => re.source).join('|'), 'g');

// Publishers and site domains whose state is known.
const HOME: [RegExp, string][] = [
  [/belta|president\.gov\.by|\.by\b/i, 'BY'], [/kremlin|tass|ria\.ru|government\.ru|mid\.ru|\.ru\b/i, 'RU'],
  [/akorda|kazinform|\.kz\b/i, 'KZ'], [/kantei|mofa\.go\.jp|kyodo|\.jp\b/i, 'JP'], [/fmprc|xinhua|\.cn\b/i, 'CN'],
  [/gov\.uk|\.uk\b|downing street|number 10\b/i, 'GB'], [/white ?house|state\.gov|\.gov\b/i, 'US'], [/\.de\b|bundesregierung/i, 'DE'],
  [/[eé]lys[eé]e|\.fr\b/i, 'FR'], [/\.in\b|pmindia|mea\.gov\.in/i, 'IN'], [/\.ua\b/i, 'UA'], [/\.tr\b/i, 'TR'],
];

export const readSource = (ctx: Context): void => {
  const src = ctx.header.source ?? '';
  for (const [re, code] of HOME) {
    if (re.test(src)) {
      ctx.home = code;
      break;
    }
  }
  // Otherwise the first state the source line names: "Ministry of Foreign Affairs of the People's Republic of China".
  if (!ctx.home && src.length > 0) ctx.home = stateNamed(ctx, src.slice(0, 300));
  // One pass of one alternation over the source line and the body, instead of a pass per agency over a joined copy.
  const seen = new Set<string>();
  for (const text of [src, ctx.body.length > 200_000 ? ctx.body.slice(0, 200_000) : ctx.body]) {
    for (const m of text.matchAll(ANY_AGENCY)) seen.add(m[0]);
  }
  ctx.agencies = AGENCIES.filter(([re]) => [...seen].some((s) => re.test(s))).map(([, name]) => name);
};

function stateNamed(ctx: Context, line: string): string | null {
  const g = ctx.gazetteer;
  const tokens = tokenise(line);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.cap) continue;
    const m = g.match(tokens, i);
    for (const e of m?.entries ?? []) {
      if (e.type === 'country' || e.type === 'adjective') return g.countries[e.index]?.code ?? null;
    }
  }
  return null;
}

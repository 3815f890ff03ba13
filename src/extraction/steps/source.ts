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

// Publishers whose state is known by name, wherever the source line gives it (a site's name or the words after it).
const HOME: [RegExp, string][] = [
  [/belta/i, 'BY'], [/kremlin|\btass\b|ria\.ru|government\.ru|mid\.ru/i, 'RU'], [/akorda|kazinform/i, 'KZ'],
  [/kantei|mofa\.go\.jp|kyodo/i, 'JP'], [/fmprc|xinhua/i, 'CN'], [/downing street|number 10\b/i, 'GB'],
  [/white ?house/i, 'US'], [/bundesregierung/i, 'DE'], [/[eé]lys[eé]e/i, 'FR'], [/pmindia/i, 'IN'],
];

// Country-code domains sold to anyone (a ".tv" or ".io" site is seldom Tuvalu's or the Chagos'): they tell the
// publisher's state only on a government's host ("gov.me", "mfa.tv").
const OPEN_DOMAINS = new Set(['tv', 'io', 'co', 'me', 'fm', 'ai', 'to', 'ws', 'cc', 'gg', 'ly', 'nu', 'tk', 'la', 'im']);
const OFFICIAL_LABEL = /^(gov|gob|gouv|govt|government|go|gv|mfa|mofa|mid|president|presidency|prezident|pm|pmo|mil)$/;
// Top-level domains that are not ISO 3166 codes of their state.
const DOMAIN_CODES: Record<string, string> = { uk: 'GB', gov: 'US', mil: 'US' };

/** The state a site's host belongs to by its top-level domain: "dirco.gov.za" is South Africa's, "state.gov" the US'. */
export function hostState(host: string, known: (code: string) => boolean): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const top = labels.at(-1) ?? '';
  const code = DOMAIN_CODES[top] ?? (/^[a-z]{2}$/.test(top) ? top.toUpperCase() : null);
  if (!code || !known(code)) return null;
  if (OPEN_DOMAINS.has(top) && !labels.slice(0, -1).some((l) => OFFICIAL_LABEL.test(l))) return null;
  return code;
}

// An address, or a bare host opening the line ("gov.uk", "www.example.com.ph/news").
const URL_IN_LINE = /(?:\bhttps?:\/\/|^\s*)((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])[^\s]*/i;

export const readSource = (ctx: Context): void => {
  const src = ctx.header.source ?? '';
  // The site's own domain first: a named publisher elsewhere in the line may be the wire a site took the text from.
  const url = URL_IN_LINE.exec(src);
  if (url?.[1]) ctx.home = hostState(url[1], (code) => ctx.gazetteer.countryByCode(code) !== undefined);
  for (const [re, code] of HOME) {
    if (ctx.home) break;
    if (re.test(src)) ctx.home = code;
  }
  // Otherwise the first state the source line names outside its address: "(Ministry of Foreign Affairs of the
  // People's Republic of China)".
  const words = url ? src.replace(url[0], ' ') : src;
  if (!ctx.home && words.trim().length > 0) ctx.home = stateNamed(ctx, words.slice(0, 300));
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

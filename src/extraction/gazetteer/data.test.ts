import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './data/countries.ts';

// Words that must never be a name on their own: a lookup would fire on ordinary prose.
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'he', 'her', 'his', 'in', 'is', 'it',
  'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'they', 'this', 'to', 'us', 'was', 'we', 'were', 'will',
  'with', 'may', 'can', 'said', 'new', 'president', 'minister', 'prime', 'king', 'state', 'head', 'government',
]);
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
]);

/** Case- and diacritic-insensitive key, as a lookup would compare names. */
function key(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/i, '')
    .toLowerCase()
    .trim();
}

/** An all-capitals abbreviation ("US", "UK") is matched case-sensitively, so it may spell a common word. */
function isAbbreviation(s: string): boolean {
  return /^[A-Z.]{2,}$/.test(s);
}

const UN_MEMBERS = `AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO
  KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN
  ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
  NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
  ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM ZW`
  .split(/\s+/)
  .filter(Boolean);

describe('COUNTRIES', () => {
  const codes = COUNTRIES.map((c) => c.code);

  it('has unique ISO alpha-2 codes', () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers every UN member state, the observers, Kosovo and Taiwan', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const missing = [...UN_MEMBERS, 'VA', 'PS', 'XK', 'TW'].filter((c) => !codes.includes(c));
    expect(missing).toEqual([]);
  });

  it('gives no name, alias, adjective or capital to two countries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COUNTRIES) {
      for (const s of new Set([c.name, ...c.aliases, ...c.adjectives, ...c.capitals].map(key))) {
        const prev = owner.get(s);
        if (prev !== undefined && prev !== c.code) clashes.push(`${s}: ${prev} ${c.code}`);
        owner.set(s, c.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no empty strings, padded strings or stop-words among its names', () => {
    const bad: string[] = [];
    for (const c of COUNTRIES) {
      for (const s of [c.name, ...c.aliases, ...c.adjectives, ...c.capitals]) {
        if (s.trim() !== s || s.length < 2) bad.push(`${c.code}: "${s}"`);
        if (!isAbbreviation(s) && (STOP_WORDS.has(key(s)) || MONTHS.has(key(s)))) bad.push(`${c.code}: "${s}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('knows the press names readouts use', () => {
    const byName = (s: string) => COUNTRIES.find((c) => [c.name, ...c.aliases].some((a) => key(a) === key(s)))?.code;
    expect(byName('the U.S.')).toBe('US');
    expect(byName('Great Britain')).toBe('GB');
    expect(byName('Holland')).toBe('NL');
    expect(byName('Turkey')).toBe('TR');
    expect(byName('Czech Republic')).toBe('CZ');
    expect(byName('Ivory Coast')).toBe('CI');
    expect(byName('Burma')).toBe('MM');
    expect(byName('DPRK')).toBe('KP');
    expect(byName('Republic of Korea')).toBe('KR');
    expect(byName('Kyrgyz Republic')).toBe('KG');
    expect(byName('Byelorussia')).toBe('BY');
    const byCapital = (s: string) => COUNTRIES.find((c) => c.capitals.includes(s))?.code;
    expect(byCapital('Nur-Sultan')).toBe('KZ');
    expect(byCapital('Kiev')).toBe('UA');
    expect(byCapital('Ashkhabad')).toBe('TM');
    const byAdjective = (s: string) => COUNTRIES.find((c) => c.adjectives.includes(s))?.code;
    expect(byAdjective('Belorussian')).toBe('BY');
    expect(byAdjective('Kazakhstani')).toBe('KZ');
    expect(byAdjective('Emirati')).toBe('AE');
  });
});

import { describe, expect, it } from 'vitest';
import type { GazetteerPerson, GazetteerPosition } from './types.ts';
import { BODIES } from './data/bodies.ts';
import { CITIES } from './data/cities.ts';
import { COUNTRIES } from './data/countries.ts';
import { PEOPLE } from './data/people.ts';

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

// --- people ---

/** Aliases too ambiguous to name one person, whoever carries them (surnames shared by many, English words). */
const FORBIDDEN_ALIASES = new Set(['lee', 'kim', 'li', 'wang', 'park', 'moon', 'ban', 'chan', 'sun', 'may', 'zhang', 'hu', 'rahman', 'khan', 'ali', 'sharif']);
/** Latin-script aliases shorter than three letters are refused except these (a CJK name of two characters is fine). */
const SHORT_ALIASES = new Set(['xi']);
/** Offices that several people hold at once: no overlap check. */
const MULTI_HOLDER_ROLES = new Set(['Spokesperson', 'Deputy Prime Minister']);
/** Monarchs of one country are one office whatever the title (Queen Elizabeth II, then King Charles III). */
const MONARCH_ROLES = new Set(['King', 'Queen', 'Emperor', 'Emir', 'Sultan', 'Grand Duke', 'Prince']);

const countryCodes = new Set(COUNTRIES.map((c) => c.code));
const bodyNames = new Set(BODIES.map((b) => b.name));

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function officeKey(p: GazetteerPosition): string {
  const role = MONARCH_ROLES.has(p.role) ? 'monarch' : p.role;
  return `${p.country ?? '-'}|${p.body ?? '-'}|${role}`;
}

function inOffice(p: GazetteerPosition, day: string): boolean {
  return p.from <= day && (p.to === null || day <= p.to);
}

/** Everyone holding an office on a day (on a handover day, both holders). */
function holdersOn(country: string | null, role: string, day: string, body?: string): GazetteerPerson[] {
  return PEOPLE.filter((person) =>
    person.positions.some((p) => p.country === country && p.role === role && (body === undefined || p.body === body) && inOffice(p, day)),
  );
}

/** The one person to name for an office on a day: on a handover day, the incoming holder. */
function holderOn(country: string | null, role: string, day: string, body?: string): string | undefined {
  const all = holdersOn(country, role, day, body);
  const starting = all.filter((person) => person.positions.some((p) => p.country === country && p.role === role && p.from === day));
  return (starting[0] ?? all[0])?.name;
}

describe('PEOPLE', () => {
  it('has unique names', () => {
    const names = PEOPLE.map((p) => key(p.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has positions with known countries or bodies, valid dates and from <= to', () => {
    const bad: string[] = [];
    for (const person of PEOPLE) {
      if (person.positions.length === 0) bad.push(`${person.name}: no positions`);
      for (const p of person.positions) {
        const where = `${person.name} ${p.role} ${p.from}`;
        if (p.country === null ? p.body === undefined : !countryCodes.has(p.country)) bad.push(`${where}: country ${p.country}`);
        if (p.body !== undefined && !bodyNames.has(p.body)) bad.push(`${where}: body ${p.body}`);
        if (!isIsoDate(p.from)) bad.push(`${where}: from`);
        if (p.to !== null && !isIsoDate(p.to)) bad.push(`${where}: to`);
        if (p.to !== null && p.to < p.from) bad.push(`${where}: to ${p.to} before from`);
        if (p.role.trim() !== p.role || p.role === '') bad.push(`${where}: role`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives no alias to two people, and no alias that is a stop-word, a month, too short or ambiguous', () => {
    const owner = new Map<string, string>();
    const bad: string[] = [];
    for (const person of PEOPLE) {
      for (const alias of new Set([person.name, ...person.aliases])) {
        const k = key(alias);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== person.name) bad.push(`"${alias}": ${prev} / ${person.name}`);
        owner.set(k, person.name);
        if (alias.trim() !== alias) bad.push(`"${alias}": padded`);
        if (STOP_WORDS.has(k) || MONTHS.has(k) || FORBIDDEN_ALIASES.has(k)) bad.push(`"${alias}" (${person.name}): ambiguous`);
        if (/^[a-z]+$/.test(k) && k.length < 3 && !SHORT_ALIASES.has(k)) bad.push(`"${alias}" (${person.name}): too short`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never has two holders of one office on the same day, except on a handover day', () => {
    const terms = new Map<string, { name: string; from: string; to: string }[]>();
    for (const person of PEOPLE) {
      for (const p of person.positions) {
        if (MULTI_HOLDER_ROLES.has(p.role)) continue;
        const list = terms.get(officeKey(p)) ?? [];
        list.push({ name: person.name, from: p.from, to: p.to ?? '9999-12-31' });
        terms.set(officeKey(p), list);
      }
    }
    const overlaps: string[] = [];
    for (const [office, list] of terms) {
      const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const cur = sorted[i];
        // A handover day belongs to both holders; anything longer is an error in the data.
        if (prev !== undefined && cur !== undefined && prev.to > cur.from) {
          overlaps.push(`${office}: ${prev.name} (${prev.from}..${prev.to}) / ${cur.name} (${cur.from}..${cur.to})`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('knows who held office on the days of the fixtures and other well-known days', () => {
    expect(holderOn('BY', 'President', '2023-02-05')).toBe('Alexander Lukashenko');
    expect(holderOn('RU', 'President', '2023-02-05')).toBe('Vladimir Putin');
    expect(holderOn('RU', 'President', '2010-06-01')).toBe('Dmitry Medvedev');
    expect(holderOn('RU', 'Prime Minister', '2010-06-01')).toBe('Vladimir Putin');
    expect(holderOn('KZ', 'President', '2024-08-09')).toBe('Kassym-Jomart Tokayev');
    expect(holderOn('KZ', 'President', '2019-03-20')).toBe('Kassym-Jomart Tokayev');
    expect(holderOn('BY', 'Prime Minister', '2025-03-10')).toBe('Alexander Turchin');
    expect(holderOn('UA', 'President', '2014-03-01')).toBeUndefined();
    expect(holderOn(null, 'State Secretary', '2023-02-17', 'Union State')).toBe('Dmitry Mezentsev');
    expect(holderOn(null, 'Secretary General', '2020-06-01', 'United Nations')).toBe('António Guterres');
    expect(holderOn('US', 'President', '2023-02-05')).toBe('Joe Biden');
    expect(holderOn('US', 'President', '2022-10-25')).toBe('Joe Biden');
    expect(holderOn('JP', 'Prime Minister', '2024-08-09')).toBe('Fumio Kishida');
    // The fixture's call was on the day Rishi Sunak took office; Liz Truss left that morning.
    expect(holderOn('GB', 'Prime Minister', '2022-10-25')).toBe('Rishi Sunak');
    expect(holdersOn('GB', 'Prime Minister', '2022-10-25').map((p) => p.name).sort()).toEqual(['Liz Truss', 'Rishi Sunak']);
    expect(holderOn('GB', 'King', '2023-05-06')).toBe('King Charles III');
    expect(holderOn('DE', 'Chancellor', '2023-02-05')).toBe('Olaf Scholz');
    expect(holderOn('CN', 'President', '2023-02-05')).toBe('Xi Jinping');
    expect(holderOn(null, 'President', '2023-02-05', 'European Commission')).toBe('Ursula von der Leyen');
    expect(holderOn(null, 'Secretary General', '2023-02-05', 'North Atlantic Treaty Organization')).toBe('Jens Stoltenberg');
    // Earlier offices of people whose later office came first into the data.
    expect(holderOn('PL', 'Foreign Minister', '2010-06-01')).toBe('Radosław Sikorski');
    expect(holderOn('LV', 'Foreign Minister', '2019-03-01')).toBe('Edgars Rinkēvičs');
    expect(holderOn('MD', 'Foreign Minister', '2011-03-01')).toBe('Iurie Leancă');
    expect(holderOn('IL', 'Foreign Minister', '2022-01-10')).toBe('Yair Lapid');
    expect(holderOn('MN', 'Prime Minister', '2019-05-01')).toBe('Ukhnaagiin Khürelsükh');
    expect(holderOn('UZ', 'Foreign Minister', '2023-05-01')).toBe('Vladimir Norov');
    expect(holderOn('CH', 'President', '2018-05-01')).toBe('Alain Berset');
    expect(holderOn('CH', 'President', '2021-05-01')).toBe('Guy Parmelin');
  });

  it('names people by their usual aliases', () => {
    const byAlias = (s: string) => PEOPLE.find((p) => [p.name, ...p.aliases].some((a) => key(a) === key(s)))?.name;
    expect(byAlias('Aleksandr Lukashenko')).toBe('Alexander Lukashenko');
    expect(byAlias('Lukashenka')).toBe('Alexander Lukashenko');
    expect(byAlias('Лукашенко')).toBe('Alexander Lukashenko');
    expect(byAlias('Kassym-Jomart TOKAYEV')).toBe('Kassym-Jomart Tokayev');
    expect(byAlias('Mirziyoev')).toBe('Shavkat Mirziyoyev');
    expect(byAlias('Rakhmon')).toBe('Emomali Rahmon');
    expect(byAlias('Sadyr Zhaparov')).toBe('Sadyr Japarov');
    expect(byAlias('Pashinian')).toBe('Nikol Pashinyan');
    expect(byAlias('Erdogan')).toBe('Recep Tayyip Erdoğan');
    expect(byAlias('Xi')).toBe('Xi Jinping');
    expect(byAlias('KISHIDA Fumio')).toBe('Fumio Kishida');
    expect(byAlias('May')).toBeUndefined();
    expect(byAlias('Kim')).toBeUndefined();
    // Two unrelated Japarovs, father and son Berdimuhamedovs: the bare surname names nobody.
    expect(byAlias('Japarov')).toBeUndefined();
    expect(byAlias('Berdimuhamedov')).toBeUndefined();
  });
});

// --- bodies ---

describe('BODIES', () => {
  it('gives no name or alias to two bodies', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of BODIES) {
      for (const s of new Set([b.name, ...b.aliases].map(key))) {
        const prev = owner.get(s);
        if (prev !== undefined && prev !== b.name) clashes.push(`${s}: ${prev} / ${b.name}`);
        owner.set(s, b.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has parents that exist and members that are countries', () => {
    const bad: string[] = [];
    for (const b of BODIES) {
      if (b.parent !== undefined && !bodyNames.has(b.parent)) bad.push(`${b.name}: parent ${b.parent}`);
      if (b.parent === b.name) bad.push(`${b.name}: its own parent`);
      for (const m of b.members ?? []) if (!countryCodes.has(m)) bad.push(`${b.name}: member ${m}`);
      for (const s of [b.name, ...b.aliases]) if (s.trim() !== s || s.length < 2) bad.push(`${b.name}: "${s}"`);
    }
    expect(bad).toEqual([]);
  });

  it('knows the bodies of the Union State and the EAEU', () => {
    const parentOf = (s: string) => BODIES.find((b) => [b.name, ...b.aliases].some((a) => key(a) === key(s)))?.parent;
    expect(parentOf('Supreme State Council')).toBe('Union State');
    expect(parentOf('Union State Council of Ministers')).toBe('Union State');
    expect(parentOf('Supreme Eurasian Economic Council')).toBe('Eurasian Economic Union');
    expect(parentOf('CSTO Collective Security Council')).toBe('Collective Security Treaty Organization');
  });
});

// --- cities ---

describe('CITIES', () => {
  const countryKeys = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives, ...c.capitals]).map(key));

  it('repeats no capital, country or adjective, names no city twice, and belongs to known states', () => {
    const owner = new Map<string, string>();
    const bad: string[] = [];
    for (const c of CITIES) {
      if (!COUNTRIES.some((x) => x.code === c.country)) bad.push(`${c.name}: country ${c.country}`);
      for (const s of new Set([c.name, ...c.aliases])) {
        const k = key(s);
        if (countryKeys.has(k)) bad.push(`${s}: also a country, capital or adjective`);
        if (STOP_WORDS.has(k) || MONTHS.has(k) || s.trim() !== s || s.length < 3) bad.push(`${s}: stop-word, month, padded or short`);
        const prev = owner.get(k);
        if (prev !== undefined && prev !== c.name) bad.push(`${s}: ${prev} / ${c.name}`);
        owner.set(k, c.name);
      }
    }
    expect(bad).toEqual([]);
  });

  it('knows the cities where summits and visits are held outside capitals', () => {
    const countryOf = (s: string) => CITIES.find((c) => [c.name, ...c.aliases].some((a) => key(a) === key(s)))?.country;
    expect(countryOf('Saint Petersburg')).toBe('RU');
    expect(countryOf('Samarkand')).toBe('UZ');
    expect(countryOf('Davos')).toBe('CH');
    expect(countryOf('Camp David')).toBe('US');
    expect(countryOf('Hrodna')).toBe('BY');
    expect(countryOf('Dushanbe')).toBeUndefined();
    expect(CITIES.length).toBeGreaterThan(300);
  });
});

// Binds offices to the names beside them ("Russian President Vladimir Putin", "KISHIDA Fumio, Prime Minister of
// Japan"), resolves offices named alone to whoever held them on the reference date, finds people outside the
// gazetteer by pattern, and resolves pronouns to the last person named.
import { indexMentions } from '../context.ts';
import type { Context, Mention, PersonRef } from '../context.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import { ROLE_FIRST_WORDS, STYLES } from './roles.ts';
import { REGIONS } from './triggers.ts';
import { givenNameSyllable, HEADLINE_WORDS, NAME_PARTICLES } from './mentions.ts';
import type { Token } from '../text/tokens.ts';
import { isNameAbbreviation } from '../text/sentences.ts';

const SINGLE_STATE_OFFICES: Record<string, string> = { Emperor: 'JP', Empress: 'JP', Taoiseach: 'IE' };

// Words of address between an office and the name ("President His Highness Sheikh Mohamed bin Zayed").
const ADDRESS = new Set(['his', 'her', 'sheikh', 'sheik', 'shaikh', 'dr', 'mr', 'ms', 'mrs']);

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'said', 'says', 'told']);

// Month words that are given names too: "President Jan Novak", "Prime Minister June Ellis".
const GIVEN_MONTHS = new Set(['jan', 'april', 'june', 'august', 'may', 'mar']);

/** A month word right after an office that another name word follows on: a given name, not a date ("Jan. 5" is one). */
function givenNameMonth(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return !!t && !!next && t.cap && GIVEN_MONTHS.has(t.key) && next.spaceBefore && !next.lineBefore && nameWord(next);
}

function nameWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.cap && !STOP.has(t.key) && !STYLES.has(t.key) && !ADDRESS.has(t.key) && !HEADLINE_WORDS.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key);
}

export const resolveMentions = (ctx: Context): void => {
  const { tokens, mentions, gazetteer: g } = ctx;
  const byTok = new Map<number, Mention>();
  for (const m of mentions) byTok.set(m.tokStart, m);
  const added: Mention[] = [];
  const before_ = namedBefore(ctx, mentions);
  const isPlace = (m: Mention | undefined): m is Mention => !!m && (m.kind === 'country' || m.kind === 'adjective');
  // Tokens inside a mention, for names read backwards from an office.
  const covered = new Uint8Array(tokens.length + 1);
  for (const m of mentions) covered.fill(1, m.tokStart, m.tokEnd);

  for (let idx = 0; idx < mentions.length; idx++) {
    const r = mentions[idx];
    if (!r || r.kind !== 'role') continue;
    const plural = r.surface.endsWith('s') && !r.surface.endsWith('ss');
    const roleName = plural ? r.surface.slice(0, -1) : r.surface;
    let countries: string[] = [];
    let bodyName: string | null = null;
    // Of an organisation the gazetteer does not know, or with a portfolio ("Commissioner for Trade"): no state's office.
    let organisation = false;
    // Before: "Russian President", "Japan's Prime Minister", "US Secretary of State".
    const before = mentions[idx - 1];
    if (isPlace(before) && before.tokEnd === r.tokStart && before.country) countries.push(before.country);
    else if (isPlace(before) && before.tokEnd === r.tokStart - 1 && tokens[r.tokStart - 1]?.text === '-' && before.country) countries.push(before.country);
    // After: "of Belarus and Russia", "of the Republic of Kazakhstan", "of the European Commission".
    let j = r.tokEnd;
    if (tokens[j]?.key === 'of' && !tokens[j]?.lineBefore) {
      let k = j + 1;
      if (tokens[k]?.key === 'the') k++;
      const list: string[] = [];
      let end = -1;
      for (let guard = 0; guard < 8; guard++) {
        const m = byTok.get(k);
        if (m && (m.kind === 'country' || m.kind === 'capital') && m.country) {
          list.push(m.country);
          end = m.tokEnd;
          k = m.tokEnd;
          const sep = tokens[k]?.key;
          if (sep === 'and' || sep === ',') {
            k++;
            if (tokens[k]?.key === 'the') k++;
            continue;
          }
        } else if (list.length > 0 && regionAt(tokens, k)) {
          // "Presidents of Bulgaria, Romania, the Baltic and the Visegrad Group countries": a region's states.
          const region = regionAt(tokens, k);
          if (!region) break;
          for (const c of region.states) if (!list.includes(c)) list.push(c);
          end = region.end;
          k = region.end;
          const sep = tokens[k]?.key;
          if (sep === 'and' || sep === ',') {
            k++;
            if (tokens[k]?.key === 'the') k++;
            continue;
          }
        } else if (m && m.kind === 'body' && list.length === 0) {
          bodyName = g.bodies[m.body]?.name ?? null;
          end = m.tokEnd;
        }
        break;
      }
      // "the director general of the Food and Agriculture Organization (FAO), Name", "the President of the New
      // Development Bank Name": an organisation the gazetteer does not know, or knows only in part, before the holder.
      const org = list.length === 0 && !plural && ORGANISATION_OFFICES.has(roleName) ? organisationEnd(tokens, j + 1, byTok) : -1;
      if (org > end) {
        end = org;
        organisation = true;
      }
      // "Mayor of Wollongong Karen Lee", "Governor of Guangdong Province Wang Lin": a place or body the gazetteer does
      // not know, written between a local office and the holder's name.
      if (end < 0 && LOCAL_OFFICES.has(roleName) && !plural) end = unknownPlaceEnd(tokens, j + 1);
      if (end > 0) {
        countries = list.length > 0 ? list : countries;
        r.tokEnd = end;
        r.end = tokens[end - 1]?.end ?? r.end;
        j = end;
      }
    }
    // "the Commissioner for Trade, Name", "the commissioner for the internal market, Name": a portfolio up to a comma.
    // "the Minister of Trade and Industry, Name", "the Minister for Women, Name": a ministry the role list does not spell
    // out, capitalised, not a state or body the gazetteer knows (those were read above).
    const ministry = MINISTRY_OFFICES.has(roleName) && (tokens[j]?.key === 'of' || tokens[j]?.key === 'for') && !!tokens[j + 1]?.cap && !byTok.has(j + 1);
    if (((PORTFOLIO_OFFICES.has(roleName) && tokens[j]?.key === 'for') || ministry) && !plural) {
      const comma = ministry ? ministryEnd(tokens, j + 1) : portfolioEnd(tokens, j + 1);
      if (comma > 0) {
        r.tokEnd = comma;
        r.end = tokens[comma - 1]?.end ?? r.end;
        j = comma;
        organisation = true;
      }
    }
    // "the Ambassador of France to Uzbekistan, X", "Japanese Ambassador to Kenya X": the receiving state is no part of
    // the envoy's name nor their state.
    if (ENVOYS.has(roleName) && tokens[j]?.key === 'to') {
      const m = byTok.get(j + 1) ?? (tokens[j + 1]?.key === 'the' ? byTok.get(j + 2) : undefined);
      if (m && (m.kind === 'country' || m.kind === 'body')) j = m.tokEnd;
    }
    const country = countries[0] ?? null;
    r.country = country;
    // "the President's Media Division", "the Prime Minister's adviser X": what follows an office in the possessive is
    // something of its holder's, not the holder's name. The office itself still resolves below.
    const possessive = tokens[j - 1]?.possessive === true;
    // "representatives of the Georgian President's Administration", "the Prime Minister's diplomatic office": an office
    // in the possessive before an institution or staff names that institution; its holder is not named as a person.
    if (possessive && institutionAfter(tokens, j)) {
      r.kind = 'bound';
      continue;
    }
    // A name right after: "President Vladimir Putin", "the President of the United States, Joe Biden"; an acronym in
    // brackets may stand between ("the Secretary General of the Organisation of X States (OXS), Ana Duarte").
    let k = j;
    if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 1]?.type === 'word' && tokens[k + 1]?.text === tokens[k + 1]?.text.toUpperCase() && tokens[k + 3]?.text === ',') k += 3;
    // "President-elect Ana Duarte": the office to come, named before its holder-to-be.
    const elect = tokens[k]?.text === '-' && tokens[k + 1]?.key === 'elect';
    if (elect) k += 2;
    if (tokens[k]?.text === ',') k++;
    // "H.E. X" skips the dots of a style, but "the Prime Minister of Nepal. Dahal …" ends at the full stop.
    const sentence = ctx.sentenceOf[r.tokStart];
    while (tokens[k] && ctx.sentenceOf[k + 1] === sentence && (ADDRESS.has(tokens[k]?.key ?? '') || STYLES.has(tokens[k]?.key ?? '') || tokens[k]?.text === '.' || (tokens[k]?.key === 'h' && tokens[k + 1]?.text === '.') || tokens[k]?.key === 'e')) k++;
    // "the former President of Peru, José Ana Duarte": a first name the gazetteer lacks before a name it knows.
    const known = byTok.get(k + 1);
    const after = possessive ? undefined : (byTok.get(k) ?? (nameWord(tokens[k]) && !tokens[k + 1]?.lineBefore && known?.kind === 'person' ? known : undefined));
    if (after && after.kind === 'person' && !plural) {
      bind(after, elect ? `${roleName}-elect` : roleName, country);
      r.kind = 'bound';
      continue;
    }
    // A name right before, in apposition: "KISHIDA Fumio, Prime Minister of Japan".
    const prevTok = r.tokStart - 1;
    const beforeTok = tokens[prevTok]?.text === ',' ? prevTok : -1;
    if (beforeTok >= 0 && !plural) {
      const m = mentions.slice(Math.max(0, idx - 2), idx).reverse().find((x) => x.kind === 'person' && x.tokEnd === beforeTok);
      if (m) {
        bind(m, roleName, country);
        r.kind = 'bound';
        continue;
      }
    }
    // A name not in the gazetteer in apposition before the office of a state or body: "Thandiwe Mokoena, Foreign
    // Minister of South Africa, …", "Ana Duarte, the President of the Republic of Mozambique", "Ana Duarte, the
    // Portuguese Commissioner for Cohesion".
    if (!plural && (countries.length > 0 || bodyName || organisation)) {
      const first = isPlace(before) && before.tokEnd === r.tokStart ? before.tokStart : r.tokStart;
      const comma = tokens[first - 1]?.text === ',' ? first - 1 : tokens[first - 1]?.key === 'the' && tokens[first - 2]?.text === ',' ? first - 2 : -1;
      const from = comma > 0 ? nameRunBefore(tokens, comma, covered) : -1;
      if (from >= 0) {
        const surface = ctx.body.slice(tokens[from]?.start ?? 0, tokens[comma - 1]?.end ?? 0);
        const person: PersonRef = { person: -1, name: surface, role: roleName, country };
        added.push({ kind: 'person', start: tokens[from]?.start ?? 0, end: tokens[comma - 1]?.end ?? 0, tokStart: from, tokEnd: comma, people: [person], country, body: -1, surface, quoted: r.quoted });
        if (tokens[r.tokStart - 1]?.key !== 'former') before_.note(idx, person);
        r.kind = 'bound';
        continue;
      }
    }
    // A name not in the gazetteer: two to five name words after the office, with particles, hyphens and initials.
    if (!plural && !possessive && (nameWord(tokens[k]) || givenNameMonth(tokens, k)) && !byTok.has(k) && !tokens[k]?.lineBefore) {
      let end = nameRunEnd(tokens, k, byTok);
      // "Crown Prince Al-Muhtadi Billah Sultan Hassan Bolkiah": a known name written right on (no comma between) is the
      // end of this one (a son named with his father's name), not a second person.
      const on = end > 0 ? byTok.get(end) : undefined;
      if (on && on.kind === 'person' && tokens[end]?.spaceBefore && !tokens[end]?.lineBefore) {
        on.kind = 'bound';
        on.people = [];
        end = on.tokEnd;
      }
      if (end > 0) {
        const surface = ctx.body.slice(tokens[k]?.start ?? 0, tokens[end - 1]?.end ?? 0);
        // "Prime Minister Kenji Sato's visit": the name without the possessive.
        const person: PersonRef = { person: -1, name: surface.replace(/['’]s$/, ''), role: elect ? `${roleName}-elect` : roleName, country: country ?? stateAfter(tokens, end, byTok) };
        added.push({ kind: 'person', start: tokens[k]?.start ?? 0, end: tokens[end - 1]?.end ?? 0, tokStart: k, tokEnd: end, people: [person], country, body: -1, surface, quoted: r.quoted });
        if (tokens[r.tokStart - 1]?.key !== 'former') before_.note(idx, person);
        r.kind = 'bound';
        continue;
      }
    }
    // The office alone: whoever held it on the reference date, for the state named or the publisher's state.
    // "The Prime Minister" alone is the publisher's; "the presidents" alone is a group, resolved with the event.
    // "The President thanked the Chancellor": an office alone is the person named with it before, unless the
    // publisher's own holder of it is named too ("the President" in a Kremlin readout of a call of two presidents).
    // "the former President of Honduras", "ex-Prime Minister": not whoever holds the office now.
    const former = tokens[r.tokStart - 1]?.key === 'former' || (tokens[r.tokStart - 1]?.text === '-' && tokens[r.tokStart - 2]?.key === 'ex');
    // An office of an organisation the gazetteer does not know, its holder not named: nobody the text names.
    if (former || elect || organisation) {
      r.kind = 'bound';
      continue;
    }
    if (countries.length === 0 && !bodyName && !plural) {
      const back = before_.lookup(idx, roleName, tokens[r.tokStart - 1]?.key === 'the');
      if (back) {
        r.people.push(back);
        r.country = back.country;
        continue;
      }
    }
    const states = countries.length > 0 ? countries : bodyName ? [null] : plural ? [] : [ctx.home];
    for (const c of states) {
      if (c === null && !bodyName) continue;
      const holder = g.holders(roleName, c ?? bodyName, ctx.reference)[0];
      if (holder) r.people.push({ person: g.people.indexOf(holder), name: holder.name, role: roleName, country: c ?? null });
    }
    // An office only one state has ("the Emperor", "the Taoiseach") names its holder whoever publishes.
    const only = countries.length === 0 && !bodyName && !plural && r.people.length === 0 ? SINGLE_STATE_OFFICES[roleName] : undefined;
    const holder = only ? g.holders(roleName, only, ctx.reference)[0] : undefined;
    if (only && holder) {
      r.people.push({ person: g.people.indexOf(holder), name: holder.name, role: roleName, country: only });
      r.country = only;
    }
    if (plural && r.people.length === 0) r.kind = 'group';
  }
  portfolioHolders(ctx, byTok, added);
  if (added.length > 0) {
    mentions.push(...added);
    mentions.sort((a, b) => a.start - b.start);
  }
  surnamesOfPatternPeople(ctx);
  // Pronouns: "he" and "she" are the subject of their sentence when a person opens it ("Lukashenko plans to meet Putin,
  // as he told reporters"), else of the last sentence that named someone; other forms are the last single person named.
  let last: PersonRef | null = null;
  let subject: PersonRef | null = null;
  let previousSubject: PersonRef | null = null;
  // "At the airport, he was welcomed by X": a pronoun before anyone named is the sentence's subject for the sentences
  // after it (within its own sentence, a later "he" is still the nearest subject named).
  let opening: PersonRef | null = null;
  let sentence = -1;
  for (const m of mentions) {
    const s = ctx.sentenceOf[m.tokStart] ?? 0;
    if (s !== sentence) {
      if (opening || subject) previousSubject = opening ?? subject;
      opening = null;
      // "She is touring Norway at the invitation of King X": a sentence opened by "He" or "She" (no mention of
      // its own) keeps the subject before it; X is not who "he" means in the next sentence.
      const opener = ctx.tokens[ctx.sentences[s]?.tokStart ?? -1];
      subject = opener && opener.cap && (opener.key === 'he' || opener.key === 'she') ? previousSubject : null;
      sentence = s;
    }
    if ((m.kind === 'person' || m.kind === 'role') && m.people.length === 1 && !m.quoted) {
      last = m.people[0] ?? null;
      // "According to Lu, Xi was invited …": the source of a report is not the subject of its sentence.
      const source = tokens[m.tokStart - 1]?.key === 'to' && tokens[m.tokStart - 2]?.key === 'according';
      if (!source) subject ??= last;
    } else if (m.kind === 'pronoun') {
      const form = m.surface.toLowerCase();
      const nominative = form === 'he' || form === 'she';
      // "A welcomed him at the airport": an object pronoun is not the subject of its own clause (that would be "himself").
      const object: boolean = (form === 'him' || (form === 'her' && OBJECT_AFTER.has(tokens[m.tokEnd]?.key ?? tokens[m.tokEnd]?.text ?? ''))) && !!subject && last === subject;
      const p: PersonRef | null = nominative ? (subject ?? previousSubject ?? last) : object ? (previousSubject ?? last) : last;
      if (p) m.people = [p];
      if (nominative && p && !subject) opening ??= p;
    }
  }
};

// Words after "her" that make it the object of a verb, not a possessive before a noun.
const OBJECT_AFTER = new Set(['.', ',', ';', 'at', 'to', 'on', 'in', 'for', 'with', 'and', 'as', 'by', 'from', 'during', 'upon']);

/**
 * People found by pattern are later named by surname alone ("Prime Minister Kishida"): bind those words too. So is a
 * gazetteer person named in full and later by the first word of that name, as Malay, Indonesian, Thai and many Arab
 * names are shortened ("Prime Minister Nur Hakim Rashid … Nur Hakim said", "Sheikh Saud bin Khalid … Saud told"),
 * when no other person named in the text starts with that word.
 */
function surnamesOfPatternPeople(ctx: Context): void {
  const { tokens, mentions } = ctx;
  const words = new Map<string, PersonRef>();
  const firstWords = new Map<string, PersonRef | null>();
  for (const m of mentions) {
    const p = m.people[0];
    if (m.kind !== 'person' || !p) continue;
    if (p.person >= 0) {
      const first = tokens[m.tokStart];
      if (m.tokEnd - m.tokStart < 2 || !first || !nameWord(first) || first.text.length < 3 || ROLE_FIRST_WORDS.has(first.key)) continue;
      const seen = firstWords.get(first.key);
      firstWords.set(first.key, seen === undefined || seen?.person === p.person ? p : null);
      continue;
    }
    // A fuller name keeps its words: "Henrik Aalto" before "Mr Aalto" leaves "aalto" to the full name.
    for (const t of tokens.slice(m.tokStart, m.tokEnd)) {
      const had = words.get(t.key);
      if (t.type === 'word' && t.text.length >= 3 && !(had && had.name.length > p.name.length)) words.set(t.key, p);
    }
  }
  // "Mr Aalto", "Dr Aalto" after "Henrik Aalto": the honorific made a person of the surname alone; it is the one named
  // in full before.
  for (const m of mentions) {
    const p = m.people[0];
    if (m.kind !== 'person' || !p || p.person >= 0 || m.tokEnd - m.tokStart !== 1) continue;
    const full = words.get(tokens[m.tokStart]?.key ?? '');
    if (full && full !== p && full.name.endsWith(` ${p.name}`)) m.people = [full];
  }
  for (const [k, p] of firstWords) if (p && !words.has(k)) words.set(k, p);
  if (words.size === 0) return;
  const roleEndingAt = indexMentions(mentions.filter((m) => m.kind === 'role'), tokens.length, 'end');
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) taken.add(i);
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.cap || taken.has(i)) continue;
    const p = words.get(t.key);
    if (!p) continue;
    const before = roleEndingAt.get(i);
    const role = before && before.kind === 'role' ? before : undefined;
    if (role) {
      role.kind = 'bound';
      p.role = p.role ?? role.surface;
      p.country = p.country ?? role.country;
    }
    added.push({ kind: 'person', start: t.start, end: t.end, tokStart: i, tokEnd: i + 1, people: [p], country: null, body: -1, surface: t.text, quoted: false });
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * The end of a name written from token k, or -1 when it has fewer than two name words: capitalised words, particles
 * before a name word ("Pieter van der Linden", "Faisal al-Hakim", "Khalid bin Saeed Al Mansoori"), hyphenated parts
 * ("Jean-Luc Moreau-Dubois", "Kang Kyung-wha") and initials ("S. R. Venkatesh"). Stops at a name the gazetteer knows.
 */
function nameRunEnd(tokens: readonly Token[], k: number, taken: { has(tok: number): boolean }): number {
  const word = (i: number): boolean => nameWord(tokens[i]) && !taken.has(i) && !tokens[i]?.lineBefore;
  let end = k + 1;
  let words = 1;
  for (;;) {
    const t = tokens[end];
    if (!t || t.lineBefore) break;
    // An initial's full stop: "S. R. Venkatesh".
    if (t.text === '.' && !t.spaceBefore && (tokens[end - 1]?.text.length === 1 || isNameAbbreviation(tokens[end - 1])) && word(end + 1)) {
      end++;
      continue;
    }
    // A hyphenated part: in capitals, "Moreau-Dubois", "al-Hakim"; or the lower-case syllable of a given name after two
    // name words, "Park Min-soo", "Kang Kyung-wha" (not "-led", "-era", "-backed": givenNameSyllable).
    const part = tokens[end + 1];
    const syllable = words >= 2 && givenNameSyllable(tokens, end + 1);
    if (t.text === '-' && !t.spaceBefore && part?.type === 'word' && !part.spaceBefore && !taken.has(end + 1) && (part.cap || syllable)) {
      words++;
      end += 2;
      continue;
    }
    // Particles before a name word: "van der", "bin", "al-", "da".
    let p = end;
    while (NAME_PARTICLES.has(tokens[p]?.key ?? '') && tokens[p]?.spaceBefore && !taken.has(p) && p - end < 2) p++;
    if (p > end && (word(p) || (tokens[p]?.text === '-' && word(p + 1)))) {
      end = p;
      continue;
    }
    if (words >= 5 || !word(end) || !t.spaceBefore) break;
    end++;
    words++;
  }
  return words >= 2 ? end : -1;
}

/**
 * The first token of a name that ends right before token `comma`, read backwards over name words, particles, hyphens and
 * initials, or -1: two name words at least, nothing of a mention, and the run whole (no capitalised word before it).
 */
function nameRunBefore(tokens: readonly Token[], comma: number, covered: Uint8Array): number {
  let s = comma;
  while (s > 0 && comma - s < 8) {
    const t = tokens[s - 1];
    if (!t || covered[s - 1] || tokens[s]?.lineBefore) break;
    const part = nameWord(t) || (NAME_PARTICLES.has(t.key) && !t.cap) || t.text === '-' || (t.text === '.' && tokens[s - 2]?.text.length === 1);
    if (!part) break;
    s--;
  }
  while (s < comma && !nameWord(tokens[s])) s++;
  if (s >= comma || (s > 0 && nameWord(tokens[s - 1]) && !covered[s - 1])) return -1;
  return nameRunEnd(tokens, s, { has: (i) => covered[i] === 1 }) === comma ? s : -1;
}

// Offices of a place or body that the gazetteer may not know ("Mayor of <any city>").
const LOCAL_OFFICES = new Set(['Mayor', 'Governor', 'Secretary General', 'Chairman']);
const ORGANISATION_OFFICES = new Set(['President', 'Vice President', 'Secretary General', 'Director General', 'Chairman', 'Commissioner', 'Speaker']);
const PORTFOLIO_OFFICES = new Set(['Commissioner']);
const MINISTRY_OFFICES = new Set(['Minister', 'Deputy Minister', 'Assistant Minister', 'Minister of State', 'Secretary of State']);
// Head nouns that end an organisation's name ("… Development Bank", "… Agriculture Organization").
const ORGANISATION_HEADS = new Set([
  'organization', 'organisation', 'bank', 'fund', 'commission', 'committee', 'council', 'union', 'agency', 'programme',
  'program', 'institute', 'forum', 'secretariat', 'community', 'authority', 'association', 'federation', 'league', 'court',
  'assembly', 'alliance', 'movement', 'foundation', 'cooperation',
]);
const ORGANISATION_JOINERS = new Set(['of', 'and', 'for', '&', 'on']);

/**
 * The end of an organisation's name written from token k after an office and "of", when the gazetteer does not know it
 * whole: capitalised words, known bodies and places, joined by "of", "and", "for", ending in a head noun ("Bank",
 * "Organization") or a known body, and followed by "(FAO)," or "," or the holder's name (two to five name words).
 * -1 otherwise.
 */
function organisationEnd(tokens: readonly Token[], k: number, byTok: { get(tok: number): Mention | undefined }): number {
  if (tokens[k]?.key === 'the') k++;
  let i = k;
  let head = -1;
  let words = 0;
  const heads: number[] = [];
  while (i < k + 16) {
    const t = tokens[i];
    if (!t || (i > k && t.lineBefore)) break;
    const m = byTok.get(i);
    if (m && m.kind !== 'body' && m.kind !== 'country' && m.kind !== 'adjective' && m.kind !== 'city' && m.kind !== 'capital') break;
    if (m) {
      i = m.tokEnd;
      words++;
      if (m.kind === 'body') heads.push((head = i));
      continue;
    }
    if (t.type === 'word' && t.cap && !STOP.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key)) {
      i++;
      words++;
      if (ORGANISATION_HEADS.has(t.key)) heads.push((head = i));
      continue;
    }
    // "of", "and", "of the" before a capitalised word.
    const next = tokens[i + 1]?.key === 'the' ? tokens[i + 2] : tokens[i + 1];
    if (ORGANISATION_JOINERS.has(t.key) && next?.cap && i > k) {
      i += tokens[i + 1]?.key === 'the' ? 2 : 1;
      continue;
    }
    break;
  }
  if (words === 0) return -1;
  // Up to a bracketed acronym or a comma: the whole run, when it ends in a head or a name follows the comma ("the
  // Speaker of the Storting, Eva Dahl").
  if ((tokens[i]?.text === '(' || tokens[i]?.text === ',') && (head === i || (tokens[i]?.text === ',' && !byTok.get(i + 1) && nameRunEnd(tokens, i + 1, { has: (n) => !!byTok.get(n) }) > 0))) return i;
  if (head < 0) return -1;
  // "Bank Dilma Vana Rousseff": the name after the last head.
  const rest = i - head;
  return rest >= 2 && rest <= 5 && tokens.slice(head, i).every((t) => nameWord(t)) ? head : -1;
}

/**
 * "the Commissioners for Trade, Ana Duarte, and for Energy, Ivo Petrov": each portfolio of a plural office, then its
 * holder. Each portfolio becomes an office without a name (a title a list may carry), each holder a person with the
 * office; a holder the gazetteer knows keeps its entry.
 */
function portfolioHolders(ctx: Context, byTok: ReadonlyMap<number, Mention>, added: Mention[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.key !== 'commissioners' || tokens[i + 1]?.key !== 'for') continue;
    let k = i + 1;
    let from = i;
    while (tokens[k]?.key === 'for') {
      const comma = portfolioEnd(tokens, k + 1);
      if (comma < 0 || tokens[comma]?.text !== ',') break;
      const title = ctx.body.slice(tokens[from]?.start ?? 0, tokens[comma - 1]?.end ?? 0);
      added.push({ kind: 'bound', start: tokens[from]?.start ?? 0, end: tokens[comma - 1]?.end ?? 0, tokStart: from, tokEnd: comma, people: [], country: null, body: -1, surface: title, quoted: false });
      let n = comma + 1;
      const known = byTok.get(n);
      if (known && known.kind === 'person') {
        bind(known, 'Commissioner', null);
        n = known.tokEnd;
      } else {
        const end = byTok.has(n) ? -1 : nameRunEnd(tokens, n, byTok);
        if (end < 0) break;
        const surface = ctx.body.slice(tokens[n]?.start ?? 0, tokens[end - 1]?.end ?? 0);
        added.push({ kind: 'person', start: tokens[n]?.start ?? 0, end: tokens[end - 1]?.end ?? 0, tokStart: n, tokEnd: end, people: [{ person: -1, name: surface, role: 'Commissioner', country: null }], country: null, body: -1, surface, quoted: false });
        n = end;
      }
      if (tokens[n]?.text === ',') n++;
      if (tokens[n]?.key === 'and') n++;
      k = from = n;
    }
  }
}

/**
 * "for Trade, ", "for the internal market.": a portfolio of up to eight words ending at a comma or the end of the
 * sentence; the index of that mark, or -1.
 */
function portfolioEnd(tokens: readonly Token[], k: number): number {
  for (let i = k; i < k + 9; i++) {
    const t = tokens[i];
    if (!t || (i > k && t.lineBefore)) return -1;
    if (t.text === ',' || t.text === '.' || t.text === ';') return i > k ? i : -1;
    if (t.type !== 'word' && t.text !== '-') return -1;
  }
  return -1;
}
/**
 * The end of a ministry written from k, the words of portfolios joined by "and", "of", "the": at a comma with a name
 * after it ("Minister for Women, Name") or where the holder's name begins ("Minister of Trade and Industry Name").
 * Another office among them ("Minister for Trade and Minister of Agriculture Name") or any other word ends nothing.
 */
function ministryEnd(tokens: readonly Token[], k: number): number {
  let i = k;
  while (i < k + 8 && tokens[i] && !(i > k && tokens[i]?.lineBefore)) {
    const t = tokens[i];
    if (t?.cap && PORTFOLIO_WORDS.has(t.key)) i++;
    else if (i > k && (t?.key === 'and' || t?.key === 'of' || t?.key === 'the' || t?.text === '&') && tokens[i + 1]?.cap) i++;
    else break;
  }
  if (i === k) return -1;
  const named = (n: number): boolean => nameWord(tokens[n]) && nameWord(tokens[n + 1]);
  return (tokens[i]?.text === ',' && named(i + 1)) || (tokens[i]?.spaceBefore && named(i)) ? i : -1;
}
// Words of ministries' portfolios ("Trade and Industry", "Women, Family and Social Affairs"), for offices the role list
// does not spell out whole.
const PORTFOLIO_WORDS = new Set([
  'trade', 'industry', 'industries', 'commerce', 'investment', 'economy', 'economic', 'finance', 'planning', 'budget',
  'women', 'gender', 'family', 'children', 'youth', 'sport', 'sports', 'culture', 'tourism', 'heritage', 'arts',
  'health', 'education', 'science', 'technology', 'innovation', 'research', 'higher', 'labour', 'labor', 'employment',
  'social', 'welfare', 'protection', 'agriculture', 'fisheries', 'forestry', 'livestock', 'food', 'water', 'irrigation',
  'environment', 'climate', 'energy', 'mines', 'mining', 'minerals', 'petroleum', 'oil', 'gas', 'transport',
  'transportation', 'infrastructure', 'works', 'public', 'housing', 'lands', 'land', 'urban', 'rural', 'development',
  'local', 'government', 'communications', 'information', 'digital', 'media', 'justice', 'legal', 'home', 'internal',
  'interior', 'security', 'defence', 'defense', 'veterans', 'foreign', 'external', 'affairs', 'international', 'cooperation',
  'relations', 'regional', 'integration', 'european', 'diaspora', 'export', 'exports', 'growth', 'small', 'business',
  'enterprise', 'enterprises', 'aviation', 'maritime', 'ports', 'roads', 'railways', 'telecommunications', 'post',
  'emergency', 'emergencies', 'disaster', 'management', 'human', 'resources', 'rights', 'religious',
]);
// Heads that end the name of a place or body ("Guangdong Province", "Lagos State", "Tver Region").
const PLACE_HEADS = new Set(['province', 'region', 'state', 'oblast', 'county', 'prefecture', 'governorate', 'territory', 'district', 'city', 'municipality', 'krai']);
const ENVOYS = new Set(['Ambassador', 'High Commissioner', 'Special Envoy']);

/**
 * The end of an unknown place or body written from token k ("the Commonwealth", "Guangdong Province") before the
 * holder's name, or -1: up to its head noun, up to a comma, or all but the last two words of a run of capitalised words.
 */
function unknownPlaceEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.key === 'the') k++;
  const words: number[] = [];
  let i = k;
  while (words.length < 8) {
    const t = tokens[i];
    if (!t || (i > k && t.lineBefore)) break;
    if (t.type === 'word' && t.cap && !STOP.has(t.key) && !MONTHS.has(t.key) && !WEEKDAYS.has(t.key)) words.push(i);
    else if (!(t.text === '-' && !t.spaceBefore)) break;
    i++;
  }
  if (words.length === 0) return -1;
  let head = -1;
  words.forEach((w, n) => {
    if (PLACE_HEADS.has(tokens[w]?.key ?? '') && n > 0) head = n;
  });
  if (head >= 0 && (words.length - head - 1 >= 2 || tokens[i]?.text === ',')) return (words[head] ?? 0) + 1;
  if (tokens[i]?.text === ',' && head < 0) return i;
  if (words.length >= 3) return (words[words.length - 3] ?? 0) + 1;
  return -1;
}

/** "Prime Minister X of Poland", "President X of the Republic of Y": the state written right after a name. */
function stateAfter(tokens: readonly Token[], end: number, byTok: { get(tok: number): Mention | undefined }): string | null {
  if (tokens[end]?.key !== 'of') return null;
  let k = end + 1;
  if (tokens[k]?.key === 'the') k++;
  const m = byTok.get(k);
  return m && m.kind === 'country' ? m.country : null;
}

function bind(m: Mention, role: string, country: string | null): void {
  const p = m.people[0];
  if (!p) return;
  p.role = p.role ?? role;
  p.country = p.country ?? country;
}

/**
 * The person an office alone refers back to: the publisher's holder when named anywhere before, else the last named
 * holder. Mentions are taken in order as the offices are resolved (each once), so a long text stays linear.
 */
function namedBefore(ctx: Context, mentions: readonly Mention[]): { lookup(idx: number, role: string, article: boolean): PersonRef | null; note(idx: number, p: PersonRef): void } {
  const g = ctx.gazetteer;
  const last = new Map<string, PersonRef>();
  const home = new Map<string, PersonRef>();
  // Holders named by pattern after their office, and the mention index each was named at.
  const pattern = new Map<string, { ref: PersonRef; at: number }>();
  const lastAt = new Map<string, number>();
  // Everyone named with each office: "the President" after two presidents named is not read back by pattern.
  const holders = new Map<string, Set<string>>();
  const held = (role: string, p: PersonRef): void => {
    const set = holders.get(role) ?? new Set<string>();
    set.add(p.person >= 0 ? `#${p.person}` : p.name);
    holders.set(role, set);
  };
  let next = 0;
  const upTo = (idx: number): void => {
    for (; next < idx; next++) {
      const m = mentions[next];
      const p = m?.people[0];
      if (!m || !p || m.people.length !== 1 || (m.kind !== 'person' && m.kind !== 'role')) continue;
      const pos = p.person >= 0 ? g.positionOn(g.people[p.person]!, ctx.reference) : null;
      const r = p.role ?? pos?.role ?? null;
      if (r === null) continue;
      const ref: PersonRef = { ...p, role: r, country: p.country ?? pos?.country ?? null };
      last.set(r, ref);
      lastAt.set(r, next);
      held(r, ref);
      if (ctx.home && ref.country === ctx.home) home.set(r, ref);
    }
  };
  return {
    // "accompanied by Minister Tomas Rey. The Minister previously visited …": "the" and the office alone refer back to
    // the last holder named, one named by pattern too.
    lookup(idx, role, article) {
      upTo(idx);
      // The publisher's own holder, when named, still wins (the design's rule for offices alone).
      const own = home.get(role);
      if (own) return own;
      const named = pattern.get(role);
      if (article && named && named.at >= (lastAt.get(role) ?? -1) && holders.get(role)?.size === 1) return named.ref;
      return last.get(role) ?? null;
    },
    // Not a holder of another state's office ("Lee Wen, Prime Minister of Singapore"): "the Prime Minister" alone is
    // still the publisher's.
    note(idx, p) {
      if (!p.role) return;
      held(p.role, p);
      if (p.country === null || p.country === ctx.home) pattern.set(p.role, { ref: p, at: idx });
    },
  };
}

/** A region whose states are named as a group ("the Baltic", "the Visegrad Group countries", "Central Asian states"). */
function regionAt(tokens: readonly Token[], k: number): { states: readonly string[]; end: number } | null {
  const two = REGIONS.get(`${tokens[k]?.key ?? ''} ${tokens[k + 1]?.key ?? ''}`);
  const one = two ? undefined : REGIONS.get(tokens[k]?.key ?? '');
  const states = two ?? one;
  if (!states || !tokens[k]?.cap) return null;
  let end = k + (two ? 2 : 1);
  if (tokens[end]?.key === 'group') end++;
  if (tokens[end]?.key === 'countries' || tokens[end]?.key === 'states' || tokens[end]?.key === 'nations') end++;
  // "the Baltic Sea", "the Nordic Council": a name going on is something else.
  if (tokens[end]?.cap) return null;
  return { states, end };
}

// What an office's holder has that is not the holder: their administration, office, staff or envoys.
const INSTITUTIONS = new Set([
  'administration', 'office', 'media', 'division', 'press', 'service', 'secretariat', 'department', 'chancellery', 'staff',
  'adviser', 'advisers', 'advisor', 'advisors', 'aide', 'aides', 'envoy', 'envoys', 'spokesman', 'spokesperson',
  'spokeswoman', 'representative', 'representatives', 'wife', 'husband', 'spouse', 'cabinet', 'residence', 'palace',
]);

/** An institution noun after an office in the possessive, over up to two modifiers ("diplomatic office", "Media Division"). */
function institutionAfter(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word') return false;
    if (INSTITUTIONS.has(t.key)) return true;
  }
  return false;
}

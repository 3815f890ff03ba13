// Participant phrasings of diplomatic press readouts, one by one: how agencies name the people who take part (offices
// before and after the name, styles of address, particles, appositions, pronouns, groups, delegations, envoys, states
// given only by an adjective) and the words that are no person. Each case is an invented sentence (invented people
// beside gazetteer ones, other states and dates) with the participants GUIDELINES.md asks for: name (matched as the
// scoring matches people), role (a word it must contain) and country. A case still missed is `known: true` and runs
// as an expected failure, so that fixing it turns the suite red until the mark is removed.
import { describe, expect, it } from 'vitest';
import { extractReadout } from './readout.ts';
import { participantProblems } from './participant-check.ts';
import type { EventKind, ExtractionDocument, Participant } from './types.ts';

// A weekday: Tuesday 14 May 2024, so "on Monday" is 13 May.
const R = '2024-05-14';

interface Case {
  /** What the case is about (the test's name). */
  about: string;
  text: string;
  /** Name, a word its role must contain (or null for any), country (null for an official of an international body). */
  people: [string, string | null, string | null][];
  /** The event whose participants are checked: the first of this kind (the first event when not given). */
  kind?: EventKind;
  date?: string;
  /** Still missed: runs as an expected failure. */
  known?: boolean;
}

// Words that are never part of a participant's name: styles, offices and the words around them.
const NOT_NAME = new Set([
  'his', 'her', 'majesty', 'highness', 'excellency', 'h', 'e', 'mr', 'mrs', 'ms', 'madam', 'dr', 'the', 'of', 'mayor',
  'minister', 'president', 'governor', 'ambassador', 'speaker', 'secretary', 'general', 'chief', 'staff', 'delegation',
  'prime', 'vice', 'deputy', 'crown', 'emir', 'cabinet', 'foreign', 'affairs', 'who', 'also', 'counterpart', 'leader',
]);

function describeFound(ps: readonly Participant[]): string {
  return ps.map((p) => `${p.name}|${p.role ?? '-'}|${p.country ?? '-'}`).join(' + ') || '(none)';
}

/** 'ok', or what differs between the expected participants and those of the chosen event. */
function verdict(d: ExtractionDocument, c: Case): string {
  const e = c.kind ? d.events.find((x) => x.kind === c.kind) : d.events[0];
  if (!e) return `no event${c.kind ? ` of kind ${c.kind}` : ''} (events: ${d.events.map((x) => x.kind).join(', ') || 'none'})`;
  const problems = participantProblems(e.participants, c.people, NOT_NAME);
  return problems.length === 0 ? 'ok' : `${problems.join('; ')} [found: ${describeFound(e.participants)}]`;
}

const CASES: Case[] = [
  // Offices before the name.
  {
    about: '"Mayor of <city> <Name>" for a city the gazetteer does not know',
    known: true,
    text: 'Prime Minister Anthony Albanese met Mayor of Wollongong Karen Whitfield in Wollongong on Monday.',
    people: [['Anthony Albanese', 'Prime Minister', 'AU'], ['Karen Whitfield', 'Mayor', 'AU']],
  },
  {
    about: '"the Mayor of <capital>, <Name>" in apposition',
    text: 'On Monday, President Gustavo Petro met the Mayor of Lima, Rafael Quispe, at the city hall.',
    people: [['Gustavo Petro', 'President', 'CO'], ['Rafael Quispe', 'Mayor', 'PE']],
  },
  {
    about: '"Cabinet Secretary for Foreign Affairs <Name>"',
    text: "Kenya's Cabinet Secretary for Foreign Affairs Wanjiru Kamau held talks with Foreign Minister Hakan Fidan in Nairobi on Monday.",
    people: [['Wanjiru Kamau', 'Foreign', 'KE'], ['Hakan Fidan', 'Foreign Minister', 'TR']],
  },
  {
    about: '"Minister for Foreign Affairs and Trade <Name>"',
    text: "Ireland's Minister for Foreign Affairs and Trade Ciaran Doyle held talks with Foreign Minister Jose Manuel Albares in Dublin on Monday.",
    people: [['Ciaran Doyle', 'Foreign', 'IE'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  {
    about: '"Deputy Prime Minister and Minister of Foreign Affairs <Name> of <state>"',
    text: 'Deputy Prime Minister and Minister of Foreign Affairs Sipho Dlamini of Eswatini met Foreign Minister Musalia Mudavadi in Nairobi on Monday.',
    people: [['Sipho Dlamini', 'Foreign', 'SZ'], ['Musalia Mudavadi', 'Foreign Minister', 'KE']],
  },
  {
    about: '"H.E. Mr. <Name>, Minister of Foreign Affairs of <state>"',
    text: 'H.E. Mr. Abdoulaye Sarr, Minister of Foreign Affairs of Senegal, paid a courtesy call on President Bola Tinubu in Abuja on Monday.',
    people: [['Abdoulaye Sarr', 'Foreign', 'SN'], ['Bola Tinubu', 'President', 'NG']],
  },
  {
    about: '"His Majesty King <Name> of <state>"',
    text: 'His Majesty King Mswati III of Eswatini received President Hakainde Hichilema at the Lozitha Palace on Monday.',
    people: [['Mswati III', 'King', 'SZ'], ['Hakainde Hichilema', 'President', 'ZM']],
  },
  {
    about: '"Sheikh <Name> bin <Name> Al <Name>, Minister of State of <state>"',
    text: 'Sheikh Khalid bin Saeed Al Mansoori, Minister of State of the United Arab Emirates, held talks with Foreign Minister Retno Marsudi in Jakarta on Monday.',
    people: [['Khalid bin Saeed Al Mansoori', 'Minister', 'AE'], ['Retno Marsudi', 'Foreign Minister', 'ID']],
  },
  {
    about: '"Crown Prince <Name> of <state>"',
    text: 'Crown Prince Faisal bin Hamad of Bahrain met Prime Minister Fumio Kishida in Tokyo on Monday.',
    people: [['Faisal bin Hamad', 'Crown Prince', 'BH'], ['Fumio Kishida', 'Prime Minister', 'JP']],
  },
  {
    about: '"The Emir of <state>, Sheikh <Name>, received the Prime Minister of <state>"',
    text: 'The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, received the Prime Minister of Pakistan in Doha on Monday.',
    people: [['Tamim bin Hamad Al Thani', 'Emir', 'QA'], ['Shehbaz Sharif', 'Prime Minister', 'PK']],
  },
  {
    about: '"Speaker of the National Assembly <Name> of <state>"',
    text: 'President Bola Tinubu met Speaker of the National Assembly Kwame Boateng of Ghana in Abuja on Monday.',
    people: [['Bola Tinubu', 'President', 'NG'], ['Kwame Boateng', 'Speaker', 'GH']],
  },
  {
    about: '"Vice-President <Name> of <state>" and "<Adjective> Vice President <Name>"',
    text: 'Vice-President Amina Juma of Tanzania held talks with Kenyan Vice President Daniel Kiprop in Dar es Salaam on Monday.',
    people: [['Amina Juma', 'Vice', 'TZ'], ['Daniel Kiprop', 'Vice', 'KE']],
  },
  {
    about: '"White House Chief of Staff <Name>"',
    known: true,
    text: 'White House Chief of Staff Daniel Reeves met Foreign Minister Hakan Fidan in Washington on Monday.',
    people: [['Daniel Reeves', 'Chief of Staff', 'US'], ['Hakan Fidan', 'Foreign Minister', 'TR']],
  },
  {
    about: '"Governor of <province> Province <Name>"',
    known: true,
    text: 'Prime Minister Anthony Albanese met Governor of Guangdong Province Wang Jianmin in Guangzhou on Monday.',
    people: [['Anthony Albanese', 'Prime Minister', 'AU'], ['Wang Jianmin', 'Governor', 'CN']],
  },
  {
    about: '"Secretary-General of <organisation> <Name>" (no state)',
    text: 'Secretary-General of the Commonwealth Patricia Mensah met Prime Minister Sitiveni Rabuka in Suva on Monday.',
    people: [['Patricia Mensah', 'Secretary', null], ['Sitiveni Rabuka', 'Prime Minister', 'FJ']],
  },
  {
    about: '"UK Foreign Secretary <Name>"',
    text: 'UK Foreign Secretary David Lammy held talks with Foreign Minister Jose Manuel Albares in London on Monday.',
    date: '2024-09-10',
    people: [['David Lammy', 'Foreign', 'GB'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  // Offices after the name, the state before or after.
  {
    about: '"<Name>, President of the Republic of <state>,"',
    text: 'Ana Paula Macuacua, President of the Republic of Mozambique, held talks with President Cyril Ramaphosa in Pretoria on Monday.',
    people: [['Ana Paula Macuacua', 'President', 'MZ'], ['Cyril Ramaphosa', 'President', 'ZA']],
  },
  {
    about: '"<State>\'s President <Name>" twice',
    text: "Chile's President Gabriel Boric held talks with Uruguay's President Luis Lacalle Pou in Montevideo on Monday.",
    people: [['Gabriel Boric', 'President', 'CL'], ['Luis Lacalle Pou', 'President', 'UY']],
  },
  {
    about: '"The President of <state>, <Name>, met the President of <state>, <Name>"',
    text: 'The President of Paraguay, Santiago Peña, met the President of Bolivia, Luis Arce, in Asuncion on Monday.',
    people: [['Santiago Peña', 'President', 'PY'], ['Luis Arce', 'President', 'BO']],
  },
  {
    about: '"Prime Minister <Name> of <state>" for invented people',
    text: 'Prime Minister Tomasz Nowicki of Poland held talks with Prime Minister Ingrid Halvorsen of Norway in Oslo on Monday.',
    people: [['Tomasz Nowicki', 'Prime Minister', 'PL'], ['Ingrid Halvorsen', 'Prime Minister', 'NO']],
  },
  {
    about: '"<Name>, the Prime Minister of <state>," in apposition with the article',
    text: 'Sitiveni Rabuka, the Prime Minister of Fiji, held talks with Prime Minister Anthony Albanese in Canberra on Monday.',
    people: [['Sitiveni Rabuka', 'Prime Minister', 'FJ'], ['Anthony Albanese', 'Prime Minister', 'AU']],
  },
  {
    about: '"<Name>, who is also Deputy Prime Minister," keeps the office before the name',
    text: "Jordan's Foreign Minister Rania Haddad, who is also Deputy Prime Minister, met Foreign Minister Hakan Fidan in Amman on Monday.",
    people: [['Rania Haddad', 'Foreign Minister', 'JO'], ['Hakan Fidan', 'Foreign Minister', 'TR']],
  },
  {
    about: '"<Name>, Foreign Minister of <state>," for an invented woman',
    text: 'Thandiwe Mokoena, Foreign Minister of South Africa, held talks with Foreign Minister Musalia Mudavadi in Nairobi on Monday.',
    people: [['Thandiwe Mokoena', 'Foreign Minister', 'ZA'], ['Musalia Mudavadi', 'Foreign Minister', 'KE']],
  },
  // Names: particles, hyphens, three parts, initials.
  {
    about: 'a name with "van der"',
    text: 'Dutch Prime Minister Pieter van der Linden held talks with Belgian Prime Minister Luc Vermeulen in Brussels on Monday.',
    people: [['Pieter van der Linden', 'Prime Minister', 'NL'], ['Luc Vermeulen', 'Prime Minister', 'BE']],
  },
  {
    about: 'a name with "de"',
    text: 'Portuguese Foreign Minister Joao de Almeida met Spanish Foreign Minister Jose Manuel Albares in Lisbon on Monday.',
    people: [['Joao de Almeida', 'Foreign Minister', 'PT'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  {
    about: 'a name with "da"',
    text: 'President Marcelino da Costa of Timor-Leste held talks with President Joko Widodo in Jakarta on Monday.',
    people: [['Marcelino da Costa', 'President', 'TL'], ['Joko Widodo', 'President', 'ID']],
  },
  {
    about: 'a name with "bin" after an adjective and an office',
    text: 'Malaysian Foreign Minister Ahmad bin Rashid met Foreign Minister Retno Marsudi in Jakarta on Monday.',
    people: [['Ahmad bin Rashid', 'Foreign Minister', 'MY'], ['Retno Marsudi', 'Foreign Minister', 'ID']],
  },
  {
    about: 'a name with "al-"',
    text: 'Iraqi Foreign Minister Faisal al-Hakim held talks with President Abdel Fattah al-Sisi in Cairo on Monday.',
    people: [['Faisal al-Hakim', 'Foreign Minister', 'IQ'], ['Abdel Fattah al-Sisi', 'President', 'EG']],
  },
  {
    about: 'a name with "Mac"',
    text: 'Irish Foreign Minister Siobhan MacLeod held talks with Foreign Minister Jose Manuel Albares in Madrid on Monday.',
    people: [['Siobhan MacLeod', 'Foreign Minister', 'IE'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  {
    about: 'hyphenated given and family names',
    text: 'French Foreign Minister Jean-Luc Moreau-Dubois held talks with Foreign Minister Hakan Fidan in Ankara on Monday.',
    people: [['Jean-Luc Moreau-Dubois', 'Foreign Minister', 'FR'], ['Hakan Fidan', 'Foreign Minister', 'TR']],
  },
  {
    about: 'a three-part name of a woman',
    text: 'Peruvian President Maria Fernanda Castillo held talks with President Gustavo Petro in Bogota on Monday.',
    people: [['Maria Fernanda Castillo', 'President', 'PE'], ['Gustavo Petro', 'President', 'CO']],
  },
  {
    about: 'initials before the family name',
    text: 'Indian External Affairs Minister S. R. Venkatesh held talks with Foreign Minister Penny Wong in Canberra on Monday.',
    people: [['S. R. Venkatesh', 'Foreign', 'IN'], ['Penny Wong', 'Foreign Minister', 'AU']],
  },
  // Pronouns and references back.
  {
    about: '"He held talks with …" after the arrival of a named leader',
    known: true,
    text: 'Kenyan President William Ruto arrived in Kampala on Monday. He held talks with President Yoweri Museveni at State House.',
    people: [['William Ruto', 'President', 'KE'], ['Yoweri Museveni', 'President', 'UG']],
  },
  {
    about: '"…, where she met …" after a named traveller',
    text: "Foreign Minister Penny Wong travelled to Suva on Monday, where she met Fiji's Prime Minister Sitiveni Rabuka.",
    kind: 'talks',
    people: [['Penny Wong', 'Foreign Minister', 'AU'], ['Sitiveni Rabuka', 'Prime Minister', 'FJ']],
  },
  {
    about: '"his <adjective> counterpart <Name>"',
    text: 'Foreign Minister Hakan Fidan met his Azerbaijani counterpart Jeyhun Bayramov in Baku on Monday.',
    people: [['Hakan Fidan', 'Foreign Minister', 'TR'], ['Jeyhun Bayramov', 'Foreign Minister', 'AZ']],
  },
  {
    about: '"her <adjective> counterpart" with no name is the holder of her office in that state',
    known: true,
    text: 'Foreign Minister Penny Wong spoke by telephone with her Spanish counterpart on Monday.',
    people: [['Penny Wong', 'Foreign Minister', 'AU'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  {
    about: '"the two leaders" after a meeting of two named presidents is the same meeting',
    text: 'President Gabriel Boric received President Gustavo Petro in Santiago on Monday. The two leaders discussed trade and migration.',
    people: [['Gabriel Boric', 'President', 'CL'], ['Gustavo Petro', 'President', 'CO']],
  },
  {
    about: 'a surname repeated later is one participant',
    text: 'Prime Minister Ingrid Halvorsen of Norway held talks with Chancellor Markus Feldmann of Austria in Vienna on Monday. Halvorsen thanked Feldmann for the invitation.',
    people: [['Ingrid Halvorsen', 'Prime Minister', 'NO'], ['Markus Feldmann', 'Chancellor', 'AT']],
  },
  {
    about: 'a surname repeated with the office later is one participant',
    known: true,
    text: 'President Marcelino da Costa of Timor-Leste arrived in Canberra on Monday for talks with Prime Minister Anthony Albanese. President da Costa laid a wreath at the war memorial before the talks.',
    kind: 'talks',
    people: [['Marcelino da Costa', 'President', 'TL'], ['Anthony Albanese', 'Prime Minister', 'AU']],
  },
  // Groups, delegations, companions.
  {
    about: '"The Foreign Ministers of <A> and <B> met" are the two holders',
    text: 'The Foreign Ministers of Kenya and Turkey met in Nairobi on Monday.',
    people: [['Musalia Mudavadi', 'Foreign Minister', 'KE'], ['Hakan Fidan', 'Foreign Minister', 'TR']],
  },
  {
    about: '"<Name>, accompanied by <office> <Name>, held talks"',
    text: 'President Cyril Ramaphosa, accompanied by Minister of International Relations Naledi Pandor, held talks with President Bola Tinubu in Abuja on Monday.',
    people: [['Cyril Ramaphosa', 'President', 'ZA'], ['Naledi Pandor', 'Minister', 'ZA'], ['Bola Tinubu', 'President', 'NG']],
  },
  {
    about: '"received a delegation led by <adjective> <office> <Name>"',
    known: true,
    text: 'Prime Minister Anwar Ibrahim received a delegation led by Vietnamese Deputy Prime Minister Tran Quoc Minh in Putrajaya on Monday.',
    people: [['Anwar Ibrahim', 'Prime Minister', 'MY'], ['Tran Quoc Minh', 'Deputy Prime Minister', 'VN']],
  },
  {
    about: '"met with a delegation of <body> headed by <Name>"',
    text: 'President Shavkat Mirziyoyev met with a delegation of the European Parliament headed by Markus Feldmann in Tashkent on Monday.',
    people: [['Shavkat Mirziyoyev', 'President', 'UZ'], ['Markus Feldmann', null, null]],
  },
  // Envoys.
  {
    about: '"received the Ambassador of <state> to <state>, <Name>"',
    text: 'President Shavkat Mirziyoyev received the Ambassador of France to Uzbekistan, Claire Dubreuil, in Tashkent on Monday.',
    people: [['Shavkat Mirziyoyev', 'President', 'UZ'], ['Claire Dubreuil', 'Ambassador', 'FR']],
  },
  {
    about: '"received the credentials of the newly appointed Ambassador of <state>, <Name>"',
    known: true,
    text: 'President Yoweri Museveni received the credentials of the newly appointed Ambassador of Japan, Kenji Tanabe, at State House in Entebbe on Monday.',
    people: [['Yoweri Museveni', 'President', 'UG'], ['Kenji Tanabe', 'Ambassador', 'JP']],
  },
  // States given only by an adjective.
  {
    about: '"the <adjective> leader" with no name is that state\'s leader',
    known: true,
    text: 'The Chilean leader held talks with Argentine President Javier Milei in Buenos Aires on Monday.',
    people: [['Gabriel Boric', 'President', 'CL'], ['Javier Milei', 'President', 'AR']],
  },
  {
    about: '"the <adjective> President" with no name',
    text: 'Prime Minister Narendra Modi held talks with the Indonesian President in New Delhi on Monday.',
    people: [['Narendra Modi', 'Prime Minister', 'IN'], ['Joko Widodo', 'President', 'ID']],
  },
  {
    about: '"the <adjective> Head of State" with no name',
    text: 'The Ugandan Head of State received Foreign Minister Musalia Mudavadi at State House in Entebbe on Monday.',
    people: [['Yoweri Museveni', 'President', 'UG'], ['Musalia Mudavadi', 'Foreign Minister', 'KE']],
  },
  // Words of office that are no person.
  {
    about: 'negative: "The Russian side" is no participant',
    text: 'The Russian side said the talks between President Vladimir Putin and President Xi Jinping in Beijing on Monday were constructive.',
    people: [['Vladimir Putin', 'President', 'RU'], ['Xi Jinping', 'President', 'CN']],
  },
  {
    about: 'negative: "The Presidency announced" is no participant',
    text: 'The Presidency announced that President Bola Tinubu will hold talks with President Emmanuel Macron in Paris on Thursday.',
    people: [['Bola Tinubu', 'President', 'NG'], ['Emmanuel Macron', 'President', 'FR']],
  },
  {
    about: 'negative: "the Government of <state>" is no participant',
    text: 'The Government of Ghana said President Cyril Ramaphosa held talks with President Bola Tinubu in Accra on Monday.',
    people: [['Cyril Ramaphosa', 'President', 'ZA'], ['Bola Tinubu', 'President', 'NG']],
  },
  {
    about: 'negative: "the President\'s Office said" after a meeting adds no one',
    text: "President William Ruto held talks with President Samia Suluhu Hassan in Arusha on Monday, the President's Office said.",
    people: [['William Ruto', 'President', 'KE'], ['Samia Suluhu Hassan', 'President', 'TZ']],
  },
  {
    about: 'negative: the capital\'s name in "Kremlin" or "Elysee" sourcing is no person',
    text: 'President Emmanuel Macron held talks with Chancellor Karl Nehammer at the Elysee Palace on Monday, the Elysee said.',
    people: [['Emmanuel Macron', 'President', 'FR'], ['Karl Nehammer', 'Chancellor', 'AT']],
  },
];

// The phrasings fixed since the probe began, reworded (other people, states, order and wording), so that a rule
// holds beyond the sentence it was made on.
const REWORDED: Case[] = [
  {
    about: '"Cabinet Secretary for Foreign and Diaspora Affairs <Name>" after the other party',
    text: 'Foreign Minister Hakan Fidan met the Cabinet Secretary for Foreign and Diaspora Affairs of Kenya, Otieno Mwangi, in Ankara on Monday.',
    people: [['Hakan Fidan', 'Foreign Minister', 'TR'], ['Otieno Mwangi', 'Foreign', 'KE']],
  },
  {
    about: '"Minister of Foreign Affairs and International Cooperation <Name>" of a state named after',
    text: 'Minister of Foreign Affairs and International Cooperation Youssef Benali of Morocco held talks with Foreign Minister Jose Manuel Albares in Rabat on Monday.',
    people: [['Youssef Benali', 'Foreign', 'MA'], ['Jose Manuel Albares', 'Foreign Minister', 'ES']],
  },
  {
    about: '"First Deputy Prime Minister and Minister of Foreign Affairs <Name> of <state>"',
    text: 'Foreign Minister Musalia Mudavadi received First Deputy Prime Minister and Minister of Foreign Affairs Nodira Yusupova of Uzbekistan in Nairobi on Monday.',
    people: [['Musalia Mudavadi', 'Foreign Minister', 'KE'], ['Nodira Yusupova', 'Foreign', 'UZ']],
  },
  {
    about: '"<Name> bin <Name> Al <Name>, Minister of State of <state>" after "Sheikha"',
    text: 'Foreign Minister Penny Wong held talks with Sheikha Mariam bint Rashid Al Suwaidi, Minister of State of the United Arab Emirates, in Canberra on Monday.',
    people: [['Penny Wong', 'Foreign Minister', 'AU'], ['Mariam bint Rashid Al Suwaidi', 'Minister', 'AE']],
  },
  {
    about: '"<Adjective> Crown Prince <Name> bin <Name>"',
    text: 'President Joko Widodo received Bahraini Crown Prince Salman bin Isa in Jakarta on Monday.',
    people: [['Joko Widodo', 'President', 'ID'], ['Salman bin Isa', 'Crown Prince', 'BH']],
  },
  {
    about: '"President of the National Assembly <Name> of <state>"',
    text: 'President of the National Assembly Aminata Toure of Senegal met President Bola Tinubu in Abuja on Monday.',
    people: [['Aminata Toure', 'Speaker', 'SN'], ['Bola Tinubu', 'President', 'NG']],
  },
  {
    about: '"Vice President <Name> of <state>" in lower-case order',
    text: 'On Monday in Lusaka, President Hakainde Hichilema held talks with Vice President Grace Mutale of Malawi.',
    people: [['Hakainde Hichilema', 'President', 'ZM'], ['Grace Mutale', 'Vice', 'MW']],
  },
  {
    about: '"Secretary General of <organisation>, <Name>," with a comma',
    text: 'Prime Minister Narendra Modi received the Secretary General of the Commonwealth, Daniel Okafor, in New Delhi on Monday.',
    people: [['Narendra Modi', 'Prime Minister', 'IN'], ['Daniel Okafor', 'Secretary', null]],
  },
  {
    about: '"<Name>, President of <state>," for a president the gazetteer does not hold',
    text: 'President Yoweri Museveni held talks with Joaquim Mabota, President of the Republic of Angola, in Entebbe on Monday.',
    people: [['Yoweri Museveni', 'President', 'UG'], ['Joaquim Mabota', 'President', 'AO']],
  },
  {
    about: '"Foreign Minister <Name> of <state>" for two invented ministers',
    text: 'Foreign Minister Katarina Novak of Slovenia and Foreign Minister Pavel Horak of Czechia met in Ljubljana on Monday.',
    people: [['Katarina Novak', 'Foreign Minister', 'SI'], ['Pavel Horak', 'Foreign Minister', 'CZ']],
  },
  {
    about: '"<Name>, the Foreign Minister of <state>," after the verb',
    text: 'President Cyril Ramaphosa received Lindiwe Khumalo, the Foreign Minister of Botswana, in Pretoria on Monday.',
    people: [['Cyril Ramaphosa', 'President', 'ZA'], ['Lindiwe Khumalo', 'Foreign Minister', 'BW']],
  },
  {
    about: 'a name with "van" (one particle) and one with "von"',
    text: 'Chancellor Karl Nehammer held talks with Dutch Foreign Minister Joost van Dalen and German Foreign Minister Ulrike von Arnim in Vienna on Monday.',
    people: [['Karl Nehammer', 'Chancellor', 'AT'], ['Joost van Dalen', 'Foreign Minister', 'NL'], ['Ulrike von Arnim', 'Foreign Minister', 'DE']],
  },
  {
    about: 'a name with "dos" after an office and a state after it',
    text: 'President Luiz Inacio Lula da Silva received Prime Minister Ana dos Santos of Sao Tome and Principe in Brasilia on Monday.',
    people: [['Luiz Inacio Lula da Silva', 'President', 'BR'], ['Ana dos Santos', 'Prime Minister', 'ST']],
  },
  {
    about: 'a name with "ibn" and one with "el-"',
    text: 'Saudi Foreign Minister Abdulaziz ibn Turki held talks with Egyptian Foreign Minister Karim el-Masry in Riyadh on Monday.',
    people: [['Abdulaziz ibn Turki', 'Foreign Minister', 'SA'], ['Karim el-Masry', 'Foreign Minister', 'EG']],
  },
  {
    about: 'a hyphenated family name alone after a given name',
    text: 'Belgian Prime Minister Anne Vandenberghe-Lemaire met Prime Minister Anthony Albanese in Canberra on Monday.',
    people: [['Anne Vandenberghe-Lemaire', 'Prime Minister', 'BE'], ['Anthony Albanese', 'Prime Minister', 'AU']],
  },
  {
    about: 'one initial in the middle of a name',
    text: 'Philippine Foreign Secretary Ramon T. Villanueva held talks with Foreign Minister Retno Marsudi in Manila on Monday.',
    people: [['Ramon T. Villanueva', 'Foreign', 'PH'], ['Retno Marsudi', 'Foreign Minister', 'ID']],
  },
  {
    about: 'a surname repeated later with a particle is one participant',
    text: 'Prime Minister Pieter van der Linden of the Netherlands held talks with President Joko Widodo in Jakarta on Monday. Van der Linden invited Widodo to The Hague.',
    people: [['Pieter van der Linden', 'Prime Minister', 'NL'], ['Joko Widodo', 'President', 'ID']],
  },
  {
    about: '"received the Ambassador of <state> to <state>, <Name>" reworded with an adjective',
    text: 'President Yoweri Museveni received the outgoing Indian High Commissioner to Uganda, Priya Raman, at State House in Entebbe on Monday.',
    people: [['Yoweri Museveni', 'President', 'UG'], ['Priya Raman', 'High Commissioner', 'IN']],
  },
];

describe('participant phrasings of diplomatic readouts', () => {
  for (const c of [...CASES, ...REWORDED]) {
    const run = (): void => {
      const d = extractReadout(c.date ?? R, c.text);
      expect(verdict(d, c), c.text).toBe('ok');
    };
    if (c.known) it.fails(`${c.about} (still missed)`, run);
    else it(c.about, run);
  }
});

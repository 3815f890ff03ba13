// Participants named in lists around an event: companions and delegations ("He was accompanied by A, B and C", "The
// delegation included …", "was joined by …"), attendees ("Also present were …", "The meeting was attended by …", "in the
// presence of …", "A and B took part in the talks", "with the participation of …", "On the X side, the talks were
// attended by …") and those who welcome a guest ("was welcomed at the airport by A and B"). Each person listed joins the
// event the list belongs to, with the office and state the text gives, a name the gazetteer lacks found by its place in
// the list; and no other event. Invented readouts (invented companions beside gazetteer leaders, other states and dates);
// the negatives are lists and words alike that name no participant.
import { describe, expect, it } from 'vitest';
import { participantProblems, samePerson } from '../participant-check.ts';
import type { Expected } from '../participant-check.ts';
import { extractReadout } from '../readout.ts';
import type { EventKind, ExtractedEvent, ExtractionDocument } from '../types.ts';

// Tuesday 14 May 2024: "on Monday" is 13 May.
const R = '2024-05-14';

interface Case {
  about: string;
  text: string;
  /** The event the list belongs to: the first of this kind. */
  kind: EventKind;
  /** Status, window and place of that event ("held 2024-05-13..2024-05-13 Abuja"). */
  event: string;
  /** Name, a word its role must contain (undefined: not checked), its state (undefined: not checked). */
  people: Expected[];
  /** Events of these kinds must not take the people listed. */
  notIn?: EventKind[];
  /** Names of the list (to check they join no other event); defaults to the people after the first two. */
  listed?: string[];
}

/** The scoring's rule: two names are one person when they share a word. */
const same = samePerson;

// Words that are never part of a participant's name.
const NOT_NAME = new Set(['minister', 'president', 'ambassador', 'secretary', 'general', 'chief', 'staff', 'the', 'of', 'and', 'dr', 'senator', 'deputy', 'adviser', 'finance', 'trade', 'foreign', 'affairs', 'director']);

function eventLine(e: ExtractedEvent): string {
  return `${e.status} ${e.when.from ?? '?'}..${e.when.to ?? '?'} ${e.where ?? '-'}`;
}

function verdict(d: ExtractionDocument, c: Case): string {
  const e = d.events.find((x) => x.kind === c.kind);
  if (!e) return `no ${c.kind} (events: ${d.events.map((x) => x.kind).join(', ') || 'none'})`;
  const problems: string[] = [];
  if (eventLine(e) !== c.event) problems.push(`event ${eventLine(e)}, not ${c.event}`);
  problems.push(...participantProblems(e.participants, c.people, NOT_NAME));
  const listed = c.listed ?? c.people.slice(2).map((p) => p[0]);
  for (const other of d.events) {
    if (other === e || !(c.notIn ?? []).includes(other.kind)) continue;
    for (const n of listed) if (other.participants.some((p) => same(p.name, n))) problems.push(`${n} also in ${other.kind}`);
  }
  const all = d.events.map((x) => `${x.kind} ${eventLine(x)} [${x.participants.map((p) => `${p.name}|${p.role ?? '-'}|${p.country ?? '-'}`).join(', ')}]`);
  return problems.length === 0 ? 'ok' : `${problems.join('; ')}\n  ${all.join('\n  ')}`;
}

const CASES: Case[] = [
  {
    about: '"<Name> was accompanied by <office> <Name>, <office> <Name> and the <office>, <Name>" after the talks',
    text: 'President Cyril Ramaphosa held talks with President Bola Tinubu in Abuja on Monday. Ramaphosa was accompanied by Minister of Trade and Industry Thabo Nkosi, Finance Minister Lerato Dlamini and the Ambassador to Nigeria, Sipho Mahlangu.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Abuja',
    people: [['Cyril Ramaphosa', 'President', 'ZA'], ['Bola Tinubu', 'President', 'NG'], ['Thabo Nkosi', 'Minister', 'ZA'], ['Lerato Dlamini', 'Finance', 'ZA'], ['Sipho Mahlangu', 'Ambassador', 'ZA']],
  },
  {
    about: '"He will be accompanied by" a traveller: the visit, not a meeting of its programme',
    text: 'Prime Minister Anthony Albanese will pay a state visit to Indonesia on 20-22 May. The programme includes a meeting with President Joko Widodo in Jakarta and the opening of a trade fair in Surabaya. He will be accompanied by Trade Minister Dr Graham Whitfield, Assistant Minister for Foreign Affairs Tim Ashworth, and Senator Rachel Kirby.',
    kind: 'visit',
    event: 'upcoming 2024-05-20..2024-05-22 Indonesia',
    people: [['Anthony Albanese', 'Prime Minister', 'AU'], ['Graham Whitfield', 'Trade', 'AU'], ['Tim Ashworth', 'Assistant Minister', 'AU'], ['Rachel Kirby', undefined, 'AU']],
    listed: ['Graham Whitfield', 'Tim Ashworth', 'Rachel Kirby'],
    notIn: ['talks', 'other'],
  },
  {
    about: '"The <adjective> delegation included <office> <Name> and Ambassador <Name>"',
    text: 'Foreign Minister Hakan Fidan held talks with President William Ruto in Nairobi on Monday. The Turkish delegation included Deputy Foreign Minister Selin Aydemir and Ambassador Murat Kaya.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Nairobi',
    people: [['Hakan Fidan', 'Foreign Minister', 'TR'], ['William Ruto', 'President', 'KE'], ['Selin Aydemir', 'Deputy Foreign Minister', 'TR'], ['Murat Kaya', 'Ambassador', 'TR']],
  },
  {
    about: '"The Chancellor was joined by his chief of staff, <Name>, and the <adjective> Ambassador to <state>, <Name>"',
    text: 'Chancellor Karl Nehammer met Prime Minister Robert Golob in Ljubljana on Tuesday. The Chancellor was joined by his chief of staff, Markus Leitner, and the Austrian Ambassador to Slovenia, Elisabeth Hoffer.',
    kind: 'talks',
    event: 'held 2024-05-14..2024-05-14 Ljubljana',
    people: [['Karl Nehammer', 'Chancellor', 'AT'], ['Robert Golob', 'Prime Minister', 'SI'], ['Markus Leitner', 'chief of staff', 'AT'], ['Elisabeth Hoffer', 'Ambassador', 'AT']],
  },
  {
    about: '"Also present were <state>\'s <office>, <Name>, and the <adjective> High Commissioner, <Name>"',
    text: "President Yoweri Museveni received Foreign Minister Musalia Mudavadi at State House in Entebbe on Monday. Also present were Uganda's Minister of State for Regional Affairs, Okello Mulimba, and the Kenyan High Commissioner, Joash Maangi.",
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Entebbe',
    people: [['Yoweri Museveni', 'President', 'UG'], ['Musalia Mudavadi', 'Foreign Minister', 'KE'], ['Okello Mulimba', 'Minister of State', 'UG'], ['Joash Maangi', 'High Commissioner', 'KE']],
  },
  {
    about: '"The meeting was attended by <office> <Name> and <office> <Name>"',
    text: 'Prime Minister Narendra Modi held talks with President Emmanuel Macron in New Delhi on Monday. The meeting was attended by National Security Adviser Rohan Mehta and Foreign Secretary Kavita Rao.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 New Delhi',
    people: [['Narendra Modi', 'Prime Minister', 'IN'], ['Emmanuel Macron', 'President', 'FR'], ['Rohan Mehta', 'National Security Adviser'], ['Kavita Rao', 'Foreign']],
  },
  {
    about: '"… in the presence of Deputy Prime Ministers <Name> and <Name>" in the sentence of the talks',
    text: 'President Shavkat Mirziyoyev held talks with President Ilham Aliyev in Tashkent on Monday in the presence of Deputy Prime Ministers Aziz Karimov and Rauf Mammadli.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Tashkent',
    people: [['Shavkat Mirziyoyev', 'President', 'UZ'], ['Ilham Aliyev', 'President', 'AZ'], ['Aziz Karimov', 'Deputy Prime Minister'], ['Rauf Mammadli', 'Deputy Prime Minister']],
  },
  {
    about: '"Finance Ministers <Name> and <Name> also took part in the talks"',
    text: 'President Emmanuel Macron held talks with Chancellor Olaf Scholz in Berlin on Monday. Finance Ministers Claire Aubert and Jonas Weber also took part in the talks.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Berlin',
    people: [['Emmanuel Macron', 'President', 'FR'], ['Olaf Scholz', 'Chancellor', 'DE'], ['Claire Aubert', 'Finance'], ['Jonas Weber', 'Finance']],
  },
  {
    about: '"… with the participation of <office> <Name> and <office> <Name>"',
    text: 'Prime Minister Robert Fico held talks with Prime Minister Viktor Orbán in Bratislava on Monday with the participation of Economy Minister Tibor Kovac and Foreign Minister Gabor Szalai.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Bratislava',
    people: [['Robert Fico', 'Prime Minister', 'SK'], ['Viktor Orbán', 'Prime Minister', 'HU'], ['Tibor Kovac', 'Economy'], ['Gabor Szalai', 'Foreign']],
  },
  {
    about: '"On the <adjective> side, the talks were attended by Ambassador <Name> and Director General <Name>"',
    text: 'Foreign Minister Penny Wong held talks with Foreign Minister Retno Marsudi in Canberra on Monday. On the Indonesian side, the talks were attended by Ambassador Siti Rahmawati and Director General Agus Santoso.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Canberra',
    people: [['Penny Wong', 'Foreign Minister', 'AU'], ['Retno Marsudi', 'Foreign Minister', 'ID'], ['Siti Rahmawati', 'Ambassador', 'ID'], ['Agus Santoso', 'Director General', 'ID']],
  },
  {
    about: '"he was welcomed at the airport by <office> <Name> and Ambassador <Name>": the welcome',
    text: 'President William Ruto arrived in Seoul on Monday for a state visit. At the airport he was welcomed by Vice Foreign Minister Park Min-jun and Ambassador Emily Chepkoech.',
    kind: 'other',
    event: 'held 2024-05-13..2024-05-13 Seoul',
    people: [['William Ruto', 'President', 'KE'], ['Park Min-jun', 'Foreign'], ['Emily Chepkoech', 'Ambassador']],
  },
  {
    about: '"<Name>, together with <office> <Name> and <office> <Name>, held talks"',
    text: 'President Javier Milei, together with Foreign Minister Lucia Ferrante and Economy Minister Tomas Quiroga, held talks with President Gabriel Boric in Santiago on Monday.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Santiago',
    people: [['Javier Milei', 'President', 'AR'], ['Lucia Ferrante', 'Foreign', 'AR'], ['Tomas Quiroga', 'Economy', 'AR'], ['Gabriel Boric', 'President', 'CL']],
    listed: ['Lucia Ferrante', 'Tomas Quiroga'],
  },
  {
    about: '"The <adjective> delegation consisted of the <office>, <Name>; the <office>, <Name>; and the <office>, <Name>"',
    text: 'President Nana Akufo-Addo held talks with President Bola Tinubu in Abuja on Monday. The Ghanaian delegation consisted of the Minister for Foreign Affairs, Kwame Asante; the Minister of Trade, Ama Owusu; and the Chief of Staff, Kofi Mensah.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Abuja',
    people: [['Nana Akufo-Addo', 'President', 'GH'], ['Bola Tinubu', 'President', 'NG'], ['Kwame Asante', 'Foreign', 'GH'], ['Ama Owusu', 'Minister', 'GH'], ['Kofi Mensah', 'Chief of Staff', 'GH']],
  },
  {
    about: '"His entourage includes Ministers <Name> (<portfolio>) and <Name> (<portfolio>)": the visit',
    text: 'President Gabriel Boric arrived in Montevideo on Monday for a two-day state visit. His entourage includes Ministers Camila Rojas (Foreign Affairs) and Diego Fuentes (Finance).',
    kind: 'visit',
    event: 'held 2024-05-13..2024-05-14 Montevideo',
    people: [['Gabriel Boric', 'President', 'CL'], ['Camila Rojas', 'Minister', 'CL'], ['Diego Fuentes', 'Minister', 'CL']],
    listed: ['Camila Rojas', 'Diego Fuentes'],
  },
  {
    about: 'companions of held talks do not join a meeting announced after them',
    text: 'President Gitanas Nausėda held talks with President Alar Karis in Vilnius on Monday.\n\nNausėda was accompanied by his chief foreign policy adviser Asta Kairyte and Defence Minister Rokas Jankus.\n\nThe two presidents agreed to meet again at the NATO summit in Washington in July.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Vilnius',
    people: [['Gitanas Nausėda', 'President', 'LT'], ['Alar Karis', 'President', 'EE'], ['Asta Kairyte', 'adviser', 'LT'], ['Rokas Jankus', 'Defence', 'LT']],
    notIn: ['summit', 'talks'],
  },
  {
    about: '"…; <office> <Name> and <Name> were also present" after the meeting in one sentence',
    text: 'Foreign Minister Hakan Fidan and Foreign Minister Sergey Lavrov met in Antalya on Monday; Deputy Foreign Ministers Ahmet Yildiz and Andrei Rudenko were also present.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Antalya',
    people: [['Hakan Fidan', 'Foreign Minister', 'TR'], ['Sergey Lavrov', 'Foreign Minister', 'RU'], ['Ahmet Yildiz', 'Deputy Foreign Minister'], ['Andrei Rudenko']],
  },
  {
    about: '"Accompanying the President were the <office>, <Name>, and the <office>, <Name>"',
    text: 'President Bola Tinubu paid a working visit to Accra on Monday. Accompanying the President were the Minister of Foreign Affairs, Musa Danjuma, and the National Security Adviser, Ibrahim Okonkwo.',
    kind: 'visit',
    event: 'held 2024-05-13..2024-05-13 Accra',
    people: [['Bola Tinubu', 'President', 'NG'], ['Musa Danjuma', 'Foreign', 'NG'], ['Ibrahim Okonkwo', 'National Security Adviser', 'NG']],
    listed: ['Musa Danjuma', 'Ibrahim Okonkwo'],
  },
];

const NEGATIVES: Case[] = [
  {
    about: 'negative: talks "accompanied by an agreement" list no one',
    text: 'The talks between President Cyril Ramaphosa and President Bola Tinubu in Abuja on Monday were accompanied by an agreement on visas.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Abuja',
    people: [['Cyril Ramaphosa', 'President', 'ZA'], ['Bola Tinubu', 'President', 'NG']],
  },
  {
    about: 'negative: "accompanied by a strong wind" lists no one',
    text: 'President Emmanuel Macron held talks with Chancellor Olaf Scholz in Berlin on Monday, accompanied by a strong wind and heavy rain.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Berlin',
    people: [['Emmanuel Macron', 'President', 'FR'], ['Olaf Scholz', 'Chancellor', 'DE']],
  },
  {
    about: 'negative: a person who comments on the talks takes no part in them',
    text: 'President Yoweri Museveni held talks with President William Ruto in Entebbe on Monday. Opposition leader Grace Atim criticised the talks.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Entebbe',
    people: [['Yoweri Museveni', 'President', 'UG'], ['William Ruto', 'President', 'KE']],
  },
  {
    about: 'negative: people only discussed ("the case of A and B") take no part',
    text: 'President Javier Milei held talks with President Gabriel Boric in Santiago on Monday. They discussed the case of journalist Marta Quiroga and businessman Pablo Reyes.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Santiago',
    people: [['Javier Milei', 'President', 'AR'], ['Gabriel Boric', 'President', 'CL']],
  },
  {
    about: 'negative: the signatories of an earlier treaty take no part',
    text: 'Prime Minister Robert Fico held talks with Prime Minister Viktor Orbán in Bratislava on Monday. They reviewed the 2019 treaty, signed by Foreign Ministers Jan Hruska and Laszlo Kiss.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Bratislava',
    people: [['Robert Fico', 'Prime Minister', 'SK'], ['Viktor Orbán', 'Prime Minister', 'HU']],
  },
  {
    about: 'negative: "was joined by 40 countries", "the delegation included representatives of business"',
    text: 'President Emmanuel Macron opened the climate summit in Paris on Monday. The initiative was joined by 40 countries, and the French delegation included representatives of business.',
    kind: 'summit',
    event: 'held 2024-05-13..2024-05-13 Paris',
    people: [['Emmanuel Macron', 'President', 'FR']],
  },
  {
    about: 'negative: names in the next sentence with no cue take no part',
    text: 'Foreign Minister Penny Wong held talks with Foreign Minister Retno Marsudi in Canberra on Monday. Former ministers Arthur Bexley and Joan Whitcombe criticised the plan.',
    kind: 'talks',
    event: 'held 2024-05-13..2024-05-13 Canberra',
    people: [['Penny Wong', 'Foreign Minister', 'AU'], ['Retno Marsudi', 'Foreign Minister', 'ID']],
  },
];

describe('participants named in lists around an event', () => {
  for (const c of [...CASES, ...NEGATIVES]) {
    it(c.about, () => {
      const d = extractReadout(R, c.text);
      expect(verdict(d, c), c.text).toBe('ok');
    });
  }
});

// The lists of those met, and the people around a list who are none of it.
describe('those met, named in a list, and people who are no participants', () => {
  const kinds = (d: ExtractionDocument, kind: EventKind): string[][] => d.events.filter((e) => e.kind === kind).map((e) => e.participants.map((p) => p.name));
  const has = (names: readonly string[], name: string): boolean => names.some((n) => same(n, name));

  it('"met <office> for <portfolio>, <Name>, and chief negotiator <Name>": names the gazetteer lacks, with their offices', () => {
    const d = extractReadout(R, 'During his visit to Nairobi on Monday, Foreign Minister Hakan Fidan met Deputy Prime Minister for Reconstruction, Amani Mwakio, and chief negotiator Kiprono Lagat.');
    const people = d.events.filter((e) => e.kind === 'talks').flatMap((e) => e.participants);
    expect(people.find((p) => same(p.name, 'Amani Mwakio'))?.role).toBe('Deputy Prime Minister for Reconstruction');
    expect(people.find((p) => same(p.name, 'Kiprono Lagat'))?.role?.toLowerCase()).toContain('negotiator');
    for (const names of kinds(d, 'talks')) expect(has(names, 'Hakan Fidan')).toBe(true);
  });

  it('"hosted to a dinner by A, meet with B, and attend a reception hosted by C": each occurrence with its own partner', () => {
    const d = extractReadout(R, 'Foreign Minister Hakan Fidan will visit Canberra on 20-22 May. Fidan will be hosted to a dinner by Foreign Minister Penny Wong, meet with Trade Minister Alan Whitby, and attend a reception hosted by Senator Claire Mooney.');
    const talks = kinds(d, 'talks').find((names) => has(names, 'Alan Whitby'));
    expect(talks).toBeDefined();
    expect(has(talks ?? [], 'Hakan Fidan')).toBe(true);
    expect(has(talks ?? [], 'Penny Wong') || has(talks ?? [], 'Claire Mooney')).toBe(false);
    for (const names of kinds(d, 'other')) expect(has(names, 'Alan Whitby')).toBe(false);
  });

  it('"accompanied by his wife <Name>": a spouse is no participant', () => {
    const d = extractReadout(R, 'Prime Minister Anwar Ibrahim, accompanied by his wife Siti Aminah, arrived in Manila on Monday for a two-day official visit.');
    expect(kinds(d, 'visit')).toEqual([['Anwar Ibrahim']]);
  });

  it('"amid the resignation of Prime Minister <Name>": a person talked about is no participant', () => {
    const d = extractReadout(R, 'President Maia Sandu held talks with President Klaus Iohannis in Chisinau on Monday. The meeting took place amid the resignation of Prime Minister Ion Rusu.');
    expect(kinds(d, 'talks')).toEqual([['Maia Sandu', 'Klaus Iohannis']]);
  });

  it('a surname two gazetteer people bear is the one named in full before', () => {
    const d = extractReadout(R, 'Prime Minister Lawrence Wong will visit Canberra on 20-21 May. Wong will be accompanied by Defence Minister Ng Eng Hen and Senior Minister of State Janil Puthucheary.');
    const visit = d.events.find((e) => e.kind === 'visit');
    expect(visit?.participants.map((p) => `${p.name}|${p.country ?? '-'}`)).toEqual(['Lawrence Wong|SG', 'Ng Eng Hen|SG', 'Janil Puthucheary|SG']);
  });

  it('an acronym before a surname is no given name ("CiO Fidan"): the one who meets each of a list', () => {
    const d = extractReadout(R, 'Foreign Minister Hakan Fidan will visit Chisinau on 20-21 May. During the visit, CiO Fidan is set to meet with President Maia Sandu, Prime Minister Dorin Recean, and Speaker Igor Grosu.');
    expect(kinds(d, 'talks')).toEqual([['Hakan Fidan', 'Maia Sandu'], ['Hakan Fidan', 'Dorin Recean'], ['Hakan Fidan', 'Igor Grosu']]);
  });

  it('"Chief Executive of the X SAR": a short acronym and a place after "of" name no one', () => {
    const d = extractReadout(R, 'On Monday, Prime Minister Anthony Albanese will meet with Wei Ming Tan, Chief Executive of the Macao SAR, in Sydney.');
    expect(kinds(d, 'talks')).toEqual([['Anthony Albanese', 'Wei Ming Tan']]);
  });

  it('"accompanied by First Lady <Name>": the spouse is no participant', () => {
    const d = extractReadout(R, 'President William Ruto, accompanied by First Lady Grace Wanjiku, arrived in Accra on Monday for a state visit.');
    expect(kinds(d, 'visit')).toEqual([['William Ruto']]);
  });

  it('a word of a listed name that the gazetteer reads as someone named in full later stays that person there', () => {
    const d = extractReadout(R, 'On 20 May, Prime Minister Anthony Albanese will meet with Daniel Modi Ferreira, Governor of Goa. On 22 May, he will meet with Narendra Modi, Prime Minister of India.');
    expect(kinds(d, 'talks')).toEqual([['Anthony Albanese', 'Daniel Modi Ferreira'], ['Anthony Albanese', 'Narendra Modi']]);
  });

  it('"He is visiting X at the invitation of President Y": "he" in the next sentence is still the visitor', () => {
    const d = extractReadout(R, 'President Cyril Ramaphosa arrived in Hanoi on Monday. He is visiting Vietnam at the invitation of President Luong Cuong. At the airport, he was welcomed by Deputy Prime Minister Tran Hong Ha.');
    expect(kinds(d, 'other')).toEqual([['Cyril Ramaphosa', 'Tran Hong Ha']]);
  });
});

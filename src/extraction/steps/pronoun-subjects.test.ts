// Events told in sentences whose subject is a pronoun or a description of someone named before ("She will also meet
// …", "The President will also address …", "His Majesty received …", "the visiting leader", "The two leaders then
// …", "the guest"), with their place as "there", "in the capital", "in the city", and their day from the visit or the
// day around them. The pronoun or description is the person it stands for (the readout's traveller before a host of
// the same office), "there" the place of the visit or stop, and an undated item of a visit takes the day last named or
// the visit's window. Negatives: "he said" attributions, "there is/are", generic statements, a pronoun with no one
// before it, a person merely quoted. Invented readouts (people, states, cities, dates, wording).
// Written before any rule: then 3 of 20 rows and 11 of 12 negatives passed (the twelfth failed only because its check
// counted a further evidence span of the talks before it; the check is now "no event first told there", which main
// passes too). Now 14 of 20 rows and 12 of 12 negatives pass; the 6 rows still missed are marked known, each for a
// reason outside the subject's reading (a word of occurrence the vocabulary lacks, a visit's own place, a relative clause).
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = (published: string, title: string, body: string): ExtractionDocument => extract(`published: ${published}\ntitle: ${title}\n---\n${body}\n`);

/** Each event: kind, status, window, place, participants (sorted: their order is not scored). */
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => {
    const when = e.when.from === null ? '?' : e.when.from === e.when.to ? e.when.from : `${e.when.from}..${e.when.to ?? '?'}`;
    return `${e.kind} ${e.status} ${when} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`;
  });

interface Row {
  about: string;
  date: string;
  title: string;
  text: string;
  /** Events that must be among the output. */
  has: string[];
  /** Still missed, for the reason given: runs as an expected failure, and turns the suite red once fixed. */
  known?: string;
}

const ROWS: Row[] = [
  {
    about: '"She will also meet the diaspora there." in an announced state visit',
    date: '2031-04-14',
    title: 'President Okafor to pay state visit to Portugal',
    text: 'President Ngozi Okafor of Nigeria will pay a state visit to Portugal from 20 to 22 April at the invitation of President Duarte Pacheco. In Lisbon, she will hold talks with President Pacheco. She will also meet the Nigerian diaspora there.',
    has: ['other upcoming 2031-04-20..2031-04-22 Lisbon Ngozi Okafor'],
  },
  {
    about: '"The President will also address a business forum in the capital." (the traveller, not the host of the same office)',
    date: '2031-06-04',
    title: 'Chilean leader to visit Kenya',
    text: 'President Ines Valdivia of Chile will travel to Kenya from 10 to 12 June for a state visit at the invitation of President Samuel Kiprono. The two Presidents will hold talks in Nairobi. The President will also address a business forum in the capital.',
    has: ['other upcoming 2031-06-10..2031-06-12 Nairobi Ines Valdivia'],
  },
  {
    about: '"The two Presidents will hold talks in <city>" within an announced visit',
    date: '2031-06-04',
    title: 'Chilean leader to visit Kenya',
    text: 'President Ines Valdivia of Chile will travel to Kenya from 10 to 12 June for a state visit at the invitation of President Samuel Kiprono. The two Presidents will hold talks in Nairobi. The President will also address a business forum in the capital.',
    has: ['talks upcoming 2031-06-10..2031-06-12 Nairobi Ines Valdivia+Samuel Kiprono'],
  },
  {
    about: '"He then laid a wreath at …" after talks of a named day on a visit',
    known: "a pattern person is read in the memorial's name ('the Fallen')",
    date: '2031-09-10',
    title: 'Swedish Prime Minister in Hanoi',
    text: 'Prime Minister Tomas Lindqvist of Sweden arrived in Hanoi on Monday for an official visit. On Tuesday, he held talks with Prime Minister Pham Van Duc. He then laid a wreath at the Monument to the Fallen.',
    has: ['other held 2031-09-09 Hanoi Tomas Lindqvist'],
  },
  {
    about: '"Later in the day, the Prime Minister held talks with …" (the guest, not the host of the same office)',
    date: '2031-09-10',
    title: 'Swedish Prime Minister in Hanoi',
    text: 'Prime Minister Tomas Lindqvist of Sweden arrived in Hanoi on Monday for an official visit. On Tuesday, he held talks with Prime Minister Pham Van Duc. Later in the day, the Prime Minister held talks with the Speaker of the National Assembly, Le Thi Hoa.',
    has: ['talks held 2031-09-09 Hanoi Le Thi Hoa+Tomas Lindqvist'],
  },
  {
    about: '"On Thursday, His Majesty received <office> <name> at …" during a state visit of a king',
    known: "the visit stated as 'is in <city> on a state visit this week' gets no place",
    date: '2031-03-14',
    title: 'Tongan King continues state visit',
    text: 'King Tevita Lolo of Tonga is in Wellington on a state visit this week. On Thursday, His Majesty received Prime Minister Aroha Ngata at Government House.',
    has: ['talks held 2031-03-13 Wellington Aroha Ngata+Tevita Lolo'],
  },
  {
    about: '"hosted a luncheon in honour of the visiting leader"',
    date: '2031-05-04',
    title: 'Austrian Chancellor visits Ghana',
    text: 'Chancellor Ilse Brandauer of Austria paid an official visit to Ghana on 3 May. President Kwame Adjei hosted a luncheon in honour of the visiting leader.',
    has: ['other held 2031-05-03 Ghana Ilse Brandauer+Kwame Adjei'],
  },
  {
    about: '"The two leaders then attended the opening of …" after their meeting',
    known: "'attended the opening of an exhibition' is no occurrence word",
    date: '2031-10-07',
    title: 'Brazil and Finland leaders meet',
    text: 'President Lucia Ferraz of Brazil met Prime Minister Henrik Aalto of Finland in Helsinki on Monday. The two leaders then attended the opening of a joint design exhibition.',
    has: ['other held 2031-10-06 Helsinki Henrik Aalto+Lucia Ferraz'],
  },
  {
    about: '"On <date>, the guest laid a wreath at … in <city>" in a visit begun before',
    date: '2031-02-18',
    title: 'Nigerian Prime Minister in India',
    text: 'Prime Minister Amara Nwosu of Nigeria began a three-day visit to India on 14 February. On 15 February, the guest laid a wreath at the National War Memorial in New Delhi.',
    has: ['other held 2031-02-15 New Delhi Amara Nwosu'],
  },
  {
    about: '"She will also meet business leaders there." sharing its paragraph\'s day on a two-country trip',
    known: 'a meeting with business leaders is no occurrence word',
    date: '2031-10-28',
    title: 'Japanese Prime Minister to tour South America',
    text: 'Prime Minister Mei Tanaka will visit Chile and Peru from 3 to 7 November. On 4 November, she will hold talks with President Rafael Soto in Santiago. She will also meet business leaders there.',
    has: ['other upcoming 2031-11-04 Santiago Mei Tanaka'],
  },
  {
    about: '"He will also meet the diaspora there." after a one-day visit to a city for talks',
    date: '2031-03-05',
    title: 'Armenian President to visit France',
    text: 'President Arman Sarkis will visit Paris on 12 March for talks with President Claire Moreau. He will also meet the Armenian community there.',
    has: ['other upcoming 2031-03-12 Paris Arman Sarkis'],
  },
  {
    about: '"On Monday, he will meet <office> <name>." after an arrival in a city',
    date: '2031-06-01',
    title: 'Ghanaian President arrives in Italy',
    text: 'President Kofi Mensah arrived in Rome on Sunday for a four-day visit to Italy. On Monday, he will meet Prime Minister Giulia Conte.',
    has: ['talks upcoming 2031-06-02 Rome Giulia Conte+Kofi Mensah'],
  },
  {
    about: '"She then laid a wreath at …" after a single day\'s talks',
    date: '2031-05-17',
    title: 'Austrian Chancellor in Moldova',
    text: 'Chancellor Ilse Brandauer held talks with President Ana Lupu in Chisinau on Friday. She then laid a wreath at the Eternity Memorial.',
    has: ['other held 2031-05-16 Chisinau Ilse Brandauer'],
  },
  {
    about: '"The two Presidents then held a joint press conference."',
    date: '2031-10-07',
    title: 'Moldova and Poland presidents meet',
    text: 'President Ana Lupu of Moldova and President Marek Zielinski of Poland held talks in Warsaw on Monday. The two Presidents then held a joint press conference.',
    has: ['interview held 2031-10-06 Warsaw Ana Lupu+Marek Zielinski'],
  },
  {
    about: '"Earlier in the day, he met <office> <name>." after a day\'s item in a city',
    date: '2031-11-12',
    title: 'Ghana trade fair opens',
    text: 'On Tuesday, President Kwame Adjei opened a trade fair in Accra. Earlier in the day, he met Prime Minister Amara Nwosu of Nigeria.',
    has: ['talks held 2031-11-11 Accra Amara Nwosu+Kwame Adjei'],
  },
  {
    about: '"The visiting President then toured … in the city" on the visit\'s day',
    date: '2031-10-07',
    title: 'Brazilian President in Finland',
    text: 'President Lucia Ferraz of Brazil held talks with Prime Minister Henrik Aalto in Turku on Monday. The visiting President then addressed a business forum in the city.',
    has: ['other held 2031-10-06 Turku Lucia Ferraz'],
  },
  {
    about: '"Her Majesty will also attend a banquet there" in a dated stop',
    date: '2032-04-08',
    title: 'Queen to visit Canada',
    text: 'Queen Amalia Soto of Andorra will visit Ottawa on 15 April at the invitation of Prime Minister Claire Dubois. Her Majesty will also attend a state banquet there.',
    has: ['other upcoming 2032-04-15 Ottawa Amalia Soto'],
  },
  {
    about: '"The Chancellor will then travel to <city>, where she will meet …" (the traveller through "where")',
    known: "the meeting in the relative clause is read into the stop's visit",
    date: '2032-04-08',
    title: 'Chancellor to visit Italy',
    text: 'Chancellor Ilse Brandauer will hold talks with Prime Minister Giulia Conte in Rome on 14 April. The Chancellor will then travel to Milan, where she will meet the regional president, Paolo Ricci, on 15 April.',
    has: ['talks upcoming 2032-04-15 Milan Ilse Brandauer+Paolo Ricci'],
  },
  {
    about: '"In the afternoon, he will address students at … in the capital" (dated visit day)',
    date: '2032-04-08',
    title: 'Ghanaian President to visit Norway',
    text: 'President Kofi Mensah will visit Norway on 20 April and hold talks with Prime Minister Henrik Dahl in Oslo. In the afternoon, he will deliver a lecture at the university in the capital.',
    has: ['statement upcoming 2032-04-20 Oslo Kofi Mensah'],
  },
  {
    about: '"Later that day, the Premier …" with the office read back to the one named (no host of that office)',
    known: "'a business dinner' is no occurrence word (the meal needs its determiner next to it), and the talks of 'arrived in <city> … and held talks' get no place",
    date: '2032-04-08',
    title: 'Premier visits Vietnam',
    text: 'Premier Zhao Ming arrived in Hanoi on Tuesday for an official visit and held talks with President Tran Quoc Anh. Later that day, the Premier attended a business dinner there.',
    has: ['other held 2032-04-06 Hanoi Zhao Ming'],
  },
];

interface Negative {
  about: string;
  date: string;
  title: string;
  text: string;
  /** The sentence that must yield no event of its own (no event first told there). */
  quiet: string;
  /** People no event may have. */
  not?: string[];
  known?: string;
}

const NEGATIVES: Negative[] = [
  {
    about: '"…, he said." attribution after talks',
    date: '2031-10-07',
    title: 'Ghana and Nigeria hold talks',
    text: 'President Kwame Adjei held talks with Prime Minister Amara Nwosu in Accra on Monday. The exchange was very productive, he said.',
    quiet: 'The exchange was very productive, he said.',
  },
  {
    about: '"there are" is no place',
    date: '2031-06-01',
    title: 'Ghanaian President to visit Italy',
    text: 'President Kofi Mensah will visit Rome on 3 June. There are many questions on the agenda, he noted.',
    quiet: 'There are many questions on the agenda, he noted.',
  },
  {
    about: 'generic "He has long supported …"',
    date: '2031-06-01',
    title: 'Ghanaian President to visit Italy',
    text: 'President Kofi Mensah will visit Rome on 3 June. He has long supported closer ties with the countries of the Mediterranean.',
    quiet: 'He has long supported closer ties with the countries of the Mediterranean.',
  },
  {
    about: 'generic recurring "She regularly meets business leaders in the capital."',
    date: '2031-06-01',
    title: 'Chancellor hosts Ghanaian President',
    text: 'Chancellor Ilse Brandauer held talks with President Kofi Mensah in Vienna on Friday. She regularly meets business leaders in the capital.',
    quiet: 'She regularly meets business leaders in the capital.',
  },
  {
    about: '"He stressed that …" after a call',
    date: '2031-06-01',
    title: 'Leaders speak by phone',
    text: 'President Kofi Mensah had a telephone conversation with Prime Minister Giulia Conte on Saturday. He stressed that the two countries share many interests.',
    quiet: 'He stressed that the two countries share many interests.',
  },
  {
    about: 'a past visit recalled in passing, no time: "He recalled his earlier visit to the city."',
    date: '2031-06-01',
    title: 'Ghanaian President in Rome',
    text: 'President Kofi Mensah met Prime Minister Giulia Conte in Rome on Saturday. He recalled his earlier visit to the city.',
    quiet: 'He recalled his earlier visit to the city.',
  },
  {
    about: '"In the capital, there is …" after a visit',
    date: '2031-06-01',
    title: 'Ghanaian President in Rome',
    text: 'President Kofi Mensah met Prime Minister Giulia Conte in Rome on Saturday. In the capital, there is growing interest in joint energy projects.',
    quiet: 'In the capital, there is growing interest in joint energy projects.',
  },
  {
    about: '"She added that …" of a quoted minister',
    date: '2031-06-01',
    title: 'Minister on the visit',
    text: 'President Kofi Mensah will visit Vienna on 9 June. "The programme of the visit is very rich," said Foreign Minister Anna Weber. She added that several agreements were ready.',
    quiet: 'She added that several agreements were ready.',
  },
  {
    about: 'a quoted expert is not who "He" means next',
    date: '2031-10-07',
    title: 'Brazilian President in Finland',
    text: 'President Lucia Ferraz of Brazil held talks with Prime Minister Henrik Aalto in Turku on Monday. "Trade has doubled in five years," said economist Pekka Laine. The President then toured a shipyard in the city.',
    quiet: '"Trade has doubled in five years," said economist Pekka Laine.',
    not: ['Pekka Laine'],
  },
  {
    about: 'a pronoun with no one before it gives no participant and "there" no place',
    date: '2031-06-01',
    title: 'Programme',
    text: 'He will also meet the diaspora there.',
    quiet: '',
    not: ['Kofi Mensah'],
  },
  {
    about: 'a journalist who asks is not the subject of the next event',
    date: '2031-10-07',
    title: 'Interview',
    text: 'Journalist Marta Ruiz interviewed President Lucia Ferraz in Brasilia on Monday. She asked about the economy.',
    quiet: 'She asked about the economy.',
  },
  {
    about: '"He is known to …" habit, and "there" meaning a place of habit',
    date: '2031-06-01',
    title: 'Ghanaian President in Rome',
    text: 'President Kofi Mensah met Prime Minister Giulia Conte in Rome on Saturday. He often travels there in the summer.',
    quiet: 'He often travels there in the summer.',
  },
];

// Written after the rules, as a check that they are not narrower than the rows above: other subjects, verbs, tenses
// and word orders. When written, 5 of 6 rows and 2 of 2 negatives passed; the one missed is marked known.
const VARIANTS: Row[] = [
  {
    about: '"After the talks, she will address the National Assembly." in an announced visit of given days',
    date: '2031-07-02',
    title: 'Estonian President to visit Georgia',
    text: 'President Kersti Aavik of Estonia will pay an official visit to Georgia on 14-15 July. She will hold talks with President Nino Beridze in Tbilisi. After the talks, she will address the Georgian Parliament.',
    has: ['statement upcoming 2031-07-14..2031-07-15 Tbilisi Kersti Aavik'],
  },
  {
    about: '"She is also due to meet the Speaker of <body>, <name>." in an announced visit',
    date: '2031-07-02',
    title: 'Estonian President to visit Georgia',
    text: 'President Kersti Aavik of Estonia will pay an official visit to Georgia on 14-15 July. She will hold talks with President Nino Beridze in Tbilisi. She is also due to meet the Speaker of Parliament, Levan Kapanadze.',
    has: ['talks upcoming 2031-07-14..2031-07-15 Tbilisi Kersti Aavik+Levan Kapanadze'],
  },
  {
    about: '"The King will also receive <office> <name> in audience." (the visitor, not the host\'s office)',
    known: "the stay begun 'on Monday for a two-day state visit' gives its undated items its two days (events.ts), not the day of the talks told before them",
    date: '2031-07-08',
    title: 'Jordanian King in Oslo',
    text: 'King Faris Haddad of Jordan arrived in Oslo on Monday for a two-day state visit and held talks with Prime Minister Henrik Dahl. The King also received Foreign Minister Ingrid Berg in audience.',
    has: ['talks held 2031-07-07 Oslo Faris Haddad+Ingrid Berg'],
  },
  {
    about: '"The visiting Chancellor laid flowers at …" after dated talks',
    date: '2031-07-08',
    title: 'Austrian Chancellor in Warsaw',
    text: 'Chancellor Ilse Brandauer held talks with Prime Minister Marek Zielinski in Warsaw on Monday. The visiting Chancellor laid flowers at the Tomb of the Unknown Soldier.',
    has: ['other held 2031-07-07 Warsaw Ilse Brandauer'],
  },
  {
    about: '"The two Prime Ministers will then give a joint press conference." after dated talks to come',
    date: '2031-08-20',
    title: 'Prime Ministers to meet',
    text: 'Prime Minister Henrik Dahl of Norway will hold talks with Prime Minister Amara Nwosu of Nigeria in Abuja on Friday. The two Prime Ministers will then give a joint press conference.',
    has: ['interview upcoming 2031-08-22 Abuja Amara Nwosu+Henrik Dahl'],
  },
  {
    about: '"In the evening, His Excellency will attend a reception there." on the day of talks',
    date: '2031-08-20',
    title: 'Nigerian Prime Minister in Rome',
    text: 'On Thursday, Prime Minister Amara Nwosu will hold talks with Prime Minister Giulia Conte in Rome. In the evening, His Excellency will attend a reception there.',
    has: ['other upcoming 2031-08-21 Rome Amara Nwosu'],
  },
  {
    about: '"He is also to meet the diaspora there." (no "will": "is … to" is the future)',
    date: '2032-01-10',
    title: 'Moldovan President to visit Austria',
    text: 'President Elena Rusu of Moldova will visit Vienna on 19 January for talks with Chancellor Lukas Brandl. She is also to meet the Moldovan community there.',
    has: ['other upcoming 2032-01-19 Vienna Elena Rusu'],
  },
];

const MORE_NEGATIVES: Negative[] = [
  {
    about: '"He thanked the hosts for the warm welcome." is no event',
    date: '2031-07-08',
    title: 'Jordanian King in Oslo',
    text: 'King Faris Haddad of Jordan held talks with Prime Minister Henrik Dahl in Oslo on Monday. He thanked the hosts for the warm welcome.',
    quiet: 'He thanked the hosts for the warm welcome.',
  },
  {
    about: '"There will be …" is no place and no subject',
    date: '2031-07-08',
    title: 'Jordanian King in Oslo',
    text: 'King Faris Haddad of Jordan held talks with Prime Minister Henrik Dahl in Oslo on Monday. There will be further consultations between the ministries.',
    quiet: 'There will be further consultations between the ministries.',
    not: [],
  },
];

describe('pronoun and description subjects of events', () => {
  for (const r of [...ROWS, ...VARIANTS]) (r.known ? it.fails : it)(r.about, () => expect(events(doc(r.date, r.title, r.text))).toEqual(expect.arrayContaining(r.has)));
});

describe('negatives: no event, no one read into it', () => {
  for (const r of [...NEGATIVES, ...MORE_NEGATIVES]) {
    (r.known ? it.fails : it)(r.about, () => {
      const d = doc(r.date, r.title, r.text);
      const from = r.quiet ? r.text.indexOf(r.quiet) : -1;
      const inside = from < 0 ? [] : d.events.filter((e) => (e.evidence[0]?.start ?? -1) >= from && (e.evidence[0]?.start ?? -1) < from + r.quiet.length);
      expect(inside.map((e) => e.kind)).toEqual([]);
      const names = d.events.flatMap((e) => e.participants.map((p) => p.name));
      for (const n of r.not ?? []) expect(names).not.toContain(n);
      if (!r.quiet) expect(d.events.every((e) => e.participants.length === 0 && e.where === null)).toBe(true);
    });
  }
});

it('a purpose ("The aim of the talks today is to …") says nothing of time: the talks under way stay held', () => {
  const d = doc('2032-01-10', 'Moldovan President in Vienna', 'President Elena Rusu of Moldova is in Vienna on a working visit. The aim of the talks with Chancellor Lukas Brandl today is to deepen trade ties.');
  const talks = d.events.filter((e) => e.kind === 'talks');
  expect(talks.length).toBeGreaterThan(0);
  for (const e of talks) expect(e.status).toBe('held');
});

it('"which we are to approve tomorrow" (another act to come) leaves talks just held held', () => {
  const d = doc('2032-03-02', 'Leaders meet in Riga', 'President Aivars Kalnins of Latvia received President Tomas Vilkas of Lithuania in Riga on 2 March. "We have just held long talks and agreed on a joint statement, which we are to approve tomorrow," Kalnins said.');
  const talks = d.events.filter((e) => e.kind === 'talks');
  expect(talks.length).toBeGreaterThan(0);
  for (const e of talks) expect(e.status).toBe('held');
});

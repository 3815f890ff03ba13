// Quotes: every mark style, quotations over several paragraphs, attribution before and after, speakers that are no
// person, and what is not a quotation (scare quotes, titles of documents, apostrophes). Each rule is checked over
// several leaders and wordings so that none rests on one text's names.
import { describe, expect, it } from 'vitest';
import { loadFixture, loadStyle } from '../../../test/fixtures/intake/load.ts';
import { extract } from '../extract.ts';

const quotes = (body: string) =>
  extract(`published: 2024-03-01\n---\n${body}\n`).quotes.map((q) => ({ speaker: q.speaker, text: body.slice(q.start, q.end) }));

const LEADERS: readonly [string, string][] = [
  ['Vladimir Putin', 'President of Russia'],
  ['Xi Jinping', 'President of China'],
  ['Emmanuel Macron', 'President of France'],
  ['Kassym-Jomart Tokayev', 'President of Kazakhstan'],
];
const WORDS = 'The talks were useful and we agreed to keep working together';

// Opening and closing marks of the styles readouts use.
const STYLES: readonly [string, string][] = [
  ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['"', '"'], ['\u2018', '\u2019'], ['\u2018\u2019', '\u2019\u2019'], ["'", "'"], ['\u201E', '\u201C'],
];

describe('quotes: marks', () => {
  it.each(STYLES)('finds a quotation in %s … %s and names its speaker after it', (open, close) => {
    for (const [name] of LEADERS) {
      const q = quotes(`${open}${WORDS},${close} ${name} said.`);
      expect(q).toEqual([{ speaker: name, text: WORDS }]);
    }
  });

  it('keeps apostrophes inside single marks: Trump’s, don’t, the leaders’ meeting', () => {
    const inner = 'We don’t doubt that the leaders’ meeting and Russia’s position will help';
    expect(quotes(`‘${inner},’ Vladimir Putin said.`)).toEqual([{ speaker: 'Vladimir Putin', text: inner }]);
    expect(quotes(`'We don't doubt that it's a good day for our peoples,' Xi Jinping said.`)[0]?.text).toBe("We don't doubt that it's a good day for our peoples");
  });

  it('reads apostrophes alone as no quotation', () => {
    expect(quotes('The leaders’ meeting took place in Astana. Russia’s and China’s ministers were there too.')).toEqual([]);
    expect(quotes("The leaders' meeting took place in Astana. Russia's and China's ministers' talks were there too.")).toEqual([]);
  });
});

describe('quotes: what is not a quotation', () => {
  it('leaves out scare quotes of five words or fewer', () => {
    for (const [open, close] of STYLES) expect(quotes(`The sides discussed the so-called ${open}grain deal${close} and the ${open}new normal in trade${close}.`)).toEqual([]);
  });

  it('counts words as written: six words are a quotation, five are not, however many hyphens or apostrophes', () => {
    expect(quotes('Xi Jinping said the Mar-a-Lago meetings were “a well-prepared, high-level, long-awaited event”.')).toEqual([]);
    expect(quotes('Xi Jinping said the meetings were “a well-prepared, high-level, long-awaited and useful event”.')).toHaveLength(1);
  });

  it('leaves out the quoted title of a document, programme or motto', () => {
    for (const [open, close] of STYLES.slice(0, 3)) {
      expect(quotes(`The presidents signed the Agreement ${open}On Cooperation in the Field of Education and Science${close}.`)).toEqual([]);
      expect(quotes(`They approved the programme ${open}Digital Agenda of the Eurasian Economic Union until 2030${close}.`)).toEqual([]);
      expect(quotes(`The forum was held under the motto ${open}Together for a common future of our nations${close}.`)).toEqual([]);
      expect(quotes(`The leaders adopted a declaration, ${open}On the Further Development of Integration Processes${close}.`)).toEqual([]);
    }
  });

  it('still takes a quoted sentence after the same nouns when it is someone’s words', () => {
    const q = quotes('Vladimir Putin said: “The agreement we signed today will serve both our peoples well.”');
    expect(q).toEqual([{ speaker: 'Vladimir Putin', text: 'The agreement we signed today will serve both our peoples well.' }]);
  });
});

describe('quotes: several paragraphs', () => {
  const paras = ['We discussed trade and energy at length today', 'We also talked about the transport corridors in the region', 'Our ministers will meet again before the end of the year'];
  it('is one quotation when each paragraph opens again and only the last closes', () => {
    for (const [open, close] of STYLES.slice(0, 3)) {
      for (const [name] of LEADERS) {
        const body = `${name} said:\n\n${open}${paras[0]}.\n\n${open}${paras[1]}.\n\n${open}${paras[2]}.${close}\n\nThe talks ended.`;
        const q = quotes(body);
        expect(q).toHaveLength(1);
        expect(q[0]?.speaker).toBe(name);
        expect(q[0]?.text.startsWith(paras[0] ?? '')).toBe(true);
        expect(q[0]?.text.endsWith(`${paras[2]}.`)).toBe(true);
      }
    }
  });

  it('is one quotation when the middle paragraphs carry no marks', () => {
    const body = `Emmanuel Macron stated, in turn: “${paras[0]}.\n\n${paras[1]}.\n\n${paras[2]}.”`;
    expect(quotes(body)).toEqual([{ speaker: 'Emmanuel Macron', text: `${paras[0]}.\n\n${paras[1]}.\n\n${paras[2]}.` }]);
  });

  it('keeps a quotation nested in one of the same marks inside it', () => {
    for (const [open, close] of STYLES.slice(0, 3)) {
      const inner = `We support the ${open}One China${close} policy and will keep to it in every respect`;
      expect(quotes(`${open}${inner},${close} Xi Jinping said.`)).toEqual([{ speaker: 'Xi Jinping', text: inner }]);
    }
  });

  it('takes the quotation after a stray opening mark in the same paragraph', () => {
    for (const [open, close] of STYLES.slice(0, 2)) {
      const body = `The so-called ${open}grain deal was discussed. Xi Jinping said: ${open}${paras[1]}.${close}\n\nThe talks ended.`;
      expect(quotes(body).map((q) => [q.speaker, q.text])).toEqual([['Xi Jinping', `${paras[1]}.`]]);
    }
  });

  it('gives up a quotation that never closes when a new one opens inside a paragraph: the paragraph it opened is the quotation', () => {
    const body = `“${paras[0]}.\n\nThe leaders then spoke about other things, Xi Jinping said “${paras[1]}”.`;
    expect(quotes(body).map((q) => q.text)).toEqual([`${paras[0]}.`, paras[1]]);
  });

  it('reads a quotation that opens a paragraph and never closes as that paragraph (and those that reopen after it)', () => {
    for (const [name, role] of LEADERS) {
      const open = `${role} ${name} held talks with the delegation on Friday, government sources said.\n\n`;
      // No mark at all after it: the paragraph to the end of the text.
      expect(quotes(`${open}“${paras[0]}.\nThe visit ended on Saturday.`)).toEqual([{ speaker: null, text: `${paras[0]}.` }]);
      // Given up by a later quotation inside a paragraph.
      const later = `${open}“${paras[0]}.\n\nThe ministers met too.\n\nDamage in tourism – “${paras[1]},” professionals say.`;
      expect(quotes(later).map((q) => q.text)).toEqual([`${paras[0]}.`, paras[1]]);
      // A later paragraph that reopens with a mark belongs to it.
      const reopened = `${name} said:\n\n“${paras[0]}.\n\n“${paras[1]}.\n\nThe talks ended.`;
      expect(quotes(reopened)).toEqual([{ speaker: name, text: `${paras[0]}.\n\n“${paras[1]}.` }]);
    }
  });

  it('keeps no quotation for a stray opening mark inside a sentence that never closes', () => {
    const body = `The sides discussed the “grain deal and the transport corridors in the region.\n\nThe talks ended on Friday, and the ministers will meet again.`;
    expect(quotes(body)).toEqual([]);
  });
});

describe('quotes: attribution', () => {
  it('takes the speaker of a colon before the quotation over a speech verb in the next paragraph', () => {
    for (const [a] of LEADERS) {
      for (const [b] of LEADERS) {
        if (a === b) continue;
        const q = quotes(`${a} said: "${WORDS}."\n\n${b} said that he was very happy to host the talks.`);
        expect(q).toEqual([{ speaker: a, text: `${WORDS}.` }]);
      }
    }
  });

  it('takes the speaker named after the verb and after the quotation ("…," said X)', () => {
    for (const [name, role] of LEADERS) {
      expect(quotes(`“${WORDS},” said ${name}.`)[0]?.speaker).toBe(name);
      expect(quotes(`“${WORDS},” said the ${role}, ${name}.`)[0]?.speaker).toBe(name);
    }
  });

  it('takes the subject, not the addressee, of "X told Y: …"', () => {
    const q = quotes(`Vladimir Putin told Xi Jinping: “${WORDS}.”`);
    expect(q[0]?.speaker).toBe('Vladimir Putin');
    const r = quotes(`Xi Jinping told Vladimir Putin: “${WORDS}.”`);
    expect(r[0]?.speaker).toBe('Xi Jinping');
  });

  it('splits a quotation interrupted by its attribution into two, both by the speaker', () => {
    const q = quotes(`“The talks were useful and frank in every respect,” Emmanuel Macron said, “and we will meet again in the coming months.”`);
    expect(q.map((x) => x.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('gives no speaker to a quotation attributed to a press service, a statement or an unnamed source', () => {
    for (const who of ['the press service reports', 'the Kremlin press service said', 'a source in the delegation told reporters', 'the statement reads', 'the ministry said']) {
      const q = quotes(`Vladimir Putin and Xi Jinping held talks. “${WORDS},” ${who}.`);
      expect(q).toEqual([{ speaker: null, text: WORDS }]);
    }
    // A person named earlier in the sentence is not the speaker when the attribution after names a press service.
    for (const [name] of LEADERS) {
      expect(quotes(`${name} stressed the importance of the talks, and “${WORDS},” the press service reports.`)[0]?.speaker).toBeNull();
    }
    const r = quotes(`According to the press service of the President, “${WORDS}.”`);
    expect(r[0]?.speaker).toBeNull();
  });

  it('takes the speaker of the sentence before a quotation that stands alone, but not a person the sentence reports on', () => {
    for (const [a] of LEADERS) {
      for (const [b] of LEADERS) {
        if (a === b) continue;
        expect(quotes(`${a} stressed the importance of the talks with ${b}. “${WORDS}.”`)[0]?.speaker).toBe(a);
        expect(quotes(`${a} noted that the talks with ${b} were useful.\n\n“${WORDS}.”`)[0]?.speaker).toBe(a);
        expect(quotes(`The press service said that ${a} met ${b}. “${WORDS}.”`)[0]?.speaker).toBeNull();
        expect(quotes(`${a} met ${b} in the capital. “${WORDS}.”`)[0]?.speaker).toBeNull();
      }
    }
  });

  it('continues the speaker of the quotation before when nobody else is named between', () => {
    const q = quotes(`“${WORDS},” Xi Jinping said. “We will also discuss the new projects in the energy sector.”`);
    expect(q.map((x) => x.speaker)).toEqual(['Xi Jinping', 'Xi Jinping']);
    const r = quotes(`“${WORDS},” Xi Jinping said. Vladimir Putin thanked him. “We will also discuss the new projects in the energy sector.”`);
    expect(r[1]?.speaker).toBeNull();
  });
});

describe('quotes: metamorphic over real readouts', () => {
  // Readouts with quotations: a dev fixture and two agencies' styles. Every mark style must give the same quotations,
  // with the same speakers and offsets (each style here replaces one character by one).
  const texts = [loadFixture('seed').text, loadStyle('cn'), loadStyle('tass')];
  const restyle = (text: string, open: string, close: string): string => text.replaceAll('\u201C', open).replaceAll('\u201D', close);
  it.each(STYLES.filter(([o, c]) => o.length === 1 && c.length === 1 && o !== "'"))('gives the same quotations in %s … %s', (open, close) => {
    for (const text of texts) {
      const before = extract(text).quotes;
      expect(before.length).toBeGreaterThan(0);
      expect(extract(restyle(text, open, close)).quotes).toEqual(before);
    }
  });

  it('gives one quotation with the same speaker when a quotation is broken into paragraphs that each reopen', () => {
    let broke = 0;
    for (const text of texts) {
      const before = extract(text).quotes;
      const q = before[0];
      if (!q) continue;
      // Break the first quotation after its first sentence, as agencies lay out long quotations.
      const cut = text.indexOf('. ', text.indexOf(q.text.slice(0, 30)));
      if (cut < 0 || cut > text.indexOf(q.text.slice(-20))) continue;
      const broken = `${text.slice(0, cut + 1)}\n\n\u201C${text.slice(cut + 2)}`;
      const after = extract(broken).quotes;
      expect(after).toHaveLength(before.length);
      expect(after[0]?.speaker).toBe(q.speaker);
      broke++;
    }
    expect(broke).toBeGreaterThan(0);
  });
});

// People the gazetteer does not know, named bare (no honorific, no office right before the name) next to the speech
// verb; offices, ministries and news outlets that speak are no person.
const UNKNOWN: readonly string[] = ['Sagynbek Abdumutalip', 'Maria Lindqvist', 'Tomasz Wierzbicki', 'Aigerim Nurlanovna Seitkali'];

describe('quotes: speakers outside the gazetteer', () => {
  it.each(STYLES.filter(([o]) => o !== "'"))('names a bare name before or after the verb in %s … %s', (open, close) => {
    for (const name of UNKNOWN) {
      expect(quotes(`${open}${WORDS},${close} ${name} noted.`)).toEqual([{ speaker: name, text: WORDS }]);
      expect(quotes(`${open}${WORDS},${close} said ${name}.`)).toEqual([{ speaker: name, text: WORDS }]);
      expect(quotes(`${name} told reporters: ${open}${WORDS}.${close}`)[0]?.speaker).toBe(name);
    }
  });

  it('names the full name for a surname alone when the text gave the full name earlier', () => {
    for (const name of UNKNOWN) {
      const surname = name.split(' ').at(-1) ?? '';
      const text = `The session opens in Minsk on Thursday, the head of the department ${name} told.\n\n\u201C${WORDS},\u201D ${surname} said.`;
      expect(quotes(text)).toEqual([{ speaker: name, text: WORDS }]);
    }
  });

  it('takes the speaker from the reporting clause that ends a long sentence, not from the people named before it', () => {
    for (const name of UNKNOWN) {
      for (const [leader] of LEADERS) {
        const text =
          `On November 23, ${leader} will take part in the regular session of the Collective Security Council of the ` +
          `Collective Security Treaty Organization in Minsk (Belarus), head of the foreign policy department of the ` +
          `presidential administration ${name} told.\n\n\u201C${WORDS}.\u201D`;
        expect(quotes(text)[0]?.speaker).toBe(name);
      }
    }
  });

  it('gives no person for offices, ministries and outlets, nor for one unknown word', () => {
    const speakers = [
      'Malaysia’s Ministry of Foreign Affairs', 'the Presidential Communications Office', 'The Straits Times',
      'the Kremlin Press Service', 'Xinhua', 'the Foreign Ministry of Kazakhstan',
    ];
    for (const who of speakers) {
      for (const [open, close] of STYLES.slice(0, 3)) {
        expect(quotes(`${open}${WORDS},${close} ${who} added.`)).toEqual([{ speaker: null, text: WORDS }]);
      }
    }
  });
});

describe('quotes: titles of lectures and speeches', () => {
  it.each(STYLES.slice(0, 3))('reads a Title Case name with the sentence’s full stop inside %s … %s as no quotation', (open, close) => {
    for (const [name] of LEADERS) {
      for (const title of ['30 Years After Asian Renaissance: Strategic Takeaways for ASEAN', 'Building Bridges Between Eurasian Nations and Peoples']) {
        expect(quotes(`While in Manila, ${name} will speak at the University on ${open}${title}.${close}`)).toEqual([]);
        expect(quotes(`${name} delivered a lecture titled ${open}${title}${close} on Monday.`)).toEqual([]);
      }
    }
  });

  it('keeps a sentence in ordinary case ending in a full stop inside the marks as a quotation', () => {
    for (const [name] of LEADERS) {
      const q = quotes(`${name} said: \u201C${WORDS}.\u201D`);
      expect(q).toEqual([{ speaker: name, text: `${WORDS}.` }]);
    }
  });
});

describe('quotes: headlines and titles next to their attribution', () => {
  it('reads a line that is only a quotation with no sentence punctuation as a headline, not a quotation', () => {
    for (const [open, close] of STYLES.slice(0, 3)) {
      for (const line of ['Vilnius to host regional summit on September 14', 'Leaders of three states agree on new transit corridor']) {
        expect(quotes(`Friday, 3 May 2024\n\n${open}${line}${close}\n\nThe presidents will meet in Vilnius on 14 September.`)).toEqual([]);
      }
    }
  });

  it('keeps a quotation on a line of its own when it ends a sentence, follows a colon or is attributed', () => {
    for (const [name] of LEADERS) {
      expect(quotes(`${name} said:\n“${WORDS}”\nThe talks ended.`)).toEqual([{ speaker: name, text: WORDS }]);
      expect(quotes(`${name} met the delegation.\n“${WORDS}.”\nThe talks ended.`)).toHaveLength(1);
      expect(quotes(`“${WORDS},” ${name} said.`)).toHaveLength(1);
    }
  });

  it('keeps a Title Case sentence followed by its attribution as a quotation', () => {
    const cases: [string, string][] = [
      ['At the invitation of Sheikh Tamim Bin Hamad Al Thani, Emir of the State of Qatar, President Ruto Is in Doha for an Official Visit', 'a statement from the Presidency noted'],
      ['On Behalf of the Government of the Republic of Ghana, the President Welcomed the Delegation of the Kingdom of Morocco', 'the press office said'],
    ];
    for (const [text, who] of cases) expect(quotes(`“${text},” ${who}.`)).toEqual([{ speaker: null, text }]);
    // Still a title without an attribution after it.
    expect(quotes(`The delegation presented the report “Building Bridges Between Eurasian Nations and Peoples” on Monday.`)).toEqual([]);
  });
});

describe('quotes: who speaks', () => {
  it('takes the reporting clause that ends the sentence before a quotation standing alone, a person or none', () => {
    for (const [a] of LEADERS) {
      for (const [b] of LEADERS) {
        if (a === b) continue;
        expect(quotes(`${a} spoke on the telephone with ${b} on Friday, government sources said.\n\n“${WORDS}.”`)[0]?.speaker).toBeNull();
        expect(quotes(`${a} spoke on the telephone with ${b} on Friday, the press office said.\n\n“${WORDS}.”`)[0]?.speaker).toBeNull();
        expect(quotes(`${a} met ${b} on Friday, spokeswoman Maria Lindqvist told reporters.\n\n“${WORDS}.”`)[0]?.speaker).toBe('Maria Lindqvist');
        // "…, and said" continues the sentence: the subject of the sentence speaks.
        expect(quotes(`${a} stressed the importance of the talks with ${b}, and added.\n\n“${WORDS}.”`)[0]?.speaker).toBe(a);
      }
    }
  });

  it('finds the subject of a long sentence that ends in ", saying, “…”", not the person named after a preposition', () => {
    for (const [a, roleA] of LEADERS) {
      for (const [b] of LEADERS) {
        if (a === b) continue;
        const text =
          `Speaking with ${b} by telephone on Monday afternoon, ${roleA} ${a} referred to the long history of friendly ` +
          `and constructive relations between the two countries and their peoples over five centuries, saying, "${WORDS}".`;
        expect(quotes(text)[0]?.speaker).toBe(a);
      }
    }
  });

  it('does not take the person a spokesman speaks for, nor a possessive, as the speaker', () => {
    for (const [name] of LEADERS) {
      expect(quotes(`“${WORDS},” the spokesman for ${name} said.`)[0]?.speaker).toBeNull();
      expect(quotes(`${name} held talks. “${WORDS},” his spokesman said.`)[0]?.speaker).toBeNull();
    }
  });

  it('names a bare name before a speech verb past an adverb, rather than the person addressed after it', () => {
    for (const name of UNKNOWN) {
      for (const [leader, role] of LEADERS) {
        const text = `${role} ${leader} arrived on Monday. Mission Head ${name} also briefed the ${role} “on the most recent security developments” on the ground.`;
        expect(quotes(text)[0]?.speaker).toBe(name);
      }
    }
  });

  it('takes "He said:" opening a sentence as the subject of the sentence before', () => {
    for (const [a] of LEADERS) {
      for (const [b] of LEADERS) {
        if (a === b) continue;
        expect(quotes(`${a} met ${b} in the capital. He said: “${WORDS}.”`)[0]?.speaker).toBe(a);
        expect(quotes(`${a} met ${b} in the capital. She stressed: “${WORDS}.”`)[0]?.speaker).toBe(a);
      }
    }
  });

  it('resolves an office in lower case after its state to whoever held it', () => {
    const holders: [string, string, string][] = [
      ['the Turkish president', '2017-04-03', 'Erdo'],
      ['the Chinese president', '2024-03-01', 'Xi Jinping'],
      ['the French president', '2019-05-10', 'Macron'],
      ['the Russian president', '2015-06-01', 'Putin'],
    ];
    for (const [who, date, name] of holders) {
      const q = extract(`published: ${date}\n---\n“${WORDS},” ${who} has been quoted as saying.\n`).quotes;
      expect(q).toHaveLength(1);
      expect(q[0]?.speaker).toContain(name);
    }
    // An office with no state is left unnamed.
    expect(quotes(`“${WORDS},” the president said.`)[0]?.speaker).toBeNull();
  });

  it('gives "read the statement" to the person the text gave as its author, and none to an office’s statement', () => {
    for (const name of UNKNOWN) {
      for (const [leader] of LEADERS) {
        const text = `In a statement, State House Spokesperson ${name} said ${leader} will arrive on Monday.\n\n"${WORDS}," read the statement.`;
        expect(quotes(text)[0]?.speaker).toBe(name);
        const office = `${leader} will arrive on Monday, according to a statement from the Presidency.\n\n"${WORDS}," the statement added.`;
        expect(quotes(office)[0]?.speaker).toBeNull();
      }
    }
  });
});

describe('quotes: posts, characterisations, participles and offices named again', () => {
  const PAIRS: readonly [string, string, string][] = [
    ['Ilham Aliyev', 'Recep Tayyip Erdogan', 'Turkish'],
    ['Shavkat Mirziyoyev', 'Vladimir Putin', 'Russian'],
    ['Emmanuel Macron', 'Xi Jinping', 'Chinese'],
  ];
  const SAYING = 'a milestone in the history of our two friendly nations';

  it('takes posts and characterisations as the subject’s words', () => {
    for (const [a, b] of PAIRS) {
      expect(quotes(`${a} tweeted: “${WORDS}.”`)[0]?.speaker).toBe(a);
      expect(quotes(`${a} posted on X after the talks with ${b}: “${WORDS}.”`)[0]?.speaker).toBe(a);
      expect(quotes(`${a} described the talks with ${b} as “${SAYING}”.`)[0]?.speaker).toBe(a);
      expect(quotes(`${a} called the visit of ${b} “${SAYING}”.`)[0]?.speaker).toBe(a);
    }
  });

  it('gives a participle after a comma ("…, saying", "stressing that") to the subject of the main verb, not its object', () => {
    for (const [a, b] of PAIRS) {
      expect(quotes(`${a} welcomed ${b}, saying “${WORDS}.”`)[0]?.speaker).toBe(a);
      expect(quotes(`${a} thanked ${b} for the hospitality, stressing that “${WORDS}”.`)[0]?.speaker).toBe(a);
      expect(quotes(`${a} met ${b}, noting: “${WORDS}.”`)[0]?.speaker).toBe(a);
      // A finite verb after the object keeps its own subject.
      expect(quotes(`${a} met ${b}. ${b} noted: “${WORDS}.”`)[0]?.speaker).toBe(b);
    }
  });

  it('resolves "the <state> leader" and "the minister" to the person named before with that office', () => {
    for (const [a, b, adj] of PAIRS) {
      expect(extract(`published: 2024-03-01\n---\n${a} held talks with ${b}. “${WORDS},” the ${adj} leader said.\n`).quotes[0]?.speaker).toContain(b.split(' ').at(-1));
    }
    for (const name of UNKNOWN) {
      expect(quotes(`Foreign Minister ${name} arrived in the capital. “${WORDS},” the minister said.`)[0]?.speaker).toBe(name);
    }
    // No one named with the office: none.
    expect(quotes(`The talks were held in the capital. “${WORDS},” the minister said.`)[0]?.speaker).toBeNull();
  });
});

describe('quotes: a leader named later by the first word of the name, or after a style of address', () => {
  it('takes "X said …" with X the first word of a gazetteer name as the subject that "he said" refers to', () => {
    const body = (host: string, caller: string, short: string) =>
      `President ${host} received a telephone call from Prime Minister ${caller} on Thursday. ${short} said the leaders discussed palm oil exports. “${WORDS},” he said.`;
    expect(quotes(body('Joko Widodo', 'Anwar Ibrahim', 'Anwar'))[0]?.speaker).toBe('Anwar Ibrahim');
    expect(quotes(body('Emmanuel Macron', 'Shavkat Mirziyoyev', 'Shavkat'))[0]?.speaker).toBe('Shavkat Mirziyoyev');
  });

  it('binds no one when two people named in the text share that first word', () => {
    const body = 'Crown Prince Mohammed bin Salman received a telephone call from Sheikh Mohammed bin Zayed Al Nahyan on Thursday. Mohammed said the leaders discussed oil markets. “We will coordinate closely on the stability of the markets,” he said.';
    // The bare "Mohammed" is no one: "he" is the subject of the last sentence that named someone.
    expect(quotes(body)[0]?.speaker).toBe('Mohammed bin Salman');
  });

  it('reads "Datuk Seri", "Tun", "Shri" and "Smt" as styles before the name, not as a person', () => {
    const cases = [['Prime Minister', 'Datuk Seri', 'Anwar Ibrahim'], ['Prime Minister', 'Tun', 'Mahathir Mohamad'], ['Prime Minister', 'Shri', 'Narendra Modi'], ['President', 'Smt.', 'Droupadi Murmu']] as const;
    for (const [office, style, name] of cases) {
      const body = `${office} ${style} ${name} held talks with President Joko Widodo on Monday.`;
      expect(extract(`published: 2019-03-01\n---\n${body}\n`).events[0]?.participants.map((p) => p.name)).toEqual([name, 'Joko Widodo']);
    }
  });
});

describe('quotes: an office that belongs to someone', () => {
  it('gives "the Prime Minister’s Office said" to no one, but "Prime Minister X said" and "X’s spokesman Y" to their speakers', () => {
    for (const [name, office] of [['Lawrence Wong', 'Prime Minister'], ['Cyril Ramaphosa', 'President']] as const) {
      const visit = `${office} ${name} will visit Hanoi on Tuesday.`;
      expect(quotes(`${visit} “${WORDS},” the ${office}’s Office said in a statement.`)[0]?.speaker).toBeNull();
      expect(quotes(`${visit} “${WORDS},” the ${office}'s office said.`)[0]?.speaker).toBeNull();
      expect(quotes(`${visit} “${WORDS},” ${name} said in a statement.`)[0]?.speaker).toBe(name);
      expect(quotes(`${visit} “${WORDS},” ${name.split(' ')[1]}’s spokesperson Maria Lindqvist told reporters.`)[0]?.speaker).toBe('Maria Lindqvist');
    }
  });
});

describe('quotes: "the Chancellor" of a Latin American release', () => {
  const said = '“We have expressed our concern regarding the rights of our citizens abroad and the need for dialogue.”';
  it('is the foreign minister named before when no chancellor was', () => {
    expect(quotes(`Foreign Minister Santiago Cafiero met Secretary of State Antony Blinken on Monday. Afterwards the Chancellor said: ${said}`)[0]?.speaker).toBe('Santiago Cafiero');
    expect(quotes(`The delegation was led by Minister of Foreign Affairs Mauro Vieira. The Chancellor said: ${said}`)[0]?.speaker).toBe('Mauro Vieira');
  });
  it('is the chancellor when one was named', () => {
    expect(quotes(`Chancellor Olaf Scholz met Foreign Minister Annalena Baerbock on Monday. Afterwards the Chancellor said: ${said}`)[0]?.speaker).toBe('Olaf Scholz');
  });
});

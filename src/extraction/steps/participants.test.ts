// Who takes part, as unseen agencies write them: styles of address, titles before a longer name, offices in the
// possessive, one person named twice in one event, and family names several people bear. Invented readouts with other
// leaders, states, dates and wording, and negatives.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const people = (d: ExtractionDocument): string[][] => d.events.map((e) => e.participants.map((p) => p.name));
const all = (d: ExtractionDocument): string[] => d.events.flatMap((e) => e.participants.map((p) => p.name));

describe('styles of address are not people', () => {
  it('"His Majesty", "His Highness the Amir", "Honorable" stand before the name and are no participant', () => {
    const cases: [string, string, string[]][] = [
      ['2021-03-02', 'His Majesty King Abdullah II received a phone call today from President Joe Biden.', ['Abdullah', 'Biden']],
      ['2022-05-03', 'His Highness the Amir Sheikh Tamim bin Hamad Al Thani received Tuesday evening a telephone call from President Emmanuel Macron.', ['Tamim', 'Macron']],
      ['2019-07-08', 'His Excellency President Recep Tayyip Erdogan held a telephone conversation with Honorable Vladimir Putin on Monday.', ['Erdogan', 'Putin']],
    ];
    for (const [date, body, names] of cases) {
      const d = doc(date, body);
      const found = all(d);
      expect(found.filter((n) => /Majesty|Highness|Excellency|Honorable/.test(n)), body).toEqual([]);
      for (const n of names) expect(found.some((f) => f.includes(n)), `${body}: ${n}`).toBe(true);
    }
  });

  it('a title opening a short alias gives way to the longer name after it ("Sultan Haitham bin Tarik")', () => {
    const d = doc('2023-05-09', 'His Majesty Sultan Haitham bin Tarik received a phone call this afternoon from President Cyril Ramaphosa.');
    expect(people(d)).toEqual([['Haitham bin Tarik', 'Cyril Ramaphosa']]);
  });

  it('"Dr Seyyed Ebrahim Raisi" is Raisi once, not a second person named by pattern', () => {
    const d = doc('2022-02-14', 'Speaking with Chancellor Karl Nehammer by telephone on Monday afternoon, Ayatollah Dr Seyyed Ebrahim Raisi referred to the long history of relations.');
    const names = all(d);
    expect(names.filter((n) => n.includes('Raisi'))).toHaveLength(1);
  });

  it('"President His Highness Sheikh Mohamed bin Zayed" binds the office to the known name', () => {
    const d = doc('2023-04-05', 'President His Highness Sheikh Mohamed bin Zayed Al Nahyan and President Emmanuel Macron held a phone call today.');
    expect(all(d).filter((n) => /His|Highness|Sheikh$/.test(n))).toEqual([]);
    expect(all(d).some((n) => n.includes('Mohamed bin Zayed'))).toBe(true);
  });

  it('negative: a person found by pattern after an honorific still is one ("Mr Tomas Brenner")', () => {
    const d = doc('2021-06-01', 'Prime Minister Mark Rutte held talks with Mr Tomas Brenner in Rotterdam on Monday.');
    expect(all(d).some((n) => n.includes('Tomas Brenner'))).toBe(true);
  });

  it('"in The Hague" is the city, not William Hague', () => {
    const d = doc('2021-06-01', 'Prime Minister Mark Rutte held talks with President Andrzej Duda in The Hague on Monday.');
    expect(all(d).some((n) => n.includes('Hague'))).toBe(false);
    expect(d.events[0]?.where).toBe('The Hague');
  });
});

describe("an office in the possessive is not its holder's name", () => {
  it('"the President\'s Media Division" and "the Prime Minister\'s Office" are nobody', () => {
    for (const body of [
      'President Ranil Wickremesinghe met Narendra Modi in New Delhi today, the President\'s Media Division reported.',
      'Prime Minister Shehbaz Sharif held talks with Recep Tayyip Erdogan in Ankara today, the Prime Minister\'s Press Wing said.',
    ]) {
      const d = doc('2023-07-20', body);
      expect(all(d).filter((n) => /Media|Division|Press|Wing/.test(n)), body).toEqual([]);
    }
  });

  it('negative: an office followed by a name still binds it ("President Nana Addo Dankwa")', () => {
    const d = doc('2018-03-05', 'President Mahamadou Issoufou held talks with President Roch Kabore in Niamey on Monday.');
    expect(all(d).some((n) => n.includes('Issoufou'))).toBe(true);
  });
});

describe('one person named twice in one event is one participant', () => {
  it('a glued or longer spelling found by pattern beside the known name is dropped ("Nana AkufoAddo" beside "Akufo-Addo")', () => {
    const d = doc('2021-04-12', 'President Nana AddoDankwaAkufo-Addo held talks with President George Weah in Monrovia on Monday. Akufo-Addo thanked his host.');
    for (const p of people(d)) expect(p.filter((n) => n.toLowerCase().includes('akufo')).length, p.join('|')).toBeLessThanOrEqual(1);
  });

  it('negative: two people of one family with different given names both stay', () => {
    const d = doc('2022-03-01', 'Sheikh Tamim bin Hamad Al Thani received Sheikh Mohammed bin Abdulrahman Al Thani and Antony Blinken in Doha on Monday.');
    const names = all(d);
    expect(names.some((n) => n.includes('Tamim'))).toBe(true);
    expect(names.some((n) => n.includes('Blinken'))).toBe(true);
  });
});

describe('a family name several people bear', () => {
  it('"Al Nahyan" after a short form of the name is the rest of that name, not another bearer', () => {
    const d = doc('2019-11-18', 'At the invitation of Sheikh Mohammed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, President Muhammadu Buhari is in Abu Dhabi for an official visit.');
    const names = all(d);
    expect(names.filter((n) => /Nahyan|Zayed/.test(n))).toHaveLength(1);
    expect(names.some((n) => n.includes('Khalifa') || n.includes('Abdullah'))).toBe(false);
  });
});

describe('offices of a list of states that ends in a region', () => {
  const summit = (d: ExtractionDocument): string[] => d.events.filter((e) => e.kind === 'summit').flatMap((e) => e.participants.map((p) => p.country ?? ''));
  it('"Presidents of Croatia, Slovenia and the Baltic states will meet" are the presidents of all five', () => {
    const d = doc('2019-05-02', 'Presidents of Croatia, Slovenia and the Baltic states will meet in Riga on 20 May for a regional summit.');
    expect(summit(d).sort()).toEqual(['EE', 'HR', 'LT', 'LV', 'SI']);
  });

  it('negative: "the Baltic Sea" after the list is no region of states', () => {
    const d = doc('2019-05-02', 'Presidents of Croatia and Slovenia and the Baltic Sea ports will meet in Riga on 20 May for a regional summit.');
    expect(summit(d).filter((c) => c === 'EE' || c === 'LV' || c === 'LT')).toEqual([]);
  });
});

describe('a gathering named only as what others prepare for or act on', () => {
  const summit = (d: ExtractionDocument) => d.events.find((e) => e.kind === 'summit' || e.kind === 'session');
  it('"In preparation for next month\'s G7 summit, X visited Y" lists no one at the summit', () => {
    const d = doc('2023-04-12', "In preparation for next month's G7 summit, Prime Minister Rishi Sunak paid a visit to Chancellor Olaf Scholz in Berlin.");
    expect(summit(d)?.participants).toEqual([]);
    expect(all(d).some((n) => n.includes('Scholz'))).toBe(true);
  });
  it('"met … to discuss the decisions taken at the Madrid Summit in June" lists no one at that summit', () => {
    const d = doc('2022-10-06', 'Secretary General Jens Stoltenberg met Prime Minister Mark Rutte on Thursday to discuss the implementation of the decisions taken at the Madrid Summit in June.');
    expect(summit(d)?.participants).toEqual([]);
  });
  it('negative: "X and Y met on the sidelines of the Summit in June" still places them there', () => {
    const d = doc('2022-10-06', 'Prime Minister Mark Rutte and Chancellor Olaf Scholz attended the Madrid Summit in June.');
    expect(summit(d)?.participants.length).toBe(2);
  });
});

describe('a group named by office and tied to the parties is those offices\' holders on the occurrence\'s date', () => {
  const names = (d: ExtractionDocument, kind: string): string[][] => d.events.filter((e) => e.kind === kind).map((e) => e.participants.map((p) => p.name));
  it('"a summit of their leaders" after a meeting of two foreign ministers lists each state\'s leader', () => {
    const d = doc('2018-03-08', 'Foreign Minister Heiko Maas met Foreign Minister Jean-Yves Le Drian in Paris on Thursday. The ministers are preparing a summit of their leaders next month.');
    const summit = names(d, 'summit')[0] ?? [];
    expect(summit.some((n) => n.includes('Merkel'))).toBe(true);
    expect(summit.some((n) => n.includes('Macron'))).toBe(true);
    expect(summit.some((n) => n.includes('Maas'))).toBe(false);
  });
  it('"the Prime Ministers of the two countries will meet" after a call of two presidents lists the prime ministers', () => {
    const d = doc('2016-02-10', 'President Francois Hollande and President Vladimir Putin spoke by telephone on Wednesday. The presidents agreed that the Prime Ministers of the two countries will meet in Moscow in April.');
    const talks = names(d, 'talks')[0] ?? [];
    expect(talks.some((n) => n.includes('Valls'))).toBe(true);
    expect(talks.some((n) => n.includes('Medvedev'))).toBe(true);
    expect(talks.some((n) => n.includes('Hollande'))).toBe(false);
  });
  it('a past instance ("which last took place in … in June 2012") takes the leaders of its own date', () => {
    const d = doc('2019-06-20', 'Foreign Minister Taro Kono met Foreign Minister Jean-Yves Le Drian in Tokyo on Thursday. The talks could pave the way for a bilateral summit of their leaders, which last took place in the northern French city of Lille in June 2012.');
    const held = d.events.find((e) => e.kind === 'summit' && e.when.from === '2012-06-01');
    expect(held?.where).toBe('Lille');
    expect(held?.participants.map((p) => p.name)).toEqual(['Yoshihiko Noda', 'François Hollande']);
    const next = d.events.find((e) => e.kind === 'summit' && e !== held);
    expect(next?.participants.map((p) => p.name)).toEqual(['Shinzo Abe', 'Emmanuel Macron']);
  });
  it('a state whose holder on that date is unknown keeps the parties as named ("the two presidents" in 1996)', () => {
    const d = doc('1996-05-10', 'President Jacques Chirac spoke with President Boris Yeltsin by telephone on Friday. The two presidents agreed to meet in Paris in June.');
    const talks = names(d, 'talks')[0] ?? [];
    expect(talks.some((n) => n.includes('Chirac'))).toBe(true);
    expect(talks.some((n) => n.includes('Yeltsin'))).toBe(true);
  });
  it('negative: "the leaders" with no tie to the parties is left to the main event\'s people', () => {
    const d = doc('2016-02-10', 'President Francois Hollande and President Vladimir Putin spoke by telephone on Wednesday. The leaders agreed to meet in Moscow in April.');
    expect(all(d).some((n) => n.includes('Valls'))).toBe(false);
    expect((names(d, 'talks')[0] ?? []).some((n) => n.includes('Hollande'))).toBe(true);
  });
});

describe('an office in the possessive before an institution or staff is no participant', () => {
  it('"representatives of the Moldovan President\'s Administration", "the Prime Minister\'s diplomatic office" name no holder', () => {
    const d = doc('2022-03-15', 'Prime Minister Petr Fiala arrived in Chisinau on Tuesday, where he was greeted by Foreign Minister Nicu Popescu and representatives of the Moldovan President\'s Administration.');
    expect(all(d).some((n) => n.includes('Sandu'))).toBe(false);
    expect(all(d).some((n) => n.includes('Popescu'))).toBe(true);
    const e = doc('2022-03-15', "Chancellor Olaf Scholz spoke with Prime Minister Mark Rutte on Tuesday; the call was arranged by the Prime Minister's diplomatic office.");
    expect(e.events[0]?.participants.length).toBe(2);
  });
  it('negative: "the President\'s visit" and "the President\'s invitation" still name the holder', () => {
    const d = doc('2022-03-15', "Foreign Minister Nicu Popescu said the Moldovan President's visit to Bucharest will take place on 20 March.");
    expect(all(d).some((n) => n.includes('Sandu'))).toBe(true);
  });
});

describe('a visit referred back to with its length', () => {
  it('"As part of his three-day visit" is the visit of three days, not a one-day stop reported since', () => {
    const d = doc('2022-04-05', 'President Andrzej Duda arrived in Kyiv today for his April 5-7 visit, where he was greeted by Foreign Minister Dmytro Kuleba. Today, the EU Advisory Mission is hosting President Duda for a field visit in the Bucha area. As part of his three-day visit, President Duda is set to meet with his Ukrainian counterpart Volodymyr Zelensky, Prime Minister Denys Shmyhal, and Speaker Ruslan Stefanchuk.');
    const meetings = d.events.filter((e) => e.kind === 'talks');
    expect(meetings.map((e) => [e.when.from, e.when.to, e.where])).toEqual(Array(3).fill(['2022-04-05', '2022-04-07', 'Kyiv']));
    const visit = d.events.find((e) => e.kind === 'visit' && e.where === 'Kyiv');
    expect(visit?.participants.some((p) => p.name.includes('Shmyhal'))).toBe(true);
  });
});

describe('the hosts of a visit still to come or under way, as the sentences reporting it name them', () => {
  const visit = (d: ExtractionDocument) => d.events.find((e) => e.kind === 'visit');
  const has = (d: ExtractionDocument, name: string): boolean => !!visit(d)?.participants.some((p) => p.name.includes(name));
  it('"He will discuss … with President of <the visited state> X" a few sentences on', () => {
    const d = doc('2023-06-12', 'ASHGABAT - President Shavkat Mirziyoyev will pay a state visit to Turkmenistan on June 15-16.\n\nPhoto: the presidents in Tashkent in 2022.\n\nHe will discuss the prospects of the strategic partnership with President of Turkmenistan Serdar Berdimuhamedov.');
    expect(has(d, 'Berdimuhamedov')).toBe(true);
  });
  it('"will be received by his host, President X" whatever the visit\'s place', () => {
    const d = doc('2019-03-14', "Senegal's President Macky Sall arrives in the country on Friday, March 15, for a two-day official visit. He will visit a few sites around Banjul later in the afternoon. On Saturday, President Sall will be received by his host, President Adama Barrow, before departing.");
    expect(has(d, 'Barrow')).toBe(true);
  });
  it('negative: a leader of the visited state named otherwise ("happy to host X at …") is no host of the visit', () => {
    const d = doc('2017-04-12', 'President Donald Trump will pay a state visit to China later this year. Trump said that he was very happy to host President Xi Jinping at Mar-a-Lago.');
    expect(visit(d)).toBeDefined();
    expect(has(d, 'Xi')).toBe(false);
  });
  it('negative: a list of inviters is each stop\'s own, and none of a trip with no single place', () => {
    const d = doc('2018-11-23', 'President Xi Jinping will pay state visits to Spain and Argentina from November 27 to December 2. The visits are at the invitation of Spanish King Felipe VI and Argentine President Mauricio Macri.');
    const trip = d.events.find((e) => e.kind === 'visit' && e.where === null);
    expect(trip?.participants.map((p) => p.name)).toEqual(['Xi Jinping']);
    const spain = d.events.find((e) => e.kind === 'visit' && e.where === 'Spain');
    expect(spain?.participants.some((p) => p.name.includes('Macri'))).toBe(false);
  });
});

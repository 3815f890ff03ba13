// Where an event is (GUIDELINES.md, `where`): the city, or the country when no city is given, as written. Rules tested
// with invented readouts in other states, cities and wordings, and with negatives built like the over-firing cases.
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { extractReadout } from './readout.ts';
import type { ExtractionDocument } from './types.ts';

const doc = extractReadout;
const places = (d: ExtractionDocument): (string | null)[] => d.events.map((e) => e.where);

describe('a place the gazetteer does not know', () => {
  it('a hyphenated name is one place: "Ulaan-Ude", "Aix-en-Provence", "Petropavlovsk-Kamchatsky"', () => {
    const cases: [string, string][] = [
      ['Ukhnaagiin Khurelsukh will take part in the World Herders Forum to be held in Ulaan-Ude on 3 August.', 'Ulaan-Ude'],
      ['Emmanuel Macron and Olaf Scholz met in Aix-en-Provence on 12 May.', 'Aix-en-Provence'],
      ['Vladimir Putin and Fumio Kishida will hold talks in Petropavlovsk-Kamchatsky on 5 September.', 'Petropavlovsk-Kamchatsky'],
    ];
    for (const [body, where] of cases) expect(places(doc('2024-06-01', body)), body).toContain(where);
  });

  it('close to the trigger it is the place; a town written as such is the place wherever it stands', () => {
    expect(places(doc('2023-01-10', 'Alexander Lukashenko and Vladimir Putin held talks in Zavidovo on 9 January.'))).toEqual(['Zavidovo']);
    const d = doc('2024-03-01', 'Ilham Aliyev held talks with Recep Tayyip Erdogan on 29 February, after the two leaders had toured a new industrial park together in the town of Nakhchivan.');
    expect(places(d)).toContain('Nakhchivan');
  });

  it('words before the settlement noun: "in the southern Italian city of Bari", "in the old port town of Batumi"', () => {
    expect(places(doc('2023-01-10', 'Giorgia Meloni and Kyriakos Mitsotakis held talks in the southern Italian city of Bari on 9 January.'))).toEqual(['Bari']);
    expect(places(doc('2023-01-10', 'Irakli Garibashvili and Nikol Pashinyan held talks in the old port town of Batumi on 9 January.'))).toEqual(['Batumi']);
  });

  it('negative: a region or a body named far on in the clause is what was discussed, not where', () => {
    for (const body of [
      'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev on 12 March, and the two presidents discussed the prospects of water and energy cooperation in Central Asia.',
      'Emmanuel Macron spoke with Volodymyr Zelensky by phone on 4 April; they discussed the situation at the front and the humanitarian needs of the civilians who remain in Donbas.',
      'Olaf Scholz held talks with Mark Rutte on 7 June; the two leaders also reviewed the preparations for the debate on the new budget in Parliament.',
    ]) {
      const d = doc('2024-06-10', body);
      expect(d.events.length, body).toBeGreaterThan(0);
      expect(places(d).filter((p) => p && /Asia|Donbas|Parliament/.test(p)), body).toEqual([]);
    }
  });
});

describe("a state's possessive before a place", () => {
  it('"in South Korea\'s port city of Busan" is Busan; "in Russia\'s Sochi" is Sochi', () => {
    for (const [body, where] of [
      ['The three countries are working out details to hold talks among their foreign ministers in South Korea\'s port city of Busan later this month.', 'Busan'],
      ['Recep Tayyip Erdogan and Vladimir Putin will hold talks in Russia\'s Black Sea resort of Sochi on 4 September.', 'Sochi'],
      ['Xi Jinping and Emmanuel Macron met in China\'s southern city of Guangzhou on 7 April.', 'Guangzhou'],
    ] as const) expect(places(doc('2023-08-30', body)), body).toContain(where);
  });

  it('negative: before a person it names no place ("talks among South Korea\'s Park Jin and …")', () => {
    for (const body of [
      'The foreign ministers will hold talks with South Korea\'s Park Jin and Japan\'s Yoko Kamikawa on 26 November.',
      'Antony Blinken met Japan\'s Yoko Kamikawa on 8 November.',
    ]) expect(places(doc('2023-11-20', body)).filter((p) => p && /Korea|Japan/.test(p)), body).toEqual([]);
  });
});

describe('the dateline city', () => {
  const withSource = (source: string, published: string, body: string): ExtractionDocument => extract(`source: ${source}\npublished: ${published}\n---\n${body}\n`);

  it('is where an occurrence held in its country took place, in every dash and dateline style', () => {
    for (const [published, body, city] of [
      ['2023-01-24', 'BANDAR SERI BEGAWAN - Malaysia\'s Prime Minister Anwar Ibrahim arrived in Brunei on Tuesday for a two-day official visit.', 'BANDAR SERI BEGAWAN'],
      ['2024-03-05', 'ASTANA – Uzbek President Shavkat Mirziyoyev arrived in Kazakhstan on 5 March on a state visit.', 'ASTANA'],
      ['2022-06-10', 'HANOI, June 10 (Reuters) — Anthony Albanese arrived in Vietnam on Friday for a state visit.', 'HANOI'],
    ]) expect(places(withSource('Example Wire (news agency)', published as string, body as string)), body).toEqual([city]);
  });

  it('a meeting held that day with a leader of its state, in no place the text gives, was there', () => {
    const d = withSource('United Nations, Office of the Secretary-General: readout', '2019-04-02', 'Lisbon, Portugal\n\n2 April 2019\n\nThe Secretary-General met today with Mr. António Costa, the Prime Minister of Portugal.');
    expect(places(d)).toEqual(['Lisbon']);
  });

  it('negative: a planned visit to the country stays a visit to the country; a call has no place', () => {
    const d = withSource('Example Wire (news agency)', '2022-11-18', 'HANOI — The spokesperson said a phone call between Nguyen Phu Trong and Joe Biden and a visit by the US leader to Vietnam are being prepared.');
    expect(d.events.map((e) => [e.kind, e.where]).sort()).toEqual([['phone_call', null], ['visit', 'Vietnam']]);
  });

  it('negative: a dateline at the publisher\'s home, a headline naming cities, and a place the text gives stay as they are', () => {
    const home = withSource('https://en.yna.co.kr (Yonhap News Agency, Republic of Korea)', '2023-11-16', 'SEOUL, Nov. 16 (Yonhap) -- Foreign Minister Park Jin held talks with Yoko Kamikawa today.');
    expect(places(home)).toEqual([null]);
    const headline = withSource('Example Wire (news agency)', '2024-05-16', 'Moscow, Beijing sign joint statement\n\nVladimir Putin held talks with Xi Jinping in Russia today.');
    expect(places(headline)).toEqual(['Russia']);
    const own = withSource('Example Wire (news agency)', '2024-05-16', 'MOSCOW - Vladimir Putin held talks with Xi Jinping in Sochi today.');
    expect(places(own)).toEqual(['Sochi']);
  });
});

describe('a name the gazetteer does not know, merged with a visit to a country', () => {
  it('written as a town, it is the finer place ("will visit the city of Osh")', () => {
    const d = doc('2023-05-30', 'Emomali Rahmon will make a working visit to Kyrgyzstan on 2 June. Emomali Rahmon will visit the city of Karakol at the invitation of Sadyr Japarov.');
    expect(places(d)).toEqual(['Karakol']);
  });

  it('negative: any other capitalised word after "to" does not replace the country', () => {
    for (const [body, where] of [
      ['Anwar Ibrahim made his first official visit to Indonesia on Jan 8 and 9. Anwar’s visit to S’pore sets stage for progress.', 'Indonesia'],
      ['Narendra Modi made an official visit to Malaysia on 3-4 March. Modi’s visit to KL was a milestone for the partnership.', 'Malaysia'],
    ] as const) expect(places(doc('2023-03-10', body))[0], body).toBe(where);
  });
});

describe('an occurrence that is part of another ("during", "on the sidelines of", "as part of")', () => {
  it('dated by its own words, it takes the place of the occurrence it is part of', () => {
    for (const [published, body, kind, where] of [
      ['2024-05-10', 'The leaders discussed having the Prime Ministers meet during the Economic Forum to be held in Irkutsk, Russia, in September this year.', 'talks', 'Irkutsk'],
      ['2023-06-01', 'Narendra Modi will address a business forum on 21 June during his state visit to Washington.', 'other', 'Washington'],
    ] as const) {
      const e = doc(published, body).events.find((x) => x.kind === kind);
      expect([e?.when.from !== null, e?.where], body).toEqual([true, where]);
    }
  });

  it('negative: a place of its own stays, and a call lends none', () => {
    const own = doc('2023-02-28', 'Ferdinand Marcos Jr. will host a dinner in Cebu on 2 March during Anwar Ibrahim’s official visit to Manila.');
    expect(own.events.find((e) => e.kind === 'other')?.where).toBe('Cebu');
    const call = doc('2024-05-10', 'Vladimir Putin and Xi Jinping agreed on 9 May during a telephone conversation to hold talks in September.');
    expect(call.events.find((e) => e.kind === 'talks')?.where ?? null).toBeNull();
  });
});

describe('a name followed by its state ("in Irkutsk, Russia")', () => {
  it('is a place wherever it stands in the clause', () => {
    for (const [body, where] of [
      ['Ukhnaagiin Khurelsukh held talks with Vladimir Putin on 3 September, after which the two leaders attended the opening of a new railway terminal in Ulan-Ude, Russia.', 'Ulan-Ude'],
      ['Shavkat Mirziyoyev held talks with Recep Tayyip Erdogan on 12 May and later the two presidents inaugurated a joint textile plant together in Urgut, Uzbekistan.', 'Urgut'],
    ] as const) expect(places(doc('2024-09-10', body)), body).toContain(where);
  });

  it('negative: a region in a list of states is what was discussed', () => {
    const body = 'Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev on 12 March and discussed the prospects of transport links across Central Asia and beyond, in Central Asia, Russia and China.';
    expect(places(doc('2024-03-20', body)).filter((p) => p && /Asia/.test(p))).toEqual([]);
  });
});

describe('the place of a visit\'s items and of a hosted gathering', () => {
  it('items of a visit placed in a city take that city when they write none or only the state', () => {
    const d = doc('2023-05-05', 'President Hakainde Hichilema will pay a state visit to Kigali on 8-9 May. During the visit, Hichilema will hold talks with President Paul Kagame on 9 May. Hichilema will also attend a dinner with Zambians in Rwanda on 8 May.');
    const items = d.events.filter((e) => e.kind !== 'visit');
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) expect(e.where, e.kind).toBe('Kigali');
  });
  it('negative: an item outside the visit\'s window or in another state keeps its own place', () => {
    const d = doc('2023-05-05', 'President Hakainde Hichilema will pay a state visit to Kigali on 8-9 May. During the visit, Hichilema will hold talks with President Paul Kagame on 9 May. He will then attend a summit in Uganda on 12 May.');
    expect(d.events.find((e) => e.kind === 'summit')?.where).toBe('Uganda');
  });
  it('"<City> to host regional summit on <date>" places the summit in the city', () => {
    const d = doc('2019-03-04', 'Vilnius to host regional summit on March 20\n\nThe presidents of the Baltic states will meet on March 20, President Gitanas Nauseda announced.');
    expect(d.events.find((e) => e.kind === 'summit')?.where).toBe('Vilnius');
  });
});

// The classes filled in data/people-fill.ts: whole offices of whole regions, looked up by office and date, merged into
// the people already listed, and found in invented readouts; and the look-up rules that keep place names and common
// given names from being read as someone's surname.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';
import { COUNTRIES } from './data/countries.ts';
import { PEOPLE } from './data/people.ts';
import { PEOPLE_FILL } from './data/people-fill.ts';
import { defaultGazetteer } from './default.ts';

const g = defaultGazetteer();
const holder = (role: string, country: string, date: string): string | undefined => g.holders(role, country, date)[0]?.name;
const doc = extractReadout;
const names = (d: ExtractionDocument): string[] => d.events.flatMap((e) => e.participants.map((p) => p.name));

describe('filled classes: the office, the state and the date name the holder', () => {
  it('heads of state and government of states the regional files lacked', () => {
    const cases: [string, string, string, string][] = [
      ['Prime Minister', 'KH', '2022-12-27', 'Hun Sen'], ['Prime Minister', 'KH', '2024-03-01', 'Hun Manet'],
      ['President', 'LA', '2023-05-01', 'Thongloun Sisoulith'], ['Prime Minister', 'LA', '2023-05-01', 'Sonexay Siphandone'],
      ['President', 'MV', '2024-02-01', 'Mohamed Muizzu'], ['President', 'MV', '2020-02-01', 'Ibrahim Mohamed Solih'],
      ['President', 'LR', '2017-05-25', 'Ellen Johnson Sirleaf'], ['President', 'LR', '2020-01-01', 'George Weah'],
      ['Prime Minister', 'AL', '2019-01-01', 'Edi Rama'], ['Prime Minister', 'MK', '2018-06-01', 'Zoran Zaev'],
      ['President', 'ME', '2020-01-01', 'Milo Đukanović'], ['Prime Minister', 'NZ', '2019-03-20', 'Jacinda Ardern'],
      ['King', 'NO', '2015-01-01', 'King Harald V'], ['Grand Duke', 'LU', '2019-11-07', 'Grand Duke Henri'],
      ['President', 'RO', '2014-07-15', 'Traian Băsescu'], ['President', 'GT', '2021-01-01', 'Alejandro Giammattei'],
      ['President', 'ZM', '2022-01-01', 'Hakainde Hichilema'], ['Prime Minister', 'JM', '2020-01-01', 'Andrew Holness'],
    ];
    for (const [role, country, date, name] of cases) expect(holder(role, country, date), `${role} ${country} ${date}`).toBe(name);
  });

  it('foreign ministers of Europe, the Middle East, Asia and the larger states elsewhere', () => {
    const cases: [string, string, string][] = [
      ['NO', '2019-06-01', 'Ine Eriksen Søreide'], ['SE', '2016-01-01', 'Margot Wallström'], ['BG', '2019-01-01', 'Ekaterina Zaharieva'],
      ['RO', '2021-01-01', 'Bogdan Aurescu'], ['GR', '2020-06-26', 'Nikos Dendias'], ['KH', '2020-01-01', 'Prak Sokhonn'],
      ['JO', '2022-01-01', 'Ayman Safadi'], ['GH', '2019-11-18', 'Shirley Ayorkor Botchwey'], ['MK', '2022-01-01', 'Bujar Osmani'],
      ['SG', '2020-01-01', 'Vivian Balakrishnan'], ['AR', '2022-01-01', 'Santiago Cafiero'], ['IQ', '2022-01-01', 'Fuad Hussein'],
    ];
    for (const [country, date, name] of cases) expect(holder('Foreign Minister', country, date), `${country} ${date}`).toBe(name);
  });

  it('a person already listed gets the filled office added, not a second entry', () => {
    for (const name of ['Micheál Martin', 'Alexander Stubb', 'Sebastian Kurz', 'Lars Løkke Rasmussen', 'George Papandreou']) {
      const entries = PEOPLE.filter((p) => p.name === name || p.aliases.includes(name));
      expect(entries.length, name).toBe(1);
      expect(entries[0]?.positions.some((pos) => pos.role === 'Foreign Minister'), name).toBe(true);
    }
  });

  it('every row is well formed: a known state, ISO dates in order', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    for (const p of PEOPLE_FILL) {
      for (const pos of p.positions) {
        expect(codes.has(pos.country ?? ''), `${p.name} ${pos.country}`).toBe(true);
        expect(pos.from, p.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (pos.to !== null) {
          expect(pos.to, p.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(pos.from <= pos.to, p.name).toBe(true);
        }
      }
    }
  });
});

describe('found in readouts', () => {
  it('a leader named with honorifics and an office after the name ("Samdech Techo Hun Sen, Prime Minister of …")', () => {
    const d = doc('2022-12-27', 'Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, this morning said that he would pay a visit to Laos early next year.');
    expect(names(d).some((n) => n.endsWith('Hun Sen'))).toBe(true);
  });

  it('the host of a visit named in full joins it ("Ellen Johnson Sirleaf")', () => {
    const d = doc('2019-02-10', 'President Joseph Boakai will receive Prime Minister Sam Matekane in Monrovia on Friday, 15 February.');
    expect(names(d).some((n) => n.includes('Boakai'))).toBe(true);
    expect(names(d).some((n) => n.includes('Matekane'))).toBe(true);
  });
});

describe('look-up rules for bare words', () => {
  it('the place after "of" in a monarch\'s name is no surname ("Kedah", "Luxembourg")', () => {
    for (const word of ['Kedah', 'Kelantan', 'Luxembourg', 'Johor', 'Pahang']) {
      const m = g.match([{ type: 'word', text: word, key: word.toLowerCase(), start: 0, end: word.length, cap: true, upper: false, lineBefore: false, spaceBefore: false, possessive: false, value: NaN }], 0);
      expect(m?.entries.some((e) => e.type === 'person') ?? false, word).toBe(false);
    }
  });

  it('a common given name alone is nobody ("Mohamed", "Hussein"), while the full name is found', () => {
    const d = doc('2022-03-01', 'Foreign Minister Fuad Hussein held talks with Mohamed, a local official, in Baghdad on Monday.');
    expect(names(d).filter((n) => n === 'Mohamed' || n === 'Amina Mohamed')).toEqual([]);
    expect(names(d)).toContain('Fuad Hussein');
  });
});

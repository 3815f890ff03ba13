// Occurrences the rules missed on readouts of agencies they were not written for (open4): invented readouts with other
// people, states, dates and wording, and the cases that must stay nothing.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"X telephoned Y": the verb of a call', () => {
  it('is a call with both leaders, on the day written', () => {
    expect(events(doc('2022-05-02', 'Prime Minister Shehbaz Sharif telephoned Emir Tamim bin Hamad Al Thani on Monday to greet him on Eid.'))).toEqual(['phone_call held 2022-05-02..2022-05-02 Shehbaz Sharif+Tamim bin Hamad Al Thani']);
    expect(events(doc('2020-01-10', 'President Emmanuel Macron telephoned Chancellor Angela Merkel on 9 January about Libya.'))).toEqual(['phone_call held 2020-01-09..2020-01-09 Emmanuel Macron+Angela Merkel']);
    expect(events(doc('2021-03-03', 'Recep Tayyip Erdogan telephones Vladimir Putin today, the presidency said.'))[0]).toMatch(/^phone_call held 2021-03-03\.\.2021-03-03 /);
  });

  it('is nothing without a person called', () => {
    expect(events(doc('2022-05-02', 'The ministry telephoned the embassy on Monday.'))).toEqual([]);
    expect(events(doc('2022-05-02', 'The company phones its customers every week.'))).toEqual([]);
  });
});

describe('sentences stored without the space after the full stop', () => {
  it('still end there: each occurrence keeps its own sentence, time and people', () => {
    const d = doc('2019-08-16', 'The foreign ministers of France, Germany and Poland will hold talks in Weimar on 20 August.Berlin\'s Foreign Office said a summit of their leaders is planned within the year.');
    expect(events(d).map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['talks upcoming 2019-08-20..2019-08-20', 'summit upcoming 2019-08-16..2019-12-31']);
  });

  it('do not end inside "U.S.", "St.Petersburg" or a site name', () => {
    const d = doc('2021-06-01', 'Vladimir Putin will meet Joe Biden in Geneva on 16 June, the U.S.State Department and 24.kg reported.');
    expect(events(d)).toHaveLength(1);
    expect(events(doc('2021-06-01', 'Vladimir Putin will receive Alexander Lukashenko in St.Petersburg on 2 June.'))[0]).toMatch(/^talks upcoming 2021-06-02/);
  });
});

describe('"within the year"', () => {
  it('runs from the reference date to 31 December, like "before the year is out"', () => {
    const e = doc('2023-03-10', 'Anthony Albanese and Fumio Kishida agreed to hold a summit within the year.').events[0];
    expect([e?.when.from, e?.when.to, e?.when.precision]).toEqual(['2023-03-10', '2023-12-31', 'relative']);
  });
});

describe('programme items: an audience, a dinner, a banquet', () => {
  it('are occurrences of their own with their own days', () => {
    const d = doc('2023-01-24', 'King Abdullah II arrived in Oman on Tuesday for an official visit. He is slated to have an audience with Sultan Haitham bin Tarik on Wednesday. The King is scheduled to attend a dinner with Jordanian expatriates on Tuesday evening.');
    expect(events(d).map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual(['visit held 2023-01-24..2023-01-24', 'talks upcoming 2023-01-25..2023-01-25', 'other upcoming 2023-01-24..2023-01-24']);
    const b = doc('2023-02-28', 'President Joko Widodo will host a dinner banquet on Thursday, March 2, during Prime Minister Lee Hsien Loong\'s official visit to Jakarta.');
    expect(events(b).some((e) => e.startsWith('other upcoming 2023-03-02..2023-03-02'))).toBe(true);
  });

  it('are nothing as a bare word or an audience of listeners', () => {
    expect(events(doc('2023-01-24', 'The speech was applauded by the audience. Dinner prices rose by five percent in 2022.'))).toEqual([]);
  });
});

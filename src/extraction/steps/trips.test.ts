// Trips, their days and what "the meeting" refers to (rules written for open6 readouts: Ghana, Liberia, Kenya, Sri Lanka,
// Bangladesh): invented readouts with other leaders, states, dates and wording, and the cases that must stay as they were.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'}`);

describe('"left X on DATE, for a visit to …": the day of the journey dates the visit it is for', () => {
  it('dates the visit, and a stated length counts from that day', () => {
    const d = doc('2021-03-02', 'President Emmerson Mnangagwa arrives in the country on Thursday, March 4, for a three-day State Visit.');
    expect(events(d)).toEqual(['visit upcoming 2021-03-04..2021-03-06 -']);
    const e = doc('2018-06-12', 'Prime Minister Narendra Modi left India on Monday, June 11, 2018, for an official visit to Indonesia.');
    expect(events(e)[0]).toMatch(/^visit held 2018-06-11\.\.2018-06-11/);
  });

  it('is no date of a visit the comma does not introduce with "for"', () => {
    const d = doc('2021-03-02', 'President Emmerson Mnangagwa arrives in Zambia on Thursday, March 4, after a visit to Malawi.');
    expect(d.events.every((e) => e.when.from !== '2021-03-04' || e.kind !== 'visit' || e.where !== 'Malawi')).toBe(true);
  });
});

describe('"will return to <home> on DATE": the end of the trip', () => {
  it('runs the trip from its first day to the return, its undated stops too', () => {
    const d = doc('2022-05-09', 'President Macky Sall left Senegal on Sunday, May 8, 2022, for a visit to Egypt, Italy and Spain. President Sall will return to Senegal on Saturday, May 14 2022.');
    expect(events(d)).toEqual([
      'visit held 2022-05-08..2022-05-14 -',
      'visit held 2022-05-08..2022-05-14 Egypt',
      'visit held 2022-05-08..2022-05-14 Italy',
      'visit held 2022-05-08..2022-05-14 Spain',
    ]);
  });

  it('leaves a trip alone when the return has no day, or is someone else’s, or no trip began before it', () => {
    const base = 'President Macky Sall left Senegal on Sunday, May 8, 2022, for a visit to Egypt, Italy and Spain.';
    expect(events(doc('2022-05-09', `${base} President Sall will return to Senegal after the tour.`))[0]).toBe('visit held 2022-05-08..2022-05-08 -');
    expect(events(doc('2022-05-09', `${base} President Joe Biden will return to Washington on Saturday, May 14 2022.`))[0]).toBe('visit held 2022-05-08..2022-05-08 -');
    expect(events(doc('2022-05-09', 'The refugees will return to Senegal on Saturday, May 14 2022.'))).toEqual([]);
  });
});

describe('"The meeting will be held on …" right after a summit is named', () => {
  it('is that summit, dated by the sentence', () => {
    const d = doc('2023-09-04', 'President William Ruto will hold talks with Olaf Scholz on Monday, September 4. Chancellor Scholz will also take part in the summit of the African Climate Initiative. The meeting will be held on Wednesday, September 6, 2023.');
    const kinds = d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}`);
    expect(kinds).toEqual(['talks 2023-09-04', 'summit 2023-09-06']);
  });

  it('stays talks when no summit was just named, or when "the meeting" is not the subject of a scheduling verb', () => {
    const d = doc('2023-09-04', 'President William Ruto will hold talks with Olaf Scholz in Berlin. The meeting will be held on Wednesday, September 6, 2023.');
    expect(d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}`)).toEqual(['talks 2023-09-06']);
    const text = 'Ministers Kang and Kono are expected to discuss the agenda for the summit talks. On the sidelines of the meeting, talks between Kang and Kono may also take place.';
    expect(doc('2019-08-16', text).events.map((x) => x.kind).sort()).toEqual(['summit', 'talks']);
  });
});

describe('"stated that on Monday, November 18, X will hold talks": a time opening a reported clause', () => {
  it('dates the clause’s first occurrence', () => {
    const d = doc('2024-02-12', 'The Presidency said that on Wednesday, February 14, President Bola Tinubu will hold bilateral talks with the Emir of Qatar.');
    expect(events(d)[0]).toMatch(/^talks upcoming 2024-02-14\.\.2024-02-14/);
  });

  it('is no opening time without "that" before it', () => {
    const d = doc('2024-02-12', 'The Presidency noted on Wednesday, February 14, President Bola Tinubu will hold bilateral talks with the Emir of Qatar.');
    expect(events(d)[0]).not.toMatch(/^talks upcoming 2024-02-14/);
  });
});

describe('"departed on an official visit … at the invitation of": a visit set off on is under way', () => {
  it('is held on the day written, whatever the invitation after it says', () => {
    const d = doc('2024-02-06', 'President Bola Tinubu departed on a two-day official visit to France this afternoon, on an invitation from President Emmanuel Macron.');
    expect(events(d)).toEqual(['visit held 2024-02-06..2024-02-07 France']);
    const e = doc('2024-02-06', 'Prime Minister Anthony Albanese embarked on a state visit to Vietnam today at the invitation of Prime Minister Pham Minh Chinh.');
    expect(events(e)[0]).toMatch(/^visit held 2024-02-06/);
  });

  it('is still to come when the setting off is', () => {
    const d = doc('2024-02-06', 'President Bola Tinubu will depart on a two-day official visit to France on Friday, on an invitation from President Emmanuel Macron.');
    expect(events(d)[0]).toMatch(/^visit upcoming /);
    const e = doc('2024-02-06', 'Prime Minister Anthony Albanese is set to embark on a state visit to Vietnam at the invitation of Prime Minister Pham Minh Chinh.');
    expect(events(e)[0]).toMatch(/^visit upcoming /);
  });
});

// "X met Ana Duarte", "will meet Mr. Kenji Sato": a meeting with someone the gazetteer does not know, named without an
// office, is talks with that person. Not a state's, a region's or a body's name after the verb, not a title-case
// headline. Invented readouts (people, places, dates, wording). Before the rule 0 of 6 rows passed (no event at all)
// and 5 of 5 negatives.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const talks = (published: string, text: string): string[] =>
  extractReadout(published, text)
    .events.filter((e) => e.kind === 'talks')
    .map((e) => `${e.status} ${e.when.from ?? '?'} ${e.participants.map((p) => p.name).sort().join('+')}`);

describe('a meeting with someone named without an office', () => {
  it.each([
    ['2027-03-10', 'Foreign Minister Hakan Fidan met Mr. Tomasz Wilk in Ankara on Monday.', 'held 2027-03-08 Hakan Fidan+Tomasz Wilk'],
    ['2029-06-02', 'President Emmanuel Macron met Ana Duarte at the Elysee Palace on Friday.', 'held 2029-06-01 Ana Duarte+Emmanuel Macron'],
    ['2031-01-20', 'Chancellor Olaf Scholz will meet Dr. Amara Nwosu in Berlin on Thursday.', 'upcoming 2031-01-23 Amara Nwosu+Olaf Scholz'],
    ['2030-09-09', 'Prime Minister Narendra Modi met Ms Ingrid Solberg on the sidelines of the forum on Monday.', 'held 2030-09-09 Ingrid Solberg+Narendra Modi'],
    ['2028-04-04', 'On Tuesday, President Cyril Ramaphosa meets Kofi Mensah, the chair of the regional bank.', 'held 2028-04-04 Cyril Ramaphosa+Kofi Mensah'],
    ['2026-11-16', 'Prime Minister Kristen Michal met Mrs. Helena Varga in Tallinn on 14 November.', 'held 2026-11-14 Helena Varga+Kristen Michal'],
  ])('%s: %s', (published, text, want) => {
    expect(talks(published, text)).toContain(want);
  });
});

describe('no meeting with a name that is not a person\'s', () => {
  it.each([
    ['2027-03-10', 'President Emmanuel Macron Met Business Leaders In Paris'],
    ['2027-03-10', 'The ministers met Indian Ocean partners in Port Louis on Monday to discuss fisheries.'],
    ['2027-03-10', 'Exports met European Union standards for the first time in March.'],
    ['2027-03-10', 'The leaders met Monday morning to review the talks.'],
    ['2027-03-10', 'Demand met January forecasts, the ministry said.'],
  ])('%s: %s', (published, text) => {
    const people = extractReadout(published, text).events.flatMap((e) => e.participants.map((p) => p.name));
    expect(people.filter((n) => /Business|Indian|European|Monday|January/.test(n))).toEqual([]);
  });
});

// Offices written with a ministry the role list does not spell out ("the Minister of Trade and Industry, Name", "the
// Minister for Women, Name"), and a state office visiting leaders call on ("the Chief Justice, Name"). Invented readouts (other names, places, dates, wording), counted before the rule: 0 of 6 positives had the
// holder among the participants (two gave no event at all); the 4 negatives were right and stay so.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const people = (body: string): string[] => extractReadout('2017-05-27', body).events.flatMap((e) => e.participants.map((p) => p.name));

describe('a holder named after a ministry or a state office', () => {
  it.each([
    ['President Ana Gil will meet the Minister of Trade and Industry, Pablo Mendez, on Monday.', 'Pablo Mendez'],
    ['President Ana Gil will meet the Minister for Women, Pablo Mendez, on Monday.', 'Pablo Mendez'],
    ['The Minister of Health, Rosa Paz, met President Ana Gil on Monday.', 'Rosa Paz'],
    ['President Ana Gil will visit Peru on Sunday. During the visit, she will meet the Minister of Trade, Luis Ortega.', 'Luis Ortega'],
    ['President Ana Gil met the Chief Justice, Tomas Rey, on Monday.', 'Tomas Rey'],
    ['President Ana Gil met the Minister of Trade and Industry Pablo Mendez on Monday.', 'Pablo Mendez'],
  ])('%s', (body, name) => expect(people(body)).toContain(name));

  // Offices with "of State" in them ("Minister of State for X", "Secretary of State for X"), and external affairs.
  // Counted before the rule: 3 of 6 had the holder among the participants.
  it.each([
    ['Minister of State for Foreign Affairs Lena Vik received President Ana Gil at the airport on Monday.', 'Lena Vik'],
    ['The Minister of State for Trade, Lena Vik, met President Ana Gil on Monday.', 'Lena Vik'],
    ['President Ana Gil met the Secretary of State for Foreign Affairs, Omar Haddad, on Monday.', 'Omar Haddad'],
    ['Secretary of State for Defence Omar Haddad met President Ana Gil on Monday.', 'Omar Haddad'],
    ['President Ana Gil met the Minister of External Affairs, Ravi Menon, on Monday.', 'Ravi Menon'],
    ['Minister of State for External Affairs Ravi Menon called on President Ana Gil on Monday.', 'Ravi Menon'],
  ])('%s', (body, name) => expect(people(body)).toContain(name));

  it.each([
    ['President Ana Gil met the Minister of Trade, who briefed her on exports, on Monday.', ['Ana Gil']],
    ['President Ana Gil met the Minister of Trade, Tourism and Culture on Monday.', ['Ana Gil']],
    ['President Ana Gil met the Minister of Health of Peru, Rosa Paz, on Monday.', ['Ana Gil', 'Rosa Paz']],
    // Two offices of one person: the second is no part of the first's ministry.
    ['Among the guests was Minister for Trade and Minister of Agriculture Tom Hale, who met President Ana Gil on Monday.', ['Tom Hale', 'Ana Gil']],
  ])('unchanged: %s', (body, names) => expect(people(body).sort()).toEqual([...names].sort()));
});

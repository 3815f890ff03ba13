// A time written once for two coordinated occurrences, and "and" opening a new predicate whose time is its own.
// Invented readouts.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const events = (ref: string, text: string): string[] => extractReadout(ref, text).events.map((e) => `${e.kind} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('"would take up the invitation to visit X and praised Y for her re-election this month"', () => {
  it('leaves the invited visit undated: the time is of the occurrence after the new verb', () => {
    const text = 'President Ana Ruiz held talks with President Tomas Lind in Oslo today. Lind said he would be glad to take up the invitation to visit Peru and praised Ruiz for her re-election this month.';
    expect(events('2031-04-22', text)).toContain('visit -..-');
    expect(events('2031-04-22', text)).not.toContain('visit 2031-04-01..2031-04-30');
  });

  it('still shares a time written once for two coordinated occurrences', () => {
    const text = 'The leaders will attend the summit and the expanded session of the council in Astana on 13 May.';
    expect(events('2031-04-22', text)).toEqual(['summit 2031-05-13..2031-05-13', 'session 2031-05-13..2031-05-13']);
  });
});

describe('"I invited him to visit X … we will host the summit in <city of X> later this month"', () => {
  const visits = (ref: string, text: string): string[] => extractReadout(ref, text).events.filter((e) => e.kind === 'visit').map((e) => `${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'}`);
  it('keeps the invited visit undated: it is no stop of the inviter\'s gathering', () => {
    const text = 'Prime Minister Lars Holm spoke by phone with Prime Minister Ewa Nowak yesterday. Holm said he invited Nowak to visit Denmark. Denmark will host the Nordic Summit in Copenhagen later this month.';
    expect(visits('2031-09-03', text)).toEqual(['-..- Denmark']);
  });

  it('still dates a trip announced without a time by the gathering it goes to', () => {
    const text = 'Chancellor Ida Brenner will travel to Kenya for a working visit. There she will attend the summit of the regional bloc in Nairobi on 13-14 May.';
    expect(visits('2031-04-22', text)[0]).toBe('2031-05-13..2031-05-14 Nairobi');
  });
});

// An occurrence said to come right after another in its sentence ("following which", "after which", "afterwards") and
// given no time of its own is on that one's day (open8: fj-pg). Invented readouts with other leaders, states, dates.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const days = (published: string, body: string): string[] => extractReadout(published, body).events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}`);

describe('"following which" in one sentence', () => {
  it('the second occurrence is on the first one\'s day', () => {
    expect(days('2023-05-02', 'President Lazarus Chakwera will be accorded a welcome ceremony this morning, following which he will pay a courtesy call on President Hakainde Hichilema at State House.')).toEqual(['other upcoming 2023-05-02', 'talks upcoming 2023-05-02']);
    expect(days('2023-05-02', 'On Thursday the two presidents will hold talks, after which they will attend a state banquet.')).toEqual(['talks upcoming 2023-05-04', 'other upcoming 2023-05-04']);
  });

  it('not a journey onward, nor an occurrence with no sequel word between', () => {
    expect(days('2023-05-02', 'The meeting will be held on Thursday, May 4, after which the President will travel to Kenya for a private visit.')).not.toContain('visit upcoming 2023-05-04');
    expect(days('2023-05-02', 'On Thursday the two presidents will hold talks and they will attend a state banquet at some point.')).not.toContain('other upcoming 2023-05-04');
  });
});

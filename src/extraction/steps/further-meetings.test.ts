// "During his visit, X also met Y": a further meeting of the day reported before, not that meeting again (open3).
// Invented readouts with other people, states, dates and wording, and the cases that stay one meeting.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const talks = (d: ExtractionDocument): string[] =>
  d.events.filter((e) => e.kind === 'talks').map((e) => `${e.status} ${e.when.from ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"also met" after a meeting reported with its day', () => {
  it('is a further meeting of the subject with those named after the verb, on that day and at that place', () => {
    expect(talks(doc('2018-09-14', 'NATO Secretary General Jens Stoltenberg met with US Secretary of State Mike Pompeo on Thursday (13 September 2018) in Washington.\n\nDuring his visit, the Secretary General also met National Security Advisor John Bolton.'))).toEqual([
      'held 2018-09-13 Washington Jens Stoltenberg+Mike Pompeo',
      'held 2018-09-13 Washington Jens Stoltenberg+John Bolton',
    ]);
    expect(talks(doc('2021-06-10', 'Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi in Beijing on 9 June. Lavrov separately met Prime Minister Li Keqiang.'))).toEqual([
      'held 2021-06-09 Beijing Sergey Lavrov+Wang Yi',
      'held 2021-06-09 Beijing Sergey Lavrov+Li Keqiang',
    ]);
  });

  it('is the same meeting when it names no one new, and nothing new without "also"', () => {
    expect(talks(doc('2021-06-10', 'Foreign Minister Sergey Lavrov met Foreign Minister Wang Yi in Beijing on 9 June. Lavrov also met Wang Yi over dinner.'))).toHaveLength(1);
    expect(talks(doc('2018-09-14', 'NATO Secretary General Jens Stoltenberg met with US Secretary of State Mike Pompeo on Thursday (13 September 2018) in Washington. They met in the State Department.'))).toHaveLength(1);
  });
});

describe('"met the <title the gazetteer lacks>, <name>"', () => {
  it('is a meeting with the person named after the title, a further one of the day reported before', () => {
    const d = doc('2019-03-05', 'Foreign Minister Heiko Maas met with Foreign Minister Jean-Yves Le Drian on Monday (4 March 2019) in Paris, ahead of the NATO summit held in December.\n\nDuring his visit, Maas also met the Special Presidential Envoy for Climate, John Kerry.');
    expect(talks(d)).toEqual(['held 2019-03-04 Paris Heiko Maas+Jean-Yves Le Drian', 'held 2019-03-04 Paris Heiko Maas+John Kerry']);
  });

  it('is nothing without a person after the title', () => {
    expect(doc('2019-03-05', 'The delegation met the Board of Governors of the Central Bank.').events).toEqual([]);
    expect(doc('2019-03-05', 'The minister met the Assistant to the President, who spoke of trade.').events).toEqual([]);
  });
});

// An occurrence written in the present for the readout's own day ("X visits Y today", "X receives Z on Monday" in a
// readout of that Monday) is announced when what the text goes on to say of it is still to come ("He will meet …"), and
// under way or over when the text reports it ("They discussed …"). Annotation guide 2.4: a meeting announced for today
// is upcoming unless the text reports its content. Invented readouts with their own names, places and wording.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const firstStatus = (date: string, body: string): string => {
  const e = extractReadout(date, body).events[0];
  return e ? `${e.kind}/${e.status} ${e.when.from ?? '?'}` : 'none';
};

describe('the present for the day of the readout', () => {
  it.each([
    ['2023-07-31', 'Prime Minister Nikos Pappas visits Cyprus today. He will hold talks with President Anna Kyriakou.', 'visit/upcoming 2023-07-31'],
    ['2023-07-31', 'Prime Minister Nikos Pappas visits Cyprus on Monday, his first trip abroad this year. He is scheduled to meet President Anna Kyriakou in the afternoon.', 'visit/upcoming 2023-07-31'],
    ['2024-03-04', 'Chancellor Karl Nehammer travels to Prague today. He will meet Prime Minister Petr Fiala and lay a wreath.', 'visit/upcoming 2024-03-04'],
    ['2024-03-04', 'President Tomas Rey receives Prime Minister Jonas Store today at the palace. The two leaders will discuss energy.', 'talks/upcoming 2024-03-04'],
    // The progressive, and a sentence in the present between.
    ['2024-03-04', 'Chancellor Karl Nehammer is visiting Slovakia on Monday to deepen ties. The one-day trip starts at noon when he meets Prime Minister Robert Fico. Both leaders will then speak to the press.', 'talks/upcoming 2024-03-04'],
  ])('announced: %s %s', (date, body, want) => expect(firstStatus(date, body)).toBe(want));

  it.each([
    ['2023-07-31', 'Prime Minister Nikos Pappas visits Cyprus today. He held talks with President Anna Kyriakou on energy.', 'visit/held 2023-07-31'],
    ['2024-03-04', 'President Tomas Rey receives Prime Minister Jonas Store today at the palace. The two leaders discussed energy.', 'talks/held 2024-03-04'],
    ['2023-07-31', 'Prime Minister Nikos Pappas visits Cyprus today.', 'visit/held 2023-07-31'],
    // The future of a later occurrence is no cue for this one.
    ['2024-03-04', 'President Tomas Rey receives Prime Minister Jonas Store today. Next year Rey will visit Norway.', 'talks/held 2024-03-04'],
    ['2024-03-04', 'Chancellor Karl Nehammer is visiting Slovakia on Monday. The trip starts at noon. He met Prime Minister Robert Fico and will speak to the press.', 'visit/held 2024-03-04'],
  ])('reported: %s %s', (date, body, want) => expect(firstStatus(date, body)).toBe(want));
});

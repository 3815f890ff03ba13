// "arrived in Kasama, Zambia for a working visit": an arrival in a town the gazetteer does not know, with its state after
// a comma, opens the visit named after it as "arrived in Tartu, Estonia, for …" did; the invitation after the visit is
// no second, announced visit. Invented readouts; counted before the rule: 1 of 4 positives gave one visit (the known capital).
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const visits = (body: string): string[] =>
  extractReadout('2022-03-10', body).events.filter((e) => e.kind === 'visit').map((e) => `${e.status} ${e.when.from ?? '?'} ${e.where ?? '-'}`);

describe('an arrival in a town and its state', () => {
  it.each([
    'President Anna Berg has arrived in Kasama, Zambia for a working visit at the invitation of President Tomas Rey.',
    'President Anna Berg has arrived in Kasama, Zambia, for a working visit at the invitation of President Tomas Rey.',
    'President Anna Berg arrived in Kasama, Zambia on a state visit at the invitation of her counterpart.',
    'President Anna Berg arrived in Port Louis, Mauritius for an official visit at the invitation of Prime Minister Tomas Rey.',
  ])('%s', (body) => expect(visits(body)).toHaveLength(1));

  it.each([
    ['President Anna Berg arrived in Kasama, Zambia, on Thursday. She will pay a state visit to Namibia in June.', 2],
    ['President Anna Berg met farmers in Kasama, Zambia, before her state visit to Namibia next month.', 1],
  ])('unchanged: %s', (body, n) => expect(visits(body)).toHaveLength(n));
});

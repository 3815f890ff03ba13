// "Astana hosts the CIS Council of Heads of State today": a standing body hosted is its sitting. Invented readouts;
// counted before the rule: 0 of 3 positives gave the sitting; the negatives (a body's delegation, an office of the body)
// gave no sitting and still give none.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const sittings = (body: string): string[] =>
  extractReadout('2022-10-14', body).events.filter((e) => e.kind === 'session').map((e) => `${e.status} ${e.when.from ?? '-'} ${e.where ?? '-'}`);

describe('a standing body hosted', () => {
  it.each([
    ['The Kazakh capital Astana hosts the CIS Council of Heads of State today.', 'held 2022-10-14 Astana'],
    ['Minsk will host the Supreme State Council in December.', 'upcoming 2022-12-01 Minsk'],
    ['Yerevan hosted the CSTO Collective Security Council on Friday.', 'held 2022-10-14 Yerevan'],
  ])('%s', (body, want) => expect(sittings(body)).toEqual([want]));

  it.each([
    "Astana hosted the Supreme State Council's delegation on Friday.",
    'President Ana Gil hosted the CIS Council of Heads of State secretary general on Friday.',
  ])('no sitting: %s', (body) => expect(sittings(body)).toEqual([]));
});

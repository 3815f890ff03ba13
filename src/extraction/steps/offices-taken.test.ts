// Taking office on a dated day is an occurrence of kind other (docs/annotation.md: "since she took office in June" is
// held other, June): "since taking office in 2022", "was appointed prime minister in November", "who was elected
// president in June", "will take office at the end of January", with the person named before or by "his"/"her".
// Invented readouts; counted before the rule: 0 of 7 positives gave the occurrence; the negatives gave none and still do.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const offices = (body: string): string[] =>
  extractReadout('2024-03-04', body).events.filter((e) => e.kind === 'other')
    .map((e) => `${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('taking an office on a dated day', () => {
  it.each([
    ['Prime Minister Ana Gil, who has visited Japan twice since taking office in 2022, met Prime Minister Ken Sato on Monday.', 'held 2022-01-01..2022-12-31 Ana Gil'],
    ['Since she was appointed prime minister in November, Prime Minister Ana Gil has met Ken Sato twice.', 'held 2023-11-01..2023-11-30 Ana Gil'],
    ['Prime Minister Ana Gil was appointed mediator in September 2014 when she was foreign minister.', 'held 2014-09-01..2014-09-30 Ana Gil'],
    ['Prime Minister Ken Sato, who was re-elected in October, met President Ana Gil on Monday.', 'held 2023-10-01..2023-10-31 Ken Sato'],
    ['President Ana Gil will take office at the end of January.', 'upcoming 2025-01-21..2025-01-31 Ana Gil'],
    ['Prime Minister Tomas Rey arrived in Lima on Monday for a two-day visit, his first journey abroad since he was appointed premier in December.', 'held 2023-12-01..2023-12-31 Tomas Rey'],
    ['President Tomas Rey arrived in Lima on Monday. It is his first trip there since taking office in 2021.', 'held 2021-01-01..2021-12-31 Tomas Rey'],
  ])('%s', (body, want) => expect(offices(body)).toEqual([want]));

  it.each([
    'The newly elected President Ana Gil met Prime Minister Ken Sato on Monday.',
    'The appointed envoy will visit Oslo in May.',
    'Prime Minister Ana Gil, who took office, met Prime Minister Ken Sato on Monday.',
  ])('no occurrence of office: %s', (body) => expect(offices(body)).toEqual([]));
});

// A visit whose programme is told sentence by sentence ("During the visit, X is set to meet with A, B and C"): the visit
// keeps its kind and each item is an event with the visit's window (open5: osce-md, lt-ge, bg-hu-ch). Invented readouts
// with other leaders, states, dates and wording, and the cases that stay one talks event.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('a meeting list in a sentence framed by the visit ("During the visit, X is set to meet with A, B, and C")', () => {
  it('is one talks event per counterpart, with the visit window, and the visit stays a visit with them all', () => {
    const d = doc('2022-03-06', 'Foreign Minister Annalena Baerbock will pay a visit to Poland on March 8-9.\n\nDuring the visit, Baerbock is set to meet with Polish President Andrzej Duda, Prime Minister Mateusz Morawiecki, and Foreign Minister Zbigniew Rau, the ministry said.');
    expect(events(d)).toEqual([
      'visit upcoming 2022-03-08..2022-03-09 Poland Annalena Baerbock+Andrzej Duda+Mateusz Morawiecki+Zbigniew Rau',
      'talks upcoming 2022-03-08..2022-03-09 Poland Annalena Baerbock+Andrzej Duda',
      'talks upcoming 2022-03-08..2022-03-09 Poland Annalena Baerbock+Mateusz Morawiecki',
      'talks upcoming 2022-03-08..2022-03-09 Poland Annalena Baerbock+Zbigniew Rau',
    ]);
  });

  it('takes its own tense inside a visit under way ("As part of his three-day visit … is set to meet")', () => {
    const d = doc('2019-05-14', 'President Kersti Kaljulaid arrived in Riga today for her May 14-16 visit.\n\nAs part of her three-day visit, President Kaljulaid is set to meet with Prime Minister Krisjanis Karins, Foreign Minister Edgars Rinkevics and President Raimonds Vejonis.');
    const talks = events(d).filter((e) => e.startsWith('talks'));
    expect(talks).toEqual([
      'talks upcoming 2019-05-14..2019-05-16 Riga Kersti Kaljulaid+Krisjanis Karins',
      'talks upcoming 2019-05-14..2019-05-16 Riga Kersti Kaljulaid+Edgars Rinkevics',
      'talks upcoming 2019-05-14..2019-05-16 Riga Kersti Kaljulaid+Raimonds Vejonis',
    ]);
  });

  it('adds the meetings of later sentences ("In addition, X will meet …", "During his visit, X will meet …")', () => {
    const d = doc('2023-10-01', 'On October 3 and 4, President Alexander Van der Bellen will pay an official visit to Slovenia.\n\nDuring the visit, Van der Bellen will meet with President Natasa Pirc Musar.\n\nIn addition, Van der Bellen will meet with Prime Minister Robert Golob.');
    expect(events(d)).toEqual([
      'visit upcoming 2023-10-03..2023-10-04 Slovenia Alexander Van der Bellen+Natasa Pirc Musar+Robert Golob',
      'talks upcoming 2023-10-03..2023-10-04 Slovenia Alexander Van der Bellen+Natasa Pirc Musar',
      'talks upcoming 2023-10-03..2023-10-04 Slovenia Alexander Van der Bellen+Robert Golob',
    ]);
  });
});

describe('what stays one event', () => {
  it('a visit made for one meeting is one talks event', () => {
    const d = doc('2023-10-01', 'On October 3 and 4, President Alexander Van der Bellen will pay an official visit to Slovenia.\n\nDuring the visit, Van der Bellen will meet with President Natasa Pirc Musar.');
    expect(events(d)).toEqual(['talks upcoming 2023-10-03..2023-10-04 Slovenia Alexander Van der Bellen+Natasa Pirc Musar']);
  });

  it('two people named as one side ("leader A and negotiator B", no comma) are one meeting', () => {
    const d = doc('2023-10-01', 'On October 3 and 4, President Alexander Van der Bellen will pay an official visit to Slovenia.\n\nDuring the visit, Van der Bellen will meet with President Natasa Pirc Musar and Prime Minister Robert Golob.');
    expect(events(d).filter((e) => e.startsWith('talks'))).toHaveLength(1);
  });

  it('a sentence that opens with something else than the visit is not framed by it', () => {
    const d = doc('2023-10-01', 'On October 3 and 4, President Alexander Van der Bellen will pay an official visit to Slovenia.\n\nDuring the talks on the visit, Van der Bellen will meet with President Natasa Pirc Musar, Prime Minister Robert Golob, and Speaker Urska Klakocar Zupancic.');
    expect(events(d).filter((e) => e.startsWith('visit'))).toEqual([]);
  });
});

describe('"arrived in X for his <dated> visit"', () => {
  it('is that visit, at X, with the visit window', () => {
    expect(events(doc('2019-05-14', 'President Kersti Kaljulaid arrived in Riga today for her May 14-16 visit.'))).toEqual(['visit held 2019-05-14..2019-05-16 Riga Kersti Kaljulaid']);
    expect(events(doc('2024-02-20', 'Chancellor Olaf Scholz arrived in Rome on Tuesday for a two-day official visit.')).map((e) => e.split(' ').slice(0, 1).concat(e.split(' ').slice(3, 4)).join(' '))).toEqual(['visit Rome']);
  });

  it('an arrival with no visit after "for" stays the arrival', () => {
    expect(events(doc('2019-05-14', 'President Kersti Kaljulaid arrived in Riga today for talks with President Raimonds Vejonis.'))).toHaveLength(1);
  });
});

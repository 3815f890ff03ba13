// Occurrences inside a visit's programme that have no meeting verb (open5: bg-hu-ch, de-gr, lt-ge, cz): statements made to
// the media, unveilings, a greeting on arrival, a meeting with a title the gazetteer lacks ("the Grand Duke of X"),
// a speech at an unnamed conference, and the reported future ("said the leaders would meet"). Invented readouts with
// other leaders, states, dates and wording, and negative cases.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const kinds = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}`);

describe('statements made as an occurrence', () => {
  it('"give brief statements to the media", "joint statements will follow" are statement events', () => {
    expect(kinds(doc('2015-04-01', 'A spokesman said Chancellor Werner Faymann and Prime Minister Matteo Renzi would meet on Friday and give brief statements to the press afterwards.'))).toContain('statement upcoming 2015-04-03');
    expect(kinds(doc('2022-06-01', 'On June 8, President Sauli Niinisto and President Egils Levits will hold talks, after which joint statements will follow.'))).toContain('statement upcoming 2022-06-08');
  });

  it('statements that are documents or opinions are not', () => {
    expect(kinds(doc('2022-06-01', 'On June 8, President Sauli Niinisto held talks with President Egils Levits. Their statements on energy were welcomed.')).filter((k) => k.startsWith('statement'))).toEqual([]);
    expect(kinds(doc('2022-06-01', 'On June 8, President Sauli Niinisto held talks with President Egils Levits. Both ministries issued statements on the talks.')).filter((k) => k.startsWith('statement'))).toEqual([]);
  });
});

describe('an unveiling and a greeting', () => {
  it('"will unveil the X Centre" and "was greeted by Y" are other occurrences', () => {
    expect(kinds(doc('2019-09-01', 'On September 5, President Klaus Iohannis and President Andrzej Duda will unveil a monument to the Polish refugees in Bucharest.'))).toEqual(['other upcoming 2019-09-05']);
    const d = doc('2018-04-11', 'Prime Minister Jacinda Ardern arrived in Paris today for her April 11-13 visit, where she was greeted by Foreign Minister Jean-Yves Le Drian.');
    expect(d.events.map((e) => `${e.kind} ${e.when.from}..${e.when.to} ${e.participants.map((p) => p.name).join('+')}`)).toEqual([
      'visit 2018-04-11..2018-04-13 Jacinda Ardern+Jean-Yves Le Drian',
      'other 2018-04-11..2018-04-11 Jacinda Ardern+Jean-Yves Le Drian',
    ]);
  });

  it('unveiling a plan or a strategy is no occurrence', () => {
    expect(doc('2019-09-01', 'On September 5, President Klaus Iohannis unveiled a new strategy for the Black Sea region.').events.filter((e) => e.kind === 'other')).toEqual([]);
    expect(doc('2019-09-01', 'The proposal was greeted by criticism on Monday.').events).toEqual([]);
  });
});

describe('"met the <title> of <state>"', () => {
  it('is a meeting even when the gazetteer lacks the title', () => {
    const d = doc('2021-05-06', 'On Wednesday 5 May 2021 Prime Minister Pedro Sanchez met the Emir of Kuwait in Kuwait City.');
    expect(d.events.map((e) => `${e.kind} ${e.when.from}`)).toEqual(['talks 2021-05-05']);
  });

  it('is nothing without a state after "of"', () => {
    expect(doc('2021-05-06', 'On Wednesday 5 May 2021 the ministers met the Board of Governors.').events.filter((e) => e.kind === 'talks')).toEqual([]);
  });
});

describe('a speech at an unnamed conference', () => {
  it('"scheduled to speak at a business conference the same day" is a statement', () => {
    expect(kinds(doc('2016-03-01', 'Prime Minister Stefan Lofven will visit Helsinki on March 4. Lofven had already been scheduled to speak at a Nordic business conference the same day.'))).toContain('statement upcoming 2016-03-04');
  });

  it('a named conference is still the gathering\'s own', () => {
    expect(kinds(doc('2023-02-28', 'Chancellor Olaf Scholz spoke at the Munich Security Conference on Saturday.')).filter((k) => k.startsWith('statement'))).toEqual([]);
  });
});

describe('the reported future', () => {
  it('"the spokesman said the leaders would meet on Tuesday" is the Tuesday to come', () => {
    expect(kinds(doc('2017-05-10', 'Spokesman Jan Ziegler said President Emmanuel Macron and Chancellor Angela Merkel would meet for dinner on Monday.'))).toEqual(['talks upcoming 2017-05-15']);
  });

  it('"would" without a reporting verb before it is no cue', () => {
    expect(kinds(doc('2017-05-10', 'President Emmanuel Macron and Chancellor Angela Merkel met on Monday. They agreed that trade would benefit.'))).toEqual(['talks held 2017-05-08']);
    expect(kinds(doc('2017-05-10', 'President Emmanuel Macron and Chancellor Angela Merkel met on Monday. Merkel said she hoped the sides would come to Brussels with a plan.'))).toEqual(['talks held 2017-05-08']);
  });
});

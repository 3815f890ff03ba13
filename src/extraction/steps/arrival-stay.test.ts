// A visit dated only by its arrival runs to the latest day the text places it or its items in. Invented readouts.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const windows = (d: ExtractionDocument, kind: string): string[] => d.events.filter((e) => e.kind === kind).map((e) => `${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('"arrived in X on <day>", reported on a later day or with a later item', () => {
  it('runs from the arrival to the readout\'s day when reported as under way', () => {
    const text = 'President Lena Korhonen arrived in Tallinn on the evening of 9 May. She is visiting Estonia at the invitation of President Mart Saar.';
    expect(windows(doc('2031-05-10', text), 'visit')[0]).toBe('2031-05-09..2031-05-10');
  });

  it('runs to the latest day of an item of its programme, and its undated items take the whole stay', () => {
    const text = 'Prime Minister Paulo Reis arrived in Quito on 2 June, beginning an official visit to Ecuador. President Ana Vega will host a welcome ceremony for Mr Reis on the morning of 4 June. During the visit, Mr Reis will also lay a wreath at the Independence Monument and attend a business forum.';
    const d = doc('2031-06-02', text);
    expect(windows(d, 'visit')).toEqual(['2031-06-02..2031-06-04']);
    expect(windows(d, 'other')).toEqual(['2031-06-04..2031-06-04', '2031-06-02..2031-06-04', '2031-06-02..2031-06-04']);
  });

  it('stays one day when the readout is of that day and nothing later is placed in it', () => {
    expect(windows(doc('2031-05-09', 'President Lena Korhonen arrived in Tallinn on 9 May for an official visit.'), 'visit')).toEqual(['2031-05-09..2031-05-09']);
  });

  it('stays one day when the text writes its end', () => {
    const ended = 'President Lena Korhonen arrived in Tallinn on 7 May for an official visit. She left for Riga the same evening.';
    expect(windows(doc('2031-05-09', ended), 'visit')[0]).toBe('2031-05-07..2031-05-07');
    const summit = 'President Lena Korhonen arrived in Durban to attend the regional summit on 7 May at the invitation of President Sipho Dube.';
    expect(windows(doc('2031-05-09', summit), 'visit')).toEqual(['2031-05-07..2031-05-07']);
    const welcomed = 'President Lena Korhonen arrived in Tallinn on 9 May. She was greeted at the airport by Foreign Minister Jaan Tamm.';
    expect(windows(doc('2031-05-10', welcomed), 'other')).toEqual(['2031-05-09..2031-05-09']);
    // The return home writes the end: the visit runs to the day of the return (trips.ts; open11 #3 reads a return so).
    const returned = 'President Lena Korhonen arrived in Tallinn on 7 May for an official visit. She returned to Helsinki on Thursday.';
    expect(windows(doc('2031-05-09', returned), 'visit')[0]).toBe('2031-05-07..2031-05-08');
  });
});

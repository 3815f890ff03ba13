// Remarks told to a broadcaster or paper are an interview, past with their verb ("he told Radio X on Sunday");
// "her future trip" is still to come. Invented readouts with other leaders, states, dates and wording; negatives.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = extractReadout;
const of = (d: ExtractionDocument, kind: string): string[] => d.events.filter((e) => e.kind === kind).map((e) => `${e.status} ${e.when.from ?? '-'}`);

describe('told to an outlet', () => {
  it('"X told Radio Y on Sunday", "told state television on Monday" are interviews held that day', () => {
    expect(of(doc('2024-06-03', '"We are ready to host the summit in November and we will do it well," Foreign Minister Ana Brnabic told Radio Belgrade on Sunday.'), 'interview')).toEqual(['held 2024-06-02']);
    expect(of(doc('2024-06-03', 'Foreign Minister Ana Brnabic told state television on Monday that the talks went well.'), 'interview')).toEqual(['held 2024-06-03']);
  });

  it('told a person or a body is no interview', () => {
    expect(of(doc('2024-06-03', 'Foreign Minister Ana Brnabic told President Aleksandar Vucic on Monday that the plan would go ahead.'), 'interview')).toEqual([]);
    expect(of(doc('2024-06-03', 'On Monday Foreign Minister Ana Brnabic told Parliament that the plan would go ahead.'), 'interview')).toEqual([]);
  });
});

describe('a future trip', () => {
  it('"her future trip to China" is to come', () => {
    expect(of(doc('2019-10-14', "The senator stressed that parliament must approve President Ana Duarte's future trip to Japan."), 'visit')).toEqual(['upcoming -']);
    expect(of(doc('2022-05-02', 'The foreign ministry is preparing the future visit of Prime Minister Lee Sung to Brazil.'), 'visit')).toEqual(['upcoming -']);
  });
});

// A week, then its days: a later mention dated inside "next week" is the same occurrence, dated more precisely.
// Invented readouts with other people, places, days and wording, and the cases that stay two events.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\n---\n${body}\n`);
const windows = (d: ExtractionDocument): string[] => d.events.map((e) => `${e.kind} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.where ?? '-'}`);

describe('"… talks next week. The meeting will take place from Tuesday to Thursday"', () => {
  it('is one occurrence with the days', () => {
    expect(windows(doc('2019-08-16', 'The foreign ministers of France, Germany and Poland will hold talks in Weimar next week. The ministry said Friday the trilateral ministerial meeting will take place from Tuesday to Thursday.'))).toEqual(['talks 2019-08-20..2019-08-22 Weimar']);
    expect(windows(doc('2024-05-03', 'Prime Minister Narendra Modi will hold talks with Olaf Scholz in Berlin next week. The talks between Narendra Modi and Olaf Scholz are scheduled for 8 May.'))).toEqual(['talks 2024-05-08..2024-05-08 Berlin']);
  });

  it('stays two occurrences in other places, with other people, or of another week', () => {
    expect(windows(doc('2019-08-16', 'Emmanuel Macron will hold talks with Olaf Scholz in Berlin next week. Emmanuel Macron will hold talks with Pedro Sanchez in Madrid on Wednesday.'))).toHaveLength(2);
    expect(windows(doc('2024-05-03', 'Narendra Modi will hold talks with Olaf Scholz next week. Narendra Modi will meet Giorgia Meloni on 20 May.'))).toHaveLength(2);
  });
});

// Occurrences the rules missed on readouts of agencies they were not written for (open4): invented readouts with other
// people, states, dates and wording, and the cases that must stay nothing.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import type { ExtractionDocument } from '../types.ts';

const doc = (published: string, body: string): ExtractionDocument => extract(`published: ${published}\n---\n${body}\n`);
const events = (d: ExtractionDocument): string[] =>
  d.events.map((e) => `${e.kind} ${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'} ${e.participants.map((p) => p.name).join('+')}`);

describe('"X telephoned Y": the verb of a call', () => {
  it('is a call with both leaders, on the day written', () => {
    expect(events(doc('2022-05-02', 'Prime Minister Shehbaz Sharif telephoned Emir Tamim bin Hamad Al Thani on Monday to greet him on Eid.'))).toEqual(['phone_call held 2022-05-02..2022-05-02 Shehbaz Sharif+Tamim bin Hamad Al Thani']);
    expect(events(doc('2020-01-10', 'President Emmanuel Macron telephoned Chancellor Angela Merkel on 9 January about Libya.'))).toEqual(['phone_call held 2020-01-09..2020-01-09 Emmanuel Macron+Angela Merkel']);
    expect(events(doc('2021-03-03', 'Recep Tayyip Erdogan telephones Vladimir Putin today, the presidency said.'))[0]).toMatch(/^phone_call held 2021-03-03\.\.2021-03-03 /);
  });

  it('is nothing without a person called', () => {
    expect(events(doc('2022-05-02', 'The ministry telephoned the embassy on Monday.'))).toEqual([]);
    expect(events(doc('2022-05-02', 'The company phones its customers every week.'))).toEqual([]);
  });
});

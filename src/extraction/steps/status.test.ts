// Status from the words around a trigger: an occurrence named as the setting of something already settled is past.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';

const gatherings = (published: string, body: string): string[] =>
  extract(`published: ${published}\n---\n${body}\n`).events.filter((e) => e.kind === 'summit' || e.kind === 'session').map((e) => `${e.status} ${e.when.from ?? '-'}`);

describe('what was settled at a gathering puts it in the past', () => {
  it('whatever the clause says of the future, with other names, months and verbs', () => {
    expect(gatherings('2018-09-13', 'They discussed the decisions taken at the NATO Summit in July and preparations for upcoming NATO ministerials.')).toEqual(['held 2018-07-01']);
    expect(gatherings('2019-11-20', 'The ministers will review the agreements reached at the G20 summit in June.')).toEqual(['held 2019-06-01']);
    expect(gatherings('2022-03-02', 'Both sides will implement the documents signed during the EU-China summit in December.')).toEqual(['held 2021-12-01']);
  });

  it('a gathering where something is to be settled stays ahead', () => {
    expect(gatherings('2019-05-20', 'The decisions to be taken at the G20 summit in June will be prepared by the sherpas.')).toEqual(['upcoming 2019-06-01']);
    expect(gatherings('2019-05-20', 'The leaders will meet at the G20 summit in June.')).toEqual(['upcoming 2019-06-01']);
  });
});

describe('a headline in title case announces', () => {
  const first = (published: string, body: string): string => {
    const e = extract(`published: ${published}\n---\n${body}\n`).events[0];
    return `${e?.kind} ${e?.status}`;
  };
  it('"X to Pay State Visit to Y This Week", "X To Meet Y Next Week"', () => {
    expect(first('2024-08-19', 'President Tokayev to Pay State Visit to Tajikistan This Week\n\nThe visit will strengthen ties.')).toBe('visit upcoming');
    expect(first('2023-05-08', 'President Macron to Meet Chancellor Scholz Next Week\n\nThe leaders will discuss energy.')).toBe('talks upcoming');
  });
  it('a capitalised name after "to" is no verb: "Tokayev Welcomes Guests to Astana Today"', () => {
    expect(first('2024-08-19', 'Tokayev Welcomes Xi Jinping to Astana Today\n\nThe talks took place in the Akorda.')).toBe('talks held');
  });
});

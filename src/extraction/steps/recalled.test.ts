// What is recalled is past: "recalled the participation of X, invited by Y, in the Climate Summit in April" (open7);
// a participle "invited by Y" set off by commas is no cue of the future. Invented readouts; negative cases.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const summits = (published: string, body: string): string[] =>
  extractReadout(published, body).events.filter((e) => e.kind === 'summit').map((e) => `${e.status} ${e.when.from ?? '-'}..${e.when.to ?? '-'}`);

describe('an occurrence recalled', () => {
  it('is held, in the past month the text names', () => {
    expect(summits('2022-07-12', 'The ministers reviewed the agenda to expand trade and warmly recalled the participation of President Gabriel Boric, invited by Justin Trudeau, in the Summit on Ocean Health organised in March by Canada.')).toEqual(['held 2022-03-01..2022-03-31']);
    expect(summits('2022-07-12', 'Recalling the Nordic Summit in May, the two leaders agreed to deepen cooperation.')).toEqual(['held 2022-05-01..2022-05-31']);
  });

  it('"recalled that" a summit will meet, and "has been invited by Y to attend", stay to come', () => {
    expect(summits('2022-07-12', 'The minister recalled that the Ocean Summit will be held in Lisbon in September.')).toEqual(['upcoming 2022-09-01..2022-09-30']);
    expect(summits('2022-07-12', 'President Gabriel Boric has been invited by Justin Trudeau to attend the Ocean Summit in September.')).toEqual(['upcoming 2022-09-01..2022-09-30']);
  });
});

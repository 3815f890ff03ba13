// "The two-day visit", "the 3-nation tour": a definite occurrence with its span before it refers back to the one named
// before, as "the visit" does; "a two-day visit to X in April" is a new one. Invented readouts (other people, places,
// dates, wording), counted before the rule: the 4 positives each gave a second, undated visit of the inviting host.
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const visits = (body: string): string[] =>
  extractReadout('2021-03-02', body).events.filter((e) => e.kind === 'visit')
    .map((e) => `${e.when.from ?? '-'} ${e.where ?? '-'} ${e.participants.map((p) => p.name).sort().join('+')}`);

describe('a definite occurrence with its span refers back', () => {
  it.each([
    ['President Lea Holm will pay a state visit to Austria next week. The three-day visit is at the invitation of President Karl Wenger.', '2021-03-08 Austria Karl Wenger+Lea Holm'],
    ['President Lea Holm will pay a state visit to Austria next week. The two-day visit comes on the invitation of President Karl Wenger.', '2021-03-08 Austria Karl Wenger+Lea Holm'],
    ['Prime Minister Tom Vane will travel to Quito on Sunday for an official visit. The 2-day visit comes at the invitation of President Rosa Paz.', '2021-03-07 Quito Rosa Paz+Tom Vane'],
    ['President Lea Holm will visit Austria next week. The four-day state visit is at the invitation of President Karl Wenger.', '2021-03-08 Austria Karl Wenger+Lea Holm'],
  ])('%s', (body, want) => expect(visits(body)).toEqual([want]));

  it('"his two-day visit" at its first mention introduces the visit', () => {
    expect(visits('President Tom Bako has begun his two-day visit to Peru, where he will hold bilateral talks. Bako will also meet President Rosa Paz.'))
      .toEqual(['2021-03-02 Peru Rosa Paz+Tom Bako']);
  });

  it('a span with "a" is a new visit', () => {
    expect(visits('Prime Minister Ivo Saar will visit Vilnius on Friday. He will also pay a two-day visit to Warsaw in April.'))
      .toEqual(['2021-03-05 Vilnius Ivo Saar', '2021-04-01 Warsaw Ivo Saar']);
    expect(visits('Prime Minister Ivo Saar visited Vilnius on Monday. In May he will pay a two-day visit to Oslo at the invitation of Prime Minister Jonas Berg.'))
      .toEqual(['2021-03-01 Vilnius Ivo Saar', '2021-05-01 Oslo Ivo Saar+Jonas Berg']);
  });
});

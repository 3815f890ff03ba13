// Communities met during a visit by other words than the ones known so far: "representatives of the private sector",
// "top companies", "business leaders", "civil society groups", and the verbs "engage with", "interact with". A meeting
// with a community is an item of kind other beside the visit, not the talks the visit was made for. Invented readouts;
// counted before the rule: 0 of 8 positives were right (the visit made talks, or the item lost).
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../readout.ts';

const kinds = (body: string): string[] => extractReadout('2024-03-04', body).events.map((e) => `${e.kind}/${e.status}`);

describe('a community met during a visit', () => {
  it.each([
    ['President Ana Gil will visit Japan on Tuesday. She is also due to meet senior representatives of the private sector.', ['visit/upcoming', 'other/upcoming']],
    ['President Ana Gil will visit Japan on Tuesday. She will also meet with top Japanese companies.', ['visit/upcoming', 'other/upcoming']],
    ["President Ana Gil visited Japan on Monday. She also met members of Japan's private sector.", ['visit/held', 'other/held']],
    ['President Ana Gil will visit Japan on Tuesday. She will also engage with civil society groups.', ['visit/upcoming', 'other/upcoming']],
    ['President Ana Gil will visit Japan on Tuesday. She will also meet business leaders.', ['visit/upcoming', 'other/upcoming']],
    ['President Ana Gil will visit Japan on Tuesday. She will also meet Peruvian nationals living in Japan.', ['visit/upcoming', 'other/upcoming']],
    ['President Ana Gil interacted with the Peruvian diaspora in Tokyo on Monday.', ['other/held']],
    ['President Ana Gil met business executives on Monday.', ['other/held']],
  ])('%s', (body, want) => expect(kinds(body)).toEqual(want));

  it.each([
    ['President Ana Gil will engage with President Luis Ortega on trade on Tuesday.', []],
    ['Japan will engage with the issue of trade on Tuesday.', []],
    ['President Ana Gil will visit Japan on Tuesday to meet Prime Minister Ken Sato.', ['talks/upcoming']],
  ])('unchanged or as before: %s', (body, want) => expect(kinds(body)).toEqual(want));
});

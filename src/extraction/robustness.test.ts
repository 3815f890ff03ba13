// Never throws, whatever the input; output always validates; offsets stay inside the body.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/intake/load.ts';
import { extract } from './extract.ts';
import { splitHeader } from './text/header.ts';
import schema from './extraction.schema.json' with { type: 'json' };

const validate = new Ajv2020({ strict: false }).compile(schema);
const seed = loadFixture('seed').text;
const words = ['President', 'Putin', 'talks', 'meeting', 'in', 'May', 'may', '“', '”', '"', 'the', 'summit', 'on', '5', 'February', '-', ',', '.', '\n', 'will', 'Minsk', 'telephone', 'conversation', 'Prime Minister', 'of', 'Belarus', '2024', 'next week', 'he', 'said', 'Mr.', '---'];

function checkDocument(text: string): void {
  const doc = extract(text);
  expect(validate(doc)).toBe(true);
  const { body } = splitHeader(text);
  for (const q of doc.quotes) expect(q.start >= 0 && q.end <= body.length && q.start <= q.end).toBe(true);
  for (const e of doc.events) for (const s of e.evidence) expect(s.start >= 0 && s.end <= body.length).toBe(true);
}

describe('robustness', () => {
  it('survives random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkDocument(s)), { numRuns: 300 });
  });

  it('survives random sequences of readout words, with and without a header', () => {
    const text = fc.array(fc.constantFrom(...words), { maxLength: 200 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, fc.boolean(), (t, header) => checkDocument(header ? `published: 2023-02-17\n---\n${t}` : t)), { numRuns: 300 });
  });

  it('survives cuts and splices of a real readout (unbalanced quotes, broken headers)', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.string({ maxLength: 5 }), (a, b, ins) => {
        checkDocument(seed.slice(0, Math.min(a, b)) + ins + seed.slice(Math.max(a, b)));
      }),
      { numRuns: 200 },
    );
  });

  it('handles empty input, a header alone, a bad published date, and a non-string', () => {
    checkDocument('');
    checkDocument('published: 2023-02-17\n---\n');
    checkDocument('published: not-a-date\n---\nThe leaders will meet on 5 February.');
    expect(extract('published: 2023-02-30\n---\nThey met on 5 February.').source.published).toBeNull();
    expect(() => extract(undefined as unknown as string)).not.toThrow();
  });

  it('handles a 1 MB readout', { timeout: 120_000 }, () => {
    let big = 'published: 2023-02-17\n---\n';
    const body = seed.slice(seed.indexOf('---\n') + 4);
    while (big.length < 1_000_000) big += `${body}\n\n`;
    checkDocument(big + '“an unclosed quotation that runs on and on');
  });
});

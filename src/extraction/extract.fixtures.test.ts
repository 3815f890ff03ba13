// Every extraction of the dev fixtures validates against the schema, and the extractor meets its target on them.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { scoreExtractions } from './eval.ts';
import type { ExtractionDocument } from './types.ts';
import schema from './extraction.schema.json' with { type: 'json' };
import { loadFixtures } from '../../test/fixtures/intake/load.ts';

const fixtures = loadFixtures();
const names = fixtures.map((f) => f.name);
const byName = new Map(fixtures.map((f) => [f.name, f]));

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('extract on the dev fixtures', () => {
  it.each(names)('%s validates against the schema', (name) => {
    const doc = extract(byName.get(name)?.text ?? '');
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the gold documents validate too (the schema copy is the contract)', () => {
    for (const f of fixtures) expect(validate(f.gold)).toBe(true);
  });

  it('scores a headline of at least 0.9 against the gold documents', () => {
    const pairs = fixtures.map((f) => ({ name: f.name, gold: f.gold as ExtractionDocument, output: extract(f.text) }));
    expect(scoreExtractions(pairs).overall.headline).toBeGreaterThanOrEqual(0.9);
  });
});

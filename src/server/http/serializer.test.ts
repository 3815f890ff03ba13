import fc from 'fast-check';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InstructionSchema } from '../features/instructions/schemas.ts';
import { ProblemSchema } from './problem.ts';
import { plainJsonSchema, responseSerializerCompiler } from './serializer.ts';

type Writer = (data: unknown) => string;
const compile = (compiler: typeof zodSerializerCompiler, schema: z.ZodType): Writer =>
  compiler({ schema, method: 'GET', url: '/t', httpStatus: '200' } as Parameters<typeof zodSerializerCompiler>[0]) as Writer;

const Row = z.object({
  id: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  kind: z.enum(['alpha', 'beta']),
  flag: z.boolean(),
  tags: z.array(z.string()),
  window: z.object({ from: z.string().nullable(), exact: z.literal(true) }).nullable(),
  extra: z.number().optional(),
});
const Page = z.object({ items: z.array(Row), next: z.string().nullable() });

// Any text, lone surrogates and control characters included: both writers must escape alike.
const text = fc.string({ unit: 'binary', maxLength: 60 });
const row = fc.record(
  {
    id: fc.integer(),
    name: text,
    note: fc.option(text, { nil: null }),
    kind: fc.constantFrom('alpha', 'beta'),
    flag: fc.boolean(),
    tags: fc.array(text, { maxLength: 3 }),
    window: fc.option(fc.record({ from: fc.option(text, { nil: null }), exact: fc.constant(true) }), { nil: null }),
    extra: fc.double({ noNaN: true, noDefaultInfinity: true }),
    unlisted: text,
  },
  { requiredKeys: ['id', 'name', 'note', 'kind', 'flag', 'tags', 'window'] },
);

describe('response serializer', () => {
  it('writes plain schemas byte for byte as the zod encode and JSON.stringify did, unknown fields left out', () => {
    const fast = compile(responseSerializerCompiler(), Page);
    const slow = compile(zodSerializerCompiler, Page);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.option(text, { nil: null }), (items, next) => {
        const page = { items, next, unlisted: 1 };
        expect(fast(page)).toBe(slow(page));
      }),
      { numRuns: 300 },
    );
  });

  it('takes the instruction list to the fast writer; the problem document, open to extra members, stays with zod', () => {
    expect(plainJsonSchema(z.object({ items: z.array(InstructionSchema), nextCursor: z.string().nullable(), at: z.string() }))).not.toBeNull();
    expect(plainJsonSchema(ProblemSchema)).toBeNull();
  });

  it('leaves records, unions, unknown values, transforms, defaults, coercion and loose objects to zod', () => {
    for (const schema of [
      z.record(z.string(), z.number()),
      z.union([z.string(), z.number()]),
      z.object({ a: z.unknown() }),
      z.string().transform((s) => s.length),
      z.object({ a: z.string().default('x') }),
      z.coerce.string(),
      z.looseObject({ a: z.string() }),
    ]) {
      expect(plainJsonSchema(schema)).toBeNull();
    }
    const looseWriter = compile(responseSerializerCompiler(), z.looseObject({ a: z.string() }));
    expect(looseWriter({ a: 'x', b: 1 })).toBe('{"a":"x","b":1}');
  });

  it('in check mode, refuses data that zod refuses instead of writing it', () => {
    const checked = compile(responseSerializerCompiler({ check: true }), Row);
    const good = { id: 1, name: 'n', note: null, kind: 'alpha', flag: true, tags: [], window: null };
    expect(checked(good)).toBe('{"id":1,"name":"n","note":null,"kind":"alpha","flag":true,"tags":[],"window":null}');
    expect(() => checked({ ...good, name: null })).toThrow();
    expect(() => checked({ ...good, kind: 'gamma' })).toThrow();
  });
});

// Response serialisation. A zod response schema made only of plain data (objects, arrays, strings,
// numbers, booleans, enums, nullable and optional fields) is written by a function that
// fast-json-stringify generates from it: the same bytes as the zod encode followed by JSON.stringify
// (fields in schema order, unknown fields left out), at a fraction of the cost. Checking fifty rows of
// the instruction list against zod was about a tenth of a list request's CPU (bench/README.md).
// Anything else (records, unions, unknown, transforms, defaults, coercion) keeps the zod serialiser.
//
// What is given up: the generated writer trusts the data. A value of the wrong type is written as
// fast-json-stringify coerces it (a null in a non-nullable string becomes "") where zod answered 500.
// The test app runs both serialisers on every response and fails on any difference or on data zod
// refuses (`checkResponses`), so the whole suite keeps asserting that responses match their schemas.
import fastJson, { type Schema } from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;
type ZodSerializerCompiler = typeof zodSerializerCompiler;
type CompilerInput = Parameters<ZodSerializerCompiler>[0];

const NOT_PLAIN = null;

/**
 * The JSON Schema fast-json-stringify needs to write what zod would output for `schema`, or null when
 * the schema is not plain data (then zod keeps serialising it). Only output-shaping matters: checks
 * such as `.int()`, `.min()` or a regex never change the bytes, so they are not carried over.
 */
export function plainJsonSchema(schema: z.core.$ZodType): JsonSchema | null {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return (def as { coerce?: boolean }).coerce === true ? NOT_PLAIN : { type: def.type };
    case 'enum': {
      const values = Object.values((def as z.core.$ZodEnumDef).entries);
      return values.every((v) => typeof v === 'string') ? { type: 'string' } : NOT_PLAIN;
    }
    case 'literal': {
      const types = new Set((def as z.core.$ZodLiteralDef<z.core.util.Literal>).values.map((v) => typeof v));
      const [only] = types;
      return types.size === 1 && (only === 'string' || only === 'number' || only === 'boolean') ? { type: only } : NOT_PLAIN;
    }
    case 'nullable': {
      const inner = plainJsonSchema((def as z.core.$ZodNullableDef).innerType);
      return inner === null ? NOT_PLAIN : { ...inner, nullable: true };
    }
    case 'array': {
      const items = plainJsonSchema((def as z.core.$ZodArrayDef).element);
      return items === null ? NOT_PLAIN : { type: 'array', items };
    }
    case 'object':
      return objectSchema(def as z.core.$ZodObjectDef);
    default:
      return NOT_PLAIN;
  }
}

function objectSchema(def: z.core.$ZodObjectDef): JsonSchema | null {
  // A catchall other than `never` (strict) passes unknown keys through; stripping them would differ.
  if (def.catchall !== undefined && def.catchall._zod.def.type !== 'never') return NOT_PLAIN;
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const optional = field._zod.def.type === 'optional';
    const property = plainJsonSchema(optional ? (field._zod.def as z.core.$ZodOptionalDef).innerType : field);
    if (property === null) return NOT_PLAIN;
    properties[key] = property;
    if (!optional) required.push(key);
  }
  return { type: 'object', properties, required };
}

/** The zod serialiser's output, for comparison: the body Fastify would have sent before. */
function zodSerializer(input: CompilerInput): (data: unknown) => string {
  return zodSerializerCompiler(input) as (data: unknown) => string;
}

/**
 * Fastify's serializer compiler for zod response schemas: fast-json-stringify for plain ones, zod for
 * the rest. With `check`, every response is also written by zod and a difference throws (tests).
 */
export function responseSerializerCompiler(options: { check?: boolean } = {}): ZodSerializerCompiler {
  // The problem document and other shared schemas recur in every route: compile each once.
  const compiled = new WeakMap<object, ((data: unknown) => string) | null>();
  const compiler = (input: CompilerInput): ((data: unknown) => string) => {
    const schema = input.schema as unknown;
    const zodSchema = schema instanceof z.core.$ZodType ? schema : undefined;
    let fast = zodSchema === undefined ? null : compiled.get(zodSchema);
    if (zodSchema !== undefined && fast === undefined) {
      const json = plainJsonSchema(zodSchema);
      fast = json === null ? null : (fastJson(json as unknown as Schema) as (data: unknown) => string);
      compiled.set(zodSchema, fast);
    }
    if (fast == null) return zodSerializer(input);
    if (!options.check) return fast;
    const slow = zodSerializer(input);
    const writer = fast;
    return (data) => {
      const expected = slow(data);
      const actual = writer(data);
      if (actual !== expected) throw new Error(`${input.method} ${input.url}: fast-json-stringify wrote ${actual.slice(0, 2000)}, zod ${expected.slice(0, 2000)}`);
      return actual;
    };
  };
  return compiler as FastifySerializerCompiler<unknown> as ZodSerializerCompiler;
}

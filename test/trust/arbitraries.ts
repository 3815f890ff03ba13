// fast-check arbitraries built from the OpenAPI document's JSON schemas: values that follow the
// schema (to reach deep into the services) and values that break it in the ways clients and attackers
// do (wrong types, missing and extra fields, hostile strings).
import fc from 'fast-check';

export type JsonSchema = Record<string, unknown>;

/** Strings that have broken other systems: SQL and script fragments, traversal, control and odd Unicode. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE instructions; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)--',
  "Robert'); DELETE FROM audit_log;--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/dev/null',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\u202Eevil',
  '\r\nSet-Cookie: pwned=1',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '𝕬𝖈𝖈𝖔𝖗𝖉 Лукашенко',
  ' ',
  '',
  'x'.repeat(5000),
];

export const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 50 }), fc.string({ maxLength: 20 }));

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? '';
    return resolve(components[name] ?? {}, components);
  }
  return schema;
}

const ID_NAME = /(^id$|Id$|^number$|^itemId$|^keyId$)/;

/** Values that follow the schema (as far as a generator can: patterns, formats, bounds). */
export function validArb(raw: JsonSchema, components: Record<string, JsonSchema>, name = '', depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  if (depth > 6) return fc.constant(null);
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validArb(s, components, name, depth + 1)));
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const type = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (type.length > 1) return fc.oneof(...type.map((t) => validArb({ ...schema, type: t }, components, name, depth)));
  switch (type[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : -1000;
      const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : 1_000_000;
      // Ids: mostly ones that exist in the small world, so that the services go past their look-ups.
      if (ID_NAME.test(name)) return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: Math.max(min, 1), max: Math.max(Math.min(max, 8), 1) }) }, fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }));
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case 'number':
      return fc.double({ min: typeof schema.minimum === 'number' ? schema.minimum : -1e6, max: typeof schema.maximum === 'number' ? schema.maximum : 1e6, noNaN: true });
    case 'string':
      return stringArb(schema);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 3, 3));
      return fc.array(validArb(items, components, name.replace(/s$/, ''), depth + 1), { minLength, maxLength });
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(props)) record[key] = validArb(value, components, key, depth + 1);
      const keys = Object.keys(props);
      if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
      return fc.record(record, { requiredKeys: keys.filter((k) => required.has(k)) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = Math.max(minLength, Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, 40));
  switch (schema.format) {
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= minLength && s.length <= Math.max(maxLength, 200));
    } catch {
      // a pattern JavaScript cannot compile: fall through to plain strings
    }
  }
  return fc.oneof({ weight: 3, arbitrary: fc.string({ minLength, maxLength }) }, hostileString.filter((s) => s.length >= minLength));
}

/** Values that break the schema: other types, hostile strings, missing required and unknown fields. */
export function invalidArb(raw: JsonSchema, components: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  const valid = validArb(schema, components);
  const mutated = valid.chain((v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return fc.constant(v);
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    return fc.oneof(
      fc.constant({ ...obj, unexpected: 'field' }),
      keys.length > 0 ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(obj).filter(([key]) => key !== k))) : fc.constant(obj),
      keys.length > 0 ? fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString)).map(([k, bad]) => ({ ...obj, [k]: bad })) : fc.constant(obj),
    );
  });
  return fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 }), hostileString);
}

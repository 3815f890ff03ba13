// Queries built and compiled by Kysely once per shape, then run with each request's values.
//
// Kysely builds a tree of frozen nodes for every query and walks it to write the SQL, each time. For
// the instruction list (the state CASE, 4 KB of SQL) that was about a tenth of a request's CPU
// (bench/README.md), for a text that only changes with the filters given. Values are always bound
// parameters, so the text and the place of each value in the parameter list belong to the shape:
// build once with placeholders, remember where each one landed, and from then on fill in values.
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.ts';

type Q = Kysely<Database>;

/** A value's stand-in while the query is built once: it lands in the compiled parameters as it is. */
class Slot {
  constructor(
    readonly key: string,
    readonly index: number,
  ) {}
}

type Values = Record<string, unknown>;

interface Template {
  compiled: CompiledQuery;
  /** per parameter: the value it takes (a slot), or the constant the build put there */
  sources: readonly unknown[];
}

/** Templates kept per Kysely adapter (one per dialect instance), most recently used last. */
export const TEMPLATE_CACHE_SIZE = 128;
const caches = new WeakMap<object, Map<string, Template>>();
let verifying = false;

/** Tests: build every query afresh too and fail when the template would have run something else. */
export function verifyQueryTemplates(on: boolean): void {
  verifying = on;
}

/**
 * The rows of `build(db, values)`, compiled once for the shape of `values`.
 *
 * `build` must be a module-level function that learns about the request only from `values`. Each value
 * that is given (neither null nor undefined) reaches it as a stand-in that becomes a bound parameter:
 * it may test whether a value is there (given, null or undefined is part of the shape) and hand it to
 * Kysely, but not compute with it or compare it. Values it computes with (a day it adds to, a text
 * it escapes) are named in `inline`: they reach it as they are, and the template is kept per value.
 * Arrays stand in element by element; their length is part of the shape.
 */
export async function runTemplate<V extends object, R>(
  db: Q,
  name: string,
  build: (db: Q, values: V) => Compilable<R>,
  values: V,
  inline: readonly (keyof V & string)[] = [],
): Promise<R[]> {
  const adapter = db.getExecutor().adapter;
  let cache = caches.get(adapter);
  if (cache === undefined) {
    cache = new Map();
    caches.set(adapter, cache);
  }
  const given = values as Values;
  const inlined: readonly string[] = inline;
  let key = name;
  for (const k in given) {
    const v = given[k];
    key += inlined.includes(k) ? `|${k}=${JSON.stringify(v)}` : v === undefined ? `|${k}:u` : v === null ? `|${k}:n` : Array.isArray(v) ? `|${k}:${v.length}` : `|${k}`;
  }
  let template = cache.get(key);
  if (template === undefined) {
    template = compileTemplate(db, build, values, inline);
    cache.set(key, template);
    if (cache.size > TEMPLATE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  } else {
    cache.delete(key); // re-insert: Map keeps insertion order, so the first key is the least recently used
    cache.set(key, template);
  }
  const parameters = template.sources.map((s) => (s instanceof Slot ? valueOf(given, s) : s));
  const compiled: CompiledQuery<R> = { ...(template.compiled as CompiledQuery<R>), parameters };
  if (verifying) {
    const fresh = build(db, values).compile();
    if (fresh.sql !== compiled.sql || JSON.stringify(fresh.parameters) !== JSON.stringify(parameters)) {
      throw new Error(`query template ${name} (${key}) differs from a fresh build: ${JSON.stringify(parameters)} against ${JSON.stringify(fresh.parameters)}`);
    }
  }
  return (await db.executeQuery(compiled)).rows;
}

function compileTemplate<V extends object>(db: Q, build: (db: Q, values: V) => Compilable<unknown>, values: V, inline: readonly string[]): Template {
  const stand: Values = {};
  const given = values as Values;
  for (const k in given) {
    const v = given[k];
    if (inline.includes(k) || v === undefined || v === null) stand[k] = v;
    else if (Array.isArray(v)) stand[k] = v.map((_, i) => new Slot(k, i));
    else if (typeof v === 'object') throw new Error(`query template: ${k} is an object; pass its fields as values`);
    else stand[k] = new Slot(k, -1);
  }
  const compiled = build(db, stand as unknown as V).compile();
  return { compiled, sources: compiled.parameters };
}

function valueOf(values: Values, slot: Slot): unknown {
  const v = values[slot.key];
  return slot.index < 0 ? v : (v as unknown[])[slot.index];
}

// Property-based fuzzing from the OpenAPI document (fast-check): for every operation, generated valid
// and invalid bodies, path and query parameters and headers. Every answer must be a documented
// status, never 5xx; a 4xx is a problem document; a 2xx JSON body matches its schema; and after a
// rejected request the database is unchanged (every table's row count and the audit chain's head).
// FUZZ_RUNS cases per operation (200 by default on SQLite, FUZZ_RUNS_PG on PostgreSQL, 200 by
// default); `npm run fuzz` runs longer. FUZZ_SEED replays a run.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient, type TestClient } from '../app.ts';
import { DIALECTS, freshDb, type TestDb } from '../db.ts';
import { hostileString, invalidArb, validArb, type JsonSchema } from './arbitraries.ts';
import { buildWorld, RECIPES, type Req, type World } from './world.ts';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647;
const RUNS = { sqlite: Number(process.env.FUZZ_RUNS ?? 200), postgres: Number(process.env.FUZZ_RUNS_PG ?? 200) };

/**
 * Findings in code this suite's owner does not own, reported to the owners and tolerated here until
 * they are fixed (the test prints them). Remove a line when its route documents the status.
 */
const KNOWN_GAPS = new Set<string>([
  // none at the moment
]);

interface Operation {
  method: Req['method'];
  path: string;
  secured: boolean;
  statuses: Set<number>;
  params: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | undefined;
  responses: Record<string, JsonSchema | undefined>;
}

interface Spec {
  paths: Record<string, Record<string, { security?: unknown[]; parameters?: { in: string; name: string; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> }; responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>>;
  components: { schemas: Record<string, JsonSchema> };
}

function operationsOf(spec: Spec): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const responses: Record<string, JsonSchema | undefined> = {};
      for (const [status, r] of Object.entries(op.responses)) responses[status] = r.content?.['application/json']?.schema;
      out.push({
        method: method.toUpperCase() as Req['method'],
        path,
        secured: op.security === undefined || op.security.length > 0,
        statuses: new Set(Object.keys(op.responses).map(Number)),
        params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''),
        query: Object.fromEntries((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        body: op.requestBody?.content['application/json']?.schema,
        responses,
      });
    }
  }
  return out;
}

const tableLists = new WeakMap<TestDb, string>();

/** Row counts of every table (but sign-in attempts, which a failed sign-in rightly adds) and the audit head. */
async function fingerprint(db: TestDb): Promise<string> {
  let union = tableLists.get(db);
  if (union === undefined) {
    union = await countQuery(db);
    tableLists.set(db, union);
  }
  const rows = (await sql<{ t: string; n: number }>`${sql.raw(union)}`.execute(db.kysely)).rows;
  return rows.map((r) => `${r.t}=${String(r.n)}`).join(',');
}

async function countQuery(db: TestDb): Promise<string> {
  const tables =
    db.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db.kysely)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db.kysely)).rows.map((r) => r.name);
  const counted = tables.filter((t) => t !== 'login_attempts').sort();
  const counts = counted.map((t) => `select '${t}' as t, cast(count(*) as text) as n from "${t}"`);
  return [...counts, `select 'audit_head' as t, cast(seq as text) || ':' || hash as n from audit_head`].join(' union all ');
}

interface Case {
  role: 'admin' | 'viewer' | 'executor RU';
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  ifMatch: string | undefined;
  contentType: string | undefined;
}

function caseArb(op: Operation, base: Req, components: Record<string, JsonSchema>): fc.Arbitrary<Case> {
  const template = new RegExp(`^${op.path.replace(/\{\w+\}/g, '([^/?]+)')}(?:\\?|$)`);
  const baseValues = template.exec(base.url)?.slice(1) ?? [];
  const params: Record<string, fc.Arbitrary<string>> = {};
  op.params.forEach((p, i) => {
    params[p] = fc.oneof(
      { weight: 3, arbitrary: fc.constant(baseValues[i] ?? '1') },
      fc.integer({ min: -5, max: 2_000_000 }).map(String),
      fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999999', 'abc', '..%2F..%2Fetc%2Fpasswd', 'NaN', '0x10'),
      // Dot segments are left out: the test's URL parser would resolve them to another route.
      hostileString.filter((s) => s.length > 0 && s.length < 300 && !/^(\.|%2e){1,2}$/i.test(s)).map(enc),
    );
  });
  const query: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, schema] of Object.entries(op.query)) query[name] = fc.oneof({ weight: 2, arbitrary: validArb(schema, components, name) }, hostileString);
  const body = op.body
    ? fc.oneof({ weight: 2, arbitrary: fc.constant(base.body) }, { weight: 3, arbitrary: validArb(op.body, components) }, { weight: 3, arbitrary: invalidArb(op.body, components) })
    : fc.oneof({ weight: 4, arbitrary: fc.constant(base.body) }, fc.jsonValue({ maxDepth: 2 }), hostileString);
  return fc.record({
    role: fc.constantFrom('admin', 'admin', 'admin', 'viewer', 'executor RU'),
    params: fc.record(params),
    query: fc.record(query, { requiredKeys: [] }),
    body,
    ifMatch: fc.oneof({ weight: 3, arbitrary: fc.constant(base.headers?.['if-match']) }, fc.constant(undefined), fc.string({ maxLength: 30 }), fc.constant('"instruction-1-v1"')),
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constant(base.headers?.['content-type']) }, fc.constantFrom('text/plain', 'application/xml', 'application/json; charset=latin1', 'multipart/form-data; boundary=x')),
  });
}

/** encodeURIComponent that sends a lone surrogate as its (invalid) UTF-8 bytes instead of throwing. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s].map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      return encodeURIComponent(ch);
    }).join('');
  }
}

function urlOf(op: Operation, c: Case): string {
  let url = op.path;
  for (const p of op.params) url = url.replace(`{${p}}`, c.params[p] ?? '1');
  const qs = Object.entries(c.query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${enc(k)}=${enc(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
  return qs ? `${url}?${qs}` : url;
}

for (const dialect of DIALECTS) {
  describe(`fuzzing from the OpenAPI document [${dialect}]`, () => {
    let db: TestDb;
    let client: TestClient;
    let world: World;
    let spec: Spec;
    beforeAll(async () => {
      db = await freshDb(dialect);
      client = await testClient(db);
      world = await buildWorld(client, db);
      spec = (await client.request('GET', '/api/openapi.json')).json() as Spec;
    }, 60_000);
    afterAll(async () => {
      await client.close();
      await db.dispose();
    });

    it('answers every generated request with a documented status and a valid body, never 5xx, and changes nothing when it refuses', async () => {
      // OpenAPI 3.1 schemas are JSON Schema 2020-12; formats are left to the server's own zod checks.
      const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
      ajv.addSchema({ $id: 'spec', components: spec.components });
      const findings = new Map<string, string>();
      const note = (key: string, example: string): void => {
        if (!findings.has(key)) findings.set(key, example);
      };
      let total = 0;
      const timing: [string, number][] = [];
      for (const op of operationsOf(spec)) {
        const started = Date.now();
        const key = `${op.method} ${op.path}`;
        const recipe = RECIPES[key];
        if (!recipe) {
          note(`${key}: no recipe`, '');
          continue;
        }
        const base = await recipe(world, 'admin');
        const validators = new Map<number, ((v: unknown) => boolean) | null>();
        let current = await fingerprint(db);
        const cases = fc.sample(caseArb(op, base, spec.components.schemas), { numRuns: RUNS[dialect], seed: SEED });
        for (const c of cases) {
          total += 1;
          const url = urlOf(op, c);
          const headers: Record<string, string> = {};
          if (c.ifMatch !== undefined) headers['if-match'] = c.ifMatch;
          if (c.contentType !== undefined) headers['content-type'] = c.contentType;
          const payload = c.body === undefined ? undefined : typeof c.body === 'string' && base.headers?.['content-type'] !== undefined ? c.body : JSON.stringify(c.body);
          if (payload !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
          const res = await client.app.inject({ method: op.method, url, headers: { ...headers, ...(world.tokens[c.role] && { authorization: `Bearer ${world.tokens[c.role] ?? ''}` }) }, ...(payload !== undefined && { payload }) });
          const where = `${op.method} ${url.slice(0, 160)} as ${c.role} body ${String(payload).slice(0, 160)}`;
          const status = res.statusCode;
          if (status >= 500) {
            note(`${key}: ${status}`, `${where} -> ${res.body.slice(0, 300)}`);
            continue;
          }
          const global = status === 413 || status === 415 || (status === 401 && op.secured) || (status === 429 && key === 'POST /api/v1/auth/login');
          if (!op.statuses.has(status) && !global) note(`${key}: undocumented ${status}`, `${where} -> ${res.body.slice(0, 200)}`);
          if (status >= 400) {
            const problem = (() => {
              try {
                return res.json() as { type?: unknown; title?: unknown; status?: unknown; detail?: unknown };
              } catch {
                return null;
              }
            })();
            if (!String(res.headers['content-type']).startsWith('application/problem+json') || problem?.status !== status || typeof problem.title !== 'string' || typeof problem.detail !== 'string' || typeof problem.type !== 'string') {
              note(`${key}: ${status} is not a problem document`, `${where} -> ${res.body.slice(0, 200)}`);
            }
            const after = await fingerprint(db);
            if (after !== current) note(`${key}: ${status} but the database changed`, `${where}\n  before ${current}\n  after  ${after}`);
            current = after;
            continue;
          }
          current = await fingerprint(db);
          if (String(res.headers['content-type']).startsWith('application/json')) {
            if (!validators.has(status)) {
              const schema = op.responses[String(status)];
              let validate: ((v: unknown) => boolean) | null = null;
              if (schema) {
                try {
                  validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/')) as object);
                } catch {
                  validate = null;
                }
              }
              validators.set(status, validate);
            }
            const validate = validators.get(status);
            if (validate && !validate(res.json())) note(`${key}: ${status} body does not match its schema`, `${where} -> ${res.body.slice(0, 200)}`);
          }
        }
        timing.push([key, Date.now() - started]);
      }
      const tolerated = [...findings.keys()].filter((k) => KNOWN_GAPS.has(k));
      for (const k of tolerated) findings.delete(k);
      const slowest = timing.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, ms]) => `${k} ${ms} ms`).join('; ');
      console.log(`fuzz [${dialect}]: known gaps in others' routes still present: ${tolerated.join('; ') || 'none'}; slowest: ${slowest}`);
      const report = [...findings].map(([k, v]) => `${k}\n  e.g. ${v}`).join('\n');
      console.log(`fuzz [${dialect}] seed ${SEED}: ${total} requests over ${operationsOf(spec).length} operations; ${findings.size} findings${report ? `\n${report}` : ''}`);
      expect(report).toBe('');
    }, 3_600_000);
  });
}

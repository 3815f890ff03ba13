// The permission matrix: every operation of the OpenAPI document, for every role, against the table
// in docs/permissions.md (parsed from the doc, so the doc is the contract). Allowed: 2xx. Denied: 403,
// or 404 that is the same for an existing and a missing id where the role may not read the record;
// anonymous: 401. Runs on both dialects, one database each.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testClient, type TestClient } from '../app.ts';
import { DIALECTS, freshDb, type TestDb } from '../db.ts';
import { buildWorld, RECIPES, ROLE_COLUMNS, type RoleColumn, type World } from './world.ts';
import { describe } from 'vitest';

type Cell = '✓' | '✗';

/** Rows `| \`METHOD /path\` | ✓ | ✗ | … |` of the table under "## Matrix". */
export function parseMatrix(markdown: string): Map<string, Record<RoleColumn, Cell>> {
  const section = markdown.split(/^## Matrix\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, Record<RoleColumn, Cell>>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([A-Z]+ \/[^`]*)`\s*\|(.*)\|\s*$/.exec(line.trim());
    if (!m?.[1] || m[2] === undefined) continue;
    const cells = m[2].split('|').map((c) => c.trim().replace(/[¹²³⁴⁵⁶⁷⁸⁹]+$/u, '').trim());
    if (cells.length !== ROLE_COLUMNS.length || !cells.every((c) => c === '✓' || c === '✗')) throw new Error(`docs/permissions.md: bad row for ${m[1]}: ${line}`);
    rows.set(m[1], Object.fromEntries(ROLE_COLUMNS.map((r, i) => [r, cells[i] as Cell])) as Record<RoleColumn, Cell>);
  }
  return rows;
}

const DOC = new URL('../../docs/permissions.md', import.meta.url);
const DISCOVER = process.env.TRUST_DISCOVER === '1';

for (const dialect of DIALECTS) {
  describe(`permission matrix [${dialect}]`, () => {
    let db: TestDb;
    let client: TestClient;
    let world: World;
    beforeAll(async () => {
      db = await freshDb(dialect);
      client = await testClient(db);
      world = await buildWorld(client, db);
    }, 60_000);
    afterAll(async () => {
      await client.close();
      await db.dispose();
    });

    it('answers every operation for every role as docs/permissions.md says', async () => {
      const matrix = parseMatrix(readFileSync(DOC, 'utf8'));
      const spec = (await client.request('GET', '/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
      const operations = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const failures: string[] = [];
      const observed: string[] = [];
      let checked = 0;
      for (const op of operations) {
        const recipe = RECIPES[op];
        const row = matrix.get(op);
        if (!recipe) {
          failures.push(`${op}: no recipe in test/trust/world.ts`);
          continue;
        }
        if (!row && !DISCOVER) {
          failures.push(`${op}: not in the table of docs/permissions.md`);
          continue;
        }
        const cells: string[] = [];
        for (const role of ROLE_COLUMNS) {
          const req = await recipe(world, role);
          const token = world.tokens[role];
          const res = await client.request(req.method, req.url, { token, ...(req.body !== undefined && { body: req.body }), ...(req.headers && { headers: req.headers }) });
          checked += 1;
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          cells.push(ok ? '✓' : '✗');
          if (DISCOVER && !ok && !(role === 'anonymous' && res.statusCode === 401) && res.statusCode !== 403 && res.statusCode !== 404) cells[cells.length - 1] = `✗(${res.statusCode})`;
          if (!row) continue;
          const want = row[role];
          if (want === '✓' && !ok) failures.push(`${op} as ${role}: expected 2xx, got ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (want === '✗') {
            const expected = role === 'anonymous' ? [401] : [403, 404];
            if (!expected.includes(res.statusCode)) failures.push(`${op} as ${role}: expected ${expected.join(' or ')}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
            // A denial must not tell whether the record exists, unless the role may read that record anyway.
            if (req.missing && role !== 'anonymous') {
              const miss = await client.request(req.method, req.missing, { token, ...(req.body !== undefined && { body: req.body }), ...(req.headers && { headers: req.headers }) });
              const readable = readableBy(matrix, req.url, role);
              if (miss.statusCode !== res.statusCode && !readable) failures.push(`${op} as ${role}: ${res.statusCode} for an existing id but ${miss.statusCode} for a missing one (reveals existence)`);
            }
          }
        }
        observed.push(`| \`${op}\` | ${cells.join(' | ')} |`);
      }
      if (DISCOVER) console.log(observed.join('\n'));
      console.log(`permission matrix [${dialect}]: ${operations.length} operations x ${ROLE_COLUMNS.length} roles = ${checked} requests`);
      expect(failures).toEqual([]);
      expect(checked).toBe(operations.length * ROLE_COLUMNS.length);
    }, 600_000);
  });
}

/** Whether the role may GET the record the URL is about (the nearest GET row along the path). */
function readableBy(matrix: Map<string, Record<RoleColumn, Cell>>, url: string, role: RoleColumn): boolean {
  const segments = (url.split('?')[0] ?? '').split('/');
  while (segments.length > 3) {
    const path = segments.map((s) => (/^\d+$/.test(s) ? '{}' : s)).join('/');
    for (const [op, row] of matrix) {
      if (!op.startsWith('GET ')) continue;
      if (op.slice(4).replace(/\{[^}]+\}/g, '{}') === path) return row[role] === '✓';
    }
    segments.pop();
  }
  return false;
}

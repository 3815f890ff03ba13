import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../../test/db.ts';
import type { Database } from './schema.ts';
import { runTemplate, verifyQueryTemplates } from './query-template.ts';

type Q = Kysely<Database>;
interface Values {
  party: string | null | undefined;
  ids: readonly number[];
  year: number;
}
const built: string[] = [];
function parties(db: Q, v: Values) {
  built.push(`${v.party === null ? 'null' : v.party === undefined ? 'any' : 'given'} ${v.ids.length} ${v.year}`);
  let q = db.selectFrom('parties').select(['code', sql<number>`${v.year} + 1`.as('next')]).where('code', 'not in', v.ids.length === 0 ? [''] : v.ids.map(String));
  if (v.party === null) q = q.where('code', 'is', null);
  else if (v.party !== undefined) q = q.where('code', '=', v.party);
  return q.orderBy('code');
}

describe('query templates', () => {
  let db: TestDb;
  afterAll(async () => db?.dispose());

  it('build once per shape and run later values in the same places', async () => {
    db = await freshDb('sqlite');
    await db.kysely.insertInto('parties').values(['AA', 'BB', 'CC'].map((code) => ({ code, name: code, kind: 'state', created_at: '2026-01-01T00:00:00Z' }))).execute();
    verifyQueryTemplates(false);
    try {
      built.length = 0;
      const run = (v: Values) => runTemplate(db.kysely, 'parties', parties, v, ['year']);
      expect(await run({ party: 'AA', ids: [], year: 2020 })).toEqual([{ code: 'AA', next: 2021 }]);
      expect(await run({ party: 'BB', ids: [], year: 2020 })).toEqual([{ code: 'BB', next: 2021 }]);
      expect(await run({ party: undefined, ids: [7], year: 2020 })).toEqual([{ code: 'AA', next: 2021 }, { code: 'BB', next: 2021 }, { code: 'CC', next: 2021 }]);
      expect(await run({ party: undefined, ids: [8], year: 2020 })).toHaveLength(3);
      expect(await run({ party: null, ids: [], year: 2020 })).toEqual([]);
      expect(await run({ party: 'CC', ids: [], year: 2030 })).toEqual([{ code: 'CC', next: 2031 }]);
      // given/null/undefined, array lengths and inline values make the shape; other values do not
      expect(built).toEqual(['given 0 2020', 'any 1 2020', 'null 0 2020', 'given 0 2030']);
    } finally {
      verifyQueryTemplates(true);
    }
  });

  it('in verifying mode, refuses a build that computes with a value it was not told about', async () => {
    const sneaky = (d: Q, v: { year: number }) => d.selectFrom('parties').select(sql<number>`${typeof v.year === 'number' ? v.year : 0}`.as('y'));
    await expect(runTemplate(db.kysely, 'sneaky', sneaky, { year: 2 })).rejects.toThrow(/differs from a fresh build/);
  });
});

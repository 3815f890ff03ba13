import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';

describeEachDialect('migration 0003_engagements', (getDb) => {
  it('creates the tables and refuses a constraint from an engagement to itself', async () => {
    const k = getDb().kysely;
    const now = '2023-02-06T00:00:00.000Z';
    const e = await k
      .insertInto('engagements')
      .values({ kind: 'talks', title: 'T', place: null, body_id: null, status: 'proposed', status_reason: null, window_earliest: null, window_latest: null, window_precision: 'unknown', window_tentative: 0, window_text: null, sort_day: '9999-12-31', notes: null, created_by: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(k.insertInto('constraints').values({ before_id: e.id, after_id: e.id, min_gap: 1, max_gap: null, note: null, created_by: null, created_at: now }).execute()).rejects.toThrow();
    await expect(k.insertInto('engagement_participants').values({ engagement_id: e.id, person_id: null, body_id: null, party: null, role: null, position: 0 }).execute()).rejects.toThrow();
    const n = await sql<{ n: number }>`select count(*) as n from agenda_items`.execute(k);
    expect(Number(n.rows[0]?.n)).toBe(0);
  });
});

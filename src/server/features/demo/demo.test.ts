import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { EXECUTION_STATES } from '../../../domain/execution-state.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { login } from '../accounts/service.ts';
import { controlSummary } from '../control/summary.ts';
import { getSchedule } from '../schedule/service.ts';
import { DEMO_ACCOUNTS, signInLines } from './accounts.ts';
import { DEMO_PAST_DAY } from './content.ts';
import { loadDemoIfEmpty } from './load.ts';

const NOW = new Date('2026-11-30T09:00:00Z');

describeEachDialect('demo', (getDb) => {
  it('loads once, in one go, and leaves a loaded database alone', async () => {
    const db = getDb();
    const first = await loadDemoIfEmpty(db, { now: NOW });
    expect(first.loaded).toBe(true);
    expect(first.counts).toMatchObject({ bodies: 23, people: 9, instructions: 12, engagements: 4 });
    expect(first.accounts.map((a) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    const count = async (table: 'instructions' | 'reports' | 'bodies' | 'engagements' | 'users') =>
      Number((await db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = { instructions: await count('instructions'), reports: await count('reports'), users: await count('users') };
    const second = await loadDemoIfEmpty(db, { now: NOW });
    expect(second.loaded).toBe(false);
    expect(second.accounts).toHaveLength(4);
    expect({ instructions: await count('instructions'), reports: await count('reports'), users: await count('users') }).toEqual(before);
  });

  it('marks every demo record as demo', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db, { now: NOW });
    for (const table of ['parties', 'bodies', 'people', 'instructions', 'engagements'] as const) {
      const rows = await db.kysely.selectFrom(table).select('demo').execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.demo === 1), table).toBe(true);
    }
  });

  it('shows every execution state in the summary today and at a past day', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db, { now: NOW });
    for (const at of [undefined, DEMO_PAST_DAY]) {
      const summary = await controlSummary(db.kysely, SYSTEM_ACTOR, { at, limit: 20 }, NOW);
      for (const state of EXECUTION_STATES) expect(summary.totals[state], `${state} at ${summary.at}`).toBeGreaterThan(0);
    }
    const today = await controlSummary(db.kysely, SYSTEM_ACTOR, { limit: 20 }, NOW);
    expect(today.reviewQueue.pending).toBe(1);
  });

  it('holds the seed story: the call, the talks, the Council of Ministers before the Supreme State Council', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db, { now: NOW });
    const engagements = await db.kysely.selectFrom('engagements').select(['title', 'status', 'window_earliest', 'window_latest', 'window_tentative']).orderBy('id').execute();
    expect(engagements.map((e) => [e.status, e.window_earliest, e.window_latest, e.window_tentative])).toEqual([
      ['held', '2023-02-17', '2023-02-17', 0],
      ['held', '2023-02-05', '2023-02-05', 0],
      ['scheduled', '2023-02-01', '2023-02-28', 0],
      ['proposed', '2023-04-01', '2023-05-31', 1],
    ]);
    const schedule = await getSchedule(db.kysely, SYSTEM_ACTOR);
    expect(schedule.consistent).toBe(true);
    expect(await db.kysely.selectFrom('constraints').select(['min_gap']).execute()).toEqual([{ min_gap: 1 }]);
  });

  it('lets the demo accounts sign in with the printed passwords', async () => {
    const db = getDb();
    await loadDemoIfEmpty(db, { now: NOW });
    for (const a of DEMO_ACCOUNTS) expect((await login(db.kysely, { email: a.email, password: a.password })).user.role).toBe(a.role);
  });
});

describe('sign-in lines', () => {
  it('name every account and give a curl line', () => {
    const lines = signInLines(DEMO_ACCOUNTS, 'http://127.0.0.1:3000');
    expect(lines.filter((l) => l.includes('@accord.local'))).toHaveLength(5);
    expect(lines.at(-1)).toContain('http://127.0.0.1:3000/api/v1/auth/login');
  });
});

import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { createEngagement, patchEngagement } from '../engagements/fixtures.ts';
import { ScheduleCache } from './cache.ts';
import { fingerprintKey, networkFingerprint } from './repository.ts';
import { addConstraint, getSchedule } from './service.ts';

interface Conflict {
  constraintIds: number[];
  engagementIds: number[];
  explanation: string;
}

interface Bounds {
  id: number;
  own: string;
  allowed: string;
  narrowed: boolean;
}

describeEachDialect('schedule and constraints', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  const constrain = (body: Record<string, unknown>) => client!.request('POST', '/api/v1/constraints', { body });
  const schedule = async (query = ''): Promise<{ consistent: boolean; engagements: Bounds[]; conflict: Conflict | null }> => {
    const r = await client!.request('GET', `/api/v1/schedule${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { consistent: boolean; engagements: Bounds[]; conflict: Conflict | null };
  };

  it('narrows windows through constraints with gaps, and tells the narrowed window of each engagement', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'session', title: 'the Council of Ministers', when: '2023-02' });
    const b = await createEngagement(client, { kind: 'session', title: 'the Supreme State Council', when: '2023-03/2023-05' });
    const r = await constrain({ beforeId: a.id, afterId: b.id, minGapDays: 30, maxGapDays: 60, note: 'the Council of Ministers prepares the session' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ constraint: { beforeId: a.id, afterId: b.id, minGapDays: 30, maxGapDays: 60, forced: false }, check: { consistent: true } });
    const s = await schedule();
    expect(s.consistent).toBe(true);
    // b starts at least 30 days after 1 Feb (3 Mar) and at most 60 days after 28 Feb (29 Apr).
    expect(s.engagements.find((e) => e.id === b.id)).toMatchObject({ own: '2023-03/2023-05', allowed: '2023-03-03/2023-04-29', narrowed: true });
    expect(s.engagements.find((e) => e.id === a.id)).toMatchObject({ own: '2023-02', allowed: '2023-02', narrowed: false });
    const list = await client.request('GET', `/api/v1/constraints?engagementId=${b.id}`);
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses a constraint that makes the schedule impossible, with the clash in words, unless forced', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'session', title: 'the Council of Ministers', when: '2023-05' });
    const b = await createEngagement(client, { kind: 'session', title: 'the Supreme State Council', when: '2023-04?/2023-05?' });
    // With 30 days, 1 May and 31 May would still fit; six weeks cannot.
    const refused = await constrain({ beforeId: a.id, afterId: b.id, minGapDays: 42 });
    expect(refused.statusCode).toBe(409);
    const p = refused.json() as { detail: string; conflict: Conflict & { involvesProposed: boolean }; forcible: boolean };
    expect(p.conflict.engagementIds.sort()).toEqual([a.id, b.id].sort());
    expect(p.conflict.involvesProposed).toBe(true);
    expect(p.forcible).toBe(true);
    expect(p.detail).toMatch(/Council of Ministers/);
    expect(p.detail).toMatch(/Supreme State Council/);
    expect((await client.request('GET', '/api/v1/constraints')).json()).toMatchObject({ items: [] });

    const preview = await client.request('POST', '/api/v1/constraints/check', { body: { beforeId: a.id, afterId: b.id, minGapDays: 42 } });
    expect(preview.json()).toMatchObject({ consistent: false });

    const forced = await constrain({ beforeId: a.id, afterId: b.id, minGapDays: 42, force: true });
    expect(forced.statusCode).toBe(201);
    expect(forced.json()).toMatchObject({ constraint: { forced: true }, check: { consistent: false } });
    const s = await schedule();
    expect(s.consistent).toBe(false);
    expect(s.conflict?.constraintIds).toEqual([(forced.json() as { constraint: { id: number } }).constraint.id]);

    // Removing the constraint is never refused, and the schedule is consistent again.
    const id = (forced.json() as { constraint: { id: number } }).constraint.id;
    expect((await client.request('DELETE', `/api/v1/constraints/${id}`)).statusCode).toBe(200);
    expect((await schedule()).consistent).toBe(true);
    expect((await client.request('GET', `/api/v1/constraints/${id}`)).statusCode).toBe(404);
  });

  it('refuses a constraint from an engagement to itself, to an unknown one, or with gaps the wrong way round (400)', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'talks', title: 'A', when: '2023-02' });
    const b = await createEngagement(client, { kind: 'talks', title: 'B', when: '2023-03' });
    const self = await constrain({ beforeId: a.id, afterId: a.id });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ errors: [{ field: 'afterId' }] });
    expect((self.json() as { detail: string }).detail).toMatch(/same engagement/);
    const unknown = await constrain({ beforeId: a.id, afterId: 9999 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'afterId', detail: 'engagement 9999 does not exist' }] });
    const gaps = await constrain({ beforeId: a.id, afterId: b.id, minGapDays: 10, maxGapDays: 5 });
    expect(gaps.statusCode).toBe(400);
    expect(gaps.json()).toMatchObject({ errors: [{ field: 'maxGapDays' }] });
    expect((await constrain({ beforeId: a.id, afterId: b.id, minGapDays: -1 })).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/constraints')).json()).toMatchObject({ items: [] });
  });

  it('refuses a cycle of strict constraints even when forced, naming each constraint; a cycle allowing the same day is fine', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'talks', title: 'the talks', when: 'XXXX' });
    const b = await createEngagement(client, { kind: 'session', title: 'the Council of Ministers', when: 'XXXX' });
    const c = await createEngagement(client, { kind: 'session', title: 'the Supreme State Council', when: 'XXXX' });
    expect((await constrain({ beforeId: a.id, afterId: b.id })).statusCode).toBe(201);
    expect((await constrain({ beforeId: b.id, afterId: c.id })).statusCode).toBe(201);
    const cycle = await constrain({ beforeId: c.id, afterId: a.id, force: true });
    expect(cycle.statusCode).toBe(409);
    const p = cycle.json() as { detail: string; conflict: Conflict; forcible: boolean };
    expect(p.forcible).toBe(false);
    expect(p.conflict.constraintIds).toHaveLength(2);
    expect(p.detail).toMatch(/never be met/);
    expect((await client.request('GET', '/api/v1/constraints')).json()).toMatchObject({ items: [{}, {}] });
    // Same-day-or-later both ways is a cycle that holds: all three on one day.
    const d = await createEngagement(client, { kind: 'talks', title: 'D', when: '2023-02' });
    const e = await createEngagement(client, { kind: 'talks', title: 'E', when: '2023-02' });
    expect((await constrain({ beforeId: d.id, afterId: e.id, minGapDays: 0 })).statusCode).toBe(201);
    expect((await constrain({ beforeId: e.id, afterId: d.id, minGapDays: 0 })).statusCode).toBe(201);
  });

  it('refuses moving an engagement into a window the constraints forbid (409), unless forced; widening is always allowed', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'session', title: 'the Council of Ministers', when: '2023-02' });
    const b = await createEngagement(client, { kind: 'session', title: 'the Supreme State Council', when: '2023-04?/2023-05?' });
    expect((await constrain({ beforeId: a.id, afterId: b.id, minGapDays: 42 })).statusCode).toBe(201);
    const moved = await patchEngagement(client, a.id, { when: '2023-05' });
    expect(moved.statusCode).toBe(409);
    expect((moved.json as { conflict: Conflict }).conflict.engagementIds).toContain(a.id);
    expect((await client.request('GET', `/api/v1/engagements/${a.id}`)).json()).toMatchObject({ when: { edtf: '2023-02' }, windowHistory: [{}] });
    expect((await patchEngagement(client, a.id, { when: '2023-01/2023-06' })).statusCode).toBe(200);
    expect((await patchEngagement(client, a.id, { when: '2023-05', force: true })).statusCode).toBe(200);
    expect((await schedule()).consistent).toBe(false);
    // A cancelled engagement no longer binds: the schedule is consistent again.
    expect((await patchEngagement(client, a.id, { status: 'cancelled', statusReason: 'merged into the session' })).statusCode).toBe(200);
    expect((await schedule()).consistent).toBe(true);
  });

  it('checks a change against the changed engagement\'s part of the network only', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'talks', title: 'A', when: '2023-05' });
    const b = await createEngagement(client, { kind: 'talks', title: 'B', when: '2023-04' });
    expect((await constrain({ beforeId: a.id, afterId: b.id, force: true })).statusCode).toBe(201);
    const c = await createEngagement(client, { kind: 'talks', title: 'C', when: '2023-06' });
    const d = await createEngagement(client, { kind: 'talks', title: 'D', when: '2023-07' });
    // An older, forced clash elsewhere does not block unrelated work.
    expect((await constrain({ beforeId: c.id, afterId: d.id })).statusCode).toBe(201);
    expect((await patchEngagement(client, c.id, { when: '2023-06-10' })).statusCode).toBe(200);
    const comp = await schedule(`?engagementId=${c.id}`);
    expect(comp.engagements.map((e) => e.id).sort()).toEqual([c.id, d.id].sort());
    expect(comp.consistent).toBe(true);
  });

  it('checks additions incrementally on the last schedule, naming stored constraints by id, and notices changes made meanwhile', async () => {
    client = await testClient(getDb());
    const a = await createEngagement(client, { kind: 'talks', title: 'A', when: '2023-02-10' });
    const b = await createEngagement(client, { kind: 'talks', title: 'B', when: '2023-02' });
    const c = await createEngagement(client, { kind: 'talks', title: 'C', when: '2023-02-12' });
    expect((await schedule()).consistent).toBe(true); // warms the schedule
    const first = await constrain({ beforeId: a.id, afterId: b.id });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ check: { narrowed: [{ id: b.id, allowed: '2023-02-11/2023-02-28' }] } });
    const firstId = (first.json() as { constraint: { id: number } }).constraint.id;
    const clash = await constrain({ beforeId: b.id, afterId: c.id, minGapDays: 3 });
    expect(clash.statusCode).toBe(409);
    expect((clash.json() as { conflict: Conflict }).conflict.constraintIds).toEqual([firstId]);
    expect((await constrain({ beforeId: b.id, afterId: c.id })).statusCode).toBe(201);
    // Someone narrows B meanwhile (a change the last schedule does not know): the next check sees it.
    expect((await patchEngagement(client, b.id, { when: '2023-02-11' })).statusCode).toBe(200);
    const d = await createEngagement(client, { kind: 'talks', title: 'D', when: '2023-02-11' });
    expect((await constrain({ beforeId: b.id, afterId: d.id })).statusCode).toBe(409);
    expect((await constrain({ beforeId: b.id, afterId: d.id, minGapDays: 0 })).statusCode).toBe(201);
  });

  it('keeps the schedule after each committed addition, so the next one starts from it', async () => {
    client = await testClient(getDb());
    const k = getDb().kysely;
    const ids: number[] = [];
    for (const day of ['2023-02-01', '2023-02', '2023-03', '2023-04']) ids.push((await createEngagement(client, { kind: 'talks', title: day, when: day })).id);
    const cache = new ScheduleCache();
    const current = async () => cache.get(fingerprintKey(await networkFingerprint(k)));
    expect(await current()).toBeNull();
    await getSchedule(k, SYSTEM_ACTOR, { cache });
    expect(await current()).not.toBeNull();
    for (let i = 0; i + 1 < ids.length; i++) {
      const { ticket } = await k.transaction().execute((trx) => addConstraint(trx, SYSTEM_ACTOR, { beforeId: ids[i] as number, afterId: ids[i + 1] as number }, { cache }));
      expect(await current()).toBeNull(); // not served before the commit is confirmed
      cache.confirm(ticket);
      expect(await current()).not.toBeNull();
    }
    // A rolled-back addition leaves nothing behind to serve.
    await expect(
      k.transaction().execute(async (trx) => {
        await addConstraint(trx, SYSTEM_ACTOR, { beforeId: ids[0] as number, afterId: ids[3] as number }, { cache });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await current()).not.toBeNull();
  });
});

import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createEngagement, patchEngagement, seedRegistry } from './fixtures.ts';

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; detail: string }[];
}

describeEachDialect('engagements', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('records an engagement with a tentative window read from EDTF, and its participants with their parties', async () => {
    client = await testClient(getDb());
    const reg = await seedRegistry(client);
    const e = await createEngagement(client, {
      kind: 'session',
      title: 'Supreme State Council',
      bodyId: reg.supremeStateCouncil,
      when: { edtf: '2023-04?/2023-05?', text: 'tentatively scheduled to be held in April-May' },
      status: 'proposed',
      participants: [{ personId: reg.lukashenko, role: 'chair' }, { personId: reg.putin }],
    });
    expect(e.etag).toMatch(/^"engagement-\d+-v1"$/);
    expect(e.json).toMatchObject({
      kind: 'session',
      status: 'proposed',
      bodyId: reg.supremeStateCouncil,
      when: { edtf: '2023-04?/2023-05?', earliest: '2023-04-01', latest: '2023-05-31', precision: 'months', tentative: true, text: 'tentatively scheduled to be held in April-May' },
      participants: [
        { personId: reg.lukashenko, bodyId: null, party: 'BY', role: 'chair' },
        { personId: reg.putin, bodyId: null, party: 'RU', role: null },
      ],
      windowHistory: [{ when: { edtf: '2023-04?/2023-05?' }, reason: null }],
      statusHistory: [{ status: 'proposed', reason: null }],
    });
  });

  it('refuses bad windows, unknown references and bad statuses with a 400 naming each field, storing nothing', async () => {
    client = await testClient(getDb());
    const reg = await seedRegistry(client);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ kind: 'talks', title: 'X', when: '2023-05/2023-04' }, 'when', /ends before it starts/],
      [{ kind: 'talks', title: 'X', when: 'sometime in spring' }, 'when', /is not a date/],
      [{ kind: 'talks', title: 'X', when: '2023-02-30' }, 'when', /February 2023 has 28 days/],
      [{ kind: 'talks', title: 'X', when: { edtf: '2023-13' } }, 'when.edtf', /is not a month/],
      [{ kind: 'talks', title: 'X', when: '2023-02', participants: [{ personId: 9999 }] }, 'participants.0.personId', /does not exist/],
      [{ kind: 'talks', title: 'X', when: '2023-02', participants: [{ personId: reg.putin, bodyId: reg.governmentRU }] }, 'participants.0', /either a person/],
      [{ kind: 'talks', title: 'X', when: '2023-02', bodyId: 9999 }, 'bodyId', /does not exist/],
      [{ kind: 'talks', title: 'X', when: '2023-02', status: 'cancelled' }, 'statusReason', /say why/],
      [{ kind: 'talks', title: 'X', when: '2023-02', status: 'held' }, 'heldOn', /on which day/],
      [{ kind: 'talks', title: 'X', when: '2023-02', status: 'held', heldOn: '2999-01-01' }, 'heldOn', /in the future/],
      [{ kind: 'banquet', title: 'X', when: '2023-02' }, 'kind', /./],
    ];
    for (const [body, field, message] of cases) {
      const r = await client.request('POST', '/api/v1/engagements', { body });
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      const p = r.json() as Problem;
      const hit = p.errors?.find((x) => x.field === field);
      expect(hit, `${JSON.stringify(body)} -> ${r.body}`).toBeDefined();
      expect(hit?.detail).toMatch(message);
    }
    const list = await client.request('GET', '/api/v1/engagements');
    expect((list.json() as { items: unknown[] }).items).toHaveLength(0);
  });

  it('narrows a window step by step and keeps every step in its history', async () => {
    client = await testClient(getDb());
    const e = await createEngagement(client, { kind: 'talks', title: 'Talks in Moscow', when: { edtf: '2023-02-05/2023-03-07', text: 'in the near future', precision: 'relative' } });
    expect(e.json).toMatchObject({ when: { precision: 'relative', text: 'in the near future' } });
    const narrowed = await patchEngagement(client, e.id, { when: { edtf: '2023-02-17', text: '17 February' }, whenReason: 'date agreed', status: 'confirmed' });
    expect(narrowed.statusCode, JSON.stringify(narrowed.json)).toBe(200);
    const held = await patchEngagement(client, e.id, { status: 'held' });
    expect(held.statusCode, JSON.stringify(held.json)).toBe(200);
    expect(held.json).toMatchObject({
      status: 'held',
      when: { edtf: '2023-02-17', precision: 'day', tentative: false },
      windowHistory: [{ when: { edtf: '2023-02-05/2023-03-07', precision: 'relative' } }, { when: { edtf: '2023-02-17' }, reason: 'date agreed' }],
      statusHistory: [{ status: 'proposed' }, { status: 'confirmed' }, { status: 'held' }],
    });
    // A held engagement's day is a fact: it cannot be moved by a plain window change.
    const moved = await patchEngagement(client, e.id, { when: '2023-02-18' });
    expect(moved.statusCode).toBe(400);
  });

  it('marks an engagement held on a given day, narrowing its window, and records its outcomes', async () => {
    client = await testClient(getDb());
    const next = await createEngagement(client, { kind: 'session', title: 'Supreme State Council', when: '2023-04?/2023-05?' });
    const e = await createEngagement(client, { kind: 'talks', title: 'Talks', when: '2023-02', status: 'scheduled' });
    const noDay = await patchEngagement(client, e.id, { status: 'held' });
    expect(noDay.statusCode).toBe(400);
    expect((noDay.json as unknown as Problem).errors?.[0]).toMatchObject({ field: 'heldOn' });
    const badOutcome = await patchEngagement(client, e.id, { status: 'held', heldOn: '2023-02-17', outcomes: [{ kind: 'engagement_agreed' }] });
    expect(badOutcome.statusCode).toBe(400);
    expect((badOutcome.json as unknown as Problem).errors?.[0]).toMatchObject({ field: 'outcomes.0.nextEngagementId' });
    const ok = await patchEngagement(client, e.id, { status: 'held', heldOn: '2023-02-17', outcomes: [{ kind: 'engagement_agreed', nextEngagementId: next.id, note: 'the Supreme State Council in April-May' }] });
    expect(ok.statusCode, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json).toMatchObject({ status: 'held', when: { edtf: '2023-02-17' }, outcomes: [{ kind: 'engagement_agreed', nextEngagementId: next.id }] });
    const recordedLate = await createEngagement(client, { kind: 'talks', title: 'Talks recorded afterwards', when: '2023-02', status: 'held', heldOn: '2023-02-17' });
    expect(recordedLate.json).toMatchObject({ when: { edtf: '2023-02-17' }, windowHistory: [{ when: { edtf: '2023-02' } }, { when: { edtf: '2023-02-17' }, reason: 'held' }] });
    const notHeld = await patchEngagement(client, next.id, { outcomes: [{ kind: 'engagement_agreed', nextEngagementId: e.id }] });
    expect(notHeld.statusCode).toBe(400);
  });

  it('moves status only forwards, asks a reason to postpone or cancel, and keeps held and cancelled final', async () => {
    client = await testClient(getDb());
    const e = await createEngagement(client, { kind: 'visit', title: 'Visit', when: '2023-06', status: 'confirmed' });
    expect((await patchEngagement(client, e.id, { status: 'proposed' })).statusCode).toBe(400);
    expect((await patchEngagement(client, e.id, { status: 'postponed' })).statusCode).toBe(400);
    const postponed = await patchEngagement(client, e.id, { status: 'postponed', statusReason: 'the host asked for a later date', when: '2023-09/2023-10' });
    expect(postponed.statusCode).toBe(200);
    expect(postponed.json).toMatchObject({ status: 'postponed', statusReason: 'the host asked for a later date' });
    expect((await patchEngagement(client, e.id, { status: 'scheduled', when: '2023-09' })).statusCode).toBe(200);
    const cancelled = await patchEngagement(client, e.id, { status: 'cancelled', statusReason: 'no longer needed' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json).toMatchObject({
      statusHistory: [{ status: 'confirmed' }, { status: 'postponed', reason: 'the host asked for a later date' }, { status: 'scheduled' }, { status: 'cancelled', reason: 'no longer needed' }],
    });
    const revived = await patchEngagement(client, e.id, { status: 'scheduled' });
    expect(revived.statusCode).toBe(400);
    expect((revived.json as unknown as Problem).errors?.[0]?.detail).toMatch(/cancelled/);
  });

  it('needs If-Match to change an engagement, refuses a stale one, and lets only controllers and admins write', async () => {
    client = await testClient(getDb());
    const e = await createEngagement(client, { kind: 'talks', title: 'Talks', when: '2023-02' });
    expect((await client.request('PATCH', `/api/v1/engagements/${e.id}`, { body: { title: 'T2' } })).statusCode).toBe(428);
    const ok = await client.request('PATCH', `/api/v1/engagements/${e.id}`, { body: { title: 'T2' }, headers: { 'if-match': e.etag } });
    expect(ok.statusCode).toBe(200);
    expect((await client.request('PATCH', `/api/v1/engagements/${e.id}`, { body: { title: 'T3' }, headers: { 'if-match': e.etag } })).statusCode).toBe(412);
    const viewer = await client.as('viewer');
    expect((await client.request('GET', `/api/v1/engagements/${e.id}`, { token: viewer })).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/engagements', { token: viewer, body: { kind: 'talks', title: 'X', when: '2023-02' } })).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/engagements/9999')).statusCode).toBe(404);
  });

  it('lists by window overlap, kind, status, party and body, in calendar order with a cursor', async () => {
    client = await testClient(getDb());
    const reg = await seedRegistry(client);
    const call = await createEngagement(client, { kind: 'phone_call', title: 'Call', when: '2023-02-05', status: 'held', participants: [{ personId: reg.lukashenko }, { personId: reg.putin }] });
    const cm = await createEngagement(client, { kind: 'session', title: 'Council of Ministers', bodyId: reg.councilOfMinisters, when: '2023-02' });
    const talks = await createEngagement(client, { kind: 'talks', title: 'Talks', when: '2023-02-17', participants: [{ personId: reg.lukashenko }] });
    const ssc = await createEngagement(client, { kind: 'session', title: 'SSC', when: '2023-04?/2023-05?', participants: [{ bodyId: reg.governmentRU }] });
    const open = await createEngagement(client, { kind: 'statement', title: 'Someday', when: 'XXXX' });
    const ids = async (query: string): Promise<number[]> => {
      const r = await client!.request('GET', `/api/v1/engagements${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as { items: { id: number }[] }).items.map((x) => x.id);
    };
    expect(await ids('')).toEqual([cm.id, call.id, talks.id, ssc.id, open.id]);
    expect(await ids('?window=2023-02-10/2023-02-20')).toEqual([cm.id, talks.id, open.id]);
    expect(await ids('?window=2023-05')).toEqual([ssc.id, open.id]);
    expect(await ids('?kind=session,phone_call')).toEqual([cm.id, call.id, ssc.id]);
    expect(await ids('?status=held')).toEqual([call.id]);
    expect(await ids('?party=BY')).toEqual([call.id, talks.id]);
    expect(await ids('?party=RU')).toEqual([call.id, ssc.id]);
    expect(await ids(`?bodyId=${reg.councilOfMinisters}`)).toEqual([cm.id]);
    expect(await ids(`?bodyId=${reg.governmentRU}`)).toEqual([ssc.id]);
    expect(await ids(`?personId=${reg.lukashenko}`)).toEqual([call.id, talks.id]);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const r = await client.request('GET', `/api/v1/engagements?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page = r.json() as { items: { id: number }[]; nextCursor: string | null };
      seen.push(...page.items.map((x) => x.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([cm.id, call.id, talks.id, ssc.id, open.id]);
    expect((await client.request('GET', '/api/v1/engagements?window=2023-99')).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/engagements?kind=banquet')).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/engagements?cursor=nonsense')).statusCode).toBe(400);
  });
});

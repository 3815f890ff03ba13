// The seed story (shared/intake/fixtures/seed.txt and by-ru-call-2023-02-05.txt), entered through the
// API and kept right: the 5 February call (held), the Moscow talks on 17 February, the Council of
// Ministers in February, the Supreme State Council tentatively in April–May after it.
import ICAL from 'ical.js';
import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createEngagement, patchEngagement, seedRegistry } from '../engagements/fixtures.ts';

describeEachDialect('the seed story', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('enters the story, keeps it consistent, refuses moving the Council of Ministers into May, and shows it all in the calendar', async () => {
    client = await testClient(getDb());
    const reg = await seedRegistry(client);
    const presidents = [{ personId: reg.lukashenko }, { personId: reg.putin }];

    // 6 February, from the president's site: the call took place in the evening of 5 February.
    const call = await createEngagement(client, {
      kind: 'phone_call',
      title: 'Telephone conversation of Aleksandr Lukashenko and Vladimir Putin',
      when: { edtf: '2023-02-05', text: 'in the evening of 5 February' },
      status: 'held',
      participants: presidents,
    });
    // They agreed "to fix the date of the meeting in the near future".
    const talks = await createEngagement(client, {
      kind: 'talks',
      title: 'Talks of Aleksandr Lukashenko and Vladimir Putin',
      when: { edtf: '2023-02-05/2023-03-07', text: 'in the near future', precision: 'relative' },
      participants: presidents,
    });
    const cm = await createEngagement(client, {
      kind: 'session',
      title: 'the Council of Ministers of the Union State',
      bodyId: reg.councilOfMinisters,
      when: { edtf: '2023-02', text: 'scheduled for February' },
      status: 'scheduled',
      participants: [{ bodyId: reg.governmentBY }, { bodyId: reg.governmentRU }],
    });
    const ssc = await createEngagement(client, {
      kind: 'session',
      title: 'the Supreme State Council',
      bodyId: reg.supremeStateCouncil,
      when: { edtf: '2023-04?/2023-05?', text: 'tentatively scheduled to be held in April-May' },
      participants: presidents,
    });
    const recorded = await patchEngagement(client, call.id, { outcomes: [{ kind: 'engagement_agreed', nextEngagementId: talks.id, note: 'a meeting in the near future' }] });
    expect(recorded.statusCode, JSON.stringify(recorded.json)).toBe(200);

    // The order the readouts give: the call agreed the talks; the Council of Ministers comes first and
    // the session follows (the secretariat allows six weeks to prepare the documents to sign); the
    // heads of state "will discuss and clarify the entire range of current issues" before it.
    for (const c of [
      { beforeId: call.id, afterId: talks.id, note: 'agreed during the call' },
      { beforeId: cm.id, afterId: ssc.id, minGapDays: 42, note: 'the Council of Ministers prepares the documents the session signs' },
      { beforeId: talks.id, afterId: ssc.id, note: 'the presidents clarify the current issues before the session' },
    ]) {
      const r = await client.request('POST', '/api/v1/constraints', { body: c });
      expect(r.statusCode, r.body).toBe(201);
    }

    // 17 February, BelTA: Lukashenko left for Moscow. The window narrows to the day, and the talks are held.
    const narrowed = await patchEngagement(client, talks.id, { when: { edtf: '2023-02-17', text: 'on 17 February' }, whenReason: 'BelTA, 17 February: left for Moscow', status: 'confirmed', place: 'Moscow' });
    expect(narrowed.statusCode, JSON.stringify(narrowed.json)).toBe(200);
    const held = await patchEngagement(client, talks.id, { status: 'held' });
    expect(held.statusCode, JSON.stringify(held.json)).toBe(200);
    expect(held.json).toMatchObject({
      when: { edtf: '2023-02-17' },
      windowHistory: [{ when: { edtf: '2023-02-05/2023-03-07', text: 'in the near future' } }, { when: { edtf: '2023-02-17' }, reason: 'BelTA, 17 February: left for Moscow' }],
      statusHistory: [{ status: 'proposed' }, { status: 'confirmed' }, { status: 'held' }],
    });

    const schedule = (await client.request('GET', '/api/v1/schedule')).json() as { consistent: boolean; engagements: { id: number; own: string; allowed: string }[] };
    expect(schedule.consistent).toBe(true);
    expect(schedule.engagements.find((e) => e.id === ssc.id)).toMatchObject({ own: '2023-04?/2023-05?', allowed: '2023-04?/2023-05?' });

    // Moving the Council of Ministers into May would leave no day for the session six weeks later.
    const moved = await patchEngagement(client, cm.id, { when: '2023-05' });
    expect(moved.statusCode).toBe(409);
    const problem = moved.json as { detail: string; conflict: { engagementIds: number[]; constraintIds: number[]; explanation: string } };
    expect(problem.conflict.engagementIds.sort()).toEqual([cm.id, ssc.id].sort());
    expect(problem.conflict.constraintIds).toHaveLength(1);
    expect(problem.detail).toMatch(/^Moving "the Council of Ministers of the Union State" to 2023-05 makes the schedule impossible\./);
    expect(problem.detail).toMatch(/Supreme State Council/);
    expect(problem.conflict.explanation).toMatch(/42 days|six weeks/);
    expect((await client.request('GET', `/api/v1/engagements/${cm.id}`)).json()).toMatchObject({ when: { edtf: '2023-02' } });

    // The calendar shows all four.
    const feed = await client.request('GET', '/api/v1/calendar.ics');
    expect(feed.statusCode).toBe(200);
    const root = new ICAL.Component(ICAL.parse(feed.body));
    const events = new Map(
      root.getAllSubcomponents('vevent').map((c) => {
        const ev = new ICAL.Event(c);
        return [ev.uid.replace(/@.*$/, ''), { start: ev.startDate.toString(), end: ev.endDate.toString(), status: String(c.getFirstPropertyValue('status')), allDay: ev.startDate.isDate }];
      }),
    );
    expect(events.size).toBe(4);
    expect(events.get(`engagement-${call.id}`)).toEqual({ start: '2023-02-05', end: '2023-02-06', status: 'CONFIRMED', allDay: true });
    expect(events.get(`engagement-${talks.id}`)).toEqual({ start: '2023-02-17', end: '2023-02-18', status: 'CONFIRMED', allDay: true });
    expect(events.get(`engagement-${cm.id}`)).toEqual({ start: '2023-02-01', end: '2023-03-01', status: 'TENTATIVE', allDay: true });
    expect(events.get(`engagement-${ssc.id}`)).toEqual({ start: '2023-04-01', end: '2023-06-01', status: 'TENTATIVE', allDay: true });
  });
});

// The whole cycle over HTTP: an executor reports, a controller reviews, a control meeting decides, and
// the summary and compliance scores follow.
import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createBody, createInstruction } from '../../../../test/factories.ts';

const today = new Date().toISOString().slice(0, 10);

describeEachDialect('execution-control cycle', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('lets executors report only for their body, reviews once, and moves accepted progress', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const ru = await createBody(db.kysely, { party: 'RU' });
    const other = await createBody(db.kysely, { party: 'RU' });
    const ins = await createInstruction(db.kysely, { responsibleBodyId: by.id, executorBodyIds: [ru.id] });
    const byExec = await client.as('executor', { bodyId: by.id, party: 'BY' });
    const ruExec = await client.as('executor', { bodyId: ru.id, party: 'RU' });
    const outsider = await client.as('executor', { bodyId: other.id, party: 'RU' });
    const controller = await client.as('controller');
    const url = `/api/v1/instructions/${ins.id}/reports`;
    const report = { text: 'Contract signed.', progress: 60, spent: 12_500_00, currency: 'BYN', evidence: [{ url: 'https://www.belta.by/x' }], submittedOn: '2023-06-01' };
    const first = await client.request('POST', url, { token: byExec, body: report });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ bodyId: by.id, reviewStatus: 'pending', evidence: [{ url: 'https://www.belta.by/x', title: null }] });
    expect((await client.request('POST', url, { token: ruExec, body: { text: 'Our part is done.', progress: 100 } })).statusCode).toBe(201);
    expect((await client.request('POST', url, { token: outsider, body: report })).statusCode).toBe(403);
    expect((await client.request('POST', url, { token: controller, body: report })).statusCode).toBe(403);
    expect((await client.request('POST', url, { token: byExec, body: { ...report, bodyId: ru.id } })).statusCode).toBe(403);
    expect((await client.request('POST', url, { token: byExec, body: { ...report, submittedOn: '2099-01-01' } })).statusCode).toBe(400);

    const id = (first.json() as { id: number }).id;
    const review = `/api/v1/reports/${id}/review`;
    expect((await client.request('POST', review, { token: byExec, body: { status: 'accepted' } })).statusCode).toBe(403);
    const noComment = await client.request('POST', review, { token: controller, body: { status: 'returned' } });
    expect(noComment.statusCode).toBe(400);
    expect((noComment.json() as { errors: { field: string }[] }).errors[0]?.field).toBe('comment');
    const accepted = await client.request('POST', review, { token: controller, body: { status: 'accepted', reviewedOn: '2023-06-05' } });
    expect(accepted.json()).toMatchObject({ reviewStatus: 'accepted', reviewedOn: '2023-06-05' });
    expect((await client.request('POST', review, { token: controller, body: { status: 'returned', comment: 'late' } })).statusCode).toBe(409);

    const detail = (await client.request('GET', `/api/v1/instructions/${ins.id}`)).json() as { acceptedProgress: number; reports: unknown[]; version: number };
    expect(detail.acceptedProgress).toBe(60);
    expect(detail.reports).toHaveLength(2);
    expect(((await client.request('GET', url)).json() as { items: unknown[] }).items).toHaveLength(2);
  });

  it('extends with a reason and keeps the history; closes as fulfilled; refuses decisions after closure', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const ins = await createInstruction(db.kysely, { responsibleBodyId: by.id, issuedOn: '2023-01-10', deadline: { latest: '2023-06-30' } });
    const controller = await client.as('controller');
    const url = `/api/v1/instructions/${ins.id}/decisions`;
    const noReason = await client.request('POST', url, { token: controller, body: { kind: 'extend', decidedOn: '2023-06-20', deadline: { edtf: '2023-12' } } });
    expect(noReason.statusCode).toBe(400);
    const extended = await client.request('POST', url, { token: controller, body: { kind: 'extend', decidedOn: '2023-06-20', reason: 'Talks on the price continue.', deadline: { edtf: '2023-12' } } });
    expect(extended.statusCode).toBe(201);
    expect(extended.json()).toMatchObject({ newDeadline: { earliest: '2023-12-01', latest: '2023-12-31' }, previousDeadline: { latest: '2023-06-30' } });
    const before = await client.request('POST', url, { token: controller, body: { kind: 'keep', decidedOn: '2023-06-01' } });
    expect(before.statusCode).toBe(400);

    const detail = (await client.request('GET', `/api/v1/instructions/${ins.id}?at=2023-07-15`)).json() as { state: string; effectiveDeadlineLatest: string; deadlineHistory: { since: string }[] };
    expect(detail).toMatchObject({ state: 'on_track', effectiveDeadlineLatest: '2023-12-31' });
    expect(detail.deadlineHistory.map((h) => h.since)).toEqual(['2023-01-10', '2023-06-20']);
    // as of a day before the extension, the old deadline held
    expect((await client.request('GET', `/api/v1/instructions/${ins.id}?at=2023-06-10`)).json()).toMatchObject({ state: 'at_risk' });
    const listed = (await client.request('GET', '/api/v1/instructions?at=2023-06-10&state=at_risk')).json() as { items: { id: number }[] };
    expect(listed.items.map((i) => i.id)).toEqual([ins.id]);

    expect((await client.request('POST', url, { token: controller, body: { kind: 'fulfilled', decidedOn: '2023-11-30' } })).statusCode).toBe(201);
    const after = await client.request('POST', url, { token: controller, body: { kind: 'keep', decidedOn: '2023-12-01' } });
    expect(after.statusCode).toBe(409);
    const exec = await client.as('executor', { bodyId: by.id });
    expect((await client.request('POST', `/api/v1/instructions/${ins.id}/reports`, { token: exec, body: { text: 'x', progress: 100 } })).statusCode).toBe(409);
    expect((await client.request('POST', url, { token: exec, body: { kind: 'keep' } })).statusCode).toBe(403);
    expect(((await client.request('GET', url)).json() as { items: { kind: string }[] }).items.map((d) => d.kind)).toEqual(['extend', 'fulfilled']);
    expect((await client.request('GET', `/api/v1/instructions/${ins.id}?at=2023-12-15`)).json()).toMatchObject({ state: 'fulfilled' });
    expect((await client.request('POST', url, { token: controller, body: { kind: 'keep', decidedOn: '2099-01-01' } })).statusCode).toBe(400);
    expect(today > '2023-12-01').toBe(true);
  });

  it('summarises a control meeting: counts by party × topic × state, compliance, overdue and at-risk lists, review queue', async () => {
    const db = getDb();
    const k = db.kysely;
    client = await testClient(db);
    const by = await createBody(k, { party: 'BY', name: 'Ministry of Energy of Belarus', shortName: 'Minenergo BY' });
    const ru = await createBody(k, { party: 'RU', name: 'Ministry of Industry of Russia' });
    const joint = await createBody(k, { kind: 'joint_body', name: 'Standing Committee' });
    const late = await createInstruction(k, { responsibleBodyId: by.id, title: 'Late', deadline: { latest: '2023-03-31' }, executorBodyIds: [ru.id] });
    const later = await createInstruction(k, { responsibleBodyId: by.id, title: 'Later', deadline: { latest: '2023-05-31' }, topic: 'trade' });
    const near = await createInstruction(k, { responsibleBodyId: ru.id, title: 'Near', deadline: { latest: '2023-06-20' }, topic: 'industry' });
    const done = await createInstruction(k, { responsibleBodyId: ru.id, title: 'Done', deadline: { latest: '2023-12-31' }, topic: 'industry' });
    await createInstruction(k, { responsibleBodyId: joint.id, title: 'Joint', deadline: null, topic: 'integration' });
    await createInstruction(k, { responsibleBodyId: by.id, title: 'Not yet issued', issuedOn: '2023-07-01' });
    const controller = await client.as('controller');
    await client.request('POST', `/api/v1/instructions/${done.id}/decisions`, { token: controller, body: { kind: 'fulfilled', decidedOn: '2023-05-01' } });
    const exec = await client.as('executor', { bodyId: by.id });
    const rep = await client.request('POST', `/api/v1/instructions/${later.id}/reports`, { token: exec, body: { text: 'Half done', progress: 50, submittedOn: '2023-05-10' } });
    await client.request('POST', `/api/v1/reports/${(rep.json() as { id: number }).id}/review`, { token: controller, body: { status: 'accepted', reviewedOn: '2023-05-12' } });
    await client.request('POST', `/api/v1/instructions/${late.id}/reports`, { token: exec, body: { text: 'Started', progress: 10, submittedOn: '2023-05-20' } });

    const res = await client.request('GET', '/api/v1/control/summary?at=2023-06-10&limit=5', { token: await client.as('viewer') });
    expect(res.statusCode).toBe(200);
    const s = res.json() as {
      totals: Record<string, number>;
      counts: { party: string | null; topic: string; state: string; count: number }[];
      compliance: { party: string; overall: { assessed: number; fulfilled: number; partial: number; notComplied: number; score: number } }[];
      overdue: { id: number; daysOverdue: number; responsibleBody: { shortName: string | null } }[];
      atRisk: { id: number }[];
      reviewQueue: { pending: number; oldest: { instructionId: number } | null };
    };
    expect(s.totals).toEqual({ on_track: 1, at_risk: 1, overdue: 2, fulfilled: 1, withdrawn: 0 });
    expect(s.counts).toContainEqual({ party: 'BY', topic: 'energy', state: 'overdue', count: 1 });
    expect(s.counts).toContainEqual({ party: null, topic: 'integration', state: 'on_track', count: 1 });
    expect(s.overdue.map((o) => [o.id, o.daysOverdue])).toEqual([[late.id, 71], [later.id, 10]]);
    expect(s.overdue[0]?.responsibleBody.shortName).toBe('Minenergo BY');
    expect(s.atRisk.map((o) => o.id)).toEqual([near.id]);
    expect(s.reviewQueue).toEqual({ pending: 1, oldest: { reportId: expect.any(Number), instructionId: late.id, submittedOn: '2023-05-20' } });
    // BY: Late overdue without accepted progress (-1), Later overdue with 50% (0); RU: Done (+1), Near (0), and Late as co-executor (-1)
    const byScore = s.compliance.find((c) => c.party === 'BY')?.overall;
    const ruScore = s.compliance.find((c) => c.party === 'RU')?.overall;
    expect(byScore).toMatchObject({ assessed: 2, fulfilled: 0, partial: 1, notComplied: 1, score: -0.5 });
    expect(ruScore).toMatchObject({ assessed: 3, fulfilled: 1, partial: 1, notComplied: 1, score: 0 });

    const compliance = await client.request('GET', '/api/v1/control/compliance?at=2023-06-10&party=RU');
    expect((compliance.json() as { parties: { party: string }[] }).parties.map((p) => p.party)).toEqual(['RU']);
    // a day when the first report was still unreviewed and nothing was fulfilled
    const earlier = (await client.request('GET', '/api/v1/control/summary?at=2023-04-15')).json() as typeof s;
    expect(earlier.totals).toEqual({ on_track: 4, at_risk: 0, overdue: 1, fulfilled: 0, withdrawn: 0 });
    expect(earlier.reviewQueue.pending).toBe(0);
  });
});

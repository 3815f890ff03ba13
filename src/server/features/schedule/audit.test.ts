import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { testClient, type TestClient } from '../../../../test/app.ts';

describeEachDialect('schedule changes in the audit trail', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('records engagements, their changes and constraints, and the chain verifies', async () => {
    client = await testClient(getDb());
    const com = await client.request('POST', '/api/v1/engagements', { body: { kind: 'session', title: 'Council of Ministers', when: '2023-02' } });
    const ssc = await client.request('POST', '/api/v1/engagements', { body: { kind: 'session', title: 'Supreme State Council', when: '2023-04/2023-05' } });
    expect([com.statusCode, ssc.statusCode]).toEqual([201, 201]);
    const comId = (com.json() as { id: number }).id;
    const sscId = (ssc.json() as { id: number }).id;
    const constraint = await client.request('POST', '/api/v1/constraints', { body: { beforeId: comId, afterId: sscId, minGapDays: 30 } });
    expect(constraint.statusCode).toBe(201);
    const moved = await client.request('PATCH', `/api/v1/engagements/${sscId}`, { body: { when: '2023-05' }, headers: { 'if-match': ssc.headers.etag as string } });
    expect(moved.statusCode).toBe(200);

    const audit = await client.request('GET', '/api/v1/audit?recordType=engagement');
    const ops = (audit.json() as { items: { operation: string; recordId: string }[] }).items.map((e) => `${e.operation}:${e.recordId}`);
    expect(ops).toEqual(expect.arrayContaining([`engagement.create:${comId}`, `engagement.create:${sscId}`, `engagement.update:${sscId}`]));
    const constraints = await client.request('GET', '/api/v1/audit?recordType=constraint');
    expect((constraints.json() as { items: unknown[] }).items).toHaveLength(1);
    const verification = await client.request('GET', '/api/v1/audit/verification');
    expect(verification.json()).toMatchObject({ ok: true });
  });
});

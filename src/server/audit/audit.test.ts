// The audit trail on both dialects: every change leaves an entry in its own transaction, the chain
// catches an edited, deleted, inserted or reordered entry (tampering done straight in the database),
// concurrent appends do not fork it, and an export verifies offline.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../test/app.ts';
import { describeEachDialect, type TestDb } from '../../../test/db.ts';
import { createBody } from '../../../test/factories.ts';
import { SYSTEM_ACTOR } from '../features/accounts/actor.ts';
import { entryHash, GENESIS_HASH, type AuditEntry } from './chain.ts';
import { verifyExportFile } from './offline.ts';
import { appendAudit, verifyAudit } from './service.ts';

const today = new Date().toISOString().slice(0, 10);

async function seedEntries(db: TestDb, n: number): Promise<void> {
  for (let i = 1; i <= n; i += 1) {
    await appendAudit(db.kysely, SYSTEM_ACTOR, { operation: 'thing.update', recordType: 'thing', recordId: i, before: { n: i - 1 }, after: { n: i, note: `step ${i}` } });
  }
}

async function verify(db: TestDb): Promise<{ ok: boolean; firstBad: { seq: number; reason: string } | null }> {
  return verifyAudit(db.kysely, SYSTEM_ACTOR);
}

describeEachDialect('audit trail', (getDb, dialect) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('records every change of the cycle with who, what, before and after; admins read and verify it', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const controller = await client.as('controller', { name: 'Controller C' });
    const executor = await client.as('executor', { bodyId: by.id, party: 'BY' });
    const created = await client.request('POST', '/api/v1/instructions', {
      token: controller,
      body: { title: 'Gas price formula', text: 'Agree the formula.', topic: 'energy', responsibleBodyId: by.id, issuedOn: today },
    });
    expect(created.statusCode).toBe(201);
    const insId = (created.json() as { id: number }).id;
    const report = await client.request('POST', `/api/v1/instructions/${insId}/reports`, { token: executor, body: { text: 'Draft agreed.', progress: 50 } });
    expect(report.statusCode).toBe(201);
    const reportId = (report.json() as { id: number }).id;
    expect((await client.request('POST', `/api/v1/reports/${reportId}/review`, { token: controller, body: { status: 'accepted' } })).statusCode).toBe(200);
    expect((await client.request('POST', `/api/v1/instructions/${insId}/decisions`, { token: controller, body: { kind: 'keep' } })).statusCode).toBe(201);

    // A refused change leaves no entry.
    const count = async (): Promise<number> => Number((await db.kysely.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect((await client.request('POST', '/api/v1/instructions', { token: executor, body: { title: 'x', text: 'x', topic: 'energy', responsibleBodyId: by.id, issuedOn: today } })).statusCode).toBe(403);
    expect(await count()).toBe(before);

    const list = await client.request('GET', `/api/v1/audit?recordType=instruction&recordId=${insId}`);
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: AuditEntry[] }).items;
    expect(items.map((e) => e.operation)).toEqual(['instruction.create']);
    expect(items[0]).toMatchObject({ actor: { name: 'Controller C', role: 'controller' }, before: null, after: { id: insId, title: 'Gas price formula' } });

    const review = ((await client.request('GET', '/api/v1/audit?operation=report.review')).json() as { items: AuditEntry[] }).items[0];
    expect(review?.before).toMatchObject({ reviewStatus: 'pending' });
    expect(review?.after).toMatchObject({ reviewStatus: 'accepted' });
    const ops = ((await client.request('GET', '/api/v1/audit?limit=500')).json() as { items: AuditEntry[] }).items.map((e) => e.operation);
    expect(ops).toEqual(expect.arrayContaining(['party.create', 'body.create', 'user.create', 'token.create', 'instruction.create', 'report.submit', 'report.review', 'decision.keep']));
    // Secrets never enter the trail.
    expect(JSON.stringify((await client.request('GET', '/api/v1/audit?limit=500')).json())).not.toMatch(/argon2|acc_[A-Za-z0-9_-]{20}/);

    const verification = await client.request('GET', '/api/v1/audit/verification');
    expect(verification.json()).toMatchObject({ ok: true, firstBad: null });
    for (const path of ['/api/v1/audit', '/api/v1/audit/verification', '/api/v1/audit/export']) {
      expect((await client.request('GET', path, { token: controller })).statusCode).toBe(403);
      expect((await client.request('GET', path, { token: null })).statusCode).toBe(401);
    }
  });

  it('filters by actor, operation and time and pages newest first', async () => {
    const db = getDb();
    await seedEntries(db, 7);
    client = await testClient(db);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = (await client.request('GET', `/api/v1/audit?operation=thing.update&limit=3${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: AuditEntry[]; nextCursor: string | null };
      seen.push(...page.items.map((e) => Number(e.recordId)));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const future = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
    expect(((await client.request('GET', `/api/v1/audit?from=${future}`)).json() as { items: unknown[] }).items).toHaveLength(0);
    expect(((await client.request('GET', `/api/v1/audit?to=${future}&actor=0&recordType=thing`)).json() as { items: unknown[] }).items).toHaveLength(0);
    expect((await client.request('GET', '/api/v1/audit?cursor=abc')).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/audit?from=yesterday')).statusCode).toBe(400);
  });

  it('rolls the entry back with the change', async () => {
    const db = getDb();
    await seedEntries(db, 2);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await appendAudit(trx, SYSTEM_ACTOR, { operation: 'thing.update', recordType: 'thing', recordId: 9, before: null, after: { n: 9 } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const head = await db.kysely.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(Number(head.seq)).toBe(2);
    await seedEntries(db, 1);
    expect(await verify(db)).toMatchObject({ ok: true });
  });

  it('detects an edited entry', async () => {
    const db = getDb();
    await seedEntries(db, 5);
    await db.kysely.updateTable('audit_log').set({ after: '{"n":3,"note":"step three"}' }).where('seq', '=', 3).execute();
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: expect.stringContaining('changed') } });
  });

  it('detects an edit of the actor, even with JSON that no longer parses', async () => {
    const db = getDb();
    await seedEntries(db, 4);
    await db.kysely.updateTable('audit_log').set({ actor_name: 'someone else' }).where('seq', '=', 2).execute();
    expect((await verify(db)).firstBad?.seq).toBe(2);
    await db.kysely.updateTable('audit_log').set({ actor_name: 'system', before: '{not json' }).where('seq', '=', 2).execute();
    expect((await verify(db)).firstBad?.seq).toBe(2);
  });

  it('detects a deleted entry, in the middle and at the end', async () => {
    const db = getDb();
    await seedEntries(db, 5);
    await db.kysely.deleteFrom('audit_log').where('seq', '=', 3).execute();
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 4, reason: expect.stringContaining('entry 3 is missing') } });
    await db.kysely.deleteFrom('audit_log').where('seq', '>=', 3).execute();
    // Only the head knows the tail was there.
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: expect.stringContaining('missing') } });
  });

  it('detects an inserted entry, even one with a correctly computed hash', async () => {
    const db = getDb();
    await seedEntries(db, 4);
    // A forger who knows the rules renumbers 3-4 to 4-5 and slips a well-formed entry in as 3.
    await sql`update audit_log set seq = seq + 100 where seq >= 3`.execute(db.kysely);
    await sql`update audit_log set seq = seq - 99 where seq >= 100`.execute(db.kysely);
    const prev = await db.kysely.selectFrom('audit_log').select('hash').where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged: Omit<AuditEntry, 'hash'> = {
      seq: 3,
      at: new Date().toISOString(),
      actor: { userId: null, name: 'system', role: 'admin', party: null },
      operation: 'thing.update',
      recordType: 'thing',
      recordId: '99',
      before: null,
      after: { n: 99 },
      prevHash: prev.hash,
    };
    await db.kysely
      .insertInto('audit_log')
      .values({ seq: 3, at: forged.at, actor_user_id: null, actor_name: 'system', actor_role: 'admin', actor_party: null, operation: 'thing.update', record_type: 'thing', record_id: '99', before: null, after: '{"n":99}', prev_hash: prev.hash, hash: entryHash(forged) })
      .execute();
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 4 } });
  });

  it('detects an entry added past the head', async () => {
    const db = getDb();
    await seedEntries(db, 2);
    const prev = await db.kysely.selectFrom('audit_log').select('hash').where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged: Omit<AuditEntry, 'hash'> = { seq: 3, at: new Date().toISOString(), actor: { userId: null, name: 'system', role: 'admin', party: null }, operation: 'x.y', recordType: 'x', recordId: '1', before: null, after: null, prevHash: prev.hash };
    await db.kysely
      .insertInto('audit_log')
      .values({ seq: 3, at: forged.at, actor_user_id: null, actor_name: 'system', actor_role: 'admin', actor_party: null, operation: 'x.y', record_type: 'x', record_id: '1', before: null, after: null, prev_hash: prev.hash, hash: entryHash(forged) })
      .execute();
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: expect.stringContaining('outside the audit trail') } });
  });

  it('detects reordered entries', async () => {
    const db = getDb();
    await seedEntries(db, 5);
    await sql`update audit_log set seq = 1000 where seq = 2`.execute(db.kysely);
    await sql`update audit_log set seq = 2 where seq = 4`.execute(db.kysely);
    await sql`update audit_log set seq = 4 where seq = 1000`.execute(db.kysely);
    expect(await verify(db)).toMatchObject({ ok: false, firstBad: { seq: 2 } });
  });

  it('keeps one chain under concurrent transactions', async () => {
    const db = getDb();
    const n = dialect === 'postgres' ? 24 : 12;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        db.kysely.transaction().execute(async (trx) => {
          await appendAudit(trx, SYSTEM_ACTOR, { operation: 'thing.create', recordType: 'thing', recordId: i, before: null, after: { i } });
          // Hold the transaction open a little, so that the appends really overlap.
          await new Promise((r) => setTimeout(r, 5));
        }),
      ),
    );
    const v = await verifyAudit(db.kysely, SYSTEM_ACTOR);
    expect(v).toMatchObject({ ok: true, entries: n, lastSeq: n });
  });

  it('exports NDJSON that verifies offline, and catches an edited or cut export', async () => {
    const db = getDb();
    await seedEntries(db, 6);
    client = await testClient(db);
    const res = await client.request('GET', '/api/v1/audit/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const dir = mkdtempSync(join(tmpdir(), 'accord-audit-'));
    const file = join(dir, 'export.ndjson');
    writeFileSync(file, res.body);
    const good = await verifyExportFile(file);
    // 6 seeded + the test client's admin and token
    expect(good).toMatchObject({ ok: true, entries: 8, badLine: null, head: { seq: 8 } });

    const lines = readFileSync(file, 'utf8').split('\n');
    const edited = [...lines];
    edited[3] = (edited[3] ?? '').replace('"step 3"', '"step three"');
    writeFileSync(file, edited.join('\n'));
    expect(await verifyExportFile(file)).toMatchObject({ ok: false, firstBad: { seq: 3 } });

    writeFileSync(file, lines.slice(0, 5).join('\n'));
    expect(await verifyExportFile(file)).toMatchObject({ ok: false, badLine: { reason: expect.stringContaining('cut short') } });

    // Cutting entries but keeping the head line: the head says more were there.
    writeFileSync(file, [...lines.slice(0, 5), lines[lines.length - 2]].join('\n'));
    expect(await verifyExportFile(file)).toMatchObject({ ok: false, firstBad: { seq: 5, reason: expect.stringContaining('missing') } });

    writeFileSync(file, 'hello\n');
    expect(await verifyExportFile(file)).toMatchObject({ ok: false, badLine: { line: 1 } });
  });

  it('starts from the genesis hash', async () => {
    const db = getDb();
    await seedEntries(db, 1);
    const first = await db.kysely.selectFrom('audit_log').selectAll().where('seq', '=', 1).executeTakeFirstOrThrow();
    expect(first.prev_hash).toBe(GENESIS_HASH);
  });
});

// The features added after the audit trail append to it too: documents and intake.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../db.ts';
import { testClient, type TestClient } from '../app.ts';
import { createParty } from '../factories.ts';

const SEED = readFileSync(new URL('../fixtures/intake/fixtures/seed.txt', import.meta.url), 'utf8');

describeEachDialect('audit coverage of documents and intake', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  const operations = async (recordType: string): Promise<string[]> => {
    const res = await client!.request('GET', `/api/v1/audit?recordType=${recordType}`);
    return (res.json() as { items: { operation: string }[] }).items.map((e) => e.operation);
  };

  it('records documents, their versions, and readouts with the proposals accepted or rejected from them', async () => {
    const db = getDb();
    client = await testClient(db);
    await createParty(db.kysely, 'BY');
    await createParty(db.kysely, 'RU');
    const doc = await client.request('POST', '/api/v1/documents', { body: { kind: 'programme', title: 'Programme', parties: ['BY', 'RU'], text: 'First draft.\n' } });
    expect(doc.statusCode, doc.body).toBe(201);
    const id = (doc.json() as { id: number }).id;
    expect((await client.request('POST', `/api/v1/documents/${id}/versions`, { body: { text: 'Second draft.\n' } })).statusCode).toBe(201);
    expect(await operations('document')).toEqual(expect.arrayContaining(['document.create', 'document.version']));

    const source = await client.request('POST', '/api/v1/sources', { body: { text: SEED } });
    expect(source.statusCode, source.body).toBe(201);
    const proposals = (source.json() as { proposals: { id: number; status: string }[] }).proposals.filter((p) => p.status === 'pending');
    expect(proposals.length).toBeGreaterThan(1);
    const [first, second] = proposals;
    expect((await client.request('POST', `/api/v1/proposals/${first!.id}/accept`, { body: {} })).statusCode).toBe(200);
    expect((await client.request('POST', `/api/v1/proposals/${second!.id}/reject`, { body: { reason: 'not this one' } })).statusCode).toBe(200);
    expect(await operations('source')).toEqual(['source.create']);
    expect(await operations('proposal')).toEqual(expect.arrayContaining(['proposal.accept', 'proposal.reject']));
    expect((await client.request('GET', '/api/v1/audit/verification')).json()).toMatchObject({ ok: true });
  });
});

// The named hostile inputs: an oversized body, deeply nested JSON, bytes that are not UTF-8, SQL and
// script fragments in text fields, path traversal in file names. Each gets a clear 4xx (or, for text
// that is merely odd, is stored verbatim and harmless), nothing is stored by a refusal, and the server
// keeps serving. Both dialects.
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../app.ts';
import { describeEachDialect, type TestDb } from '../db.ts';
import { createBody } from '../factories.ts';
import { jsonDepth } from '../../src/server/http/security.ts';

async function counts(db: TestDb): Promise<string> {
  const tables = ['instructions', 'parties', 'bodies', 'documents', 'document_versions', 'sources', 'audit_log'];
  const rows = await Promise.all(tables.map(async (t) => (await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db.kysely)).rows[0]?.n));
  return rows.map(Number).join(',');
}

it('measures JSON depth outside strings only', () => {
  expect(jsonDepth('{"a":[1,{"b":"[[[[{{{"}]}')).toBe(3);
  expect(jsonDepth('"\\"[["')).toBe(0);
});

describeEachDialect('hostile input', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  async function alive(c: TestClient): Promise<void> {
    expect((await c.request('GET', '/api/v1/parties')).statusCode).toBe(200);
  }

  it('takes ids and limits only as decimal digits: hex, exponents, signs, spaces and empty values are refused, naming the field', async () => {
    const db = getDb();
    client = await testClient(db);
    const body = await createBody(db.kysely, { party: 'BY' });
    const created = await client.request('POST', '/api/v1/instructions', { body: { title: 'T', text: 'x', topic: 'energy', responsibleBodyId: body.id, issuedOn: '2023-01-10' } });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: number }).id;
    expect((await client.request('GET', `/api/v1/instructions/${id}`)).statusCode).toBe(200);
    // Each of these is the same number to JavaScript's Number(); none of them is an id.
    for (const written of [`0x${id.toString(16)}`, `${id}e0`, `${id}.0`, `%20${id}`, `+${id}`, `0b${id.toString(2)}`]) {
      const res = await client.request('GET', `/api/v1/instructions/${written}`);
      expect(res.statusCode, written).toBe(400);
      expect(res.json(), written).toMatchObject({ status: 400, errors: [{ field: 'path.id', detail: 'must be a whole number written in decimal digits' }] });
    }
    for (const written of ['1e1', '0x10', '', '-5', '5.5']) {
      const res = await client.request('GET', `/api/v1/instructions?limit=${written}`);
      expect(res.statusCode, written).toBe(400);
      expect(res.json(), written).toMatchObject({ errors: [{ field: 'query.limit' }] });
    }
    expect((await client.request('GET', '/api/v1/instructions?limit=007')).statusCode).toBe(200);
  });

  it('refuses an oversized body, deep nesting and invalid UTF-8 with a problem document, storing nothing', async () => {
    const db = getDb();
    client = await testClient(db);
    const body = await createBody(db.kysely, { party: 'BY' });
    const before = await counts(db);
    const instruction = { title: 'T', text: 'x', topic: 'energy', responsibleBodyId: body.id, issuedOn: '2023-01-10' };
    const big = await client.request('POST', '/api/v1/instructions', { body: { ...instruction, text: 'x'.repeat(2 * 1024 * 1024) } });
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    for (const nested of ['['.repeat(100_000) + ']'.repeat(100_000), `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`, JSON.stringify({ ...instruction, financing: [{ currency: 'BYN', x: JSON.parse('['.repeat(100) + ']'.repeat(100)) as unknown }] })]) {
      const res = await client.app.inject({ method: 'POST', url: '/api/v1/instructions', headers: { authorization: `Bearer ${client.adminToken}`, 'content-type': 'application/json' }, payload: nested });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ status: 400, errors: [{ field: 'body' }] });
    }
    const latin1 = Buffer.concat([Buffer.from('{"code":"XA","name":"Caf'), Buffer.from([0xe9]), Buffer.from('","kind":"organisation"}')]);
    const bad = await client.app.inject({ method: 'POST', url: '/api/v1/parties', headers: { authorization: `Bearer ${client.adminToken}`, 'content-type': 'application/json' }, payload: latin1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'body', detail: 'is not valid UTF-8' }] });
    const proto = await client.app.inject({ method: 'POST', url: '/api/v1/parties', headers: { authorization: `Bearer ${client.adminToken}`, 'content-type': 'application/json' }, payload: '{"code":"XB","name":"B","kind":"organisation","__proto__":{"admin":true}}' });
    expect(proto.statusCode).toBe(400);
    const notJson = await client.app.inject({ method: 'POST', url: '/api/v1/parties', headers: { authorization: `Bearer ${client.adminToken}`, 'content-type': 'application/json' }, payload: '{"code":' });
    expect(notJson.statusCode).toBe(400);
    // A URL that is not UTF-8 either.
    expect((await client.request('GET', '/api/v1/bodies/%FF%FE')).statusCode).toBe(400);
    expect(await counts(db)).toBe(before);
    await alive(client);
  });

  it('stores SQL and script fragments verbatim as text: they are data, never code', async () => {
    const db = getDb();
    client = await testClient(db);
    const body = await createBody(db.kysely, { party: 'BY' });
    const title = "'; DROP TABLE instructions; -- <script>alert(1)</script>";
    const text = 'Robert\'); DELETE FROM audit_log;-- <img src=x onerror=alert(1)> ${7*7} {{7*7}}';
    const res = await client.request('POST', '/api/v1/instructions', { body: { title, text, topic: 'energy', responsibleBodyId: body.id, issuedOn: '2023-01-10' } });
    expect(res.statusCode).toBe(201);
    const id = (res.json() as { id: number }).id;
    const read = await client.request('GET', `/api/v1/instructions/${id}`);
    expect(read.headers['content-type']).toContain('application/json');
    expect(read.json()).toMatchObject({ title, text });
    // Searching with SQL in the query string is a search for that text.
    const found = await client.request('GET', `/api/v1/instructions?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(found.statusCode).toBe(200);
    expect((found.json() as { items: unknown[] }).items).toHaveLength(0);
    expect((await client.request('GET', '/api/v1/audit/verification')).json()).toMatchObject({ ok: true });
    await alive(client);
  });

  // File names are labels for downloads: a name with a folder, '..' or a control character is refused.
  it('never stores a file name with a path in it', async () => {
    const db = getDb();
    client = await testClient(db);
    await createBody(db.kysely, { party: 'BY' });
    const doc = await client.request('POST', '/api/v1/documents', { body: { kind: 'programme', title: 'P', parties: ['BY'], text: 'One.\n' } });
    expect(doc.statusCode).toBe(201);
    const id = (doc.json() as { id: number }).id;
    for (const filename of ['../../etc/passwd', '..\\..\\windows\\win.ini', '/etc/shadow', 'a/../../b.txt', 'x\u0000.txt']) {
      const res = await client.request('POST', `/api/v1/documents/${id}/versions?filename=${encodeURIComponent(filename)}`, { body: `Text for ${filename}\n`, headers: { 'content-type': 'text/plain' } });
      expect(res.statusCode, `${filename}: ${res.body}`).toBeLessThan(500);
      if (res.statusCode < 300) {
        const stored = (res.json() as { version: { filename: string | null } }).version.filename;
        const name = stored ?? '';
        expect(name.includes('/') || name.includes('\\') || name.includes('\u0000') || name.includes('..'), `${filename} stored as ${name}`).toBe(false);
      }
    }
    await alive(client);
  });
});

// Documents over HTTP: creating, versions (JSON, PDF, .docx, text), downloads, the diff, limits,
// permissions, and that a failed upload leaves nothing behind. Runs on SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { buildApp } from '../../http/app.ts';
import { docxBytes, pdfBytes, seedDocuments, type DocumentsSeed } from './fixtures.ts';
import { uploadVersion } from './service.ts';

const DRAFT_1 = 'Programme on import substitution\n1. Machine tools\n2. Microelectronics\n3. Pharmaceuticals\n';
const DRAFT_2 = 'Programme on import substitution\n1. Machine tools\n2. Microelectronics and electronic components\n3. Pharmaceuticals\n4. Civil aircraft\n';
const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

interface Doc {
  id: number;
  version: number;
  currentVersion: number | null;
  approvalState: string;
  versions: { number: number; sha256: string; mediaType: string; size: number }[];
}

describeEachDialect('documents API', (getDb) => {
  let client: TestClient;
  let seed: DocumentsSeed;
  beforeEach(async () => {
    client = await testClient(getDb());
    seed = await seedDocuments(getDb().kysely);
  });
  afterEach(async () => client.close());

  const create = async (body: Record<string, unknown> = {}): Promise<Doc> => {
    const r = await client.request('POST', '/api/v1/documents', { body: { kind: 'programme', title: 'Programme on import substitution', parties: ['BY', 'RU'], engagementId: seed.session, text: DRAFT_1, ...body } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as Doc;
  };
  const counts = async (): Promise<{ versions: number; blobs: number }> => {
    const k = getDb().kysely;
    const v = await k.selectFrom('document_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const b = await k.selectFrom('blobs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { versions: Number(v.n), blobs: Number(b.n) };
  };

  it('creates a document with its first text version, hashed, with an ETag', async () => {
    const doc = await create();
    expect(doc.currentVersion).toBe(1);
    expect(doc.approvalState).toBe('in_approval');
    expect(doc.versions).toEqual([expect.objectContaining({ number: 1, sha256: sha(DRAFT_1), mediaType: 'text/plain', size: Buffer.byteLength(DRAFT_1) })]);
    const got = await client.request('GET', `/api/v1/documents/${doc.id}`);
    expect(got.headers.etag).toBe(`"document-${doc.id}-v${doc.version}"`);
    expect(got.json()).toMatchObject({ parties: ['BY', 'RU'], engagement: { id: seed.session, place: 'St Petersburg' } });
    const list = await client.request('GET', '/api/v1/documents?party=RU&kind=programme');
    expect((list.json() as { items: Doc[] }).items.map((d) => d.id)).toEqual([doc.id]);
  });

  it('refuses unknown parties, engagements and instructions, naming each field, and writes nothing', async () => {
    const r = await client.request('POST', '/api/v1/documents', { body: { kind: 'agreement', title: 'X', parties: ['BY', 'KZ', 'BY'], engagementId: 999, instructionIds: [77] } });
    expect(r.statusCode).toBe(400);
    const fields = (r.json() as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['parties.1', 'parties.2', 'engagementId', 'instructionIds.0']));
    expect((await client.request('GET', '/api/v1/documents')).json()).toMatchObject({ items: [] });
    const bad = await client.request('POST', '/api/v1/documents', { body: { kind: 'treaty', title: '', parties: [] } });
    expect(bad.statusCode).toBe(400);
  });

  it('uploads versions as JSON text, PDF and .docx, voids nothing when nothing was approved, and serves the bytes back', async () => {
    const doc = await create();
    const v2 = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: DRAFT_2, note: 'Russian comments' } });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ version: { number: 2, sha256: sha(DRAFT_2), note: 'Russian comments' }, voidedApprovals: 0 });
    expect(v2.headers.location).toBe(`/api/v1/documents/${doc.id}/versions/2`);

    const pdf = pdfBytes('signed copy');
    const v3 = await client.request('POST', `/api/v1/documents/${doc.id}/versions?filename=programme.pdf`, { body: pdf, headers: { 'content-type': 'application/pdf' } });
    expect(v3.statusCode, v3.body).toBe(201);
    expect(v3.json()).toMatchObject({ version: { number: 3, sha256: sha(pdf), mediaType: 'application/pdf', filename: 'programme.pdf', size: pdf.length } });

    const docx = docxBytes('word');
    const v4 = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: docx, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
    expect(v4.statusCode, v4.body).toBe(201);

    const text = Buffer.from('Программа импортозамещения\n', 'utf8');
    const v5 = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: text, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    expect(v5.statusCode, v5.body).toBe(201);

    const download = await client.request('GET', `/api/v1/documents/${doc.id}/versions/3/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers.etag).toBe(`"sha256-${sha(pdf)}"`);
    expect(download.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const russian = await client.request('GET', `/api/v1/documents/${doc.id}/versions/5/content`);
    expect(russian.body).toBe('Программа импортозамещения\n');
    expect((await client.request('GET', `/api/v1/documents/${doc.id}/versions`)).json()).toMatchObject({ items: [{ number: 1 }, { number: 2 }, { number: 3 }, { number: 4 }, { number: 5 }] });
  });

  it('refuses bad uploads with a clear 4xx and stores nothing', async () => {
    const doc = await create();
    const before = await counts();
    const notPdf = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: docxBytes('x'), headers: { 'content-type': 'application/pdf' } });
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json()).toMatchObject({ errors: [{ field: 'body', detail: expect.stringContaining('%PDF-') }] });
    const png = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: Buffer.from([0x89, 0x50]), headers: { 'content-type': 'image/png' } });
    expect(png.statusCode).toBe(415);
    const latin1 = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: Buffer.from([0x50, 0xe9, 0x0a]), headers: { 'content-type': 'text/plain' } });
    expect(latin1.statusCode).toBe(400);
    const empty = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: '' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ errors: [{ field: 'body.text' }] });
    const same = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: DRAFT_1 } });
    expect(same.statusCode).toBe(409);
    const stale = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: DRAFT_2 }, headers: { 'if-match': `"document-${doc.id}-v${doc.version - 1}"` } });
    expect(stale.statusCode).toBe(412);
    const missing = await client.request('POST', '/api/v1/documents/999/versions', { body: { text: DRAFT_2 } });
    expect(missing.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over the configured limit with 413, JSON and raw alike, and stores nothing', async () => {
    const doc = await create();
    const config = { bodyLimit: 1024 * 1024, documentLimit: 2048 };
    const app = await buildApp({ db: getDb(), config });
    try {
      const before = await counts();
      const headers = { authorization: `Bearer ${client.adminToken}` };
      const raw = await app.inject({ method: 'POST', url: `/api/v1/documents/${doc.id}/versions`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: pdfBytes('x'.repeat(3000)) });
      expect(raw.statusCode).toBe(413);
      expect(raw.headers['content-type']).toContain('application/problem+json');
      const json = await app.inject({ method: 'POST', url: `/api/v1/documents/${doc.id}/versions`, headers, payload: { text: 'y'.repeat(3000) } });
      expect(json.statusCode).toBe(413);
      // Multi-byte text: the limit counts bytes, not characters.
      const utf8 = await app.inject({ method: 'POST', url: `/api/v1/documents/${doc.id}/versions`, headers, payload: { text: 'ж'.repeat(1100) } });
      expect(utf8.statusCode).toBe(413);
      const fits = await app.inject({ method: 'POST', url: `/api/v1/documents/${doc.id}/versions`, headers: { ...headers, 'content-type': 'application/pdf' }, payload: pdfBytes('small') });
      expect(fits.statusCode, fits.body).toBe(201);
      expect(await counts()).toEqual({ versions: before.versions + 1, blobs: before.blobs + 1 });
    } finally {
      await app.close();
    }
    // The global 1 MB JSON limit does not apply to documents: 1.5 MB of text goes in.
    const big = await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: 'z'.repeat(1_500_000) } });
    expect(big.statusCode, big.body.slice(0, 300)).toBe(201);
  });

  it('leaves no half-stored version when the upload transaction is interrupted', async () => {
    const doc = await create();
    const before = await counts();
    const k = getDb().kysely;
    await expect(
      k.transaction().execute(async (trx) => {
        await uploadVersion(trx, SYSTEM_ACTOR, { documentId: doc.id, content: Buffer.from(DRAFT_2), mediaType: 'text/plain', limit: 1_000_000 });
        throw new Error('connection lost');
      }),
    ).rejects.toThrow('connection lost');
    expect(await counts()).toEqual(before);
    const after = (await client.request('GET', `/api/v1/documents/${doc.id}`)).json() as Doc;
    expect(after.currentVersion).toBe(1);
    expect(after.version).toBe(doc.version);
  });

  it('lets one of two racing uploads win and refuses the other with 409, never 500', async () => {
    const doc = await create();
    const results = await Promise.all(['A\n', 'B\n', 'C\n'].map((text) => client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text } })));
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409), statuses.join()).toBe(true);
    expect(statuses).toContain(201);
    const after = (await client.request('GET', `/api/v1/documents/${doc.id}`)).json() as Doc;
    expect(after.versions.map((v) => v.number)).toEqual(Array.from({ length: after.versions.length }, (_, i) => i + 1));
    expect(after.versions).toHaveLength(1 + statuses.filter((s) => s === 201).length);
  });

  it('compares two text versions side by side', async () => {
    const doc = await create();
    await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: DRAFT_2 } });
    const r = await client.request('GET', `/api/v1/documents/${doc.id}/diff?from=1&to=2`);
    expect(r.statusCode, r.body).toBe(200);
    const diff = r.json() as { identical: boolean; stats: Record<string, number>; rows: { kind: string; left: { line: number; text: string } | null; right: { line: number; text: string } | null }[] };
    expect(diff.identical).toBe(false);
    expect(diff.stats).toEqual({ same: 3, changed: 1, removed: 0, added: 1 });
    expect(diff.rows[2]).toEqual({ kind: 'changed', left: { line: 3, text: '2. Microelectronics' }, right: { line: 3, text: '2. Microelectronics and electronic components' } });
    expect(diff.rows[4]).toEqual({ kind: 'added', left: null, right: { line: 5, text: '4. Civil aircraft' } });
    await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: pdfBytes('x'), headers: { 'content-type': 'application/pdf' } });
    const pdf = await client.request('GET', `/api/v1/documents/${doc.id}/diff?from=2&to=3`);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json()).toMatchObject({ errors: [{ field: 'query.to' }] });
    expect((await client.request('GET', `/api/v1/documents/${doc.id}/diff?from=1&to=9`)).statusCode).toBe(404);
  });

  it('lets controllers and the parties’ executors draft, never viewers or other parties’ executors', async () => {
    const doc = await create();
    const viewer = await client.as('viewer', { party: 'BY' });
    expect((await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { token: viewer, body: { text: DRAFT_2 } })).statusCode).toBe(403);
    expect((await client.request('POST', '/api/v1/documents', { token: viewer, body: { kind: 'decree', title: 'X', parties: ['BY'] } })).statusCode).toBe(403);
    expect((await client.request('GET', `/api/v1/documents/${doc.id}`, { token: viewer })).statusCode).toBe(200);
    const kzExecutor = await client.as('executor', { party: 'KZ', bodyId: seed.governmentBY });
    expect((await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { token: kzExecutor, body: { text: DRAFT_2 } })).statusCode).toBe(403);
    const byExecutor = await client.as('executor', { party: 'BY', bodyId: seed.governmentBY });
    expect((await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { token: byExecutor, body: { text: DRAFT_2 } })).statusCode).toBe(201);
    expect((await client.request('GET', `/api/v1/documents/${doc.id}`, { token: null })).statusCode).toBe(401);
    // A drafting ministry changes the particulars, but not which states are parties.
    const current = (await client.request('GET', `/api/v1/documents/${doc.id}`)).json() as { version: number; parties: string[] };
    const ifMatch = { 'if-match': `"document-${doc.id}-v${current.version}"` };
    for (const parties of [['BY', 'KZ'], ['RU'], [...current.parties].reverse()]) {
      const res = await client.request('PATCH', `/api/v1/documents/${doc.id}`, { token: byExecutor, headers: ifMatch, body: { parties } });
      expect(res.statusCode, JSON.stringify(parties)).toBe(403);
    }
    expect(((await client.request('GET', `/api/v1/documents/${doc.id}`)).json() as { parties: string[] }).parties).toEqual(current.parties);
    const retitled = await client.request('PATCH', `/api/v1/documents/${doc.id}`, { token: byExecutor, headers: ifMatch, body: { title: 'Programme, second draft' } });
    expect(retitled.statusCode, retitled.body).toBe(200);
  });

  it('changes metadata only with If-Match', async () => {
    const doc = await create();
    const url = `/api/v1/documents/${doc.id}`;
    expect((await client.request('PATCH', url, { body: { title: 'Union programme on import substitution' } })).statusCode).toBe(428);
    expect((await client.request('PATCH', url, { body: { title: 'T' }, headers: { 'if-match': `"document-${doc.id}-v${doc.version + 5}"` } })).statusCode).toBe(412);
    const ok = await client.request('PATCH', url, { body: { title: 'Union programme on import substitution', parties: ['RU', 'BY'] }, headers: { 'if-match': `"document-${doc.id}-v${doc.version}"` } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Union programme on import substitution', parties: ['RU', 'BY'] });
    expect(ok.headers.etag).toBe(`"document-${doc.id}-v${doc.version + 1}"`);
  });
});

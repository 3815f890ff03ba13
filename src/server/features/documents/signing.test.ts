// Approval per party, signing, Ed25519 keys and verification, including tampering with stored bytes
// and records directly in the database. Runs on SQLite and PostgreSQL.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from '../accounts/actor.ts';
import { generatePartyKeyPair, signedStatement, signStatement } from './crypto.ts';
import { DEMO_PROGRAMME_V2, loadDocumentsDemo } from './demo.ts';
import { SESSION_DAY, seedDocuments, type DocumentsSeed } from './fixtures.ts';
import { formatVerification, verifyDocument, type Verification } from './verify.ts';

interface Doc {
  id: number;
  version: number;
  status: string;
  currentVersion: number;
  approvalState: string;
  current: { sha256: string };
  partyApprovals: { party: string; approval: { approvedByName: string; signed: boolean } | null }[];
  approvals: { party: string; versionNumber: number; valid: boolean }[];
  signing: { signedOn: string; place: string; engagementId: number; trailHash: string; signatories: { personName: string; party: string; signature: string | null }[] } | null;
}

describeEachDialect('document approval, signing and verification', (getDb) => {
  let client: TestClient;
  let seed: DocumentsSeed;
  let by: string;
  let ru: string;
  beforeEach(async () => {
    client = await testClient(getDb());
    seed = await seedDocuments(getDb().kysely);
    by = await client.as('controller', { party: 'BY', name: 'Belarusian secretariat' });
    ru = await client.as('executor', { party: 'RU', bodyId: seed.governmentBY, name: 'Russian ministry' });
  });
  afterEach(async () => client.close());

  const create = async (): Promise<Doc> => {
    const r = await client.request('POST', '/api/v1/documents', { body: { kind: 'programme', title: 'Programme on import substitution', parties: ['BY', 'RU'], engagementId: seed.session, text: 'Draft 1\n' } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as Doc;
  };
  const read = async (id: number): Promise<Doc> => (await client.request('GET', `/api/v1/documents/${id}`)).json() as Doc;
  const approve = (id: number, token: string, body: Record<string, unknown>) => client.request('POST', `/api/v1/documents/${id}/approvals`, { token, body });
  const sign = (id: number, body: Record<string, unknown> = {}) =>
    client.request('POST', `/api/v1/documents/${id}/signing`, {
      body: { version: 2, signedOn: SESSION_DAY, signatories: [{ personId: seed.lukashenko, party: 'BY' }, { personId: seed.putin, party: 'RU' }], ...body },
    });
  const verify = async (id: number): Promise<Verification> => (await client.request('GET', `/api/v1/documents/${id}/verification`)).json() as Verification;
  /** Approvals and the signing are recorded now; the session was in 2024, so sign "today" at a session of today. */
  const upload2 = async (id: number) => {
    const r = await client.request('POST', `/api/v1/documents/${id}/versions`, { body: { text: 'Draft 2\n' } });
    expect(r.statusCode, r.body).toBe(201);
  };
  const today = () => new Date().toISOString().slice(0, 10);
  const todaySession = async (): Promise<number> => {
    const r = await getDb().kysely.updateTable('engagements').set({ window_earliest: today(), window_latest: today(), sort_day: today() }).where('id', '=', seed.session).executeTakeFirst();
    expect(Number(r.numUpdatedRows)).toBe(1);
    return seed.session;
  };

  it('takes one approval per party for the current version; a new version voids them', async () => {
    const doc = await create();
    const a = await approve(doc.id, by, { version: 1 });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ approvalState: 'in_approval', partyApprovals: [{ party: 'BY', approval: { approvedByName: 'Belarusian secretariat', signed: false } }, { party: 'RU', approval: null }] });
    expect((await approve(doc.id, by, { version: 1 })).statusCode).toBe(409);
    await upload2(doc.id);
    const after = await read(doc.id);
    expect(after.approvalState).toBe('in_approval');
    expect(after.approvals).toEqual([expect.objectContaining({ party: 'BY', versionNumber: 1, valid: false })]);
    // Approving the old version is refused and changes nothing.
    const stale = await approve(doc.id, ru, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    expect((await read(doc.id)).version).toBe(after.version);
    expect((await approve(doc.id, by, { version: 2 })).statusCode).toBe(201);
    const both = await approve(doc.id, ru, { version: 2 });
    expect(both.json()).toMatchObject({ approvalState: 'approved' });
  });

  it("lets only a party's authorised people approve for it", async () => {
    const doc = await create();
    const viewer = await client.as('viewer', { party: 'BY' });
    expect((await approve(doc.id, viewer, { version: 1 })).statusCode).toBe(403);
    expect((await approve(doc.id, by, { version: 1, party: 'RU' })).statusCode).toBe(403);
    const secretariat = await client.as('controller', { party: null });
    expect((await approve(doc.id, secretariat, { version: 1 })).statusCode).toBe(403);
    const kz = await client.as('controller', { party: 'KZ' });
    expect((await approve(doc.id, kz, { version: 1 })).statusCode).toBe(400);
    // Admins record approvals given on paper, naming the party.
    expect((await approve(doc.id, client.adminToken, { version: 1 })).statusCode).toBe(400);
    expect((await approve(doc.id, client.adminToken, { version: 1, party: 'RU' })).statusCode).toBe(201);
    expect((await read(doc.id)).approvals).toHaveLength(1);
  });

  it('signs only when every party approved the current version, then freezes the document', async () => {
    const doc = await create();
    await upload2(doc.id);
    await approve(doc.id, by, { version: 2 });
    await todaySession();
    const before = await read(doc.id);
    const missing = await sign(doc.id, { signedOn: today() });
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ missingApprovals: ['RU'] });
    expect(await read(doc.id)).toEqual(before);

    await approve(doc.id, ru, { version: 2 });
    const noRuSignatory = await sign(doc.id, { signedOn: today(), signatories: [{ personId: seed.lukashenko, party: 'BY' }] });
    expect(noRuSignatory.statusCode).toBe(400);
    expect(noRuSignatory.json()).toMatchObject({ errors: [{ field: 'signatories', detail: expect.stringContaining('RU') }] });
    const future = await sign(doc.id, { signedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    const beforeApproval = await sign(doc.id, { signedOn: '2020-01-01', engagementId: null });
    expect(beforeApproval.json()).toMatchObject({ errors: [{ field: 'signedOn', detail: expect.stringContaining('last approval') }] });
    const oldVersion = await sign(doc.id, { version: 1, signedOn: today() });
    expect(oldVersion.statusCode).toBe(409);
    const executor = await client.request('POST', `/api/v1/documents/${doc.id}/signing`, { token: ru, body: { version: 2, signedOn: today(), signatories: [{ personId: seed.putin, party: 'RU' }] } });
    expect(executor.statusCode).toBe(403);

    const signed = await sign(doc.id, { signedOn: today() });
    expect(signed.statusCode, signed.body).toBe(201);
    const s = signed.json() as Doc;
    expect(s.status).toBe('signed');
    expect(s.approvalState).toBe('signed');
    expect(s.signing).toMatchObject({ signedOn: today(), place: 'St Petersburg', engagementId: seed.session, signatories: [{ personName: 'Aleksandr Lukashenko', party: 'BY' }, { personName: 'Vladimir Putin', party: 'RU' }] });

    expect((await client.request('POST', `/api/v1/documents/${doc.id}/versions`, { body: { text: 'Draft 3\n' } })).statusCode).toBe(409);
    expect((await approve(doc.id, by, { version: 2 })).statusCode).toBe(409);
    expect((await sign(doc.id, { signedOn: today() })).statusCode).toBe(409);
    const patch = await client.request('PATCH', `/api/v1/documents/${doc.id}`, { body: { title: 'Other' }, headers: { 'if-match': `"document-${doc.id}-v${s.version}"` } });
    expect(patch.statusCode).toBe(409);
    const notes = await client.request('PATCH', `/api/v1/documents/${doc.id}`, { body: { notes: 'Published in the official gazette' }, headers: { 'if-match': `"document-${doc.id}-v${s.version}"` } });
    expect(notes.statusCode).toBe(200);
    const v = await verify(doc.id);
    expect(v.ok, v.problems.join('\n')).toBe(true);
    expect(v.trail.map((t) => `${t.act}:${t.party ?? ''}:v${t.version}`)).toEqual(['version::v1', 'version::v2', 'approval:BY:v2', 'approval:RU:v2', 'signing::v2', 'signatory:BY:v2', 'signatory:RU:v2']);
  });

  it('refuses a signing day outside the engagement', async () => {
    const doc = await create();
    await upload2(doc.id);
    await approve(doc.id, by, { version: 2 });
    await approve(doc.id, ru, { version: 2 });
    // The seeded session was held on 2024-01-29, before today's approvals.
    const r = await sign(doc.id, { signedOn: today() });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ errors: [{ field: 'signedOn', detail: expect.stringContaining('Supreme State Council') }] });
  });

  it('checks Ed25519 signatures over the version hash against the party keys', async () => {
    const doc = await create();
    const byKeys = generatePartyKeyPair();
    const ruKeys = generatePartyKeyPair();
    const reg = await client.request('POST', '/api/v1/documents/keys', { token: by, body: { party: 'BY', publicKey: byKeys.publicKeyPem } });
    expect(reg.statusCode, reg.body).toBe(201);
    const byKey = reg.json() as { id: number; fingerprint: string };
    expect(byKey.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await client.request('POST', '/api/v1/documents/keys', { token: by, body: { party: 'RU', publicKey: ruKeys.publicKeyPem } })).statusCode).toBe(403);
    expect((await client.request('POST', '/api/v1/documents/keys', { body: { party: 'RU', publicKey: 'not a key' } })).statusCode).toBe(400);
    expect((await client.request('POST', '/api/v1/documents/keys', { body: { party: 'BY', publicKey: byKeys.publicKeyPem } })).statusCode).toBe(409);
    const ruKey = (await client.request('POST', '/api/v1/documents/keys', { body: { party: 'RU', publicKey: ruKeys.publicKeyPem } })).json() as { id: number };

    const statement = (party: string, act: 'approve' | 'sign' = 'approve') => signedStatement({ act, documentId: doc.id, version: 1, party, sha256: doc.current.sha256 });
    // Wrong key, wrong statement, garbage: 400, nothing stored.
    expect((await approve(doc.id, by, { version: 1, signature: signStatement(ruKeys.privateKeyPem, statement('BY')) })).statusCode).toBe(400);
    expect((await approve(doc.id, by, { version: 1, signature: signStatement(byKeys.privateKeyPem, statement('BY', 'sign')) })).statusCode).toBe(400);
    expect((await approve(doc.id, by, { version: 1, signature: 'AAAA' })).statusCode).toBe(400);
    expect((await approve(doc.id, by, { version: 1, signature: signStatement(byKeys.privateKeyPem, statement('BY')), keyId: ruKey.id })).statusCode).toBe(400);
    expect((await read(doc.id)).approvals).toHaveLength(0);

    const ok = await approve(doc.id, by, { version: 1, signature: signStatement(byKeys.privateKeyPem, statement('BY')) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((ok.json() as Doc).partyApprovals[0]?.approval?.signed).toBe(true);

    // A revoked key signs nothing more.
    expect((await client.request('POST', `/api/v1/documents/keys/${ruKey.id}/revocation`)).statusCode).toBe(200);
    expect((await approve(doc.id, ru, { version: 1, signature: signStatement(ruKeys.privateKeyPem, statement('RU')) })).statusCode).toBe(400);
    const keys = (await client.request('GET', '/api/v1/documents/keys?party=RU')).json() as { items: { revokedAt: string | null }[] };
    expect(keys.items[0]?.revokedAt).not.toBeNull();

    const v = await verify(doc.id);
    expect(v.ok, v.problems.join('\n')).toBe(true);
    expect(v.trail.find((t) => t.act === 'approval')).toMatchObject({ party: 'BY', signature: 'valid', keyFingerprint: byKey.fingerprint });
  });

  it('runs the demo story and verifies it; changing one stored byte makes verification fail and say where', async () => {
    const k = getDb().kysely;
    const demo = await k.transaction().execute((trx) =>
      loadDocumentsDemo(trx, { engagementId: seed.session, signedOn: SESSION_DAY, signatories: [{ party: 'BY', personId: seed.lukashenko }, { party: 'RU', personId: seed.putin }] }),
    );
    const doc = await read(demo.documentId);
    expect(doc).toMatchObject({ status: 'signed', currentVersion: 2, signing: { signedOn: SESSION_DAY, place: 'St Petersburg' } });
    expect(doc.approvals.map((a) => `${a.party}:v${a.versionNumber}:${a.valid}`)).toEqual(['BY:v1:false', 'BY:v2:true', 'RU:v2:true']);
    const good = await verify(demo.documentId);
    expect(good.ok, good.problems.join('\n')).toBe(true);
    expect(good.trail.filter((t) => t.signature === 'valid')).toHaveLength(5);
    expect(formatVerification(good)).toContain('VERIFIED');
    // Private keys stay out of the database.
    const stored = JSON.stringify(await k.selectFrom('party_keys').selectAll().execute());
    expect(stored).not.toContain('PRIVATE');

    // Flip one byte of version 2's stored file, behind the application's back.
    const v2 = await k.selectFrom('document_versions').select(['sha256', 'blob_hash']).where('document_id', '=', demo.documentId).where('number', '=', 2).executeTakeFirstOrThrow();
    const blob = await k.selectFrom('blobs').select('content').where('hash', '=', v2.blob_hash).executeTakeFirstOrThrow();
    const tampered = Buffer.from(blob.content);
    tampered[20] = (tampered[20] ?? 0) ^ 0x01;
    await k.updateTable('blobs').set({ content: tampered }).where('hash', '=', v2.blob_hash).execute();
    expect(Buffer.from(DEMO_PROGRAMME_V2).equals(tampered)).toBe(false);

    const bad = await verify(demo.documentId);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]).toMatch(new RegExp(`^version 2 of document ${demo.documentId}: stored content hash [0-9a-f]{12}… does not match recorded ${v2.sha256.slice(0, 12)}…$`));
    expect(bad.versions.map((v) => v.ok)).toEqual([true, false]);
    expect(formatVerification(bad)).toContain('FAILED');
  });

  it('detects edited records: a moved approval time, a forged signature, a version swapped for another blob', async () => {
    const k = getDb().kysely;
    const demo = await loadDocumentsDemo(k, { engagementId: seed.session, signedOn: SESSION_DAY, signatories: [{ party: 'BY', personId: seed.lukashenko }, { party: 'RU', personId: seed.putin }] });
    const id = demo.documentId;
    const service = () => verifyDocument(k, SYSTEM_ACTOR, id);

    const ru = await k.selectFrom('document_approvals').selectAll().where('document_id', '=', id).where('party', '=', 'RU').executeTakeFirstOrThrow();
    await k.updateTable('document_approvals').set({ approved_at: '2030-01-01T00:00:00.000Z' }).where('id', '=', ru.id).execute();
    let v = await service();
    expect(v.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('after the signing was recorded'), expect.stringContaining('the trail has changed since the signing')]),
    );
    await k.updateTable('document_approvals').set({ approved_at: ru.approved_at }).where('id', '=', ru.id).execute();
    expect((await service()).ok).toBe(true);

    // Swap RU's signature for BY's: the party's key does not verify it.
    const byApproval = await k.selectFrom('document_approvals').selectAll().where('document_id', '=', id).where('party', '=', 'BY').where('voided_at', 'is', null).executeTakeFirstOrThrow();
    await k.updateTable('document_approvals').set({ signature: byApproval.signature }).where('id', '=', ru.id).execute();
    v = await service();
    expect(v.problems[0]).toMatch(new RegExp(`^approval ${ru.id} \\(RU\\) of document ${id}, version 2: the signature does not verify under RU's key`));
    await k.updateTable('document_approvals').set({ signature: ru.signature }).where('id', '=', ru.id).execute();

    // Point version 2 at version 1's blob (a "clean" swap of the text).
    const [v1, v2] = await k.selectFrom('document_versions').selectAll().where('document_id', '=', id).orderBy('number').execute();
    await k.updateTable('document_versions').set({ blob_hash: v1?.blob_hash ?? '' }).where('id', '=', v2?.id ?? 0).execute();
    v = await service();
    expect(v.problems[0]).toContain(`version 2 of document ${id}: stored content hash ${v1?.sha256.slice(0, 12)}… does not match recorded ${v2?.sha256.slice(0, 12)}…`);

    // Rewriting the recorded hash to match is caught by the signatures and the trail digest.
    await k.updateTable('document_versions').set({ sha256: v1?.sha256 ?? '' }).where('id', '=', v2?.id ?? 0).execute();
    v = await service();
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual(expect.arrayContaining([expect.stringContaining('the signature does not verify'), expect.stringContaining('the trail has changed')]));
  });

  it('issues the instructions a signed document carries, linked back to it', async () => {
    const doc = await create();
    const body = { title: 'Report on import substitution', text: 'The governments are instructed to report on the programme.', topic: 'import_substitution', responsibleBodyId: seed.governmentBY };
    const early = await client.request('POST', `/api/v1/documents/${doc.id}/instructions`, { body });
    expect(early.statusCode).toBe(409);
    // An instruction given earlier, which the programme formalises.
    const given = await client.request('POST', '/api/v1/instructions', { body: { ...body, title: 'Draft a programme on import substitution', issuedOn: '2023-06-01' } });
    expect(given.statusCode, given.body).toBe(201);
    const givenId = (given.json() as { id: number }).id;
    const current = await read(doc.id);
    const linked = await client.request('PATCH', `/api/v1/documents/${doc.id}`, { body: { instructionIds: [givenId] }, headers: { 'if-match': `"document-${doc.id}-v${current.version}"` } });
    expect(linked.statusCode, linked.body).toBe(200);
    await upload2(doc.id);
    await approve(doc.id, by, { version: 2 });
    await approve(doc.id, ru, { version: 2 });
    await todaySession();
    expect((await sign(doc.id, { signedOn: today() })).statusCode).toBe(201);
    const r = await client.request('POST', `/api/v1/documents/${doc.id}/instructions`, { body });
    expect(r.statusCode, r.body).toBe(201);
    const instruction = r.json() as { id: number; issuedOn: string; issuedAtEngagementId: number; authorIds: number[] };
    expect(instruction).toMatchObject({ issuedOn: today(), issuedAtEngagementId: seed.session });
    expect(instruction.authorIds.sort()).toEqual([seed.lukashenko, seed.putin].sort());
    expect((await read(doc.id)) as unknown).toMatchObject({
      instructions: [
        { instructionId: givenId, relation: 'formalises' },
        { instructionId: instruction.id, relation: 'creates' },
      ],
    });
  });
});

import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { ensureAdmin } from './service.ts';

describeEachDialect('accounts', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('signs in with a cookie, tells who is signed in, and signs out', async () => {
    client = await testClient(getDb());
    const created = await client.request('POST', '/api/v1/users', {
      body: { email: 'Secretary@Union.example', name: 'Anna Secretary', password: 'a long enough password', role: 'controller' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'secretary@union.example', role: 'controller', party: null });

    const login = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email: 'secretary@union.example', password: 'a long enough password' } });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'accord_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const me = await client.request('GET', '/api/v1/auth/me', { token: null, headers: { cookie: `accord_session=${cookie?.value}` } });
    expect(me.json()).toMatchObject({ name: 'Anna Secretary', role: 'controller', via: 'session' });

    // Signing out is a change made with the cookie: it carries the CSRF token.
    const csrf = login.cookies.find((c) => c.name === 'accord_csrf')?.value ?? '';
    expect((await client.request('POST', '/api/v1/auth/logout', { token: null, headers: { cookie: `accord_session=${cookie?.value}` } })).statusCode).toBe(403);
    const out = await client.request('POST', '/api/v1/auth/logout', { token: null, headers: { cookie: `accord_session=${cookie?.value}; accord_csrf=${csrf}`, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    const after = await client.request('GET', '/api/v1/auth/me', { token: null, headers: { cookie: `accord_session=${cookie?.value}` } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses a wrong password with a problem document, and the same for an unknown e-mail', async () => {
    client = await testClient(getDb());
    for (const email of ['admin1@test.local', 'nobody@test.local']) {
      const res = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email, password: 'wrong password here' } });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 401, title: 'Not signed in', detail: 'E-mail or password is wrong.' });
    }
  });

  it('names every bad field and writes nothing', async () => {
    client = await testClient(getDb());
    const res = await client.request('POST', '/api/v1/users', { body: { email: 'not-an-email', name: '', password: 'short', role: 'king' } });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['email', 'name', 'password', 'role']);
    const list = await client.request('GET', '/api/v1/users');
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses a duplicate e-mail (409) and lets only admins manage users (403)', async () => {
    client = await testClient(getDb());
    const body = { email: 'x@test.local', name: 'X', password: 'a long enough password', role: 'viewer' };
    expect((await client.request('POST', '/api/v1/users', { body })).statusCode).toBe(201);
    expect((await client.request('POST', '/api/v1/users', { body })).statusCode).toBe(409);
    const viewer = await client.as('viewer');
    expect((await client.request('POST', '/api/v1/users', { token: viewer, body: { ...body, email: 'y@test.local' } })).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/users', { token: viewer })).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/users', { token: null })).statusCode).toBe(401);
  });

  it('needs If-Match to change a user and refuses a stale one', async () => {
    client = await testClient(getDb());
    const created = await client.request('POST', '/api/v1/users', { body: { email: 'e@test.local', name: 'E', password: 'a long enough password', role: 'viewer' } });
    const id = (created.json() as { id: number }).id;
    const etag = created.headers.etag as string;
    expect((await client.request('PATCH', `/api/v1/users/${id}`, { body: { name: 'E2' } })).statusCode).toBe(428);
    const ok = await client.request('PATCH', `/api/v1/users/${id}`, { body: { name: 'E2' }, headers: { 'if-match': etag } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    const stale = await client.request('PATCH', `/api/v1/users/${id}`, { body: { name: 'E3' }, headers: { 'if-match': etag } });
    expect(stale.statusCode).toBe(412);
    expect((await client.request('GET', `/api/v1/users/${id}`)).json()).toMatchObject({ name: 'E2' });
  });

  it('requires executors to belong to a body', async () => {
    client = await testClient(getDb());
    const res = await client.request('POST', '/api/v1/users', { body: { email: 'ex@test.local', name: 'Ex', password: 'a long enough password', role: 'executor', party: 'BY' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ field: 'bodyId' }] });
  });

  it('revokes tokens and refuses expired or revoked ones', async () => {
    client = await testClient(getDb());
    const made = await client.request('POST', '/api/v1/tokens', { body: { name: 'ci', role: 'viewer' } });
    expect(made.statusCode).toBe(201);
    const { secret, token } = made.json() as { secret: string; token: { id: number } };
    expect((await client.request('GET', '/api/v1/auth/me', { token: secret })).json()).toMatchObject({ role: 'viewer', via: 'token' });
    expect((await client.request('DELETE', `/api/v1/tokens/${token.id}`)).statusCode).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me', { token: secret })).statusCode).toBe(401);
    const past = await client.request('POST', '/api/v1/tokens', { body: { name: 'old', expiresAt: '2001-01-01T00:00:00Z' } });
    expect(past.statusCode).toBe(400);
  });

  it('creates the first admin once, generating a password when none is configured', async () => {
    const db = getDb();
    const first = await ensureAdmin(db.kysely, { email: 'root@x.local' });
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^.{20,}$/);
    expect((await ensureAdmin(db.kysely, { email: 'root@x.local' })).created).toBe(false);
  });
});

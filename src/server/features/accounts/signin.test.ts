// Sign-in limits (lock-out per account, per address), cookies, CSRF for cookie-authenticated changes.
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { SYSTEM_ACTOR } from './actor.ts';
import { createUser, login } from './service.ts';
import { accountLockedUntil, addressBlockedUntil } from './signin-limits.ts';

const PASSWORD = 'correct horse battery staple';

function cookie(res: LightMyRequestResponse, name: string): { value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean } | undefined {
  return res.cookies.find((c) => c.name === name) as { value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean } | undefined;
}

it('locks after 5 failures within 15 minutes, for 15 minutes from the fifth', () => {
  const t0 = Date.parse('2024-01-01T10:00:00Z');
  const at = (min: number): string => new Date(t0 + min * 60_000).toISOString();
  expect(accountLockedUntil([at(0), at(1), at(2), at(3)], t0 + 4 * 60_000)).toBeNull();
  expect(accountLockedUntil([at(0), at(1), at(2), at(3), at(4)], t0 + 5 * 60_000)).toBe(t0 + 19 * 60_000);
  expect(accountLockedUntil([at(0), at(1), at(2), at(3), at(4)], t0 + 19 * 60_000)).toBeNull();
  // five failures spread over more than 15 minutes lock nothing
  expect(accountLockedUntil([at(0), at(5), at(10), at(15), at(16)], t0 + 17 * 60_000)).toBeNull();
  const twenty = Array.from({ length: 20 }, (_, i) => at(i * 0.5));
  expect(addressBlockedUntil(twenty.slice(1), t0 + 10 * 60_000)).toBeNull();
  expect(addressBlockedUntil(twenty, t0 + 10 * 60_000)).toBe(t0 + 15 * 60_000);
});

describeEachDialect('sign-in and CSRF', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('locks an account (known or not) after 5 failures with 429 and Retry-After, and lets it in after 15 minutes', async () => {
    const db = getDb();
    client = await testClient(db);
    await createUser(db.kysely, SYSTEM_ACTOR, { email: 'lock@test.local', name: 'L', password: PASSWORD, role: 'viewer' });
    for (const email of ['lock@test.local', 'nobody@test.local']) {
      for (let i = 0; i < 5; i += 1) {
        expect((await client.request('POST', '/api/v1/auth/login', { token: null, body: { email, password: 'wrong password!' } })).statusCode).toBe(401);
      }
      const locked = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email, password: PASSWORD } });
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(850);
      expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(900);
      expect(locked.json()).toMatchObject({ status: 429, retryAfter: expect.any(Number) });
    }
    // Refused attempts do not extend the lock: 15 minutes after the fifth failure, the password works.
    const later = new Date(Date.now() + 15 * 60_000 + 1000);
    await expect(login(db.kysely, { email: 'lock@test.local', password: PASSWORD, address: '127.0.0.1' }, later)).resolves.toMatchObject({ user: { email: 'lock@test.local' } });
  });

  it('refuses an address after 20 failures, whatever the accounts, and not other addresses', async () => {
    const db = getDb();
    await createUser(db.kysely, SYSTEM_ACTOR, { email: 'spray@test.local', name: 'S', password: PASSWORD, role: 'viewer' });
    for (let i = 0; i < 20; i += 1) {
      await expect(login(db.kysely, { email: `user${i}@test.local`, password: 'wrong password!', address: '10.0.0.9' })).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(login(db.kysely, { email: 'spray@test.local', password: PASSWORD, address: '10.0.0.9' })).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfter: expect.any(Number) } });
    await expect(login(db.kysely, { email: 'spray@test.local', password: PASSWORD, address: '10.0.0.10' })).resolves.toBeDefined();
  });

  it('sets httpOnly SameSite=Strict session and CSRF cookies; cookie changes need X-CSRF-Token, bearer ones do not', async () => {
    const db = getDb();
    client = await testClient(db);
    await createUser(db.kysely, SYSTEM_ACTOR, { email: 'c@test.local', name: 'C', password: PASSWORD, role: 'controller' });
    const res = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email: 'c@test.local', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const session = cookie(res, 'accord_session');
    const csrf = cookie(res, 'accord_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(session?.secure).toBeFalsy(); // plain http here; Secure over https
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.sameSite).toBe('Strict');
    const cookies = `accord_session=${session?.value ?? ''}; accord_csrf=${csrf?.value ?? ''}`;
    const me = await client.request('GET', '/api/v1/auth/me', { token: null, headers: { cookie: cookies } });
    expect(me.json()).toMatchObject({ via: 'session' });
    const body = { name: 'script' };
    const noHeader = await client.request('POST', '/api/v1/tokens', { token: null, body, headers: { cookie: cookies } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json()).toMatchObject({ reason: 'csrf' });
    expect((await client.request('POST', '/api/v1/tokens', { token: null, body, headers: { cookie: cookies, 'x-csrf-token': 'forged' } })).statusCode).toBe(403);
    // The token is bound to the session: another session's token does not do.
    const other = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email: 'c@test.local', password: PASSWORD } });
    expect((await client.request('POST', '/api/v1/tokens', { token: null, body, headers: { cookie: cookies, 'x-csrf-token': cookie(other, 'accord_csrf')?.value ?? '' } })).statusCode).toBe(403);
    const ok = await client.request('POST', '/api/v1/tokens', { token: null, body, headers: { cookie: cookies, 'x-csrf-token': csrf?.value ?? '' } });
    expect(ok.statusCode).toBe(201);
    // Bearer requests are exempt: no browser sends one by itself.
    expect((await client.request('POST', '/api/v1/tokens', { body })).statusCode).toBe(201);
    // A session without the CSRF cookie gets it back on its next request.
    const again = await client.request('GET', '/api/v1/auth/me', { token: null, headers: { cookie: `accord_session=${session?.value ?? ''}` } });
    expect(cookie(again, 'accord_csrf')?.value).toBe(csrf?.value);
    // Sign-in is in the audit trail.
    const trail = (await client.request('GET', '/api/v1/audit?operation=user.sign_in')).json() as { items: unknown[] };
    expect(trail.items).toHaveLength(2);
    const out = await client.request('POST', '/api/v1/auth/logout', { token: null, headers: { cookie: cookies, 'x-csrf-token': csrf?.value ?? '' } });
    expect(out.statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me', { token: null, headers: { cookie: cookies } })).statusCode).toBe(401);
  });

  it('marks the session and CSRF cookies Secure and sends HSTS over https behind a trusted proxy, and believes no one else', async () => {
    const db = getDb();
    await createUser(db.kysely, SYSTEM_ACTOR, { email: 'tls@test.local', name: 'T', password: PASSWORD, role: 'viewer' });
    const signIn = (c: TestClient, headers: Record<string, string>) => c.request('POST', '/api/v1/auth/login', { token: null, headers, body: { email: 'tls@test.local', password: PASSWORD } });
    // Behind a TLS-terminating proxy at 127.0.0.1 (light-my-request's remote address): ACCORD_TRUST_PROXY=127.0.0.1
    client = await testClient(db, { trustProxy: ['127.0.0.1'] });
    const viaTls = await signIn(client, { 'x-forwarded-proto': 'https' });
    expect(viaTls.statusCode).toBe(200);
    expect(cookie(viaTls, 'accord_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    expect(cookie(viaTls, 'accord_csrf')).toMatchObject({ secure: true, sameSite: 'Strict' });
    expect(viaTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const plain = await signIn(client, { 'x-forwarded-proto': 'http' });
    expect(cookie(plain, 'accord_session')?.secure).toBeFalsy();
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    await client.close();
    // Without a trusted proxy, a client cannot claim https for itself.
    client = await testClient(db);
    const claimed = await signIn(client, { 'x-forwarded-proto': 'https' });
    expect(claimed.statusCode).toBe(200);
    expect(cookie(claimed, 'accord_session')?.secure).toBeFalsy();
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
    await client.close();
    // A proxy that is not the trusted one is not believed either.
    client = await testClient(db, { trustProxy: ['10.1.2.3'] });
    expect(cookie(await signIn(client, { 'x-forwarded-proto': 'https' }), 'accord_session')?.secure).toBeFalsy();
  });

  it('sends security headers on every response: API, front end, problems, and a relaxed style policy under /api/docs only', async () => {
    const db = getDb();
    client = await testClient(db);
    for (const url of ['/api/v1/auth/me', '/api/v1/nowhere', '/', '/api/openapi.json']) {
      const res = await client.request('GET', url);
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self';");
      expect(res.headers['content-security-policy'], url).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect((await client.request('GET', '/api/v1/auth/me')).headers['cache-control']).toBe('no-store');
    const docs = await client.request('GET', '/api/docs/');
    expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
  });
});

import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../db.ts';
import { testClient, type TestClient } from '../app.ts';

describeEachDialect('NUL characters', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('refuses U+0000 in a body, a query or a path with 400 naming the field, on both engines', async () => {
    client = await testClient(getDb());
    const login = await client.request('POST', '/api/v1/auth/login', { token: null, body: { email: 'a\u0000@x.local', password: 'whatever password' } });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ errors: [{ field: 'email' }] });
    const nested = await client.request('POST', '/api/v1/users', { body: { email: 'n@x.local', name: 'N\u0000', password: 'a long enough password', role: 'viewer' } });
    expect(nested.json()).toMatchObject({ status: 400, errors: [{ field: 'name' }] });
    const query = await client.request('GET', '/api/v1/instructions?q=import%00substitution');
    expect(query.json()).toMatchObject({ status: 400, errors: [{ field: 'query.q' }] });
    const users = await client.request('GET', '/api/v1/users');
    expect((users.json() as { items: unknown[] }).items).toHaveLength(1);
  });
});

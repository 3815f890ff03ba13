import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { normalizeName } from './normalize.ts';

it('normalises names for look-up: case, diacritics, ё, spacing', () => {
  expect(normalizeName('  Lukašenka ')).toBe('lukasenka');
  expect(normalizeName('Лукашенко')).toBe('лукашенко');
  expect(normalizeName('Алексей Ёлкин')).toBe('алексей елкин');
  expect(normalizeName('Андрей Й.')).toBe('андрей й');
  expect(normalizeName('Jean - Claude')).toBe('jean-claude');
});

describeEachDialect('registry', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('adds parties and bodies; joint bodies have no party; lists filter by party and kind', async () => {
    client = await testClient(getDb());
    expect((await client.request('POST', '/api/v1/parties', { body: { code: 'BY', name: 'Belarus', kind: 'state' } })).statusCode).toBe(201);
    expect((await client.request('POST', '/api/v1/parties', { body: { code: 'BY', name: 'Belarus', kind: 'state' } })).statusCode).toBe(409);
    expect((await client.request('POST', '/api/v1/parties', { body: { code: 'EAEU', name: 'EAEU', kind: 'state' } })).statusCode).toBe(400);
    const gov = await client.request('POST', '/api/v1/bodies', { body: { name: 'Council of Ministers of Belarus', kind: 'government', party: 'BY' } });
    expect(gov.statusCode).toBe(201);
    const govId = (gov.json() as { id: number }).id;
    const ministry = await client.request('POST', '/api/v1/bodies', { body: { name: 'Ministry of Energy', kind: 'ministry', party: 'BY', parentId: govId } });
    expect(ministry.json()).toMatchObject({ party: 'BY', parentId: govId, kind: 'ministry' });
    const joint = await client.request('POST', '/api/v1/bodies', { body: { name: 'Supreme State Council', shortName: 'SSC', kind: 'joint_body' } });
    expect(joint.json()).toMatchObject({ party: null });
    const bad = await client.request('POST', '/api/v1/bodies', { body: { name: 'X', kind: 'joint_body', party: 'BY' } });
    expect(bad.statusCode).toBe(400);
    const unknown = await client.request('POST', '/api/v1/bodies', { body: { name: 'X', kind: 'ministry', party: 'RU', parentId: 999 } });
    expect((unknown.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['parentId', 'party']);

    const byParty = (await client.request('GET', '/api/v1/bodies?party=BY')).json() as { items: { name: string }[] };
    expect(byParty.items.map((b) => b.name)).toEqual(['Council of Ministers of Belarus', 'Ministry of Energy']);
    const jointOnly = (await client.request('GET', '/api/v1/bodies?joint=true')).json() as { items: { name: string }[] };
    expect(jointOnly.items.map((b) => b.name)).toEqual(['Supreme State Council']);
    const ministries = (await client.request('GET', '/api/v1/bodies?kind=ministry&q=ENERGY')).json() as { items: unknown[] };
    expect(ministries.items).toHaveLength(1);
    const page1 = (await client.request('GET', '/api/v1/bodies?limit=2')).json() as { items: { id: number }[]; nextCursor: string };
    const page2 = (await client.request('GET', `/api/v1/bodies?limit=2&cursor=${page1.nextCursor}`)).json() as { items: { id: number }[]; nextCursor: string | null };
    expect([...page1.items, ...page2.items].map((b) => b.id)).toHaveLength(3);
    expect(page2.nextCursor).toBeNull();
  });

  it('changes a body with If-Match, refuses cycles, and only admins manage the registry', async () => {
    client = await testClient(getDb());
    await client.request('POST', '/api/v1/parties', { body: { code: 'RU', name: 'Russia', kind: 'state' } });
    const a = await client.request('POST', '/api/v1/bodies', { body: { name: 'Government of Russia', kind: 'government', party: 'RU' } });
    const aId = (a.json() as { id: number }).id;
    const b = await client.request('POST', '/api/v1/bodies', { body: { name: 'Minenergo', kind: 'ministry', party: 'RU', parentId: aId } });
    const bId = (b.json() as { id: number }).id;
    expect((await client.request('PATCH', `/api/v1/bodies/${aId}`, { body: { shortName: 'Gov' } })).statusCode).toBe(428);
    const cycle = await client.request('PATCH', `/api/v1/bodies/${aId}`, { body: { parentId: bId }, headers: { 'if-match': a.headers.etag as string } });
    expect(cycle.statusCode).toBe(400);
    const ok = await client.request('PATCH', `/api/v1/bodies/${bId}`, { body: { shortName: 'Minenergo of Russia' }, headers: { 'if-match': b.headers.etag as string } });
    expect(ok.statusCode).toBe(200);
    const stale = await client.request('PATCH', `/api/v1/bodies/${bId}`, { body: { shortName: 'x' }, headers: { 'if-match': b.headers.etag as string } });
    expect(stale.statusCode).toBe(412);

    const viewer = await client.as('viewer');
    expect((await client.request('GET', '/api/v1/bodies', { token: viewer })).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/bodies', { token: viewer, body: { name: 'X', kind: 'other' } })).statusCode).toBe(403);
    expect((await client.request('POST', '/api/v1/parties', { token: viewer, body: { code: 'KZ', name: 'Kazakhstan', kind: 'state' } })).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/bodies/999')).statusCode).toBe(404);
  });

  it('finds people by any alias, ignoring case and diacritics, and replaces aliases and positions on PATCH', async () => {
    client = await testClient(getDb());
    await client.request('POST', '/api/v1/parties', { body: { code: 'BY', name: 'Belarus', kind: 'state' } });
    const created = await client.request('POST', '/api/v1/people', {
      body: { name: 'Alexander Lukashenko', aliases: ['Aleksandr Lukashenko', 'Lukashenka', 'Лукашенко'], positions: [{ role: 'President', party: 'BY', fromDay: '1994-07-20' }] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ aliases: expect.arrayContaining(['Alexander Lukashenko', 'Лукашенко']), positions: [{ role: 'President', party: 'BY', fromDay: '1994-07-20', toDay: null }] });
    await client.request('POST', '/api/v1/people', { body: { name: 'Vladimir Putin', aliases: ['Путин'] } });
    for (const q of ['lukashenka', 'ЛУКАШЕНКО', 'LUKASHÉNK', 'alexander']) {
      const found = (await client.request('GET', `/api/v1/people?q=${encodeURIComponent(q)}`)).json() as { items: { name: string }[] };
      expect(found.items.map((p) => p.name), q).toEqual(['Alexander Lukashenko']);
    }
    const id = (created.json() as { id: number }).id;
    const patched = await client.request('PATCH', `/api/v1/people/${id}`, {
      body: { aliases: ['Lukashenka'], positions: [{ role: 'President of Belarus', party: 'BY' }] },
      headers: { 'if-match': created.headers.etag as string },
    });
    expect(patched.json()).toMatchObject({ aliases: ['Alexander Lukashenko', 'Lukashenka'], positions: [{ role: 'President of Belarus' }] });
    const badPosition = await client.request('POST', '/api/v1/people', { body: { name: 'X', positions: [{ role: 'Minister', party: 'ZZ', fromDay: '2020-01-02', toDay: '2020-01-01' }] } });
    expect((badPosition.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['positions.0.party', 'positions.0.toDay']);
    expect((await client.request('GET', '/api/v1/people')).json()).toMatchObject({ items: [{ name: 'Alexander Lukashenko' }, { name: 'Vladimir Putin' }] });
  });
});

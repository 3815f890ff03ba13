import { afterEach, expect, it } from 'vitest';
import { testClient, type TestClient } from '../../../../test/app.ts';
import { describeEachDialect } from '../../../../test/db.ts';
import { createBody, createInstruction, createPerson } from '../../../../test/factories.ts';
import { seededRandom } from '../../../../test/random.ts';

interface Item {
  id: number;
  title: string;
  state: string;
  effectiveDeadlineLatest: string | null;
  executorBodyIds: number[];
  financing: unknown[];
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

describeEachDialect('instructions', (getDb) => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it('keyset pages of every size walk the whole list in order: shared deadlines, missing deadlines, filters, page ends on the boundary', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const ru = await createBody(db.kysely, { party: 'RU' });
    const random = seededRandom(20261130);
    // few distinct days so that many instructions share one (the id breaks the tie), and a third undated
    const days = ['2023-01-31', '2023-02-28', '2023-03-31', '2024-06-30'];
    for (let n = 0; n < 40; n++) {
      const day = random() < 0.3 ? null : (days[Math.floor(random() * days.length)] ?? null);
      await createInstruction(db.kysely, { responsibleBodyId: random() < 0.5 ? by.id : ru.id, title: `I${n}`, topic: random() < 0.5 ? 'trade' : 'energy', deadline: day === null ? null : { latest: day } });
    }
    const all = async (query: string, limit: number): Promise<Item[]> => {
      const seen: Item[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (await client!.request('GET', `/api/v1/instructions?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`)).json();
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      return seen;
    };
    // the order the API promises, computed here from one big page: by deadline, undated last, then id
    const expected = (items: Item[]) =>
      [...items]
        .sort((a, b) => {
          const [x, y] = [a.effectiveDeadlineLatest ?? '9999-99-99', b.effectiveDeadlineLatest ?? '9999-99-99'];
          return x < y ? -1 : x > y ? 1 : a.id - b.id;
        })
        .map((i) => i.id);
    for (const query of ['', '&party=BY', '&topic=trade', `&body=${ru.id}`]) {
      const whole = ((await client.request('GET', `/api/v1/instructions?limit=500${query}`)).json() as Page).items;
      expect(whole.map((i) => i.id)).toEqual(expected(whole));
      const dated = whole.filter((i) => i.effectiveDeadlineLatest !== null).length;
      // sizes that end a page exactly where the dated instructions end, and ones that straddle it
      for (const limit of new Set([1, 2, 3, 7, dated, dated + 1, Math.max(1, dated - 1)])) {
        expect((await all(query, limit)).map((i) => i.id), `${query} limit ${limit}`).toEqual(whole.map((i) => i.id));
      }
    }
  });

  it('issues an instruction with an EDTF deadline, co-executors, authors and financing; reads it back with an ETag', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY', name: 'Government of Belarus', kind: 'government' });
    const ru = await createBody(db.kysely, { party: 'RU', name: 'Government of Russia', kind: 'government' });
    const author = await createPerson(db.kysely);
    const res = await client.request('POST', '/api/v1/instructions', {
      body: {
        title: 'Agree the gas price for 2024',
        text: 'The governments shall agree the price of gas for 2024.',
        topic: 'energy',
        responsibleBodyId: by.id,
        executorBodyIds: [ru.id],
        authorIds: [author.id],
        issuedOn: '2023-02-05',
        deadline: { edtf: '2023-04/2023-05?', text: 'in April–May' },
        financing: [{ party: 'BY', currency: 'BYN', planned: 1_000_000_00, allocated: 500_000_00 }],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toMatch(/^"instruction-\d+-v1"$/);
    expect(res.json()).toMatchObject({
      party: 'BY',
      executorBodyIds: [ru.id],
      authorIds: [author.id],
      deadline: { earliest: '2023-04-01', latest: '2023-05-31', precision: 'months', tentative: true, text: 'in April–May' },
      deadlineEdtf: '2023-04?/2023-05?',
      effectiveDeadlineLatest: '2023-05-31',
      financing: [{ party: 'BY', currency: 'BYN', planned: 100000000, allocated: 50000000, spent: null }],
      reports: [],
      decisions: [],
    });
    const id = (res.json() as { id: number }).id;
    const early = await client.request('GET', `/api/v1/instructions/${id}?at=2023-03-01`);
    expect(early.json()).toMatchObject({ state: 'on_track', stateAt: '2023-03-01' });
    expect((await client.request('GET', `/api/v1/instructions/${id}?at=2023-06-01`)).json()).toMatchObject({ state: 'overdue' });
  });

  it('names every bad field and writes nothing', async () => {
    const db = getDb();
    client = await testClient(db);
    const res = await client.request('POST', '/api/v1/instructions', {
      body: { title: 'x', text: 'y', topic: 'energy', responsibleBodyId: 999, executorBodyIds: [998], issuedOn: '2023-02-05', deadline: { edtf: '2023-13' }, financing: [{ party: 'ZZ', currency: 'BYN' }] },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['deadline.edtf', 'executorBodyIds.0', 'financing.0.party', 'responsibleBodyId']);
    const schema = await client.request('POST', '/api/v1/instructions', { body: { title: '', topic: 'weather', responsibleBodyId: 1, issuedOn: '2023-02-30' } });
    expect((schema.json() as { errors: { field: string }[] }).errors.map((e) => e.field).sort()).toEqual(['issuedOn', 'text', 'title', 'topic']);
    expect(((await client.request('GET', '/api/v1/instructions')).json() as Page).items).toHaveLength(0);
  });

  it('lists with filters and keyset pages in deadline order, missing deadlines last', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const ru = await createBody(db.kysely, { party: 'RU' });
    const joint = await createBody(db.kysely, { kind: 'joint_body', name: 'Standing Committee' });
    const k = db.kysely;
    await createInstruction(k, { responsibleBodyId: by.id, title: 'A', deadline: { latest: '2023-03-31' } });
    await createInstruction(k, { responsibleBodyId: ru.id, title: 'B', deadline: { latest: '2023-02-28' }, topic: 'trade', executorBodyIds: [by.id] });
    await createInstruction(k, { responsibleBodyId: joint.id, title: 'C', deadline: null, text: 'Prepare the Programme of the Union State' });
    await createInstruction(k, { responsibleBodyId: by.id, title: 'D', deadline: { latest: '2023-03-31' } });
    await createInstruction(k, { responsibleBodyId: ru.id, title: 'E', deadline: { latest: '2024-12-31' } });
    await createInstruction(k, { responsibleBodyId: by.id, title: 'F', deadline: null });
    const titles = async (query: string) => ((await client!.request('GET', `/api/v1/instructions?${query}`)).json() as Page).items.map((i) => i.title);
    expect(await titles('')).toEqual(['B', 'A', 'D', 'E', 'C', 'F']);
    // pages of two, following nextCursor, give the same order without gaps or repeats
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await client.request('GET', `/api/v1/instructions?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i) => i.title));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(['B', 'A', 'D', 'E', 'C', 'F']);
    expect(await titles('party=BY')).toEqual(['A', 'D', 'F']);
    expect(await titles(`body=${by.id}`)).toEqual(['B', 'A', 'D', 'F']);
    expect(await titles('topic=trade')).toEqual(['B']);
    expect(await titles('q=programme%20OF')).toEqual(['C']);
    expect(await titles('dueFrom=2023-03-01&dueTo=2023-12-31')).toEqual(['A', 'D']);
    expect(await titles('state=overdue&at=2023-03-15')).toEqual(['B']);
    expect(await titles('state=at_risk&at=2023-03-15')).toEqual(['A', 'D']);
    expect(await titles('state=on_track&at=2023-03-15')).toEqual(['E', 'C', 'F']);
    expect((await client.request('GET', '/api/v1/instructions?cursor=nonsense')).statusCode).toBe(400);
    expect((await client.request('GET', '/api/v1/instructions?limit=501')).statusCode).toBe(400);
  });

  it('changes text and executors with If-Match; the deadline does not move by PATCH', async () => {
    const db = getDb();
    client = await testClient(db);
    const by = await createBody(db.kysely, { party: 'BY' });
    const ru = await createBody(db.kysely, { party: 'RU' });
    const ins = await createInstruction(db.kysely, { responsibleBodyId: by.id });
    const read = await client.request('GET', `/api/v1/instructions/${ins.id}`);
    expect((await client.request('PATCH', `/api/v1/instructions/${ins.id}`, { body: { title: 'New' } })).statusCode).toBe(428);
    const moved = await client.request('PATCH', `/api/v1/instructions/${ins.id}`, { body: { deadline: { latest: '2030-01-01' } }, headers: { 'if-match': read.headers.etag as string } });
    expect(moved.statusCode).toBe(400);
    const ok = await client.request('PATCH', `/api/v1/instructions/${ins.id}`, {
      body: { title: 'New title', executorBodyIds: [ru.id], financing: [{ currency: 'RUB', spent: 100 }] },
      headers: { 'if-match': read.headers.etag as string },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'New title', executorBodyIds: [ru.id], financing: [{ party: null, currency: 'RUB', spent: 100 }] });
    const stale = await client.request('PATCH', `/api/v1/instructions/${ins.id}`, { body: { title: 'x' }, headers: { 'if-match': read.headers.etag as string } });
    expect(stale.statusCode).toBe(412);
    const viewer = await client.as('viewer');
    expect((await client.request('GET', `/api/v1/instructions/${ins.id}`, { token: viewer })).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/instructions', { token: viewer, body: { title: 'x', text: 'y', topic: 'energy', responsibleBodyId: by.id, issuedOn: '2023-01-01' } })).statusCode).toBe(403);
    expect((await client.request('GET', '/api/v1/instructions/999')).statusCode).toBe(404);
  });
});

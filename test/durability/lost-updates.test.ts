// No lost updates: 32 clients change the same instruction at once with If-Match. Every PATCH is either
// applied (200, the version goes up by one) or refused (412), never silently overwritten.
import { expect, it } from 'vitest';
import { listAudit, verifyAudit } from '../../src/server/audit/service.ts';
import { SYSTEM_ACTOR } from '../../src/server/features/accounts/actor.ts';
import { testClient, type TestClient } from '../app.ts';
import { describeEachDialect } from '../db.ts';

const CLIENTS = 32;

async function newInstruction(client: TestClient): Promise<number> {
  const body = await client.request('POST', '/api/v1/bodies', { body: { name: 'Government of the Republic of Belarus', kind: 'government', party: 'BY' } });
  expect(body.statusCode).toBe(201);
  const created = await client.request('POST', '/api/v1/instructions', {
    body: { title: 'Agree the gas price', text: 'The governments shall agree the price of gas.', topic: 'energy', responsibleBodyId: body.json<{ id: number }>().id, issuedOn: '2024-01-15' },
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ id: number }>().id;
}

const versionOf = (etag: unknown) => Number(/-v(\d+)"$/.exec(String(etag))?.[1]);

describeEachDialect('no lost updates', (getDb) => {
  it(`${CLIENTS} concurrent PATCHes with If-Match: each applied or refused with 412, versions in order, the last applied wins, the audit trail agrees`, async () => {
    const client = await testClient(getDb());
    try {
      expect((await client.request('POST', '/api/v1/parties', { body: { code: 'BY', name: 'Belarus', kind: 'state' } })).statusCode).toBe(201);
      const id = await newInstruction(client);
      const url = `/api/v1/instructions/${id}`;
      const first = await client.request('GET', url);
      const etag = String(first.headers.etag);
      expect((await client.request('PATCH', url, { body: { title: 'no If-Match' } })).statusCode).toBe(428);

      // Round 1: everyone read the same version; exactly one change can be applied.
      const round1 = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client.request('PATCH', url, { body: { title: `round 1 client ${c}` }, headers: { 'if-match': etag } })));
      expect(round1.map((r) => r.statusCode).sort()).toEqual([200, ...Array<number>(CLIENTS - 1).fill(412)]);

      // Round 2: each client reads, changes, and on 412 reads again, until its own change is applied.
      const applied: { version: number; title: string }[] = [];
      const refused: number[] = [];
      for (const r of round1) if (r.statusCode === 200) applied.push({ version: versionOf(r.headers.etag), title: r.json<{ title: string }>().title });
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          for (let attempt = 0; attempt < 500; attempt += 1) {
            const read = await client.request('GET', url);
            const title = `round 2 client ${c} attempt ${attempt}`;
            const res = await client.request('PATCH', url, { body: { title }, headers: { 'if-match': String(read.headers.etag) } });
            if (res.statusCode === 200) {
              expect(res.json<{ title: string }>().title).toBe(title);
              applied.push({ version: versionOf(res.headers.etag), title });
              return;
            }
            expect(res.statusCode).toBe(412);
            refused.push(c);
          }
          throw new Error(`client ${c} never got its change in`);
        }),
      );
      // Every applied change has its own version, one after another from the first: none overwrote another.
      const versions = applied.map((a) => a.version).sort((a, b) => a - b);
      const start = versionOf(etag);
      expect(versions).toEqual(Array.from({ length: CLIENTS + 1 }, (_, i) => start + 1 + i));
      const last = applied.reduce((a, b) => (b.version > a.version ? b : a));
      const final = await client.request('GET', url);
      expect(versionOf(final.headers.etag)).toBe(start + CLIENTS + 1);
      expect(final.json<{ title: string }>().title).toBe(last.title);

      // The audit trail agrees: one update entry per applied change, in version order, each from the
      // version before it to its own; and the chain verifies.
      const audit = await listAudit(getDb().kysely, SYSTEM_ACTOR, { recordType: 'instruction', recordId: String(id), operation: 'instruction.update', limit: 500 });
      const trail = [...audit.items].reverse().map((e) => ({ from: (e.before as { version: number }).version, to: (e.after as { version: number }).version, title: (e.after as { title: string }).title }));
      const inOrder = [...applied].sort((a, b) => a.version - b.version);
      expect(trail).toEqual(inOrder.map((a) => ({ from: a.version - 1, to: a.version, title: a.title })));
      expect((await verifyAudit(getDb().kysely, SYSTEM_ACTOR)).ok).toBe(true);
    } finally {
      await client.close();
    }
  }, 120_000);
});
